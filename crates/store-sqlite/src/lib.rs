//! # gsi-store-sqlite: the SQLite backend of the GSI Platform's [`Store`]
//!
//! [`SqliteStore`] keeps the journal, the Merkle tree's perfect-subtree hashes, the projections
//! and the operational data in one SQLite database file (rusqlite with the bundled SQLite, pooled
//! with r2d2). Open it with [`SqliteStore::open`] and a URL: `sqlite://data/gsi.db` (relative),
//! `sqlite:///var/lib/gsi/gsi.db` (absolute) or `sqlite::memory:` (one private in-memory database
//! per store, for tests and demos). Missing parent directories are created 0700 and the file
//! 0600; an existing file (and its `-wal` and `-shm`) open to other accounts is narrowed to 0600
//! with a warning ([`gsi_store::private_files`]).
//!
//! ## Durability
//!
//! Every connection runs in WAL mode with `synchronous=FULL`: a commit returns only after the WAL
//! is synced, so every append that was acknowledged survives a crash or power loss (WAL with
//! `NORMAL` may lose the last commits, which a transparency log cannot accept). Foreign keys are
//! enforced and a busy timeout lets a writer wait for another process's write to finish.
//!
//! ## Locking
//!
//! SQLite has one writer at a time. Appends run under `BEGIN IMMEDIATE`, which takes the write
//! lock before the transaction reads the log size, so two appends can never read the same size:
//! indices are gap-free and expectations are checked against the latest committed versions.
//! Within one process, every write also takes the store's write mutex first, so concurrent
//! writers queue on the mutex instead of polling SQLite's busy handler; other processes on the
//! same file are serialised by `BEGIN IMMEDIATE` and the busy timeout. Reads never block writes
//! (WAL): each read is one statement and sees one committed state.
//!
//! ## Appending
//!
//! One transaction per batch: for each record, check its expectations against `entity_versions`,
//! insert the journal row at index = current size, insert the leaf and every node it completes
//! (`gsi_ledger::nodes_completed_by`, O(log n), from children just written or stored), upsert its
//! projections and their versions; then write the new size to `log_head`. Any failure rolls the
//! whole batch back. Statements are prepared once per connection (`prepare_cached`).
//!
//! ## Migrations
//!
//! `migrations/NNNN_name.sql` files are embedded at build time and applied in order, each in the
//! same `BEGIN IMMEDIATE` transaction as its row in `schema_migrations`, so a migration is applied
//! exactly once however many processes open the database at the same time. A database that
//! records a migration this build does not know (written by a newer version) is refused.

#![forbid(unsafe_code)]

mod error;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use gsi_core::concerns::Concern;
use gsi_core::membership::Membership;
use gsi_core::state::PartyKey;
use gsi_core::{ConcernId, Party, PartyId, Reader};
use gsi_ledger::{Hash, NodeId, nodes_completed_by};
use gsi_store::{
    ApiToken, AuthorGrowth, ConcernFilter, MembershipFilter, NewRecord, ObjectKind, ObjectQuery,
    Receipt, Result, SealedKey, Session, Store, StoreError, StoredCheckpoint, StoredIndex,
    StoredRecord, User, Versioned, private_files, rows,
};
use r2d2::{Pool, PooledConnection};
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, TransactionBehavior};

