-- Dialogue projections (mechanism rules, meetings, outcome documents, document series), each kept
-- whole as JSON under its entity key; they are read by key or listed by kind.
CREATE TABLE objects (
    entity TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    body_json TEXT NOT NULL
);
CREATE INDEX objects_by_kind ON objects (kind, entity);
