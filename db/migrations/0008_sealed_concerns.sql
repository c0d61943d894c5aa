-- Concerns sealed at rest: what a parent chose (topics, feeling, wish,
-- interpreter, language) is one crypto_box_seal blob to the class's public key.
-- Plain columns hold only what the kiosk needs without the teacher code: which
-- child (for the status on the child's tile), when (retention), the status.
ALTER TABLE class_keys ADD COLUMN pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1));
-- pending = 1: made before any teacher code existed (wrapped for the empty code);
-- the next login or the first code wraps it for the real code.

DROP INDEX concerns_by_class_time;
ALTER TABLE concerns RENAME TO concerns_unsealed;  -- sealed row by row when the store opens, then dropped

CREATE TABLE concerns (
    id            INTEGER PRIMARY KEY,
    submission_id TEXT NOT NULL UNIQUE,   -- one per draft: a double or retried Send stays one row
    class_id      INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    child_id      INTEGER REFERENCES children(id) ON DELETE SET NULL,  -- NULL: about the whole class
    sealed        BLOB NOT NULL,          -- crypto_box_seal of the content (core/sealed_concerns.cpp)
    kiosk_id      TEXT NOT NULL,
    created_at    INTEGER NOT NULL,       -- unix seconds, UTC
    status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'seen', 'will_talk', 'done')),
    status_at     INTEGER                 -- when the teacher last changed the status
);
CREATE INDEX concerns_by_class_time ON concerns(class_id, created_at);
CREATE INDEX concerns_by_child_time ON concerns(child_id, created_at);
CREATE INDEX concerns_by_time ON concerns(created_at);  -- retention, and the clock check
