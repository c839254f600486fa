//! How a body of parties takes a decision: the decision rules of multilateral practice, applied to
//! a ballot of positions.
//!
//! A [`Ballot`] holds the members of the decision-making body, who is present, each member's
//! position (with an optional [`Comfort`] level, the ASEAN way of recording how comfortable a
//! member is with a consensus) and an optional quorum. [`decide`] applies a [`Rule`] to it at a
//! given moment and returns an [`Outcome`] with a plain sentence saying why.
//!
//! Rules (each has a named test in `decisions/tests.rs`):
//! - **Consensus**: adopted when at least one member is present and no member present formally
//!   objects; standing aside and absence do not block.
//! - **Consensus minus X** (ASEAN): members may opt out without blocking; the outcome lists who is
//!   in and who is out; adopted when no one present objects and at least one member is in.
//! - **Consensus minus one** (OSCE): the objection of the party concerned does not block; anyone
//!   else's does. At least one member other than the party concerned must be present.
//! - **Silence procedure**: adopted once the deadline passes unless a member broke silence (an
//!   objection recorded before the deadline); pending until then. Presence does not apply.
//! - **Simple majority**: more in favour than against among members present and voting;
//!   abstentions are not counted; a tie fails.
//! - **Two-thirds majority**: in favour at least two thirds of those voting (abstentions not
//!   counted), and at least one in favour.
//! - **Security Council** (UN Charter, Article 27): nine affirmative votes of fifteen, with no
//!   negative vote of a permanent member; abstention or absence of a permanent member is not a
//!   veto; a member that is a party to a dispute under Chapter VI abstains.
//! - A quorum that is not met gives "not adopted: no quorum", never an error.
//! - **Sovereign equality**: [`decide`] never looks at a party's id except to find the parties the
//!   rule names (the party concerned, the Chapter VI parties); the `permanent` flag of a member is
//!   read by the Security Council rule only. One member, one position (the map enforces it).
//! - **Authorship**: [`record_position`] sets only the acting user's own party's position.

pub mod refusals;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Actor, DomainError, PartyId, Timestamp};

/// Affirmative votes the Security Council needs (Article 27(2) and (3)).
pub const SECURITY_COUNCIL_VOTES_REQUIRED: u32 = 9;
/// Members of the Security Council (Article 23).
pub const SECURITY_COUNCIL_SIZE: usize = 15;
/// Permanent members of the Security Council (Article 23).
pub const SECURITY_COUNCIL_PERMANENT: usize = 5;

/// A member's position on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Joins the consensus.
    Support,
    /// Does not join, but does not block.
    StandAside,
    /// A formal objection: blocks a consensus.
    Object,
    /// ASEAN minus X: does not take part, and does not block.
    OptOut,
    /// A vote in favour.
    Yes,
    /// A vote against.
    No,
    /// An abstention: present and voting neither way.
    Abstain,
}

impl Position {
    pub const ALL: [Position; 7] = [
        Self::Support,
        Self::StandAside,
        Self::Object,
        Self::OptOut,
        Self::Yes,
        Self::No,
        Self::Abstain,
    ];

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        parse_named(s, &Self::ALL, |p| p.as_str(), "a position")
            .map_err(|_| refusals::not_a_position(s))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::StandAside => "stand_aside",
            Self::Object => "object",
            Self::OptOut => "opt_out",
            Self::Yes => "yes",
            Self::No => "no",
            Self::Abstain => "abstain",
        }
    }
}

/// How comfortable a member is with a consensus it goes along with (the ASEAN way, III.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comfort {
    Support,
    CanLiveWithIt,
    Reservations,
}

impl Comfort {
    pub const ALL: [Comfort; 3] = [Self::Support, Self::CanLiveWithIt, Self::Reservations];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::CanLiveWithIt => "can_live_with_it",
            Self::Reservations => "reservations",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        parse_named(s, &Self::ALL, |c| c.as_str(), "a comfort level")
    }
}

