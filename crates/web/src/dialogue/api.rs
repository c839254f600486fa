//! Dialogue (IV.1–IV.4) over HTTP: a mechanism's decision rules, meetings (registration, lists
//! of speakers, attached documents, iCalendar feeds), outcome documents (drafts, amendments,
//! diffs, decisions, symbols) and commitments with implementation reports.
//!
//! Reading needs any valid token or session, like the concerns API; every change needs a token,
//! or a session with its CSRF token. The rules live in the core: these handlers only translate
//! (ids in paths that do not parse answer 404, like unknown ids).

use axum::Json;
use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use chrono::NaiveDate;
use gsi_app::Platform;
use gsi_app::dialogue::{CommitmentQuery, CommitmentView, Dialogue, DocumentQuery, MeetingQuery};
use gsi_app::read::Receipt;
use gsi_core::decisions::{Comfort, Outcome, Position, Quorum, Rule, RuleKind, RuleParameters};
use gsi_core::dialogue::documents::{
    DocumentStatus, DraftDocument, EditByNumber, Implementation, OutcomeDocument, Version,
};
use gsi_core::dialogue::meetings::{
    AgendaChange, Attendance, ConveneMeeting, Meeting, MeetingKind, MeetingRevision, NewAgendaItem,
};
use gsi_core::dialogue::refusals;
use gsi_core::dialogue::rules::{DeclareRules, MechanismRules};
use gsi_core::framework::{PriorityRef, UnSymbol};
use gsi_core::refusals::party_not_registered;
use gsi_core::text::{ParagraphChange, find_un_symbols};
use gsi_core::{Actor, DocumentId, DomainError, MeetingId, PartyId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::Problem;
use crate::api::ReceiptView;
use crate::api::refusals::{Conflict, Forbidden, Invalid, NotFound, TooManyWrites, Unauthorized};
use crate::api::{Body, Params, blocking, page, page_size};
use crate::auth::Caller;
use crate::links::LinkBase;
use gsi_core::dialogue::awaiting::Awaiting;

// --- helpers ---

fn invalid(detail: impl Into<String>) -> Problem {
    Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", detail)
}

fn domain(e: DomainError) -> Problem {
    Problem::from(gsi_app::AppError::from(e))
}

// An id in a path that does not parse names nothing: the same 404, with the same refusal, as
// an id that parses but is not there.

fn meeting_id(id: &str) -> Result<MeetingId, Problem> {
    MeetingId::parse(id).map_err(|_| domain(refusals::no_such_meeting(id)))
}

fn document_id(id: &str) -> Result<DocumentId, Problem> {
    DocumentId::parse(id).map_err(|_| domain(refusals::no_such_document(id)))
}

fn party_id(id: &str) -> Result<PartyId, Problem> {
    PartyId::parse(id).map_err(|_| domain(party_not_registered(id)))
}

/// A number in a path (agenda item, amendment, commitment), refused as `missing` when it does
/// not parse.
fn number(n: &str, missing: impl FnOnce(&str) -> DomainError) -> Result<u32, Problem> {
    n.parse().map_err(|_| domain(missing(n)))
}

/// An optional id in a query string; one that does not parse is a 422, like the concerns filters.
fn query_party(value: Option<&str>) -> Result<Option<PartyId>, Problem> {
    value
        .filter(|v| !v.is_empty())
        .map(PartyId::parse)
        .transpose()
        .map_err(domain)
}

// --- the object a path names ---

/// An id a path gives as `{id}`, with what a command on it changes and answers.
pub trait PathId: Sized + Send + 'static {
    /// The projection a command on it returns.
    type Object: Send + 'static;
    /// What the API answers after a change.
    type Changed: Serialize + Send + 'static;

    fn from_path(id: &str) -> Result<Self, Problem>;

    fn changed(
        p: &Platform,
        changed: (Self::Object, Receipt),
        now: Timestamp,
    ) -> Result<Self::Changed, gsi_app::AppError>;
}

impl PathId for MeetingId {
    type Object = Meeting;
    type Changed = MeetingChanged;

    fn from_path(id: &str) -> Result<Self, Problem> {
        meeting_id(id)
    }

    fn changed(
        _: &Platform,
        (meeting, receipt): (Meeting, Receipt),
        _: Timestamp,
    ) -> Result<MeetingChanged, gsi_app::AppError> {
        Ok(MeetingChanged {
            meeting,
            record: receipt.into(),
        })
    }
}

impl PathId for DocumentId {
    type Object = OutcomeDocument;
    type Changed = DocumentChanged;

    fn from_path(id: &str) -> Result<Self, Problem> {
        document_id(id)
    }

    fn changed(
        p: &Platform,
        (document, receipt): (OutcomeDocument, Receipt),
        now: Timestamp,
    ) -> Result<DocumentChanged, gsi_app::AppError> {
        Ok(DocumentChanged {
            document: document_view(p, document, now)?,
            record: receipt.into(),
        })
    }
}

/// A request about the meeting or document its path names: the platform, the caller and the
/// parsed id, extracted together so that each handler says only what it reads or changes. The
/// caller comes first: without a valid token or session the answer is 401 whatever the path
/// names.
pub struct On<Id> {
    platform: Platform,
    actor: Actor,
    id: Id,
}

impl<Id: PathId> FromRequestParts<Platform> for On<Id> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> Result<Self, Problem> {
        let Caller(actor) = Caller::from_request_parts(parts, platform).await?;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, platform)
            .await
            .map_err(|e| invalid(e.body_text()))?;
        let id = Id::from_path(params.get("id").map_or("", String::as_str))?;
        Ok(Self {
            platform: platform.clone(),
            actor,
            id,
        })
    }
}

