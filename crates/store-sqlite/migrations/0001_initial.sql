-- The first schema of the SQLite store. Portable shapes: text ids, integer indices, blobs for
-- bytes, RFC 3339 text times, JSON as text. Projection tables keep the full value as JSON in
-- body_json and copy the columns queries filter on beside it.

-- The journal: one row per signed record, never updated or deleted.
CREATE TABLE journal (
    idx          INTEGER PRIMARY KEY,   -- log index 0, 1, 2, … (the rowid itself)
    kind         TEXT    NOT NULL,
    author       TEXT    NOT NULL,
    key_id       TEXT    NOT NULL,
    time         TEXT    NOT NULL,
    subject      TEXT    NOT NULL,      -- the entity the record is about (concern:<id>)
    signed_bytes BLOB    NOT NULL,      -- canonical JSON the author signed, byte for byte
    signature    BLOB    NOT NULL,      -- 64-byte Ed25519 signature
    leaf_hash    BLOB    NOT NULL       -- SHA-256(0x00 ‖ signed_bytes ‖ signature)
);
CREATE INDEX journal_subject ON journal (subject, idx);

-- Every complete (perfect) subtree hash: level 0 holds the leaf hashes.
CREATE TABLE tree_nodes (
    level INTEGER NOT NULL,
    idx   INTEGER NOT NULL,
    hash  BLOB    NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- The log size, in one row: appends read and write it inside their transaction.
CREATE TABLE log_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    size INTEGER NOT NULL
);
INSERT INTO log_head (id, size) VALUES (1, 0);

-- Signed checkpoints (C2SP signed notes), by tree size.
CREATE TABLE checkpoints (
    size INTEGER PRIMARY KEY,
    note TEXT    NOT NULL
);

-- Projections.
CREATE TABLE parties (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    body_json TEXT NOT NULL
);

CREATE TABLE party_keys (
    party      TEXT NOT NULL,
    key_id     TEXT NOT NULL,
    public_key TEXT NOT NULL,
    PRIMARY KEY (party, key_id)
) WITHOUT ROWID;

CREATE TABLE concerns (
    id        TEXT    PRIMARY KEY,
    seq       INTEGER NOT NULL,         -- index of the record that first wrote the row
    lodged_by TEXT    NOT NULL,
    lodged_at TEXT    NOT NULL,         -- RFC 3339 UTC with milliseconds: sorts as text
    status    TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    body_json TEXT    NOT NULL
);
CREATE INDEX concerns_newest ON concerns (lodged_at DESC, seq DESC);
CREATE INDEX concerns_status ON concerns (status, lodged_at DESC, seq DESC);

-- The lodging party and every addressee of a concern (for the party filter).
CREATE TABLE concern_parties (
    concern_id TEXT NOT NULL REFERENCES concerns (id),
    party      TEXT NOT NULL,
    PRIMARY KEY (concern_id, party)
) WITHOUT ROWID;
CREATE INDEX concern_parties_party ON concern_parties (party, concern_id);

-- The priority numbers (III.n) a concern is tagged with.
CREATE TABLE concern_priorities (
    concern_id TEXT    NOT NULL REFERENCES concerns (id),
    n          INTEGER NOT NULL,
    PRIMARY KEY (concern_id, n)
) WITHOUT ROWID;
CREATE INDEX concern_priorities_n ON concern_priorities (n, concern_id);

-- The version (index of the last record that changed it) of every projected entity.
CREATE TABLE entity_versions (
    entity  TEXT    PRIMARY KEY,
    version INTEGER NOT NULL
) WITHOUT ROWID;

-- Operational data, not records.
CREATE TABLE sealed_keys (
    seq    INTEGER PRIMARY KEY,         -- put order: the latest per party is current
    party  TEXT    NOT NULL,
    key_id TEXT    NOT NULL,
    sealed BLOB    NOT NULL
);
CREATE INDEX sealed_keys_party ON sealed_keys (party, seq);

CREATE TABLE users (
    name       TEXT    PRIMARY KEY,
    party      TEXT    NOT NULL,
    roles      TEXT    NOT NULL,        -- comma-separated role names
    disabled   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id         TEXT    PRIMARY KEY,
    user_name  TEXT    NOT NULL REFERENCES users (name),
    label      TEXT    NOT NULL,
    hash       BLOB    NOT NULL UNIQUE, -- SHA-256 of the token; the token itself is never stored
    created_at TEXT    NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX api_tokens_user ON api_tokens (user_name, created_at, id);