/// Finds the value whose name is `s`, accepting `-` for `_` and surrounding spaces (so
/// `stand-aside` and `stand_aside` both name [`Position::StandAside`]). Otherwise the refusal
/// says what `s` is not (`what`, e.g. "a decision rule") and lists every name of `all`.
pub(crate) fn parse_named<T: Copy>(
    s: &str,
    all: &[T],
    name: fn(T) -> &'static str,
    what: &str,
) -> Result<T, DomainError> {
    let wanted = s.trim().replace('-', "_");
    all.iter()
        .copied()
        .find(|v| name(*v) == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|v| name(*v)).collect();
            let listed = match names.split_last() {
                Some((last, [])) => (*last).to_owned(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            refusals::not_one_of(s, what, &listed)
        })
}

/// The rule a body decides by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Adopted when no member present formally objects.
    Consensus,
    /// ASEAN minus X: members may opt out without blocking.
    ConsensusMinusX,
    /// OSCE: the objection of the party concerned does not block.
    ConsensusMinusOne { party_concerned: PartyId },
    /// Adopted when the deadline passes unless a member broke silence before it.
    Silence { deadline: Timestamp },
    /// More in favour than against among members present and voting.
    SimpleMajority,
    /// In favour at least two thirds of members present and voting.
    TwoThirdsMajority,
    /// Nine of fifteen, with no negative vote of a permanent member; members that are parties to
    /// a dispute under Chapter VI abstain.
    SecurityCouncil { chapter_vi_parties: Vec<PartyId> },
}

/// A rule without its parameters: what a mechanism allows and a meeting chooses. The parameters
/// (the deadline, the party concerned, the Chapter VI parties) are given when a decision opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    Consensus,
    ConsensusMinusX,
    ConsensusMinusOne,
    Silence,
    SimpleMajority,
    TwoThirdsMajority,
    SecurityCouncil,
}

impl RuleKind {
    pub const ALL: [RuleKind; 7] = [
        Self::Consensus,
        Self::ConsensusMinusX,
        Self::ConsensusMinusOne,
        Self::Silence,
        Self::SimpleMajority,
        Self::TwoThirdsMajority,
        Self::SecurityCouncil,
    ];

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        parse_named(s, &Self::ALL, |k| k.as_str(), "a decision rule")
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Consensus => "consensus",
            Self::ConsensusMinusX => "consensus_minus_x",
            Self::ConsensusMinusOne => "consensus_minus_one",
            Self::Silence => "silence",
            Self::SimpleMajority => "simple_majority",
            Self::TwoThirdsMajority => "two_thirds_majority",
            Self::SecurityCouncil => "security_council",
        }
    }

    /// Whether members take consensus positions (support, stand aside, object) rather than votes.
    pub fn is_consensus(self) -> bool {
        matches!(
            self,
            Self::Consensus | Self::ConsensusMinusX | Self::ConsensusMinusOne | Self::Silence
        )
    }

    /// The positions a member can take under this rule, in the order a form offers them.
    pub fn positions(self) -> &'static [Position] {
        match self {
            Self::ConsensusMinusX => &[
                Position::Support,
                Position::StandAside,
                Position::OptOut,
                Position::Object,
            ],
            k if k.is_consensus() => &[Position::Support, Position::StandAside, Position::Object],
            _ => &[Position::Yes, Position::No, Position::Abstain],
        }
    }
}

/// The parameters some rules take, as a command gives them when a decision opens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleParameters {
    /// The silence procedure's deadline.
    pub deadline: Option<Timestamp>,
    /// Consensus minus one: the party whose objection does not block.
    pub party_concerned: Option<PartyId>,
    /// Security Council: the members that are parties to a dispute under Chapter VI (none when
    /// absent).
    pub chapter_vi_parties: Option<Vec<PartyId>>,
}

