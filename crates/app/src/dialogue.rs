//! Dialogue commands (IV.1–IV.4): mechanism rules, meetings, outcome documents, decisions and
//! commitments. Each command reads the projections the core needs, lets the core decide, and
//! appends under a version check on the entity it changes (retried on a concurrent change).

use chrono::NaiveDate;
use gsi_core::decisions::{Comfort, Outcome, Position, Rule};
use gsi_core::dialogue::awaiting::{self, Awaiting};
use gsi_core::dialogue::documents::{
    self, DocumentEvent, DraftDocument, EditByNumber, Implementation, OutcomeDocument,
};
use gsi_core::dialogue::meetings::{
    self, Attendance, ConveneMeeting, Meeting, MeetingEvent, MeetingRevision, Standing,
};
use gsi_core::dialogue::rules::{self, DeclareRules, MechanismRules, Series};
use gsi_core::error::Refused;
use gsi_core::framework::PriorityRef;
use gsi_core::membership::MembershipRole;
use gsi_core::state::IndexTerm;
use gsi_core::text::{self, ParagraphChange};
use gsi_core::{
    Actor, DocumentId, DomainError, EntityKey, MeetingId, Party, PartyId, PartyKind, Timestamp,
};
use gsi_store::{ObjectKind, ObjectQuery, Receipt, Versioned};
use serde::Serialize;

use gsi_core::dialogue::refusals;
use gsi_core::refusals::party_not_registered;

use crate::ical::{Calendar, CalendarEvent, EventStatus, When};
use crate::write::View;
use crate::{AppError, Platform};

/// Which meetings to list, and which page of them. Answered from the store's index: the
/// filters are index terms and the dates a range of the sort key, so a list reads only what it
/// shows.
#[derive(Debug, Clone, Default)]
pub struct MeetingQuery {
    pub mechanism: Option<PartyId>,
    /// Meetings the party convenes, is invited to or registered for.
    pub party: Option<PartyId>,
    pub closing: Option<Closing>,
    pub limit: Option<u64>,
    pub offset: u64,
}

/// Meetings by when they close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    /// Closing on or after the day (upcoming or under way), soonest first.
    OnOrAfter(NaiveDate),
    /// Closed before the day (past), most recent first.
    Before(NaiveDate),
}

impl MeetingQuery {
    fn to_store(&self) -> ObjectQuery {
        let mut q = ObjectQuery::all(ObjectKind::Meeting);
        if let Some(m) = &self.mechanism {
            q = q.with(IndexTerm::Mechanism(m.clone()));
        }
        if let Some(p) = &self.party {
            q = q.with(IndexTerm::Party(p.clone()));
        }
        // The sort key is "<closes> <opens>", so a day bounds it as text.
        match self.closing {
            Some(Closing::OnOrAfter(day)) => q.sort_from = Some(day.to_string()),
            Some(Closing::Before(day)) => {
                q.sort_before = Some(day.to_string());
                q.descending = true;
            }
            None => {}
        }
        q.limit = self.limit;
        q.offset = self.offset;
        q
    }
}

/// Which outcome documents to list, and which page of them.
#[derive(Debug, Clone, Default)]
pub struct DocumentQuery {
    pub meeting: Option<MeetingId>,
    /// Documents the party acts on or is awaited in: it convenes, proposed, decides or is
    /// committed.
    pub party: Option<PartyId>,
    pub limit: Option<u64>,
    pub offset: u64,
}

impl DocumentQuery {
    /// The documents of one meeting.
    pub fn of_meeting(meeting: &MeetingId) -> Self {
        Self {
            meeting: Some(meeting.clone()),
            ..Self::default()
        }
    }

    fn to_store(&self) -> ObjectQuery {
        let mut q = ObjectQuery::all(ObjectKind::Document);
        if let Some(m) = &self.meeting {
            q = q.with(IndexTerm::Meeting(m.clone()));
        }
        if let Some(p) = &self.party {
            q = q.with(IndexTerm::Party(p.clone()));
        }
        q.limit = self.limit;
        q.offset = self.offset;
        q
    }
}

/// Which commitments to list: of adopted documents, naming a party, on a priority, of one
/// document (all given filters at once).
#[derive(Debug, Clone, Default)]
pub struct CommitmentQuery {
    pub party: Option<PartyId>,
    pub priority: Option<PriorityRef>,
    pub document: Option<DocumentId>,
}

