//! Outcome documents: drafting by paragraphs, amendments, decisions, symbols and commitments.
//!
//! Paragraphs keep a stable id from the moment they are written, so amendments to different
//! paragraphs can be decided in any order; users see (and commands take) paragraph *numbers*,
//! their positions in the current version. Every accepted amendment makes a new version, so a
//! consolidated text exists at every step and any two versions can be compared.
//!
//! A document keeps its draft, its current text and the amendments; an earlier version is rebuilt
//! by applying the accepted amendments to the draft ([`OutcomeDocument::version`]). Keeping every
//! version whole would make each write grow with the number of amendments times the length of
//! the text (see docs/benchmarks.md).

use super::refusals;
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::link;
use super::meetings::{Attendance, Meeting};
use super::rules::Series;
use crate::decisions::{self, Ballot, Comfort, Entry, Member, Outcome, Position, Reason, Rule};
use crate::framework::PriorityRef;
use crate::text::clean_text;
use crate::{Actor, DocumentId, DomainError, Event, MeetingId, PartyId, Timestamp};

use super::DialogueEvent;
use crate::decisions::Quorum;
use crate::event::{ModuleEvent, RecordMeta};
use crate::keys::EntityKey;
use crate::state::{IndexTerm, ObjectIndex, Projection, Source, read, require};

/// The events of outcome documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum DocumentEvent {
    #[serde(rename = "document.drafted")]
    Drafted(DraftDocument),
    #[serde(rename = "document.amendment_proposed")]
    AmendmentProposed {
        document: DocumentId,
        edit: Edit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    #[serde(rename = "document.amendment_decided")]
    AmendmentDecided {
        document: DocumentId,
        amendment: u32,
        accepted: bool,
    },
    /// The convener opens a decision on a fixed version: the rule, the body and the text's hash.
    #[serde(rename = "document.decision_opened")]
    DecisionOpened {
        document: DocumentId,
        rule: Rule,
        members: Vec<Member>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quorum: Option<Quorum>,
        version: u32,
        text_hash: String,
    },
    #[serde(rename = "document.position_recorded")]
    PositionRecorded {
        document: DocumentId,
        position: Position,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        comfort: Option<Comfort>,
    },
    /// The convener closes the decision; the outcome follows from the rule, the positions and
    /// the record's time, and an adopted document gets the next symbol of its series.
    #[serde(rename = "document.decision_closed")]
    DecisionClosed {
        document: DocumentId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        symbol: Option<String>,
    },
    #[serde(rename = "document.commitment_marked")]
    CommitmentMarked {
        document: DocumentId,
        paragraph: u32,
        parties: Vec<PartyId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<NaiveDate>,
    },
    #[serde(rename = "document.implementation_reported")]
    ImplementationReported {
        document: DocumentId,
        commitment: u32,
        status: Implementation,
        narrative: String,
        evidence: Vec<String>,
    },
}

impl DocumentEvent {
    /// The document the event is about.
    pub fn document(&self) -> &DocumentId {
        match self {
            Self::Drafted(d) => &d.id,
            Self::AmendmentProposed { document, .. }
            | Self::AmendmentDecided { document, .. }
            | Self::DecisionOpened { document, .. }
            | Self::PositionRecorded { document, .. }
            | Self::DecisionClosed { document, .. }
            | Self::CommitmentMarked { document, .. }
            | Self::ImplementationReported { document, .. } => document,
        }
    }
}

impl From<DocumentEvent> for Event {
    fn from(e: DocumentEvent) -> Self {
        Event::Dialogue(DialogueEvent::Document(e))
    }
}

impl ModuleEvent for DocumentEvent {
    const KIND_PREFIXES: &'static [&'static str] = &["document"];

    fn subject(&self) -> EntityKey {
        EntityKey::Document(self.document().clone())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable across versions; never reused within a document.
    pub id: u32,
    pub text: String,
}

/// A version as the document records it: its number, when it was made and by which amendment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionMark {
    /// 1 for the draft, then one more per accepted amendment.
    pub number: u32,
    pub at: Timestamp,
    /// The amendment that produced this version; `None` for the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amendment: Option<u32>,
}

/// A version with its text (rebuilt from the draft and the accepted amendments).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// 1 for the draft, then one more per accepted amendment.
    pub number: u32,
    pub paragraphs: Vec<Paragraph>,
    pub at: Timestamp,
    /// The amendment that produced this version; `None` for the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amendment: Option<u32>,
}

impl Version {
    /// The 1-based number of the paragraph with this id in this version.
    pub fn number_of(&self, id: u32) -> Option<u32> {
        self.paragraphs
            .iter()
            .position(|p| p.id == id)
            .map(|i| i as u32 + 1)
    }

    pub fn texts(&self) -> Vec<String> {
        self.paragraphs.iter().map(|p| p.text.clone()).collect()
    }
}