impl Rule {
    /// The rule of `kind` with its parameters. Refuses a parameter the rule needs and lacks, and
    /// one it does not take (so a mistaken rule choice is not silently accepted).
    pub fn from_kind(kind: RuleKind, parameters: RuleParameters) -> Result<Self, DomainError> {
        let RuleParameters {
            deadline,
            party_concerned,
            chapter_vi_parties,
        } = parameters;
        let unused = [
            (deadline.is_some() && kind != RuleKind::Silence, "deadline"),
            (
                party_concerned.is_some() && kind != RuleKind::ConsensusMinusOne,
                "party_concerned",
            ),
            (
                chapter_vi_parties.is_some() && kind != RuleKind::SecurityCouncil,
                "chapter_vi_parties",
            ),
        ];
        if let Some((_, field)) = unused.iter().find(|(given, _)| *given) {
            return Err(refusals::does_not_apply_to_rule(field, kind.as_str()));
        }
        Ok(match kind {
            RuleKind::Consensus => Self::Consensus,
            RuleKind::ConsensusMinusX => Self::ConsensusMinusX,
            RuleKind::SimpleMajority => Self::SimpleMajority,
            RuleKind::TwoThirdsMajority => Self::TwoThirdsMajority,
            RuleKind::Silence => Self::Silence {
                deadline: deadline.ok_or_else(refusals::silence_needs_deadline)?,
            },
            RuleKind::ConsensusMinusOne => Self::ConsensusMinusOne {
                party_concerned: party_concerned
                    .ok_or_else(refusals::consensus_minus_one_needs_party)?,
            },
            RuleKind::SecurityCouncil => Self::SecurityCouncil {
                chapter_vi_parties: chapter_vi_parties.unwrap_or_default(),
            },
        })
    }

    pub fn kind(&self) -> RuleKind {
        match self {
            Self::Consensus => RuleKind::Consensus,
            Self::ConsensusMinusX => RuleKind::ConsensusMinusX,
            Self::ConsensusMinusOne { .. } => RuleKind::ConsensusMinusOne,
            Self::Silence { .. } => RuleKind::Silence,
            Self::SimpleMajority => RuleKind::SimpleMajority,
            Self::TwoThirdsMajority => RuleKind::TwoThirdsMajority,
            Self::SecurityCouncil { .. } => RuleKind::SecurityCouncil,
        }
    }

    fn is_consensus(&self) -> bool {
        self.kind().is_consensus()
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Consensus => "consensus",
            Self::ConsensusMinusX => "consensus minus X",
            Self::ConsensusMinusOne { .. } => "consensus minus one",
            Self::Silence { .. } => "the silence procedure",
            Self::SimpleMajority => "simple majority",
            Self::TwoThirdsMajority => "two-thirds majority",
            Self::SecurityCouncil { .. } => "the Security Council rule",
        }
    }

    /// Whether `position` can be taken under this rule.
    fn admits(&self, position: Position) -> bool {
        match position {
            Position::Yes | Position::No | Position::Abstain => !self.is_consensus(),
            Position::Support | Position::StandAside | Position::Object => self.is_consensus(),
            Position::OptOut => matches!(self, Self::ConsensusMinusX),
        }
    }
}

/// A member of the decision-making body. `permanent` matters to the Security Council rule only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub party: PartyId,
    #[serde(default)]
    pub permanent: bool,
}

/// How many members must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quorum {
    /// At least this many members present.
    Count(u32),
    /// At least `num / den` of the members present.
    Fraction { num: u32, den: u32 },
}

impl Quorum {
    /// Parses `10` (members present) or `2/3` (of the members present).
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let bad = || refusals::not_a_quorum(s);
        let s = s.trim();
        match s.split_once('/') {
            Some((num, den)) => Ok(Self::Fraction {
                num: num.trim().parse().map_err(|_| bad())?,
                den: den.trim().parse().map_err(|_| bad())?,
            }),
            None => match s.parse() {
                Ok(n) if n > 0 => Ok(Self::Count(n)),
                _ => Err(bad()),
            },
        }
    }
}

/// A member's recorded position, its comfort level (consensus only) and when it was recorded.
pub type Entry = (Position, Option<Comfort>, Timestamp);

/// The decision-making body, who is present and who took which position.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ballot {
    pub members: Vec<Member>,
    pub present: BTreeSet<PartyId>,
    pub positions: BTreeMap<PartyId, Entry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
}

/// Counts of positions. `not_voting` counts members who took no position (absent, or present and
/// silent). The `comfort_*` fields count recorded comfort levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    pub support: u32,
    pub stand_aside: u32,
    pub object: u32,
    pub opt_out: u32,
    pub not_voting: u32,
    pub comfort_support: u32,
    pub comfort_can_live_with_it: u32,
    pub comfort_reservations: u32,
}

