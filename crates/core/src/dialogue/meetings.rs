//! Meetings: convening and revising, registration of delegations, lists of speakers and attached
//! documents.

use super::refusals;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::link;
use crate::decisions::{Quorum, RuleKind};
use crate::dialogue::rules::MechanismRules;
use crate::error::{FieldRefusals, Refused};
use crate::framework::PriorityRef;
use crate::text::clean_text;
use crate::{Actor, DomainError, Event, MeetingId, PartyId, Timestamp};

use super::DialogueEvent;
use crate::event::{ModuleEvent, RecordMeta};
use crate::keys::EntityKey;
use crate::state::{IndexTerm, ObjectIndex, Projection, Source, read};

/// The events of meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum MeetingEvent {
    #[serde(rename = "meeting.convened")]
    Convened(ConveneMeeting),
    /// A party registers its delegation, accepts an invitation or updates its delegates.
    #[serde(rename = "meeting.registration_requested")]
    RegistrationRequested {
        meeting: MeetingId,
        attendance: Attendance,
        delegates: Vec<String>,
    },
    #[serde(rename = "meeting.registration_decided")]
    RegistrationDecided {
        meeting: MeetingId,
        party: PartyId,
        approved: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    #[serde(rename = "meeting.registration_withdrawn")]
    RegistrationWithdrawn { meeting: MeetingId },
    #[serde(rename = "meeting.floor_requested")]
    FloorRequested {
        meeting: MeetingId,
        item: u32,
        delegate: String,
    },
    #[serde(rename = "meeting.floor_withdrawn")]
    FloorWithdrawn { meeting: MeetingId, item: u32 },
    #[serde(rename = "meeting.document_attached")]
    DocumentAttached {
        meeting: MeetingId,
        item: u32,
        title: String,
        url: String,
    },
    /// The convener revises the meeting: title, dates, venue, online address, languages, agenda.
    #[serde(rename = "meeting.revised")]
    Revised {
        meeting: MeetingId,
        revision: MeetingRevision,
    },
    #[serde(rename = "meeting.cancelled")]
    Cancelled { meeting: MeetingId, reason: String },
}

impl MeetingEvent {
    /// The meeting the event is about.
    pub fn meeting(&self) -> &MeetingId {
        match self {
            Self::Convened(c) => &c.id,
            Self::RegistrationRequested { meeting, .. }
            | Self::RegistrationDecided { meeting, .. }
            | Self::RegistrationWithdrawn { meeting }
            | Self::FloorRequested { meeting, .. }
            | Self::FloorWithdrawn { meeting, .. }
            | Self::DocumentAttached { meeting, .. }
            | Self::Revised { meeting, .. }
            | Self::Cancelled { meeting, .. } => meeting,
        }
    }
}

impl From<MeetingEvent> for Event {
    fn from(e: MeetingEvent) -> Self {
        Event::Dialogue(DialogueEvent::Meeting(e))
    }
}

impl ModuleEvent for MeetingEvent {
    const KIND_PREFIXES: &'static [&'static str] = &["meeting"];

    fn subject(&self) -> EntityKey {
        EntityKey::Meeting(self.meeting().clone())
    }
}

/// The kinds of meeting the paper names (IV.1–IV.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    Summit,
    Ministerial,
    Conference,
    Forum,
    Consultation,
    ExpertMeeting,
    BilateralDialogue,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 7] = [
        Self::Summit,
        Self::Ministerial,
        Self::Conference,
        Self::Forum,
        Self::Consultation,
        Self::ExpertMeeting,
        Self::BilateralDialogue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Summit => "summit",
            Self::Ministerial => "ministerial",
            Self::Conference => "conference",
            Self::Forum => "forum",
            Self::Consultation => "consultation",
            Self::ExpertMeeting => "expert_meeting",
            Self::BilateralDialogue => "bilateral_dialogue",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        crate::decisions::parse_named(s, &Self::ALL, |k| k.as_str(), "a kind of meeting")
    }
}

/// In what capacity a party takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// A member of the body: takes positions in its decisions.
    Member,
    /// Follows the meeting and may speak; takes no position.
    Observer,
    /// A non-state participant of a forum (think tank, social organisation, academy).
    Guest,
}

impl Attendance {
    pub const ALL: [Attendance; 3] = [Self::Member, Self::Observer, Self::Guest];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Observer => "observer",
            Self::Guest => "guest",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        crate::decisions::parse_named(s, &Self::ALL, |a| a.as_str(), "a capacity")
    }
}

/// Where a party's registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Registration {
    /// Invited by the convener; not a participant until the party accepts.
    Invited,
    /// Asked to take part; waits for the convener.
    Requested,
    Approved,
    Declined,
    /// The party withdrew its registration (or declined the invitation).
    Withdrawn,
}