/// An edit of one paragraph, by paragraph id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    Replace {
        paragraph: u32,
        text: String,
    },
    /// Inserts a new paragraph after paragraph `after` (0: at the beginning).
    Insert {
        after: u32,
        text: String,
    },
    Delete {
        paragraph: u32,
    },
}

/// An edit as a participant writes it: by paragraph number in the current version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum EditByNumber {
    Replace {
        paragraph: u32,
        text: String,
    },
    /// Inserts after paragraph number `after` (0: at the beginning).
    Insert {
        after: u32,
        text: String,
    },
    Delete {
        paragraph: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmendmentStatus {
    Proposed,
    Accepted,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    pub number: u32,
    pub by: PartyId,
    pub edit: Edit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub proposed_at: Timestamp,
    /// The version the amendment was proposed against.
    pub against: u32,
    pub status: AmendmentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<Timestamp>,
    /// The version an accepted amendment produced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produced: Option<u32>,
    /// The id an accepted insertion gave its new paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_paragraph: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Open to amendments.
    Drafting,
    /// A decision is open on a fixed version; no amendments until it closes.
    InDecision,
    Adopted,
    /// The last decision did not adopt it; drafting may go on and a new decision be opened.
    NotAdopted,
}

impl DocumentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Drafting => "drafting",
            Self::InDecision => "in_decision",
            Self::Adopted => "adopted",
            Self::NotAdopted => "not_adopted",
        }
    }
}

/// One decision on a fixed version of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub number: u32,
    pub rule: Rule,
    /// The decision-making body: the meeting's approved members when the decision opened.
    pub members: Vec<Member>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<decisions::Quorum>,
    pub version: u32,
    /// SHA-256 (hex) of the text decided on (see [`OutcomeDocument::text_hash`]).
    pub text_hash: String,
    pub opened_at: Timestamp,
    pub positions: BTreeMap<PartyId, Entry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<Timestamp>,
}

impl Decision {
    /// The ballot as [`decisions::decide`] reads it. A member counts as present in a decision
    /// when it has recorded a position (standing aside and abstaining included).
    pub fn ballot(&self) -> Ballot {
        Ballot {
            members: self.members.clone(),
            present: self.positions.keys().cloned().collect(),
            positions: self.positions.clone(),
            quorum: self.quorum,
        }
    }

    /// Whether `party` joined what this decision adopted: a member of the body that supported it
    /// or voted for it, or, under a silence procedure, kept silent. Not a member that stood aside
    /// (which dissociates it from a consensus it does not block), opted out, objected, voted
    /// against or abstained, nor one that took no position (absent) under any other rule.
    pub fn joined(&self, party: &PartyId) -> bool {
        let member = self.members.iter().any(|m| &m.party == party);
        member
            && match self.positions.get(party) {
                Some((position, _, _)) => matches!(position, Position::Support | Position::Yes),
                None => matches!(self.rule, Rule::Silence { .. }),
            }
    }

