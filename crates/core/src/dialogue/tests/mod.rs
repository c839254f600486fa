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

mod commitments;
mod decisions;
mod drafting;
mod properties;
mod registration;
mod replay_authorship;
mod replay_state;
mod revising;
mod rules_and_convening;
mod security_council;
mod speakers_and_attachments;
mod what_waits;

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
        .ok_or_else(crate::dialogue::refusals::document_missing)
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
        DomainError::Forbidden(m) => m.to_string(),
        e => panic!("expected Forbidden, got {e:?}"),
    }
}

#[track_caller]
fn invalid(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::Invalid(m) => m.to_string(),
        e => panic!("expected Invalid, got {e:?}"),
    }
}

#[track_caller]
fn conflict(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::Conflict(m) => m.to_string(),
        e => panic!("expected Conflict, got {e:?}"),
    }
}

#[track_caller]
fn not_found(r: Result<Event, DomainError>) -> String {
    match err(r) {
        DomainError::NotFound(m) => m.to_string(),
        e => panic!("expected NotFound, got {e:?}"),
    }
}

fn ids(list: &[PartyId]) -> Vec<&str> {
    list.iter().map(PartyId::as_str).collect()
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

fn add(title: &str, after: Option<u32>) -> AgendaChange {
    AgendaChange::Add {
        title: title.into(),
        priorities: vec![],
        after,
    }
}

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
