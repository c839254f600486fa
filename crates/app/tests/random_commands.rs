//! Random sequences of real `Platform` commands — concerns and dialogue, by several parties,
//! many of them refused — on SQLite, then `verify`: whatever the write path appended, replaying
//! the journal derives the same projections, and the tree and signatures check. Every command
//! either appends exactly one record or is refused by a rule (never by the store or the log).

use std::sync::Arc;

use gsi_app::{AppError, NodeIdentity, Platform, open_store};
use gsi_core::concerns::{ClosingOutcome, LodgeConcern};
use gsi_core::decisions::{Position, Rule};
use gsi_core::dialogue::documents::DraftDocument;
use gsi_core::dialogue::meetings::{Attendance, ConveneMeeting, NewAgendaItem};
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_core::{
    Actor, ConcernId, DocumentId, MeetingId, Party, PartyId, PartyKind, Role, Timestamp,
};
use proptest::prelude::*;

const PARTIES: [&str; 4] = ["KAZ", "CHN", "RUS", "PAK"];

/// One command, naming parties, concerns, meetings and documents by their place in the lists
/// the sequence has made so far (newest first, wrapping around), so most commands hit something
/// real.
#[derive(Debug, Clone)]
enum Command {
    Lodge {
        by: usize,
        to: Vec<usize>,
    },
    Acknowledge {
        by: usize,
        concern: usize,
    },
    Respond {
        by: usize,
        concern: usize,
    },
    ProposeConsultations {
        by: usize,
        concern: usize,
    },
    Close {
        by: usize,
        concern: usize,
        withdrawn: bool,
    },
    Convene {
        by: usize,
        invited: Vec<usize>,
    },
    Register {
        by: usize,
        meeting: usize,
    },
    DecideRegistration {
        by: usize,
        meeting: usize,
        party: usize,
        approve: bool,
    },
    Draft {
        by: usize,
        meeting: usize,
    },
    Open {
        by: usize,
        document: usize,
        majority: bool,
    },
    Position {
        by: usize,
        document: usize,
        position: usize,
    },
    CloseDecision {
        by: usize,
        document: usize,
    },
}

fn party() -> impl Strategy<Value = usize> {
    0..PARTIES.len()
}

/// A party, or (half the time) whoever convened the meeting concerned.
fn party_or_convener() -> impl Strategy<Value = usize> {
    0..2 * PARTIES.len()
}

fn command() -> impl Strategy<Value = Command> {
    // Mostly the newest concern, meeting or document, so that steps follow one another.
    let n = prop_oneof![3 => Just(0usize), 1 => 0..8usize];
    prop_oneof![
        2 => (party(), prop::collection::vec(party(), 1..3))
            .prop_map(|(by, to)| Command::Lodge { by, to }),
        1 => (party(), n.clone()).prop_map(|(by, concern)| Command::Acknowledge { by, concern }),
        1 => (party(), n.clone()).prop_map(|(by, concern)| Command::Respond { by, concern }),
        1 => (party(), n.clone())
            .prop_map(|(by, concern)| Command::ProposeConsultations { by, concern }),
        1 => (party(), n.clone(), any::<bool>()).prop_map(|(by, concern, withdrawn)| {
            Command::Close {
                by,
                concern,
                withdrawn,
            }
        }),
        1 => (party(), prop::collection::vec(party(), 1..4))
            .prop_map(|(by, invited)| Command::Convene { by, invited }),
        4 => (party(), n.clone()).prop_map(|(by, meeting)| Command::Register { by, meeting }),
        1 => (party_or_convener(), n.clone(), party(), any::<bool>()).prop_map(
            |(by, meeting, party, approve)| Command::DecideRegistration {
                by,
                meeting,
                party,
                approve,
            }
        ),
        2 => (party_or_convener(), n.clone()).prop_map(|(by, meeting)| Command::Draft { by, meeting }),
        3 => (party_or_convener(), n.clone(), any::<bool>()).prop_map(|(by, document, majority)| {
            Command::Open {
                by,
                document,
                majority,
            }
        }),
        4 => (party(), n.clone(), 0..6usize).prop_map(|(by, document, position)| {
            Command::Position {
                by,
                document,
                position,
            }
        }),
        2 => (party_or_convener(), n).prop_map(|(by, document)| Command::CloseDecision { by, document }),
    ]
}

