//! The application error: which layer refused, with the refusal's own words.

use gsi_core::DomainError;
use gsi_ledger::LedgerError;
use gsi_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("signature or log error: {0}")]
    Ledger(#[from] LedgerError),
    /// No valid credentials (missing, unknown, revoked token; disabled user).
    #[error("{0}")]
    Unauthenticated(String),
    /// A valid API token whose scopes do not allow the request.
    #[error("{0}")]
    OutOfScope(String),
    /// A write quota is used up (see [`crate::write_quota`]).
    #[error("{0}")]
    QuotaExceeded(crate::write_quota::QuotaExceeded),
    /// A node file or setting is missing or unusable.
    #[error("{0}")]
    Config(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl AppError {
    pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let context = context.into();
        move |source| Self::Io { context, source }
    }
}
