//! Tests of the dialogue module (IV.1–IV.4): declaring rules and convening meetings,
//! registration and consent, lists of speakers and attached documents, drafting and amending
//! outcome documents, decisions under the meeting's rules, document symbols, commitments and
//! implementation reports.
//!
//! Every command goes through its `decide_*` function and every accepted event through
//! [`State::apply`], so what is tested is the path that appending and replay share (see
//! [`Dialogue::act_as`]). The named tests check one rule each; the property tests at the end check
//! sovereign equality (renaming parties never changes an outcome), authorship (no command changes
//! another party's position or registration) and replay (the journal rebuilds the same state).

use chrono::NaiveDate;
use proptest::prelude::*;

use super::DialogueEvent;
use super::documents::DocumentEvent;
use super::documents::{
    AmendmentStatus, DocumentStatus, DraftDocument, Edit, EditByNumber, Implementation,
    OutcomeDocument, decide_amend, decide_amendment, decide_close, decide_commitment, decide_draft,
    decide_open, decide_position, decide_report, now_year,
};
use super::meetings::MeetingEvent;
use super::meetings::{
    AgendaChange, Attendance, ConveneMeeting, Meeting, MeetingKind, MeetingRevision, NewAgendaItem,
    Registration, Standing, decide_attach, decide_cancel, decide_convene, decide_register,
    decide_registration, decide_request_floor, decide_revise, decide_withdraw,
    decide_withdraw_floor, require_unrevised_since,
};
use super::rules::{DeclareRules, MechanismRules, Series, decide_declare};
use crate::decisions::{Comfort, Outcome, Position, Rule, RuleKind};
use crate::event::RecordMeta;
use crate::framework::PriorityRef;
use crate::registry::RegistryEvent;
use crate::{
    Actor, DocumentId, DomainError, Event, MeetingId, Party, PartyId, PartyKind, Role, State,
    Timestamp,
};

use Attendance::{Guest, Member, Observer};
use Position::{Abstain, No, Object, OptOut, StandAside, Support, Yes};

// ---------------------------------------------------------------- helpers

fn p(s: &str) -> PartyId {
    PartyId::parse(s).unwrap()
}

/// `minutes` after the opening of the test meetings, 2 March 2026 at 09:00 UTC.
fn t(minutes: i64) -> Timestamp {
    let base = Timestamp::parse("2026-03-02T09:00:00.000Z").unwrap();
    Timestamp::from_millis(base.millis() + minutes * 60_000)
}

const DAY: i64 = 24 * 60;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn actor(party: &str, role: Role) -> Actor {
    Actor {
        user: format!("user-of-{party}"),
        party: p(party),
        roles: vec![role],
    }
}

fn delegate(party: &str) -> Actor {
    actor(party, Role::Delegate)
}

fn meta(author: &str, time: Timestamp) -> RecordMeta {
    RecordMeta {
        author: p(author),
        key_id: format!("key-of-{author}"),
        time,
    }
}

/// Every test meeting has this id (one meeting per scenario).
fn meeting_id() -> MeetingId {
    MeetingId::from_random([1; 16])
}

fn doc_id(n: u8) -> DocumentId {
    DocumentId::from_random([n.wrapping_add(100); 16])
}

const SCO: &str = "sco";
const STATES: [&str; 8] = ["KAZ", "KGZ", "TJK", "UZB", "TKM", "MNG", "PAK", "IND"];

const PARAS: [&str; 3] = [
    "The participants met in Astana.",
    "They agree to share river flow data before each dry season.",
    "They will meet again in 2027.",
];

/// A delegation as a party registers it: head of delegation first.
fn delegation(party: &str) -> Vec<String> {
    vec![head(party), format!("Adviser of {party}")]
}

fn head(party: &str) -> String {
    format!("Head of delegation of {party}")
}

/// A two-day consultation in Astana with two agenda items; ad hoc when `mechanism` is `None`.
fn convening(mechanism: Option<&str>, invited: &[(&str, Attendance)]) -> ConveneMeeting {
    ConveneMeeting {
        id: meeting_id(),
        mechanism: mechanism.map(p),
        kind: MeetingKind::Consultation,
        title: "Consultations on transboundary water security".into(),
        opens: date(2026, 3, 2),
        closes: date(2026, 3, 3),
        place: Some("Astana".into()),
        online: None,
        languages: vec!["en".into(), "ru".into()],
        agenda: vec![
            NewAgendaItem {
                title: "Opening statements".into(),
                priorities: vec![],
            },
            NewAgendaItem {
                title: "River flow data".into(),
                priorities: vec![],
            },
        ],
        invited: invited.iter().map(|(m, a)| (p(m), *a)).collect(),
        rule: None,
    }
}

fn meeting_of(state: &State) -> &Meeting {
    &state.meetings[&meeting_id()]
}

fn document_of(state: &State, n: u8) -> Result<&OutcomeDocument, DomainError> {
    state
        .documents
        .get(&doc_id(n))
        .ok_or_else(|| DomainError::NotFound(format!("no document {n}")))
}

/// A journal and the state it projects to. Every accepted command is applied through
/// [`State::apply`] with the acting party as the record's author, one minute after the last.
struct Dialogue {
    state: State,
    /// Minutes since [`t`]'s origin.
    clock: i64,
    journal: Vec<(RecordMeta, Event)>,
}

impl Dialogue {
    fn with_parties(ids: &[&str]) -> Self {
        let mut d = Self {
            state: State::default(),
            clock: 0,
            journal: Vec::new(),
        };
        for id in ids {
            let kind = if p(id).is_iso3() {
                PartyKind::State
            } else {
                PartyKind::Mechanism
            };
            let party = Party::new(p(id), kind, &format!("Party {id}")).unwrap();
            d.record(
                id,
                Event::Registry(RegistryEvent::PartyRegistered {
                    party,
                    public_key: "AAAA".into(),
                }),
            );
        }
        d
    }

    /// The eight states of [`STATES`] and the mechanism `sco`.
    fn new() -> Self {
        let mut ids = STATES.to_vec();
        ids.push(SCO);
        Self::with_parties(&ids)
    }

    fn now(&self) -> Timestamp {
        t(self.clock)
    }

    fn record(&mut self, by: &str, event: Event) {
        let meta = meta(by, self.now());
        if let Err(e) = self.state.apply(&meta, &event) {
            panic!("a decided event must apply: {event:?} by {by}: {e}");
        }
        self.journal.push((meta, event));
        self.clock += 1;
    }

    /// Decides a command as `actor` now; an accepted event is applied through [`State::apply`]
    /// with the actor's party as its author.
    fn act_as<E: Into<Event>>(
        &mut self,
        actor: &Actor,
        decide: impl FnOnce(&Actor, &State, Timestamp) -> Result<E, DomainError>,
    ) -> Result<Event, DomainError> {
        let event = decide(actor, &self.state, self.now())?.into();
        self.record(actor.party.as_str(), event.clone());
        Ok(event)
    }

    /// [`Self::act_as`] by a delegate of `by`.
    fn act<E: Into<Event>>(
        &mut self,
        by: &str,
        decide: impl FnOnce(&Actor, &State, Timestamp) -> Result<E, DomainError>,
    ) -> Result<Event, DomainError> {
        self.act_as(&delegate(by), decide)
    }

    fn meeting(&self) -> &Meeting {
        meeting_of(&self.state)
    }

    fn doc(&self, n: u8) -> &OutcomeDocument {
        document_of(&self.state, n).unwrap()
    }

    fn status(&self, party: &str) -> Option<Registration> {
        self.meeting().participant(&p(party)).map(|x| x.status)
    }

    // ------------------------------------------------------------ commands

    fn declare(
        &mut self,
        by: &str,
        mechanism: &str,
        default: RuleKind,
        allowed: &[RuleKind],
        series: &str,
    ) -> Result<Event, DomainError> {
        let command = DeclareRules {
            mechanism: p(mechanism),
            default,
            allowed: allowed.to_vec(),
            quorum: None,
            series: series.into(),
        };
        self.act(by, |a, s, _| {
            decide_declare(a, command, &s.parties[&p(mechanism)])
        })
    }

    fn convene(&mut self, by: &str, command: ConveneMeeting) -> Result<Event, DomainError> {
        self.convene_as(&delegate(by), command)
    }

    fn convene_as(&mut self, actor: &Actor, command: ConveneMeeting) -> Result<Event, DomainError> {
        self.act_as(actor, |a, s, _| {
            let rules = command.mechanism.as_ref().and_then(|m| s.rules.get(m));
            let existing = s.meetings.contains_key(&command.id);
            decide_convene(a, command.clone(), existing, rules, &|x| {
                s.parties.contains_key(x)
            })
        })
    }

    /// `by` registers its [`delegation`]; `member` says whether it is a member of the meeting's
    /// mechanism.
    fn register(
        &mut self,
        by: &str,
        attendance: Option<Attendance>,
        member: bool,
    ) -> Result<Event, DomainError> {
        self.register_as(&delegate(by), attendance, member)
    }

    fn register_as(
        &mut self,
        actor: &Actor,
        attendance: Option<Attendance>,
        member: bool,
    ) -> Result<Event, DomainError> {
        let standing = Standing {
            mechanism_member: member,
            state_or_organisation: actor.party.is_iso3(),
        };
        let delegates = delegation(actor.party.as_str());
        self.act_as(actor, |a, s, _| {
            decide_register(a, meeting_of(s), attendance, delegates, standing)
        })
    }

    /// `by` approves or declines `party`'s registration.
    fn answer(&mut self, by: &str, party: &str, approve: bool) -> Result<Event, DomainError> {
        self.answer_as(&delegate(by), party, approve)
    }

    fn answer_as(
        &mut self,
        actor: &Actor,
        party: &str,
        approve: bool,
    ) -> Result<Event, DomainError> {
        self.act_as(actor, |a, s, _| {
            decide_registration(a, meeting_of(s), &p(party), approve, Some("noted"))
        })
    }

    fn withdraw(&mut self, by: &str) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| decide_withdraw(a, meeting_of(s)))
    }

    fn floor(&mut self, by: &str, item: u32, speaker: &str) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| {
            decide_request_floor(a, meeting_of(s), item, speaker)
        })
    }

    fn unfloor(&mut self, by: &str, item: u32) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| decide_withdraw_floor(a, meeting_of(s), item))
    }

    fn attach(&mut self, by: &str, item: u32, url: &str) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| {
            decide_attach(a, meeting_of(s), item, "Background paper", url)
        })
    }

    fn cancel(&mut self, by: &str, reason: &str) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| decide_cancel(a, meeting_of(s), reason))
    }

    fn revise(&mut self, by: &str, revision: MeetingRevision) -> Result<Event, DomainError> {
        self.revise_as(&delegate(by), revision)
    }

    fn revise_as(
        &mut self,
        actor: &Actor,
        revision: MeetingRevision,
    ) -> Result<Event, DomainError> {
        self.act_as(actor, |a, s, _| decide_revise(a, meeting_of(s), revision))
    }

    fn agenda_titles(&self) -> Vec<String> {
        self.meeting()
            .agenda
            .iter()
            .map(|i| i.title.clone())
            .collect()
    }

    fn draft(&mut self, by: &str, doc: u8, paragraphs: &[&str]) -> Result<Event, DomainError> {
        let command = DraftDocument {
            id: doc_id(doc),
            meeting: meeting_id(),
            title: format!("Joint statement {doc}"),
            priorities: vec![],
            paragraphs: paragraphs.iter().map(|x| (*x).to_owned()).collect(),
        };
        self.act(by, |a, s, _| {
            let existing = s.documents.contains_key(&command.id);
            decide_draft(a, meeting_of(s), command, existing)
        })
    }

    fn amend(&mut self, by: &str, doc: u8, edit: EditByNumber) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| {
            decide_amend(
                a,
                meeting_of(s),
                document_of(s, doc)?,
                edit,
                Some("clarity"),
            )
        })
    }

    /// `by` accepts or rejects amendment `number`.
    fn settle(
        &mut self,
        by: &str,
        doc: u8,
        number: u32,
        accept: bool,
    ) -> Result<Event, DomainError> {
        self.act(by, |a, s, _| {
            decide_amendment(a, document_of(s, doc)?, number, accept)
        })
    }

    fn open(&mut self, by: &str, doc: u8, rule: Rule) -> Result<Event, DomainError> {
        self.open_with(by, doc, rule, &|_| false)
    }

    fn open_with(
        &mut self,
        by: &str,
        doc: u8,
        rule: Rule,
        permanent: &dyn Fn(&PartyId) -> bool,
    ) -> Result<Event, DomainError> {
        self.act(by, |a, s, now| {
            decide_open(a, meeting_of(s), document_of(s, doc)?, rule, permanent, now)
        })
    }

    fn take(&mut self, by: &str, doc: u8, position: Position) -> Result<Event, DomainError> {
        self.take_as(&delegate(by), doc, position, None)
    }

    fn take_as(
        &mut self,
        actor: &Actor,
        doc: u8,
        position: Position,
        comfort: Option<Comfort>,
    ) -> Result<Event, DomainError> {
        self.act_as(actor, |a, s, now| {
            decide_position(a, document_of(s, doc)?, position, comfort, now)
        })
    }

    fn close(&mut self, by: &str, doc: u8) -> Result<Event, DomainError> {
        self.act(by, |a, s, now| close_in(a, s, doc, now))
    }

    fn commit(
        &mut self,
        by: &str,
        doc: u8,
        paragraph: u32,
        parties: &[&str],
    ) -> Result<Event, DomainError> {
        let parties = parties.iter().map(|x| p(x)).collect();
        self.act(by, |a, s, _| {
            decide_commitment(a, document_of(s, doc)?, paragraph, parties, None)
        })
    }

    fn report(
        &mut self,
        by: &str,
        doc: u8,
        commitment: u32,
        status: Implementation,
    ) -> Result<Event, DomainError> {
        self.report_as(&delegate(by), doc, commitment, status)
    }

    fn report_as(
        &mut self,
        actor: &Actor,
        doc: u8,
        commitment: u32,
        status: Implementation,
    ) -> Result<Event, DomainError> {
        self.act_as(actor, |a, s, _| {
            decide_report(
                a,
                document_of(s, doc)?,
                commitment,
                status,
                &format!("{} reports {}.", a.party, status.as_str()),
                vec!["https://example.org/evidence".into()],
            )
        })
    }

    /// The convener opens a consensus decision on `doc`, every one of `members` supports, and
    /// the convener closes it; returns the symbol.
    fn adopt(&mut self, convener: &str, doc: u8, members: &[&str]) -> String {
        self.open(convener, doc, Rule::Consensus).unwrap();
        for m in members {
            self.take(m, doc, Support).unwrap();
        }
        self.close(convener, doc).unwrap();
        self.doc(doc)
            .adoption
            .as_ref()
            .expect("adopted")
            .symbol
            .clone()
    }
}

/// Decides closing the open decision on `doc`, with the series as stored for `now`'s year.
fn close_in(a: &Actor, s: &State, doc: u8, now: Timestamp) -> Result<DocumentEvent, DomainError> {
    let document = document_of(s, doc)?;
    let series = s
        .series
        .get(&Series::entity_of(&document.series, now_year(now)));
    decide_close(a, document, series, now)
}

/// KAZ convenes an ad hoc consultation inviting `members` as members and `observers` as
/// observers, and every invited party accepts.
fn ad_hoc(members: &[&str], observers: &[&str]) -> Dialogue {
    let mut d = Dialogue::new();
    let invited: Vec<(&str, Attendance)> = members
        .iter()
        .map(|m| (*m, Member))
        .chain(observers.iter().map(|o| (*o, Observer)))
        .collect();
    d.convene("KAZ", convening(None, &invited)).unwrap();
    for party in members.iter().chain(observers) {
        d.register(party, None, false).unwrap();
    }
    d
}

/// `sco` declares `allowed` (the first is the default) and series `GSI/SCO`, then convenes a
/// meeting inviting `members` as members, who accept.
fn sco_meeting(allowed: &[RuleKind], members: &[&str]) -> Dialogue {
    let mut d = Dialogue::new();
    d.declare(SCO, SCO, allowed[0], allowed, "GSI/SCO").unwrap();
    let invited: Vec<(&str, Attendance)> = members.iter().map(|m| (*m, Member)).collect();
    d.convene(SCO, convening(Some(SCO), &invited)).unwrap();
    for m in members {
        d.register(m, None, true).unwrap();
    }
    d
}

#[track_caller]
fn err(r: Result<Event, DomainError>) -> DomainError {
    match r {
        Ok(e) => panic!("expected a refusal, got {e:?}"),
        Err(e) => e,
    }
}