impl<Id: PathId> On<Id> {
    /// Reads what the path names.
    async fn read<T: Send + 'static>(
        self,
        f: impl FnOnce(&Platform, &Id) -> Result<T, gsi_app::AppError> + Send + 'static,
    ) -> Result<T, Problem> {
        let id = self.id;
        blocking(&self.platform, move |p| f(p, &id)).await
    }

    /// Runs a command on what the path names, as the caller; answers with the object as it now
    /// stands and the record's receipt.
    async fn change(
        self,
        f: impl FnOnce(
            Dialogue<'_>,
            &Actor,
            &Id,
            Timestamp,
        ) -> Result<(Id::Object, Receipt), gsi_app::AppError>
        + Send
        + 'static,
    ) -> Result<Json<Id::Changed>, Problem> {
        let Self {
            platform,
            actor,
            id,
        } = self;
        blocking(&platform, move |p| {
            let now = gsi_app::now();
            Id::changed(p, f(p.dialogue(), &actor, &id, now)?, now)
        })
        .await
        .map(Json)
    }
}

// --- rules ---

/// A mechanism's decision rules: declared, or the defaults (`declared_at` absent) until it
/// declares any.
#[derive(Serialize, ToSchema)]
pub struct RulesView {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    rules: MechanismRules,
}

#[utoipa::path(get, path = "/api/v1/mechanisms/{id}/rules", description = "Refused with:\n- 404: No such party", tag = "dialogue", security(("token" = [])), params(("id" = String, Path, description = "The mechanism, e.g. sco")), responses((status = 200, description = "The rules the mechanism declared, or the defaults (consensus or silence) if it declared none", body = RulesView), Unauthorized, NotFound, Invalid))]
pub async fn rules(
    State(platform): State<Platform>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<RulesView>, Problem> {
    let id = party_id(&id)?;
    let rules = blocking(&platform, move |p| {
        if p.party(&id)?.is_none() {
            return Err(party_not_registered(&id).into());
        }
        p.dialogue().mechanism_rules(&id)
    })
    .await?;
    Ok(Json(RulesView { rules }))
}

/// A declaration of rules. `quorum` is `{"count": n}` or `{"fraction": {"num": 2, "den": 3}}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesRequest {
    default: RuleKind,
    allowed: Vec<RuleKind>,
    #[schema(value_type = Option<Object>)]
    quorum: Option<Quorum>,
    /// The prefix of document symbols, e.g. `SCO/GSI` gives `SCO/GSI/2026/1`.
    series: String,
}

#[utoipa::path(put, path = "/api/v1/mechanisms/{id}/rules", description = "Refused with:\n- 403: Only the mechanism's own users declare its rules\n- 404: No such party\n- 422: The default is not allowed, a state declares no rules, a malformed series or quorum", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = RulesRequest, responses((status = 200, description = "Declared; the rules as they now stand", body = RulesView), Unauthorized, Forbidden, NotFound, Invalid, TooManyWrites))]
pub async fn declare_rules(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(req): Body<RulesRequest>,
) -> Result<Json<RulesView>, Problem> {
    let mechanism = party_id(&id)?;
    let command = DeclareRules {
        mechanism,
        default: req.default,
        allowed: req.allowed,
        quorum: req.quorum,
        series: req.series,
    };
    let rules = blocking(&platform, move |p| {
        p.dialogue().declare_rules(&actor, command, gsi_app::now())
    })
    .await?;
    Ok(Json(RulesView { rules }))
}

// --- meetings ---

/// A meeting: convener, mechanism, agenda (with lists of speakers and attached documents),
/// participants and their registrations, the rules its decisions may use.
#[derive(Serialize, ToSchema)]
pub struct MeetingView {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    meeting: Meeting,
}

