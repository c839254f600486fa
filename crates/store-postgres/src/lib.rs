//! # gsi-store-postgres: the PostgreSQL backend of the GSI Platform's [`Store`]
//!
//! [`PostgresStore`] keeps the journal, the Merkle tree's perfect-subtree hashes, the projections
//! and the operational data in PostgreSQL tables, through the synchronous `postgres` driver and an
//! r2d2 pool (`r2d2_postgres`). Open it with [`PostgresStore::open`] and a `postgres://` or
//! `postgresql://` URL; the tables live in the connection's current schema, so
//! `?options=-csearch_path%3Dmy_schema` puts a store in its own schema (the schema must exist).
//!
//! ## Locking
//!
//! Appends serialise on a row lock: each append transaction (READ COMMITTED) starts with
//! `SELECT size FROM log_head WHERE id = 1 FOR UPDATE` and holds the lock until it commits or
//! rolls back. Every later statement of the transaction runs after the previous appender
//! committed, so it reads the latest size (gap-free indices) and the latest entity versions
//! (expectations are checked against them). Reads take no lock; each is one statement and sees
//! one committed state. Operational writes (users, tokens, keys, checkpoints) are single
//! statements and do not take the log lock.
//!
//! ## Appending
//!
//! One transaction and five round trips per batch, however many records it holds: `BEGIN`; lock
//! `log_head`; read, in one statement, the versions of the entities the batch expects and the
//! stored nodes its new nodes need (the O(log n) left siblings on the tree's right edge); then,
//! in memory, check every expectation in order, compute the leaves and every node they complete
//! (`gsi_ledger::nodes_completed_by`); write everything in one statement (data-modifying CTEs
//! inserting from `unnest` arrays: journal rows, tree nodes, projections, entity versions and
//! the new size); `COMMIT`. Statements are prepared once per pooled connection.
//!
//! ## Migrations
//!
//! `migrations/NNNN_name.sql` files are embedded at build time and applied in order, in one
//! transaction that holds an advisory lock on the schema and records each in
//! `schema_migrations`, so concurrent openers apply a migration exactly once. A database that
//! records a migration this build does not know (written by a newer version) is refused.

#![forbid(unsafe_code)]

mod error;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::str::FromStr;
use std::time::Duration;

use gsi_core::concerns::Concern;
use gsi_core::membership::Membership;
use gsi_core::state::PartyKey;
use gsi_core::{ConcernId, Party, PartyId, Reader};
use gsi_ledger::{Hash, NodeId, nodes_completed_by};
use gsi_store::{
    ApiToken, AuthorGrowth, ConcernFilter, MembershipFilter, NewRecord, ObjectKind, ObjectQuery,
    Receipt, Result, SealedKey, Session, Store, StoreError, StoredCheckpoint, StoredIndex,
    StoredRecord, User, Versioned, rows,
};
use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Row as PgRow, Statement};
use r2d2::{ManageConnection, Pool, PooledConnection};
use r2d2_postgres::PostgresConnectionManager;

use crate::error::{Constraint, Db, constraint, corrupt};
use gsi_store::rows::{
    Prepared, Row, from_json, hash, int, object_query_sql, object_row, object_terms_sql, party_id,
    roles_from_text, roles_to_text, scopes_from_text, stored_index, uint,
};

/// The schema migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("../migrations/0001_initial.sql")),
    (
        2,
        "memberships",
        include_str!("../migrations/0002_memberships.sql"),
    ),
    (
        3,
        "sessions",
        include_str!("../migrations/0003_sessions.sql"),
    ),
    (
        4,
        "dialogue",
        include_str!("../migrations/0004_dialogue.sql"),
    ),
    (
        5,
        "token_limits",
        include_str!("../migrations/0005_token_limits.sql"),
    ),
    (
        6,
        "object_index",
        include_str!("../migrations/0006_object_index.sql"),
    ),
    (
        7,
        "distribution",
        include_str!("../migrations/0007_distribution.sql"),
    ),
];

/// Most connections one store opens.
const POOL_SIZE: u32 = 16;

type Params<'a> = [&'a (dyn ToSql + Sync)];

/// A [`Store`] on one PostgreSQL schema. Cheap to share: wrap it in an `Arc`.
pub struct PostgresStore {
    pool: Pool<Manager>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").finish_non_exhaustive()
    }
}

/// A pooled connection with the statements it has prepared.
struct Conn {
    client: Client,
    statements: HashMap<String, Statement>,
}

/// `r2d2_postgres`'s manager, wrapped so each pooled connection carries its statement cache.
struct Manager(PostgresConnectionManager<NoTls>);

impl ManageConnection for Manager {
    type Connection = Conn;
    type Error = postgres::Error;

    fn connect(&self) -> Result<Conn, postgres::Error> {
        Ok(Conn {
            client: self.0.connect()?,
            statements: HashMap::new(),
        })
    }

    fn is_valid(&self, conn: &mut Conn) -> Result<(), postgres::Error> {
        self.0.is_valid(&mut conn.client)
    }

    fn has_broken(&self, conn: &mut Conn) -> bool {
        self.0.has_broken(&mut conn.client)
    }
}

/// The prepared statement for `sql`, preparing it on first use on this connection.
fn statement<C: GenericClient>(
    client: &mut C,
    cache: &mut HashMap<String, Statement>,
    sql: &str,
) -> Result<Statement> {
    if let Some(s) = cache.get(sql) {
        return Ok(s.clone());
    }
    let s = client.prepare(sql).db()?;
    cache.insert(sql.to_owned(), s.clone());
    Ok(s)
}

impl Conn {
    fn query(&mut self, sql: &str, params: &Params<'_>) -> Result<Vec<PgRow>> {
        let stmt = statement(&mut self.client, &mut self.statements, sql)?;
        self.client.query(&stmt, params).db()
    }

    fn query_opt(&mut self, sql: &str, params: &Params<'_>) -> Result<Option<PgRow>> {
        let stmt = statement(&mut self.client, &mut self.statements, sql)?;
        self.client.query_opt(&stmt, params).db()
    }

    /// Executes a statement, handing driver errors back for the caller to classify.
    fn execute(&mut self, sql: &str, params: &Params<'_>) -> Result<Result<u64, postgres::Error>> {
        let stmt = statement(&mut self.client, &mut self.statements, sql)?;
        Ok(self.client.execute(&stmt, params))
    }
}

