-- Classes, children and kiosk settings: what the kiosk needs to greet a parent.
CREATE TABLE classes (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    teacher  TEXT NOT NULL,
    symbol   TEXT NOT NULL,           -- emoji shown on the class tile
    sort     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE children (
    id            INTEGER PRIMARY KEY,
    class_id      INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    first_name    TEXT NOT NULL,
    symbol        TEXT NOT NULL,      -- the "coat-peg symbol": an emoji the child knows as theirs
    photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (class_id, first_name),
    UNIQUE (class_id, symbol)
);
CREATE INDEX children_by_class ON children(class_id, first_name);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
