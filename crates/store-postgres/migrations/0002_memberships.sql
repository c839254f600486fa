-- Memberships: one row per (mechanism, member, role, start date), the entity
-- membership:<mechanism>:<member>:<role>:<from or ->. A later record for the same membership
-- (setting `to`, say) replaces the row. Keys and sort columns use the "C" collation, as in 0001.
-- The primary key leads with mechanism, so it serves the mechanism filter; memberships_member
-- serves the member filter.
CREATE TABLE memberships (
    mechanism TEXT COLLATE "C" NOT NULL,
    member    TEXT COLLATE "C" NOT NULL,
    role      TEXT COLLATE "C" NOT NULL,    -- the role's name (member, observer …)
    from_key  TEXT COLLATE "C" NOT NULL,    -- from_date, or '' when there is no start date
    from_date TEXT,                         -- YYYY-MM-DD
    to_date   TEXT,
    source    TEXT NOT NULL,
    as_of     TEXT NOT NULL,
    note      TEXT,
    body_json TEXT NOT NULL,
    PRIMARY KEY (mechanism, member, role, from_key)
);
CREATE INDEX memberships_member ON memberships (member, mechanism, role, from_key);
