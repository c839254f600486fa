//! How PostgreSQL and pool errors become [`StoreError`]s.

use gsi_store::StoreError;
use postgres::error::SqlState;

/// Maps driver results into the store's error type: `.db()?`.
pub(crate) trait Db<T> {
    fn db(self) -> Result<T, StoreError>;
}

impl<T> Db<T> for Result<T, postgres::Error> {
    fn db(self) -> Result<T, StoreError> {
        self.map_err(StoreError::backend)
    }
}

impl<T> Db<T> for Result<T, r2d2::Error> {
    fn db(self) -> Result<T, StoreError> {
        self.map_err(StoreError::backend)
    }
}

/// Which constraint a failed statement broke, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Constraint {
    /// A primary key or unique column already holds the value.
    Unique,
    /// A referenced row does not exist.
    ForeignKey,
}

pub(crate) fn constraint(e: &postgres::Error) -> Option<Constraint> {
    let code = e.code()?;
    if *code == SqlState::UNIQUE_VIOLATION {
        Some(Constraint::Unique)
    } else if *code == SqlState::FOREIGN_KEY_VIOLATION {
        Some(Constraint::ForeignKey)
    } else {
        None
    }
}

/// Stored data this software cannot have written.
pub(crate) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}
