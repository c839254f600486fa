//! Errors of the registry: a row-level error (with its line number) and the crate error.

use serde::Serialize;

/// One rejected row of a data or import file: the 1-based line on which the row starts, and
/// why it was rejected, in a sentence a secretariat can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct RowError {
    /// 1-based line number in the text that was parsed (comment lines count).
    pub line: usize,
    /// What is wrong with the row.
    pub reason: String,
}

impl RowError {
    pub(crate) fn new(line: usize, reason: impl Into<String>) -> Self {
        Self {
            line,
            reason: reason.into(),
        }
    }
}

/// Errors of the registry crate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryError {
    /// An embedded data file failed validation. The crate's own tests keep this from happening
    /// for the shipped data; it names the file and every bad row.
    #[error("{file}: {}", join(errors))]
    Data {
        /// Path of the file inside `crates/registry/data/`.
        file: String,
        /// Every rejected row.
        errors: Vec<RowError>,
    },
    /// No mechanism has this slug.
    #[error("unknown mechanism '{0}'")]
    UnknownMechanism(String),
}

fn join(errors: &[RowError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