fn config(url: &str) -> Result<postgres::Config> {
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(StoreError::Config(format!(
            "{url:?} is not a PostgreSQL URL: use postgres://user@host:port/database"
        )));
    }
    let mut config = postgres::Config::from_str(url)
        .map_err(|e| StoreError::Config(format!("{url:?} is not a usable PostgreSQL URL: {e}")))?;
    if config.get_application_name().is_none() {
        config.application_name("gsi");
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    Ok(config)
}

impl PostgresStore {
    /// Connects to `url` and applies pending migrations in the connection's current schema.
    pub fn open(url: &str) -> Result<Self> {
        let manager = Manager(PostgresConnectionManager::new(config(url)?, NoTls));
        // Migrate on a direct connection first: a wrong URL or a server that is down fails
        // here at once, with the driver's message, instead of after the pool's timeout.
        let mut conn = manager.connect().map_err(|e| {
            StoreError::Config(format!(
                "cannot connect to PostgreSQL at {}: {e}",
                redact(url)
            ))
        })?;
        migrate(&mut conn.client)?;
        index_stored_objects(&mut conn.client)?;
        drop(conn);
        let pool = Pool::builder()
            .max_size(POOL_SIZE)
            .min_idle(Some(0))
            // A broken connection is noticed by the driver (`has_broken`) and replaced;
            // checking each checkout would cost a round trip per call.
            .test_on_check_out(false)
            .build(manager)
            .db()?;
        Ok(Self { pool })
    }

    fn conn(&self) -> Result<PooledConnection<Manager>> {
        self.pool.get().db()
    }
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &userinfo[..colon],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn placeholder(n: usize) -> String {
    format!("${n}")
}

/// Indexes the objects stored before objects were indexed (migration 6), from their bodies.
fn index_stored_objects(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction().db()?;
    let unindexed = tx
        .query(
            "SELECT entity, kind, body_json FROM objects WHERE sort_key IS NULL FOR UPDATE",
            &[],
        )
        .db()?;
    for row in unindexed {
        let (entity, kind, json): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let (sort, terms) = stored_index(&entity, &kind, &json)?;
        tx.execute(
            "UPDATE objects SET sort_key = $2 WHERE entity = $1",
            &[&entity, &sort],
        )
        .db()?;
        tx.execute("DELETE FROM object_terms WHERE entity = $1", &[&entity])
            .db()?;
        tx.execute(
            "INSERT INTO object_terms (term, entity) SELECT unnest($2::text[]), $1",
            &[&entity, &terms],
        )
        .db()?;
    }
    tx.commit().db()
}

fn migrate(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction().db()?;
    let schema: Option<String> = tx.query_one("SELECT current_schema()", &[]).db()?.get(0);
    let schema = schema.ok_or_else(|| {
        StoreError::Config("the connection's search_path names no existing schema".into())
    })?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('gsi-store-migrations'), hashtext($1))",
        &[&schema],
    )
    .db()?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    BIGINT PRIMARY KEY,
             name       TEXT NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )
    .db()?;
    let applied: Vec<i64> = tx
        .query(
            "SELECT version FROM schema_migrations ORDER BY version",
            &[],
        )
        .db()?
        .iter()
        .map(|r| r.get(0))
        .collect();
    if let Some(unknown) = applied
        .iter()
        .find(|v| !MIGRATIONS.iter().any(|m| m.0 == **v))
    {
        return Err(StoreError::Config(format!(
            "schema {schema} has migration {unknown}, which this version does not know: \
             it was written by a newer version of the platform"
        )));
    }
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        tx.batch_execute(sql).map_err(|e| {
            StoreError::Config(format!(
                "migration {version} ({name}) failed in schema {schema}: {e}"
            ))
        })?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at)
             VALUES ($1, $2, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))",
            &[version, name],
        )
        .db()?;
    }
    tx.commit().db()
}

// --- appending ------------------------------------------------------------------------------

const LOCK_HEAD: &str = "SELECT size FROM log_head WHERE id = 1 FOR UPDATE";

/// The versions of the entities a batch expects ($1), and the stored nodes its new nodes need
/// ($2 levels, $3 indices), in one round trip.
const READ_STATE: &str = "
SELECT entity, version, NULL::smallint AS level, NULL::bigint AS idx, NULL::bytea AS hash
FROM entity_versions WHERE entity = ANY ($1::text[])
UNION ALL
SELECT NULL, NULL, t.level, t.idx, t.hash
FROM tree_nodes t JOIN unnest($2::smallint[], $3::bigint[]) AS n (level, idx)
    ON t.level = n.level AND t.idx = n.idx";

