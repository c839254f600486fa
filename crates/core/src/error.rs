//! The one error type of the domain: a rule that refused a command, in words a user can act on.

/// Why a command was refused. `Forbidden` maps to 403, `NotFound` to 404, `Conflict` to 409 and
/// `Invalid` to 422 at the edges.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The input does not parse or breaks a shape rule (empty title, unknown priority, …).
    #[error("{0}")]
    Invalid(String),
    /// The actor may not do this (wrong party, wrong role).
    #[error("{0}")]
    Forbidden(String),
    /// Something named in the command does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The command is well-formed and allowed, but the current state does not admit it.
    #[error("{0}")]
    Conflict(String),
}

impl DomainError {
    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Self::Invalid(msg.into())
    }
    pub(crate) fn forbidden(msg: impl Into<String>) -> Self {
        Self::Forbidden(msg.into())
    }
    pub(crate) fn conflict(msg: impl Into<String>) -> Self {
        Self::Conflict(msg.into())
    }
}