impl Registration {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::Requested => "requested",
            Self::Approved => "approved",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub party: PartyId,
    pub attendance: Attendance,
    /// Named delegates, head of delegation first.
    pub delegates: Vec<String>,
    pub status: Registration,
    /// When the status last changed.
    pub since: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedDocument {
    pub title: String,
    pub url: String,
    pub by: PartyId,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub party: PartyId,
    pub delegate: String,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// 1-based, in agenda order.
    pub number: u32,
    pub title: String,
    pub priorities: Vec<PriorityRef>,
    pub documents: Vec<AttachedDocument>,
    /// The list of speakers, in the order the floor was asked for.
    pub speakers: Vec<Speaker>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    /// Who convenes and chairs: the mechanism (through its secretariat) or, ad hoc, a party.
    pub convener: PartyId,
    /// `None` for an ad hoc meeting between named parties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<PartyId>,
    pub kind: MeetingKind,
    pub title: String,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Where to join online, if the meeting is (also) held online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<String>,
    /// Working languages, as BCP 47 language codes (`en`, `zh`).
    pub languages: Vec<String>,
    pub agenda: Vec<AgendaItem>,
    pub participants: Vec<Participant>,
    /// The rule the meeting's decisions use unless one chooses another allowed rule.
    pub rule: RuleKind,
    /// The rules the mechanism allows (every rule for an ad hoc meeting).
    pub allowed_rules: Vec<RuleKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
    /// The series adopted documents are numbered in.
    pub series: String,
    pub convened_at: Timestamp,
    /// When the convener last revised the meeting (title, dates, venue, languages or agenda).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<String>,
}

impl Meeting {
    pub fn entity_of(id: &MeetingId) -> EntityKey {
        EntityKey::Meeting(id.clone())
    }

    pub fn entity(&self) -> EntityKey {
        Self::entity_of(&self.id)
    }

    pub fn participant(&self, party: &PartyId) -> Option<&Participant> {
        self.participants.iter().find(|p| &p.party == party)
    }

    /// Whether `party` is an approved participant, in any capacity.
    pub fn takes_part(&self, party: &PartyId) -> bool {
        self.participant(party)
            .is_some_and(|p| p.status == Registration::Approved)
    }

    /// Approved participants in the given capacity.
    pub fn approved(&self, attendance: Attendance) -> impl Iterator<Item = &Participant> {
        self.participants
            .iter()
            .filter(move |p| p.status == Registration::Approved && p.attendance == attendance)
    }

    /// Every party the meeting concerns: the convener and anyone invited or registered.
    /// Meeting lists are ordered by closing then opening date (so "upcoming" is a range: closing
    /// on or after today) and filtered by mechanism and by the parties involved.
    pub fn index(&self) -> ObjectIndex {
        let mut terms: Vec<IndexTerm> = self.parties().cloned().map(IndexTerm::Party).collect();
        terms.extend(self.mechanism.clone().map(IndexTerm::Mechanism));
        terms.sort();
        terms.dedup();
        ObjectIndex {
            sort: format!("{} {}", self.closes, self.opens),
            terms,
        }
    }

    pub fn parties(&self) -> impl Iterator<Item = &PartyId> {
        std::iter::once(&self.convener).chain(self.participants.iter().map(|p| &p.party))
    }

    pub(crate) fn require_open(&self) -> Result<(), DomainError> {
        match &self.cancelled {
            Some(reason) => Err(refusals::meeting_cancelled(reason)),
            None => Ok(()),
        }
    }

    fn require_convener(&self, party: &PartyId, what: &str) -> Result<(), DomainError> {
        if party != &self.convener {
            return Err(refusals::only_the_convener(&self.convener, what, party));
        }
        Ok(())
    }

    fn item(&self, number: u32) -> Result<&AgendaItem, DomainError> {
        self.agenda
            .iter()
            .find(|i| i.number == number)
            .ok_or_else(|| refusals::no_agenda_item(number))
    }
}

/// A new agenda item, as the convener writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAgendaItem {
    pub title: String,
    #[serde(default)]
    pub priorities: Vec<PriorityRef>,
}

/// Convening a meeting. For a mechanism's meeting the actor is the mechanism; for an ad hoc one
/// the actor is the convening party and `invited` names the other parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConveneMeeting {
    pub id: MeetingId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<PartyId>,
    pub kind: MeetingKind,
    pub title: String,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<String>,
    pub languages: Vec<String>,
    pub agenda: Vec<NewAgendaItem>,
    /// Parties invited, each in the capacity it is offered.
    #[serde(default)]
    pub invited: Vec<(PartyId, Attendance)>,
    /// The meeting's rule; the mechanism's default when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleKind>,
}

