//! What only the SQLite backend promises: its URLs, its migrations and its files.

use std::sync::{Arc, Barrier};

use gsi_core::Role;
use gsi_core::membership::MembershipRole;
use gsi_store::contract::{
    TIME, TestParty, assert_lodged_before_is_public, assert_token_upgraded, concern_id, membership,
    token_before_limits,
};
use gsi_store::{MembershipFilter, Session, Store, StoreError, User, Versioned};
use gsi_store_sqlite::SqliteStore;

fn url(dir: &tempfile::TempDir, file: &str) -> String {
    format!("sqlite://{}", dir.path().join(file).display())
}

fn migrations(path: &std::path::Path) -> Vec<(i64, String)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT version, name FROM schema_migrations ORDER BY version")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn migrations_apply_once_however_many_open_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let url = Arc::new(url(&dir, "gsi.db"));
    let barrier = Arc::new(Barrier::new(4));
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let (url, barrier) = (url.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                SqliteStore::open(&url).map(|_| ())
            })
        })
        .collect();
    for opener in openers {
        opener
            .join()
            .unwrap()
            .expect("every concurrent open succeeds");
    }
    let store = SqliteStore::open(&url).unwrap();
    store.append(TestParty::new(1, "CHN").register()).unwrap();
    drop(store);
    SqliteStore::open(&url).unwrap();
    assert_eq!(
        migrations(&dir.path().join("gsi.db")),
        [
            (1, "initial".to_owned()),
            (2, "memberships".to_owned()),
            (3, "sessions".to_owned()),
            (4, "dialogue".to_owned()),
            (5, "token_limits".to_owned()),
            (6, "object_index".to_owned()),
            (7, "distribution".to_owned())
        ]
    );
}

#[test]
fn a_database_of_the_first_schema_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gsi.db");
    let sco = TestParty::mechanism(1, "sco");
    let kaz = TestParty::new(2, "KAZ");
    {
        let store = SqliteStore::open(&url(&dir, "gsi.db")).unwrap();
        store
            .append_batch(vec![sco.register(), kaz.register()])
            .unwrap();
        store
            .append(kaz.lodge(&concern_id(1), &[&sco], &[1], TIME))
            .unwrap();
        store
            .add_user(&User {
                name: "wang".to_owned(),
                party: kaz.id().clone(),
                roles: vec![Role::Reader],
                disabled: false,
                created_at: TIME.to_owned(),
            })
            .unwrap();
        store.add_token(&token_before_limits()).unwrap();
    }
    // Back to the first schema, as a database written before memberships, sessions, dialogue
    // objects and token limits existed.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "DROP TABLE object_terms; DROP TABLE objects; DROP TABLE sessions;
             ALTER TABLE users DROP COLUMN password_hash; DROP TABLE memberships;
             DROP TABLE disclosures; DROP TABLE concern_readers;
             ALTER TABLE concerns DROP COLUMN public;
             DELETE FROM schema_migrations WHERE version IN (2, 3, 4, 5, 6, 7);
             ALTER TABLE api_tokens DROP COLUMN expires_at; ALTER TABLE api_tokens DROP COLUMN scopes;
             ALTER TABLE api_tokens DROP COLUMN last_used_at;",
        )
        .unwrap();
    assert_eq!(migrations(&path), [(1, "initial".to_owned())]);
    let store = SqliteStore::open(&url(&dir, "gsi.db")).unwrap();
    assert_eq!(migrations(&path).len(), 7);
    assert_lodged_before_is_public(&store, &kaz);
    assert_token_upgraded(&store);
    let joined = membership(&sco, &kaz, MembershipRole::Member, None, None);
    let receipt = store
        .append(sco.record_membership(&joined, Vec::new(), TIME))
        .unwrap();
    assert_eq!(
        store.memberships(&MembershipFilter::default()).unwrap(),
        [Versioned {
            value: joined,
            version: receipt.index
        }]
    );
    assert_eq!(store.party(kaz.id()).unwrap().unwrap().version, 1);
    // A user from before has no password; passwords and sessions work after the upgrade.
    assert_eq!(store.password_hash("wang").unwrap(), None);
    store
        .set_password_hash("wang", Some("$argon2id$v=19$x"))
        .unwrap();
    let session = Session {
        id_hash: [1; 32],
        user: "wang".to_owned(),
        csrf_token: "csrf".to_owned(),
        created_at: TIME.to_owned(),
        expires_at: TIME.to_owned(),
    };
    store.add_session(&session).unwrap();
    assert_eq!(store.session(&[1; 32]).unwrap().unwrap().0, session);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(SqliteStore::open(&url(&dir, "gsi.db")).unwrap());
    rusqlite::Connection::open(dir.path().join("gsi.db"))
        .unwrap()
        .execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '')",
            [],
        )
        .unwrap();
    match SqliteStore::open(&url(&dir, "gsi.db")) {
        Err(StoreError::Config(message)) => assert!(message.contains("9999"), "{message}"),
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

#[test]
fn the_file_and_its_directories_are_created_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join("gsi.db");
    let store = SqliteStore::open(&format!("sqlite://{}", path.display())).unwrap();
    assert_eq!(store.backend(), "sqlite");
    assert!(path.is_file());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_relative_url_is_relative_to_the_working_directory() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let relative = relative_to(&std::env::current_dir().unwrap(), dir.path()).join("gsi.db");
    assert!(relative.is_relative());
    SqliteStore::open(&format!("sqlite://{}", relative.display())).unwrap();
    assert!(dir.path().join("gsi.db").is_file());
}

/// `to` as a path relative to `from` (both absolute).
fn relative_to(from: &std::path::Path, to: &std::path::Path) -> std::path::PathBuf {
    let (from, to): (Vec<_>, Vec<_>) = (from.components().collect(), to.components().collect());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut path = std::path::PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    to[common..].iter().for_each(|c| path.push(c));
    path
}

#[test]
fn memory_databases_are_private_to_their_store() {
    let a = SqliteStore::open("sqlite::memory:").unwrap();
    let b = SqliteStore::open("sqlite::memory:").unwrap();
    a.append(TestParty::new(1, "CHN").register()).unwrap();
    assert_eq!(a.tree_size().unwrap(), 1);
    assert_eq!(b.tree_size().unwrap(), 0);
}

#[test]
fn urls_that_name_no_database_are_refused() {
    for url in ["postgres://localhost/db", "sqlite://", "gsi.db"] {
        assert!(
            matches!(SqliteStore::open(url), Err(StoreError::Config(_))),
            "{url}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, b"").unwrap();
    // A path below a regular file: its "directory" cannot be created.
    let below = format!("sqlite://{}", file.join("gsi.db").display());
    assert!(matches!(
        SqliteStore::open(&below),
        Err(StoreError::Config(_))
    ));
}
