//! Opening a store from a database URL: the scheme picks the backend.

use std::sync::Arc;

use gsi_store::{Store, StoreError};

/// Opens `sqlite://…` or `postgres://…` (also `postgresql://…`), running migrations.
pub fn open_store(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(gsi_store_sqlite::SqliteStore::open(url)?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(gsi_store_postgres::PostgresStore::open(url)?))
    } else {
        Err(StoreError::Config(format!(
            "the database URL \"{url}\" is not supported: use sqlite://PATH or postgres://USER@HOST/DB"
        )))
    }
}