/// A change to a meeting: the meeting as it now stands and the record's receipt.
#[derive(Serialize, ToSchema)]
pub struct MeetingChanged {
    #[schema(value_type = Object)]
    meeting: Meeting,
    record: ReceiptView,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MeetingsQuery {
    /// Meetings of this mechanism.
    mechanism: Option<String>,
    /// Meetings this party convenes, is invited to or registered for.
    party: Option<String>,
    /// At most this many (default 100, at most 1000).
    limit: Option<u64>,
    /// Skip this many first.
    offset: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/meetings", description = "Refused with:\n- 422: A filter does not parse", tag = "dialogue", security(("token" = [])), params(MeetingsQuery), responses((status = 200, description = "Meetings", body = Vec<MeetingView>), Unauthorized, Invalid))]
pub async fn meetings(
    State(platform): State<Platform>,
    _caller: Caller,
    Params(q): Params<MeetingsQuery>,
) -> Result<Json<Vec<MeetingView>>, Problem> {
    let query = MeetingQuery {
        mechanism: query_party(q.mechanism.as_deref())?,
        party: query_party(q.party.as_deref())?,
        closing: None,
        limit: Some(page_size(q.limit)),
        offset: q.offset.unwrap_or(0),
    };
    let meetings = blocking(&platform, move |p| p.dialogue().meetings(&query)).await?;
    Ok(Json(
        meetings
            .into_iter()
            .map(|meeting| MeetingView { meeting })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItemRequest {
    title: String,
    #[serde(default)]
    priorities: Vec<PriorityRef>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    party: PartyId,
    /// `member`, `observer` or `guest`.
    #[schema(value_type = String, example = "member")]
    attendance: Attendance,
}

/// Convening. With `mechanism` the mechanism convenes (its secretariat calls); without it the
/// caller's party convenes an ad hoc meeting and must invite at least one party as a member.
/// `id` is optional: give one to make retries idempotent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConveneRequest {
    id: Option<MeetingId>,
    mechanism: Option<PartyId>,
    /// `summit`, `ministerial`, `conference`, `forum`, `consultation`, `expert_meeting` or
    /// `bilateral_dialogue`.
    #[schema(value_type = String, example = "conference")]
    kind: MeetingKind,
    title: String,
    opens: NaiveDate,
    closes: NaiveDate,
    place: Option<String>,
    /// An http(s) address to join online.
    online: Option<String>,
    /// BCP 47 codes of the working languages, e.g. `["zh", "ru"]`.
    languages: Vec<String>,
    agenda: Vec<AgendaItemRequest>,
    #[serde(default)]
    invited: Vec<InvitationRequest>,
    /// The meeting's rule; the mechanism's default when absent.
    rule: Option<RuleKind>,
}

#[utoipa::path(post, path = "/api/v1/meetings", description = "Refused with:\n- 403: The user may not author records for the convener\n- 404: The mechanism or an invited party is not registered\n- 409: The id is taken\n- 422: A field is missing or malformed, or the rule is not allowed", tag = "dialogue", security(("token" = [])), request_body = ConveneRequest, responses((status = 201, description = "Convened", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn convene(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Body(req): Body<ConveneRequest>,
) -> Result<impl IntoResponse, Problem> {
    let command = ConveneMeeting {
        id: req
            .id
            .unwrap_or_else(|| MeetingId::from_random(gsi_app::random_id_bytes())),
        mechanism: req.mechanism,
        kind: req.kind,
        title: req.title,
        opens: req.opens,
        closes: req.closes,
        place: req.place,
        online: req.online,
        languages: req.languages,
        agenda: req
            .agenda
            .into_iter()
            .map(|i| NewAgendaItem {
                title: i.title,
                priorities: i.priorities,
            })
            .collect(),
        invited: req
            .invited
            .into_iter()
            .map(|i| (i.party, i.attendance))
            .collect(),
        rule: req.rule,
    };
    let result = blocking(&platform, move |p| {
        let now = gsi_app::now();
        MeetingId::changed(p, p.dialogue().convene(&actor, command, now)?, now)
    })
    .await?;
    Ok((StatusCode::CREATED, Json(result)))
}

/// An outcome document in a list: enough to find it.
#[derive(Serialize, ToSchema)]
pub struct DocumentSummary {
    id: DocumentId,
    meeting: MeetingId,
    title: String,
    /// `drafting`, `in_decision`, `adopted` or `not_adopted`.
    #[schema(value_type = String)]
    status: DocumentStatus,
    /// The current version's number.
    version: u32,
    proposed_by: PartyId,
    priorities: Vec<PriorityRef>,
    /// The symbol it was adopted under, e.g. `SCO/GSI/2026/1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<String>,
}

impl From<&OutcomeDocument> for DocumentSummary {
    fn from(d: &OutcomeDocument) -> Self {
        Self {
            id: d.id.clone(),
            meeting: d.meeting.clone(),
            title: d.title.clone(),
            status: d.status,
            version: d.current().number,
            proposed_by: d.proposed_by.clone(),
            priorities: d.priorities.clone(),
            symbol: d.adoption.as_ref().map(|a| a.symbol.clone()),
        }
    }
}

/// A meeting and the outcome documents drafted for it.
#[derive(Serialize, ToSchema)]
pub struct MeetingDetail {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    meeting: Meeting,
    documents: Vec<DocumentSummary>,
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}", description = "Refused with:\n- 404: No such meeting", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "The meeting and its documents", body = MeetingDetail), Unauthorized, NotFound, Invalid))]
pub async fn meeting(on: On<MeetingId>) -> Result<Json<MeetingDetail>, Problem> {
    let detail = on
        .read(|p, id| {
            let meeting = p.dialogue().meeting(id)?;
            let documents = p
                .dialogue()
                .documents(&DocumentQuery::of_meeting(id))?
                .iter()
                .map(Into::into)
                .collect();
            Ok(MeetingDetail { meeting, documents })
        })
        .await?;
    Ok(Json(detail))
}

fn calendar(ics: String) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        ics,
    )
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/calendar.ics", description = "Refused with:\n- 404: No such meeting", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "The meeting as an RFC 5545 iCalendar file (one all-day VEVENT; its URL links to the meeting's page at the configured public address, or else on the host the request was sent to)", body = String, content_type = "text/calendar"), Unauthorized, NotFound, Invalid))]
pub async fn meeting_calendar(
    on: On<MeetingId>,
    LinkBase(base): LinkBase,
) -> Result<impl IntoResponse, Problem> {
    let ics = on
        .read(move |p, id| p.dialogue().meeting_calendar(id, &base))
        .await?;
    Ok(calendar(ics))
}

#[utoipa::path(get, path = "/api/v1/parties/{id}/calendar", description = "Refused with:\n- 404: No such party", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "An RFC 5545 iCalendar feed: every meeting the party convenes, is invited to or registered for, the end of each silence procedure running in a body it decides in, and the due dates of its commitments not reported completed", body = String, content_type = "text/calendar"), Unauthorized, NotFound, Invalid))]
pub async fn party_calendar(
    State(platform): State<Platform>,
    _caller: Caller,
    Path(id): Path<String>,
    LinkBase(base): LinkBase,
) -> Result<impl IntoResponse, Problem> {
    let party = party_id(&id)?;
    let ics = blocking(&platform, move |p| {
        if p.party(&party)?.is_none() {
            return Err(party_not_registered(&party).into());
        }
        p.dialogue().party_calendar(&party, &base)
    })
    .await?;
    Ok(calendar(ics))
}

/// A registration of the caller's own party. Without `attendance` the party registers in the
/// capacity it was invited in, as a member if it is one of the mechanism, or else as an observer.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// `member`, `observer` or `guest`.
    #[schema(value_type = Option<String>, example = "member")]
    attendance: Option<Attendance>,
    /// Named delegates, head of delegation first (1 to 50).
    delegates: Vec<String>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/registration", description = "Refused with:\n- 403: A reader, or not a member of the mechanism registering as one\n- 404: No such meeting\n- 409: The meeting was cancelled\n- 422: No delegates, or a wrong capacity", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = RegisterRequest, responses((status = 200, description = "Registered (awaiting approval), invitation accepted, or delegates updated", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn register(
    on: On<MeetingId>,
    Body(req): Body<RegisterRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| {
        dialogue.register(actor, id, req.attendance, req.delegates, now)
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/registration/withdraw", description = "Refused with:\n- 403: A reader\n- 404: No such meeting\n- 409: No registration to withdraw, or the meeting was cancelled", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "The caller's party withdrew its registration or declined its invitation", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn withdraw_registration(on: On<MeetingId>) -> Result<Json<MeetingChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| dialogue.withdraw_registration(actor, id, now))
        .await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationDecisionRequest {
    approve: bool,
    note: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/registrations/{party}/decision", description = "Refused with:\n- 403: Only the convener decides registrations\n- 404: No such meeting, or the party has not registered\n- 409: The registration is not awaiting a decision", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("party" = String, Path)), request_body = RegistrationDecisionRequest, responses((status = 200, description = "Approved or declined", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn decide_registration(
    on: On<MeetingId>,
    Path((_, party)): Path<(String, String)>,
    Body(req): Body<RegistrationDecisionRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    let party = party_id(&party)?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.decide_registration(actor, id, &party, req.approve, req.note.as_deref(), now)
    })
    .await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FloorRequest {
    /// One of the party's registered delegates.
    delegate: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda/{item}/speakers", description = "Refused with:\n- 403: Not an approved participant\n- 404: No such meeting or agenda item\n- 409: Already on the list, or the meeting was cancelled\n- 422: Not one of the party's delegates", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("item" = u32, Path)), request_body = FloorRequest, responses((status = 200, description = "On the list of speakers", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn request_floor(
    on: On<MeetingId>,
    Path((_, item)): Path<(String, String)>,
    Body(req): Body<FloorRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    let item = number(&item, |n| refusals::no_agenda_item(n))?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.request_floor(actor, id, item, &req.delegate, now)
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda/{item}/speakers/withdraw", description = "Refused with:\n- 403: A reader\n- 404: No such meeting or agenda item\n- 409: Not on the list", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("item" = u32, Path)), responses((status = 200, description = "Off the list of speakers", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn withdraw_floor(
    on: On<MeetingId>,
    Path((_, item)): Path<(String, String)>,
) -> Result<Json<MeetingChanged>, Problem> {
    let item = number(&item, |n| refusals::no_agenda_item(n))?;
    on.change(move |dialogue, actor, id, now| dialogue.withdraw_floor(actor, id, item, now))
        .await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttachRequest {
    title: String,
    /// An http(s) address.
    url: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda/{item}/documents", description = "Refused with:\n- 403: Neither the convener nor an approved participant\n- 404: No such meeting or agenda item\n- 409: The meeting was cancelled\n- 422: An empty title or not an http(s) address", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("item" = u32, Path)), request_body = AttachRequest, responses((status = 200, description = "Attached to the agenda item", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn attach_document(
    on: On<MeetingId>,
    Path((_, item)): Path<(String, String)>,
    Body(req): Body<AttachRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    let item = number(&item, |n| refusals::no_agenda_item(n))?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.attach_document(actor, id, item, &req.title, &req.url, now)
    })
    .await
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgendaOp {
    Add,
    Retitle,
    Remove,
}

/// One change to the agenda, by item number as the agenda stands before the revision: `add`
/// needs `title` (with `priorities` if any) and goes after item `after` (0: at the beginning;
/// absent: at the end); `retitle` needs `item` and a new `title`, new `priorities` or both;
/// `remove` needs `item` and is refused while the item has speakers or attached documents.
/// Afterwards the items are numbered 1 to n again, each with its speakers and documents.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaChangeRequest {
    op: AgendaOp,
    item: Option<u32>,
    after: Option<u32>,
    title: Option<String>,
    priorities: Option<Vec<PriorityRef>>,
}

fn agenda_change(req: AgendaChangeRequest) -> Result<AgendaChange, Problem> {
    let needs = |what: &str, op: &str| invalid(format!("an agenda change `{op}` needs `{what}`"));
    let unused =
        |what: &str, op: &str| invalid(format!("an agenda change `{op}` takes no `{what}`"));
    Ok(match req.op {
        AgendaOp::Add => {
            if req.item.is_some() {
                return Err(unused("item", "add"));
            }
            AgendaChange::Add {
                title: req.title.ok_or_else(|| needs("title", "add"))?,
                priorities: req.priorities.unwrap_or_default(),
                after: req.after,
            }
        }
        AgendaOp::Retitle => {
            if req.after.is_some() {
                return Err(unused("after", "retitle"));
            }
            if req.title.is_none() && req.priorities.is_none() {
                return Err(needs("title` or `priorities", "retitle"));
            }
            AgendaChange::Retitle {
                item: req.item.ok_or_else(|| needs("item", "retitle"))?,
                title: req.title,
                priorities: req.priorities,
            }
        }
        AgendaOp::Remove => {
            for (given, what) in [
                (req.after.is_some(), "after"),
                (req.title.is_some(), "title"),
                (req.priorities.is_some(), "priorities"),
            ] {
                if given {
                    return Err(unused(what, "remove"));
                }
            }
            AgendaChange::Remove {
                item: req.item.ok_or_else(|| needs("item", "remove"))?,
            }
        }
    })
}

/// A revision of the meeting by its convener. Every field is optional and replaces the
/// meeting's; an empty `place` or `online` removes it (one of them must remain). What results is
/// checked as a convening is; a revision that changes nothing is refused.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviseRequest {
    title: Option<String>,
    opens: Option<NaiveDate>,
    closes: Option<NaiveDate>,
    place: Option<String>,
    /// An http(s) address to join online.
    online: Option<String>,
    /// BCP 47 codes of the working languages, replacing the meeting's.
    languages: Option<Vec<String>>,
    /// Changes to the agenda, in order.
    #[serde(default)]
    agenda: Vec<AgendaChangeRequest>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/revise", description = "Refused with:\n- 403: Only the convener revises\n- 404: No such meeting\n- 409: The meeting was cancelled, or an item to remove has speakers or attached documents\n- 422: A malformed field or agenda change, no such item, an item changed twice, a result a convening would refuse (dates, venue, languages, empty agenda), or a revision that changes nothing", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = ReviseRequest, responses((status = 200, description = "Revised; the meeting as it now stands", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn revise(
    on: On<MeetingId>,
    Body(req): Body<ReviseRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    let revision = MeetingRevision {
        title: req.title,
        opens: req.opens,
        closes: req.closes,
        place: req.place,
        online: req.online,
        languages: req.languages,
        agenda: req
            .agenda
            .into_iter()
            .map(agenda_change)
            .collect::<Result<_, _>>()?,
    };
    on.change(move |dialogue, actor, id, now| dialogue.revise_meeting(actor, id, revision, now))
        .await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/cancel", description = "Refused with:\n- 403: Only the convener cancels\n- 404: No such meeting\n- 409: Already cancelled\n- 422: An empty reason", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = CancelRequest, responses((status = 200, description = "Cancelled", body = MeetingChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn cancel(
    on: On<MeetingId>,
    Body(req): Body<CancelRequest>,
) -> Result<Json<MeetingChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| dialogue.cancel_meeting(actor, id, &req.reason, now))
        .await
}