/// What a rule made of a ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub adopted: bool,
    /// A silence procedure still running: neither adopted nor failed yet.
    pub pending: bool,
    /// Why, as data: pages say it in their language; `Display` says it in English, e.g.
    /// "Adopted: no member present objected."
    pub reason: Reason,
    pub tally: Tally,
    /// Consensus minus X: members present that take part (neither opting out nor objecting).
    #[serde(rename = "in")]
    pub in_: Vec<PartyId>,
    /// Consensus minus X: members that opted out.
    pub out: Vec<PartyId>,
    /// Each member's recorded comfort level.
    pub comfort: BTreeMap<PartyId, Comfort>,
}

/// Why a rule adopted a ballot or not. Each variant carries what its sentence names, so a page can
/// say it in its own language (the `code` is the message's name); `Display` gives the English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// Not adopted: fewer members present than the quorum.
    NoQuorum {
        present: u32,
        members: u32,
        required: u32,
    },
    /// Not adopted: a formal objection by members other than a party concerned.
    Objection { parties: Vec<PartyId> },
    /// Consensus minus one: not adopted, only the party concerned was present.
    OnlyPartyConcernedPresent { party: PartyId },
    /// Not adopted: no member was present.
    NobodyPresent,
    /// Consensus minus X: not adopted, every member present opted out.
    EveryoneOptedOut,
    /// Consensus minus X: adopted for those in; the others opted out.
    AdoptedWithOptOuts { in_count: u32, out: Vec<PartyId> },
    /// Consensus minus one: adopted over the objection of the party concerned.
    AdoptedOverPartyConcerned { party: PartyId },
    /// Consensus: adopted, no member present objected.
    AdoptedWithoutObjection,
    /// Silence procedure: not adopted, silence was broken.
    SilenceBroken { parties: Vec<PartyId> },
    /// Silence procedure: still running.
    SilenceRunning { deadline: Timestamp },
    /// Silence procedure: adopted, the deadline passed unbroken.
    SilenceKept { deadline: Timestamp },
    /// Simple majority: adopted.
    MajorityInFavour { yes: u32, no: u32, abstain: u32 },
    /// Simple majority: a tie fails.
    MajorityTied { yes: u32, no: u32, abstain: u32 },
    /// Simple majority: more against than in favour.
    MajorityAgainst { yes: u32, no: u32, abstain: u32 },
    /// Two-thirds majority: adopted.
    TwoThirdsInFavour { yes: u32, no: u32, abstain: u32 },
    /// Two-thirds majority: fewer than two thirds in favour.
    TwoThirdsShort { yes: u32, no: u32, abstain: u32 },
    /// Security Council: fewer than nine in favour.
    CouncilTooFewVotes {
        yes: u32,
        no: u32,
        abstain: u32,
        required: u32,
    },
    /// Security Council: a permanent member voted against.
    CouncilVeto { parties: Vec<PartyId> },
    /// Security Council: adopted.
    CouncilAdopted { yes: u32, no: u32, abstain: u32 },
}