struct Run {
    platform: Platform,
    parties: Vec<PartyId>,
    concerns: Vec<ConcernId>,
    /// Each meeting with its convener's place in `parties`.
    meetings: Vec<(MeetingId, usize)>,
    /// Each document with its meeting's convener.
    documents: Vec<(DocumentId, usize)>,
    /// Counts ids, so each new one differs.
    made: u8,
    now: Timestamp,
}

/// The `n`-th newest, wrapping around.
fn pick<T: Clone>(list: &[T], n: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[list.len() - 1 - n % list.len()].clone())
}

impl Run {
    fn delegate(&self, n: usize) -> Actor {
        let party = self.parties[n].clone();
        Actor {
            user: format!("{}.delegate", party.as_str().to_lowercase()),
            party,
            roles: vec![Role::Delegate],
        }
    }

    /// `by` past the parties' count means the convener: most steps of a decision are theirs.
    fn or_convener(&self, by: usize, convener: usize) -> Actor {
        self.delegate(if by < PARTIES.len() { by } else { convener })
    }

    fn next_id(&mut self) -> [u8; 16] {
        self.made = self.made.wrapping_add(1);
        let mut id = [0u8; 16];
        id[0] = self.made;
        id[1] = 0xa5;
        id
    }

    /// Runs one command: `Some(true)` if it appended, `Some(false)` if a rule refused it,
    /// `None` if it named nothing there is yet.
    fn apply(&mut self, command: &Command) -> Result<Option<bool>, AppError> {
        // A second between commands, so deadlines and times move on.
        self.now = Timestamp::from_millis(self.now.millis() + 1_000);
        let now = self.now;
        let p = self.platform.clone();
        let result = match command.clone() {
            Command::Lodge { by, to } => {
                let id = ConcernId::from_random(self.next_id());
                let addressees = to.iter().map(|n| self.parties[*n].clone()).collect();
                let lodged = p.concerns().lodge(
                    &self.delegate(by),
                    LodgeConcern {
                        id: id.clone(),
                        title: "Unnotified exercises near the border".into(),
                        description: "Exercises are held without notice.".into(),
                        domain: SecurityDomain::Traditional,
                        priorities: vec![PriorityRef::parse("III.3").unwrap()],
                        addressees,
                        un_references: Vec::new(),
                        response_due: None,
                        distribution: None,
                    },
                    now,
                );
                if lodged.is_ok() {
                    self.concerns.push(id);
                }
                lodged.map(|_| ())
            }
            Command::Acknowledge { by, concern } => {
                let Some(c) = pick(&self.concerns, concern) else {
                    return Ok(None);
                };
                p.concerns()
                    .acknowledge(&self.delegate(by), &c, now)
                    .map(|_| ())
            }
            Command::Respond { by, concern } => {
                let Some(c) = pick(&self.concerns, concern) else {
                    return Ok(None);
                };
                p.concerns()
                    .respond(&self.delegate(by), &c, "We will notify in future.", now)
                    .map(|_| ())
            }
            Command::ProposeConsultations { by, concern } => {
                let Some(c) = pick(&self.concerns, concern) else {
                    return Ok(None);
                };
                p.concerns()
                    .propose_consultations(&self.delegate(by), &c, "Talks next month.", now)
                    .map(|_| ())
            }
            Command::Close {
                by,
                concern,
                withdrawn,
            } => {
                let Some(c) = pick(&self.concerns, concern) else {
                    return Ok(None);
                };
                let outcome = if withdrawn {
                    ClosingOutcome::Withdrawn
                } else {
                    ClosingOutcome::Addressed
                };
                p.concerns()
                    .close(&self.delegate(by), &c, outcome, None, now)
                    .map(|_| ())
            }
            Command::Convene { by, invited } => {
                let id = MeetingId::from_random(self.next_id());
                let opens = "2031-01-10".parse().unwrap();
                let invited = invited
                    .iter()
                    .map(|n| (self.parties[*n].clone(), Attendance::Member))
                    .collect();
                let convened = p.dialogue().convene(
                    &self.delegate(by),
                    ConveneMeeting {
                        id: id.clone(),
                        mechanism: None,
                        kind: gsi_core::dialogue::meetings::MeetingKind::Consultation,
                        title: "Consultations on notification".into(),
                        opens,
                        closes: opens,
                        place: Some("Astana".into()),
                        online: None,
                        languages: vec!["en".into()],
                        agenda: vec![NewAgendaItem {
                            title: "Notification of exercises".into(),
                            priorities: Vec::new(),
                        }],
                        invited,
                        rule: None,
                    },
                    now,
                );
                if convened.is_ok() {
                    self.meetings.push((id, by));
                }
                convened.map(|_| ())
            }
            Command::Register { by, meeting } => {
                let Some((m, _)) = pick(&self.meetings, meeting) else {
                    return Ok(None);
                };
                p.dialogue()
                    .register(&self.delegate(by), &m, None, vec!["Head".into()], now)
                    .map(|_| ())
            }
            Command::DecideRegistration {
                by,
                meeting,
                party,
                approve,
            } => {
                let Some((m, convener)) = pick(&self.meetings, meeting) else {
                    return Ok(None);
                };
                let party = self.parties[party].clone();
                p.dialogue()
                    .decide_registration(
                        &self.or_convener(by, convener),
                        &m,
                        &party,
                        approve,
                        None,
                        now,
                    )
                    .map(|_| ())
            }
            Command::Draft { by, meeting } => {
                let Some((m, convener)) = pick(&self.meetings, meeting) else {
                    return Ok(None);
                };
                let id = DocumentId::from_random(self.next_id());
                let drafted = p.dialogue().draft(
                    &self.or_convener(by, convener),
                    DraftDocument {
                        id: id.clone(),
                        meeting: m,
                        title: "Joint statement on notification".into(),
                        priorities: Vec::new(),
                        paragraphs: vec![
                            "The parties notify exercises in advance.".into(),
                            "They meet again next year.".into(),
                        ],
                    },
                    now,
                );
                if drafted.is_ok() {
                    self.documents.push((id, convener));
                }
                drafted.map(|_| ())
            }
            Command::Open {
                by,
                document,
                majority,
            } => {
                let Some((d, convener)) = pick(&self.documents, document) else {
                    return Ok(None);
                };
                let rule = if majority {
                    Rule::SimpleMajority
                } else {
                    Rule::Consensus
                };
                p.dialogue()
                    .open_decision(&self.or_convener(by, convener), &d, rule, now)
                    .map(|_| ())
            }
            Command::Position {
                by,
                document,
                position,
            } => {
                let Some((d, _)) = pick(&self.documents, document) else {
                    return Ok(None);
                };
                let position = [
                    Position::Support,
                    Position::StandAside,
                    Position::Object,
                    Position::Yes,
                    Position::No,
                    Position::Abstain,
                ][position];
                p.dialogue()
                    .record_position(&self.delegate(by), &d, position, None, now)
                    .map(|_| ())
            }
            Command::CloseDecision { by, document } => {
                let Some((d, convener)) = pick(&self.documents, document) else {
                    return Ok(None);
                };
                p.dialogue()
                    .close_decision(&self.or_convener(by, convener), &d, now)
                    .map(|_| ())
            }
        };
        match result {
            Ok(()) => Ok(Some(true)),
            Err(AppError::Domain(_)) => Ok(Some(false)),
            Err(other) => Err(other),
        }
    }
}