/// The rules a meeting is convened under: the mechanism's declared rules, its defaults when it
/// declared none, or for an ad hoc meeting every rule and the series `GSI/<CONVENER>`.
fn rules_for(
    mechanism: Option<&PartyId>,
    convener: &PartyId,
    declared: Option<&MechanismRules>,
) -> MechanismRules {
    match (mechanism, declared) {
        (Some(_), Some(rules)) => rules.clone(),
        (Some(m), None) => MechanismRules::undeclared(m),
        (None, _) => MechanismRules {
            allowed: RuleKind::ALL.to_vec(),
            series: format!("GSI/{}", convener.as_str().to_uppercase()),
            ..MechanismRules::undeclared(convener)
        },
    }
}

/// Checks that a meeting does not close before it opens.
fn check_dates(opens: NaiveDate, closes: NaiveDate) -> Result<(), DomainError> {
    if closes < opens {
        return Err(refusals::closes_before_opens(closes, opens));
    }
    Ok(())
}

/// A venue as given: trimmed, `None` when empty.
fn check_place(place: Option<&str>) -> Result<Option<String>, DomainError> {
    place
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| clean_text("place", p, super::MAX_PLACE))
        .transpose()
}

/// An online address as given: an http(s) address, `None` when empty.
fn check_online(online: Option<&str>) -> Result<Option<String>, DomainError> {
    online
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(|u| link("online address", u))
        .transpose()
}

fn check_where(place: Option<&String>, online: Option<&String>) -> Result<(), DomainError> {
    if place.is_none() && online.is_none() {
        return Err(refusals::no_place());
    }
    Ok(())
}

/// Working languages: lower-case codes of two or three letters, each listed once, at least one.
fn check_languages(languages: &[String]) -> Result<Vec<String>, DomainError> {
    let mut out: Vec<String> = Vec::new();
    for lang in languages {
        let lang = lang.trim().to_lowercase();
        let ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            return Err(refusals::not_a_language(&lang));
        }
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    if out.is_empty() {
        return Err(refusals::no_language());
    }
    Ok(out)
}

/// Priorities in catalogue order, each once.
fn sorted(priorities: &[PriorityRef]) -> Vec<PriorityRef> {
    let mut out = priorities.to_vec();
    out.sort();
    out.dedup();
    out
}

// Who may act: one rule per action, taking the party that would act. A command checks that its
// actor may author for its party and then the rule; the pages offer a form, and `awaiting` lists
// a task, exactly when the rule lets the party past.

/// Whether `party` may approve or decline registrations: the convener, while the meeting stands.
pub fn may_decide_registrations(party: &PartyId, meeting: &Meeting) -> Result<(), DomainError> {
    meeting.require_convener(party, "approve or decline registrations")?;
    meeting.require_open()
}

/// Whether `party` may revise the meeting: the convener, while the meeting stands.
pub fn may_revise(party: &PartyId, meeting: &Meeting) -> Result<(), DomainError> {
    meeting.require_convener(party, "revise the meeting")?;
    meeting.require_open()
}

/// Whether `party` may cancel the meeting: the convener, while the meeting stands.
pub fn may_cancel(party: &PartyId, meeting: &Meeting) -> Result<(), DomainError> {
    meeting.require_convener(party, "cancel the meeting")?;
    meeting.require_open()
}

/// Whether `party` may attach documents to agenda items: the convener or an approved
/// participant, while the meeting stands.
pub fn may_attach(party: &PartyId, meeting: &Meeting) -> Result<(), DomainError> {
    meeting.require_open()?;
    if party != &meeting.convener && !meeting.takes_part(party) {
        return Err(refusals::neither_convenes_nor_takes_part(party));
    }
    Ok(())
}

/// Whether `party` may ask for the floor: an approved participant, while the meeting stands.
/// Gives its participation (its delegates speak).
pub fn may_take_the_floor<'m>(
    party: &PartyId,
    meeting: &'m Meeting,
) -> Result<&'m Participant, DomainError> {
    meeting.require_open()?;
    meeting
        .participant(party)
        .filter(|p| p.status == Registration::Approved)
        .ok_or_else(|| refusals::not_an_approved_participant(party))
}

/// Decides a convening. `rules` are the mechanism's declared rules (`None` when it declared none,
/// or for an ad hoc meeting);
/// `party_exists` answers whether an invited party is registered.
pub fn decide_convene(
    actor: &Actor,
    command: ConveneMeeting,
    existing: bool,
    rules: Option<&MechanismRules>,
    party_exists: &dyn Fn(&PartyId) -> bool,
) -> Result<MeetingEvent, DomainError> {
    let convener = command.mechanism.clone().unwrap_or(actor.party.clone());
    actor.require_author(&convener)?;
    if existing {
        return Err(refusals::meeting_exists(&command.id));
    }
    Ok(MeetingEvent::Convened(checked_convening(
        command,
        &convener,
        rules,
        party_exists,
    )?))
}

