//! The store contract on SQLite: a fresh database file in its own temporary directory per test.

use gsi_store::contract::Harness;
use gsi_store_sqlite::SqliteStore;

/// A temporary directory holding one database file, removed when the test ends.
struct TempDatabase {
    dir: tempfile::TempDir,
}

impl TempDatabase {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    fn url(&self) -> String {
        // A nested path, so opening also creates the parent directory.
        format!(
            "sqlite://{}",
            self.dir.path().join("data").join("gsi.db").display()
        )
    }
}

impl Harness for TempDatabase {
    type Store = SqliteStore;
    fn open(&self) -> SqliteStore {
        SqliteStore::open(&self.url()).expect("the database opens")
    }
}

gsi_store::store_contract_tests!(Some(TempDatabase::new()));

/// The contract on the in-memory database: one database per store, so only the cases that
/// never reopen apply.
mod memory {
    use super::*;

    struct Memory;

    impl Harness for Memory {
        type Store = SqliteStore;
        fn open(&self) -> SqliteStore {
            SqliteStore::open("sqlite::memory:").expect("the database opens")
        }
    }

    #[test]
    fn memory_store_keeps_the_contract() {
        gsi_store::contract::appends_are_numbered_and_read_back(&Memory);
        gsi_store::contract::tree_matches_memory_tree(&Memory);
        gsi_store::contract::append_batch_is_atomic(&Memory);
        gsi_store::contract::expectations_guard_entity_versions(&Memory);
        gsi_store::contract::projections_are_kept_and_filtered(&Memory);
        gsi_store::contract::memberships_are_kept_and_filtered(&Memory);
        gsi_store::contract::concurrent_appends_are_gap_free(&Memory);
        gsi_store::contract::concurrent_conflicting_appends_one_wins(&Memory);
        gsi_store::contract::checkpoints_are_kept(&Memory);
        gsi_store::contract::users_tokens_and_sealed_keys(&Memory);
        gsi_store::contract::passwords_and_sessions(&Memory);
        gsi_store::contract::sealed_keys_are_put_together(&Memory);
    }
}