fn start(dir: &std::path::Path) -> Run {
    let (node, _) = NodeIdentity::load_or_create(dir, "random.example/log").unwrap();
    let store = open_store(&format!("sqlite://{}/gsi.db", dir.display())).unwrap();
    let platform = Platform::new(store, Arc::new(node));
    let now = Timestamp::parse("2031-01-01T09:00:00Z").unwrap();
    let parties: Vec<PartyId> = PARTIES.iter().map(|p| PartyId::parse(p).unwrap()).collect();
    for id in &parties {
        let party = Party::new(id.clone(), PartyKind::State, id.as_str()).unwrap();
        platform.register_party(party, now).unwrap();
    }
    Run {
        platform,
        parties,
        concerns: Vec::new(),
        meetings: Vec::new(),
        documents: Vec::new(),
        made: 0,
        now,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_commands_replays_to_what_was_written(
        commands in prop::collection::vec(command(), 1..100)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut run = start(dir.path());
        let mut appended = 0u64;
        for command in &commands {
            let before = run.platform.tree_size().unwrap();
            let outcome = run.apply(command);
            let after = run.platform.tree_size().unwrap();
            match outcome {
                Ok(Some(true)) => {
                    prop_assert_eq!(after, before + 1, "{:?} appended one record", command);
                    appended += 1;
                }
                Ok(_) => prop_assert_eq!(after, before, "{:?} was refused: nothing appended", command),
                Err(e) => prop_assert!(false, "{:?} failed outside the rules: {}", command, e),
            }
        }
        prop_assert_eq!(
            run.platform.tree_size().unwrap(),
            PARTIES.len() as u64 + appended
        );
        let report = run.platform.verify().unwrap();
        prop_assert!(report.ok(), "{:?}", report);
    }
}