/// The convening as it is recorded (texts cleaned, the rule chosen), or every refusal its
/// fields meet, in the order [`decide_convene`] gives them. `rules` as in [`decide_convene`].
pub fn checked_convening(
    mut command: ConveneMeeting,
    convener: &PartyId,
    rules: Option<&MechanismRules>,
    party_exists: &dyn Fn(&PartyId) -> bool,
) -> Result<ConveneMeeting, Refused> {
    let mut found = FieldRefusals::default();
    command.title = found.check(clean_text("title", &command.title, super::MAX_TITLE));
    found.check(check_dates(command.opens, command.closes));
    match (
        check_place(command.place.as_deref()),
        check_online(command.online.as_deref()),
    ) {
        (Ok(place), Ok(online)) => {
            found.check(check_where(place.as_ref(), online.as_ref()));
            (command.place, command.online) = (place, online);
        }
        (place, online) => {
            command.place = found.check(place);
            command.online = found.check(online);
        }
    }
    command.languages = found.check(check_languages(&command.languages));
    if command.agenda.is_empty() {
        found.refuse(refusals::agenda_empty());
    }
    for item in &mut command.agenda {
        item.title = found.check(clean_text(
            "agenda item's title",
            &item.title,
            super::MAX_TITLE,
        ));
        item.priorities = sorted(&item.priorities);
    }
    let mut seen = std::collections::BTreeSet::new();
    for (party, _) in &command.invited {
        if party == convener {
            found.refuse(refusals::convener_invites_itself(party));
        } else if !seen.insert(party) {
            found.refuse(refusals::invited_twice(party));
        } else if !party_exists(party) {
            found.refuse(crate::refusals::party_not_registered(party));
        }
    }
    if command.mechanism.is_none()
        && !command
            .invited
            .iter()
            .any(|(_, a)| *a == Attendance::Member)
    {
        found.refuse(refusals::ad_hoc_without_members());
    }
    let rules = rules_for(command.mechanism.as_ref(), convener, rules);
    let rule = command.rule.unwrap_or(rules.default);
    if !rules.allowed.contains(&rule) {
        found.refuse(refusals::rule_not_allowed(
            &rules.mechanism,
            rule.as_str(),
            rules
                .allowed
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(","),
        ));
    }
    command.rule = Some(rule);
    found.finish(command)
}

/// The meeting a convening creates. `rules` as in [`decide_convene`].
pub fn apply_convene(
    command: &ConveneMeeting,
    convener: &PartyId,
    rules: Option<&MechanismRules>,
    time: Timestamp,
) -> Meeting {
    let rules = rules_for(command.mechanism.as_ref(), convener, rules);
    let mut participants: Vec<Participant> = Vec::new();
    if command.mechanism.is_none() {
        // The convening party of an ad hoc meeting takes part by convening it.
        participants.push(Participant {
            party: convener.clone(),
            attendance: Attendance::Member,
            delegates: Vec::new(),
            status: Registration::Approved,
            since: time,
            note: None,
        });
    }
    participants.extend(
        command
            .invited
            .iter()
            .map(|(party, attendance)| Participant {
                party: party.clone(),
                attendance: *attendance,
                delegates: Vec::new(),
                status: Registration::Invited,
                since: time,
                note: None,
            }),
    );
    Meeting {
        id: command.id.clone(),
        convener: convener.clone(),
        mechanism: command.mechanism.clone(),
        kind: command.kind,
        title: command.title.clone(),
        opens: command.opens,
        closes: command.closes,
        place: command.place.clone(),
        online: command.online.clone(),
        languages: command.languages.clone(),
        agenda: command
            .agenda
            .iter()
            .zip(1..)
            .map(|(item, number)| AgendaItem {
                number,
                title: item.title.clone(),
                priorities: item.priorities.clone(),
                documents: Vec::new(),
                speakers: Vec::new(),
            })
            .collect(),
        participants,
        rule: command.rule.unwrap_or(rules.default),
        allowed_rules: rules.allowed.clone(),
        quorum: rules.quorum,
        series: rules.series.clone(),
        convened_at: time,
        revised_at: None,
        cancelled: None,
    }
}

/// What the edge knows about a registering party: whether it is a member of the mechanism on the
/// meeting's opening day, and whether it is a state or an organisation of states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub mechanism_member: bool,
    pub state_or_organisation: bool,
}

