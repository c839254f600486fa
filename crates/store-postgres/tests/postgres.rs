//! What only the PostgreSQL backend promises: its URLs, its migrations and its schema.

mod common;

use std::sync::{Arc, Barrier};

use common::{TestSchema, url_with_schema};
use gsi_core::Role;
use gsi_core::membership::MembershipRole;
use gsi_store::contract::{
    Harness, TIME, TestParty, assert_lodged_before_is_public, assert_token_upgraded, concern_id,
    convening, membership, new_record_with, token_before_limits,
};
use gsi_store::{
    MembershipFilter, ObjectKind, ObjectQuery, Session, Store, StoreError, User, Versioned,
};
use gsi_store_postgres::PostgresStore;

fn migrations(schema: &TestSchema) -> Vec<(i64, String)> {
    schema
        .client()
        .query(
            "SELECT version, name FROM schema_migrations ORDER BY version",
            &[],
        )
        .expect("schema_migrations exists")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

#[test]
fn migrations_apply_once_however_many_open_at_once() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let schema = Arc::new(schema);
    let barrier = Arc::new(Barrier::new(4));
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let (schema, barrier) = (schema.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                PostgresStore::open(&schema.url()).map(|_| ())
            })
        })
        .collect();
    for opener in openers {
        opener
            .join()
            .unwrap()
            .expect("every concurrent open succeeds");
    }
    let store = schema.open();
    store.append(TestParty::new(1, "CHN").register()).unwrap();
    drop(store);
    schema.open();
    assert_eq!(
        migrations(&schema),
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
fn objects_stored_before_the_index_are_indexed_on_opening() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let (sco, chn) = (TestParty::mechanism(1, "sco"), TestParty::new(2, "CHN"));
    let store = schema.open();
    store
        .append_batch(vec![sco.register(), chn.register()])
        .unwrap();
    let meeting = new_record_with(
        sco.sign(&convening(&sco, 7, "2027-03-01", &chn), TIME),
        &gsi_core::State::default(),
        Vec::new(),
    );
    store.append(meeting).unwrap();
    drop(store);
    // As migration 6 leaves a schema written before it: objects without sort key or terms.
    schema
        .client()
        .batch_execute("UPDATE objects SET sort_key = NULL; DELETE FROM object_terms;")
        .unwrap();
    let store = schema.open();
    let of_chn = ObjectQuery::all(ObjectKind::Meeting).with("party:CHN");
    let listed = store.meetings_where(&of_chn).unwrap();
    assert_eq!(listed.len(), 1, "the meeting is indexed again");
    let closing_from = ObjectQuery {
        sort_from: Some("2027-03-01".into()),
        ..of_chn
    };
    assert_eq!(store.count_objects(&closing_from).unwrap(), 1);
}

#[test]
fn a_schema_of_the_first_version_is_upgraded() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let sco = TestParty::mechanism(1, "sco");
    let kaz = TestParty::new(2, "KAZ");
    let before = schema.open();
    before
        .append_batch(vec![sco.register(), kaz.register()])
        .unwrap();
    before
        .append(kaz.lodge(&concern_id(1), &[&sco], &[1], TIME))
        .unwrap();
    before
        .add_user(&User {
            name: "wang".to_owned(),
            party: kaz.id().clone(),
            roles: vec![Role::Reader],
            disabled: false,
            created_at: TIME.to_owned(),
        })
        .unwrap();
    before.add_token(&token_before_limits()).unwrap();
    drop(before);
    // Back to the first schema, as a database written before memberships, sessions, dialogue
    // objects and token limits existed.
    schema
        .client()
        .batch_execute(
            "DROP TABLE object_terms; DROP TABLE objects; DROP TABLE sessions;
             ALTER TABLE users DROP COLUMN password_hash; DROP TABLE memberships;
             DROP TABLE disclosures; DROP TABLE concern_readers;
             ALTER TABLE concerns DROP COLUMN public;
             DELETE FROM schema_migrations WHERE version IN (2, 3, 4, 5, 6, 7);
             ALTER TABLE api_tokens DROP COLUMN expires_at; ALTER TABLE api_tokens DROP COLUMN scopes;
             ALTER TABLE api_tokens DROP COLUMN last_used_at;",
        )
        .unwrap();
    assert_eq!(migrations(&schema), [(1, "initial".to_owned())]);
    let store = schema.open();
    assert_eq!(migrations(&schema).len(), 7);
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
    let Some(schema) = TestSchema::new() else {
        return;
    };
    drop(schema.open());
    schema
        .client()
        .execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '')",
            &[],
        )
        .unwrap();
    match PostgresStore::open(&schema.url()) {
        Err(StoreError::Config(message)) => assert!(message.contains("9999"), "{message}"),
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

#[test]
fn a_search_path_without_a_schema_is_refused() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let server = schema.url().split('?').next().unwrap().to_owned();
    let url = url_with_schema(&server, "gsi_no_such_schema");
    assert!(matches!(
        PostgresStore::open(&url),
        Err(StoreError::Config(_))
    ));
}

#[test]
fn urls_that_name_no_server_are_refused_at_once() {
    let Some(_schema) = TestSchema::new() else {
        return;
    };
    let started = std::time::Instant::now();
    for url in ["sqlite://gsi.db", "postgres://postgres@127.0.0.1:1/test"] {
        assert!(
            matches!(PostgresStore::open(url), Err(StoreError::Config(_))),
            "{url}"
        );
    }
    assert!(
        started.elapsed().as_secs() < 10,
        "no pool timeout on a dead server"
    );
}

#[test]
fn backend_is_named() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    assert_eq!(schema.open().backend(), "postgres");
}
