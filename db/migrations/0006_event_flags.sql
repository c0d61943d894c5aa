-- What a calendar event asks of parents, beyond its type, as small pictograms.
ALTER TABLE events ADD COLUMN special_clothes INTEGER NOT NULL DEFAULT 0 CHECK (special_clothes IN (0, 1));
ALTER TABLE events ADD COLUMN pickup_changed INTEGER NOT NULL DEFAULT 0 CHECK (pickup_changed IN (0, 1));
ALTER TABLE events ADD COLUMN no_school INTEGER NOT NULL DEFAULT 0 CHECK (no_school IN (0, 1));