    /// The outcome if the decision were closed at `now` (the live tally while it is open).
    pub fn outcome_at(&self, now: Timestamp) -> Result<Outcome, DomainError> {
        decisions::decide(&self.rule, &self.ballot(), now)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Implementation {
    NotStarted,
    InProgress,
    Completed,
    Delayed,
}

impl Implementation {
    pub const ALL: [Implementation; 4] = [
        Self::NotStarted,
        Self::InProgress,
        Self::Completed,
        Self::Delayed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Delayed => "delayed",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        crate::decisions::parse_named(s, &Self::ALL, |k| k.as_str(), "an implementation status")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub party: PartyId,
    pub status: Implementation,
    pub narrative: String,
    pub evidence: Vec<String>,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub number: u32,
    /// The paragraph's id in the adopted text.
    pub paragraph: u32,
    pub parties: Vec<PartyId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    pub marked_at: Timestamp,
    /// Every report, oldest first; a party's latest report is its current status.
    pub reports: Vec<Report>,
}

impl Commitment {
    /// Each committed party's latest report, if any.
    pub fn latest(&self, party: &PartyId) -> Option<&Report> {
        self.reports.iter().rev().find(|r| &r.party == party)
    }
}

/// Adoption: the text, the rule and the positions, fixed for good.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adoption {
    pub symbol: String,
    pub decision: u32,
    pub version: u32,
    pub text_hash: String,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeDocument {
    pub id: DocumentId,
    pub meeting: MeetingId,
    /// The meeting's convener, who chairs the drafting and the decisions.
    pub convener: PartyId,
    pub series: String,
    pub proposed_by: PartyId,
    pub title: String,
    pub priorities: Vec<PriorityRef>,
    pub status: DocumentStatus,
    /// The text as drafted (version 1).
    pub draft: Vec<Paragraph>,
    /// The current text (the last version).
    pub paragraphs: Vec<Paragraph>,
    pub versions: Vec<VersionMark>,
    pub amendments: Vec<Amendment>,
    pub decisions: Vec<Decision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
    pub commitments: Vec<Commitment>,
    /// The next paragraph id to give.
    pub next_paragraph: u32,
}

impl OutcomeDocument {
    pub fn entity_of(id: &DocumentId) -> EntityKey {
        EntityKey::Document(id.clone())
    }

    pub fn entity(&self) -> EntityKey {
        Self::entity_of(&self.id)
    }

    /// Document lists are in id order, filtered by meeting, by the parties involved (those who
    /// act on it or are awaited: the convener, the proposer, the deciding members, the committed
    /// parties), by committed party, by priority, by having commitments and by the symbol it
    /// was adopted under.
    pub fn index(&self) -> ObjectIndex {
        let mut terms = vec![
            IndexTerm::Meeting(self.meeting.clone()),
            IndexTerm::Party(self.convener.clone()),
            IndexTerm::Party(self.proposed_by.clone()),
        ];
        for decision in &self.decisions {
            terms.extend(
                decision
                    .members
                    .iter()
                    .map(|m| IndexTerm::Party(m.party.clone())),
            );
        }
        for c in &self.commitments {
            terms.extend(c.parties.iter().map(|p| IndexTerm::Party(p.clone())));
            terms.extend(c.parties.iter().map(|p| IndexTerm::Committed(p.clone())));
        }
        if !self.commitments.is_empty() {
            terms.push(IndexTerm::HasCommitments);
        }
        terms.extend(self.priorities.iter().copied().map(IndexTerm::Priority));
        terms.extend(
            self.adoption
                .as_ref()
                .map(|a| IndexTerm::Symbol(a.symbol.clone())),
        );
        terms.sort();
        terms.dedup();
        ObjectIndex {
            sort: String::new(),
            terms,
        }
    }

    /// The current version with its text.
    pub fn current(&self) -> Version {
        let mark = self.versions.last().expect("a document has its draft");
        Version {
            number: mark.number,
            paragraphs: self.paragraphs.clone(),
            at: mark.at,
            amendment: mark.amendment,
        }
    }

    /// The number of the current version.
    pub fn current_number(&self) -> u32 {
        self.versions.last().map_or(1, |v| v.number)
    }

    /// A version with its text, rebuilt from the draft by the accepted amendments up to it.
    pub fn version(&self, number: u32) -> Option<Version> {
        if number == self.current_number() {
            return Some(self.current());
        }
        let mark = self.versions.iter().find(|v| v.number == number)?;
        let mut accepted: Vec<&Amendment> = self
            .amendments
            .iter()
            .filter(|a| a.produced.is_some_and(|p| p <= number))
            .collect();
        accepted.sort_by_key(|a| a.produced);
        let mut paragraphs = self.draft.clone();
        for a in accepted {
            paragraphs = edited(&paragraphs, &a.edit, a.new_paragraph.unwrap_or(0))?;
        }
        Some(Version {
            number,
            paragraphs,
            at: mark.at,
            amendment: mark.amendment,
        })
    }

    /// The open decision, if any.
    pub fn open_decision(&self) -> Option<&Decision> {
        self.decisions.last().filter(|d| d.closed_at.is_none())
    }

    /// SHA-256 (hex) of a version's text: the title, a blank line, then each paragraph as
    /// `n. text` on its own line, UTF-8, lines ending in `\n`. Anyone can recompute it from the
    /// published text.
    pub fn text_hash(&self, version: &Version) -> String {
        let digest = Sha256::digest(self.plain_text(version).as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The text whose hash [`Self::text_hash`] gives.
    pub fn plain_text(&self, version: &Version) -> String {
        let mut out = format!("{}\n\n", self.title);
        for (n, p) in version.paragraphs.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", n + 1, p.text));
        }
        out
    }

    fn require_drafting(&self) -> Result<(), DomainError> {
        match self.status {
            DocumentStatus::Drafting | DocumentStatus::NotAdopted => Ok(()),
            DocumentStatus::InDecision => Err(refusals::decision_open_text_fixed()),
            DocumentStatus::Adopted => Err(refusals::document_adopted_text_fixed()),
        }
    }

    fn require_convener(&self, party: &PartyId, what: &str) -> Result<(), DomainError> {
        if party != &self.convener {
            return Err(refusals::only_the_convener(&self.convener, what, party));
        }
        Ok(())
    }
}

fn paragraphs(texts: &[String]) -> Result<Vec<String>, DomainError> {
    if texts.is_empty() || texts.len() > 500 {
        return Err(refusals::paragraph_count());
    }
    texts
        .iter()
        .map(|t| clean_text("paragraph", t, 10_000))
        .collect()
}

/// Whether `party` may draft and amend in `meeting`: the convener, or an approved member.
fn may_draft(meeting: &Meeting, party: &PartyId) -> bool {
    party == &meeting.convener
        || meeting
            .approved(Attendance::Member)
            .any(|p| &p.party == party)
}

// Who may act: one rule per action, taking the party that would act, as in
// `meetings::may_decide_registrations`.

/// Whether `party` may table a document at `meeting`: its convener or an approved member,
/// while the meeting is not cancelled.
pub fn may_table(party: &PartyId, meeting: &Meeting) -> Result<(), DomainError> {
    meeting.require_open()?;
    if !may_draft(meeting, party) {
        return Err(refusals::not_convener_nor_member(party));
    }
    Ok(())
}

/// Whether `party` may propose an amendment: as for tabling, while the text is still drafted.
pub fn may_amend(
    party: &PartyId,
    meeting: &Meeting,
    document: &OutcomeDocument,
) -> Result<(), DomainError> {
    meeting.require_open()?;
    document.require_drafting()?;
    if !may_draft(meeting, party) {
        return Err(refusals::not_convener_nor_member(party));
    }
    Ok(())
}

/// Whether `party` may accept or reject amendments: the convener, while the text is drafted.
pub fn may_decide_amendments(
    party: &PartyId,
    document: &OutcomeDocument,
) -> Result<(), DomainError> {
    document.require_convener(party, "accept or reject amendments")?;
    document.require_drafting()
}

/// Whether `party` may open a decision on the text: the convener, while the meeting stands and
/// the text is drafted.
pub fn may_open_decision(
    party: &PartyId,
    meeting: &Meeting,
    document: &OutcomeDocument,
) -> Result<(), DomainError> {
    document.require_convener(party, "open a decision")?;
    meeting.require_open()?;
    document.require_drafting()
}

/// Whether `party` may record a position at `now`: a member of the body deciding the open
/// decision, before a silence procedure's deadline. Gives the decision.
pub fn may_take_position<'d>(
    party: &PartyId,
    document: &'d OutcomeDocument,
    now: Timestamp,
) -> Result<&'d Decision, DomainError> {
    let decision = document
        .open_decision()
        .ok_or_else(refusals::no_decision_open_on_document)?;
    if !decision.members.iter().any(|m| &m.party == party) {
        return Err(crate::decisions::refusals::not_a_member_takes_no_position(
            party,
        ));
    }
    if let Rule::Silence { deadline } = decision.rule
        && now >= deadline
    {
        return Err(refusals::silence_ended(deadline));
    }
    Ok(decision)
}

/// Whether `party` may close the open decision at `now`: the convener, once its outcome is
/// known (a silence procedure only after its deadline or a broken silence). Gives the outcome.
pub fn may_close_decision(
    party: &PartyId,
    document: &OutcomeDocument,
    now: Timestamp,
) -> Result<Outcome, DomainError> {
    document.require_convener(party, "close a decision")?;
    let decision = document
        .open_decision()
        .ok_or_else(refusals::no_decision_open_on_document)?;
    let outcome = decision.outcome_at(now)?;
    if let Reason::SilenceRunning { deadline } = outcome.reason {
        return Err(refusals::silence_still_running(deadline));
    }
    Ok(outcome)
}

/// Whether `party` may mark commitments: the convener, once the document is adopted.
pub fn may_mark_commitments(
    party: &PartyId,
    document: &OutcomeDocument,
) -> Result<(), DomainError> {
    document.require_convener(party, "mark commitments")?;
    if document.adoption.is_none() {
        return Err(refusals::only_adopted_commitments());
    }
    Ok(())
}

/// Whether `party` may report on commitment number `commitment`: a party it commits.
pub fn may_report(
    party: &PartyId,
    document: &OutcomeDocument,
    commitment: u32,
) -> Result<(), DomainError> {
    let c = document
        .commitments
        .iter()
        .find(|c| c.number == commitment)
        .ok_or_else(|| refusals::no_such_commitment(commitment))?;
    if !c.parties.contains(party) {
        return Err(refusals::not_committed(party, commitment));
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftDocument {
    pub id: DocumentId,
    pub meeting: MeetingId,
    pub title: String,
    #[serde(default)]
    pub priorities: Vec<PriorityRef>,
    pub paragraphs: Vec<String>,
}

/// The convener or an approved member proposes a draft outcome document.
pub fn decide_draft(
    actor: &Actor,
    meeting: &Meeting,
    mut command: DraftDocument,
    existing: bool,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_table(&actor.party, meeting)?;
    if existing {
        return Err(refusals::document_exists(&command.id));
    }
    command.title = clean_text("title", &command.title, super::MAX_TITLE)?;
    command.paragraphs = paragraphs(&command.paragraphs)?;
    command.priorities.sort();
    command.priorities.dedup();
    Ok(DocumentEvent::Drafted(command))
}

pub fn apply_draft(
    command: &DraftDocument,
    meeting: &Meeting,
    author: &PartyId,
    time: Timestamp,
) -> Result<OutcomeDocument, DomainError> {
    may_table(author, meeting)?;
    let paragraphs: Vec<Paragraph> = command
        .paragraphs
        .iter()
        .zip(1..)
        .map(|(text, id)| Paragraph {
            id,
            text: text.clone(),
        })
        .collect();
    Ok(OutcomeDocument {
        id: command.id.clone(),
        meeting: command.meeting.clone(),
        convener: meeting.convener.clone(),
        series: meeting.series.clone(),
        proposed_by: author.clone(),
        title: command.title.clone(),
        priorities: command.priorities.clone(),
        status: DocumentStatus::Drafting,
        next_paragraph: paragraphs.len() as u32 + 1,
        draft: paragraphs.clone(),
        paragraphs,
        versions: vec![VersionMark {
            number: 1,
            at: time,
            amendment: None,
        }],
        amendments: Vec::new(),
        decisions: Vec::new(),
        adoption: None,
        commitments: Vec::new(),
    })
}

/// A participant proposes an amendment to the current version.
pub fn decide_amend(
    actor: &Actor,
    meeting: &Meeting,
    document: &OutcomeDocument,
    edit: EditByNumber,
    reason: Option<&str>,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_amend(&actor.party, meeting, document)?;
    let current = document.current();
    let id_of = |n: u32| -> Result<u32, DomainError> {
        n.checked_sub(1)
            .and_then(|i| current.paragraphs.get(i as usize))
            .map(|p| p.id)
            .ok_or_else(|| {
                refusals::no_such_paragraph_in_version(current.number, current.paragraphs.len(), n)
            })
    };
    let edit = match edit {
        EditByNumber::Replace { paragraph, text: t } => {
            let id = id_of(paragraph)?;
            let t = clean_text("paragraph", &t, 10_000)?;
            if current.paragraphs[paragraph as usize - 1].text == t {
                return Err(refusals::amendment_changes_nothing(paragraph));
            }
            Edit::Replace {
                paragraph: id,
                text: t,
            }
        }
        EditByNumber::Insert { after, text: t } => Edit::Insert {
            after: if after == 0 { 0 } else { id_of(after)? },
            text: clean_text("paragraph", &t, 10_000)?,
        },
        EditByNumber::Delete { paragraph } => {
            if current.paragraphs.len() == 1 {
                return Err(refusals::document_keeps_a_paragraph());
            }
            Edit::Delete {
                paragraph: id_of(paragraph)?,
            }
        }
    };
    let reason = reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| clean_text("reason", r, 2000))
        .transpose()?;
    Ok(DocumentEvent::AmendmentProposed {
        document: document.id.clone(),
        edit,
        reason,
    })
}

/// Applies an edit to a version's paragraphs; `None` when the paragraph it needs is gone.
fn edited(paragraphs: &[Paragraph], edit: &Edit, new_id: u32) -> Option<Vec<Paragraph>> {
    let mut out = paragraphs.to_vec();
    let index = |id: u32| out.iter().position(|p| p.id == id);
    match edit {
        Edit::Replace { paragraph, text } => {
            let i = index(*paragraph)?;
            out[i].text = text.clone();
        }
        Edit::Insert { after, text } => {
            let at = if *after == 0 { 0 } else { index(*after)? + 1 };
            out.insert(
                at,
                Paragraph {
                    id: new_id,
                    text: text.clone(),
                },
            );
        }
        Edit::Delete { paragraph } => {
            let i = index(*paragraph)?;
            if out.len() == 1 {
                return None;
            }
            out.remove(i);
        }
    }
    Some(out)
}

/// The convener (chairing) accepts or rejects a proposed amendment. An accepted amendment makes
/// a new version; one whose paragraph an earlier amendment deleted can only be rejected.
pub fn decide_amendment(
    actor: &Actor,
    document: &OutcomeDocument,
    number: u32,
    accept: bool,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_decide_amendments(&actor.party, document)?;
    let amendment = document
        .amendments
        .iter()
        .find(|a| a.number == number)
        .ok_or_else(|| refusals::no_such_amendment(number))?;
    if amendment.status != AmendmentStatus::Proposed {
        return Err(refusals::amendment_already_decided(number));
    }
    if accept
        && edited(
            &document.current().paragraphs,
            &amendment.edit,
            document.next_paragraph,
        )
        .is_none()
    {
        return Err(refusals::amendment_no_longer_applies_reject(number));
    }
    Ok(DocumentEvent::AmendmentDecided {
        document: document.id.clone(),
        amendment: number,
        accepted: accept,
    })
}

/// Opening a decision, as the convener asks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenDecision {
    pub rule: Rule,
}

/// The convener opens a decision on the current version under one of the meeting's allowed
/// rules. The body is the meeting's approved members; `permanent` says which of them hold a
/// permanent seat (it matters to the Security Council rule only).
pub fn decide_open(
    actor: &Actor,
    meeting: &Meeting,
    document: &OutcomeDocument,
    rule: Rule,
    permanent: &dyn Fn(&PartyId) -> bool,
    now: Timestamp,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_open_decision(&actor.party, meeting, document)?;
    if !meeting.allowed_rules.contains(&rule.kind()) {
        return Err(refusals::mechanism_disallows_rule(rule.name()));
    }
    if let Some(open) = document
        .amendments
        .iter()
        .find(|a| a.status == AmendmentStatus::Proposed)
    {
        return Err(refusals::amendment_pending(open.number));
    }
    let members: Vec<Member> = meeting
        .approved(Attendance::Member)
        .map(|p| Member {
            party: p.party.clone(),
            permanent: permanent(&p.party),
        })
        .collect();
    if members.is_empty() {
        return Err(refusals::no_members_to_decide());
    }
    if let Rule::Silence { deadline } = &rule
        && *deadline <= now
    {
        return Err(refusals::silence_deadline_passed(deadline));
    }
    let quorum = if matches!(rule, Rule::Silence { .. }) {
        None
    } else {
        meeting.quorum
    };
    // Checks the body fits the rule (fifteen members for the Security Council, the party
    // concerned among the members) before anyone takes a position.
    let ballot = Ballot {
        members: members.clone(),
        quorum,
        ..Ballot::default()
    };
    decisions::decide(&rule, &ballot, now)?;
    let current = document.current();
    Ok(DocumentEvent::DecisionOpened {
        document: document.id.clone(),
        rule,
        members,
        quorum,
        version: current.number,
        text_hash: document.text_hash(&current),
    })
}

/// A member records its own position in the open decision.
pub fn decide_position(
    actor: &Actor,
    document: &OutcomeDocument,
    position: Position,
    comfort: Option<Comfort>,
    now: Timestamp,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    let decision = may_take_position(&actor.party, document, now)?;
    let mut ballot = decision.ballot();
    decisions::record_position(&mut ballot, actor, position, comfort, now)?;
    if !matches!(decision.rule, Rule::Silence { .. }) {
        ballot.present.insert(actor.party.clone());
    }
    decisions::decide(&decision.rule, &ballot, now)?;
    Ok(DocumentEvent::PositionRecorded {
        document: document.id.clone(),
        position,
        comfort,
    })
}

/// The convener closes the open decision. A silence procedure closes only once its outcome is
/// known: after the deadline, or as soon as a member breaks silence.
/// When adopted, `series` is the series as stored, for the next symbol.
pub fn decide_close(
    actor: &Actor,
    document: &OutcomeDocument,
    series: Option<&Series>,
    now: Timestamp,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    let outcome = may_close_decision(&actor.party, document, now)?;
    let symbol = outcome
        .adopted
        .then(|| Series::next_symbol(&document.series, now_year(now), series));
    Ok(DocumentEvent::DecisionClosed {
        document: document.id.clone(),
        symbol,
    })
}

/// The calendar year of a time (UTC), for symbols.
pub fn now_year(now: Timestamp) -> i32 {
    chrono::DateTime::from_timestamp_millis(now.millis())
        .unwrap_or_default()
        .year()
}

/// The convener marks a paragraph of the adopted text as a commitment of named parties. Only
/// members that joined the adoption can be committed (see [`Decision::joined`]): consent comes
/// before any commitment.
pub fn decide_commitment(
    actor: &Actor,
    document: &OutcomeDocument,
    paragraph: u32,
    parties: Vec<PartyId>,
    due: Option<NaiveDate>,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_mark_commitments(&actor.party, document)?;
    let adoption = document
        .adoption
        .as_ref()
        .ok_or_else(refusals::only_adopted_commitments)?;
    let version = document
        .version(adoption.version)
        .expect("the adopted version exists");
    let id = paragraph
        .checked_sub(1)
        .and_then(|i| version.paragraphs.get(i as usize))
        .map(|p| p.id)
        .ok_or_else(|| {
            refusals::no_such_paragraph_in_adopted(version.paragraphs.len(), paragraph)
        })?;
    let mut parties = parties;
    parties.sort();
    parties.dedup();
    if parties.is_empty() {
        return Err(refusals::commitment_without_party());
    }
    require_joined(document, adoption, &parties)?;
    Ok(DocumentEvent::CommitmentMarked {
        document: document.id.clone(),
        paragraph: id,
        parties,
        due,
    })
}

/// Checks that every party joined the adoption.
fn require_joined(
    document: &OutcomeDocument,
    adoption: &Adoption,
    parties: &[PartyId],
) -> Result<(), DomainError> {
    let decision = &document.decisions[adoption.decision as usize - 1];
    match parties.iter().find(|p| !decision.joined(p)) {
        Some(party) => Err(refusals::not_joined_adoption(party)),
        None => Ok(()),
    }
}

/// A committed party reports on its own implementation.
pub fn decide_report(
    actor: &Actor,
    document: &OutcomeDocument,
    commitment: u32,
    status: Implementation,
    narrative: &str,
    evidence: Vec<String>,
) -> Result<DocumentEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_report(&actor.party, document, commitment)?;
    if evidence.len() > 20 {
        return Err(refusals::too_much_evidence());
    }
    let evidence = evidence
        .iter()
        .filter(|e| !e.trim().is_empty())
        .map(|e| link("evidence link", e))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DocumentEvent::ImplementationReported {
        document: document.id.clone(),
        commitment,
        status,
        narrative: clean_text("narrative", narrative, 5000)?,
        evidence,
    })
}

