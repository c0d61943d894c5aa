-- Quick polls with a face scale; answers are anonymous by design (no child, no kiosk session).
CREATE TABLE polls (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    class_id    INTEGER REFERENCES classes(id) ON DELETE CASCADE,
    question    TEXT NOT NULL,              -- a msgid from lang/ when it is a ready-made question
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    opens_on    TEXT NOT NULL,              -- YYYY-MM-DD
    closes_on   TEXT NOT NULL               -- YYYY-MM-DD, inclusive
);

CREATE TABLE poll_answers (
    id          INTEGER PRIMARY KEY,
    poll_id     INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    face        INTEGER NOT NULL CHECK (face BETWEEN 1 AND 5),
    answered_at INTEGER NOT NULL
);
CREATE INDEX poll_answers_by_poll ON poll_answers(poll_id);