#[track_caller]
fn forbidden(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::Forbidden(m) => m,
        e => panic!("expected Forbidden, got {e:?}"),
    }
}

#[track_caller]
fn invalid(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::Invalid(m) => m,
        e => panic!("expected Invalid, got {e:?}"),
    }
}

#[track_caller]
fn conflict(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::Conflict(m) => m,
        e => panic!("expected Conflict, got {e:?}"),
    }
}

#[track_caller]
fn not_found(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::NotFound(m) => m,
        e => panic!("expected NotFound, got {e:?}"),
    }
}

fn ids(list: &[PartyId]) -> Vec<&str> {
    list.iter().map(PartyId::as_str).collect()
}

// ---------------------------------------------------------------- rules and convening

#[test]
fn declaring_rules_is_for_the_mechanism_alone() {
    let mut d = Dialogue::new();
    use RuleKind::{Consensus, ConsensusMinusX, SimpleMajority};
    let m = forbidden(d.declare("KAZ", SCO, Consensus, &[Consensus], "GSI/SCO"));
    assert!(m.contains("cannot act for sco"), "{m}");
    let m = invalid(d.declare("KAZ", "KAZ", Consensus, &[Consensus], "GSI/KAZ"));
    assert!(m.contains("is a state"), "{m}");
    invalid(d.declare(SCO, SCO, SimpleMajority, &[Consensus], "GSI/SCO"));
    invalid(d.declare(SCO, SCO, Consensus, &[], "GSI/SCO"));
    invalid(d.declare(SCO, SCO, Consensus, &[Consensus], "gsi/sco"));
    assert!(d.state.rules.is_empty());
    let at = d.now();
    d.declare(
        SCO,
        SCO,
        Consensus,
        &[ConsensusMinusX, Consensus, ConsensusMinusX],
        " GSI/SCO ",
    )
    .unwrap();
    let rules = &d.state.rules[&p(SCO)];
    assert_eq!(rules.allowed, vec![Consensus, ConsensusMinusX]);
    assert_eq!(rules.series, "GSI/SCO");
    assert_eq!(rules.declared_at, Some(at));
}

#[test]
fn a_mechanism_meeting_is_convened_only_by_the_mechanism() {
    let mut d = Dialogue::new();
    let command = convening(Some(SCO), &[("KAZ", Member), ("KGZ", Member)]);
    let m = forbidden(d.convene("KAZ", command.clone()));
    assert!(m.contains("cannot act for sco"), "{m}");
    forbidden(d.convene_as(&actor(SCO, Role::Reader), command.clone()));
    assert!(d.state.meetings.is_empty());

    d.convene_as(&actor(SCO, Role::Secretariat), command.clone())
        .unwrap();
    let m = d.meeting();
    assert_eq!(m.convener, p(SCO));
    assert_eq!(m.mechanism, Some(p(SCO)));
    // The secretariat serves the meeting; it is not one of its participants.
    assert!(m.participant(&p(SCO)).is_none());
    assert!(
        m.participants
            .iter()
            .all(|x| x.status == Registration::Invited)
    );
    assert_eq!(m.agenda.len(), 2);
    assert_eq!(m.agenda[1].number, 2);
    conflict(d.convene(SCO, command));
}

#[test]
fn an_ad_hoc_meeting_needs_at_least_one_invited_member() {
    let mut d = Dialogue::new();
    for invited in [&[][..], &[("KGZ", Observer), ("TJK", Observer)][..]] {
        let m = invalid(d.convene("KAZ", convening(None, invited)));
        assert!(m.contains("invite at least one as a member"), "{m}");
    }
    // Inviting itself, inviting twice or inviting an unknown party does not count either.
    invalid(d.convene("KAZ", convening(None, &[("KAZ", Member)])));
    invalid(d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("KGZ", Observer)]),
    ));
    not_found(d.convene("KAZ", convening(None, &[("AFG", Member)])));
    assert!(d.state.meetings.is_empty());

    d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("TJK", Observer)]),
    )
    .unwrap();
    let m = d.meeting();
    assert_eq!((m.convener.as_str(), m.mechanism.as_ref()), ("KAZ", None));
    // The convening party takes part by convening; the others are only offered a seat.
    assert_eq!(d.status("KAZ"), Some(Registration::Approved));
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    assert_eq!(d.status("TJK"), Some(Registration::Invited));
    assert_eq!(m.rule, RuleKind::Consensus);
    assert_eq!(m.allowed_rules, RuleKind::ALL.to_vec());
    assert_eq!(m.series, "GSI/KAZ");
}

#[test]
fn a_rule_the_mechanism_does_not_allow_is_refused() {
    use RuleKind::{Consensus, ConsensusMinusX, SimpleMajority};
    let mut d = Dialogue::new();
    d.declare(
        SCO,
        SCO,
        Consensus,
        &[ConsensusMinusX, Consensus],
        "GSI/SCO",
    )
    .unwrap();
    let mut command = convening(Some(SCO), &[("KAZ", Member)]);
    command.rule = Some(SimpleMajority);
    let m = invalid(d.convene(SCO, command.clone()));
    assert!(m.contains("does not allow the rule simple_majority"), "{m}");

    command.rule = Some(ConsensusMinusX);
    d.convene(SCO, command).unwrap();
    let m = d.meeting();
    assert_eq!(m.rule, ConsensusMinusX);
    assert_eq!(m.allowed_rules, vec![Consensus, ConsensusMinusX]);
    assert_eq!(m.series, "GSI/SCO");

    // A decision under a rule the mechanism does not allow is refused as well.
    d.register("KAZ", None, true).unwrap();
    d.draft(SCO, 1, &PARAS).unwrap();
    let m = invalid(d.open(SCO, 1, Rule::SimpleMajority));
    assert!(m.contains("does not allow simple majority"), "{m}");
    d.open(SCO, 1, Rule::ConsensusMinusX).unwrap();
}

#[test]
fn an_undeclared_mechanism_defaults_to_consensus() {
    let mut d = Dialogue::new();
    let undeclared = MechanismRules::undeclared(&p(SCO));
    assert_eq!(undeclared.default, RuleKind::Consensus);
    assert_eq!(
        undeclared.allowed,
        vec![RuleKind::Consensus, RuleKind::Silence]
    );
    // Until it declares, the mechanism's meetings allow consensus or the silence procedure only
    // and number their documents in a series named after it.
    let mut command = convening(Some(SCO), &[("KAZ", Member)]);
    command.rule = Some(RuleKind::SimpleMajority);
    let m = invalid(d.convene(SCO, command.clone()));
    assert!(m.contains("does not allow the rule simple_majority"), "{m}");
    command.rule = None;
    d.convene(SCO, command).unwrap();
    let m = d.meeting();
    assert_eq!(m.rule, RuleKind::Consensus);
    assert_eq!(m.allowed_rules, undeclared.allowed);
    assert_eq!(m.series, "SCO");
}

#[test]
fn a_meeting_cannot_close_before_it_opens() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.closes = date(2026, 3, 1);
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("before it opens"), "{m}");
    // A one-day meeting opens and closes on the same day.
    command.closes = command.opens;
    d.convene("KAZ", command).unwrap();
}

#[test]
fn a_meeting_needs_a_place_or_an_online_address() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    for place in [None, Some("   ".to_owned())] {
        command.place = place;
        let m = invalid(d.convene("KAZ", command.clone()));
        assert!(m.contains("needs a place, an online address"), "{m}");
    }
    command.online = Some("meet.example.org/gsi".into());
    invalid(d.convene("KAZ", command.clone()));
    command.online = Some("https://meet.example.org/gsi".into());
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().place, None);
    assert_eq!(
        d.meeting().online.as_deref(),
        Some("https://meet.example.org/gsi")
    );
}

#[test]
fn a_working_language_is_listed_once() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.languages = vec!["e1".into()];
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("is not a language code"), "{m}");
    command.languages = vec![" ".into()];
    invalid(d.convene("KAZ", command.clone()));
    command.languages = vec![];
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("at least one language"), "{m}");
    // Codes are trimmed and lowercased, and a code given again (even apart, even in capitals) is
    // listed once, where it first appeared.
    command.languages = vec!["en".into(), "ru".into(), "EN".into()];
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().languages, vec!["en", "ru"]);

    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.languages = vec![
        " ZH ".into(),
        "ru".into(),
        "zh".into(),
        "RU".into(),
        "en".into(),
    ];
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().languages, vec!["zh", "ru", "en"]);
}

// ---------------------------------------------------------------- registration and consent

#[test]
fn an_invited_party_takes_part_only_by_its_own_registration() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Member), ("UZB", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    // An invitation is an offer: the invited party does not take part until it accepts.
    for party in ["KGZ", "TJK", "UZB"] {
        assert_eq!(d.status(party), Some(Registration::Invited));
        assert!(!d.meeting().takes_part(&p(party)));
    }
    // The convener cannot accept it for the party, and nobody else's registration counts.
    let m = conflict(d.answer("KAZ", "KGZ", true));
    assert!(m.contains("KGZ's registration is invited"), "{m}");
    d.register("TJK", None, false).unwrap();
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    // Only a role that may author records accepts for the party.
    forbidden(d.register_as(&actor("KGZ", Role::Reader), None, false));
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    forbidden(d.floor("KGZ", 1, &head("KGZ")));

    // The party's own registration accepts the invitation in the capacity offered.
    let at = d.now();
    d.register("KGZ", None, false).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(kgz.status, Registration::Approved);
    assert_eq!(kgz.attendance, Member);
    assert_eq!(kgz.delegates, delegation("KGZ"));
    assert_eq!(kgz.since, at);
    assert!(d.meeting().takes_part(&p("KGZ")));
    assert_eq!(d.status("TJK"), Some(Registration::Approved));
    d.register("UZB", Some(Observer), false).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));

    // Declining an invitation is withdrawing; coming back then waits for the convener.
    let mut d = Dialogue::new();
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.withdraw("TJK").unwrap();
    assert_eq!(d.status("TJK"), Some(Registration::Withdrawn));
    assert!(!d.meeting().takes_part(&p("TJK")));
    d.register("TJK", None, false).unwrap();
    assert_eq!(d.status("TJK"), Some(Registration::Requested));
    assert!(!d.meeting().takes_part(&p("TJK")));
    d.answer("KAZ", "TJK", true).unwrap();
    assert!(d.meeting().takes_part(&p("TJK")));
}

#[test]
fn a_non_member_cannot_register_as_a_member_of_a_mechanism_meeting() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    let m = forbidden(d.register("TKM", Some(Member), false));
    assert!(
        m.contains("TKM is not a member of sco on 2026-03-02"),
        "{m}"
    );
    assert!(m.contains("may register as an observer"), "{m}");
    assert!(d.meeting().participant(&p("TKM")).is_none());
    // Unset, a non-member's capacity is observer; it asks, and waits for the convener.
    d.register("TKM", None, false).unwrap();
    let tkm = d.meeting().participant(&p("TKM")).unwrap();
    assert_eq!(
        (tkm.attendance, tkm.status),
        (Observer, Registration::Requested)
    );
    // Asking to become a member later is refused the same way.
    forbidden(d.register("TKM", Some(Member), false));
    assert_eq!(
        d.meeting().participant(&p("TKM")).unwrap().attendance,
        Observer
    );
    d.answer(SCO, "TKM", true).unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Approved));

    // A member of the mechanism may register as a member without being invited.
    d.register("KGZ", Some(Member), true).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Member, Registration::Requested)
    );
}

#[test]
fn registrations_that_were_not_invited_wait_for_the_convener() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    // A state that was not invited asks to observe.
    d.register("UZB", None, false).unwrap();
    let uzb = d.meeting().participant(&p("UZB")).unwrap();
    assert_eq!(
        (uzb.attendance, uzb.status),
        (Observer, Registration::Requested)
    );
    assert_eq!(uzb.delegates, delegation("UZB"));
    assert!(!d.meeting().takes_part(&p("UZB")));
    // It cannot make itself a member of an ad hoc meeting, nor can a party invited to observe.
    let m = forbidden(d.register("TKM", Some(Member), false));
    assert!(m.contains("was not invited as a member"), "{m}");
    forbidden(d.register("TJK", Some(Member), false));
    assert_eq!(d.status("TJK"), Some(Registration::Invited));
    // A state is a member or an observer, never a guest; an organisation asks as a guest.
    let m = invalid(d.register("TKM", Some(Guest), false));
    assert!(m.contains("is a state or organisation"), "{m}");
    d.register(SCO, None, false).unwrap();
    let sco = d.meeting().participant(&p(SCO)).unwrap();
    assert_eq!(
        (sco.attendance, sco.status),
        (Guest, Registration::Requested)
    );
    // An invited party asking in another capacity than the one offered waits too.
    d.register("KGZ", Some(Observer), false).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Observer, Registration::Requested)
    );
    assert!(!d.meeting().takes_part(&p("KGZ")));

    d.answer("KAZ", "UZB", true).unwrap();
    d.answer("KAZ", SCO, false).unwrap();
    d.answer("KAZ", "KGZ", true).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));
    assert_eq!(d.status(SCO), Some(Registration::Declined));
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Observer, Registration::Approved)
    );
    assert_eq!(kgz.note.as_deref(), Some("noted"));
    assert!(d.meeting().takes_part(&p("UZB")));
    assert!(!d.meeting().takes_part(&p(SCO)));
}

#[test]
fn only_the_convener_approves_or_declines_registrations() {
    let mut d = ad_hoc(&["KGZ"], &["TJK"]);
    d.register("UZB", None, false).unwrap();
    d.register("TKM", None, false).unwrap();
    for who in ["KGZ", "TJK", "UZB", "MNG"] {
        let m = forbidden(d.answer(who, "UZB", true));
        assert!(m.contains("only the convener, KAZ"), "{who}: {m}");
    }
    forbidden(d.answer_as(&actor("KAZ", Role::Reader), "UZB", true));
    assert_eq!(d.status("UZB"), Some(Registration::Requested));

    d.answer("KAZ", "UZB", true).unwrap();
    d.answer("KAZ", "TKM", false).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));
    assert_eq!(d.status("TKM"), Some(Registration::Declined));
    // A registration is answered once; a party that did not register has none to answer.
    conflict(d.answer("KAZ", "UZB", false));
    conflict(d.answer("KAZ", "TKM", true));
    conflict(d.answer("KAZ", "KGZ", false));
    not_found(d.answer("KAZ", "MNG", true));
    assert_eq!(d.status("UZB"), Some(Registration::Approved));

    // In a mechanism's meeting the mechanism answers, through its secretariat; a member does not.
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    d.register("TKM", None, false).unwrap();
    forbidden(d.answer("KAZ", "TKM", true));
    d.answer_as(&actor(SCO, Role::Secretariat), "TKM", true)
        .unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Approved));
}

#[test]
fn withdrawn_participants_leave_the_list_of_speakers() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("KGZ", 1, &head("KGZ")).unwrap();
    d.floor("TJK", 1, &head("TJK")).unwrap();
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.withdraw("KGZ").unwrap();
    assert_eq!(d.status("KGZ"), Some(Registration::Withdrawn));
    let speakers = |d: &Dialogue, item: usize| -> Vec<String> {
        d.meeting().agenda[item]
            .speakers
            .iter()
            .map(|s| s.party.to_string())
            .collect()
    };
    assert_eq!(speakers(&d, 0), vec!["TJK"]);
    assert!(speakers(&d, 1).is_empty());
    // Withdrawn, it no longer asks for the floor, and it has nothing left to withdraw.
    forbidden(d.floor("KGZ", 1, &head("KGZ")));
    conflict(d.withdraw("KGZ"));
    // The convener of an ad hoc meeting cancels it rather than withdrawing.
    let m = invalid(d.withdraw("KAZ"));
    assert!(m.contains("cancels it rather than withdrawing"), "{m}");
    // A party that never registered has nothing to withdraw.
    conflict(d.withdraw("MNG"));
}

#[test]
fn the_secretariat_does_not_register_in_its_own_meeting() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    for attendance in [None, Some(Member), Some(Observer), Some(Guest)] {
        let m = invalid(d.register(SCO, attendance, true));
        assert!(m.contains("serves it as secretariat"), "{m}");
    }
    assert!(d.meeting().participant(&p(SCO)).is_none());
    // It still chairs: it answers registrations and attaches documents.
    d.register("TKM", None, false).unwrap();
    d.answer(SCO, "TKM", true).unwrap();
    d.attach(SCO, 1, "https://example.org/agenda").unwrap();

    // The convener of an ad hoc meeting takes part, and registers its delegation.
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.register("KAZ", None, false).unwrap();
    let kaz = d.meeting().participant(&p("KAZ")).unwrap();
    assert_eq!(
        (kaz.attendance, kaz.status),
        (Member, Registration::Approved)
    );
    assert_eq!(kaz.delegates, delegation("KAZ"));
}

