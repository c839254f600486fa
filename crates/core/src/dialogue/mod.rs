//! Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
//!
//! - [`rules`]: a mechanism declares the decision rules it allows, its default rule, its quorum
//!   and the series its documents are numbered in (`GSI/HLC/2026/1`).
//! - [`meetings`]: a meeting belongs to a mechanism (convened by it, through its secretariat) or is
//!   ad hoc between named parties (convened by one of them). Parties register their delegations;
//!   the convener approves; invited parties accept for themselves. Lists of speakers per agenda
//!   item; documents attached to items.
//! - [`awaiting`]: what waits for one party — invitations to answer, registrations to decide,
//!   amendments to chair, positions to record, decisions to close, commitments to report on.
//! - [`documents`]: an outcome document is drafted as numbered paragraphs, amended paragraph by
//!   paragraph (each amendment accepted or rejected by the convener, who chairs), decided under
//!   one of the meeting's rules (see [`crate::decisions`]), numbered in the series when adopted,
//!   and followed by commitments with implementation reports.
//!
//! Every command is decided by a `decide_*` function from the current projection (it refuses with
//! a [`DomainError`](crate::DomainError) naming the rule), and every event is applied by an
//! `apply_*` function that both appending and replay use.
//!
//! Consent: no party is made a participant by anyone else — an invitation is only an offer, and a
//! party becomes a participant only by its own registration record (accepting an invitation
//! counts as that). No party's position, amendment or report is authored by another.

pub mod awaiting;
pub mod documents;
pub mod meetings;
pub mod rules;

#[cfg(test)]
mod tests;

pub mod refusals;

/// The longest title of a meeting, an agenda item, an attached or an outcome document, in
/// characters.
pub const MAX_TITLE: usize = 300;
/// The longest place of a meeting, in characters.
pub const MAX_PLACE: usize = 200;

use crate::DomainError;
use crate::event::RecordMeta;
use crate::state::{Projection, Source};
use documents::DocumentEvent;
use meetings::MeetingEvent;
use rules::RulesEvent;

/// The events of dialogue, by the entity they change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogueEvent {
    Rules(RulesEvent),
    Meeting(MeetingEvent),
    Document(DocumentEvent),
}

/// The projections of a dialogue event, read through `source` (see [`crate::state::project`]).
pub fn project(
    meta: &RecordMeta,
    event: &DialogueEvent,
    source: &dyn Source,
) -> Result<Vec<Projection>, DomainError> {
    match event {
        DialogueEvent::Rules(e) => Ok(rules::project(meta, e)),
        DialogueEvent::Meeting(e) => meetings::project(meta, e, source),
        DialogueEvent::Document(e) => documents::project(meta, e, source),
    }
}

/// Checks that a link is an absolute http(s) URL without spaces.
pub(crate) fn link(field: &str, value: &str) -> Result<String, DomainError> {
    let value = value.trim();
    let ok = (value.starts_with("https://") || value.starts_with("http://"))
        && value.len() > "https://".len()
        && value.len() <= 2000
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(value.to_owned())
    } else {
        Err(refusals::not_a_web_address(field, value))
    }
}
