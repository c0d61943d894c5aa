-- Things the teacher must hear about that happened while nobody was looking:
-- the database was found damaged and restored, the kiosk kept restarting.
-- Shown at the top of the inbox until the teacher taps OK.
CREATE TABLE notices (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('database_restored', 'restarts')),
    detail     TEXT NOT NULL DEFAULT '',  -- "key=value" lines (core/notices.h)
    created_at INTEGER NOT NULL,          -- unix seconds, UTC
    seen_at    INTEGER                    -- NULL until the teacher tapped OK
);