#[test]
fn a_cancelled_meeting_refuses_registrations() {
    let mut d = Dialogue::new();
    d.convene("KAZ", convening(None, &[("KGZ", Member), ("TJK", Member)]))
        .unwrap();
    d.register("TJK", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    // Only the convener cancels, and gives a reason.
    let m = forbidden(d.cancel("TJK", "Postponed."));
    assert!(
        m.contains("only the convener, KAZ, may cancel the meeting"),
        "{m}"
    );
    invalid(d.cancel("KAZ", "  "));
    assert_eq!(d.meeting().cancelled, None);
    d.cancel("KAZ", "Postponed to the autumn.").unwrap();
    assert_eq!(
        d.meeting().cancelled.as_deref(),
        Some("Postponed to the autumn.")
    );

    for (who, attendance) in [("KGZ", None), ("MNG", None), ("TJK", Some(Member))] {
        let m = conflict(d.register(who, attendance, false));
        assert!(
            m.contains("the meeting was cancelled (Postponed"),
            "{who}: {m}"
        );
    }
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    assert!(d.meeting().participant(&p("MNG")).is_none());
    conflict(d.answer("KAZ", "UZB", true));
    assert_eq!(d.status("UZB"), Some(Registration::Requested));
    conflict(d.withdraw("TJK"));
    conflict(d.floor("TJK", 1, &head("TJK")));
    conflict(d.attach("KAZ", 1, "https://example.org/paper"));
    conflict(d.cancel("KAZ", "Again."));
}

// ---------------------------------------------------------------- revising a meeting

fn pr(s: &str) -> PriorityRef {
    PriorityRef::parse(s).unwrap()
}

fn retitled(title: &str) -> MeetingRevision {
    MeetingRevision {
        title: Some(title.into()),
        ..MeetingRevision::default()
    }
}

fn agenda_revision(changes: Vec<AgendaChange>) -> MeetingRevision {
    MeetingRevision {
        agenda: changes,
        ..MeetingRevision::default()
    }
}

fn add(title: &str, after: Option<u32>) -> AgendaChange {
    AgendaChange::Add {
        title: title.into(),
        priorities: vec![],
        after,
    }
}

fn remove(item: u32) -> AgendaChange {
    AgendaChange::Remove { item }
}

fn speakers_of(d: &Dialogue, item: usize) -> Vec<String> {
    d.meeting().agenda[item]
        .speakers
        .iter()
        .map(|s| s.party.to_string())
        .collect()
}

#[test]
fn only_the_convener_revises_a_meeting() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    let revision = retitled("Consultations on water security, second session");
    for who in ["KGZ", "UZB", "MNG"] {
        let m = forbidden(d.revise(who, revision.clone()));
        assert!(
            m.contains("only the convener, KAZ, may revise the meeting"),
            "{who}: {m}"
        );
    }
    // The convener's readers author nothing.
    forbidden(d.revise_as(&actor("KAZ", Role::Reader), revision.clone()));
    assert_eq!(d.meeting().revised_at, None);
    assert_eq!(
        d.meeting().title,
        "Consultations on transboundary water security"
    );

    let at = d.now();
    d.revise("KAZ", revision).unwrap();
    assert_eq!(
        d.meeting().title,
        "Consultations on water security, second session"
    );
    assert_eq!(d.meeting().revised_at, Some(at));

    // In a mechanism's meeting the mechanism revises, through its secretariat; a member does not.
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    let online = MeetingRevision {
        place: Some(String::new()),
        online: Some(" https://meet.example.org/sco ".into()),
        ..MeetingRevision::default()
    };
    forbidden(d.revise("KAZ", online.clone()));
    d.revise_as(&actor(SCO, Role::Secretariat), online).unwrap();
    assert_eq!(d.meeting().place, None);
    assert_eq!(
        d.meeting().online.as_deref(),
        Some("https://meet.example.org/sco")
    );
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_revision_prepared_on_an_older_meeting_is_refused() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    // Never revised: a form built now names no earlier revision.
    require_unrevised_since(d.meeting(), None).unwrap();
    let at = d.now();
    d.revise("KAZ", retitled("Second session")).unwrap();
    let stale = require_unrevised_since(d.meeting(), None);
    assert!(
        matches!(&stale, Err(DomainError::Conflict(m)) if m.contains("revised after this form was opened")),
        "{stale:?}"
    );
    require_unrevised_since(d.meeting(), Some(at)).unwrap();
    assert!(require_unrevised_since(d.meeting(), Some(t(0))).is_err());
}

#[test]
fn a_revision_is_checked_as_a_convening_is() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let before = d.meeting().clone();
    let dates = |opens: Option<NaiveDate>, closes: Option<NaiveDate>| MeetingRevision {
        opens,
        closes,
        ..MeetingRevision::default()
    };
    // Moving the opening past the closing; moving both is fine.
    let m = invalid(d.revise("KAZ", dates(Some(date(2026, 3, 5)), None)));
    assert!(
        m.contains("closes (2026-03-03) before it opens (2026-03-05)"),
        "{m}"
    );
    invalid(d.revise("KAZ", retitled("  ")));
    invalid(d.revise("KAZ", retitled(&"x".repeat(301))));
    // Neither a venue nor an online address.
    let m = invalid(d.revise(
        "KAZ",
        MeetingRevision {
            place: Some("  ".into()),
            ..MeetingRevision::default()
        },
    ));
    assert!(
        m.contains("needs a place, an online address, or both"),
        "{m}"
    );
    invalid(d.revise(
        "KAZ",
        MeetingRevision {
            online: Some("meet.example.org".into()),
            ..MeetingRevision::default()
        },
    ));
    let languages = |l: &[&str]| MeetingRevision {
        languages: Some(l.iter().map(|x| (*x).to_owned()).collect()),
        ..MeetingRevision::default()
    };
    invalid(d.revise("KAZ", languages(&[])));
    let m = invalid(d.revise("KAZ", languages(&["english"])));
    assert!(m.contains("is not a language code"), "{m}");
    // The agenda: items that exist, each changed once, at least one left, titles given.
    let m = invalid(d.revise("KAZ", agenda_revision(vec![remove(3)])));
    assert!(
        m.contains("the agenda has items 1 to 2; there is no item 3"),
        "{m}"
    );
    invalid(d.revise("KAZ", agenda_revision(vec![remove(0)])));
    invalid(d.revise("KAZ", agenda_revision(vec![add("Late item", Some(3))])));
    invalid(d.revise("KAZ", agenda_revision(vec![add(" ", None)])));
    let m = invalid(d.revise("KAZ", agenda_revision(vec![remove(1), remove(2)])));
    assert!(m.contains("the agenda needs at least one item"), "{m}");
    let twice = vec![
        AgendaChange::Retitle {
            item: 1,
            title: Some("Opening".into()),
            priorities: None,
        },
        remove(1),
    ];
    let m = invalid(d.revise("KAZ", agenda_revision(twice)));
    assert!(m.contains("item 1 is changed more than once"), "{m}");
    let empty = AgendaChange::Retitle {
        item: 1,
        title: None,
        priorities: None,
    };
    invalid(d.revise("KAZ", agenda_revision(vec![empty])));
    assert_eq!(*d.meeting(), before, "nothing refused changed the meeting");

    d.revise(
        "KAZ",
        MeetingRevision {
            opens: Some(date(2026, 3, 5)),
            closes: Some(date(2026, 3, 6)),
            languages: Some(vec!["ZH".into(), " zh".into(), "en".into()]),
            ..MeetingRevision::default()
        },
    )
    .unwrap();
    let m = d.meeting();
    assert_eq!((m.opens, m.closes), (date(2026, 3, 5), date(2026, 3, 6)));
    assert_eq!(m.languages, vec!["zh", "en"], "each language listed once");
}

#[test]
fn agenda_items_renumber_and_keep_their_speakers_and_documents() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("TJK", 1, &head("TJK")).unwrap();
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.attach("TJK", 2, "https://example.org/flows").unwrap();

    // Numbers name the items as the agenda stands before the revision.
    d.revise(
        "KAZ",
        agenda_revision(vec![
            add("Adoption of the agenda", Some(0)),
            AgendaChange::Retitle {
                item: 2,
                title: Some(" Sharing river flow data ".into()),
                priorities: Some(vec![pr("III.20"), pr("III.11"), pr("III.11")]),
            },
            // After the last item and at the end are one place: items go there as given.
            add("Dates of the next session", Some(2)),
            add("Any other business", None),
        ]),
    )
    .unwrap();
    assert_eq!(
        d.agenda_titles(),
        vec![
            "Adoption of the agenda",
            "Opening statements",
            "Sharing river flow data",
            "Dates of the next session",
            "Any other business",
        ]
    );
    let numbers: Vec<u32> = d.meeting().agenda.iter().map(|i| i.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    // The speakers and documents moved with their items.
    assert_eq!(speakers_of(&d, 1), vec!["TJK"]);
    assert_eq!(speakers_of(&d, 2), vec!["KGZ"]);
    let item = &d.meeting().agenda[2];
    assert_eq!(item.documents.len(), 1);
    assert_eq!(item.documents[0].url, "https://example.org/flows");
    assert_eq!(item.priorities, vec![pr("III.11"), pr("III.20")]);
    assert!(d.meeting().agenda[0].speakers.is_empty());

    // Later acts use the new numbers.
    d.floor("TJK", 3, &head("TJK")).unwrap();
    assert_eq!(speakers_of(&d, 2), vec!["KGZ", "TJK"]);
    // Removing an empty item moves the later ones up.
    d.revise("KAZ", agenda_revision(vec![remove(1), remove(4)]))
        .unwrap();
    assert_eq!(
        d.agenda_titles(),
        vec![
            "Opening statements",
            "Sharing river flow data",
            "Any other business"
        ]
    );
    assert_eq!(speakers_of(&d, 0), vec!["TJK"]);
    assert_eq!(speakers_of(&d, 1), vec!["KGZ", "TJK"]);
    assert_eq!(d.meeting().agenda[1].number, 2);
    conflict(d.floor("KGZ", 2, &head("KGZ")));
    // The journal rebuilds the same agenda.
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn an_agenda_item_with_speakers_or_documents_cannot_be_removed() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.attach("KAZ", 1, "https://example.org/agenda").unwrap();
    let m = conflict(d.revise("KAZ", agenda_revision(vec![remove(2)])));
    assert!(
        m.contains("item 2 (\"River flow data\") cannot be removed: it has 1 speaker on its list"),
        "{m}"
    );
    assert!(m.contains("drop them from the meeting's record"), "{m}");
    let m = conflict(d.revise("KAZ", agenda_revision(vec![remove(1)])));
    assert!(m.contains("1 attached document"), "{m}");
    assert_eq!(d.meeting().agenda.len(), 2);
    // Replay refuses the convener's own row doing it.
    let removed = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: agenda_revision(vec![remove(2)]),
    }));
    conflict(row(&mut d, "KAZ", &removed));

    // Once the speaker has left the list, the item can go.
    d.unfloor("KGZ", 2).unwrap();
    d.revise("KAZ", agenda_revision(vec![remove(2)])).unwrap();
    assert_eq!(d.agenda_titles(), vec!["Opening statements"]);
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_revision_that_changes_nothing_is_refused() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let current = d.meeting().clone();
    let same = MeetingRevision {
        title: Some(format!("  {}  ", current.title)),
        opens: Some(current.opens),
        closes: Some(current.closes),
        place: Some("Astana".into()),
        online: Some(String::new()),
        languages: Some(vec!["EN".into(), "ru".into()]),
        agenda: vec![AgendaChange::Retitle {
            item: 1,
            title: Some("Opening statements".into()),
            priorities: Some(vec![]),
        }],
    };
    // Taking an empty item off and putting it back as it was changes nothing either.
    let back = agenda_revision(vec![remove(2), add("River flow data", Some(2))]);
    for revision in [MeetingRevision::default(), same.clone(), back] {
        let m = invalid(d.revise("KAZ", revision));
        assert_eq!(m, "the revision changes nothing");
    }
    assert_eq!(*d.meeting(), current);

    // The record keeps only what changes.
    let changed = MeetingRevision {
        place: Some("Bishkek".into()),
        ..same
    };
    match d.revise("KAZ", changed).unwrap() {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised { revision, .. })) => {
            assert_eq!(
                revision,
                MeetingRevision {
                    place: Some("Bishkek".into()),
                    ..MeetingRevision::default()
                }
            )
        }
        other => panic!("{other:?}"),
    }
    // Replay refuses a row that changes nothing.
    let again = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: MeetingRevision {
            place: Some("Bishkek".into()),
            ..MeetingRevision::default()
        },
    }));
    invalid(row(&mut d, "KAZ", &again));
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_cancelled_meeting_is_not_revised() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.cancel("KAZ", "Postponed to the autumn.").unwrap();
    let m = conflict(d.revise("KAZ", retitled("Autumn consultations")));
    assert!(
        m.contains("the meeting was cancelled (Postponed to the autumn.)"),
        "{m}"
    );
    // Replay refuses the convener's own row too.
    let revised = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: retitled("Autumn consultations"),
    }));
    conflict(row(&mut d, "KAZ", &revised));
    assert_eq!(
        d.meeting().title,
        "Consultations on transboundary water security"
    );
    assert_eq!(d.meeting().revised_at, None);
}

// ---------------------------------------------------------------- lists of speakers and documents

#[test]
fn only_approved_participants_ask_for_the_floor() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("UZB", None, false).unwrap();
    d.register("TKM", None, false).unwrap();
    d.answer("KAZ", "TKM", false).unwrap();
    // Invited, requested, declined or a stranger: not a participant.
    for who in ["KGZ", "UZB", "TKM", "MNG"] {
        let m = forbidden(d.floor(who, 1, &head(who)));
        assert!(m.contains("is not an approved participant"), "{who}: {m}");
    }
    assert!(d.meeting().agenda.iter().all(|i| i.speakers.is_empty()));

    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    d.answer("KAZ", "UZB", true).unwrap();
    // Members and observers alike speak, each for one of its delegates.
    for who in ["KGZ", "TJK", "UZB"] {
        d.floor(who, 1, &head(who)).unwrap();
    }
    forbidden(d.act_as(&actor("KGZ", Role::Reader), |a, s, _| {
        decide_request_floor(a, meeting_of(s), 2, &head("KGZ"))
    }));
    not_found(d.floor("KGZ", 3, &head("KGZ")));
    assert_eq!(d.meeting().agenda[0].speakers.len(), 3);
    assert!(d.meeting().agenda[1].speakers.is_empty());
}

#[test]
fn the_speaker_must_be_one_of_the_partys_delegates() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    for speaker in [head("TJK"), "Someone else".to_owned(), String::new()] {
        let m = invalid(d.floor("KGZ", 1, &speaker));
        assert!(m.contains("is not a delegate of KGZ"), "{speaker:?}: {m}");
    }
    // The convener of an ad hoc meeting has named no delegates until it registers them.
    invalid(d.floor("KAZ", 1, &head("KAZ")));
    assert!(d.meeting().agenda[0].speakers.is_empty());

    d.floor("KGZ", 1, "  Adviser of KGZ ").unwrap();
    d.register("KAZ", None, false).unwrap();
    d.floor("KAZ", 1, &head("KAZ")).unwrap();
    let speakers = &d.meeting().agenda[0].speakers;
    assert_eq!(speakers[0].party, p("KGZ"));
    assert_eq!(speakers[0].delegate, "Adviser of KGZ");
    assert_eq!(speakers[1].delegate, head("KAZ"));
}

#[test]
fn a_party_is_on_an_items_list_of_speakers_once() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("KGZ", 1, &head("KGZ")).unwrap();
    // Not again, not even for another of its delegates.
    let m = conflict(d.floor("KGZ", 1, "Adviser of KGZ"));
    assert!(
        m.contains("already on the list of speakers for item 1"),
        "{m}"
    );
    // Each item has its own list.
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.floor("TJK", 1, &head("TJK")).unwrap();
    assert_eq!(d.meeting().agenda[0].speakers.len(), 2);

    // Leaving the list lets it ask again, at the end of the list.
    d.unfloor("KGZ", 1).unwrap();
    conflict(d.unfloor("KGZ", 1));
    conflict(d.unfloor("UZB", 1));
    assert_eq!(d.meeting().agenda[1].speakers.len(), 1);
    d.floor("KGZ", 1, "Adviser of KGZ").unwrap();
    let speakers: Vec<(&str, &str)> = d.meeting().agenda[0]
        .speakers
        .iter()
        .map(|s| (s.party.as_str(), s.delegate.as_str()))
        .collect();
    assert_eq!(
        speakers,
        vec![("TJK", head("TJK").as_str()), ("KGZ", "Adviser of KGZ")]
    );
}

