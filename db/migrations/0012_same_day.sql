-- Messages that cannot wait until the end of the day (who picks up, absent,
-- medicine, sick, hurt, "talk today at pick-up": the assets tables mark them).
-- A plain column, set when the parent sends, so the door screen can show the
-- teacher that one is waiting without opening any sealed content: it says
-- nothing of which family or what, only that something is for today.
ALTER TABLE concerns ADD COLUMN same_day INTEGER NOT NULL DEFAULT 0 CHECK (same_day IN (0, 1));
CREATE INDEX concerns_waiting ON concerns(class_id, status, created_at);
