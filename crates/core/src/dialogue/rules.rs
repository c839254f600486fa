//! The rules a mechanism decides by, declared by the mechanism itself, and the series its adopted
//! documents are numbered in.

use super::refusals;
use serde::{Deserialize, Serialize};

use crate::decisions::{Quorum, RuleKind};
use crate::{Actor, DomainError, Event, Party, PartyId, PartyKind, Timestamp};

use super::DialogueEvent;
use crate::event::{ModuleEvent, RecordMeta};
use crate::keys::EntityKey;
use crate::state::Projection;

/// The events of a mechanism's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum RulesEvent {
    /// A mechanism declares the rules its meetings decide by and its document series.
    #[serde(rename = "rules.declared")]
    Declared(DeclareRules),
}

impl From<RulesEvent> for Event {
    fn from(e: RulesEvent) -> Self {
        Event::Dialogue(DialogueEvent::Rules(e))
    }
}

impl ModuleEvent for RulesEvent {
    const KIND_PREFIXES: &'static [&'static str] = &["rules"];

    fn subject(&self) -> EntityKey {
        match self {
            Self::Declared(d) => EntityKey::Rules(d.mechanism.clone()),
        }
    }
}

/// What a mechanism declared: the rules its meetings may use, the one they use unless they choose
/// another, its quorum (if any) and its document series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MechanismRules {
    pub mechanism: PartyId,
    pub default: RuleKind,
    pub allowed: Vec<RuleKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
    /// The prefix of document symbols, e.g. `GSI/HLC` gives `GSI/HLC/2026/1`.
    pub series: String,
    /// `None` until the mechanism declares its rules (the defaults apply until then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_at: Option<Timestamp>,
}

impl MechanismRules {
    /// What applies before a mechanism declares anything: consensus, or the silence procedure,
    /// and a series named after the mechanism.
    pub fn undeclared(mechanism: &PartyId) -> Self {
        Self {
            mechanism: mechanism.clone(),
            default: RuleKind::Consensus,
            allowed: vec![RuleKind::Consensus, RuleKind::Silence],
            quorum: None,
            series: mechanism.as_str().to_uppercase(),
            declared_at: None,
        }
    }

    pub fn entity(&self) -> EntityKey {
        EntityKey::Rules(self.mechanism.clone())
    }
}

/// A declaration of rules, as the mechanism's secretariat submits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclareRules {
    pub mechanism: PartyId,
    pub default: RuleKind,
    pub allowed: Vec<RuleKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
    pub series: String,
}

/// A series prefix: 2 to 40 characters of capital letters, digits and `-`, in `/`-separated parts.
pub fn check_series(series: &str) -> Result<(), DomainError> {
    let ok = (2..=40).contains(&series.len())
        && series.split('/').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        });
    if ok {
        Ok(())
    } else {
        Err(refusals::not_a_series(series))
    }
}

/// A mechanism declares (or re-declares) its rules. Only the mechanism authors this, and a state
/// declares none: a state's meetings are ad hoc and choose their rule when convened.
pub fn decide_declare(
    actor: &Actor,
    command: DeclareRules,
    mechanism: &Party,
) -> Result<RulesEvent, DomainError> {
    actor.require_author(&command.mechanism)?;
    if matches!(mechanism.kind, PartyKind::State | PartyKind::Territory) {
        return Err(refusals::state_declares_no_rules(&mechanism.id));
    }
    let mut allowed = command.allowed;
    allowed.sort();
    allowed.dedup();
    if allowed.is_empty() {
        return Err(refusals::no_allowed_rule());
    }
    if !allowed.contains(&command.default) {
        return Err(refusals::default_not_allowed(command.default.as_str()));
    }
    if let Some(Quorum::Fraction { num, den }) = command.quorum
        && (den == 0 || num > den || num == 0)
    {
        return Err(crate::decisions::refusals::quorum_not_a_fraction(num, den));
    }
    let series = command.series.trim().to_owned();
    check_series(&series)?;
    Ok(RulesEvent::Declared(DeclareRules {
        allowed,
        series,
        ..command
    }))
}

/// The projection of a rules event; it reads nothing earlier.
pub fn project(meta: &RecordMeta, event: &RulesEvent) -> Vec<Projection> {
    match event {
        RulesEvent::Declared(d) => vec![Projection::Rules(apply_declare(d, meta.time))],
    }
}

pub fn apply_declare(declared: &DeclareRules, time: Timestamp) -> MechanismRules {
    MechanismRules {
        mechanism: declared.mechanism.clone(),
        default: declared.default,
        allowed: declared.allowed.clone(),
        quorum: declared.quorum,
        series: declared.series.clone(),
        declared_at: Some(time),
    }
}

/// How many documents of a series were adopted in a year: the last number given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub series: String,
    pub year: i32,
    pub count: u32,
}

impl Series {
    pub fn entity_of(series: &str, year: i32) -> EntityKey {
        EntityKey::Series {
            series: series.to_owned(),
            year,
        }
    }

    pub fn entity(&self) -> EntityKey {
        Self::entity_of(&self.series, self.year)
    }

    /// The next symbol of the series in `year`, given the series as stored (if any).
    pub fn next_symbol(series: &str, year: i32, current: Option<&Series>) -> String {
        format!("{series}/{year}/{}", current.map_or(0, |s| s.count) + 1)
    }
}