#[test]
fn speakers_are_listed_in_the_order_they_asked() {
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &["TKM"]);
    let mut times = Vec::new();
    for who in ["UZB", "TKM", "KGZ", "TJK"] {
        times.push(d.now());
        d.floor(who, 2, &head(who)).unwrap();
    }
    let speakers = &d.meeting().agenda[1].speakers;
    let order: Vec<&str> = speakers.iter().map(|s| s.party.as_str()).collect();
    // The order of asking, not of names, capacities or invitations.
    assert_eq!(order, vec!["UZB", "TKM", "KGZ", "TJK"]);
    let at: Vec<Timestamp> = speakers.iter().map(|s| s.at).collect();
    assert_eq!(at, times);
}

#[test]
fn only_the_convener_and_participants_attach_documents() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    d.register("TKM", None, false).unwrap();
    for who in ["TKM", "UZB"] {
        let m = forbidden(d.attach(who, 1, "https://example.org/paper"));
        assert!(m.contains("neither convenes nor takes part"), "{who}: {m}");
    }
    d.answer(SCO, "TKM", true).unwrap();
    // The convener (not a participant) and approved participants in any capacity attach.
    d.attach(SCO, 1, "https://example.org/agenda").unwrap();
    d.attach("KAZ", 1, " https://example.org/kaz ").unwrap();
    d.attach("TKM", 2, "https://example.org/tkm").unwrap();
    invalid(d.attach("KAZ", 1, "example.org/paper"));
    not_found(d.attach("KAZ", 3, "https://example.org/paper"));
    forbidden(d.act_as(&actor("KAZ", Role::Reader), |a, s, _| {
        decide_attach(a, meeting_of(s), 1, "Paper", "https://example.org/paper")
    }));
    let attached = |item: usize| -> Vec<(String, String)> {
        d.meeting().agenda[item]
            .documents
            .iter()
            .map(|x| (x.by.to_string(), x.url.clone()))
            .collect()
    };
    assert_eq!(
        attached(0),
        vec![
            (SCO.to_owned(), "https://example.org/agenda".to_owned()),
            ("KAZ".to_owned(), "https://example.org/kaz".to_owned()),
        ]
    );
    assert_eq!(
        attached(1),
        vec![("TKM".to_owned(), "https://example.org/tkm".to_owned())]
    );
}

// ---------------------------------------------------------------- drafting and amending

#[test]
fn only_the_convener_or_approved_members_draft_and_amend() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.register("TKM", Some(Observer), false).unwrap();
    // Observers, requests and strangers neither draft nor amend.
    for who in ["UZB", "TKM", "MNG", SCO] {
        let m = forbidden(d.draft(who, 1, &PARAS));
        assert!(
            m.contains("neither the convener nor an approved member"),
            "{who}: {m}"
        );
    }
    forbidden(d.act_as(&actor("KGZ", Role::Reader), |a, s, _| {
        let command = DraftDocument {
            id: doc_id(1),
            meeting: meeting_id(),
            title: "Joint statement".into(),
            priorities: vec![],
            paragraphs: vec!["Text.".into()],
        };
        decide_draft(a, meeting_of(s), command, false)
    }));
    assert!(d.state.documents.is_empty());

    // A member drafts; the document is chaired by the convener all the same.
    d.draft("KGZ", 1, &PARAS).unwrap();
    let doc = d.doc(1);
    assert_eq!(
        (doc.proposed_by.as_str(), doc.convener.as_str()),
        ("KGZ", "KAZ")
    );
    assert_eq!(doc.status, DocumentStatus::Drafting);
    assert_eq!(doc.current().texts(), PARAS.to_vec());
    conflict(d.draft("KAZ", 1, &PARAS));
    d.draft("KAZ", 2, &PARAS[..1]).unwrap();
    invalid(d.draft("KAZ", 3, &[]));

    let edit = || EditByNumber::Replace {
        paragraph: 1,
        text: "The participants met in Astana on 2 March 2026.".into(),
    };
    for who in ["UZB", "TKM", "MNG"] {
        forbidden(d.amend(who, 1, edit()));
    }
    d.amend("TJK", 1, edit()).unwrap();
    d.amend("KAZ", 1, edit()).unwrap();
    let by: Vec<&str> = d.doc(1).amendments.iter().map(|a| a.by.as_str()).collect();
    assert_eq!(by, vec!["TJK", "KAZ"]);

    // A member that withdraws no longer amends.
    d.withdraw("TJK").unwrap();
    forbidden(d.amend("TJK", 1, edit()));
    assert_eq!(d.doc(1).amendments.len(), 2);
}

#[test]
fn accepted_amendments_make_new_versions_with_the_consolidated_text() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let replaced = "They agree to share river flow data every month.";
    // All three are proposed against the draft, by paragraph number.
    d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 2,
            text: replaced.into(),
        },
    )
    .unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    d.amend("KAZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    // An amendment that changes nothing or names no paragraph of the text is refused.
    invalid(d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: PARAS[0].into(),
        },
    ));
    for edit in [
        EditByNumber::Replace {
            paragraph: 4,
            text: "x".into(),
        },
        EditByNumber::Insert {
            after: 4,
            text: "x".into(),
        },
        EditByNumber::Delete { paragraph: 0 },
    ] {
        let m = invalid(d.amend("KGZ", 1, edit));
        assert!(m.contains("version 1 has paragraphs 1 to 3"), "{m}");
    }
    let doc = d.doc(1);
    assert_eq!(doc.versions.len(), 1);
    assert_eq!(
        doc.amendments[0].edit,
        Edit::Replace {
            paragraph: 2,
            text: replaced.into()
        }
    );
    assert_eq!(doc.amendments[2].edit, Edit::Delete { paragraph: 3 });
    assert!(doc.amendments.iter().all(|a| a.against == 1));
    assert!(
        doc.amendments
            .iter()
            .all(|a| a.status == AmendmentStatus::Proposed)
    );

    forbidden(d.settle("KGZ", 1, 1, true));
    d.settle("KAZ", 1, 1, true).unwrap();
    d.settle("KAZ", 1, 2, true).unwrap();
    d.settle("KAZ", 1, 3, true).unwrap();
    conflict(d.settle("KAZ", 1, 3, false));
    not_found(d.settle("KAZ", 1, 4, true));

    let doc = d.doc(1);
    let texts: Vec<Vec<String>> = doc
        .versions
        .iter()
        .map(|v| doc.version(v.number).unwrap().texts())
        .collect();
    assert_eq!(
        texts,
        vec![
            vec![PARAS[0], PARAS[1], PARAS[2]],
            vec![PARAS[0], replaced, PARAS[2]],
            vec!["Preamble.", PARAS[0], replaced, PARAS[2]],
            vec!["Preamble.", PARAS[0], replaced],
        ]
    );
    let numbers: Vec<(u32, Option<u32>)> = doc
        .versions
        .iter()
        .map(|v| (v.number, v.amendment))
        .collect();
    assert_eq!(
        numbers,
        vec![(1, None), (2, Some(1)), (3, Some(2)), (4, Some(3))]
    );
    let produced: Vec<Option<u32>> = doc.amendments.iter().map(|a| a.produced).collect();
    assert_eq!(produced, vec![Some(2), Some(3), Some(4)]);
    assert!(
        doc.amendments
            .iter()
            .all(|a| a.status == AmendmentStatus::Accepted && a.decided_at.is_some())
    );
    // The inserted paragraph has a new id; the others keep theirs.
    let ids: Vec<u32> = doc.current().paragraphs.iter().map(|x| x.id).collect();
    assert_eq!(ids, vec![4, 1, 2]);
    assert_eq!(doc.current().number_of(2), Some(3));

    // A rejected amendment makes no version; the next is proposed against the current one.
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 })
        .unwrap();
    d.settle("KAZ", 1, 4, false).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.amendments[3].status, AmendmentStatus::Rejected);
    assert_eq!(doc.amendments[3].against, 4);
    assert_eq!(doc.amendments[3].produced, None);
    assert_eq!(doc.versions.len(), 4);
}

#[test]
fn a_document_keeps_at_least_one_paragraph() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let m = invalid(d.draft("KAZ", 1, &[]));
    assert!(m.contains("1 to 500 paragraphs"), "{m}");
    invalid(d.draft("KAZ", 1, &["  "]));
    d.draft("KAZ", 1, &PARAS[..1]).unwrap();
    let m = invalid(d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 }));
    assert!(m.contains("keeps at least one paragraph"), "{m}");

    // Two deletions proposed against two paragraphs: once one is accepted, the other would
    // leave nothing, and can only be rejected.
    d.draft("KAZ", 2, &PARAS[..2]).unwrap();
    d.amend("KGZ", 2, EditByNumber::Delete { paragraph: 1 })
        .unwrap();
    d.amend("KAZ", 2, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    d.settle("KAZ", 2, 1, true).unwrap();
    assert_eq!(d.doc(2).current().texts(), vec![PARAS[1]]);
    conflict(d.settle("KAZ", 2, 2, true));
    assert_eq!(d.doc(2).versions.len(), 2);
    d.settle("KAZ", 2, 2, false).unwrap();
    assert_eq!(d.doc(2).current().texts(), vec![PARAS[1]]);
}

#[test]
fn paragraph_ids_are_stable_so_amendments_to_one_version_are_accepted_in_either_order() {
    let orders = [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 1],
        [3, 1, 2],
        [3, 2, 1],
    ];
    let mut results = Vec::new();
    for order in orders {
        let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
        d.draft("KAZ", 1, &PARAS).unwrap();
        // Against version 1: replace paragraph 3, insert after paragraph 2, delete paragraph 1.
        d.amend(
            "KGZ",
            1,
            EditByNumber::Replace {
                paragraph: 3,
                text: "They will meet again in Bishkek.".into(),
            },
        )
        .unwrap();
        d.amend(
            "TJK",
            1,
            EditByNumber::Insert {
                after: 2,
                text: "They will share glacier data as well.".into(),
            },
        )
        .unwrap();
        d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 })
            .unwrap();
        for number in order {
            d.settle("KAZ", 1, number, true).unwrap();
        }
        let doc = d.doc(1);
        assert_eq!(doc.versions.len(), 4, "{order:?}");
        let current: Vec<(u32, String)> = doc
            .current()
            .paragraphs
            .iter()
            .map(|x| (x.id, x.text.clone()))
            .collect();
        results.push(current);
    }
    let expected = vec![
        (2, PARAS[1].to_owned()),
        (4, "They will share glacier data as well.".to_owned()),
        (3, "They will meet again in Bishkek.".to_owned()),
    ];
    for (order, result) in orders.iter().zip(&results) {
        assert_eq!(result, &expected, "accepted in the order {order:?}");
    }
}

#[test]
fn an_amendment_to_a_deleted_paragraph_can_be_rejected_but_not_accepted() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Replace {
            paragraph: 2,
            text: "They agree to share data.".into(),
        },
    )
    .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Insert {
            after: 2,
            text: "A new paragraph.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    let m = conflict(d.settle("KAZ", 1, 2, true));
    assert!(m.contains("amendment 2 no longer applies"), "{m}");
    // Inserting after the deleted paragraph no longer applies either.
    conflict(d.settle("KAZ", 1, 3, true));
    let doc = d.doc(1);
    assert_eq!(doc.versions.len(), 2);
    assert_eq!(doc.amendments[1].status, AmendmentStatus::Proposed);
    d.settle("KAZ", 1, 2, false).unwrap();
    d.settle("KAZ", 1, 3, false).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.amendments[1].status, AmendmentStatus::Rejected);
    assert_eq!(doc.amendments[2].status, AmendmentStatus::Rejected);
    assert_eq!(doc.versions.len(), 2);
    assert_eq!(doc.current().texts(), vec![PARAS[0], PARAS[2]]);
}

#[test]
fn no_amendments_while_a_decision_is_open() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    let edit = || EditByNumber::Insert {
        after: 3,
        text: "They thank Kazakhstan.".into(),
    };
    let m = conflict(d.amend("KGZ", 1, edit()));
    assert!(m.contains("a decision is open"), "{m}");
    conflict(d.amend("KAZ", 1, edit()));
    assert!(d.doc(1).amendments.is_empty());

    // Once the decision fails, drafting goes on.
    d.take("KGZ", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::NotAdopted);
    d.amend("KGZ", 1, edit()).unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Drafting);

    // Once adopted, the text is fixed for good.
    d.adopt("KAZ", 1, &["KAZ", "KGZ"]);
    let m = conflict(d.amend("KGZ", 1, edit()));
    assert!(m.contains("the document is adopted"), "{m}");
    conflict(d.open("KAZ", 1, Rule::Consensus));
}

#[test]
fn a_decision_cannot_open_while_an_amendment_is_undecided() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    let m = conflict(d.open("KAZ", 1, Rule::Consensus));
    assert!(
        m.contains("amendment 1 is still to be accepted or rejected"),
        "{m}"
    );
    d.settle("KAZ", 1, 1, true).unwrap();
    let m = conflict(d.open("KAZ", 1, Rule::Consensus));
    assert!(m.contains("amendment 2 is still"), "{m}");
    assert!(d.doc(1).decisions.is_empty());
    d.settle("KAZ", 1, 2, false).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    // The decision is on the version the accepted amendment produced.
    let doc = d.doc(1);
    let decision = doc.open_decision().unwrap();
    assert_eq!(decision.version, 2);
    assert_eq!(decision.text_hash, doc.text_hash(&doc.version(2).unwrap()));
}

// ---------------------------------------------------------------- decisions and symbols

#[test]
fn only_the_convener_opens_and_closes_decisions() {
    let mut d = ad_hoc(&["KGZ"], &["TJK"]);
    d.draft("KGZ", 1, &PARAS).unwrap();
    // Not even the member that drafted the document.
    for who in ["KGZ", "TJK", "MNG"] {
        let m = forbidden(d.open(who, 1, Rule::Consensus));
        assert!(
            m.contains("only the convener, KAZ, may open a decision"),
            "{who}: {m}"
        );
    }
    assert!(d.doc(1).decisions.is_empty());
    conflict(d.close("KAZ", 1));
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    conflict(d.open("KAZ", 1, Rule::Consensus));
    d.take("KGZ", 1, Support).unwrap();
    for who in ["KGZ", "TJK", "MNG"] {
        let m = forbidden(d.close(who, 1));
        assert!(
            m.contains("only the convener, KAZ, may close a decision"),
            "{who}: {m}"
        );
    }
    forbidden(d.act_as(&actor("KAZ", Role::Reader), |a, s, now| {
        close_in(a, s, 1, now)
    }));
    assert!(d.doc(1).open_decision().is_some());
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
}

#[test]
fn three_members_adopt_by_consensus_and_the_document_is_numbered_in_its_series() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    let members: Vec<&str> = d
        .doc(1)
        .open_decision()
        .unwrap()
        .members
        .iter()
        .map(|m| m.party.as_str())
        .collect();
    // The body is the approved members; the observer is not one of them.
    assert_eq!(members, vec!["KAZ", "KGZ", "TJK"]);
    d.take("KAZ", 1, Support).unwrap();
    d.take_as(&delegate("KGZ"), 1, Support, Some(Comfort::CanLiveWithIt))
        .unwrap();
    d.take("TJK", 1, StandAside).unwrap();
    let closed_at = d.now();
    d.close("KAZ", 1).unwrap();

    let doc = d.doc(1);
    assert_eq!(doc.status, DocumentStatus::Adopted);
    let adoption = doc.adoption.as_ref().unwrap();
    assert_eq!(adoption.symbol, "GSI/KAZ/2026/1");
    assert_eq!((adoption.decision, adoption.version), (1, 1));
    assert_eq!(adoption.at, closed_at);
    assert_eq!(
        adoption.text_hash,
        doc.text_hash(&doc.version(adoption.version).unwrap())
    );
    let decision = &doc.decisions[0];
    assert_eq!(decision.text_hash, adoption.text_hash);
    assert_eq!(decision.rule, Rule::Consensus);
    assert_eq!(decision.closed_at, Some(closed_at));
    let positions: Vec<(&str, Position, Option<Comfort>)> = decision
        .positions
        .iter()
        .map(|(party, (x, c, _))| (party.as_str(), *x, *c))
        .collect();
    assert_eq!(
        positions,
        vec![
            ("KAZ", Support, None),
            ("KGZ", Support, Some(Comfort::CanLiveWithIt)),
            ("TJK", StandAside, None),
        ]
    );
    let outcome = decision.outcome.as_ref().unwrap();
    assert!(outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Adopted: no member present objected."
    );
    assert_eq!((outcome.tally.support, outcome.tally.stand_aside), (2, 1));
    assert_eq!(
        outcome.comfort.get(&p("KGZ")),
        Some(&Comfort::CanLiveWithIt)
    );
    let series = &d.state.series[&Series::entity_of("GSI/KAZ", 2026)];
    assert_eq!(
        (series.series.as_str(), series.year, series.count),
        ("GSI/KAZ", 2026, 1)
    );
}