impl Reason {
    /// The message's name, as serialized in `code` (e.g. `no_quorum`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::NoQuorum { .. } => "no_quorum",
            Reason::Objection { .. } => "objection",
            Reason::OnlyPartyConcernedPresent { .. } => "only_party_concerned_present",
            Reason::NobodyPresent => "nobody_present",
            Reason::EveryoneOptedOut => "everyone_opted_out",
            Reason::AdoptedWithOptOuts { .. } => "adopted_with_opt_outs",
            Reason::AdoptedOverPartyConcerned { .. } => "adopted_over_party_concerned",
            Reason::AdoptedWithoutObjection => "adopted_without_objection",
            Reason::SilenceBroken { .. } => "silence_broken",
            Reason::SilenceRunning { .. } => "silence_running",
            Reason::SilenceKept { .. } => "silence_kept",
            Reason::MajorityInFavour { .. } => "majority_in_favour",
            Reason::MajorityTied { .. } => "majority_tied",
            Reason::MajorityAgainst { .. } => "majority_against",
            Reason::TwoThirdsInFavour { .. } => "two_thirds_in_favour",
            Reason::TwoThirdsShort { .. } => "two_thirds_short",
            Reason::CouncilTooFewVotes { .. } => "council_too_few_votes",
            Reason::CouncilVeto { .. } => "council_veto",
            Reason::CouncilAdopted { .. } => "council_adopted",
        }
    }

    /// One reason of each kind, with made-up values: for tests that every reason can be said in
    /// every language of the pages.
    pub fn examples() -> Vec<Reason> {
        let kaz = PartyId::parse("KAZ").expect("a valid id");
        let parties = vec![kaz.clone(), PartyId::parse("CHN").expect("a valid id")];
        vec![
            Reason::NoQuorum {
                present: 1,
                members: 3,
                required: 2,
            },
            Reason::Objection {
                parties: parties.clone(),
            },
            Reason::OnlyPartyConcernedPresent { party: kaz.clone() },
            Reason::NobodyPresent,
            Reason::EveryoneOptedOut,
            Reason::AdoptedWithOptOuts {
                in_count: 2,
                out: parties.clone(),
            },
            Reason::AdoptedOverPartyConcerned { party: kaz.clone() },
            Reason::AdoptedWithoutObjection,
            Reason::SilenceBroken {
                parties: parties.clone(),
            },
            Reason::SilenceRunning {
                deadline: Timestamp::from_millis(1_800_000_000_000),
            },
            Reason::SilenceKept {
                deadline: Timestamp::from_millis(1_800_000_000_000),
            },
            Reason::MajorityInFavour {
                yes: 2,
                no: 1,
                abstain: 0,
            },
            Reason::MajorityTied {
                yes: 1,
                no: 1,
                abstain: 0,
            },
            Reason::MajorityAgainst {
                yes: 0,
                no: 1,
                abstain: 0,
            },
            Reason::TwoThirdsInFavour {
                yes: 2,
                no: 1,
                abstain: 0,
            },
            Reason::TwoThirdsShort {
                yes: 1,
                no: 1,
                abstain: 0,
            },
            Reason::CouncilTooFewVotes {
                yes: 8,
                no: 0,
                abstain: 7,
                required: 9,
            },
            Reason::CouncilVeto { parties },
            Reason::CouncilAdopted {
                yes: 9,
                no: 0,
                abstain: 6,
            },
        ]
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let votes =
            |yes, no, abstain| format!("{yes} in favour, {no} against, {abstain} abstaining");
        match self {
            Reason::NoQuorum {
                present,
                members,
                required,
            } => write!(
                f,
                "Not adopted: no quorum ({present} of {members} members present; {required} required)."
            ),
            Reason::Objection { parties } => {
                write!(f, "Not adopted: formal objection by {}.", join(parties))
            }
            Reason::OnlyPartyConcernedPresent { party } => write!(
                f,
                "Not adopted: no member other than the party concerned ({party}) was present."
            ),
            Reason::NobodyPresent => f.write_str("Not adopted: no member was present."),
            Reason::EveryoneOptedOut => f.write_str("Not adopted: every member present opted out."),
            Reason::AdoptedWithOptOuts { in_count, out } => write!(
                f,
                "Adopted: no member present objected; {in_count} in, {} opted out ({}).",
                out.len(),
                join(out)
            ),
            Reason::AdoptedOverPartyConcerned { party } => write!(
                f,
                "Adopted: no member present objected other than the party concerned ({party}), \
                 whose objection does not block."
            ),
            Reason::AdoptedWithoutObjection => f.write_str("Adopted: no member present objected."),
            Reason::SilenceBroken { parties } => {
                write!(f, "Not adopted: silence broken by {}.", join(parties))
            }
            Reason::SilenceRunning { deadline } => write!(
                f,
                "Pending: the silence procedure runs until {deadline}; no member has broken silence."
            ),
            Reason::SilenceKept { deadline } => write!(
                f,
                "Adopted: the silence procedure ended at {deadline} and no member broke silence."
            ),
            Reason::MajorityInFavour { yes, no, abstain } => {
                write!(
                    f,
                    "Adopted by simple majority: {}.",
                    votes(yes, no, abstain)
                )
            }
            Reason::MajorityTied { yes, no, abstain } => {
                write!(f, "Not adopted: {}; a tie fails.", votes(yes, no, abstain))
            }
            Reason::MajorityAgainst { yes, no, abstain } => {
                write!(f, "Not adopted: {}.", votes(yes, no, abstain))
            }
            Reason::TwoThirdsInFavour { yes, no, abstain } => write!(
                f,
                "Adopted by a two-thirds majority: {}.",
                votes(yes, no, abstain)
            ),
            Reason::TwoThirdsShort { yes, no, abstain } => write!(
                f,
                "Not adopted: {}; two thirds of those voting must be in favour.",
                votes(yes, no, abstain)
            ),
            Reason::CouncilTooFewVotes {
                yes,
                no,
                abstain,
                required,
            } => write!(
                f,
                "Not adopted: {}; {required} in favour are required.",
                votes(yes, no, abstain)
            ),
            Reason::CouncilVeto { parties } => {
                let whom = if parties.len() == 1 {
                    "permanent member"
                } else {
                    "permanent members"
                };
                write!(f, "Not adopted: vetoed by {} ({whom}).", join(parties))
            }
            Reason::CouncilAdopted { yes, no, abstain } => write!(
                f,
                "Adopted: {}; no permanent member voted against.",
                votes(yes, no, abstain)
            ),
        }
    }
}