use crate::error::{Constraint, Db, constraint, corrupt};
use gsi_store::rows::{
    Prepared, Row, from_json, hash, int, object_query_sql, object_row, object_terms_sql, party_id,
    roles_from_text, roles_to_text, scopes_from_text, uint,
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

/// How long a write waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);
/// Connections per file database: readers run in parallel under WAL.
const POOL_SIZE: u32 = 8;

/// A [`Store`] on one SQLite database. Cheap to share: wrap it in an `Arc`.
pub struct SqliteStore {
    pool: Pool<SqliteConnectionManager>,
    /// Serialises this process's writes (see the crate documentation on locking).
    write_lock: Mutex<()>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

/// Where a URL points.
#[derive(Debug, PartialEq, Eq)]
enum Location {
    Memory,
    File(PathBuf),
}

fn parse_url(url: &str) -> Result<Location> {
    let bad = |why: &str| {
        StoreError::Config(format!(
            "{url:?} is not a SQLite URL ({why}): use sqlite://relative/path.db, \
             sqlite:///absolute/path.db or sqlite::memory:"
        ))
    };
    if url == "sqlite::memory:" || url == "sqlite://:memory:" {
        return Ok(Location::Memory);
    }
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| bad("it does not start with sqlite:"))?;
    if path.is_empty() {
        return Err(bad("no path"));
    }
    if path.contains('?') {
        return Err(bad("query parameters are not supported"));
    }
    if path.ends_with('/') {
        return Err(bad("the path names a directory"));
    }
    Ok(Location::File(PathBuf::from(path)))
}

/// Per-connection settings (journal mode is per database and set once in [`SqliteStore::open`]).
fn configure(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Every connection asks for WAL itself: a pooled connection opened before `open` switched
    // the file would otherwise report its old mode until its first read. In-memory databases
    // answer "memory", which is fine.
    let _mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 32 MiB of page cache per connection (negative = KiB).
    conn.pragma_update(None, "cache_size", -32_768)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` and applies pending migrations.
    pub fn open(url: &str) -> Result<Self> {
        let location = parse_url(url)?;
        let (manager, size) = match &location {
            // One connection: the database lives as long as the store and needs no locking.
            Location::Memory => (SqliteConnectionManager::memory(), 1),
            Location::File(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    private_files::create_dir(parent).map_err(|e| {
                        StoreError::Config(format!("cannot create {}: {e}", parent.display()))
                    })?;
                }
                private_files::create_file(path).map_err(|e| {
                    StoreError::Config(format!("cannot create {}: {e}", path.display()))
                })?;
                (SqliteConnectionManager::file(path), POOL_SIZE)
            }
        };
        let pool = Pool::builder()
            .max_size(size)
            .min_idle(Some(1))
            .idle_timeout(None)
            .max_lifetime(None)
            .test_on_check_out(false)
            .build(manager.with_init(configure))
            .map_err(|e| StoreError::Config(format!("cannot open {url}: {e}")))?;
        let store = Self {
            pool,
            write_lock: Mutex::new(()),
        };
        let mut conn = store.conn()?;
        if let Location::File(path) = &location {
            let mode: String = conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
                .db()?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Config(format!(
                    "{} cannot use WAL (journal mode is {mode})",
                    path.display()
                )));
            }
        }
        migrate(&mut conn)?;
        index_stored_objects(&mut conn)?;
        drop(conn);
        if let Location::File(path) = &location {
            restrict_files(path)?;
        }
        Ok(store)
    }

    fn conn(&self) -> Result<PooledConnection<SqliteConnectionManager>> {
        self.pool.get().db()
    }

    fn write_lock(&self) -> MutexGuard<'_, ()> {
        // A panic while holding the lock leaves no state behind it (the transaction rolled back).
        self.write_lock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction under the write lock, committing if it succeeds.
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let _guard = self.write_lock();
        let mut conn = self.conn()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .db()?;
        let out = f(&tx)?;
        tx.commit().db()?;
        Ok(out)
    }
}

/// Narrows the database file and its `-wal` and `-shm` companions to the owner (see
/// [`private_files`]), for a database created by an earlier version or copied in.
fn restrict_files(path: &std::path::Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let file = PathBuf::from(file);
        private_files::restrict(&file, private_files::FILE_MODE).map_err(|e| {
            StoreError::Config(format!(
                "cannot set the permissions of {}: {e}",
                file.display()
            ))
        })?;
    }
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .db()?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )
    .db()?;
    let applied: Vec<i64> = tx
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .db()?
        .query_map([], |r| r.get(0))
        .db()?
        .collect::<rusqlite::Result<_>>()
        .db()?;
    if let Some(unknown) = applied
        .iter()
        .find(|v| !MIGRATIONS.iter().any(|m| m.0 == **v))
    {
        return Err(StoreError::Config(format!(
            "the database has migration {unknown}, which this version does not know: \
             it was written by a newer version of the platform"
        )));
    }
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        tx.execute_batch(sql)
            .map_err(|e| StoreError::Config(format!("migration {version} ({name}) failed: {e}")))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (version, name),
        )
        .db()?;
    }
    tx.commit().db()
}

// --- appending ------------------------------------------------------------------------------

/// Appends `records` inside `tx` (the caller holds the write lock and commits).
fn append_in(
    tx: &Transaction<'_>,
    records: &[NewRecord],
    prepared: &[Prepared],
) -> Result<Vec<Receipt>> {
    let mut size = uint(
        tx.prepare_cached("SELECT size FROM log_head WHERE id = 1")
            .db()?
            .query_row([], |r| r.get(0))
            .db()?,
    )?;
    // Entity versions read or written in this batch, and nodes written in this batch, so a
    // batch reads each at most once.
    let mut versions: HashMap<String, Option<u64>> = HashMap::new();
    let mut nodes: HashMap<NodeId, Hash> = HashMap::new();
    let mut receipts = Vec::with_capacity(records.len());

    let mut read_version = tx
        .prepare_cached("SELECT version FROM entity_versions WHERE entity = ?1")
        .db()?;
    let mut read_node = tx
        .prepare_cached("SELECT hash FROM tree_nodes WHERE level = ?1 AND idx = ?2")
        .db()?;
    let mut insert_journal = tx
        .prepare_cached(
            "INSERT INTO journal (idx, kind, author, key_id, time, subject, signed_bytes, signature, leaf_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .db()?;
    let mut insert_node = tx
        .prepare_cached("INSERT INTO tree_nodes (level, idx, hash) VALUES (?1, ?2, ?3)")
        .db()?;
    let mut insert_disclosure = tx
        .prepare_cached("INSERT INTO disclosures (idx, bytes) VALUES (?1, ?2)")
        .db()?;
    let mut upsert_version = tx
        .prepare_cached(
            "INSERT INTO entity_versions (entity, version) VALUES (?1, ?2)
             ON CONFLICT (entity) DO UPDATE SET version = excluded.version",
        )
        .db()?;

    for (new, prep) in records.iter().zip(prepared) {
        for expectation in &new.expect {
            let current = match versions.get(&expectation.entity) {
                Some(v) => *v,
                None => {
                    let v: Option<i64> = read_version
                        .query_row([&expectation.entity], |r| r.get(0))
                        .optional()
                        .db()?;
                    let v = v.map(uint).transpose()?;
                    versions.insert(expectation.entity.clone(), v);
                    v
                }
            };
            if current != expectation.version {
                return Err(conflict(&expectation.entity, expectation.version, current));
            }
        }

        let index = size;
        insert_journal
            .execute((
                int(index),
                &prep.kind,
                &prep.author,
                &prep.key_id,
                &prep.time,
                &new.subject,
                &prep.signed_bytes,
                &prep.signature[..],
                &prep.leaf[..],
            ))
            .db()?;
        if let Some(disclosure) = &prep.disclosure {
            insert_disclosure.execute((int(index), disclosure)).db()?;
        }
        insert_node.execute((0, int(index), &prep.leaf[..])).db()?;
        nodes.insert(NodeId::leaf(index), prep.leaf);
        for (node, left, right) in nodes_completed_by(index) {
            let mut child = |id: NodeId| -> Result<Hash> {
                if let Some(h) = nodes.get(&id) {
                    return Ok(*h);
                }
                let h: Option<Vec<u8>> = read_node
                    .query_row((id.level, int(id.index)), |r| r.get(0))
                    .optional()
                    .db()?;
                hash(h.ok_or_else(|| {
                    corrupt(format!(
                        "tree node level {} index {} is missing",
                        id.level, id.index
                    ))
                })?)
            };
            let h = gsi_ledger::node_hash(&child(left)?, &child(right)?);
            insert_node
                .execute((node.level, int(node.index), &h[..]))
                .db()?;
            nodes.insert(node, h);
        }

        for (entity, row) in &prep.rows {
            write_row(tx, entity, row, index)?;
            upsert_version.execute((entity, int(index))).db()?;
            versions.insert(entity.clone(), Some(index));
        }
        size += 1;
        receipts.push(Receipt {
            index,
            leaf_hash: prep.leaf,
            tree_size: size,
        });
    }
    tx.prepare_cached("UPDATE log_head SET size = ?1 WHERE id = 1")
        .db()?
        .execute([int(size)])
        .db()?;
    Ok(receipts)
}

fn conflict(entity: &str, expected: Option<u64>, found: Option<u64>) -> StoreError {
    StoreError::Conflict(match (expected, found) {
        (None, Some(v)) => format!("{entity} already exists (version {v})"),
        (Some(e), None) => format!("{entity} does not exist (expected version {e})"),
        (Some(e), Some(v)) => format!("{entity} changed: expected version {e}, found {v}"),
        (None, None) => format!("{entity}: expectation failed"),
    })
}

/// Replaces an object's list index: its sort key and terms.
fn write_index(tx: &Transaction<'_>, entity: &str, sort: &str, terms: &[String]) -> Result<()> {
    tx.prepare_cached("UPDATE objects SET sort_key = ?2 WHERE entity = ?1")
        .db()?
        .execute((entity, sort))
        .db()?;
    tx.prepare_cached("DELETE FROM object_terms WHERE entity = ?1")
        .db()?
        .execute([entity])
        .db()?;
    let mut insert = tx
        .prepare_cached("INSERT INTO object_terms (term, entity) VALUES (?1, ?2)")
        .db()?;
    for term in terms {
        insert.execute((term, entity)).db()?;
    }
    Ok(())
}

/// Indexes the objects stored before objects were indexed (migration 6), from their bodies.
fn index_stored_objects(conn: &mut Connection) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .db()?;
    let unindexed: Vec<(String, String, String)> = tx
        .prepare("SELECT entity, kind, body_json FROM objects WHERE sort_key IS NULL")
        .db()?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .db()?
        .collect::<rusqlite::Result<_>>()
        .db()?;
    for (entity, kind, json) in unindexed {
        let (sort, terms) = gsi_store::rows::stored_index(&entity, &kind, &json)?;
        write_index(&tx, &entity, &sort, &terms)?;
    }
    tx.commit().db()
}

fn placeholder(n: usize) -> String {
    format!("?{n}")
}

/// Upserts one projection row; `index` is the record writing it.
fn write_row(tx: &Transaction<'_>, entity: &str, row: &Row, index: u64) -> Result<()> {
    match row {
        Row::Object {
            kind,
            json,
            sort,
            terms,
        } => {
            tx.prepare_cached(
                "INSERT INTO objects (entity, kind, body_json) VALUES (?1, ?2, ?3)
                 ON CONFLICT (entity) DO UPDATE SET kind = excluded.kind, body_json = excluded.body_json",
            )
            .db()?
            .execute((entity, kind, json))
            .db()?;
            write_index(tx, entity, sort, terms)?;
        }
        Row::Party {
            id,
            kind,
            name,
            json,
        } => {
            tx.prepare_cached(
                "INSERT INTO parties (id, kind, name, body_json) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET
                     kind = excluded.kind, name = excluded.name, body_json = excluded.body_json",
            )
            .db()?
            .execute((id, kind, name, json))
            .db()?;
        }
        Row::Key {
            party,
            key_id,
            public_key,
        } => {
            tx.prepare_cached(
                "INSERT INTO party_keys (party, key_id, public_key) VALUES (?1, ?2, ?3)
                 ON CONFLICT (party, key_id) DO UPDATE SET public_key = excluded.public_key",
            )
            .db()?
            .execute((party, key_id, public_key))
            .db()?;
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
            tx.prepare_cached(
                "INSERT INTO concerns (id, seq, lodged_by, lodged_at, status, title, body_json, public)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (id) DO UPDATE SET
                     lodged_by = excluded.lodged_by, lodged_at = excluded.lodged_at,
                     status = excluded.status, title = excluded.title,
                     body_json = excluded.body_json, public = excluded.public",
            )
            .db()?
            .execute((
                id,
                int(index),
                lodged_by,
                lodged_at,
                status,
                title,
                json,
                readers.is_none(),
            ))
            .db()?;
            tx.prepare_cached("DELETE FROM concern_readers WHERE concern_id = ?1")
                .db()?
                .execute([id])
                .db()?;
            let mut insert = tx
                .prepare_cached("INSERT INTO concern_readers (concern_id, party) VALUES (?1, ?2)")
                .db()?;
            for party in readers.iter().flatten() {
                insert.execute((id, party)).db()?;
            }
            tx.prepare_cached("DELETE FROM concern_parties WHERE concern_id = ?1")
                .db()?
                .execute([id])
                .db()?;
            let mut insert = tx
                .prepare_cached("INSERT INTO concern_parties (concern_id, party) VALUES (?1, ?2)")
                .db()?;
            for party in parties {
                insert.execute((id, party)).db()?;
            }
            tx.prepare_cached("DELETE FROM concern_priorities WHERE concern_id = ?1")
                .db()?
                .execute([id])
                .db()?;
            let mut insert = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO concern_priorities (concern_id, n) VALUES (?1, ?2)",
                )
                .db()?;
            for n in priorities {
                insert.execute((id, i64::from(*n))).db()?;
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
            tx.prepare_cached(
                "INSERT INTO memberships (mechanism, member, role, from_key, from_date, to_date,
                                          source, as_of, note, body_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (mechanism, member, role, from_key) DO UPDATE SET
                     from_date = excluded.from_date, to_date = excluded.to_date,
                     source = excluded.source, as_of = excluded.as_of, note = excluded.note,
                     body_json = excluded.body_json",
            )
            .db()?
            .execute(rusqlite::params![
                mechanism, member, role, from_key, from_date, to_date, source, as_of, note, json
            ])
            .db()?;
        }
    }
    Ok(())
}

// --- reading --------------------------------------------------------------------------------

/// A journal row and its disclosure, if it has one: `SELECT {RECORD_COLUMNS} FROM {RECORDS}`.
const RECORD_COLUMNS: &str =
    "j.idx, j.kind, j.author, j.time, j.subject, j.signed_bytes, j.signature, j.leaf_hash, d.bytes";
const RECORDS: &str = "journal j LEFT JOIN disclosures d ON d.idx = j.idx";

fn stored_record(r: &SqlRow<'_>) -> rusqlite::Result<(i64, StoredRecord)> {
    Ok((
        r.get(0)?,
        StoredRecord {
            index: 0,
            kind: r.get(1)?,
            author: r.get(2)?,
            time: r.get(3)?,
            subject: r.get(4)?,
            signed_bytes: r.get(5)?,
            signature: r.get(6)?,
            leaf_hash: r.get(7)?,
            disclosure: r.get(8)?,
        },
    ))
}

fn with_index((idx, mut record): (i64, StoredRecord)) -> Result<StoredRecord> {
    record.index = uint(idx)?;
    Ok(record)
}

const USER_COLUMNS: &str = "name, party, roles, disabled, created_at";

/// Reads a user from five columns starting at `at`.
fn user_at(r: &SqlRow<'_>, at: usize) -> rusqlite::Result<RawUser> {
    Ok(RawUser {
        name: r.get(at)?,
        party: r.get(at + 1)?,
        roles: r.get(at + 2)?,
        disabled: r.get(at + 3)?,
        created_at: r.get(at + 4)?,
    })
}

/// A user row before its party id and roles are parsed.
struct RawUser {
    name: String,
    party: String,
    roles: String,
    disabled: bool,
    created_at: String,
}

impl RawUser {
    fn parse(self) -> Result<User> {
        Ok(User {
            name: self.name,
            party: party_id(&self.party)?,
            roles: roles_from_text(&self.roles)?,
            disabled: self.disabled,
            created_at: self.created_at,
        })
    }
}

const TOKEN_COLUMNS: &str =
    "id, user_name, label, hash, created_at, revoked, expires_at, scopes, last_used_at";

/// A token row before its hash is checked.
fn token(r: &SqlRow<'_>) -> rusqlite::Result<(ApiToken, Vec<u8>)> {
    Ok((
        ApiToken {
            id: r.get(0)?,
            user: r.get(1)?,
            label: r.get(2)?,
            hash: [0; 32],
            created_at: r.get(4)?,
            revoked: r.get(5)?,
            expires_at: r.get(6)?,
            scopes: scopes_from_text(&r.get::<_, String>(7)?),
            last_used_at: r.get(8)?,
        },
        r.get(3)?,
    ))
}

fn with_hash((mut token, bytes): (ApiToken, Vec<u8>)) -> Result<ApiToken> {
    token.hash = hash(bytes)?;
    Ok(token)
}

impl SqliteStore {
    fn query_records(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<StoredRecord>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(sql).db()?;
        let rows = stmt.query_map(params, stored_record).db()?;
        rows.map(|r| with_index(r.db()?)).collect()
    }

    fn versioned<T: serde::de::DeserializeOwned>(
        &self,
        sql: &str,
        what: &str,
        id: &str,
        entity: &str,
    ) -> Result<Option<Versioned<T>>> {
        let conn = self.conn()?;
        let row: Option<(String, Option<i64>)> = conn
            .prepare_cached(sql)
            .db()?
            .query_row((id, entity), |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .db()?;
        let Some((json, version)) = row else {
            return Ok(None);
        };
        let version = version.ok_or_else(|| corrupt(format!("{entity} has no version")))?;
        Ok(Some(Versioned {
            value: from_json(what, &json)?,
            version: uint(version)?,
        }))
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn append_batch(&self, records: Vec<NewRecord>) -> Result<Vec<Receipt>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let prepared = records
            .iter()
            .map(Prepared::new)
            .collect::<Result<Vec<_>>>()?;
        self.write(|tx| append_in(tx, &records, &prepared))
    }

    fn tree_size(&self) -> Result<u64> {
        let conn = self.conn()?;
        let size: i64 = conn
            .prepare_cached("SELECT size FROM log_head WHERE id = 1")
            .db()?
            .query_row([], |r| r.get(0))
            .db()?;
        uint(size)
    }

    fn record(&self, index: u64) -> Result<Option<StoredRecord>> {
        let sql = format!("SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.idx = ?1");
        Ok(self.query_records(&sql, [int(index)])?.pop())
    }

    fn records(&self, from: u64, limit: u64) -> Result<Vec<StoredRecord>> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.idx >= ?1 ORDER BY j.idx LIMIT ?2"
        );
        self.query_records(&sql, [int(from), int(limit)])
    }

    fn records_about(&self, subject: &str) -> Result<Vec<StoredRecord>> {
        let sql =
            format!("SELECT {RECORD_COLUMNS} FROM {RECORDS} WHERE j.subject = ?1 ORDER BY j.idx");
        self.query_records(&sql, [subject])
    }

    fn growth_by_author(&self, since: Option<&str>) -> Result<Vec<AuthorGrowth>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT j.author, COUNT(*), \
                 SUM(LENGTH(j.signed_bytes) + LENGTH(j.signature) + COALESCE(LENGTH(d.bytes), 0)) \
                 FROM journal j LEFT JOIN disclosures d ON d.idx = j.idx \
                 WHERE j.time >= ?1 GROUP BY j.author ORDER BY j.author",
            )
            .db()?;
        let rows = stmt
            .query_map([since.unwrap_or("")], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .db()?;
        let mut out = Vec::new();
        for row in rows {
            let (author, records, bytes) = row.db()?;
            out.push(AuthorGrowth {
                author,
                records: uint(records)?,
                bytes: uint(bytes)?,
            });
        }
        Ok(out)
    }

    fn tree_node(&self, id: NodeId) -> Result<Option<Hash>> {
        let conn = self.conn()?;
        let h: Option<Vec<u8>> = conn
            .prepare_cached("SELECT hash FROM tree_nodes WHERE level = ?1 AND idx = ?2")
            .db()?
            .query_row((id.level, int(id.index)), |r| r.get(0))
            .optional()
            .db()?;
        h.map(hash).transpose()
    }

    fn tree_nodes(&self, level: u8, from: u64, limit: u64) -> Result<Vec<(u64, Hash)>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT idx, hash FROM tree_nodes WHERE level = ?1 AND idx >= ?2 ORDER BY idx LIMIT ?3",
            )
            .db()?;
        let rows = stmt
            .query_map((level, int(from), int(limit)), |r| {
                Ok((r.get::<_, i64>(0)?, r.get(1)?))
            })
            .db()?;
        rows.map(|r| {
            let (idx, h) = r.db()?;
            Ok((uint(idx)?, hash(h)?))
        })
        .collect()
    }

    fn tree_nodes_by_id(&self, ids: &[NodeId]) -> Result<HashMap<NodeId, Hash>> {
        // One connection and one prepared statement for all: each lookup is a B-tree probe.
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached("SELECT hash FROM tree_nodes WHERE level = ?1 AND idx = ?2")
            .db()?;
        let mut found = HashMap::with_capacity(ids.len());
        for &id in ids {
            let h: Option<Vec<u8>> = stmt
                .query_row((id.level, int(id.index)), |r| r.get(0))
                .optional()
                .db()?;
            if let Some(h) = h {
                found.insert(id, hash(h)?);
            }
        }
        Ok(found)
    }

    fn add_checkpoint(&self, checkpoint: &StoredCheckpoint) -> Result<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO checkpoints (size, note) VALUES (?1, ?2) ON CONFLICT (size) DO NOTHING",
            )
            .db()?
            .execute((int(checkpoint.size), &checkpoint.note))
            .db()?;
            Ok(())
        })
    }

    fn latest_checkpoint(&self) -> Result<Option<StoredCheckpoint>> {
        Ok(self
            .query_checkpoints(
                "SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1",
                [],
            )?
            .pop())
    }

    fn checkpoint(&self, size: u64) -> Result<Option<StoredCheckpoint>> {
        Ok(self
            .query_checkpoints(
                "SELECT size, note FROM checkpoints WHERE size = ?1",
                [int(size)],
            )?
            .pop())
    }

    fn checkpoints(&self) -> Result<Vec<StoredCheckpoint>> {
        self.query_checkpoints("SELECT size, note FROM checkpoints ORDER BY size", [])
    }

    fn party(&self, id: &PartyId) -> Result<Option<Versioned<Party>>> {
        self.versioned(
            "SELECT body_json, (SELECT version FROM entity_versions WHERE entity = ?2)
             FROM parties WHERE id = ?1",
            "party",
            id.as_str(),
            &format!("party:{id}"),
        )
    }

    fn parties(&self) -> Result<Vec<Party>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached("SELECT body_json FROM parties ORDER BY id")
            .db()?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).db()?;
        rows.map(|json| from_json("party", &json.db()?)).collect()
    }

    fn party_keys(&self) -> Result<Vec<PartyKey>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT party, key_id, public_key FROM party_keys ORDER BY party, key_id",
            )
            .db()?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))
            .db()?;
        rows.map(|row| {
            let (party, key_id, public_key) = row.db()?;
            Ok(PartyKey {
                party: party_id(&party)?,
                key_id,
                public_key,
            })
        })
        .collect()
    }

    fn concern(&self, id: &ConcernId) -> Result<Option<Versioned<Concern>>> {
        self.versioned(
            "SELECT body_json, (SELECT version FROM entity_versions WHERE entity = ?2)
             FROM concerns WHERE id = ?1",
            "concern",
            id.as_str(),
            &format!("concern:{id}"),
        )
    }

    fn concerns(&self, filter: &ConcernFilter) -> Result<Vec<Concern>> {
        use rusqlite::types::Value;
        let mut sql = String::from("SELECT c.body_json FROM concerns c WHERE 1 = 1");
        let mut params: Vec<Value> = Vec::new();
        if let Some(status) = filter.status {
            params.push(Value::Text(status.as_str().to_owned()));
            sql += &format!(" AND c.status = ?{}", params.len());
        }
        if let Some(party) = &filter.party {
            params.push(Value::Text(party.to_string()));
            sql += &format!(
                " AND c.id IN (SELECT concern_id FROM concern_parties WHERE party = ?{})",
                params.len()
            );
        }
        if let Some(n) = filter.priority {
            params.push(Value::Integer(i64::from(n)));
            sql += &format!(
                " AND c.id IN (SELECT concern_id FROM concern_priorities WHERE n = ?{})",
                params.len()
            );
        }
        match &filter.reader {
            Reader::Node => {}
            Reader::Anonymous => sql += " AND c.public",
            Reader::Party(party) => {
                params.push(Value::Text(party.to_string()));
                sql += &format!(
                    " AND (c.public OR c.id IN \
                     (SELECT concern_id FROM concern_readers WHERE party = ?{}))",
                    params.len()
                );
            }
        }
        // LIMIT -1 is no limit.
        params.push(Value::Integer(filter.limit.map_or(-1, int)));
        params.push(Value::Integer(int(filter.offset)));
        sql += &format!(
            " ORDER BY c.lodged_at DESC, c.seq DESC LIMIT ?{} OFFSET ?{}",
            params.len() - 1,
            params.len()
        );
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&sql).db()?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                r.get::<_, String>(0)
            })
            .db()?;
        rows.map(|json| from_json("concern", &json.db()?)).collect()
    }

    fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Versioned<Membership>>> {
        // The entity key is rebuilt in SQL exactly as `Membership::entity` writes it.
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT m.body_json, v.version
                 FROM memberships m
                 LEFT JOIN entity_versions v ON v.entity = 'membership:' || m.mechanism || ':'
                     || m.member || ':' || m.role || ':' || COALESCE(m.from_date, '-')
                 WHERE (?1 IS NULL OR m.mechanism = ?1) AND (?2 IS NULL OR m.member = ?2)
                 ORDER BY m.mechanism, m.member, m.role, m.from_key",
            )
            .db()?;
        let mechanism = filter.mechanism.as_ref().map(PartyId::as_str);
        let member = filter.member.as_ref().map(PartyId::as_str);
        let rows = stmt
            .query_map((mechanism, member), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
            })
            .db()?;
        rows.map(|row| {
            let (json, version) = row.db()?;
            let value: Membership = from_json("membership", &json)?;
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
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached("SELECT entity, version FROM entity_versions ORDER BY entity")
            .db()?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .db()?;
        rows.map(|row| {
            let (entity, version) = row.db()?;
            Ok((entity, uint(version)?))
        })
        .collect()
    }

    fn object(&self, entity: &str) -> Result<Option<Versioned<String>>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT o.body_json, v.version FROM objects o
                 LEFT JOIN entity_versions v ON v.entity = o.entity WHERE o.entity = ?1",
            )
            .db()?;
        let row = stmt
            .query_row([entity], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
            })
            .optional()
            .db()?;
        row.map(|(json, version)| object_row(entity, json, version))
            .transpose()
    }

    fn objects_where(&self, query: &ObjectQuery) -> Result<Vec<Versioned<String>>> {
        let (sql, values) = object_query_sql(query, false, placeholder);
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&sql).db()?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&values), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                ))
            })
            .db()?;
        rows.map(|row| {
            let (entity, json, version) = row.db()?;
            object_row(&entity, json, version)
        })
        .collect()
    }

    fn count_objects(&self, query: &ObjectQuery) -> Result<u64> {
        let (sql, values) = object_query_sql(query, true, placeholder);
        let conn = self.conn()?;
        let n: i64 = conn
            .prepare_cached(&sql)
            .db()?
            .query_row(rusqlite::params_from_iter(&values), |r| r.get(0))
            .db()?;
        uint(n)
    }

    fn object_terms(&self, kind: ObjectKind, prefix: &str) -> Result<Vec<String>> {
        let (sql, values) = object_terms_sql(kind, prefix, placeholder);
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&sql).db()?;
        stmt.query_map(rusqlite::params_from_iter(&values), |r| r.get(0))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()
    }

    fn object_indexes(&self) -> Result<BTreeMap<String, StoredIndex>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(rows::OBJECT_INDEXES_SQL).db()?;
        let found = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .db()?
            .collect::<rusqlite::Result<Vec<_>>>()
            .db()?;
        Ok(rows::object_indexes(found))
    }

    fn put_sealed_key(&self, key: &SealedKey) -> Result<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO sealed_keys (party, key_id, sealed) VALUES (?1, ?2, ?3)",
            )
            .db()?
            .execute((key.party.as_str(), &key.key_id, &key.sealed))
            .db()?;
            Ok(())
        })
    }

    fn put_sealed_keys(&self, keys: &[SealedKey]) -> Result<()> {
        if keys.is_empty() {
            return Ok(());
        }
        self.write(|tx| {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO sealed_keys (party, key_id, sealed) VALUES (?1, ?2, ?3)",
                )
                .db()?;
            for key in keys {
                insert
                    .execute((key.party.as_str(), &key.key_id, &key.sealed))
                    .db()?;
            }
            Ok(())
        })
    }

    fn sealed_key(&self, party: &PartyId) -> Result<Option<SealedKey>> {
        let conn = self.conn()?;
        let row: Option<(String, Vec<u8>)> = conn
            .prepare_cached(
                "SELECT key_id, sealed FROM sealed_keys WHERE party = ?1 ORDER BY seq DESC LIMIT 1",
            )
            .db()?
            .query_row([party.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .db()?;
        Ok(row.map(|(key_id, sealed)| SealedKey {
            party: party.clone(),
            key_id,
            sealed,
        }))
    }

    fn add_user(&self, user: &User) -> Result<()> {
        self.write(|tx| {
            let result = tx
                .prepare_cached(
                    "INSERT INTO users (name, party, roles, disabled, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .db()?
                .execute((
                    &user.name,
                    user.party.as_str(),
                    roles_to_text(&user.roles),
                    user.disabled,
                    &user.created_at,
                ));
            match result {
                Ok(_) => Ok(()),
                Err(e) if constraint(&e) == Some(Constraint::Unique) => {
                    Err(StoreError::Conflict(format!("the user name {} is taken", user.name)))
                }
                Err(e) => Err(StoreError::backend(e)),
            }
        })
    }

    fn user(&self, name: &str) -> Result<Option<User>> {
        let conn = self.conn()?;
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE name = ?1");
        let raw = conn
            .prepare_cached(&sql)
            .db()?
            .query_row([name], |r| user_at(r, 0))
            .optional()
            .db()?;
        raw.map(RawUser::parse).transpose()
    }

    fn users(&self) -> Result<Vec<User>> {
        let conn = self.conn()?;
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY name");
        let mut stmt = conn.prepare_cached(&sql).db()?;
        let rows = stmt.query_map([], |r| user_at(r, 0)).db()?;
        rows.map(|raw| raw.db()?.parse()).collect()
    }

    fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<()> {
        let changed = self.write(|tx| {
            tx.prepare_cached("UPDATE users SET disabled = ?2 WHERE name = ?1")
                .db()?
                .execute((name, disabled))
                .db()
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no user {name}")));
        }
        Ok(())
    }

    fn add_token(&self, token: &ApiToken) -> Result<()> {
        self.write(|tx| {
            let result = tx
                .prepare_cached(
                    "INSERT INTO api_tokens (id, user_name, label, hash, created_at, revoked,
                                             expires_at, scopes, last_used_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .db()?
                .execute((
                    &token.id,
                    &token.user,
                    &token.label,
                    &token.hash[..],
                    &token.created_at,
                    token.revoked,
                    &token.expires_at,
                    token.scopes.join(","),
                    &token.last_used_at,
                ));
            match result {
                Ok(_) => Ok(()),
                Err(e) => Err(match constraint(&e) {
                    Some(Constraint::Unique) => StoreError::Conflict(format!(
                        "a token with id {} or the same hash already exists",
                        token.id
                    )),
                    Some(Constraint::ForeignKey) => {
                        StoreError::NotFound(format!("no user {}", token.user))
                    }
                    None => StoreError::backend(e),
                }),
            }
        })
    }

    fn token_by_hash(&self, hash: &Hash) -> Result<Option<(ApiToken, User)>> {
        let conn = self.conn()?;
        let sql = "SELECT t.id, t.user_name, t.label, t.hash, t.created_at, t.revoked,
                          t.expires_at, t.scopes, t.last_used_at,
                          u.name, u.party, u.roles, u.disabled, u.created_at
                   FROM api_tokens t JOIN users u ON u.name = t.user_name
                   WHERE t.hash = ?1";
        let row = conn
            .prepare_cached(sql)
            .db()?
            .query_row([&hash[..]], |r| Ok((token(r)?, user_at(r, 9)?)))
            .optional()
            .db()?;
        let Some((token, user)) = row else {
            return Ok(None);
        };
        Ok(Some((with_hash(token)?, user.parse()?)))
    }

    fn tokens(&self, user: &str) -> Result<Vec<ApiToken>> {
        let conn = self.conn()?;
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE user_name = ?1 ORDER BY created_at, id"
        );
        let mut stmt = conn.prepare_cached(&sql).db()?;
        let rows = stmt.query_map([user], token).db()?;
        rows.map(|row| with_hash(row.db()?)).collect()
    }

    fn revoke_token(&self, id: &str) -> Result<()> {
        let changed = self.write(|tx| {
            tx.prepare_cached("UPDATE api_tokens SET revoked = 1 WHERE id = ?1")
                .db()?
                .execute([id])
                .db()
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no token {id}")));
        }
        Ok(())
    }

    fn revoke_tokens_of(&self, user: &str) -> Result<usize> {
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE api_tokens SET revoked = 1 WHERE user_name = ?1 AND revoked = 0",
            )
            .db()?
            .execute([user])
            .db()
        })
    }

    fn touch_token(&self, id: &str, at: &str) -> Result<()> {
        let changed = self.write(|tx| {
            tx.prepare_cached("UPDATE api_tokens SET last_used_at = ?2 WHERE id = ?1")
                .db()?
                .execute((id, at))
                .db()
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no token {id}")));
        }
        Ok(())
    }

    fn set_password_hash(&self, user: &str, phc: Option<&str>) -> Result<()> {
        let changed = self.write(|tx| {
            tx.prepare_cached("UPDATE users SET password_hash = ?2 WHERE name = ?1")
                .db()?
                .execute((user, phc))
                .db()
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("no user {user}")));
        }
        Ok(())
    }

    fn password_hash(&self, user: &str) -> Result<Option<String>> {
        let conn = self.conn()?;
        let row: Option<Option<String>> = conn
            .prepare_cached("SELECT password_hash FROM users WHERE name = ?1")
            .db()?
            .query_row([user], |r| r.get(0))
            .optional()
            .db()?;
        row.ok_or_else(|| StoreError::NotFound(format!("no user {user}")))
    }

    fn add_session(&self, session: &Session) -> Result<()> {
        self.write(|tx| {
            let result = tx
                .prepare_cached(
                    "INSERT INTO sessions (id_hash, user_name, csrf_token, created_at, expires_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .db()?
                .execute((
                    &session.id_hash[..],
                    &session.user,
                    &session.csrf_token,
                    &session.created_at,
                    &session.expires_at,
                ));
            match result {
                Ok(_) => Ok(()),
                Err(e) => Err(match constraint(&e) {
                    Some(Constraint::Unique) => {
                        StoreError::Conflict("a session with the same id hash exists".into())
                    }
                    Some(Constraint::ForeignKey) => {
                        StoreError::NotFound(format!("no user {}", session.user))
                    }
                    None => StoreError::backend(e),
                }),
            }
        })
    }

    fn session(&self, id_hash: &Hash) -> Result<Option<(Session, User)>> {
        let conn = self.conn()?;
        let sql = "SELECT s.id_hash, s.user_name, s.csrf_token, s.created_at, s.expires_at,
                          u.name, u.party, u.roles, u.disabled, u.created_at
                   FROM sessions s JOIN users u ON u.name = s.user_name
                   WHERE s.id_hash = ?1";
        let row = conn
            .prepare_cached(sql)
            .db()?
            .query_row([&id_hash[..]], |r| {
                let id_hash: Vec<u8> = r.get(0)?;
                let session = Session {
                    id_hash: [0; 32],
                    user: r.get(1)?,
                    csrf_token: r.get(2)?,
                    created_at: r.get(3)?,
                    expires_at: r.get(4)?,
                };
                Ok((id_hash, session, user_at(r, 5)?))
            })
            .optional()
            .db()?;
        let Some((id_hash, mut session, user)) = row else {
            return Ok(None);
        };
        session.id_hash = hash(id_hash)?;
        Ok(Some((session, user.parse()?)))
    }

    fn delete_session(&self, id_hash: &Hash) -> Result<()> {
        self.write(|tx| {
            tx.prepare_cached("DELETE FROM sessions WHERE id_hash = ?1")
                .db()?
                .execute([&id_hash[..]])
                .db()
        })?;
        Ok(())
    }

    fn delete_sessions_of(&self, user: &str) -> Result<u64> {
        let deleted = self.write(|tx| {
            tx.prepare_cached("DELETE FROM sessions WHERE user_name = ?1")
                .db()?
                .execute([user])
                .db()
        })?;
        Ok(deleted as u64)
    }

    fn delete_expired_sessions(&self, now_rfc3339: &str) -> Result<u64> {
        let deleted = self.write(|tx| {
            tx.prepare_cached("DELETE FROM sessions WHERE expires_at < ?1")
                .db()?
                .execute([now_rfc3339])
                .db()
        })?;
        Ok(deleted as u64)
    }
}

impl SqliteStore {
    fn query_checkpoints(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<StoredCheckpoint>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(sql).db()?;
        let rows = stmt
            .query_map(params, |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })
            .db()?;
        rows.map(|row| {
            let (size, note) = row.db()?;
            Ok(StoredCheckpoint {
                size: uint(size)?,
                note,
            })
        })
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_connection_is_durable() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            SqliteStore::open(&format!("sqlite://{}/gsi.db", dir.path().display())).unwrap();
        // Hold several connections at once, so more than the first one is checked.
        let conns: Vec<_> = (0..3).map(|_| store.conn().unwrap()).collect();
        for conn in &conns {
            let pragma = |name: &str| -> i64 {
                conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
                    .unwrap()
            };
            assert_eq!(pragma("synchronous"), 2, "synchronous=FULL");
            assert_eq!(pragma("foreign_keys"), 1);
            assert_eq!(pragma("busy_timeout"), 30_000);
            let mode: String = conn
                .query_row("PRAGMA journal_mode", [], |r| r.get(0))
                .unwrap();
            assert_eq!(mode, "wal");
        }
    }

    #[test]
    fn urls_name_files_or_memory() {
        assert_eq!(parse_url("sqlite::memory:").unwrap(), Location::Memory);
        assert_eq!(
            parse_url("sqlite://data/gsi.db").unwrap(),
            Location::File(PathBuf::from("data/gsi.db"))
        );
        assert_eq!(
            parse_url("sqlite:///var/lib/gsi.db").unwrap(),
            Location::File(PathBuf::from("/var/lib/gsi.db"))
        );
        assert_eq!(
            parse_url("sqlite:gsi.db").unwrap(),
            Location::File(PathBuf::from("gsi.db"))
        );
        for bad in [
            "postgres://x/y",
            "sqlite://",
            "sqlite:",
            "gsi.db",
            "sqlite://a.db?mode=ro",
            "sqlite://dir/",
        ] {
            assert!(
                matches!(parse_url(bad), Err(StoreError::Config(_))),
                "{bad}"
            );
        }
    }
}