// --- documents ---

#[derive(Serialize, ToSchema)]
pub struct NumberedParagraph {
    number: u32,
    text: String,
}

fn numbered(version: &Version) -> Vec<NumberedParagraph> {
    version
        .paragraphs
        .iter()
        .zip(1..)
        .map(|(p, number)| NumberedParagraph {
            number,
            text: p.text.clone(),
        })
        .collect()
}

/// The text a decision adopted, fixed for good, and its SHA-256.
#[derive(Serialize, ToSchema)]
pub struct AdoptedText {
    symbol: String,
    version: u32,
    at: Timestamp,
    paragraphs: Vec<NumberedParagraph>,
    /// The exact text hashed: the title, a blank line, then `n. text` lines, each ending in `\n`.
    plain_text: String,
    /// SHA-256 (hex) of `plain_text` in UTF-8.
    text_hash: String,
}

/// An outcome document with its history (versions, amendments, decisions, commitments) and, for
/// convenience: the current text numbered, the UN document symbols it cites, the live tally of
/// the open (or last) decision, and for an adopted document the adopted text with its hash.
#[derive(Serialize, ToSchema)]
pub struct DocumentView {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    document: OutcomeDocument,
    /// The current version's number.
    version: u32,
    /// The current consolidated text.
    text: Vec<NumberedParagraph>,
    /// UN document symbols in the current text (title and paragraphs), first occurrence first.
    un_symbols: Vec<UnSymbol>,
    /// The outcome of the open decision if it closed now, or of the last decision; `null` when
    /// no decision was ever opened.
    #[schema(value_type = Option<Object>)]
    tally: Option<Outcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    adopted_text: Option<AdoptedText>,
}