/// Everything a batch writes, in one statement (projection rows are one per entity, so no
/// upsert touches a row twice). Concern links ($27-$30) are replaced for the
/// concerns written ($20): rows no longer wanted are deleted, new ones inserted (the two sets
/// are disjoint, so no row is touched twice).
const WRITE_BATCH: &str = "
WITH
journal_rows AS (
    INSERT INTO journal (idx, kind, author, key_id, time, subject, signed_bytes, signature, leaf_hash)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                         $7::bytea[], $8::bytea[], $9::bytea[])
),
node_rows AS (
    INSERT INTO tree_nodes (level, idx, hash)
    SELECT * FROM unnest($10::smallint[], $11::bigint[], $12::bytea[])
),
party_rows AS (
    INSERT INTO parties (id, kind, name, body_json)
    SELECT * FROM unnest($13::text[], $14::text[], $15::text[], $16::text[])
    ON CONFLICT (id) DO UPDATE SET
        kind = excluded.kind, name = excluded.name, body_json = excluded.body_json
),
key_rows AS (
    INSERT INTO party_keys (party, key_id, public_key)
    SELECT * FROM unnest($17::text[], $18::text[], $19::text[])
    ON CONFLICT (party, key_id) DO UPDATE SET public_key = excluded.public_key
),
disclosure_rows AS (
    INSERT INTO disclosures (idx, bytes)
    SELECT * FROM unnest($50::bigint[], $51::bytea[])
),
concern_rows AS (
    INSERT INTO concerns (id, seq, lodged_by, lodged_at, status, title, body_json, public)
    SELECT * FROM unnest($20::text[], $21::bigint[], $22::text[], $23::text[], $24::text[],
                         $25::text[], $26::text[], $52::boolean[])
    ON CONFLICT (id) DO UPDATE SET
        lodged_by = excluded.lodged_by, lodged_at = excluded.lodged_at, status = excluded.status,
        title = excluded.title, body_json = excluded.body_json, public = excluded.public
),
wanted_readers AS (
    SELECT * FROM unnest($53::text[], $54::text[]) AS w (concern_id, party)
),
unlisted_readers AS (
    DELETE FROM concern_readers c
    WHERE c.concern_id = ANY ($20::text[])
      AND NOT EXISTS (SELECT 1 FROM wanted_readers w
                      WHERE w.concern_id = c.concern_id AND w.party = c.party)
),
listed_readers AS (
    INSERT INTO concern_readers (concern_id, party)
    SELECT concern_id, party FROM wanted_readers
    ON CONFLICT DO NOTHING
),
wanted_parties AS (
    SELECT * FROM unnest($27::text[], $28::text[]) AS w (concern_id, party)
),
unlinked_parties AS (
    DELETE FROM concern_parties c
    WHERE c.concern_id = ANY ($20::text[])
      AND NOT EXISTS (SELECT 1 FROM wanted_parties w
                      WHERE w.concern_id = c.concern_id AND w.party = c.party)
),
linked_parties AS (
    INSERT INTO concern_parties (concern_id, party)
    SELECT concern_id, party FROM wanted_parties
    ON CONFLICT DO NOTHING
),
wanted_priorities AS (
    SELECT * FROM unnest($29::text[], $30::smallint[]) AS w (concern_id, n)
),
unlinked_priorities AS (
    DELETE FROM concern_priorities c
    WHERE c.concern_id = ANY ($20::text[])
      AND NOT EXISTS (SELECT 1 FROM wanted_priorities w
                      WHERE w.concern_id = c.concern_id AND w.n = c.n)
),
linked_priorities AS (
    INSERT INTO concern_priorities (concern_id, n)
    SELECT concern_id, n FROM wanted_priorities
    ON CONFLICT DO NOTHING
),
version_rows AS (
    INSERT INTO entity_versions (entity, version)
    SELECT * FROM unnest($31::text[], $32::bigint[])
    ON CONFLICT (entity) DO UPDATE SET version = excluded.version
),
membership_rows AS (
    INSERT INTO memberships (mechanism, member, role, from_key, from_date, to_date, source, as_of,
                             note, body_json)
    SELECT * FROM unnest($33::text[], $34::text[], $35::text[], $36::text[], $37::text[],
                         $38::text[], $39::text[], $40::text[], $41::text[], $42::text[])
    ON CONFLICT (mechanism, member, role, from_key) DO UPDATE SET
        from_date = excluded.from_date, to_date = excluded.to_date, source = excluded.source,
        as_of = excluded.as_of, note = excluded.note, body_json = excluded.body_json
),
object_rows AS (
    INSERT INTO objects (entity, kind, body_json, sort_key)
    SELECT * FROM unnest($43::text[], $44::text[], $45::text[], $46::text[])
    ON CONFLICT (entity) DO UPDATE SET
        kind = excluded.kind, body_json = excluded.body_json, sort_key = excluded.sort_key
),
wanted_terms AS (
    SELECT * FROM unnest($47::text[], $48::text[]) AS w (entity, term)
),
dropped_terms AS (
    DELETE FROM object_terms t
    WHERE t.entity = ANY ($43::text[])
      AND NOT EXISTS (SELECT 1 FROM wanted_terms w WHERE w.entity = t.entity AND w.term = t.term)
),
added_terms AS (
    INSERT INTO object_terms (term, entity)
    SELECT term, entity FROM wanted_terms
    ON CONFLICT DO NOTHING
)
UPDATE log_head SET size = $49 WHERE id = 1";

/// The stored nodes that appending `count` records to a log of `size` needs as children: the
/// children of completed nodes that were complete before the batch (O(log n) of them).
fn nodes_needed(size: u64, count: u64) -> BTreeSet<NodeId> {
    let mut needed = BTreeSet::new();
    for index in size..size + count {
        for (_, left, right) in nodes_completed_by(index) {
            for child in [left, right] {
                if child.start() + child.width() <= size {
                    needed.insert(child);
                }
            }
        }
    }
    needed
}

/// The rows one batch writes, as the columns of [`WRITE_BATCH`], computed in memory.
#[derive(Default)]
struct Writes<'a> {
    receipts: Vec<Receipt>,
    journal: JournalColumns<'a>,
    nodes: (Vec<i16>, Vec<i64>, Vec<Vec<u8>>),
    /// Projection rows by entity: the last row written in the batch, and for concerns the index
    /// of the first record that wrote it (its `seq` if the row is new).
    rows: BTreeMap<&'a str, (&'a Row, u64, u64)>,
}

#[derive(Default)]
struct JournalColumns<'a> {
    idx: Vec<i64>,
    kind: Vec<&'a str>,
    author: Vec<&'a str>,
    key_id: Vec<&'a str>,
    time: Vec<&'a str>,
    subject: Vec<&'a str>,
    signed_bytes: Vec<&'a [u8]>,
    signature: Vec<&'a [u8]>,
    leaf_hash: Vec<&'a [u8]>,
    /// Sealed records' indices and disclosures.
    disclosure_idx: Vec<i64>,
    disclosure: Vec<&'a [u8]>,
}

impl<'a> Writes<'a> {
    /// Checks expectations and computes every row, given the log `size`, the stored versions
    /// of the expected entities (absent = the entity does not exist) and the stored `nodes`
    /// from [`nodes_needed`].
    fn plan(
        size: u64,
        records: &'a [NewRecord],
        prepared: &'a [Prepared],
        mut versions: HashMap<&'a str, u64>,
        mut nodes: HashMap<NodeId, Hash>,
    ) -> Result<Self> {
        let mut w = Writes::default();
        for (i, (new, prep)) in records.iter().zip(prepared).enumerate() {
            let index = size + i as u64;
            for e in &new.expect {
                let current = versions.get(e.entity.as_str()).copied();
                if current != e.version {
                    return Err(conflict(&e.entity, e.version, current));
                }
            }
            let j = &mut w.journal;
            j.idx.push(int(index));
            j.kind.push(&prep.kind);
            j.author.push(&prep.author);
            j.key_id.push(&prep.key_id);
            j.time.push(&prep.time);
            if let Some(d) = &prep.disclosure {
                j.disclosure_idx.push(int(index));
                j.disclosure.push(d);
            }
            j.subject.push(&new.subject);
            j.signed_bytes.push(&prep.signed_bytes);
            j.signature.push(&prep.signature);
            j.leaf_hash.push(&prep.leaf);

            let mut put = |nodes: &mut HashMap<NodeId, Hash>, id: NodeId, h: Hash| {
                w.nodes.0.push(i16::from(id.level));
                w.nodes.1.push(int(id.index));
                w.nodes.2.push(h.to_vec());
                nodes.insert(id, h);
            };
            put(&mut nodes, NodeId::leaf(index), prep.leaf);
            for (node, left, right) in nodes_completed_by(index) {
                let child = |id: NodeId| {
                    nodes.get(&id).copied().ok_or_else(|| {
                        corrupt(format!(
                            "tree node level {} index {} is missing",
                            id.level, id.index
                        ))
                    })
                };
                let h = gsi_ledger::node_hash(&child(left)?, &child(right)?);
                put(&mut nodes, node, h);
            }

            for (entity, row) in &prep.rows {
                versions.insert(entity, index);
                let first = w
                    .rows
                    .get(entity.as_str())
                    .map_or(index, |(_, _, first)| *first);
                w.rows.insert(entity, (row, index, first));
            }
            w.receipts.push(Receipt {
                index,
                leaf_hash: prep.leaf,
                tree_size: index + 1,
            });
        }
        Ok(w)
    }