/// A party registers its delegation (or accepts an invitation, or updates its delegates). With
/// `attendance` unset it registers in the capacity it was invited in, or as a member if it is
/// one, or else as an observer (a state or organisation) or a guest (anyone else).
pub fn decide_register(
    actor: &Actor,
    meeting: &Meeting,
    attendance: Option<Attendance>,
    delegates: Vec<String>,
    standing: Standing,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    meeting.require_open()?;
    let party = &actor.party;
    if party == &meeting.convener && meeting.mechanism.is_some() {
        return Err(refusals::convener_does_not_register(party));
    }
    if delegates.is_empty() || delegates.len() > 50 {
        return Err(refusals::delegation_size());
    }
    let delegates = delegates
        .iter()
        .map(|d| clean_text("delegate's name", d, 120))
        .collect::<Result<Vec<_>, _>>()?;
    let existing = meeting.participant(party);
    let attendance = match (attendance, existing) {
        (Some(a), _) => a,
        (None, Some(p)) => p.attendance,
        (None, None) if standing.mechanism_member => Attendance::Member,
        (None, None) if standing.state_or_organisation => Attendance::Observer,
        (None, None) => Attendance::Guest,
    };
    let invited_as = existing
        .filter(|p| p.status != Registration::Requested)
        .map(|p| p.attendance);
    if attendance == Attendance::Member && invited_as != Some(Attendance::Member) {
        let may = match &meeting.mechanism {
            Some(_) if standing.mechanism_member => true,
            Some(m) => {
                return Err(refusals::not_a_member_on_date(party, m, meeting.opens));
            }
            None => false,
        };
        if !may {
            return Err(refusals::not_invited_as_member(party));
        }
    }
    if attendance == Attendance::Guest && standing.state_or_organisation {
        return Err(refusals::state_registers_as_member_or_observer(party));
    }
    Ok(MeetingEvent::RegistrationRequested {
        meeting: meeting.id.clone(),
        attendance,
        delegates,
    })
}

pub fn apply_register(
    meeting: &mut Meeting,
    party: &PartyId,
    attendance: Attendance,
    delegates: &[String],
    time: Timestamp,
) {
    match meeting.participants.iter_mut().find(|p| &p.party == party) {
        Some(p) => {
            // Accepting an invitation in the capacity offered, or updating an approved
            // delegation, needs no approval; anything else waits for the convener.
            let keeps_approval = matches!(p.status, Registration::Invited | Registration::Approved)
                && p.attendance == attendance;
            let status = if keeps_approval {
                Registration::Approved
            } else {
                Registration::Requested
            };
            if p.status != status {
                p.since = time;
            }
            p.status = status;
            p.attendance = attendance;
            p.delegates = delegates.to_vec();
            p.note = None;
        }
        None => meeting.participants.push(Participant {
            party: party.clone(),
            attendance,
            delegates: delegates.to_vec(),
            status: Registration::Requested,
            since: time,
            note: None,
        }),
    }
}

/// The convener approves or declines a pending registration.
pub fn decide_registration(
    actor: &Actor,
    meeting: &Meeting,
    party: &PartyId,
    approve: bool,
    note: Option<&str>,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_decide_registrations(&actor.party, meeting)?;
    let p = meeting
        .participant(party)
        .ok_or_else(|| refusals::not_registered(party))?;
    if p.status != Registration::Requested {
        return Err(refusals::registration_not_pending(party, p.status.as_str()));
    }
    let note = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| clean_text("note", n, 1000))
        .transpose()?;
    Ok(MeetingEvent::RegistrationDecided {
        meeting: meeting.id.clone(),
        party: party.clone(),
        approved: approve,
        note,
    })
}

/// A party withdraws its registration or declines an invitation.
pub fn decide_withdraw(actor: &Actor, meeting: &Meeting) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    meeting.require_open()?;
    match meeting.participant(&actor.party) {
        Some(p) if !matches!(p.status, Registration::Withdrawn | Registration::Declined) => {
            if meeting.mechanism.is_none() && p.party == meeting.convener {
                return Err(refusals::ad_hoc_convener_cancels());
            }
            Ok(MeetingEvent::RegistrationWithdrawn {
                meeting: meeting.id.clone(),
            })
        }
        _ => Err(refusals::no_registration_to_withdraw(&actor.party)),
    }
}

/// An approved participant asks for the floor on an agenda item, for one of its delegates.
pub fn decide_request_floor(
    actor: &Actor,
    meeting: &Meeting,
    item: u32,
    delegate: &str,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    let participant = may_take_the_floor(&actor.party, meeting)?;
    let agenda_item = meeting.item(item)?;
    let delegate = delegate.trim();
    if !participant.delegates.iter().any(|d| d == delegate) {
        return Err(refusals::not_a_delegate(delegate, &actor.party));
    }
    if agenda_item.speakers.iter().any(|s| s.party == actor.party) {
        return Err(refusals::already_speaking(&actor.party, item));
    }
    Ok(MeetingEvent::FloorRequested {
        meeting: meeting.id.clone(),
        item,
        delegate: delegate.to_owned(),
    })
}