#[test]
fn a_fourth_members_objection_blocks_consensus_and_it_may_opt_out_under_consensus_minus_x() {
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    // Opting out is no consensus position.
    invalid(d.take("UZB", 1, OptOut));
    d.take("UZB", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.status, DocumentStatus::NotAdopted);
    assert!(doc.adoption.is_none());
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: formal objection by UZB."
    );
    assert!(
        !d.state
            .series
            .contains_key(&Series::entity_of("GSI/KAZ", 2026))
    );

    // Under consensus minus X the fourth member opts out and the others adopt.
    d.open("KAZ", 1, Rule::ConsensusMinusX).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    d.take("UZB", 1, OptOut).unwrap();
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.decisions.len(), 2);
    let outcome = doc.decisions[1].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert_eq!(ids(&outcome.out), vec!["UZB"]);
    assert_eq!(ids(&outcome.in_), vec!["KAZ", "KGZ", "TJK"]);
    let adoption = doc.adoption.as_ref().unwrap();
    assert_eq!(
        (adoption.symbol.as_str(), adoption.decision),
        ("GSI/KAZ/2026/1", 2)
    );
    assert_eq!(doc.decisions[1].rule, Rule::ConsensusMinusX);
}

#[test]
fn the_silence_procedure_adopts_after_its_deadline_unless_an_objection_breaks_it() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.draft("KAZ", 2, &PARAS).unwrap();
    // A deadline that has passed is refused.
    let m = invalid(d.open("KAZ", 1, Rule::Silence { deadline: d.now() }));
    assert!(m.contains("has already passed"), "{m}");

    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let m = conflict(d.close("KAZ", 1));
    assert!(
        m.contains("Pending: the silence procedure runs until"),
        "{m}"
    );
    assert!(d.doc(1).open_decision().is_some());
    d.clock += 60;
    assert!(d.now() >= deadline);
    // After the deadline no position is taken, not even one that would break silence.
    for (who, position) in [("TJK", Object), ("KGZ", StandAside)] {
        let m = conflict(d.take(who, 1, position));
        assert!(m.contains("the silence procedure ended"), "{m}");
    }
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert!(
        outcome
            .reason
            .to_string()
            .contains("no member broke silence")
    );
    assert_eq!(doc.adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");

    // An objection before the deadline breaks silence.
    let deadline = t(d.clock + 60);
    d.open("KAZ", 2, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 2, Support).unwrap();
    d.take("TJK", 2, Object).unwrap();
    d.clock += 60;
    conflict(d.take("TJK", 2, Support));
    d.close("KAZ", 2).unwrap();
    let doc = d.doc(2);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: silence broken by TJK."
    );
    assert!(doc.adoption.is_none());
}

#[test]
fn the_second_adopted_document_of_a_series_in_a_year_gets_the_next_number() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    for n in 1..=3 {
        d.draft("KAZ", n, &PARAS).unwrap();
    }
    assert_eq!(d.adopt("KAZ", 1, &["KAZ", "KGZ"]), "GSI/KAZ/2026/1");
    // A decision that fails takes no number.
    d.open("KAZ", 2, Rule::Consensus).unwrap();
    d.take("KGZ", 2, Object).unwrap();
    d.close("KAZ", 2).unwrap();
    assert!(d.doc(2).adoption.is_none());
    assert_eq!(d.adopt("KAZ", 2, &["KAZ", "KGZ"]), "GSI/KAZ/2026/2");
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2026)].count, 2);
    // The first number adopted each year restarts at 1.
    d.clock += 320 * DAY;
    assert_eq!(now_year(d.now()), 2027);
    assert_eq!(d.adopt("KAZ", 3, &["KAZ", "KGZ"]), "GSI/KAZ/2027/1");
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2027)].count, 1);
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2026)].count, 2);
    // Symbols already given stay.
    assert_eq!(d.doc(1).adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");
}

#[test]
fn a_party_records_only_its_own_position() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    let positions = |d: &Dialogue| d.doc(1).open_decision().unwrap().positions.clone();
    let first = d.now();
    d.take("TJK", 1, Object).unwrap();
    // The event names no party: the position is its author's.
    let event = d.take("KGZ", 1, Support).unwrap();
    assert!(matches!(
        event,
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
            position: Support,
            comfort: None,
            ..
        }))
    ));
    let before = positions(&d);
    assert_eq!(before[&p("TJK")], (Object, None, first));
    // Changing its own position leaves the others' as they were.
    d.take("KGZ", 1, StandAside).unwrap();
    let after = positions(&d);
    assert_eq!(after[&p("TJK")], before[&p("TJK")]);
    assert_eq!(after[&p("KGZ")].0, StandAside);
    assert!(!after.contains_key(&p("KAZ")));
    // A reader of a member records nothing, and the convener records only its own position.
    forbidden(d.take_as(&actor("KGZ", Role::Reader), 1, Support, None));
    d.take("KAZ", 1, Support).unwrap();
    let last = positions(&d);
    assert_eq!(last[&p("KGZ")], after[&p("KGZ")]);
    assert_eq!(last[&p("TJK")], after[&p("TJK")]);
    assert_eq!(last.len(), 3);
}

#[test]
fn observers_and_other_non_members_take_no_position() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TKM", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    // An invited member that accepts after the decision opened is not in its body either.
    d.register("TKM", None, false).unwrap();
    for who in ["TJK", "UZB", "TKM", "MNG", SCO] {
        let m = forbidden(d.take(who, 1, Support));
        assert!(m.contains("is not a member of this body"), "{who}: {m}");
    }
    assert!(d.doc(1).open_decision().unwrap().positions.is_empty());
    d.take("KGZ", 1, Support).unwrap();
    d.close("KAZ", 1).unwrap();
    let outcome = d.doc(1).decisions[0].outcome.clone().unwrap();
    assert!(outcome.adopted);
    assert_eq!(outcome.tally.support, 1);
    assert_eq!(outcome.tally.not_voting, 1);
}

// ---------------------------------------------------------------- Security Council

const PERMANENT: [&str; 5] = ["CHN", "FRA", "GBR", "RUS", "USA"];
/// Elected members serving in 2026.
const ELECTED: [&str; 10] = [
    "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR",
];

/// The Security Council (`unsc`) declares its rule and series and meets with its fifteen
/// members, who accept; the mechanism drafts document 1.
fn council() -> Dialogue {
    let mut ids = vec!["unsc"];
    ids.extend(PERMANENT);
    ids.extend(ELECTED);
    let mut d = Dialogue::with_parties(&ids);
    let sc = RuleKind::SecurityCouncil;
    d.declare("unsc", "unsc", sc, &[sc], "S/RES").unwrap();
    let invited: Vec<(&str, Attendance)> = PERMANENT
        .iter()
        .chain(&ELECTED)
        .map(|m| (*m, Member))
        .collect();
    d.convene("unsc", convening(Some("unsc"), &invited))
        .unwrap();
    for m in PERMANENT.iter().chain(&ELECTED) {
        d.register(m, None, true).unwrap();
    }
    d.draft("unsc", 1, &PARAS).unwrap();
    d
}

#[test]
fn a_permanent_members_no_vetoes_and_its_abstention_does_not() {
    let mut d = council();
    let sc = || Rule::SecurityCouncil {
        chapter_vi_parties: vec![],
    };
    let permanent = |x: &PartyId| PERMANENT.contains(&x.as_str());
    // A body with four permanent members is not the Council.
    let m = invalid(d.open_with("unsc", 1, sc(), &|x| PERMANENT[..4].contains(&x.as_str())));
    assert!(m.contains("15 members of which 5 are permanent"), "{m}");

    d.open_with("unsc", 1, sc(), &permanent).unwrap();
    let decision = d.doc(1).open_decision().unwrap();
    assert_eq!(decision.members.len(), 15);
    assert_eq!(decision.members.iter().filter(|m| m.permanent).count(), 5);
    d.take("CHN", 1, No).unwrap();
    for m in PERMANENT[1..].iter().chain(&ELECTED[..6]) {
        d.take(m, 1, Yes).unwrap();
    }
    d.close("unsc", 1).unwrap();
    let outcome = d.doc(1).decisions[0].outcome.clone().unwrap();
    assert!(!outcome.adopted);
    assert_eq!((outcome.tally.yes, outcome.tally.no), (10, 1));
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: vetoed by CHN (permanent member)."
    );
    assert!(d.doc(1).adoption.is_none());

    d.open_with("unsc", 1, sc(), &permanent).unwrap();
    d.take("CHN", 1, Abstain).unwrap();
    for m in PERMANENT[1..].iter().chain(&ELECTED[..5]) {
        d.take(m, 1, Yes).unwrap();
    }
    // An elected member's vote against is no veto.
    d.take(ELECTED[5], 1, No).unwrap();
    d.close("unsc", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[1].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert_eq!(
        (outcome.tally.yes, outcome.tally.no, outcome.tally.abstain),
        (9, 1, 1)
    );
    assert_eq!(doc.adoption.as_ref().unwrap().symbol, "S/RES/2026/1");
}

#[test]
fn a_decision_needs_a_body_that_fits_its_rule() {
    // The Council's rule needs fifteen members of which five are permanent.
    let mut d = council();
    let sc = || Rule::SecurityCouncil {
        chapter_vi_parties: vec![],
    };
    let permanent = |x: &PartyId| PERMANENT.contains(&x.as_str());
    let m = invalid(d.open_with("unsc", 1, sc(), &|_| false));
    assert!(
        m.contains("this body has 15 members of which 0 are permanent"),
        "{m}"
    );
    d.withdraw(ELECTED[9]).unwrap();
    let m = invalid(d.open_with("unsc", 1, sc(), &permanent));
    assert!(
        m.contains("this body has 14 members of which 5 are permanent"),
        "{m}"
    );
    assert!(d.doc(1).decisions.is_empty());
    d.register(ELECTED[9], None, true).unwrap();
    d.answer("unsc", ELECTED[9], true).unwrap();
    d.open_with("unsc", 1, sc(), &permanent).unwrap();

    // Consensus minus one needs the party concerned among the members.
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    for concerned in ["UZB", "MNG"] {
        let rule = Rule::ConsensusMinusOne {
            party_concerned: p(concerned),
        };
        let m = invalid(d.open("KAZ", 1, rule));
        assert!(
            m.contains(&format!(
                "the party concerned, {concerned}, is not a member of the body"
            )),
            "{m}"
        );
    }
    assert!(d.doc(1).decisions.is_empty());
    d.open(
        "KAZ",
        1,
        Rule::ConsensusMinusOne {
            party_concerned: p("TJK"),
        },
    )
    .unwrap();

    // Any rule needs a body: a mechanism's meeting without approved members cannot decide.
    let mut d = sco_meeting(&[RuleKind::Consensus], &[]);
    d.draft(SCO, 1, &PARAS).unwrap();
    let m = conflict(d.open(SCO, 1, Rule::Consensus));
    assert!(m.contains("no approved members"), "{m}");
}

// ---------------------------------------------------------------- commitments and reports

/// sco adopts document 1 by consensus minus X: KAZ and TJK support, KGZ stands aside, UZB opts
/// out; TKM observes.
fn adopted_with_an_opt_out() -> Dialogue {
    let mut d = sco_meeting(&[RuleKind::ConsensusMinusX], &["KAZ", "KGZ", "TJK", "UZB"]);
    d.register("TKM", Some(Observer), false).unwrap();
    d.answer(SCO, "TKM", true).unwrap();
    d.draft(SCO, 1, &PARAS).unwrap();
    d.open(SCO, 1, Rule::ConsensusMinusX).unwrap();
    d.take("KAZ", 1, Support).unwrap();
    d.take("KGZ", 1, StandAside).unwrap();
    d.take("TJK", 1, Support).unwrap();
    d.take("UZB", 1, OptOut).unwrap();
    d.close(SCO, 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    d
}

#[test]
fn commitments_are_marked_only_on_adopted_documents() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let m = conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    assert!(m.contains("only an adopted document"), "{m}");
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    d.take("KGZ", 1, Object).unwrap();
    conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    d.close("KAZ", 1).unwrap();
    conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.adopt("KAZ", 1, &["KAZ", "KGZ"]);

    forbidden(d.commit("KGZ", 1, 3, &["KGZ"]));
    invalid(d.commit("KAZ", 1, 5, &["KGZ"]));
    d.commit("KAZ", 1, 3, &["KGZ"]).unwrap();
    let c = &d.doc(1).commitments[0];
    // Paragraph 3 of the adopted text is the draft's paragraph 2, by id.
    assert_eq!((c.number, c.paragraph), (1, 2));
    assert!(c.reports.is_empty());
}

#[test]
fn only_parties_that_joined_the_adoption_can_be_committed() {
    let mut d = adopted_with_an_opt_out();
    // Not the member that opted out, not the member that stood aside (standing aside does not
    // join a consensus, though it does not block it), not an observer, not the secretariat, not
    // nobody.
    for parties in [
        &["UZB"][..],
        &["KAZ", "UZB"][..],
        &["KGZ"][..],
        &["KAZ", "KGZ", "TJK"][..],
        &["TKM"][..],
        &[SCO][..],
        &[][..],
    ] {
        invalid(d.commit(SCO, 1, 2, parties));
    }
    let m = invalid(d.commit(SCO, 1, 2, &["KGZ"]));
    assert!(m.contains("KGZ did not join the adoption"), "{m}");
    assert!(d.doc(1).commitments.is_empty());
    d.commit(SCO, 1, 2, &["TJK", "KAZ", "TJK"]).unwrap();
    assert_eq!(ids(&d.doc(1).commitments[0].parties), vec!["KAZ", "TJK"]);

    // Under a vote, those that voted against did not join.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::SimpleMajority).unwrap();
    d.take("KAZ", 1, Yes).unwrap();
    d.take("KGZ", 1, Yes).unwrap();
    d.take("TJK", 1, No).unwrap();
    d.close("KAZ", 1).unwrap();
    let m = invalid(d.commit("KAZ", 1, 1, &["TJK"]));
    assert!(m.contains("TJK did not join the adoption"), "{m}");
    d.commit("KAZ", 1, 1, &["KAZ", "KGZ"]).unwrap();

    // Nor those that abstained, nor a member that took no position (absent).
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::SimpleMajority).unwrap();
    d.take("KAZ", 1, Yes).unwrap();
    d.take("KGZ", 1, Abstain).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    let m = invalid(d.commit("KAZ", 1, 1, &["KGZ"]));
    assert!(m.contains("KGZ did not join the adoption"), "{m}");
    let m = invalid(d.commit("KAZ", 1, 1, &["UZB"]));
    assert!(m.contains("UZB did not join the adoption"), "{m}");
    d.commit("KAZ", 1, 1, &["KAZ"]).unwrap();

    // Under a silence procedure, keeping silent is consent: a member that took no position
    // joined; one that stood aside did not.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("TJK", 1, StandAside).unwrap();
    d.clock += 60;
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    invalid(d.commit("KAZ", 1, 1, &["TJK"]));
    d.commit("KAZ", 1, 1, &["KAZ", "KGZ"]).unwrap();

    // Under consensus minus one, the party concerned's objection does not block, but it did
    // not join either.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open(
        "KAZ",
        1,
        Rule::ConsensusMinusOne {
            party_concerned: p("TJK"),
        },
    )
    .unwrap();
    d.take("KAZ", 1, Support).unwrap();
    d.take("TJK", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    invalid(d.commit("KAZ", 1, 1, &["TJK"]));
}

#[test]
fn only_committed_parties_report_and_each_report_is_their_own() {
    let mut d = adopted_with_an_opt_out();
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    for who in ["KGZ", "UZB", "TKM", SCO] {
        let m = forbidden(d.report(who, 1, 1, Implementation::Completed));
        assert!(m.contains("is not committed by commitment 1"), "{who}: {m}");
    }
    forbidden(d.report_as(&actor("KAZ", Role::Reader), 1, 1, Implementation::Completed));
    not_found(d.report("KAZ", 1, 2, Implementation::Completed));
    let too_much = d.act("KAZ", |a, s, _| {
        decide_report(
            a,
            document_of(s, 1)?,
            1,
            Implementation::InProgress,
            "Data portal online.",
            vec!["not a link".into()],
        )
    });
    invalid(too_much);
    let event = d.report("KAZ", 1, 1, Implementation::InProgress).unwrap();
    // The event names no party: the report is its author's.
    assert!(matches!(
        event,
        Event::Dialogue(DialogueEvent::Document(
            DocumentEvent::ImplementationReported { commitment: 1, .. }
        ))
    ));
    let reports = &d.doc(1).commitments[0].reports;
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].party, p("KAZ"));
    assert_eq!(reports[0].evidence, vec!["https://example.org/evidence"]);
    assert_eq!(reports[0].narrative, "KAZ reports in_progress.");
}