/// Applies a document event other than the drafting; returns the document and, when a decision
/// adopts it, the series with its new count. `series` is the stored series of the closing year.
///
/// Replay asks who may act of the same rules as the commands (`may_*`), so a journal row forged
/// for a party without the right does not replay.
/// The projections of a document event. A drafting reads its meeting (and that no document has
/// the id yet); every other event reads its document and the document's meeting, and closing a
/// decision also reads the series of the year, which an adoption numbers.
pub fn project(
    meta: &RecordMeta,
    event: &DocumentEvent,
    source: &dyn Source,
) -> Result<Vec<Projection>, DomainError> {
    let existing: Option<OutcomeDocument> = read(source, event.subject())?;
    match (event, existing) {
        (DocumentEvent::Drafted(d), None) => {
            let meeting: Meeting =
                require(source, EntityKey::Meeting(d.meeting.clone()), "the meeting")?;
            Ok(vec![Projection::Document(apply_draft(
                d,
                &meeting,
                &meta.author,
                meta.time,
            )?)])
        }
        (_, None) => Err(refusals::document_missing()),
        (event, Some(document)) => {
            let meeting: Meeting = require(
                source,
                EntityKey::Meeting(document.meeting.clone()),
                "the meeting",
            )?;
            let series: Option<Series> = match event {
                DocumentEvent::DecisionClosed { .. } => read(
                    source,
                    Series::entity_of(&document.series, now_year(meta.time)),
                )?,
                _ => None,
            };
            let (document, series) = apply(
                &document,
                &meeting,
                series.as_ref(),
                &meta.author,
                event,
                meta.time,
            )?;
            let mut out = vec![Projection::Document(document)];
            out.extend(series.map(Projection::Series));
            Ok(out)
        }
    }
}

