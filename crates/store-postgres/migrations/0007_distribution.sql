-- Who reads what (the distribution rules). A sealed record's journal row holds its envelope;
-- its disclosure (the record and the salt the envelope commits to) is kept here, apart, and
-- given only to the parties entitled to read it.
CREATE TABLE disclosures (
    idx   BIGINT PRIMARY KEY REFERENCES journal (idx),
    bytes BYTEA NOT NULL
);

-- A concern is public, or read by the parties in `concern_readers` (its lodger and those its
-- distribution names). Concerns lodged before distributions existed were public.
ALTER TABLE concerns ADD COLUMN public BOOLEAN NOT NULL DEFAULT TRUE;
CREATE TABLE concern_readers (
    concern_id TEXT NOT NULL REFERENCES concerns (id),
    party      TEXT NOT NULL,
    PRIMARY KEY (concern_id, party)
);
CREATE INDEX concern_readers_party ON concern_readers (party, concern_id);