#[test]
fn the_latest_report_is_each_partys_current_status() {
    let mut d = adopted_with_an_opt_out();
    // Only KAZ and TJK joined the adoption (KGZ stood aside, UZB opted out).
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    d.commit(SCO, 1, 3, &["KAZ", "TJK"]).unwrap();
    d.report("KAZ", 1, 1, Implementation::InProgress).unwrap();
    d.report("TJK", 1, 1, Implementation::Delayed).unwrap();
    d.report("KAZ", 1, 1, Implementation::Completed).unwrap();
    d.report("KAZ", 1, 2, Implementation::NotStarted).unwrap();
    let c = &d.doc(1).commitments[0];
    assert_eq!(c.reports.len(), 3);
    let latest = |party: &str| c.latest(&p(party)).map(|r| r.status);
    assert_eq!(latest("KAZ"), Some(Implementation::Completed));
    assert_eq!(latest("TJK"), Some(Implementation::Delayed));
    // Each commitment has its own reports: TJK has not reported on the second.
    let second = &d.doc(1).commitments[1];
    let latest = |party: &str| second.latest(&p(party)).map(|r| r.status);
    assert_eq!(latest("KAZ"), Some(Implementation::NotStarted));
    assert_eq!(latest("TJK"), None);
}

// ---------------------------------------------------------------- replay checks authorship

/// Whether replay accepts `event` authored by `by` on top of `state`; names it if so.
fn accepted_forgery(state: &State, by: &str, time: Timestamp, event: &Event) -> Option<String> {
    let accepted = state.clone().apply(&meta(by, time), event).is_ok();
    accepted.then(|| format!("{} by {by}", event.to_kind_body().0))
}

/// Checks that replay refuses `event` authored by `forger`, leaving the state as it was, where
/// it accepts the same event from `rightful` (so that the author alone makes the difference);
/// names the event if replay accepted the forgery.
fn forge(d: &mut Dialogue, rightful: &str, forger: &str, event: &Event) -> Option<String> {
    let now = d.now();
    assert!(
        accepted_forgery(&d.state, rightful, now, event).is_some(),
        "{event:?} by {rightful} must replay"
    );
    if let Some(name) = accepted_forgery(&d.state, forger, now, event) {
        return Some(name);
    }
    let before = d.state.clone();
    match d.state.apply(&meta(forger, now), event) {
        Err(DomainError::Forbidden(_)) => {}
        other => panic!("{event:?} by {forger}: expected Forbidden, got {other:?}"),
    }
    assert_eq!(d.state, before, "a refused event changed the state");
    None
}

#[test]
fn replay_refuses_dialogue_events_from_parties_without_the_right() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.register("TKM", None, false).unwrap();
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    let mut accepted = Vec::new();

    // Meeting events: the convener alone answers and cancels; approved participants speak; the
    // convener or a participant attaches.
    let decided = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::RegistrationDecided {
        meeting: meeting_id(),
        party: p("TKM"),
        approved: true,
        note: None,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &decided));
    accepted.extend(forge(&mut d, "KAZ", "TKM", &decided));
    let cancelled = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Cancelled {
        meeting: meeting_id(),
        reason: "Forged.".into(),
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &cancelled));
    let floor = |party: &str| {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::FloorRequested {
            meeting: meeting_id(),
            item: 1,
            delegate: head(party),
        }))
    };
    for stranger in ["MNG", "TKM"] {
        accepted.extend(forge(&mut d, "UZB", stranger, &floor(stranger)));
    }
    let attached = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::DocumentAttached {
        meeting: meeting_id(),
        item: 1,
        title: "Paper".into(),
        url: "https://example.org/paper".into(),
    }));
    accepted.extend(forge(&mut d, "UZB", "MNG", &attached));

    // Document events: the convener or approved members draft and amend; the convener alone
    // decides amendments.
    let drafted = Event::Dialogue(DialogueEvent::Document(DocumentEvent::Drafted(
        DraftDocument {
            id: doc_id(9),
            meeting: meeting_id(),
            title: "Forged statement".into(),
            priorities: vec![],
            paragraphs: vec!["Forged.".into()],
        },
    )));
    for stranger in ["MNG", "UZB", "TKM"] {
        accepted.extend(forge(&mut d, "KGZ", stranger, &drafted));
    }
    let proposed = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentProposed {
        document: doc_id(1),
        edit: Edit::Replace {
            paragraph: 1,
            text: "Forged.".into(),
        },
        reason: None,
    }));
    for stranger in ["MNG", "UZB", "TKM"] {
        accepted.extend(forge(&mut d, "TJK", stranger, &proposed));
    }
    let settled = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentDecided {
        document: doc_id(1),
        amendment: 1,
        accepted: true,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &settled));
    d.settle("KAZ", 1, 1, false).unwrap();

    // The convener alone opens and closes decisions; members alone take positions.
    let opened = decide_open(
        &delegate("KAZ"),
        d.meeting(),
        d.doc(1),
        Rule::Consensus,
        &|_| false,
        d.now(),
    )
    .unwrap();
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &opened.into()));
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    let position = Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
        document: doc_id(1),
        position: Object,
        comfort: None,
    }));
    for stranger in ["UZB", "MNG"] {
        accepted.extend(forge(&mut d, "TJK", stranger, &position));
    }
    let closed = close_in(&delegate("KAZ"), &d.state, 1, d.now()).unwrap();
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &closed.into()));
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);

    // The convener alone marks commitments; committed parties alone report.
    let marked = Event::Dialogue(DialogueEvent::Document(DocumentEvent::CommitmentMarked {
        document: doc_id(1),
        paragraph: 2,
        parties: vec![p("KAZ"), p("KGZ")],
        due: None,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &marked));
    d.commit("KAZ", 1, 2, &["KAZ", "KGZ"]).unwrap();
    let reported = Event::Dialogue(DialogueEvent::Document(
        DocumentEvent::ImplementationReported {
            document: doc_id(1),
            commitment: 1,
            status: Implementation::Completed,
            narrative: "Done.".into(),
            evidence: vec![],
        },
    ));
    for stranger in ["TJK", "UZB", "MNG"] {
        accepted.extend(forge(&mut d, "KGZ", stranger, &reported));
    }

    assert!(
        accepted.is_empty(),
        "replay accepted forgeries: {accepted:?}"
    );
    // Nothing forged reached the journal, which still rebuilds the state.
    assert_eq!(replay(&d.journal), d.state);
    assert_eq!(d.status("TKM"), Some(Registration::Requested));
    assert!(d.meeting().cancelled.is_none());
    assert!(d.meeting().agenda[0].speakers.is_empty());
    assert!(d.meeting().agenda[0].documents.is_empty());
    assert!(!d.state.documents.contains_key(&doc_id(9)));
    assert_eq!(d.doc(1).amendments.len(), 1);
    assert!(d.doc(1).commitments[0].reports.is_empty());
}

#[test]
fn replay_refuses_a_revision_authored_by_anyone_else() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    let revised = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: MeetingRevision {
            title: Some("Forged title".into()),
            agenda: vec![add("Forged item", Some(0))],
            ..MeetingRevision::default()
        },
    }));
    let mut accepted = Vec::new();
    // Members, observers and strangers alike.
    for forger in ["KGZ", "UZB", "MNG", SCO] {
        accepted.extend(forge(&mut d, "KAZ", forger, &revised));
    }
    // In a mechanism's meeting, the mechanism alone: not even an approved member.
    let mut sco = sco_meeting(&[RuleKind::Consensus], &["KAZ", "KGZ"]);
    for forger in ["KAZ", "KGZ"] {
        accepted.extend(forge(&mut sco, SCO, forger, &revised));
    }
    assert!(
        accepted.is_empty(),
        "replay accepted forgeries: {accepted:?}"
    );
    for d in [&d, &sco] {
        assert_eq!(
            d.meeting().title,
            "Consultations on transboundary water security"
        );
        assert_eq!(d.meeting().revised_at, None);
        assert_eq!(d.meeting().agenda.len(), 2);
        assert_eq!(replay(&d.journal), d.state);
    }
}

// ---------------------------------------------------------------- replay checks the state each event needs

/// Replays `event` as a journal row authored by `by` at `time`: an accepted event changes
/// `state` (and is returned); a refused one must leave `state` as it was.
fn row_at(
    state: &mut State,
    by: &str,
    time: Timestamp,
    event: &Event,
) -> Result<Event, DomainError> {
    let before = state.clone();
    match state.apply(&meta(by, time), event) {
        Ok(_) => Ok(event.clone()),
        Err(e) => {
            assert_eq!(
                *state, before,
                "a refused {event:?} by {by} changed the state"
            );
            Err(e)
        }
    }
}

/// [`row_at`] on `d`'s state now (the row does not enter `d`'s journal).
fn row(d: &mut Dialogue, by: &str, event: &Event) -> Result<Event, DomainError> {
    let now = d.now();
    row_at(&mut d.state, by, now, event)
}

#[test]
fn replay_refuses_a_decision_on_a_registration_nobody_asked_for() {
    // TKM is invited but has not accepted; UZB accepted its invitation and then withdrew; KGZ
    // accepted; MNG asks to observe, uninvited.
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TKM", Member), ("UZB", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("KGZ", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    d.withdraw("UZB").unwrap();
    d.register("MNG", None, false).unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Invited));
    assert_eq!(d.status("UZB"), Some(Registration::Withdrawn));
    assert_eq!(d.status("MNG"), Some(Registration::Requested));

    let decided = |party: &str, approved: bool| {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::RegistrationDecided {
            meeting: meeting_id(),
            party: p(party),
            approved,
            note: None,
        }))
    };
    for party in ["TKM", "UZB"] {
        // The rules refuse it, and replay refuses the convener's own row making the party a
        // participant (or declining what it never asked for).
        conflict(d.answer("KAZ", party, true));
        for approved in [true, false] {
            let m = conflict(row(&mut d, "KAZ", &decided(party, approved)));
            assert!(
                m.contains(&format!("{party} has no registration awaiting a decision")),
                "{m}"
            );
        }
    }
    // A registration already approved is not decided again.
    conflict(row(&mut d, "KAZ", &decided("KGZ", false)));
    assert_eq!(d.status("TKM"), Some(Registration::Invited));
    assert_eq!(d.status("UZB"), Some(Registration::Withdrawn));
    assert_eq!(d.status("KGZ"), Some(Registration::Approved));

    // The convener's decision on MNG's request replays.
    row_at(&mut d.state.clone(), "KAZ", d.now(), &decided("MNG", true)).unwrap();
    d.answer("KAZ", "MNG", true).unwrap();
    assert_eq!(d.status("MNG"), Some(Registration::Approved));
    // Once decided, it is not decided again.
    conflict(row(&mut d, "KAZ", &decided("MNG", false)));
    assert_eq!(d.status("MNG"), Some(Registration::Approved));
    // Nothing refused reached the journal, which still rebuilds the state.
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_amendments_once_a_document_is_adopted_or_in_decision() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: "The participants met in Astana in March.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.settle("KAZ", 1, 2, false).unwrap();

    let decided = |amendment: u32, accepted: bool| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentDecided {
            document: doc_id(1),
            amendment,
            accepted,
        }))
    };
    // An amendment already accepted or rejected is not decided again, not even by the convener
    // (re-accepting the rejected one would otherwise make a new version).
    for (n, accepted) in [(1, true), (1, false), (2, true), (2, false)] {
        conflict(d.settle("KAZ", 1, n, accepted));
        let m = conflict(row(&mut d, "KAZ", &decided(n, accepted)));
        assert!(
            m.contains(&format!("amendment {n} is not awaiting a decision")),
            "{m}"
        );
    }
    assert_eq!(d.doc(1).versions.len(), 2);

    // While drafting, a member's proposal and the convener's decision on it replay.
    let proposed = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentProposed {
        document: doc_id(1),
        edit: Edit::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
        reason: None,
    }));
    row_at(&mut d.state.clone(), "KGZ", d.now(), &proposed).unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    row_at(&mut d.state.clone(), "KAZ", d.now(), &decided(3, true)).unwrap();
    d.settle("KAZ", 1, 3, true).unwrap();

    // While a decision is open the text is fixed.
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    for who in ["KGZ", "TJK", "KAZ"] {
        let m = conflict(row(&mut d, who, &proposed));
        assert!(m.contains("a decision is open"), "{who}: {m}");
    }
    for n in 1..=3 {
        let m = conflict(row(&mut d, "KAZ", &decided(n, true)));
        assert!(m.contains("a decision is open"), "{m}");
    }

    // Once adopted, for good.
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    for who in ["KGZ", "TJK", "KAZ"] {
        let m = conflict(row(&mut d, who, &proposed));
        assert!(m.contains("the document is adopted"), "{who}: {m}");
    }
    for (n, accepted) in [(1, false), (2, true), (3, false)] {
        let m = conflict(row(&mut d, "KAZ", &decided(n, accepted)));
        assert!(m.contains("the document is adopted"), "{m}");
    }

    let doc = d.doc(1);
    assert_eq!(doc.amendments.len(), 3);
    assert_eq!(doc.versions.len(), 3);
    let statuses: Vec<_> = doc.amendments.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses,
        vec![
            AmendmentStatus::Accepted,
            AmendmentStatus::Rejected,
            AmendmentStatus::Accepted
        ]
    );
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_closing_a_silence_procedure_before_its_deadline() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let closed = |symbol: Option<&str>| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::DecisionClosed {
            document: doc_id(1),
            symbol: symbol.map(str::to_owned),
        }))
    };

    // The rules refuse it, and replay refuses the convener's row closing it, as not adopted or
    // as adopted, while silence runs (up to the last millisecond before the deadline).
    conflict(d.close("KAZ", 1));
    let last = Timestamp::from_millis(deadline.millis() - 1);
    for time in [d.now(), last] {
        for symbol in [None, Some("GSI/KAZ/2026/1")] {
            let m = conflict(row_at(&mut d.state, "KAZ", time, &closed(symbol)));
            assert!(
                m.contains("Pending: the silence procedure runs until"),
                "{m}"
            );
        }
    }
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    assert!(d.doc(1).open_decision().is_some());
    assert!(
        !d.state
            .series
            .contains_key(&Series::entity_of("GSI/KAZ", 2026))
    );

    // After the deadline, silence unbroken adopts: closing as not adopted is still refused, and
    // the convener's closing with the series' symbol replays.
    d.clock += 60;
    assert!(d.now() >= deadline);
    let m = conflict(row(&mut d, "KAZ", &closed(None)));
    assert!(m.contains("where the series gives"), "{m}");
    row_at(
        &mut d.state.clone(),
        "KAZ",
        d.now(),
        &closed(Some("GSI/KAZ/2026/1")),
    )
    .unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_positions_after_the_silence_deadline() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let objected = d.now();
    d.take("TJK", 1, Object).unwrap();
    let position = |position: Position| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
            document: doc_id(1),
            position,
            comfort: None,
        }))
    };

    // Before the deadline TJK's own row replacing its objection by support replays, and would
    // mend the silence.
    let mut before_deadline = d.state.clone();
    row_at(&mut before_deadline, "TJK", d.now(), &position(Support)).unwrap();
    let decision = document_of(&before_deadline, 1)
        .unwrap()
        .open_decision()
        .unwrap()
        .clone();
    assert!(decision.outcome_at(deadline).unwrap().adopted);

    d.clock += 60;
    assert!(d.now() >= deadline);
    // The rules refuse it after the deadline, and so does replay of TJK's own row, at the
    // deadline or later; nor is any other member's position taken then.
    conflict(d.take("TJK", 1, Support));
    for time in [deadline, d.now(), t(d.clock + DAY)] {
        for (who, taken) in [
            ("TJK", Support),
            ("TJK", StandAside),
            ("KGZ", Object),
            ("KAZ", Support),
        ] {
            let m = conflict(row_at(&mut d.state, who, time, &position(taken)));
            assert!(m.contains("the silence procedure ended"), "{who}: {m}");
        }
    }
    let positions = &d.doc(1).open_decision().unwrap().positions;
    assert_eq!(positions[&p("TJK")], (Object, None, objected));
    assert_eq!(positions.len(), 2);

    // The broken silence stays broken.
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: silence broken by TJK."
    );
    assert_eq!(doc.status, DocumentStatus::NotAdopted);
    assert!(doc.adoption.is_none());
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_commitments_of_parties_that_did_not_join() {
    // KAZ and TJK support; KGZ stands aside; UZB opts out; TKM observes.
    let mut d = adopted_with_an_opt_out();
    let marked = |parties: &[&str]| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::CommitmentMarked {
            document: doc_id(1),
            paragraph: 2,
            parties: parties.iter().map(|x| p(x)).collect(),
            due: None,
        }))
    };
    for (parties, culprit) in [
        (&["UZB"][..], "UZB"),
        (&["KGZ"][..], "KGZ"),
        (&["KAZ", "UZB"][..], "UZB"),
        (&["KGZ", "TJK"][..], "KGZ"),
        (&["TKM"][..], "TKM"),
        (&[SCO][..], SCO),
    ] {
        // The rules refuse it, and replay refuses the convener's own row.
        invalid(d.commit(SCO, 1, 2, parties));
        let m = invalid(row(&mut d, SCO, &marked(parties)));
        assert!(
            m.contains(&format!("{culprit} did not join the adoption")),
            "{parties:?}: {m}"
        );
    }
    assert!(d.doc(1).commitments.is_empty());

    // Committing the parties that joined replays.
    row_at(&mut d.state.clone(), SCO, d.now(), &marked(&["KAZ", "TJK"])).unwrap();
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    assert_eq!(ids(&d.doc(1).commitments[0].parties), vec!["KAZ", "TJK"]);
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_cancelled_meetings_documents_are_neither_amended_nor_decided() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.draft("KAZ", 2, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.cancel("KAZ", "Postponed.").unwrap();

    let edit = || EditByNumber::Delete { paragraph: 1 };
    for who in ["KGZ", "KAZ"] {
        let m = conflict(d.amend(who, 1, edit()));
        assert!(
            m.contains("the meeting was cancelled (Postponed.)"),
            "{who}: {m}"
        );
    }
    for doc in [1, 2] {
        let m = conflict(d.open("KAZ", doc, Rule::Consensus));
        assert!(m.contains("the meeting was cancelled"), "{m}");
    }
    let m = conflict(d.draft("KGZ", 3, &PARAS));
    assert!(m.contains("the meeting was cancelled"), "{m}");
    assert_eq!(d.doc(1).amendments.len(), 1);
    assert!(d.doc(1).decisions.is_empty() && d.doc(2).decisions.is_empty());
    assert_eq!(d.doc(1).status, DocumentStatus::Drafting);
}