    /// Writes the batch in one statement.
    fn write(&self, tx: &mut Tx<'_>, size: u64) -> Result<()> {
        let (mut party_id, mut party_kind, mut party_name, mut party_json) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut key_party, mut key_id, mut key_public) = (Vec::new(), Vec::new(), Vec::new());
        let mut concern: [Vec<&str>; 6] = Default::default();
        let mut concern_seq: Vec<i64> = Vec::new();
        let (mut link_concern, mut link_party) = (Vec::new(), Vec::new());
        let (mut prio_concern, mut prio_n) = (Vec::new(), Vec::new());
        let mut concern_public: Vec<bool> = Vec::new();
        let (mut reader_concern, mut reader_party) = (Vec::new(), Vec::new());
        let (mut entity, mut version) = (Vec::new(), Vec::new());
        // Memberships: the required text columns, then the optional ones (from, to, note).
        let mut membership: [Vec<&str>; 7] = Default::default();
        let mut membership_optional: [Vec<Option<&str>>; 3] = Default::default();
        let (mut object_entity, mut object_kind, mut object_json, mut object_sort) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut term_entity, mut term) = (Vec::new(), Vec::new());
        for (e, (row, index, first)) in &self.rows {
            entity.push(*e);
            version.push(int(*index));
            match row {
                Row::Party {
                    id,
                    kind,
                    name,
                    json,
                } => {
                    party_id.push(id.as_str());
                    party_kind.push(kind.as_str());
                    party_name.push(name.as_str());
                    party_json.push(json.as_str());
                }
                Row::Key {
                    party,
                    key_id: id,
                    public_key,
                } => {
                    key_party.push(party.as_str());
                    key_id.push(id.as_str());
                    key_public.push(public_key.as_str());
                }
                Row::Concern {
                    id,
                    lodged_by,
                    lodged_at,
                    status,
                    title,
                    json,
                    parties,
                    priorities,
                    readers,
                } => {
                    concern_public.push(readers.is_none());
                    for p in readers.iter().flatten() {
                        reader_concern.push(id.as_str());
                        reader_party.push(p.as_str());
                    }
                    for (column, value) in concern
                        .iter_mut()
                        .zip([id, lodged_by, lodged_at, *status, title, json])
                    {
                        column.push(value);
                    }
                    concern_seq.push(int(*first));
                    for p in parties {
                        link_concern.push(id.as_str());
                        link_party.push(p.as_str());
                    }
                    for n in priorities {
                        prio_concern.push(id.as_str());
                        prio_n.push(i16::from(*n));
                    }
                }
                Row::Object {
                    kind,
                    json,
                    sort,
                    terms,
                } => {
                    object_entity.push(*e);
                    object_kind.push(*kind);
                    object_json.push(json.as_str());
                    object_sort.push(sort.as_str());
                    for t in terms {
                        term_entity.push(*e);
                        term.push(t.as_str());
                    }
                }
                Row::Membership {
                    mechanism,
                    member,
                    role,
                    from_key,
                    from_date,
                    to_date,
                    source,
                    as_of,
                    note,
                    json,
                } => {
                    for (column, value) in membership
                        .iter_mut()
                        .zip([mechanism, member, *role, from_key, source, as_of, json])
                    {
                        column.push(value);
                    }
                    for (column, value) in membership_optional
                        .iter_mut()
                        .zip([from_date, to_date, note])
                    {
                        column.push(value.as_deref());
                    }
                }
            }
        }
        let j = &self.journal;
        let new_size = int(size + self.receipts.len() as u64);
        let [c_id, c_lodged_by, c_lodged_at, c_status, c_title, c_json] = &concern;
        let [
            m_mechanism,
            m_member,
            m_role,
            m_from_key,
            m_source,
            m_as_of,
            m_json,
        ] = &membership;
        let [m_from, m_to, m_note] = &membership_optional;
        let params: [&(dyn ToSql + Sync); 54] = [
            &j.idx,
            &j.kind,
            &j.author,
            &j.key_id,
            &j.time,
            &j.subject,
            &j.signed_bytes,
            &j.signature,
            &j.leaf_hash,
            &self.nodes.0,
            &self.nodes.1,
            &self.nodes.2,
            &party_id,
            &party_kind,
            &party_name,
            &party_json,
            &key_party,
            &key_id,
            &key_public,
            c_id,
            &concern_seq,
            c_lodged_by,
            c_lodged_at,
            c_status,
            c_title,
            c_json,
            &link_concern,
            &link_party,
            &prio_concern,
            &prio_n,
            &entity,
            &version,
            m_mechanism,
            m_member,
            m_role,
            m_from_key,
            m_from,
            m_to,
            m_source,
            m_as_of,
            m_note,
            m_json,
            &object_entity,
            &object_kind,
            &object_json,
            &object_sort,
            &term_entity,
            &term,
            &new_size,
            &j.disclosure_idx,
            &j.disclosure,
            &concern_public,
            &reader_concern,
            &reader_party,
        ];
        tx.execute(WRITE_BATCH, &params)?;
        Ok(())
    }
}

/// A transaction on a pooled connection, using the connection's statement cache.
struct Tx<'a> {
    tx: postgres::Transaction<'a>,
    statements: &'a mut HashMap<String, Statement>,
}

impl Tx<'_> {
    fn query(&mut self, sql: &str, params: &Params<'_>) -> Result<Vec<PgRow>> {
        let stmt = statement(&mut self.tx, self.statements, sql)?;
        self.tx.query(&stmt, params).db()
    }

    fn execute(&mut self, sql: &str, params: &Params<'_>) -> Result<u64> {
        let stmt = statement(&mut self.tx, self.statements, sql)?;
        self.tx.execute(&stmt, params).db()
    }
}

