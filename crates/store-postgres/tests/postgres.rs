//! What only the PostgreSQL backend promises: its URLs, its migrations and its schema.

mod common;

use std::sync::{Arc, Barrier};

use common::{TestSchema, url_with_schema};
use gsi_store::contract::{Harness, TestParty};
use gsi_store::{Store, StoreError};
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
    assert_eq!(migrations(&schema), [(1, "initial".to_owned())]);
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