/// One commitment with its document, for the tracker.
#[derive(Debug, Clone, Serialize)]
pub struct CommitmentView {
    pub document: DocumentId,
    pub symbol: String,
    pub title: String,
    pub number: u32,
    /// The paragraph's number in the adopted text.
    pub paragraph: u32,
    pub text: String,
    pub priorities: Vec<String>,
    pub due: Option<NaiveDate>,
    /// Each committed party with its latest reported status (`None`: no report yet).
    pub parties: Vec<(PartyId, Option<Implementation>)>,
    pub reports: usize,
}

impl CommitmentView {
    /// Parties whose latest report says completed.
    pub fn completed(&self) -> usize {
        self.parties
            .iter()
            .filter(|(_, s)| *s == Some(Implementation::Completed))
            .count()
    }
}

/// A version-to-version comparison of a document's text.
#[derive(Debug, Clone, Serialize)]
pub struct VersionDiff {
    pub from: u32,
    pub to: u32,
    pub changes: Vec<ParagraphChange>,
}

/// The entity a command wrote, as its projection returned it.
fn written<T>(entity: Option<T>) -> Result<T, AppError> {
    entity.ok_or_else(|| {
        AppError::Config("the command wrote no entity of the kind it changes".into())
    })
}

/// The dialogue module's commands and lists: mechanisms' rules, meetings, outcome documents,
/// decisions and commitments.
pub struct Dialogue<'a> {
    platform: &'a Platform,
}

impl Platform {
    pub fn dialogue(&self) -> Dialogue<'_> {
        Dialogue { platform: self }
    }
}

/// The rules a convening is checked against: its mechanism's, which must be a registered
/// mechanism, not a state; `None` for an ad hoc meeting or a mechanism that declared none.
fn convening_rules(
    view: &View<'_>,
    command: &ConveneMeeting,
) -> Result<Option<MechanismRules>, AppError> {
    let Some(m) = &command.mechanism else {
        return Ok(None);
    };
    let party: Party = view
        .get(EntityKey::Party(m.clone()))?
        .ok_or_else(|| AppError::from(party_not_registered(m)))?;
    if matches!(party.kind, PartyKind::State | PartyKind::Territory) {
        return Err(crate::refusals::state_convenes_ad_hoc(m).into());
    }
    view.get(EntityKey::Rules(m.clone()))
}

