-- Browser sign-in: a password hash per user and server-side sessions. Keys and sort columns use
-- the "C" collation, as in 0001.

-- The user's password as a PHC string (argon2id), or NULL when the user has none.
ALTER TABLE users ADD COLUMN password_hash TEXT;

-- Browser sessions: only the SHA-256 of the session's secret id is stored.
CREATE TABLE sessions (
    id_hash    BYTEA PRIMARY KEY,                       -- SHA-256 of the session id
    user_name  TEXT  COLLATE "C" NOT NULL REFERENCES users (name),
    csrf_token TEXT  NOT NULL,
    created_at TEXT  NOT NULL,
    expires_at TEXT  COLLATE "C" NOT NULL               -- RFC 3339 UTC with milliseconds
);
CREATE INDEX sessions_user ON sessions (user_name);
CREATE INDEX sessions_expires ON sessions (expires_at);