pub fn apply(
    document: &OutcomeDocument,
    meeting: &Meeting,
    series: Option<&Series>,
    author: &PartyId,
    event: &DocumentEvent,
    time: Timestamp,
) -> Result<(OutcomeDocument, Option<Series>), DomainError> {
    // Who may act, asked again of the rules the commands check: a row forged for a party
    // without the right does not replay.
    match event {
        DocumentEvent::AmendmentProposed { .. } => may_amend(author, meeting, document)?,
        DocumentEvent::AmendmentDecided { .. } => may_decide_amendments(author, document)?,
        DocumentEvent::DecisionOpened { .. } => may_open_decision(author, meeting, document)?,
        DocumentEvent::PositionRecorded { .. } => {
            may_take_position(author, document, time)?;
        }
        DocumentEvent::DecisionClosed { .. } => {
            may_close_decision(author, document, time)?;
        }
        DocumentEvent::CommitmentMarked { .. } => may_mark_commitments(author, document)?,
        DocumentEvent::ImplementationReported { commitment, .. } => {
            may_report(author, document, *commitment)?
        }
        DocumentEvent::Drafted(d) => return Err(refusals::document_already_drafted(&d.id)),
    }
    // The state each event needs, checked again on replay so that a row the rules would have
    // refused does not replay either.
    match event {
        DocumentEvent::AmendmentDecided { amendment, .. } => {
            if !document
                .amendments
                .iter()
                .any(|a| a.number == *amendment && a.status == AmendmentStatus::Proposed)
            {
                return Err(refusals::amendment_not_pending(amendment));
            }
        }
        DocumentEvent::CommitmentMarked { parties, .. } => {
            let adoption = document
                .adoption
                .as_ref()
                .ok_or_else(refusals::only_adopted_commitments)?;
            require_joined(document, adoption, parties)?;
        }
        DocumentEvent::AmendmentProposed { .. }
        | DocumentEvent::DecisionOpened { .. }
        | DocumentEvent::PositionRecorded { .. }
        | DocumentEvent::DecisionClosed { .. }
        | DocumentEvent::ImplementationReported { .. }
        | DocumentEvent::Drafted(_) => {}
    }
    let mut d = document.clone();
    let mut new_series = None;
    match event {
        DocumentEvent::AmendmentProposed { edit, reason, .. } => {
            let number = d.amendments.len() as u32 + 1;
            d.amendments.push(Amendment {
                number,
                by: author.clone(),
                edit: edit.clone(),
                reason: reason.clone(),
                proposed_at: time,
                against: d.current_number(),
                status: AmendmentStatus::Proposed,
                decided_at: None,
                produced: None,
                new_paragraph: None,
            });
        }
        DocumentEvent::AmendmentDecided {
            amendment,
            accepted,
            ..
        } => {
            let next_id = d.next_paragraph;
            let number = d.current_number() + 1;
            let a = d
                .amendments
                .iter_mut()
                .find(|a| a.number == *amendment)
                .ok_or_else(|| refusals::no_amendment(amendment))?;
            a.decided_at = Some(time);
            if *accepted {
                let paragraphs = edited(&d.paragraphs, &a.edit, next_id)
                    .ok_or_else(|| refusals::amendment_no_longer_applies(amendment))?;
                if matches!(a.edit, Edit::Insert { .. }) {
                    a.new_paragraph = Some(next_id);
                    d.next_paragraph += 1;
                }
                a.status = AmendmentStatus::Accepted;
                a.produced = Some(number);
                d.paragraphs = paragraphs;
                d.versions.push(VersionMark {
                    number,
                    at: time,
                    amendment: Some(*amendment),
                });
            } else {
                a.status = AmendmentStatus::Rejected;
            }
            d.status = DocumentStatus::Drafting;
        }
        DocumentEvent::DecisionOpened {
            rule,
            members,
            quorum,
            version,
            text_hash,
            ..
        } => {
            d.decisions.push(Decision {
                number: d.decisions.len() as u32 + 1,
                rule: rule.clone(),
                members: members.clone(),
                quorum: *quorum,
                version: *version,
                text_hash: text_hash.clone(),
                opened_at: time,
                positions: BTreeMap::new(),
                outcome: None,
                closed_at: None,
            });
            d.status = DocumentStatus::InDecision;
        }
        DocumentEvent::PositionRecorded {
            position, comfort, ..
        } => {
            let decision = d
                .decisions
                .last_mut()
                .filter(|x| x.closed_at.is_none())
                .ok_or_else(refusals::no_decision_open)?;
            if let Rule::Silence { deadline } = decision.rule
                && time >= deadline
            {
                return Err(refusals::silence_ended(deadline));
            }
            let mut ballot = decision.ballot();
            let actor = Actor {
                user: String::new(),
                party: author.clone(),
                roles: vec![crate::Role::Delegate],
            };
            decisions::record_position(&mut ballot, &actor, *position, *comfort, time)?;
            decision.positions = ballot.positions;
        }
        DocumentEvent::DecisionClosed { symbol, .. } => {
            let series_name = d.series.clone();
            let decision = d
                .decisions
                .last_mut()
                .filter(|x| x.closed_at.is_none())
                .ok_or_else(refusals::no_decision_open)?;
            let outcome = decision.outcome_at(time)?;
            if let Reason::SilenceRunning { deadline } = outcome.reason {
                return Err(refusals::silence_still_running(deadline));
            }
            let expected = outcome
                .adopted
                .then(|| Series::next_symbol(&series_name, now_year(time), series));
            if &expected != symbol {
                return Err(refusals::symbol_mismatch(
                    symbol.as_deref().unwrap_or("none"),
                    expected.as_deref().unwrap_or("none"),
                ));
            }
            decision.closed_at = Some(time);
            let adopted = outcome.adopted;
            decision.outcome = Some(outcome);
            let (number, version, text_hash) = (
                decision.number,
                decision.version,
                decision.text_hash.clone(),
            );
            if let (true, Some(symbol)) = (adopted, symbol) {
                d.status = DocumentStatus::Adopted;
                d.adoption = Some(Adoption {
                    symbol: symbol.clone(),
                    decision: number,
                    version,
                    text_hash,
                    at: time,
                });
                new_series = Some(Series {
                    series: series_name,
                    year: now_year(time),
                    count: series.map_or(0, |s| s.count) + 1,
                });
            } else {
                d.status = DocumentStatus::NotAdopted;
            }
        }
        DocumentEvent::CommitmentMarked {
            paragraph,
            parties,
            due,
            ..
        } => {
            d.commitments.push(Commitment {
                number: d.commitments.len() as u32 + 1,
                paragraph: *paragraph,
                parties: parties.clone(),
                due: *due,
                marked_at: time,
                reports: Vec::new(),
            });
        }
        DocumentEvent::ImplementationReported {
            commitment,
            status,
            narrative,
            evidence,
            ..
        } => {
            let c = d
                .commitments
                .iter_mut()
                .find(|c| c.number == *commitment)
                .ok_or_else(|| refusals::no_commitment(commitment))?;
            c.reports.push(Report {
                party: author.clone(),
                status: *status,
                narrative: narrative.clone(),
                evidence: evidence.clone(),
                at: time,
            });
        }
        DocumentEvent::Drafted(_) => {
            unreachable!("refused above: a drafting never changes a document")
        }
    }
    Ok((d, new_series))
}
