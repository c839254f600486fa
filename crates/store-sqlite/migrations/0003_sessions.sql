-- Browser sign-in: a password hash per user and server-side sessions.

-- The user's password as a PHC string (argon2id), or NULL when the user has none.
ALTER TABLE users ADD COLUMN password_hash TEXT;

-- Browser sessions: only the SHA-256 of the session's secret id is stored.
CREATE TABLE sessions (
    id_hash    BLOB PRIMARY KEY,                      -- SHA-256 of the session id
    user_name  TEXT NOT NULL REFERENCES users (name),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL                          -- RFC 3339 UTC with milliseconds: sorts as text
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_name);
CREATE INDEX sessions_expires ON sessions (expires_at);
