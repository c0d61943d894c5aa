-- Class photos: files in the data directory, one row each.
CREATE TABLE photos (
    id           INTEGER PRIMARY KEY,
    class_id     INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL UNIQUE,      -- same content imported twice is one photo
    day          TEXT NOT NULL,             -- local date the photo belongs to, YYYY-MM-DD
    taken_at     INTEGER,                   -- unix seconds, UTC
    imported_at  INTEGER NOT NULL,          -- unix seconds, UTC
    screen_file  TEXT NOT NULL,             -- relative to the data directory
    thumb_file   TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
);
CREATE INDEX photos_by_day ON photos(class_id, day, hidden);