impl Dialogue<'_> {
    // --- rules ---

    /// The rules a mechanism declared, or the defaults if it declared none.
    pub fn mechanism_rules(&self, mechanism: &PartyId) -> Result<MechanismRules, AppError> {
        Ok(self
            .platform
            .store()
            .rules(mechanism)?
            .map(|v| v.value)
            .unwrap_or_else(|| MechanismRules::undeclared(mechanism)))
    }

    pub fn declare_rules(
        &self,
        actor: &Actor,
        command: DeclareRules,
        now: Timestamp,
    ) -> Result<MechanismRules, AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let mechanism: Party = view
                .get(EntityKey::Party(command.mechanism.clone()))?
                .ok_or_else(|| AppError::from(party_not_registered(&command.mechanism)))?;
            // A declaration replaces the rules as they stand: reading them makes the append
            // refuse to replace a declaration made in between.
            let _: Option<MechanismRules> =
                view.get(EntityKey::Rules(command.mechanism.clone()))?;
            Ok(rules::decide_declare(actor, command.clone(), &mechanism)?)
        })?;
        written(acted.entity())
    }

    // --- meetings ---

    pub fn meeting(&self, id: &MeetingId) -> Result<Meeting, AppError> {
        Ok(self.versioned_meeting(id)?.value)
    }

    fn versioned_meeting(&self, id: &MeetingId) -> Result<Versioned<Meeting>, AppError> {
        self.platform
            .store()
            .meeting(id)?
            .ok_or_else(|| AppError::from(refusals::no_such_meeting(id)))
    }

    /// The page of meetings the query asks for.
    pub fn meetings(&self, query: &MeetingQuery) -> Result<Vec<Meeting>, AppError> {
        Ok(self.platform.store().meetings_where(&query.to_store())?)
    }

    /// How many meetings the query matches, whatever its page.
    pub fn count_meetings(&self, query: &MeetingQuery) -> Result<u64, AppError> {
        Ok(self.platform.store().count_objects(&query.to_store())?)
    }

    /// The mechanisms that meetings are held under, in id order.
    pub fn meeting_mechanisms(&self) -> Result<Vec<PartyId>, AppError> {
        let prefix = "mechanism:";
        self.platform
            .store()
            .object_terms(ObjectKind::Meeting, prefix)?
            .iter()
            .map(|t| {
                PartyId::parse(&t[prefix.len()..]).map_err(|_| {
                    AppError::Config(format!("the stored index term {t} is not a party"))
                })
            })
            .collect()
    }

    pub fn convene(
        &self,
        actor: &Actor,
        command: ConveneMeeting,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let existing: Option<Meeting> = view.get(EntityKey::Meeting(command.id.clone()))?;
            let rules = convening_rules(view, &command)?;
            let party_exists = |p: &PartyId| view.party_exists(p);
            Ok(meetings::decide_convene(
                actor,
                command.clone(),
                existing.is_some(),
                rules.as_ref(),
                &party_exists,
            )?)
        })?;
        Ok((written(acted.entity())?, acted.receipt))
    }

    /// Every refusal the convening's fields would meet, in the order [`Dialogue::convene`]
    /// gives the first; empty when they would all pass. A form shows each beside its field.
    pub fn convening_refusals(
        &self,
        actor: &Actor,
        command: &ConveneMeeting,
    ) -> Result<Vec<DomainError>, AppError> {
        self.platform.dry_run(|view| {
            let rules = convening_rules(view, command)?;
            let convener = command.mechanism.as_ref().unwrap_or(&actor.party);
            let party_exists = |p: &PartyId| view.party_exists(p);
            Ok(meetings::checked_convening(
                command.clone(),
                convener,
                rules.as_ref(),
                &party_exists,
            )
            .err()
            .map(Refused::all)
            .unwrap_or_default())
        })
    }

    /// Whether `party` stands as a member of the meeting's mechanism on its opening day, and
    /// whether it is a state or an organisation (pages use it to offer the right capacity).
    pub fn standing(&self, meeting: &Meeting, party: &PartyId) -> Result<Standing, AppError> {
        let kind = self
            .platform
            .store()
            .party(party)?
            .ok_or_else(|| AppError::from(party_not_registered(party)))?
            .value
            .kind;
        let mechanism_member = match &meeting.mechanism {
            Some(m) => self
                .platform
                .registry()
                .memberships(Some(m), Some(party), Some(meeting.opens))?
                .iter()
                .any(|ms| {
                    matches!(
                        ms.role,
                        MembershipRole::Member
                            | MembershipRole::PermanentMember
                            | MembershipRole::ElectedMember
                            | MembershipRole::StateParty
                    )
                }),
            None => false,
        };
        let state_or_organisation = !matches!(
            kind,
            PartyKind::ThinkTank
                | PartyKind::Academy
                | PartyKind::SocialOrganisation
                | PartyKind::Forum
        );
        Ok(Standing {
            mechanism_member,
            state_or_organisation,
        })
    }

    pub fn register(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        attendance: Option<Attendance>,
        delegates: Vec<String>,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            let standing = self.standing(m, &actor.party)?;
            Ok(meetings::decide_register(
                actor,
                m,
                attendance,
                delegates.clone(),
                standing,
            )?)
        })
    }

    pub fn decide_registration(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        party: &PartyId,
        approve: bool,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_registration(
                actor, m, party, approve, note,
            )?)
        })
    }

    pub fn withdraw_registration(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_withdraw(actor, m)?)
        })
    }

    pub fn request_floor(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        item: u32,
        delegate: &str,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_request_floor(actor, m, item, delegate)?)
        })
    }

    pub fn withdraw_floor(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        item: u32,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_withdraw_floor(actor, m, item)?)
        })
    }

    pub fn attach_document(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        item: u32,
        title: &str,
        url: &str,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_attach(actor, m, item, title, url)?)
        })
    }

    /// The convener revises the meeting: title, dates, venue, online address, languages or
    /// agenda (item numbers as the agenda stands before the revision).
    pub fn revise_meeting(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        revision: MeetingRevision,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_revise(actor, m, revision.clone())?)
        })
    }

    /// Revises the meeting as the convener last saw it (`seen`: its `revised_at` then). The
    /// revision is built from the meeting as it stands; if it was revised since, nothing is
    /// changed and the answer is a conflict, so a form is never applied to an agenda it did not
    /// show.
    pub fn revise_meeting_as_seen(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        seen: Option<Timestamp>,
        revision_of: impl Fn(&Meeting) -> MeetingRevision,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            meetings::require_unrevised_since(m, seen)?;
            Ok(meetings::decide_revise(actor, m, revision_of(m))?)
        })
    }

    pub fn cancel_meeting(
        &self,
        actor: &Actor,
        meeting: &MeetingId,
        reason: &str,
        now: Timestamp,
    ) -> Result<(Meeting, Receipt), AppError> {
        self.act_on_meeting(actor, meeting, now, |m| {
            Ok(meetings::decide_cancel(actor, m, reason)?)
        })
    }

    /// Decides on the meeting as it stands, through the one write loop.
    fn act_on_meeting(
        &self,
        actor: &Actor,
        id: &MeetingId,
        now: Timestamp,
        decide: impl Fn(&Meeting) -> Result<MeetingEvent, AppError>,
    ) -> Result<(Meeting, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let meeting: Meeting = view
                .get(EntityKey::Meeting(id.clone()))?
                .ok_or_else(|| AppError::from(refusals::no_such_meeting(id)))?;
            decide(&meeting)
        })?;
        Ok((written(acted.entity())?, acted.receipt))
    }

    // --- documents ---

    pub fn document(&self, id: &DocumentId) -> Result<OutcomeDocument, AppError> {
        Ok(self.versioned_document(id)?.value)
    }

    fn versioned_document(&self, id: &DocumentId) -> Result<Versioned<OutcomeDocument>, AppError> {
        self.platform
            .store()
            .document(id)?
            .ok_or_else(|| AppError::from(refusals::no_such_document(id)))
    }

    /// The page of outcome documents the query asks for, in id order.
    pub fn documents(&self, query: &DocumentQuery) -> Result<Vec<OutcomeDocument>, AppError> {
        Ok(self.platform.store().documents_where(&query.to_store())?)
    }

    /// The document adopted under `symbol` (`SCO/GSI/2026/1`), if any.
    pub fn document_by_symbol(&self, symbol: &str) -> Result<Option<OutcomeDocument>, AppError> {
        let q = ObjectQuery::all(ObjectKind::Document).with(IndexTerm::Symbol(symbol.to_owned()));
        Ok(self
            .platform
            .store()
            .documents_where(&q)?
            .into_iter()
            .next())
    }

    /// How many documents the query matches, whatever its page.
    pub fn count_documents(&self, query: &DocumentQuery) -> Result<u64, AppError> {
        Ok(self.platform.store().count_objects(&query.to_store())?)
    }

    pub fn draft(
        &self,
        actor: &Actor,
        command: DraftDocument,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let meeting: Meeting = view
                .get(EntityKey::Meeting(command.meeting.clone()))?
                .ok_or_else(|| AppError::from(refusals::no_such_meeting(&command.meeting)))?;
            let existing: Option<OutcomeDocument> =
                view.get(EntityKey::Document(command.id.clone()))?;
            Ok(documents::decide_draft(
                actor,
                &meeting,
                command.clone(),
                existing.is_some(),
            )?)
        })?;
        Ok((written(acted.entity())?, acted.receipt))
    }

    pub fn amend(
        &self,
        actor: &Actor,
        document: &DocumentId,
        edit: EditByNumber,
        reason: Option<&str>,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |m, d, _| {
            Ok(documents::decide_amend(actor, m, d, edit.clone(), reason)?)
        })
    }

    pub fn decide_amendment(
        &self,
        actor: &Actor,
        document: &DocumentId,
        amendment: u32,
        accept: bool,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |_, d, _| {
            Ok(documents::decide_amendment(actor, d, amendment, accept)?)
        })
    }

    pub fn open_decision(
        &self,
        actor: &Actor,
        document: &DocumentId,
        rule: Rule,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |m, d, _| {
            let permanent = self.permanent_members(m)?;
            let permanent = |p: &PartyId| permanent.contains(p);
            Ok(documents::decide_open(
                actor,
                m,
                d,
                rule.clone(),
                &permanent,
                now,
            )?)
        })
    }

    /// The parties holding a permanent seat in the meeting's mechanism on its opening day.
    fn permanent_members(&self, meeting: &Meeting) -> Result<Vec<PartyId>, AppError> {
        let Some(mechanism) = &meeting.mechanism else {
            return Ok(Vec::new());
        };
        Ok(self
            .platform
            .registry()
            .memberships(Some(mechanism), None, Some(meeting.opens))?
            .into_iter()
            .filter(|m| m.role == MembershipRole::PermanentMember)
            .map(|m| m.member)
            .collect())
    }

    pub fn record_position(
        &self,
        actor: &Actor,
        document: &DocumentId,
        position: Position,
        comfort: Option<Comfort>,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |_, d, _| {
            Ok(documents::decide_position(
                actor, d, position, comfort, now,
            )?)
        })
    }

    pub fn close_decision(
        &self,
        actor: &Actor,
        document: &DocumentId,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |_, d, series| {
            Ok(documents::decide_close(actor, d, series, now)?)
        })
    }

    pub fn mark_commitment(
        &self,
        actor: &Actor,
        document: &DocumentId,
        paragraph: u32,
        parties: Vec<PartyId>,
        due: Option<NaiveDate>,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |_, d, _| {
            Ok(documents::decide_commitment(
                actor,
                d,
                paragraph,
                parties.clone(),
                due,
            )?)
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub fn report_implementation(
        &self,
        actor: &Actor,
        document: &DocumentId,
        commitment: u32,
        status: Implementation,
        narrative: &str,
        evidence: Vec<String>,
        now: Timestamp,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        self.act_on_document(actor, document, now, |_, d, _| {
            Ok(documents::decide_report(
                actor,
                d,
                commitment,
                status,
                narrative,
                evidence.clone(),
            )?)
        })
    }

    /// Decides on the document, its meeting and (for a closing) its series as they stand,
    /// through the one write loop.
    fn act_on_document(
        &self,
        actor: &Actor,
        id: &DocumentId,
        now: Timestamp,
        decide: impl Fn(&Meeting, &OutcomeDocument, Option<&Series>) -> Result<DocumentEvent, AppError>,
    ) -> Result<(OutcomeDocument, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let document: OutcomeDocument = view
                .get(EntityKey::Document(id.clone()))?
                .ok_or_else(|| AppError::from(refusals::no_such_document(id)))?;
            let meeting: Meeting = view
                .get(EntityKey::Meeting(document.meeting.clone()))?
                .ok_or_else(|| AppError::from(refusals::no_such_meeting(&document.meeting)))?;
            // Only closing an open decision can number the document: read its series then only.
            let series: Option<Series> = match document.open_decision() {
                Some(_) => view.get(Series::entity_of(
                    &document.series,
                    documents::now_year(now),
                ))?,
                None => None,
            };
            decide(&meeting, &document, series.as_ref())
        })?;
        Ok((written(acted.entity())?, acted.receipt))
    }

    /// The live outcome of a document's open decision (or the last one's), at `now`.
    pub fn tally(
        &self,
        document: &OutcomeDocument,
        now: Timestamp,
    ) -> Result<Option<Outcome>, AppError> {
        Ok(match document.decisions.last() {
            None => None,
            Some(d) => match &d.outcome {
                Some(o) => Some(o.clone()),
                None => Some(d.outcome_at(now)?),
            },
        })
    }

    /// Compares two versions of a document's text, paragraph by paragraph and word by word.
    pub fn diff(document: &OutcomeDocument, from: u32, to: u32) -> Result<VersionDiff, AppError> {
        let version = |n: u32| {
            document.version(n).ok_or_else(|| {
                AppError::from(refusals::no_such_version(document.current().number, n))
            })
        };
        let (old, new) = (version(from)?, version(to)?);
        Ok(VersionDiff {
            from,
            to,
            changes: text::diff_paragraphs(&old.texts(), &new.texts()),
        })
    }

    // --- commitments ---

    /// Every commitment of every adopted document, with each party's latest status.
    /// What waits for `party` in dialogue at `now`: invitations, registrations, amendments,
    /// positions, decisions to close and commitments (see [`awaiting::awaiting`]).
    pub fn awaiting(&self, party: &PartyId, now: Timestamp) -> Result<Awaiting, AppError> {
        // Only what involves the party can await it: two indexed reads, not every object.
        let meetings = self.meetings(&MeetingQuery {
            party: Some(party.clone()),
            ..MeetingQuery::default()
        })?;
        let documents = self.documents(&DocumentQuery {
            party: Some(party.clone()),
            ..DocumentQuery::default()
        })?;
        let today = crate::registry::today_of(now);
        Ok(awaiting::awaiting(party, &meetings, &documents, today, now))
    }

    /// The commitments the query asks for, document by document in id order.
    pub fn commitments(&self, query: &CommitmentQuery) -> Result<Vec<CommitmentView>, AppError> {
        // The first term leads the lookup, so the narrowest goes first: a party's commitments
        // (which imply the document has some), and only without a party every document with
        // commitments.
        let mut q = ObjectQuery::all(ObjectKind::Document);
        match &query.party {
            Some(p) => q = q.with(IndexTerm::Committed(p.clone())),
            None => q = q.with(IndexTerm::HasCommitments),
        }
        if let Some(p) = query.priority {
            q = q.with(IndexTerm::Priority(p));
        }
        let documents = match &query.document {
            Some(id) => self
                .platform
                .store()
                .document(id)?
                .map(|d| d.value)
                .into_iter()
                .collect(),
            None => self.platform.store().documents_where(&q)?,
        };
        let mut out = Vec::new();
        for d in documents {
            let Some(adoption) = &d.adoption else {
                continue;
            };
            let version = d
                .version(adoption.version)
                .ok_or_else(|| AppError::Config("an adopted version is missing".into()))?;
            for c in &d.commitments {
                let paragraph = version.number_of(c.paragraph).unwrap_or(0);
                let text = version
                    .paragraphs
                    .iter()
                    .find(|p| p.id == c.paragraph)
                    .map(|p| p.text.clone())
                    .unwrap_or_default();
                out.push(CommitmentView {
                    document: d.id.clone(),
                    symbol: adoption.symbol.clone(),
                    title: d.title.clone(),
                    number: c.number,
                    paragraph,
                    text,
                    priorities: d.priorities.iter().map(ToString::to_string).collect(),
                    due: c.due,
                    parties: c
                        .parties
                        .iter()
                        .map(|p| (p.clone(), c.latest(p).map(|r| r.status)))
                        .collect(),
                    reports: c.reports.len(),
                });
            }
        }
        // A document read by id still answers only for the other filters.
        out.retain(|c| {
            query
                .party
                .as_ref()
                .is_none_or(|p| c.parties.iter().any(|(x, _)| x == p))
                && query
                    .priority
                    .is_none_or(|p| c.priorities.contains(&p.to_string()))
        });
        Ok(out)
    }

    // --- calendars ---

    /// One meeting as an iCalendar file.
    pub fn meeting_calendar(&self, id: &MeetingId, base_url: &str) -> Result<String, AppError> {
        let meeting = self.meeting(id)?;
        let name = meeting.title.clone();
        Ok(calendar(&name, &[meeting], base_url, self.platform.node().origin()).to_ics())
    }

    /// A party's iCalendar feed: every meeting it convenes or takes part in (invited or
    /// registered), and the deadlines it has to meet — the end of each silence procedure running
    /// in a body it decides in (silence is broken only before it), and the due date of each of its
    /// commitments it has not reported completed.
    pub fn party_calendar(&self, party: &PartyId, base_url: &str) -> Result<String, AppError> {
        let meetings = self.meetings(&MeetingQuery {
            party: Some(party.clone()),
            ..MeetingQuery::default()
        })?;
        let name = format!("GSI Platform meetings — {party}");
        let origin = self.platform.node().origin();
        let mut feed = calendar(&name, &meetings, base_url, origin);
        let involved = DocumentQuery {
            party: Some(party.clone()),
            ..DocumentQuery::default()
        };
        for d in self.documents(&involved)? {
            let link = format!("{}/documents/{}", base_url.trim_end_matches('/'), d.id);
            if let Some(x) = d.open_decision()
                && let Rule::Silence { deadline } = x.rule
                && x.members.iter().any(|m| &m.party == party)
            {
                feed.events.push(CalendarEvent {
                    uid: uid(format!("{}-decision-{}", d.id, x.number), origin),
                    stamp: x.opened_at,
                    // A quarter of an hour that ends at the deadline, so the entry shows it.
                    start: When::DateTime(Timestamp::from_millis(deadline.millis() - 15 * 60_000)),
                    end: When::DateTime(deadline),
                    summary: format!("Silence procedure ends: {}", d.title),
                    location: None,
                    description: Some(format!(
                        "The draft is adopted at {deadline} unless a member breaks silence by \
                         objecting before then (decision {} on version {}).",
                        x.number, x.version
                    )),
                    url: Some(link.clone()),
                    categories: vec!["silence procedure".into()],
                    status: Some(EventStatus::Confirmed),
                });
            }
            let Some(adoption) = &d.adoption else {
                continue;
            };
            for c in &d.commitments {
                let Some(due) = c.due else { continue };
                let completed = matches!(
                    c.latest(party).map(|r| r.status),
                    Some(Implementation::Completed)
                );
                if !c.parties.contains(party) || completed {
                    continue;
                }
                let paragraph = d
                    .version(adoption.version)
                    .and_then(|v| v.number_of(c.paragraph))
                    .unwrap_or(0);
                feed.events.push(CalendarEvent {
                    uid: uid(format!("{}-commitment-{}", d.id, c.number), origin),
                    // RFC 5545: when the information was last revised.
                    stamp: c.reports.iter().map(|r| r.at).max().unwrap_or(c.marked_at),
                    start: When::Date(due.to_string()),
                    end: When::Date(due.succ_opt().unwrap_or(due).to_string()),
                    summary: format!("Commitment due: {}, paragraph {paragraph}", adoption.symbol),
                    location: None,
                    description: Some(format!(
                        "{party} committed to paragraph {paragraph} of {} ({}).",
                        adoption.symbol, d.title
                    )),
                    url: Some(format!("{link}#commitment-{}", c.number)),
                    categories: vec!["commitment".into()],
                    status: Some(EventStatus::Confirmed),
                });
            }
        }
        Ok(feed.to_ics())
    }
}

