-- Lists of meetings and documents are indexed queries, not a read of every object of a kind.
-- `sort_key` orders a kind's lists (a meeting's closing and opening dates; empty where the id
-- order serves); `object_terms` holds what lists filter on (`party:CHN`, `meeting:<id>`,
-- `committed:PAK`, `priority:III.1`, `commitments`). Both are derived from the object by the
-- core (`Projection::index`). Objects written before this migration have a NULL `sort_key`
-- until the store indexes them, right after migrating, from their stored bodies. Keys and terms
-- compare byte by byte ("C"), as in SQLite, whatever the database's collation.
ALTER TABLE objects ADD COLUMN sort_key TEXT COLLATE "C";
CREATE INDEX objects_by_sort ON objects (kind, sort_key, entity);
CREATE TABLE object_terms (
    term TEXT COLLATE "C" NOT NULL,
    entity TEXT NOT NULL REFERENCES objects (entity),
    PRIMARY KEY (term, entity)
);
CREATE INDEX object_terms_by_entity ON object_terms (entity);