fn document_view(
    p: &Platform,
    document: OutcomeDocument,
    now: Timestamp,
) -> Result<DocumentView, gsi_app::AppError> {
    let current = document.current();
    let mut un_symbols: Vec<UnSymbol> = Vec::new();
    for text in std::iter::once(&document.title).chain(current.paragraphs.iter().map(|p| &p.text)) {
        for found in find_un_symbols(text) {
            if !un_symbols.contains(&found.symbol) {
                un_symbols.push(found.symbol);
            }
        }
    }
    let adopted_text = document.adoption.as_ref().and_then(|a| {
        document.version(a.version).map(|v| AdoptedText {
            symbol: a.symbol.clone(),
            version: a.version,
            at: a.at,
            paragraphs: numbered(&v),
            plain_text: document.plain_text(&v),
            text_hash: a.text_hash.clone(),
        })
    });
    Ok(DocumentView {
        version: current.number,
        text: numbered(&current),
        un_symbols,
        tally: p.dialogue().tally(&document, now)?,
        adopted_text,
        document,
    })
}

/// A change to a document: the document as it now stands and the record's receipt.
#[derive(Serialize, ToSchema)]
pub struct DocumentChanged {
    document: DocumentView,
    record: ReceiptView,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentsQuery {
    /// Documents of this meeting.
    meeting: Option<String>,
    /// At most this many (default 100, at most 1000).
    limit: Option<u64>,
    /// Skip this many first.
    offset: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/documents", description = "Refused with:\n- 422: A filter does not parse", tag = "dialogue", security(("token" = [])), params(DocumentsQuery), responses((status = 200, description = "Outcome documents", body = Vec<DocumentSummary>), Unauthorized, Invalid))]
pub async fn documents(
    State(platform): State<Platform>,
    _caller: Caller,
    Params(q): Params<DocumentsQuery>,
) -> Result<Json<Vec<DocumentSummary>>, Problem> {
    let meeting = q
        .meeting
        .as_deref()
        .filter(|m| !m.is_empty())
        .map(MeetingId::parse)
        .transpose()
        .map_err(domain)?;
    let query = DocumentQuery {
        meeting,
        party: None,
        limit: Some(page_size(q.limit)),
        offset: q.offset.unwrap_or(0),
    };
    let documents = blocking(&platform, move |p| p.dialogue().documents(&query)).await?;
    Ok(Json(documents.iter().map(Into::into).collect()))
}

/// A draft outcome document, as numbered paragraphs. `id` is optional: give one to make retries
/// idempotent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    id: Option<DocumentId>,
    meeting: MeetingId,
    title: String,
    #[serde(default)]
    priorities: Vec<PriorityRef>,
    /// 1 to 500 paragraphs.
    paragraphs: Vec<String>,
}

#[utoipa::path(post, path = "/api/v1/documents", description = "Refused with:\n- 403: Neither the convener nor an approved member of the meeting\n- 404: No such meeting\n- 409: The id is taken, or the meeting was cancelled\n- 422: A field is missing or malformed", tag = "dialogue", security(("token" = [])), request_body = DraftRequest, responses((status = 201, description = "Drafted (version 1)", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn draft(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Body(req): Body<DraftRequest>,
) -> Result<impl IntoResponse, Problem> {
    let command = DraftDocument {
        id: req
            .id
            .unwrap_or_else(|| DocumentId::from_random(gsi_app::random_id_bytes())),
        meeting: req.meeting,
        title: req.title,
        priorities: req.priorities,
        paragraphs: req.paragraphs,
    };
    let changed = blocking(&platform, move |p| {
        let now = gsi_app::now();
        DocumentId::changed(p, p.dialogue().draft(&actor, command, now)?, now)
    })
    .await?;
    Ok((StatusCode::CREATED, Json(changed)))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}", description = "Refused with:\n- 404: No such document", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "The document, its current text, UN symbols, tally and (once adopted) the adopted text and hash", body = DocumentView), Unauthorized, NotFound, Invalid))]