/// Records the acting user's own party's position on a ballot, replacing any earlier one (a
/// changed position is a withdrawn one; the same position again keeps its first time). No role
/// sets or changes another party's position; the party must be a member of the body. Whether the
/// position fits the rule and whether the member is present is checked by [`decide`].
pub fn record_position(
    ballot: &mut Ballot,
    actor: &Actor,
    position: Position,
    comfort: Option<Comfort>,
    now: Timestamp,
) -> Result<(), DomainError> {
    actor.require_author(&actor.party)?;
    if !ballot.members.iter().any(|m| m.party == actor.party) {
        return Err(refusals::not_a_member_takes_no_position(&actor.party));
    }
    check_comfort(&actor.party, position, comfort)?;
    // Taking the same position again keeps the time it was first taken: an objection that broke
    // silence still broke it when it is repeated after the deadline.
    let since = match ballot.positions.get(&actor.party) {
        Some((earlier, _, at)) if *earlier == position => *at,
        _ => now,
    };
    ballot
        .positions
        .insert(actor.party.clone(), (position, comfort, since));
    Ok(())
}

fn check_comfort(
    party: &PartyId,
    position: Position,
    comfort: Option<Comfort>,
) -> Result<(), DomainError> {
    if comfort.is_some() && !matches!(position, Position::Support | Position::StandAside) {
        return Err(refusals::comfort_with_wrong_position(
            party,
            position.as_str(),
        ));
    }
    Ok(())
}