fn conflict(entity: &str, expected: Option<u64>, found: Option<u64>) -> StoreError {
    StoreError::Conflict(match (expected, found) {
        (None, Some(v)) => format!("{entity} already exists (version {v})"),
        (Some(e), None) => format!("{entity} does not exist (expected version {e})"),
        (Some(e), Some(v)) => format!("{entity} changed: expected version {e}, found {v}"),
        (None, None) => format!("{entity}: expectation failed"),
    })
}

// --- reading --------------------------------------------------------------------------------

/// A journal row and its disclosure, if it has one: `SELECT {RECORD_COLUMNS} FROM {RECORDS}`.
const RECORD_COLUMNS: &str =
    "j.idx, j.kind, j.author, j.time, j.subject, j.signed_bytes, j.signature, j.leaf_hash, d.bytes";
const RECORDS: &str = "journal j LEFT JOIN disclosures d ON d.idx = j.idx";

fn stored_record(r: &PgRow) -> Result<StoredRecord> {
    Ok(StoredRecord {
        index: uint(r.get(0))?,
        kind: r.get(1),
        author: r.get(2),
        time: r.get(3),
        subject: r.get(4),
        signed_bytes: r.get(5),
        signature: r.get(6),
        leaf_hash: r.get(7),
        disclosure: r.get(8),
    })
}

/// A tree node from three columns (level, idx, hash) starting at `at`.
fn node_at(r: &PgRow, at: usize) -> Result<(NodeId, Hash)> {
    let level: i16 = r.get(at);
    let level = u8::try_from(level).map_err(|_| corrupt(format!("node level {level}")))?;
    Ok((
        NodeId::new(level, uint(r.get(at + 1))?),
        hash(r.get(at + 2))?,
    ))
}

const USER_COLUMNS: &str = "name, party, roles, disabled, created_at";

/// Reads a user from five columns starting at `at`.
fn user_at(r: &PgRow, at: usize) -> Result<User> {
    Ok(User {
        name: r.get(at),
        party: party_id(r.get(at + 1))?,
        roles: roles_from_text(r.get(at + 2))?,
        disabled: r.get(at + 3),
        created_at: r.get(at + 4),
    })
}

const TOKEN_COLUMNS: &str =
    "id, user_name, label, hash, created_at, revoked, expires_at, scopes, last_used_at";

fn token(r: &PgRow) -> Result<ApiToken> {
    Ok(ApiToken {
        id: r.get(0),
        user: r.get(1),
        label: r.get(2),
        hash: hash(r.get(3))?,
        created_at: r.get(4),
        revoked: r.get(5),
        expires_at: r.get(6),
        scopes: scopes_from_text(r.get(7)),
        last_used_at: r.get(8),
    })
}

fn checkpoint(r: &PgRow) -> Result<StoredCheckpoint> {
    Ok(StoredCheckpoint {
        size: uint(r.get(0))?,
        note: r.get(1),
    })
}

impl PostgresStore {
    fn query(&self, sql: &str, params: &Params<'_>) -> Result<Vec<PgRow>> {
        self.conn()?.query(sql, params)
    }

    fn query_opt(&self, sql: &str, params: &Params<'_>) -> Result<Option<PgRow>> {
        self.conn()?.query_opt(sql, params)
    }

    fn versioned<T: serde::de::DeserializeOwned>(
        &self,
        sql: &str,
        what: &str,
        id: &str,
        entity: &str,
    ) -> Result<Option<Versioned<T>>> {
        let Some(row) = self.query_opt(sql, &[&id, &entity])? else {
            return Ok(None);
        };
        let version: Option<i64> = row.get(1);
        let version = version.ok_or_else(|| corrupt(format!("{entity} has no version")))?;
        Ok(Some(Versioned {
            value: from_json(what, row.get(0))?,
            version: uint(version)?,
        }))
    }

    /// Runs a single-statement write, mapping constraint violations with `on_constraint`.
    fn write(
        &self,
        sql: &str,
        params: &Params<'_>,
        on_constraint: impl FnOnce(Constraint) -> StoreError,
    ) -> Result<u64> {
        match self.conn()?.execute(sql, params)? {
            Ok(n) => Ok(n),
            Err(e) => Err(match constraint(&e) {
                Some(c) => on_constraint(c),
                None => StoreError::backend(e),
            }),
        }
    }
}

/// For writes that break no constraint in normal use.
fn unexpected(c: Constraint) -> StoreError {
    StoreError::Backend(format!("unexpected {c:?} constraint violation").into())
}

impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    fn append_batch(&self, records: Vec<NewRecord>) -> Result<Vec<Receipt>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let prepared = records
            .iter()
            .map(Prepared::new)
            .collect::<Result<Vec<_>>>()?;
        let mut conn = self.conn()?;
        let Conn { client, statements } = &mut *conn;
        let mut tx = Tx {
            tx: client.transaction().db()?,
            statements,
        };

        let size = uint(
            tx.query(LOCK_HEAD, &[])?
                .first()
                .ok_or_else(|| corrupt("log_head is empty"))?
                .get(0),
        )?;
        let entities: Vec<&str> = records
            .iter()
            .flat_map(|r| r.expect.iter().map(|e| e.entity.as_str()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let needed = nodes_needed(size, records.len() as u64);
        let levels: Vec<i16> = needed.iter().map(|n| i16::from(n.level)).collect();
        let indices: Vec<i64> = needed.iter().map(|n| int(n.index)).collect();
        let mut versions = HashMap::new();
        let mut nodes = HashMap::new();
        let state = if entities.is_empty() && needed.is_empty() {
            Vec::new()
        } else {
            tx.query(READ_STATE, &[&entities, &levels, &indices])?
        };
        for row in state {
            let entity: Option<String> = row.get(0);
            match entity {
                Some(entity) => {
                    let version = uint(row.get(1))?;
                    // `entities` is sorted (it comes from a BTreeSet).
                    let at = entities
                        .binary_search(&entity.as_str())
                        .map_err(|_| corrupt(format!("unexpected entity {entity}")))?;
                    versions.insert(entities[at], version);
                }
                None => {
                    let (id, h) = node_at(&row, 2)?;
                    nodes.insert(id, h);
                }
            }
        }

        let writes = Writes::plan(size, &records, &prepared, versions, nodes)?;
        writes.write(&mut tx, size)?;
        tx.tx.commit().db()?;
        Ok(writes.receipts)
    }

    fn tree_size(&self) -> Result<u64> {
        let row = self.query_opt("SELECT size FROM log_head WHERE id = 1", &[])?;
        uint(row.ok_or_else(|| corrupt("log_head is empty"))?.get(0))
    }

    fn record(&self, index: u64) -> Result<Option<StoredRecord>> {
        let sql = format!("SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.idx = $1");
        self.query_opt(&sql, &[&int(index)])?
            .as_ref()
            .map(stored_record)
            .transpose()
    }

    fn records(&self, from: u64, limit: u64) -> Result<Vec<StoredRecord>> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.idx >= $1 ORDER BY j.idx LIMIT $2"
        );
        self.query(&sql, &[&int(from), &int(limit)])?
            .iter()
            .map(stored_record)
            .collect()
    }

    fn records_about(&self, subject: &str) -> Result<Vec<StoredRecord>> {
        let sql =
            format!("SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.subject = $1 ORDER BY j.idx");
        self.query(&sql, &[&subject])?
            .iter()
            .map(stored_record)
            .collect()
    }

    fn growth_by_author(&self, since: Option<&str>) -> Result<Vec<AuthorGrowth>> {
        self.query(
            "SELECT j.author, COUNT(*), \
             SUM(octet_length(j.signed_bytes) + octet_length(j.signature) \
                 + COALESCE(octet_length(d.bytes), 0))::BIGINT \
             FROM journal j LEFT JOIN disclosures d ON d.idx = j.idx \
             WHERE j.time >= $1 GROUP BY j.author ORDER BY j.author",
            &[&since.unwrap_or("")],
        )?
        .iter()
        .map(|row| {
            Ok(AuthorGrowth {
                author: row.get(0),
                records: uint(row.get(1))?,
                bytes: uint(row.get(2))?,
            })
        })
        .collect()
    }

    fn tree_node(&self, id: NodeId) -> Result<Option<Hash>> {
        let row = self.query_opt(
            "SELECT hash FROM tree_nodes WHERE level = $1 AND idx = $2",
            &[&i16::from(id.level), &int(id.index)],
        )?;
        row.map(|r| hash(r.get(0))).transpose()
    }

    fn tree_nodes(&self, level: u8, from: u64, limit: u64) -> Result<Vec<(u64, Hash)>> {
        let rows = self.query(
            "SELECT idx, hash FROM tree_nodes WHERE level = $1 AND idx >= $2 ORDER BY idx LIMIT $3",
            &[&i16::from(level), &int(from), &int(limit)],
        )?;
        rows.iter()
            .map(|r| Ok((uint(r.get(0))?, hash(r.get(1))?)))
            .collect()
    }

    fn tree_nodes_by_id(&self, ids: &[NodeId]) -> Result<HashMap<NodeId, Hash>> {
        let levels: Vec<i16> = ids.iter().map(|id| i16::from(id.level)).collect();
        let indices: Vec<i64> = ids.iter().map(|id| int(id.index)).collect();
        let rows = self.query(
            "SELECT t.level, t.idx, t.hash
             FROM tree_nodes t JOIN unnest($1::smallint[], $2::bigint[]) AS n (level, idx)
                 ON t.level = n.level AND t.idx = n.idx",
            &[&levels, &indices],
        )?;
        rows.iter().map(|r| node_at(r, 0)).collect()
    }

    fn add_checkpoint(&self, checkpoint: &StoredCheckpoint) -> Result<()> {
        self.write(
            "INSERT INTO checkpoints (size, note) VALUES ($1, $2) ON CONFLICT (size) DO NOTHING",
            &[&int(checkpoint.size), &checkpoint.note],
            unexpected,
        )?;
        Ok(())
    }

    fn latest_checkpoint(&self) -> Result<Option<StoredCheckpoint>> {
        let row = self.query_opt(
            "SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1",
            &[],
        )?;
        row.as_ref().map(checkpoint).transpose()
    }

    fn checkpoint(&self, size: u64) -> Result<Option<StoredCheckpoint>> {
        let row = self.query_opt(
            "SELECT size, note FROM checkpoints WHERE size = $1",
            &[&int(size)],
        )?;
        row.as_ref().map(checkpoint).transpose()
    }

    fn checkpoints(&self) -> Result<Vec<StoredCheckpoint>> {
        self.query("SELECT size, note FROM checkpoints ORDER BY size", &[])?
            .iter()
            .map(checkpoint)
            .collect()
    }

    fn party(&self, id: &PartyId) -> Result<Option<Versioned<Party>>> {
        self.versioned(
            "SELECT body_json, (SELECT version FROM entity_versions WHERE entity = $2)
             FROM parties WHERE id = $1",
            "party",
            id.as_str(),
            &format!("party:{id}"),
        )
    }

    fn parties(&self) -> Result<Vec<Party>> {
        let rows = self.query("SELECT body_json FROM parties ORDER BY id", &[])?;
        rows.iter().map(|r| from_json("party", r.get(0))).collect()
    }

    fn party_keys(&self) -> Result<Vec<PartyKey>> {
        let rows = self.query(
            "SELECT party, key_id, public_key FROM party_keys ORDER BY party, key_id",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok(PartyKey {
                    party: party_id(r.get(0))?,
                    key_id: r.get(1),
                    public_key: r.get(2),
                })
            })
            .collect()
    }

    fn concern(&self, id: &ConcernId) -> Result<Option<Versioned<Concern>>> {
        self.versioned(
            "SELECT body_json, (SELECT version FROM entity_versions WHERE entity = $2)
             FROM concerns WHERE id = $1",
            "concern",
            id.as_str(),
            &format!("concern:{id}"),
        )
    }

    fn concerns(&self, filter: &ConcernFilter) -> Result<Vec<Concern>> {
        let status = filter.status.map(|s| s.as_str());
        let party = filter.party.as_ref().map(PartyId::as_str);
        let priority = filter.priority.map(i16::from);
        let limit = filter.limit.map(int);
        let offset = int(filter.offset);
        let mut sql = String::from("SELECT c.body_json FROM concerns c WHERE TRUE");
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
        if let Some(status) = &status {
            params.push(status);
            sql += &format!(" AND c.status = ${}", params.len());
        }
        if let Some(party) = &party {
            params.push(party);
            sql += &format!(
                " AND c.id IN (SELECT concern_id FROM concern_parties WHERE party = ${})",
                params.len()
            );
        }
        if let Some(n) = &priority {
            params.push(n);
            sql += &format!(
                " AND c.id IN (SELECT concern_id FROM concern_priorities WHERE n = ${})",
                params.len()
            );
        }
        let reader = filter.reader.party().map(PartyId::as_str);
        match (&filter.reader, &reader) {
            (Reader::Node, _) => {}
            (_, None) => sql += " AND c.public",
            (_, Some(party)) => {
                params.push(party);
                sql += &format!(
                    " AND (c.public OR c.id IN \
                     (SELECT concern_id FROM concern_readers WHERE party = ${}))",
                    params.len()
                );
            }
        }
        // LIMIT NULL is no limit.
        params.push(&limit);
        params.push(&offset);
        sql += &format!(
            " ORDER BY c.lodged_at DESC, c.seq DESC LIMIT ${} OFFSET ${}",
            params.len() - 1,
            params.len()
        );
        let rows = self.query(&sql, &params)?;
        rows.iter()
            .map(|r| from_json("concern", r.get(0)))
            .collect()
    }

    fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Versioned<Membership>>> {
        // The entity key is rebuilt in SQL exactly as `Membership::entity` writes it.
        let mechanism = filter.mechanism.as_ref().map(PartyId::as_str);
        let member = filter.member.as_ref().map(PartyId::as_str);
        let rows = self.query(
            "SELECT m.body_json, v.version
             FROM memberships m
             LEFT JOIN entity_versions v ON v.entity = 'membership:' || m.mechanism || ':'
                 || m.member || ':' || m.role || ':' || COALESCE(m.from_date, '-')
             WHERE ($1::text IS NULL OR m.mechanism = $1) AND ($2::text IS NULL OR m.member = $2)
             ORDER BY m.mechanism, m.member, m.role, m.from_key",
            &[&mechanism, &member],
        )?;
        rows.iter()
            .map(|r| {
                let value: Membership = from_json("membership", r.get(0))?;
                let version: Option<i64> = r.get(1);
                let version =
                    version.ok_or_else(|| corrupt(format!("{} has no version", value.entity())))?;
                Ok(Versioned {
                    value,
                    version: uint(version)?,
                })
            })
            .collect()
    }

    fn entity_versions(&self) -> Result<Vec<(String, u64)>> {
        let rows = self.query(
            "SELECT entity, version FROM entity_versions ORDER BY entity",
            &[],
        )?;
        rows.iter()
            .map(|r| Ok((r.get(0), uint(r.get(1))?)))
            .collect()
    }

    fn object(&self, entity: &str) -> Result<Option<Versioned<String>>> {
        self.query_opt(
            "SELECT o.body_json, v.version FROM objects o
             LEFT JOIN entity_versions v ON v.entity = o.entity WHERE o.entity = $1",
            &[&entity],
        )?
        .map(|r| object_row(entity, r.get(0), r.get(1)))
        .transpose()
    }

    fn objects_where(&self, query: &ObjectQuery) -> Result<Vec<Versioned<String>>> {
        let (sql, values) = object_query_sql(query, false, placeholder);
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        self.query(&sql, &params)?
            .iter()
            .map(|r| object_row(r.get(0), r.get(1), r.get(2)))
            .collect()
    }

    fn count_objects(&self, query: &ObjectQuery) -> Result<u64> {
        let (sql, values) = object_query_sql(query, true, placeholder);
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        let rows = self.query(&sql, &params)?;
        uint(rows.first().map_or(0, |r| r.get(0)))
    }

    fn object_terms(&self, kind: ObjectKind, prefix: &str) -> Result<Vec<String>> {
        let (sql, values) = object_terms_sql(kind, prefix, placeholder);
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        Ok(self
            .query(&sql, &params)?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn object_indexes(&self) -> Result<BTreeMap<String, StoredIndex>> {
        let found = self.query(rows::OBJECT_INDEXES_SQL, &[])?;
        Ok(rows::object_indexes(
            found.iter().map(|r| (r.get(0), r.get(1), r.get(2))),
        ))
    }

    fn put_sealed_key(&self, key: &SealedKey) -> Result<()> {
        self.write(
            "INSERT INTO sealed_keys (party, key_id, sealed) VALUES ($1, $2, $3)",
            &[&key.party.as_str(), &key.key_id, &key.sealed],
            unexpected,
        )?;
        Ok(())
    }

    fn put_sealed_keys(&self, keys: &[SealedKey]) -> Result<()> {
        if keys.is_empty() {
            return Ok(());
        }
        // One statement (so one transaction and one round trip); rows are inserted in the
        // order given, so `seq` keeps the put order when a party appears twice.
        let party: Vec<&str> = keys.iter().map(|k| k.party.as_str()).collect();
        let key_id: Vec<&str> = keys.iter().map(|k| k.key_id.as_str()).collect();
        let sealed: Vec<&[u8]> = keys.iter().map(|k| k.sealed.as_slice()).collect();
        self.write(
            "INSERT INTO sealed_keys (party, key_id, sealed)
             SELECT party, key_id, sealed
             FROM unnest($1::text[], $2::text[], $3::bytea[]) WITH ORDINALITY
                 AS k (party, key_id, sealed, n)
             ORDER BY n",
            &[&party, &key_id, &sealed],
            unexpected,
        )?;
        Ok(())
    }

    fn sealed_key(&self, party: &PartyId) -> Result<Option<SealedKey>> {
        let row = self.query_opt(
            "SELECT key_id, sealed FROM sealed_keys WHERE party = $1 ORDER BY seq DESC LIMIT 1",
            &[&party.as_str()],
        )?;
        Ok(row.map(|r| SealedKey {
            party: party.clone(),
            key_id: r.get(0),
            sealed: r.get(1),
        }))
    }

    fn add_user(&self, user: &User) -> Result<()> {
        self.write(
            "INSERT INTO users (name, party, roles, disabled, created_at) VALUES ($1, $2, $3, $4, $5)",
            &[
                &user.name,
                &user.party.as_str(),
                &roles_to_text(&user.roles),
                &user.disabled,
                &user.created_at,
            ],
            |c| match c {
                Constraint::Unique => StoreError::Conflict(format!("the user name {} is taken", user.name)),
                other => unexpected(other),
            },
        )?;
        Ok(())
    }

    fn user(&self, name: &str) -> Result<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE name = $1");
        self.query_opt(&sql, &[&name])?
            .map(|r| user_at(&r, 0))
            .transpose()
    }

    fn users(&self) -> Result<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY name");
        self.query(&sql, &[])?
            .iter()
            .map(|r| user_at(r, 0))
            .collect()
    }

    fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<()> {
        let changed = self.write(
            "UPDATE users SET disabled = $2 WHERE name = $1",
            &[&name, &disabled],
            unexpected,
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no user {name}")));
        }
        Ok(())
    }

    fn add_token(&self, token: &ApiToken) -> Result<()> {
        self.write(
            "INSERT INTO api_tokens (id, user_name, label, hash, created_at, revoked,
                                     expires_at, scopes, last_used_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[
                &token.id,
                &token.user,
                &token.label,
                &&token.hash[..],
                &token.created_at,
                &token.revoked,
                &token.expires_at,
                &token.scopes.join(","),
                &token.last_used_at,
            ],
            |c| match c {
                Constraint::Unique => StoreError::Conflict(format!(
                    "a token with id {} or the same hash already exists",
                    token.id
                )),
                Constraint::ForeignKey => StoreError::NotFound(format!("no user {}", token.user)),
            },
        )?;
        Ok(())
    }

    fn token_by_hash(&self, hash: &Hash) -> Result<Option<(ApiToken, User)>> {
        let row = self.query_opt(
            "SELECT t.id, t.user_name, t.label, t.hash, t.created_at, t.revoked,
                          t.expires_at, t.scopes, t.last_used_at,
                    u.name, u.party, u.roles, u.disabled, u.created_at
             FROM api_tokens t JOIN users u ON u.name = t.user_name
             WHERE t.hash = $1",
            &[&&hash[..]],
        )?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some((token(&row)?, user_at(&row, 9)?)))
    }

    fn tokens(&self, user: &str) -> Result<Vec<ApiToken>> {
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE user_name = $1 ORDER BY created_at, id"
        );
        self.query(&sql, &[&user])?.iter().map(token).collect()
    }

    fn revoke_token(&self, id: &str) -> Result<()> {
        let changed = self.write(
            "UPDATE api_tokens SET revoked = TRUE WHERE id = $1",
            &[&id],
            unexpected,
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no token {id}")));
        }
        Ok(())
    }

    fn revoke_tokens_of(&self, user: &str) -> Result<usize> {
        let changed = self.write(
            "UPDATE api_tokens SET revoked = TRUE WHERE user_name = $1 AND NOT revoked",
            &[&user],
            unexpected,
        )?;
        Ok(changed as usize)
    }

    fn touch_token(&self, id: &str, at: &str) -> Result<()> {
        let changed = self.write(
            "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1",
            &[&id, &at],
            unexpected,
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no token {id}")));
        }
        Ok(())
    }

    fn set_password_hash(&self, user: &str, phc: Option<&str>) -> Result<()> {
        let changed = self.write(
            "UPDATE users SET password_hash = $2 WHERE name = $1",
            &[&user, &phc],
            unexpected,
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no user {user}")));
        }
        Ok(())
    }

    fn password_hash(&self, user: &str) -> Result<Option<String>> {
        let row = self.query_opt("SELECT password_hash FROM users WHERE name = $1", &[&user])?;
        let row = row.ok_or_else(|| StoreError::NotFound(format!("no user {user}")))?;
        Ok(row.get(0))
    }

    fn add_session(&self, session: &Session) -> Result<()> {
        self.write(
            "INSERT INTO sessions (id_hash, user_name, csrf_token, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &&session.id_hash[..],
                &session.user,
                &session.csrf_token,
                &session.created_at,
                &session.expires_at,
            ],
            |c| match c {
                Constraint::Unique => {
                    StoreError::Conflict("a session with the same id hash exists".into())
                }
                Constraint::ForeignKey => StoreError::NotFound(format!("no user {}", session.user)),
            },
        )?;
        Ok(())
    }

    fn session(&self, id_hash: &Hash) -> Result<Option<(Session, User)>> {
        let row = self.query_opt(
            "SELECT s.id_hash, s.user_name, s.csrf_token, s.created_at, s.expires_at,
                    u.name, u.party, u.roles, u.disabled, u.created_at
             FROM sessions s JOIN users u ON u.name = s.user_name
             WHERE s.id_hash = $1",
            &[&&id_hash[..]],
        )?;
        let Some(row) = row else { return Ok(None) };
        let session = Session {
            id_hash: hash(row.get(0))?,
            user: row.get(1),
            csrf_token: row.get(2),
            created_at: row.get(3),
            expires_at: row.get(4),
        };
        Ok(Some((session, user_at(&row, 5)?)))
    }

    fn delete_session(&self, id_hash: &Hash) -> Result<()> {
        self.write(
            "DELETE FROM sessions WHERE id_hash = $1",
            &[&&id_hash[..]],
            unexpected,
        )?;
        Ok(())
    }

    fn delete_sessions_of(&self, user: &str) -> Result<u64> {
        self.write(
            "DELETE FROM sessions WHERE user_name = $1",
            &[&user],
            unexpected,
        )
    }

    fn delete_expired_sessions(&self, now_rfc3339: &str) -> Result<u64> {
        self.write(
            "DELETE FROM sessions WHERE expires_at < $1",
            &[&now_rfc3339],
            unexpected,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_postgres_urls() {
        assert!(config("postgres://postgres@127.0.0.1:5432/test").is_ok());
        assert!(config("postgresql://u:p@localhost/db?options=-csearch_path%3Dx").is_ok());
        for bad in ["sqlite://gsi.db", "mysql://x", "postgres://[::1"] {
            assert!(matches!(config(bad), Err(StoreError::Config(_))), "{bad}");
        }
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }

    #[test]
    fn a_batch_needs_only_the_right_edge() {
        // Leaf 7 completes (1, 3) from leaves 6 and 7, (2, 1) from (1, 2) and (1, 3), and
        // (3, 0) from (2, 0) and (2, 1): the stored leaf 6, (1, 2) and (2, 0) are needed.
        let stored = [NodeId::new(0, 6), NodeId::new(1, 2), NodeId::new(2, 0)];
        assert_eq!(nodes_needed(7, 1), BTreeSet::from(stored));
        // A batch computes what it needs from its own records.
        assert_eq!(
            nodes_needed(6, 2),
            BTreeSet::from([NodeId::new(2, 0), NodeId::new(1, 2)])
        );
        assert_eq!(nodes_needed(0, 8), BTreeSet::new());
        let size = 1_000_000;
        assert!(
            nodes_needed(size, 100).len() <= 64,
            "O(log n) stored nodes per batch"
        );
    }
}