/// A party takes its delegate off an item's list of speakers.
pub fn decide_withdraw_floor(
    actor: &Actor,
    meeting: &Meeting,
    item: u32,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    if !meeting
        .item(item)?
        .speakers
        .iter()
        .any(|s| s.party == actor.party)
    {
        return Err(refusals::not_speaking(&actor.party, item));
    }
    Ok(MeetingEvent::FloorWithdrawn {
        meeting: meeting.id.clone(),
        item,
    })
}

/// The convener or an approved participant attaches a document (by link) to an agenda item.
pub fn decide_attach(
    actor: &Actor,
    meeting: &Meeting,
    item: u32,
    title: &str,
    url: &str,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_attach(&actor.party, meeting)?;
    meeting.item(item)?;
    Ok(MeetingEvent::DocumentAttached {
        meeting: meeting.id.clone(),
        item,
        title: clean_text("document's title", title, super::MAX_TITLE)?,
        url: link("document's address", url)?,
    })
}

/// The convener cancels the meeting, giving a reason.
pub fn decide_cancel(
    actor: &Actor,
    meeting: &Meeting,
    reason: &str,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_cancel(&actor.party, meeting)?;
    Ok(MeetingEvent::Cancelled {
        meeting: meeting.id.clone(),
        reason: clean_text("reason", reason, 1000)?,
    })
}

/// A change to the agenda, within a [`MeetingRevision`]. Item numbers are those of the agenda as
/// it stands before the revision; after it the items are numbered 1 to n again in their new
/// order, and each item keeps its list of speakers and its attached documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum AgendaChange {
    /// A new item at the end of the agenda, or after item `after` (0: at the beginning).
    Add {
        title: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        priorities: Vec<PriorityRef>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<u32>,
    },
    /// A new title for item `item`, new priorities for it, or both.
    Retitle {
        item: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        priorities: Option<Vec<PriorityRef>>,
    },
    /// Takes item `item` off the agenda: only an item nobody asked to speak on and nothing was
    /// attached to, so that no speaker or document leaves the record with it.
    Remove { item: u32 },
}

/// The convener's revision of a meeting it convened: a provisional agenda revised, dates moved,
/// the venue changed or an online address added. Each field given replaces the meeting's (an
/// empty `place` or `online` removes it); `agenda` lists the changes to the agenda. The result
/// is checked as a convening is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRevision {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<String>,
    /// The working languages, replacing the meeting's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaChange>,
}

/// The agenda after `changes` (see [`AgendaChange`]), renumbered 1 to n.
fn revised_agenda(
    agenda: &[AgendaItem],
    changes: &[AgendaChange],
) -> Result<Vec<AgendaItem>, DomainError> {
    let count = agenda.len();
    // `items[i]` is item i + 1, `None` once removed; `added[k]` holds the items added after item
    // k (0: at the beginning), in the order given.
    let mut items: Vec<Option<AgendaItem>> = agenda.iter().cloned().map(Some).collect();
    let mut added: Vec<Vec<AgendaItem>> = vec![Vec::new(); count + 1];
    let mut changed = std::collections::BTreeSet::new();
    let no_item = |n: u32| refusals::agenda_has_no_item(count, n);
    let mut slot = |n: u32| -> Result<usize, DomainError> {
        let i = (n as usize).checked_sub(1).filter(|i| *i < count);
        let i = i.ok_or_else(|| no_item(n))?;
        if !changed.insert(n) {
            return Err(refusals::item_changed_twice(n));
        }
        Ok(i)
    };
    for change in changes {
        match change {
            AgendaChange::Add {
                title,
                priorities,
                after,
            } => {
                let after = after.map_or(count, |a| a as usize);
                if after > count {
                    return Err(no_item(after as u32));
                }
                added[after].push(AgendaItem {
                    number: 0,
                    title: clean_text("agenda item's title", title, super::MAX_TITLE)?,
                    priorities: sorted(priorities),
                    documents: Vec::new(),
                    speakers: Vec::new(),
                });
            }
            AgendaChange::Retitle {
                item,
                title,
                priorities,
            } => {
                let i = slot(*item)?;
                if title.is_none() && priorities.is_none() {
                    return Err(refusals::retitle_needs_change(item));
                }
                if let Some(current) = items[i].as_mut() {
                    if let Some(title) = title {
                        current.title = clean_text("agenda item's title", title, super::MAX_TITLE)?;
                    }
                    if let Some(priorities) = priorities {
                        current.priorities = sorted(priorities);
                    }
                }
            }
            AgendaChange::Remove { item } => {
                let i = slot(*item)?;
                // Each item is changed once, so it is still there.
                if let Some(current) = items[i].take()
                    && (!current.speakers.is_empty() || !current.documents.is_empty())
                {
                    return Err(refusals::item_cannot_be_removed(
                        item,
                        &current.title,
                        on_item(&current),
                    ));
                }
            }
        }
    }
    let mut added = added.into_iter();
    let mut out: Vec<AgendaItem> = added.next().unwrap_or_default();
    for (item, after) in items.into_iter().zip(added) {
        out.extend(item);
        out.extend(after);
    }
    if out.is_empty() {
        return Err(refusals::agenda_empty());
    }
    for (item, number) in out.iter_mut().zip(1..) {
        item.number = number;
    }
    Ok(out)
}