/// A calendar entry's UID: unique to the node (its log's origin) and stable across exports, so a
/// calendar application updates an entry rather than adding it twice.
fn uid(what: impl std::fmt::Display, origin: &str) -> String {
    format!("{what}@{}", origin.replace('/', "-"))
}

fn calendar(name: &str, meetings: &[Meeting], base_url: &str, origin: &str) -> Calendar {
    Calendar {
        prodid: "-//GSI Platform//Dialogue//EN".into(),
        name: Some(name.to_owned()),
        events: meetings
            .iter()
            .map(|m| {
                let agenda: Vec<String> = m
                    .agenda
                    .iter()
                    .map(|i| format!("{}. {}", i.number, i.title))
                    .collect();
                let mut description = format!(
                    "Convened by {}.\nAgenda:\n{}",
                    m.convener,
                    agenda.join("\n")
                );
                if let Some(online) = &m.online {
                    description.push_str(&format!("\nOnline: {online}"));
                }
                CalendarEvent {
                    uid: uid(&m.id, origin),
                    // RFC 5545: when the information was last revised.
                    stamp: m.revised_at.unwrap_or(m.convened_at),
                    start: When::Date(m.opens.to_string()),
                    end: When::Date(m.closes.succ_opt().unwrap_or(m.closes).to_string()),
                    summary: m.title.clone(),
                    location: m.place.clone().or_else(|| m.online.clone()),
                    description: Some(description),
                    url: Some(format!(
                        "{}/meetings/{}",
                        base_url.trim_end_matches('/'),
                        m.id
                    )),
                    categories: std::iter::once(m.kind.as_str().replace('_', " "))
                        .chain(
                            m.agenda
                                .iter()
                                .flat_map(|i| i.priorities.iter().map(ToString::to_string)),
                        )
                        .collect(),
                    status: Some(if m.cancelled.is_some() {
                        EventStatus::Cancelled
                    } else {
                        EventStatus::Confirmed
                    }),
                }
            })
            .collect(),
    }
}
