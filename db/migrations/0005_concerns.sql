-- What parents tell the teacher. One row per sent concern; the check mark is
-- shown only after this row is committed.
CREATE TABLE concerns (
    id            INTEGER PRIMARY KEY,
    submission_id TEXT NOT NULL UNIQUE,   -- one per draft: a double or retried Send stays one row
    class_id      INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    child_id      INTEGER REFERENCES children(id) ON DELETE SET NULL,  -- NULL: about the whole class
    topics        TEXT NOT NULL,          -- topic ids from assets/topics.tsv, comma-separated
    feeling       INTEGER NOT NULL CHECK (feeling BETWEEN 1 AND 5),
    wish          TEXT NOT NULL,          -- wish id from assets/wishes.tsv
    interpreter   INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1)),
    lang          TEXT NOT NULL,          -- the language the kiosk was in
    kiosk_id      TEXT NOT NULL,
    created_at    INTEGER NOT NULL,       -- unix seconds, UTC
    status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'seen', 'will_talk', 'done'))
);
CREATE INDEX concerns_by_class_time ON concerns(class_id, created_at);