/// What is on an agenda item: "2 speakers on its list and 1 attached document".
fn on_item(item: &AgendaItem) -> String {
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut parts = Vec::new();
    if !item.speakers.is_empty() {
        parts.push(count(
            item.speakers.len(),
            "speaker on its list",
            "speakers on its list",
        ));
    }
    if !item.documents.is_empty() {
        parts.push(count(
            item.documents.len(),
            "attached document",
            "attached documents",
        ));
    }
    parts.join(" and ")
}

/// The meeting as `revision` leaves it, checked as a convening is. Deciding and replaying both
/// use it, so a journal row that would leave a meeting malformed does not replay.
fn revised(meeting: &Meeting, revision: &MeetingRevision) -> Result<Meeting, DomainError> {
    let mut m = meeting.clone();
    if let Some(title) = &revision.title {
        m.title = clean_text("title", title, super::MAX_TITLE)?;
    }
    m.opens = revision.opens.unwrap_or(m.opens);
    m.closes = revision.closes.unwrap_or(m.closes);
    check_dates(m.opens, m.closes)?;
    if let Some(place) = &revision.place {
        m.place = check_place(Some(place))?;
    }
    if let Some(online) = &revision.online {
        m.online = check_online(Some(online))?;
    }
    check_where(m.place.as_ref(), m.online.as_ref())?;
    if let Some(languages) = &revision.languages {
        m.languages = check_languages(languages)?;
    }
    if !revision.agenda.is_empty() {
        m.agenda = revised_agenda(&meeting.agenda, &revision.agenda)?;
    }
    if m == *meeting {
        return Err(refusals::revision_changes_nothing());
    }
    Ok(m)
}

/// A revision prepared on the meeting as it was when last revised at `seen` (a form showing its
/// agenda, say) applies only to that meeting: if it was revised since, the revision is refused
/// rather than applied to an agenda its author did not see.
pub fn require_unrevised_since(
    meeting: &Meeting,
    seen: Option<Timestamp>,
) -> Result<(), DomainError> {
    if meeting.revised_at == seen {
        Ok(())
    } else {
        Err(refusals::revised_since_opened())
    }
}

/// The convener revises the meeting: title, dates, venue, online address, working languages or
/// agenda (see [`MeetingRevision`]). The record keeps only what changes, as it will read.
pub fn decide_revise(
    actor: &Actor,
    meeting: &Meeting,
    revision: MeetingRevision,
) -> Result<MeetingEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_revise(&actor.party, meeting)?;
    let after = revised(meeting, &revision)?;
    let changed = |old: &Option<String>, new: &Option<String>| {
        (old != new).then(|| new.clone().unwrap_or_default())
    };
    let agenda = if after.agenda == meeting.agenda {
        Vec::new()
    } else {
        revision
            .agenda
            .into_iter()
            .filter_map(|change| match change {
                AgendaChange::Add {
                    title,
                    priorities,
                    after,
                } => Some(AgendaChange::Add {
                    title: title.trim().to_owned(),
                    priorities: sorted(&priorities),
                    after,
                }),
                AgendaChange::Retitle {
                    item,
                    title,
                    priorities,
                } => {
                    let current = meeting.item(item).ok()?;
                    let title = title
                        .map(|t| t.trim().to_owned())
                        .filter(|t| *t != current.title);
                    let priorities = priorities
                        .map(|p| sorted(&p))
                        .filter(|p| *p != current.priorities);
                    (title.is_some() || priorities.is_some()).then_some(AgendaChange::Retitle {
                        item,
                        title,
                        priorities,
                    })
                }
                remove @ AgendaChange::Remove { .. } => Some(remove),
            })
            .collect()
    };
    let revision = MeetingRevision {
        title: (after.title != meeting.title).then(|| after.title.clone()),
        opens: (after.opens != meeting.opens).then_some(after.opens),
        closes: (after.closes != meeting.closes).then_some(after.closes),
        place: changed(&meeting.place, &after.place),
        online: changed(&meeting.online, &after.online),
        languages: (after.languages != meeting.languages).then(|| after.languages.clone()),
        agenda,
    };
    debug_assert_eq!(revised(meeting, &revision).as_ref(), Ok(&after));
    Ok(MeetingEvent::Revised {
        meeting: meeting.id.clone(),
        revision,
    })
}

