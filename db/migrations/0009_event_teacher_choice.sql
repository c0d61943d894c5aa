-- The teacher may correct what an event means for parents (its type and flags)
-- in teacher mode. Such a choice survives the next calendar import: the file
-- still brings the title and times, the teacher's meaning stays.
ALTER TABLE events ADD COLUMN teacher_set INTEGER NOT NULL DEFAULT 0 CHECK (teacher_set IN (0, 1));