fn join(parties: &[PartyId]) -> String {
    parties
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks the ballot against the rule; every refusal is a sentence naming what is wrong.
fn validate(rule: &Rule, ballot: &Ballot) -> Result<(), DomainError> {
    if ballot.members.is_empty() {
        return Err(refusals::body_without_members());
    }
    let mut seen = BTreeSet::new();
    for m in &ballot.members {
        if !seen.insert(&m.party) {
            return Err(refusals::member_twice(&m.party));
        }
    }
    if let Some(p) = ballot.present.iter().find(|p| !seen.contains(p)) {
        return Err(refusals::present_not_member(p));
    }
    match ballot.quorum {
        Some(Quorum::Fraction { num, den }) if den == 0 || num > den => {
            return Err(refusals::quorum_not_a_fraction(num, den));
        }
        Some(_) if matches!(rule, Rule::Silence { .. }) => {
            return Err(refusals::silence_has_no_quorum());
        }
        _ => {}
    }
    match rule {
        Rule::ConsensusMinusOne { party_concerned } if !seen.contains(party_concerned) => {
            return Err(refusals::party_concerned_not_member(party_concerned));
        }
        Rule::SecurityCouncil { .. } => {
            let permanent = ballot.members.iter().filter(|m| m.permanent).count();
            if ballot.members.len() != SECURITY_COUNCIL_SIZE
                || permanent != SECURITY_COUNCIL_PERMANENT
            {
                return Err(refusals::security_council_composition(
                    SECURITY_COUNCIL_SIZE,
                    SECURITY_COUNCIL_PERMANENT,
                    ballot.members.len(),
                    permanent,
                ));
            }
        }
        _ => {}
    }
    for (party, (position, comfort, _)) in &ballot.positions {
        if !seen.contains(party) {
            return Err(refusals::not_a_member_cannot_take_position(party));
        }
        if !matches!(rule, Rule::Silence { .. }) && !ballot.present.contains(party) {
            return Err(refusals::not_present(party));
        }
        if !rule.admits(*position) {
            let fits = if rule.is_consensus() {
                if matches!(rule, Rule::ConsensusMinusX) {
                    "support, stand_aside, object or opt_out"
                } else {
                    "support, stand_aside or object"
                }
            } else {
                "yes, no or abstain"
            };
            return Err(refusals::position_does_not_fit(
                party,
                position.as_str(),
                rule.name(),
                fits,
            ));
        }
        check_comfort(party, *position, *comfort)?;
        if let Rule::SecurityCouncil { chapter_vi_parties } = rule
            && chapter_vi_parties.contains(party)
            && matches!(position, Position::Yes | Position::No)
        {
            return Err(refusals::dispute_party_must_abstain(party));
        }
    }
    Ok(())
}

fn tally(ballot: &Ballot) -> Tally {
    let mut t = Tally::default();
    for (position, comfort, _) in ballot.positions.values() {
        *match position {
            Position::Support => &mut t.support,
            Position::StandAside => &mut t.stand_aside,
            Position::Object => &mut t.object,
            Position::OptOut => &mut t.opt_out,
            Position::Yes => &mut t.yes,
            Position::No => &mut t.no,
            Position::Abstain => &mut t.abstain,
        } += 1;
        match comfort {
            Some(Comfort::Support) => t.comfort_support += 1,
            Some(Comfort::CanLiveWithIt) => t.comfort_can_live_with_it += 1,
            Some(Comfort::Reservations) => t.comfort_reservations += 1,
            None => {}
        }
    }
    t.not_voting = count(ballot.members.len()) - count(ballot.positions.len());
    t
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The quorum shortfall, when the quorum is not met.
fn quorum_shortfall(ballot: &Ballot) -> Option<Reason> {
    let members = count(ballot.members.len());
    let present = count(ballot.present.len());
    let required = match ballot.quorum? {
        Quorum::Count(n) => n,
        // Smallest whole number of members that is at least num/den of the body.
        Quorum::Fraction { num, den } => {
            (u64::from(members) * u64::from(num)).div_ceil(u64::from(den)) as u32
        }
    };
    (present < required).then_some(Reason::NoQuorum {
        present,
        members,
        required,
    })
}

/// Applies `rule` to `ballot` at `now`. Refuses a ballot that does not fit the rule; a quorum that
/// is not met is an outcome ("no quorum"), not an error.
pub fn decide(rule: &Rule, ballot: &Ballot, now: Timestamp) -> Result<Outcome, DomainError> {
    validate(rule, ballot)?;
    let tally = tally(ballot);
    let comfort = ballot
        .positions
        .iter()
        .filter_map(|(p, (_, c, _))| c.map(|c| (p.clone(), c)))
        .collect();
    let with = |position: Position| -> Vec<PartyId> {
        ballot
            .positions
            .iter()
            .filter(|(_, (p, _, _))| *p == position)
            .map(|(party, _)| party.clone())
            .collect()
    };
    let (in_, out) = if let Rule::ConsensusMinusX = rule {
        let in_: Vec<PartyId> = ballot
            .present
            .iter()
            .filter(|p| {
                !matches!(
                    ballot.positions.get(*p),
                    Some((Position::OptOut | Position::Object, _, _))
                )
            })
            .cloned()
            .collect();
        (in_, with(Position::OptOut))
    } else {
        (Vec::new(), Vec::new())
    };
    let (yes, no, abstain) = (tally.yes, tally.no, tally.abstain);
    let (adopted, reason) = if let Some(shortfall) = quorum_shortfall(ballot) {
        (false, shortfall)
    } else {
        match rule {
            Rule::Consensus | Rule::ConsensusMinusX | Rule::ConsensusMinusOne { .. } => {
                let concerned = match rule {
                    Rule::ConsensusMinusOne { party_concerned } => Some(party_concerned),
                    _ => None,
                };
                let objections: Vec<PartyId> = with(Position::Object)
                    .into_iter()
                    .filter(|p| Some(p) != concerned)
                    .collect();
                let others_present = ballot.present.iter().any(|p| Some(p) != concerned);
                if !objections.is_empty() {
                    (
                        false,
                        Reason::Objection {
                            parties: objections,
                        },
                    )
                } else if !others_present {
                    let reason = match concerned {
                        Some(party) => Reason::OnlyPartyConcernedPresent {
                            party: party.clone(),
                        },
                        None => Reason::NobodyPresent,
                    };
                    (false, reason)
                } else if matches!(rule, Rule::ConsensusMinusX) && in_.is_empty() {
                    (false, Reason::EveryoneOptedOut)
                } else if matches!(rule, Rule::ConsensusMinusX) && !out.is_empty() {
                    (
                        true,
                        Reason::AdoptedWithOptOuts {
                            in_count: count(in_.len()),
                            out: out.clone(),
                        },
                    )
                } else if let Some(party) = concerned
                    .filter(|c| matches!(ballot.positions.get(*c), Some((Position::Object, _, _))))
                {
                    (
                        true,
                        Reason::AdoptedOverPartyConcerned {
                            party: party.clone(),
                        },
                    )
                } else {
                    (true, Reason::AdoptedWithoutObjection)
                }
            }
            Rule::Silence { deadline } => {
                let breaks: Vec<PartyId> = ballot
                    .positions
                    .iter()
                    .filter(|(_, (p, _, at))| *p == Position::Object && at < deadline && *at <= now)
                    .map(|(party, _)| party.clone())
                    .collect();
                if !breaks.is_empty() {
                    (false, Reason::SilenceBroken { parties: breaks })
                } else if now < *deadline {
                    (
                        false,
                        Reason::SilenceRunning {
                            deadline: *deadline,
                        },
                    )
                } else {
                    (
                        true,
                        Reason::SilenceKept {
                            deadline: *deadline,
                        },
                    )
                }
            }
            Rule::SimpleMajority => match yes.cmp(&no) {
                std::cmp::Ordering::Greater => {
                    (true, Reason::MajorityInFavour { yes, no, abstain })
                }
                std::cmp::Ordering::Equal => (false, Reason::MajorityTied { yes, no, abstain }),
                std::cmp::Ordering::Less => (false, Reason::MajorityAgainst { yes, no, abstain }),
            },
            Rule::TwoThirdsMajority => {
                let voting = u64::from(yes) + u64::from(no);
                if yes >= 1 && 3 * u64::from(yes) >= 2 * voting {
                    (true, Reason::TwoThirdsInFavour { yes, no, abstain })
                } else {
                    (false, Reason::TwoThirdsShort { yes, no, abstain })
                }
            }
            Rule::SecurityCouncil { .. } => {
                let vetoes: Vec<PartyId> = ballot
                    .members
                    .iter()
                    .filter(|m| {
                        m.permanent
                            && matches!(ballot.positions.get(&m.party), Some((Position::No, _, _)))
                    })
                    .map(|m| m.party.clone())
                    .collect();
                if yes < SECURITY_COUNCIL_VOTES_REQUIRED {
                    (
                        false,
                        Reason::CouncilTooFewVotes {
                            yes,
                            no,
                            abstain,
                            required: SECURITY_COUNCIL_VOTES_REQUIRED,
                        },
                    )
                } else if !vetoes.is_empty() {
                    (false, Reason::CouncilVeto { parties: vetoes })
                } else {
                    (true, Reason::CouncilAdopted { yes, no, abstain })
                }
            }
        }
    };
    Ok(Outcome {
        adopted,
        pending: matches!(reason, Reason::SilenceRunning { .. }),
        reason,
        tally,
        in_,
        out,
        comfort,
    })
}

#[cfg(test)]
mod tests;