pub async fn document(on: On<DocumentId>) -> Result<Json<DocumentView>, Problem> {
    let view = on
        .read(|p, id| document_view(p, p.dialogue().document(id)?, gsi_app::now()))
        .await?;
    Ok(Json(view))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older version (default: the one before `to`).
    from: Option<String>,
    /// The newer version (default: the current one).
    to: Option<String>,
}

/// How the text changed from one version to another, paragraph by paragraph (`unchanged`,
/// `changed` with a word diff, `inserted`, `deleted`; numbers are positions in each version).
#[derive(Serialize, ToSchema)]
pub struct DiffView {
    from: u32,
    to: u32,
    #[schema(value_type = Vec<Object>)]
    changes: Vec<ParagraphChange>,
}

#[utoipa::path(get, path = "/api/v1/documents/{id}/diff", description = "Refused with:\n- 404: No such document or version\n- 422: A version is not a number", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), DiffQuery), responses((status = 200, description = "The paragraph and word diff between two versions", body = DiffView), Unauthorized, NotFound, Invalid))]
pub async fn diff(
    on: On<DocumentId>,
    Params(q): Params<DiffQuery>,
) -> Result<Json<DiffView>, Problem> {
    let version = |v: Option<&str>, which: &str| -> Result<Option<u32>, Problem> {
        v.filter(|v| !v.is_empty())
            .map(|v| {
                v.parse::<u32>()
                    .map_err(|_| invalid(format!("{which}=\"{v}\" is not a version number")))
            })
            .transpose()
    };
    let from = version(q.from.as_deref(), "from")?;
    let to = version(q.to.as_deref(), "to")?;
    let diff = on
        .read(move |p, id| {
            let document = p.dialogue().document(id)?;
            let to = to.unwrap_or(document.current().number);
            let from = from.unwrap_or(to.saturating_sub(1).max(1));
            gsi_app::dialogue::Dialogue::diff(&document, from, to)
        })
        .await?;
    Ok(Json(DiffView {
        from: diff.from,
        to: diff.to,
        changes: diff.changes,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AmendOp {
    Replace,
    Insert,
    Delete,
}

/// An amendment by paragraph number in the current version: `replace` needs `paragraph` and
/// `text`; `insert` needs `after` (0: at the beginning) and `text`; `delete` needs `paragraph`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendRequest {
    op: AmendOp,
    paragraph: Option<u32>,
    after: Option<u32>,
    text: Option<String>,
    reason: Option<String>,
}

fn edit(req: &AmendRequest) -> Result<EditByNumber, Problem> {
    let needs = |what: &str, op: &str| invalid(format!("a {op} amendment needs `{what}`"));
    let unused = |what: &str, op: &str| invalid(format!("a {op} amendment takes no `{what}`"));
    Ok(match req.op {
        AmendOp::Replace => {
            if req.after.is_some() {
                return Err(unused("after", "replace"));
            }
            EditByNumber::Replace {
                paragraph: req.paragraph.ok_or_else(|| needs("paragraph", "replace"))?,
                text: req.text.clone().ok_or_else(|| needs("text", "replace"))?,
            }
        }
        AmendOp::Insert => {
            if req.paragraph.is_some() {
                return Err(unused("paragraph", "insert"));
            }
            EditByNumber::Insert {
                after: req.after.ok_or_else(|| needs("after", "insert"))?,
                text: req.text.clone().ok_or_else(|| needs("text", "insert"))?,
            }
        }
        AmendOp::Delete => {
            if req.after.is_some() {
                return Err(unused("after", "delete"));
            }
            if req.text.is_some() {
                return Err(unused("text", "delete"));
            }
            EditByNumber::Delete {
                paragraph: req.paragraph.ok_or_else(|| needs("paragraph", "delete"))?,
            }
        }
    })
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/amendments", description = "Refused with:\n- 403: Neither the convener nor an approved member\n- 404: No such document\n- 409: A decision is open, or the document is adopted\n- 422: A missing field, no such paragraph, or no change", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = AmendRequest, responses((status = 200, description = "Proposed; the convener accepts or rejects it", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn amend(
    on: On<DocumentId>,
    Body(req): Body<AmendRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    let edit = edit(&req)?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.amend(actor, id, edit, req.reason.as_deref(), now)
    })
    .await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendmentDecisionRequest {
    accept: bool,
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/amendments/{n}/decision", description = "Refused with:\n- 403: Only the convener decides amendments\n- 404: No such document or amendment\n- 409: Already decided, no longer applicable, or the text is fixed", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("n" = u32, Path, description = "The amendment's number")), request_body = AmendmentDecisionRequest, responses((status = 200, description = "Accepted (a new version) or rejected", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn decide_amendment(
    on: On<DocumentId>,
    Path((_, n)): Path<(String, String)>,
    Body(req): Body<AmendmentDecisionRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    let n = number(&n, |n| refusals::no_such_amendment(n))?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.decide_amendment(actor, id, n, req.accept, now)
    })
    .await
}