// ---------------------------------------------------------------- properties

/// Names a gathering's parties are drawn from; renaming permutes this pool.
const POOL: [&str; 10] = [
    "ARG", "BGD", "CUB", "DZA", "ETH", "FJI", "GHA", "HND", "IRN", "JAM",
];

/// Parties in a gathering: index 0 convenes.
const GATHERED: usize = 7;

/// An ad hoc meeting and one decision, over party indices: who is invited (0 no, 1 as a member,
/// 2 as an observer), how each registers (0 not, 1 as invited, 2 as an observer, 3 as a member,
/// 4 registers then withdraws), how the convener answers a pending request, and each party's
/// position (an index into the rule's positions, 0 for none) and comfort.
#[derive(Debug, Clone)]
struct Gathering {
    rule: u8,
    invited: Vec<u8>,
    registers: Vec<u8>,
    approves: Vec<bool>,
    positions: Vec<(u8, u8)>,
}

fn gathering() -> impl Strategy<Value = Gathering> {
    use proptest::collection::vec;
    (
        0u8..3,
        vec(0u8..3, GATHERED),
        vec(0u8..5, GATHERED),
        vec(any::<bool>(), GATHERED),
        vec((any::<u8>(), 0u8..4), GATHERED),
    )
        .prop_map(
            |(rule, invited, registers, approves, positions)| Gathering {
                rule,
                invited,
                registers,
                approves,
                positions,
            },
        )
}

/// What a gathering came to.
#[derive(Debug)]
struct Held {
    /// Whether each step was accepted.
    steps: Vec<bool>,
    outcome: Option<Outcome>,
    /// The number the adopted document took in its series.
    number: Option<String>,
}

/// Holds the gathering with party `i` named `names[i]`.
fn hold(g: &Gathering, names: &[&str]) -> Held {
    let mut d = Dialogue::with_parties(&POOL);
    let mut held = Held {
        steps: Vec::new(),
        outcome: None,
        number: None,
    };
    let kind = [
        RuleKind::Consensus,
        RuleKind::ConsensusMinusX,
        RuleKind::SimpleMajority,
    ][usize::from(g.rule)];
    let convener = names[0];
    let invited: Vec<(&str, Attendance)> = (1..GATHERED)
        .filter_map(|i| match g.invited[i] {
            1 => Some((names[i], Member)),
            2 => Some((names[i], Observer)),
            _ => None,
        })
        .collect();
    let mut command = convening(None, &invited);
    command.rule = Some(kind);
    let convened = d.convene(convener, command).is_ok();
    held.steps.push(convened);
    if !convened {
        return held;
    }
    for (i, who) in names.iter().enumerate().take(GATHERED).skip(1) {
        let registered = match g.registers[i] {
            0 => continue,
            1 => d.register(who, None, false),
            2 => d.register(who, Some(Observer), false),
            3 => d.register(who, Some(Member), false),
            _ => d.register(who, None, false).and_then(|_| d.withdraw(who)),
        };
        held.steps.push(registered.is_ok());
        if d.status(who) == Some(Registration::Requested) {
            held.steps
                .push(d.answer(convener, who, g.approves[i]).is_ok());
        }
    }
    held.steps.push(d.draft(convener, 1, &PARAS).is_ok());
    let rule = match kind {
        RuleKind::Consensus => Rule::Consensus,
        RuleKind::ConsensusMinusX => Rule::ConsensusMinusX,
        _ => Rule::SimpleMajority,
    };
    let opened = d.open(convener, 1, rule).is_ok();
    held.steps.push(opened);
    if !opened {
        return held;
    }
    for (i, who) in names.iter().enumerate().take(GATHERED) {
        let (choice, comfort) = g.positions[i];
        let choices = kind.positions();
        let k = usize::from(choice) % (choices.len() + 1);
        if k == 0 {
            continue;
        }
        let position = choices[k - 1];
        let comfort = match (position, comfort) {
            (Support | StandAside, 1) => Some(Comfort::Support),
            (Support | StandAside, 2) => Some(Comfort::CanLiveWithIt),
            (Support | StandAside, 3) => Some(Comfort::Reservations),
            _ => None,
        };
        held.steps
            .push(d.take_as(&delegate(who), 1, position, comfort).is_ok());
    }
    held.steps.push(d.close(convener, 1).is_ok());
    let doc = d.doc(1);
    held.outcome = doc.decisions[0].outcome.clone();
    held.number = doc
        .adoption
        .as_ref()
        .map(|a| a.symbol.rsplit('/').next().unwrap().to_owned());
    held
}

/// `list` with each of `from[i]` renamed `to[i]`, sorted.
fn renamed(list: &[PartyId], from: &[&str], to: &[&str]) -> Vec<PartyId> {
    let mut out: Vec<PartyId> = list
        .iter()
        .map(|x| p(to[from.iter().position(|n| *n == x.as_str()).unwrap()]))
        .collect();
    out.sort();
    out
}

/// The parties of the random-command world: the mechanism, then five states.
const WORLD: [&str; 6] = [SCO, "KAZ", "KGZ", "TJK", "UZB", "TKM"];

fn is_sco_member(party: &str) -> bool {
    ["KAZ", "KGZ", "TJK", "UZB"].contains(&party)
}

/// A command any actor may try, independent of who tries it.
#[derive(Debug, Clone)]
enum Cmd {
    Register(Option<Attendance>),
    Answer(usize, bool),
    Withdraw,
    Floor(u32, bool),
    Unfloor(u32),
    Attach(u32),
    Cancel,
    Draft(u8),
    /// Document, operation (replace, insert, delete) and paragraph number.
    Amend(u8, u8, u32),
    Settle(u8, u32, bool),
    /// Document, rule and (for consensus minus one) the party concerned.
    Open(u8, u8, usize),
    /// Document, position (an index into every position, or from 7 on one that the open
    /// decision's rule admits) and comfort.
    Take(u8, u8, Option<Comfort>),
    Close(u8),
    Commit(u8, u32, Vec<usize>),
    Report(u8, u32, Implementation),
    /// Lets time pass (silence deadlines).
    Wait(i64),
}

fn any_cmd() -> impl Strategy<Value = Cmd> {
    use proptest::sample::select;
    let comfort = proptest::option::of(select(vec![
        Comfort::Support,
        Comfort::CanLiveWithIt,
        Comfort::Reservations,
    ]));
    // Document 0 is drafted when the world is made; document 1 only by a command.
    let doc = || prop_oneof![3 => Just(0u8), 1 => Just(1u8)];
    prop_oneof![
        4 => proptest::option::of(select(vec![Member, Observer, Guest])).prop_map(Cmd::Register),
        4 => (0..WORLD.len(), any::<bool>()).prop_map(|(i, y)| Cmd::Answer(i, y)),
        1 => Just(Cmd::Withdraw),
        4 => (1u32..=3, any::<bool>()).prop_map(|(i, ok)| Cmd::Floor(i, ok)),
        2 => (1u32..=2).prop_map(Cmd::Unfloor),
        2 => (1u32..=2).prop_map(Cmd::Attach),
        1 => Just(Cmd::Cancel),
        2 => doc().prop_map(Cmd::Draft),
        4 => (doc(), 0u8..3, 0u32..5).prop_map(|(d, op, n)| Cmd::Amend(d, op, n)),
        8 => (doc(), 1u32..5, any::<bool>()).prop_map(|(d, n, y)| Cmd::Settle(d, n, y)),
        6 => (doc(), 0u8..6, 0..WORLD.len()).prop_map(|(d, r, c)| Cmd::Open(d, r, c)),
        28 => (doc(), 0u8..14, comfort).prop_map(|(d, x, c)| Cmd::Take(d, x, c)),
        5 => doc().prop_map(Cmd::Close),
        6 => (doc(), 0u32..5, proptest::collection::vec(0..WORLD.len(), 0..2))
            .prop_map(|(d, n, w)| Cmd::Commit(d, n, w)),
        6 => (doc(), 1u32..3, select(Implementation::ALL.to_vec()))
            .prop_map(|(d, n, s)| Cmd::Report(d, n, s)),
        2 => (1i64..40).prop_map(Cmd::Wait),
    ]
}

fn any_role() -> impl Strategy<Value = Role> {
    prop_oneof![
        8 => Just(Role::Delegate),
        1 => Just(Role::FocalPoint),
        1 => Just(Role::Secretariat),
        1 => Just(Role::Reader),
    ]
}

/// Decides `cmd` for `a` against `s` at `now`.
fn decide_cmd(a: &Actor, s: &State, now: Timestamp, cmd: &Cmd) -> Result<Event, DomainError> {
    let m = meeting_of(s);
    match cmd.clone() {
        Cmd::Register(attendance) => {
            let standing = Standing {
                mechanism_member: is_sco_member(a.party.as_str()),
                state_or_organisation: a.party.is_iso3(),
            };
            decide_register(a, m, attendance, delegation(a.party.as_str()), standing)
                .map(Event::from)
        }
        Cmd::Answer(i, approve) => {
            decide_registration(a, m, &p(WORLD[i]), approve, None).map(Event::from)
        }
        Cmd::Withdraw => decide_withdraw(a, m).map(Event::from),
        Cmd::Floor(item, own) => {
            let speaker = if own {
                head(a.party.as_str())
            } else {
                head("KAZ")
            };
            decide_request_floor(a, m, item, &speaker).map(Event::from)
        }
        Cmd::Unfloor(item) => decide_withdraw_floor(a, m, item).map(Event::from),
        Cmd::Attach(item) => {
            decide_attach(a, m, item, "Paper", "https://example.org/paper").map(Event::from)
        }
        Cmd::Cancel => decide_cancel(a, m, "Cancelled.").map(Event::from),
        Cmd::Draft(n) => {
            let command = DraftDocument {
                id: doc_id(n),
                meeting: meeting_id(),
                title: "Statement".into(),
                priorities: vec![],
                paragraphs: PARAS.iter().map(|x| (*x).to_owned()).collect(),
            };
            decide_draft(a, m, command, s.documents.contains_key(&doc_id(n))).map(Event::from)
        }
        Cmd::Amend(n, op, paragraph) => {
            let text = format!("Paragraph revised by {} at {now}.", a.party);
            let edit = match op {
                0 => EditByNumber::Replace { paragraph, text },
                1 => EditByNumber::Insert {
                    after: paragraph,
                    text,
                },
                _ => EditByNumber::Delete { paragraph },
            };
            decide_amend(a, m, document_of(s, n)?, edit, None).map(Event::from)
        }
        Cmd::Settle(n, number, accept) => {
            decide_amendment(a, document_of(s, n)?, number, accept).map(Event::from)
        }
        Cmd::Open(n, rule, concerned) => {
            let rule = match rule {
                0 => Rule::Consensus,
                1 => Rule::ConsensusMinusX,
                2 => Rule::Silence {
                    deadline: Timestamp::from_millis(now.millis() + 20 * 60_000),
                },
                3 => Rule::SimpleMajority,
                4 => Rule::TwoThirdsMajority,
                _ => Rule::ConsensusMinusOne {
                    party_concerned: p(WORLD[concerned]),
                },
            };
            decide_open(a, m, document_of(s, n)?, rule, &|_| false, now).map(Event::from)
        }
        Cmd::Take(n, pick, comfort) => {
            let document = document_of(s, n)?;
            // From 7 on, mostly going along (support or yes), so that some decisions adopt.
            let position = match (pick, document.open_decision()) {
                (7.., Some(open)) => {
                    let admitted = open.rule.kind().positions();
                    admitted[usize::from(pick.saturating_sub(11)) % admitted.len()]
                }
                _ => [Support, StandAside, Object, OptOut, Yes, No, Abstain][usize::from(pick) % 7],
            };
            decide_position(a, document, position, comfort, now).map(Event::from)
        }
        Cmd::Close(n) => close_in(a, s, n, now).map(Event::from),
        Cmd::Commit(n, paragraph, parties) => {
            let document = document_of(s, n)?;
            // No parties named: those whose position was support or yes in the adoption.
            let joined = document.adoption.as_ref().map(|x| {
                document.decisions[x.decision as usize - 1]
                    .positions
                    .iter()
                    .filter(|(_, (x, _, _))| matches!(x, Support | Yes))
                    .map(|(party, _)| party.clone())
                    .collect()
            });
            let parties = match joined {
                Some(joined) if parties.is_empty() => joined,
                _ => parties.iter().map(|i| p(WORLD[*i])).collect(),
            };
            decide_commitment(a, document, paragraph, parties, None).map(Event::from)
        }
        Cmd::Report(n, commitment, status) => decide_report(
            a,
            document_of(s, n)?,
            commitment,
            status,
            "Under way.",
            vec![],
        )
        .map(Event::from),
        Cmd::Wait(_) => Err(DomainError::Invalid("waiting decides nothing".into())),
    }
}

/// The random-command world: an ad hoc meeting convened by KAZ (KGZ and TJK invited as
/// members, UZB as an observer) or a meeting of `sco`, which allows every rule (KAZ and KGZ
/// invited as members, TKM as an observer). The invitees in `accepted` accept, and the convener
/// drafts document 0.
fn world(ad_hoc: bool, accepted: u8) -> Dialogue {
    let mut d = Dialogue::with_parties(&WORLD);
    if ad_hoc {
        let invited = [("KGZ", Member), ("TJK", Member), ("UZB", Observer)];
        d.convene("KAZ", convening(None, &invited)).unwrap();
    } else {
        d.declare(SCO, SCO, RuleKind::Consensus, &RuleKind::ALL, "GSI/SCO")
            .unwrap();
        let invited = [("KAZ", Member), ("KGZ", Member), ("TKM", Observer)];
        d.convene(SCO, convening(Some(SCO), &invited)).unwrap();
    }
    let invitees: Vec<String> = d
        .meeting()
        .participants
        .iter()
        .filter(|x| x.status == Registration::Invited)
        .map(|x| x.party.to_string())
        .collect();
    for (i, party) in invitees.iter().enumerate() {
        if accepted & (1 << i) != 0 {
            d.register(party, None, is_sco_member(party)).unwrap();
        }
    }
    let convener = d.meeting().convener.to_string();
    d.draft(&convener, 0, &PARAS).unwrap();
    d
}

