-- The first schema of the PostgreSQL store, in the schema the connection's search_path names.
-- Portable shapes: text ids, integer indices, bytea for bytes, RFC 3339 text times, JSON as text.
-- Projection tables keep the full value as JSON in body_json and copy the columns queries filter
-- on beside it. Keys and sort columns use the "C" collation, so rows sort by bytes, exactly as
-- on SQLite, whatever the database's locale.

-- The journal: one row per signed record, never updated or deleted.
CREATE TABLE journal (
    idx          BIGINT PRIMARY KEY CHECK (idx >= 0), -- log index 0, 1, 2, …
    kind         TEXT   NOT NULL,
    author       TEXT   NOT NULL,
    key_id       TEXT   NOT NULL,
    time         TEXT   NOT NULL,
    subject      TEXT   COLLATE "C" NOT NULL,        -- the entity the record is about
    signed_bytes BYTEA  NOT NULL,                    -- canonical JSON the author signed
    signature    BYTEA  NOT NULL,                    -- 64-byte Ed25519 signature
    leaf_hash    BYTEA  NOT NULL                     -- SHA-256(0x00 ‖ signed_bytes ‖ signature)
);
CREATE INDEX journal_subject ON journal (subject, idx);

-- Every complete (perfect) subtree hash: level 0 holds the leaf hashes.
CREATE TABLE tree_nodes (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
);

-- The log size, in one row. Appends lock this row (SELECT … FOR UPDATE) first: it is the lock
-- that serialises them.
CREATE TABLE log_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    size BIGINT   NOT NULL
);
INSERT INTO log_head (id, size) VALUES (1, 0);

-- Signed checkpoints (C2SP signed notes), by tree size.
CREATE TABLE checkpoints (
    size BIGINT PRIMARY KEY,
    note TEXT   NOT NULL
);

-- Projections.
CREATE TABLE parties (
    id        TEXT COLLATE "C" PRIMARY KEY,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    body_json TEXT NOT NULL
);

CREATE TABLE party_keys (
    party      TEXT COLLATE "C" NOT NULL,
    key_id     TEXT COLLATE "C" NOT NULL,
    public_key TEXT NOT NULL,
    PRIMARY KEY (party, key_id)
);

CREATE TABLE concerns (
    id        TEXT   COLLATE "C" PRIMARY KEY,
    seq       BIGINT NOT NULL,                -- index of the record that first wrote the row
    lodged_by TEXT   NOT NULL,
    lodged_at TEXT   COLLATE "C" NOT NULL,    -- RFC 3339 UTC with milliseconds: sorts as text
    status    TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    body_json TEXT   NOT NULL
);
CREATE INDEX concerns_newest ON concerns (lodged_at DESC, seq DESC);
CREATE INDEX concerns_status ON concerns (status, lodged_at DESC, seq DESC);

-- The lodging party and every addressee of a concern (for the party filter).
CREATE TABLE concern_parties (
    concern_id TEXT COLLATE "C" NOT NULL REFERENCES concerns (id),
    party      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (concern_id, party)
);
CREATE INDEX concern_parties_party ON concern_parties (party, concern_id);

-- The priority numbers (III.n) a concern is tagged with.
CREATE TABLE concern_priorities (
    concern_id TEXT     COLLATE "C" NOT NULL REFERENCES concerns (id),
    n          SMALLINT NOT NULL,
    PRIMARY KEY (concern_id, n)
);
CREATE INDEX concern_priorities_n ON concern_priorities (n, concern_id);

-- The version (index of the last record that changed it) of every projected entity.
CREATE TABLE entity_versions (
    entity  TEXT   COLLATE "C" PRIMARY KEY,
    version BIGINT NOT NULL
);

-- Operational data, not records.
CREATE TABLE sealed_keys (
    seq    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- put order: the latest is current
    party  TEXT   COLLATE "C" NOT NULL,
    key_id TEXT   NOT NULL,
    sealed BYTEA  NOT NULL
);
CREATE INDEX sealed_keys_party ON sealed_keys (party, seq);

CREATE TABLE users (
    name       TEXT    COLLATE "C" PRIMARY KEY,
    party      TEXT    NOT NULL,
    roles      TEXT    NOT NULL,              -- comma-separated role names
    disabled   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id         TEXT    COLLATE "C" PRIMARY KEY,
    user_name  TEXT    COLLATE "C" NOT NULL REFERENCES users (name),
    label      TEXT    NOT NULL,
    hash       BYTEA   NOT NULL UNIQUE,       -- SHA-256 of the token; the token is never stored
    created_at TEXT    COLLATE "C" NOT NULL,
    revoked    BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX api_tokens_user ON api_tokens (user_name, created_at, id);