/// Opening a decision on the current version, under one of the meeting's allowed rules.
/// `deadline` is needed by `silence`, `party_concerned` by `consensus_minus_one`;
/// `chapter_vi_parties` (default none) applies to `security_council` only.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenDecisionRequest {
    rule: RuleKind,
    deadline: Option<Timestamp>,
    party_concerned: Option<PartyId>,
    chapter_vi_parties: Option<Vec<PartyId>>,
}

fn rule(req: OpenDecisionRequest) -> Result<Rule, Problem> {
    let parameters = RuleParameters {
        deadline: req.deadline,
        party_concerned: req.party_concerned,
        chapter_vi_parties: req.chapter_vi_parties,
    };
    Rule::from_kind(req.rule, parameters).map_err(domain)
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/decision", description = "Refused with:\n- 403: Only the convener opens decisions\n- 404: No such document\n- 409: A decision is already open, an amendment is pending, the document is adopted, or there are no members\n- 422: The mechanism does not allow the rule, a parameter it needs is missing, or the deadline has passed", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = OpenDecisionRequest, responses((status = 200, description = "A decision is open on the current version; the text is fixed until it closes", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn open_decision(
    on: On<DocumentId>,
    Body(req): Body<OpenDecisionRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    let rule = rule(req)?;
    on.change(move |dialogue, actor, id, now| dialogue.open_decision(actor, id, rule, now))
        .await
}

/// The caller's own party's position. Consensus rules take `support`, `stand_aside`, `object`
/// (and `opt_out` under consensus minus X), with an optional `comfort` (`support`,
/// `can_live_with_it`, `reservations`) for support or standing aside; votes take `yes`, `no`,
/// `abstain`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PositionRequest {
    #[schema(value_type = String, example = "support")]
    position: Position,
    #[schema(value_type = Option<String>, example = "can_live_with_it")]
    comfort: Option<Comfort>,
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/positions", description = "Refused with:\n- 403: Not a member of the deciding body, or a reader\n- 404: No such document\n- 409: No decision is open, or the silence procedure ended\n- 422: The position does not fit the rule", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = PositionRequest, responses((status = 200, description = "Recorded (replacing the party's earlier position)", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn record_position(
    on: On<DocumentId>,
    Body(req): Body<PositionRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| {
        dialogue.record_position(actor, id, req.position, req.comfort, now)
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/decision/close", description = "Refused with:\n- 403: Only the convener closes decisions\n- 404: No such document\n- 409: No decision is open, or it is still pending (a silence procedure before its deadline)", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "Closed: adopted (numbered in the series) or not adopted", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn close_decision(on: On<DocumentId>) -> Result<Json<DocumentChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| dialogue.close_decision(actor, id, now))
        .await
}

/// A paragraph of the adopted text (by its number there) as a commitment of named parties, each
/// of which joined the adoption.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommitmentRequest {
    paragraph: u32,
    parties: Vec<PartyId>,
    due: Option<NaiveDate>,
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/commitments", description = "Refused with:\n- 403: Only the convener marks commitments\n- 404: No such document\n- 409: The document is not adopted\n- 422: No such paragraph, no parties, or a party that did not join the adoption", tag = "dialogue", security(("token" = [])), params(("id" = String, Path)), request_body = CommitmentRequest, responses((status = 200, description = "Marked", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn mark_commitment(
    on: On<DocumentId>,
    Body(req): Body<CommitmentRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    on.change(move |dialogue, actor, id, now| {
        dialogue.mark_commitment(actor, id, req.paragraph, req.parties, req.due, now)
    })
    .await
}