/// Applies a meeting event other than the convening to the meeting.
///
/// Replay asks who may act of the same rules as the commands (`may_*`), so a journal row forged
/// for a party without the right does not replay. A revision is checked again against the
/// meeting it revises: only to a meeting that a convening could make, without losing a speaker
/// or a document.
/// The projection of a meeting event. Convening reads the mechanism's rules (and that no meeting
/// has the id yet); every other event reads its meeting.
pub fn project(
    meta: &RecordMeta,
    event: &MeetingEvent,
    source: &dyn Source,
) -> Result<Vec<Projection>, DomainError> {
    let existing: Option<Meeting> = read(source, event.subject())?;
    let meeting = match (event, existing) {
        (MeetingEvent::Convened(c), None) => {
            let rules: Option<MechanismRules> = match &c.mechanism {
                Some(m) => read(source, EntityKey::Rules(m.clone()))?,
                None => None,
            };
            apply_convene(c, &meta.author, rules.as_ref(), meta.time)
        }
        (_, None) => return Err(refusals::meeting_missing()),
        (event, Some(meeting)) => apply(&meeting, &meta.author, event, meta.time)?,
    };
    Ok(vec![Projection::Meeting(meeting)])
}

pub fn apply(
    meeting: &Meeting,
    author: &PartyId,
    event: &MeetingEvent,
    time: Timestamp,
) -> Result<Meeting, DomainError> {
    // Who may act, asked again of the rules the commands check: a row forged for a party
    // without the right does not replay.
    match event {
        MeetingEvent::RegistrationDecided { .. } => may_decide_registrations(author, meeting)?,
        MeetingEvent::Revised { .. } => may_revise(author, meeting)?,
        MeetingEvent::Cancelled { .. } => may_cancel(author, meeting)?,
        MeetingEvent::FloorRequested { .. } => {
            may_take_the_floor(author, meeting)?;
        }
        MeetingEvent::DocumentAttached { .. } => may_attach(author, meeting)?,
        // A party's own registration and speaking, which only its own records change.
        MeetingEvent::Convened(_)
        | MeetingEvent::RegistrationRequested { .. }
        | MeetingEvent::RegistrationWithdrawn { .. }
        | MeetingEvent::FloorWithdrawn { .. } => {}
    }
    let mut m = meeting.clone();
    match event {
        MeetingEvent::RegistrationRequested {
            attendance,
            delegates,
            ..
        } => apply_register(&mut m, author, *attendance, delegates, time),
        MeetingEvent::RegistrationDecided {
            party,
            approved,
            note,
            ..
        } => {
            // Only what a party asked for is decided: no one is made a participant otherwise.
            if m.participant(party).map(|p| p.status) != Some(Registration::Requested) {
                return Err(refusals::no_pending_registration(party));
            }
            if let Some(p) = m.participants.iter_mut().find(|p| &p.party == party) {
                p.status = if *approved {
                    Registration::Approved
                } else {
                    Registration::Declined
                };
                p.since = time;
                p.note = note.clone();
            }
        }
        MeetingEvent::RegistrationWithdrawn { .. } => {
            if let Some(p) = m.participants.iter_mut().find(|p| &p.party == author) {
                p.status = Registration::Withdrawn;
                p.since = time;
            }
            for item in &mut m.agenda {
                item.speakers.retain(|s| &s.party != author);
            }
        }
        MeetingEvent::FloorRequested { item, delegate, .. } => {
            if let Some(i) = m.agenda.iter_mut().find(|i| i.number == *item) {
                i.speakers.push(Speaker {
                    party: author.clone(),
                    delegate: delegate.clone(),
                    at: time,
                });
            }
        }
        MeetingEvent::FloorWithdrawn { item, .. } => {
            if let Some(i) = m.agenda.iter_mut().find(|i| i.number == *item) {
                i.speakers.retain(|s| &s.party != author);
            }
        }
        MeetingEvent::DocumentAttached {
            item, title, url, ..
        } => {
            if let Some(i) = m.agenda.iter_mut().find(|i| i.number == *item) {
                i.documents.push(AttachedDocument {
                    title: title.clone(),
                    url: url.clone(),
                    by: author.clone(),
                    at: time,
                });
            }
        }
        MeetingEvent::Revised { revision, .. } => {
            m = revised(&m, revision)?;
            m.revised_at = Some(time);
        }
        MeetingEvent::Cancelled { reason, .. } => m.cancelled = Some(reason.clone()),
        MeetingEvent::Convened(c) => {
            return Err(refusals::meeting_already_convened(&c.id));
        }
    }
    Ok(m)
}
