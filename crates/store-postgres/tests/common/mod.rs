//! A schema of its own per test on the server named by `GSI_TEST_POSTGRES_URL`.
//!
//! Without that variable a test prints a line and passes, except under `CI=true`, where it
//! fails: CI must run the PostgreSQL tests.

#![allow(dead_code)] // each test file uses its own part

use gsi_store::contract::{Harness, unique_name};
use gsi_store_postgres::PostgresStore;

/// A schema of its own on the test server, dropped (with everything in it) on drop.
pub struct TestSchema {
    server: String,
    pub name: String,
}

impl TestSchema {
    /// The test schema, or `None` to skip when no server is configured outside CI.
    pub fn new() -> Option<Self> {
        let server = match std::env::var("GSI_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => url,
            _ => {
                if std::env::var("CI").as_deref() == Ok("true") {
                    panic!("PostgreSQL tests must run in CI: set GSI_TEST_POSTGRES_URL");
                }
                eprintln!("skipped: set GSI_TEST_POSTGRES_URL to run the PostgreSQL tests");
                return None;
            }
        };
        let name = unique_name("gsi_test");
        let mut client = postgres::Client::connect(&server, postgres::NoTls)
            .expect("GSI_TEST_POSTGRES_URL names a server that answers");
        client
            .batch_execute(&format!("CREATE SCHEMA {name}"))
            .expect("the test schema is created");
        Some(Self { server, name })
    }

    /// The server URL with the search path set to this schema.
    pub fn url(&self) -> String {
        url_with_schema(&self.server, &self.name)
    }

    /// A plain connection with the search path set to this schema.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).expect("a connection")
    }
}

pub fn url_with_schema(server: &str, schema: &str) -> String {
    let separator = if server.contains('?') { '&' } else { '?' };
    format!("{server}{separator}options=-csearch_path%3D{schema}")
}

impl Drop for TestSchema {
    fn drop(&mut self) {
        let dropped = postgres::Client::connect(&self.server, postgres::NoTls).and_then(|mut c| {
            c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name))
        });
        if let Err(e) = dropped {
            eprintln!("could not drop test schema {}: {e}", self.name);
        }
    }
}

impl Harness for TestSchema {
    type Store = PostgresStore;
    fn open(&self) -> PostgresStore {
        PostgresStore::open(&self.url()).expect("the store opens")
    }
}