/// The caller's own party's report on a commitment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// `not_started`, `in_progress`, `completed` or `delayed`.
    #[schema(value_type = String, example = "in_progress")]
    status: Implementation,
    narrative: String,
    /// Up to 20 http(s) links.
    #[serde(default)]
    evidence: Vec<String>,
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/commitments/{n}/reports", description = "Refused with:\n- 403: The party is not committed by it, or a reader\n- 404: No such document or commitment\n- 422: An empty narrative or a link that is not http(s)", tag = "dialogue", security(("token" = [])), params(("id" = String, Path), ("n" = u32, Path, description = "The commitment's number")), request_body = ReportRequest, responses((status = 200, description = "Reported", body = DocumentChanged), Unauthorized, Forbidden, NotFound, Invalid, TooManyWrites))]
pub async fn report(
    on: On<DocumentId>,
    Path((_, n)): Path<(String, String)>,
    Body(req): Body<ReportRequest>,
) -> Result<Json<DocumentChanged>, Problem> {
    let n = number(&n, |n| refusals::no_such_commitment(n))?;
    on.change(move |dialogue, actor, id, now| {
        dialogue.report_implementation(actor, id, n, req.status, &req.narrative, req.evidence, now)
    })
    .await
}

// --- commitments ---

#[derive(Serialize, ToSchema)]
pub struct PartyStatus {
    party: PartyId,
    /// The latest reported status; absent before the party's first report.
    #[schema(value_type = Option<String>)]
    status: Option<Implementation>,
}

/// A commitment of an adopted document, with each committed party's latest status.
#[derive(Serialize, ToSchema)]
pub struct CommitmentItem {
    document: DocumentId,
    symbol: String,
    title: String,
    number: u32,
    /// The paragraph's number in the adopted text, and its text.
    paragraph: u32,
    text: String,
    priorities: Vec<String>,
    due: Option<NaiveDate>,
    parties: Vec<PartyStatus>,
    /// How many parties report it completed.
    completed: usize,
    /// Reports so far, by all parties.
    reports: usize,
}

impl From<CommitmentView> for CommitmentItem {
    fn from(c: CommitmentView) -> Self {
        Self {
            completed: c.completed(),
            document: c.document,
            symbol: c.symbol,
            title: c.title,
            number: c.number,
            paragraph: c.paragraph,
            text: c.text,
            priorities: c.priorities,
            due: c.due,
            parties: c
                .parties
                .into_iter()
                .map(|(party, status)| PartyStatus { party, status })
                .collect(),
            reports: c.reports,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommitmentsQuery {
    /// Commitments naming this party.
    party: Option<String>,
    /// Commitments of documents on this priority, e.g. `III.11`.
    priority: Option<String>,
    /// Commitments of this document.
    document: Option<String>,
    /// At most this many (default 100, at most 1000).
    limit: Option<u64>,
    /// Skip this many first.
    offset: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/commitments", description = "Refused with:\n- 422: A filter does not parse", tag = "dialogue", security(("token" = [])), params(CommitmentsQuery), responses((status = 200, description = "Commitments of adopted documents with each party's latest status", body = Vec<CommitmentItem>), Unauthorized, Invalid))]
pub async fn commitments(
    State(platform): State<Platform>,
    _caller: Caller,
    Params(q): Params<CommitmentsQuery>,
) -> Result<Json<Vec<CommitmentItem>>, Problem> {
    let party = query_party(q.party.as_deref())?;
    let priority = q
        .priority
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(PriorityRef::parse)
        .transpose()
        .map_err(domain)?;
    let document = q
        .document
        .as_deref()
        .filter(|d| !d.is_empty())
        .map(DocumentId::parse)
        .transpose()
        .map_err(domain)?;
    let query = CommitmentQuery {
        party,
        priority,
        document,
    };
    let matching = blocking(&platform, move |p| p.dialogue().commitments(&query)).await?;
    Ok(Json(page(
        matching.into_iter().map(Into::into),
        q.limit,
        q.offset,
    )))
}

#[utoipa::path(get, path = "/api/v1/me/awaiting", tag = "dialogue", security(("token" = [])), responses((status = 200, description = "The dialogue steps only the caller's party can take: invitations to answer, registrations and amendments to decide as convener, positions to record, silence procedures to close, commitments to report on", body = Awaiting), Unauthorized))]
pub async fn awaiting(
    State(platform): State<Platform>,
    Caller(actor): Caller,
) -> Result<Json<Awaiting>, Problem> {
    Ok(Json(
        blocking(&platform, move |p| {
            p.dialogue().awaiting(&actor.party, gsi_app::now())
        })
        .await?,
    ))
}
