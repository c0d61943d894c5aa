-- Teacher mode's way in, and each class's key pair for sealing concerns.
-- The code is kept only as an Argon2id hash; a class's secret key only
-- wrapped with a key derived from the code (docs/SECURITY.md).
CREATE TABLE teacher_code (
    id              INTEGER PRIMARY KEY CHECK (id = 1),  -- one code per kiosk
    code_hash       TEXT NOT NULL,                       -- crypto_pwhash_str (Argon2id)
    failures        INTEGER NOT NULL DEFAULT 0,          -- wrong codes in a row; committed before each check
    last_failure_at INTEGER NOT NULL DEFAULT 0           -- unix seconds
);

CREATE TABLE class_keys (
    class_id       INTEGER PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
    public_key     BLOB NOT NULL,   -- crypto_box public key: concerns are sealed to it
    wrapped_secret BLOB NOT NULL,   -- crypto_secretbox of the secret key
    salt           BLOB NOT NULL,   -- for the Argon2id key derivation from the code
    nonce          BLOB NOT NULL
);
