-- The week calendar. Dates and times are the school's wall-clock (its time zone
-- is a setting): a week view groups by local day, never by UTC day.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,   -- from the .ics, or "demo-..." / "teacher-..."
    class_id        INTEGER REFERENCES classes(id) ON DELETE CASCADE,  -- NULL: whole school
    title           TEXT NOT NULL,
    type            TEXT NOT NULL,          -- id in assets/event_types.tsv
    start_date      TEXT NOT NULL,          -- YYYY-MM-DD
    start_time      TEXT,                   -- HH:MM, NULL for all-day
    end_date        TEXT NOT NULL,          -- YYYY-MM-DD, inclusive
    end_time        TEXT,
    parents_welcome INTEGER NOT NULL DEFAULT 0 CHECK (parents_welcome IN (0, 1)),
    bring           TEXT,                   -- emoji of what to bring, or NULL
    source          TEXT NOT NULL DEFAULT 'teacher'
);
CREATE INDEX events_by_date ON events(start_date, end_date);