/// Checks that applying `event` by `author` turned `before` into `after` changing no other
/// party's registration, place on a list of speakers or position, and attributing everything it
/// adds to its author. Convener-only events must come from the convener; the convener's answer
/// to a registration changes exactly the named party's status.
fn assert_only_author_changed(before: &State, after: &State, author: &PartyId, event: &Event) {
    let (m0, m1) = (meeting_of(before), meeting_of(after));
    let convener_only = matches!(
        event,
        Event::Dialogue(DialogueEvent::Meeting(
            MeetingEvent::RegistrationDecided { .. }
        )) | Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Cancelled { .. }))
            | Event::Dialogue(DialogueEvent::Document(
                DocumentEvent::AmendmentDecided { .. }
            ))
            | Event::Dialogue(DialogueEvent::Document(
                DocumentEvent::DecisionOpened { .. }
            ))
            | Event::Dialogue(DialogueEvent::Document(
                DocumentEvent::DecisionClosed { .. }
            ))
            | Event::Dialogue(DialogueEvent::Document(
                DocumentEvent::CommitmentMarked { .. }
            ))
    );
    if convener_only {
        assert_eq!(
            author, &m0.convener,
            "{event:?} by a party that does not convene"
        );
    }
    let parties: std::collections::BTreeSet<&PartyId> = m0.parties().chain(m1.parties()).collect();
    for party in parties {
        let (was, is) = (m0.participant(party), m1.participant(party));
        match event {
            Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::RegistrationDecided {
                party: named,
                approved,
                ..
            })) if named == party => {
                let (was, is) = (was.unwrap(), is.unwrap());
                assert_eq!(was.status, Registration::Requested);
                let expected = if *approved {
                    Registration::Approved
                } else {
                    Registration::Declined
                };
                assert_eq!(is.status, expected);
                assert_eq!(
                    (&was.attendance, &was.delegates),
                    (&is.attendance, &is.delegates)
                );
            }
            _ if party != author => {
                assert_eq!(
                    was, is,
                    "{event:?} by {author} changed {party}'s registration"
                );
            }
            _ => {}
        }
    }
    for (i0, i1) in m0.agenda.iter().zip(&m1.agenda) {
        let others = |item: &super::meetings::AgendaItem| {
            item.speakers
                .iter()
                .filter(|s| &s.party != author)
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(
            others(i0),
            others(i1),
            "{event:?} by {author} moved another speaker"
        );
        assert!(
            i1.speakers
                .iter()
                .skip(i0.speakers.len())
                .all(|s| &s.party == author)
        );
        assert_eq!(i1.documents[..i0.documents.len()], i0.documents[..]);
        assert!(
            i1.documents[i0.documents.len()..]
                .iter()
                .all(|x| &x.by == author)
        );
    }
    for (id, d1) in &after.documents {
        let Some(d0) = before.documents.get(id) else {
            assert_eq!(&d1.proposed_by, author);
            continue;
        };
        for (x0, x1) in d0.decisions.iter().zip(&d1.decisions) {
            for party in x0.positions.keys().chain(x1.positions.keys()) {
                if party != author {
                    assert_eq!(
                        x0.positions.get(party),
                        x1.positions.get(party),
                        "{event:?} by {author} changed {party}'s position"
                    );
                }
            }
        }
        for x1 in &d1.decisions[d0.decisions.len()..] {
            assert!(x1.positions.is_empty());
        }
        for a1 in &d1.amendments[d0.amendments.len()..] {
            assert_eq!(&a1.by, author);
        }
        for (c0, c1) in d0.commitments.iter().zip(&d1.commitments) {
            assert_eq!(c1.reports[..c0.reports.len()], c0.reports[..]);
            assert!(
                c1.reports[c0.reports.len()..]
                    .iter()
                    .all(|r| &r.party == author)
            );
        }
    }
}

/// Rebuilds a state from a journal whose events pass through their journal form (kind and body).
fn replay(journal: &[(RecordMeta, Event)]) -> State {
    let mut state = State::default();
    for (meta, event) in journal {
        let (kind, body) = event.to_kind_body();
        let parsed = Event::from_kind_body(&kind, &body).unwrap();
        assert_eq!(&parsed, event);
        state.apply(meta, &parsed).unwrap();
    }
    state
}

/// One random step: who tries (`None`: the party the command suits, so that runs get as far as
/// adoption and reports), in which role, and what.
#[derive(Debug, Clone)]
struct Step {
    who: Option<usize>,
    seed: usize,
    role: Role,
    cmd: Cmd,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = (
        proptest::option::weighted(0.5, 0..WORLD.len()),
        any::<usize>(),
        any_role(),
        any_cmd(),
    )
        .prop_map(|(who, seed, role, cmd)| Step {
            who,
            seed,
            role,
            cmd,
        });
    // Half the runs start down the path to adoption and reports, then wander off.
    (any::<bool>(), proptest::collection::vec(step, 0..100)).prop_map(|(adopt, random)| {
        let mut steps = if adopt { path_to_reports() } else { Vec::new() };
        steps.extend(random);
        steps
    })
}

/// Steps that, in a world where members accepted, adopt document 0 by consensus, commit the
/// members that supported it and let each of them report.
fn path_to_reports() -> Vec<Step> {
    let suited = |seed: usize, cmd: Cmd| Step {
        who: None,
        seed,
        role: Role::Delegate,
        cmd,
    };
    let mut steps = vec![suited(0, Cmd::Open(0, 0, 0))];
    steps.extend((0..4).map(|seed| suited(seed, Cmd::Take(0, 11, None))));
    steps.push(suited(0, Cmd::Close(0)));
    steps.push(suited(0, Cmd::Commit(0, 2, vec![])));
    steps.extend((0..4).map(|seed| suited(seed, Cmd::Report(0, 1, Implementation::InProgress))));
    steps
}

/// The party a command suits: the convener for what the convener does, an approved
/// participant for the rest (any party for registering or cancelling).
fn suited(s: &State, cmd: &Cmd, seed: usize) -> &'static str {
    let m = meeting_of(s);
    let world = |party: &PartyId| *WORLD.iter().find(|w| **w == party.as_str()).unwrap();
    match cmd {
        Cmd::Answer(..)
        | Cmd::Draft(_)
        | Cmd::Settle(..)
        | Cmd::Open(..)
        | Cmd::Close(_)
        | Cmd::Commit(..) => world(&m.convener),
        Cmd::Register(_) | Cmd::Withdraw | Cmd::Cancel => WORLD[seed % WORLD.len()],
        _ => {
            let committed: Vec<&PartyId> = match cmd {
                Cmd::Report(n, ..) => document_of(s, *n)
                    .map(|d| d.commitments.iter().flat_map(|c| &c.parties).collect())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let members = matches!(cmd, Cmd::Take(..));
            let approved: Vec<&PartyId> = m
                .participants
                .iter()
                .filter(|x| x.status == Registration::Approved)
                .filter(|x| !members || x.attendance == Member)
                .map(|x| &x.party)
                .collect();
            let candidates = if committed.is_empty() {
                approved
            } else {
                committed
            };
            if candidates.is_empty() {
                WORLD[seed % WORLD.len()]
            } else {
                world(candidates[seed % candidates.len()])
            }
        }
    }
}

/// Plays one step: returns the state before, the actor and the event when it was accepted.
fn play(d: &mut Dialogue, step: &Step) -> Option<(State, Actor, Event)> {
    if let Cmd::Wait(minutes) = step.cmd {
        d.clock += minutes;
        return None;
    }
    let who = match step.who {
        Some(i) => WORLD[i],
        None => suited(&d.state, &step.cmd, step.seed),
    };
    let a = actor(who, step.role);
    let before = d.state.clone();
    let event = d
        .act_as(&a, |a, s, now| decide_cmd(a, s, now, &step.cmd))
        .ok()?;
    Some((before, a, event))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Versions are kept as the draft plus amendments: every earlier version rebuilt from them is
    /// exactly the text that was current when that version was made, whatever mix of
    /// replacements, insertions and deletions (proposed against older versions too) was accepted.
    #[test]
    fn every_version_is_rebuilt_as_it_was(
        steps in prop::collection::vec((0u8..3, 0usize..8, any::<bool>()), 1..25)
    ) {
        let mut d = ad_hoc(&["KGZ"], &[]);
        d.draft("KAZ", 1, &PARAS).unwrap();
        let mut seen = vec![d.doc(1).current().texts()];
        for (round, (op, at, accept)) in steps.into_iter().enumerate() {
            let len = d.doc(1).paragraphs.len();
            let n = (at % len) as u32 + 1;
            let text = format!("Text of round {round}.");
            let edit = match op {
                0 => EditByNumber::Replace { paragraph: n, text },
                1 => EditByNumber::Insert { after: n - 1, text },
                _ if len > 1 => EditByNumber::Delete { paragraph: n },
                _ => EditByNumber::Insert { after: 0, text },
            };
            d.amend("KGZ", 1, edit).unwrap();
            let number = d.doc(1).amendments.len() as u32;
            d.settle("KAZ", 1, number, accept).unwrap();
            let current = d.doc(1).current();
            if current.number as usize > seen.len() {
                seen.push(current.texts());
            }
        }
        let doc = d.doc(1);
        prop_assert_eq!(doc.versions.len(), seen.len());
        for (i, texts) in seen.iter().enumerate() {
            let rebuilt = doc.version(i as u32 + 1).expect("every version rebuilds");
            prop_assert_eq!(&rebuilt.texts(), texts, "version {}", i + 1);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Sovereign equality: renaming the parties of a whole scenario (registrations, the
    /// convener's answers and positions) never changes which steps are accepted, nor the
    /// outcome's adopted and pending flags, its tally, its in and out lists (renamed alike) or
    /// the number the document takes.
    #[test]
    fn renaming_parties_never_changes_a_meetings_outcome(
        g in gathering(),
        perm in Just((0..POOL.len()).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let names: Vec<&str> = POOL.to_vec();
        let other: Vec<&str> = perm.iter().map(|i| POOL[*i]).collect();
        let (a, b) = (hold(&g, &names), hold(&g, &other));
        prop_assert_eq!(&a.steps, &b.steps);
        prop_assert_eq!(&a.number, &b.number);
        prop_assert_eq!(a.outcome.is_some(), b.outcome.is_some());
        if let (Some(x), Some(y)) = (a.outcome, b.outcome) {
            prop_assert_eq!(x.adopted, y.adopted, "{} / {}", x.reason, y.reason);
            prop_assert_eq!(x.pending, y.pending);
            prop_assert_eq!(x.tally, y.tally);
            prop_assert_eq!(renamed(&x.in_, &names, &other), y.in_);
            prop_assert_eq!(renamed(&x.out, &names, &other), y.out);
        }
    }

    /// Authorship: whatever random actors try, every event a `decide_*` function accepts is
    /// applied under the actor's own party and changes no other party's registration, speaking
    /// turn or position (the convener's answer changes exactly the named party's status); a
    /// reader is never accepted.
    #[test]
    fn no_command_changes_another_partys_position_or_registration(
        ad_hoc in any::<bool>(),
        accepted in any::<u8>(),
        steps in steps(),
    ) {
        let mut d = world(ad_hoc, accepted);
        for step in &steps {
            if let Some((before, a, event)) = play(&mut d, step) {
                prop_assert!(step.role != Role::Reader, "a reader authored {:?}", event);
                prop_assert_eq!(&d.journal.last().unwrap().0.author, &a.party);
                assert_only_author_changed(&before, &d.state, &a.party, &event);
            }
        }
    }

    /// Replaying the journal (through its kind-and-body form) into a fresh state gives the
    /// state that appending built.
    #[test]
    fn replaying_the_journal_gives_an_equal_state(
        ad_hoc in any::<bool>(),
        accepted in any::<u8>(),
        steps in steps(),
    ) {
        let mut d = world(ad_hoc, accepted);
        for step in &steps {
            play(&mut d, step);
        }
        // Replay reads each event back from its stored kind and body, so this also proves that
        // every event a decision makes survives the journal's text form unchanged.
        prop_assert_eq!(replay(&d.journal), d.state.clone());
    }
}

// ---------------------------------------------------------------- what waits for a party

#[test]
fn what_waits_for_a_party_is_only_what_it_alone_can_do() {
    use super::awaiting::awaiting;
    let today = date(2026, 3, 1);
    let waits = |d: &Dialogue, party: &str| {
        let meetings: Vec<Meeting> = d.state.meetings.values().cloned().collect();
        let documents: Vec<OutcomeDocument> = d.state.documents.values().cloned().collect();
        awaiting(&p(party), &meetings, &documents, today, d.now())
    };
    let mut d = Dialogue::new();
    d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("TJK", Member), ("UZB", Observer)]),
    )
    .unwrap();
    // Each invited party, and only it, has an invitation to answer.
    for party in ["KGZ", "TJK", "UZB"] {
        assert_eq!(waits(&d, party).invitations.len(), 1, "{party}");
    }
    assert!(waits(&d, "KAZ").is_empty());
    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    assert!(waits(&d, "KGZ").invitations.is_empty(), "answered");
    // A party that was not invited asks to take part: the convener, and only it, decides.
    d.register("MNG", Some(Observer), false).unwrap();
    let kaz = waits(&d, "KAZ");
    assert_eq!(kaz.registrations.len(), 1);
    assert_eq!(kaz.registrations[0].party.as_str(), "MNG");
    assert!(
        waits(&d, "MNG").is_empty(),
        "it waits for the convener, not itself"
    );
    d.answer("KAZ", "MNG", true).unwrap();
    assert!(waits(&d, "KAZ").registrations.is_empty());
    // Nor does an invitation wait once the meeting is over.
    let later = {
        let meetings: Vec<Meeting> = d.state.meetings.values().cloned().collect();
        awaiting(&p("UZB"), &meetings, &[], date(2026, 3, 4), d.now())
    };
    assert!(later.invitations.is_empty());

    // The convener chairs: amendments to decide.
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: "Another first paragraph.".into(),
        },
    )
    .unwrap();
    let kaz = waits(&d, "KAZ");
    assert_eq!(kaz.amendments.len(), 1);
    assert_eq!(
        (kaz.amendments[0].number, kaz.amendments[0].by.as_str()),
        (1, "KGZ")
    );
    assert!(
        waits(&d, "KGZ").amendments.is_empty(),
        "only the chair decides"
    );
    d.settle("KAZ", 1, 1, true).unwrap();
    assert!(waits(&d, "KAZ").amendments.is_empty());

    // Members owe their own position on an open decision; a position taken is off the list.
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(waits(&d, "KGZ").positions.len(), 1);
    assert_eq!(
        waits(&d, "KGZ").positions[0].silence_until,
        None,
        "no deadline"
    );
    assert!(
        waits(&d, "UZB").positions.is_empty(),
        "an observer decides nothing"
    );
    d.take("KGZ", 1, Support).unwrap();
    assert!(waits(&d, "KGZ").positions.is_empty());
    d.take("TJK", 1, Support).unwrap();
    d.take("KAZ", 1, Support).unwrap();
    d.close("KAZ", 1).unwrap();
    assert!(waits(&d, "KGZ").positions.is_empty(), "closed");

    // Commitments wait for their parties until reported completed.
    d.commit("KAZ", 1, 2, &["KGZ", "TJK"]).unwrap();
    assert_eq!(waits(&d, "KGZ").commitments.len(), 1);
    assert!(
        waits(&d, "KAZ").commitments.is_empty(),
        "KAZ is not committed"
    );
    d.report("KGZ", 1, 1, Implementation::InProgress).unwrap();
    assert_eq!(
        waits(&d, "KGZ").commitments.len(),
        1,
        "in progress still waits"
    );
    d.report("KGZ", 1, 1, Implementation::Completed).unwrap();
    assert!(waits(&d, "KGZ").commitments.is_empty());
    assert_eq!(waits(&d, "TJK").commitments.len(), 1);

    // A silence procedure: members see its deadline; once it passes, the chair closes it.
    d.draft("KAZ", 2, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 2, Rule::Silence { deadline }).unwrap();
    assert_eq!(waits(&d, "TJK").positions[0].silence_until, Some(deadline));
    assert!(waits(&d, "KAZ").to_close.is_empty(), "still running");
    d.clock += 60;
    assert!(
        waits(&d, "TJK").positions.is_empty(),
        "too late to break silence"
    );
    assert_eq!(waits(&d, "KAZ").to_close.len(), 1);
    assert!(
        waits(&d, "KGZ").to_close.is_empty(),
        "only the chair closes"
    );
}
