//! The register of security concerns: the list with filters, the lodging form, and each concern
//! with its response clocks, its signed timeline and the actions its reader may take.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use gsi_app::Platform;
use gsi_app::read::ConcernFilter;
use gsi_core::concerns::{
    self, ClosingOutcome, Concern, ConcernEvent, ConcernStatus, LodgeConcern, MAX_TEXT, MAX_TITLE,
};
use gsi_core::framework::{PriorityRef, SecurityDomain, UnSymbol};
use gsi_core::{ConcernId, EntityKey, Event, PartyId, PartyKind, Timestamp};

use crate::Problem;
use crate::pages::home::title_in;
use crate::pages::{
    Form, Frame, PageError, PageResult, Pager, PartyLink, SignedIn, format_date, format_time,
    see_other,
};
use crate::pages::{FormErrors, Opt};

const DAY_MS: i64 = 86_400_000;

/// A concern as lists show it.
pub struct ConcernRow {
    pub id: String,
    pub title: String,
    pub status: String,
    pub status_code: &'static str,
    pub lodged_by: PartyLink,
    pub addressees: Vec<PartyLink>,
    pub lodged_on: String,
    pub datetime: String,
    pub overdue: bool,
    /// The TLP 2.0 label of who reads it.
    pub tlp: &'static str,
}

pub fn status_label(f: &Frame, s: ConcernStatus) -> String {
    f.t(&format!("concern-status-{}", s.as_str()))
}

pub fn concern_row(f: &Frame, c: &Concern) -> ConcernRow {
    ConcernRow {
        id: c.id.to_string(),
        title: c.title.clone(),
        status: status_label(f, c.status),
        status_code: c.status.as_str(),
        lodged_by: PartyLink::new(f, &c.lodged_by),
        addressees: c
            .addressees
            .iter()
            .map(|a| PartyLink::new(f, &a.party))
            .collect(),
        lodged_on: format_date(c.lodged_at),
        datetime: c.lodged_at.to_string(),
        tlp: c.distribution.tlp().as_str(),
        overdue: c.is_overdue(gsi_app::now()),
    }
}

fn get<'a>(f: &'a Frame, name: &str) -> &'a str {
    f.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

/// Parties a concern may name or be filtered by: states and organisations, by localized name.
fn party_options(
    f: &Frame,
    parties: &[gsi_core::Party],
    selected: &[String],
    skip: Option<&PartyId>,
) -> Vec<Opt> {
    let mut out: Vec<Opt> = parties
        .iter()
        .filter(|p| matches!(p.kind, PartyKind::State | PartyKind::Organisation))
        .filter(|p| Some(&p.id) != skip)
        .map(|p| Opt {
            value: p.id.to_string(),
            label: f.party(p.id.as_str(), Some(&p.name)),
            selected: selected.iter().any(|s| s == p.id.as_str()),
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out
}

/// The twenty priorities as checkboxes or options, `selected` ticked.
pub fn priority_options(f: &Frame, selected: &[String]) -> Vec<Opt> {
    gsi_core::catalogue::catalogue()
        .priorities
        .iter()
        .map(|p| Opt {
            value: p.id.to_string(),
            label: title_in(f.lang, &p.title, &p.title_zh),
            selected: selected.iter().any(|s| *s == p.id.to_string()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "concerns/concerns.html")]
struct ConcernList {
    f: Frame,
    statuses: Vec<Opt>,
    parties: Vec<Opt>,
    priorities: Vec<Opt>,
    overdue: Vec<Opt>,
    concerns: Vec<ConcernRow>,
    count: String,
    pager: Pager,
    filtered: bool,
    may_lodge: bool,
}

pub async fn list(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let status = get(&frame, "status").to_owned();
    let party = get(&frame, "party").to_owned();
    let priority = get(&frame, "priority").to_owned();
    let overdue = get(&frame, "overdue").to_owned();
    let filter = ConcernFilter {
        status: ConcernStatus::parse_filter(&status).ok().flatten(),
        party: PartyId::parse(&party).ok(),
        priority: PriorityRef::parse(&priority).ok().map(|p| p.number()),
        ..ConcernFilter::default()
    };
    let reader = frame.reader();
    let (found, parties) = frame
        .run(&platform, move |p| {
            Ok((p.concerns().list(&reader, &filter)?, p.parties()?))
        })
        .await?;
    let f = frame.clone().at("concerns", frame.t("concern-list-title"));
    let now = gsi_app::now();
    let matching: Vec<&Concern> = found
        .iter()
        .filter(|c| match overdue.as_str() {
            "true" => c.is_overdue(now),
            "false" => !c.is_overdue(now),
            _ => true,
        })
        .collect();
    let total = matching.len();
    let (shown, pager) = Pager::slice(&frame, matching);
    let concerns: Vec<ConcernRow> = shown.into_iter().map(|c| concern_row(&f, c)).collect();
    let statuses = ["open", "addressed", "withdrawn"]
        .into_iter()
        .map(|s| Opt {
            value: s.into(),
            label: f.t(&format!("concern-status-{s}")),
            selected: s == status,
        })
        .collect();
    let overdue_opts = [
        ("true", "concern-filter-overdue-only"),
        ("false", "concern-filter-overdue-not"),
    ]
    .into_iter()
    .map(|(v, id)| Opt {
        value: v.into(),
        label: f.t(id),
        selected: v == overdue,
    })
    .collect();
    let count = f.ta("concern-count", &[("count", total.into())]);
    let filtered =
        !(status.is_empty() && party.is_empty() && priority.is_empty() && overdue.is_empty());
    let page = ConcernList {
        statuses,
        parties: party_options(&f, &parties, std::slice::from_ref(&party), None),
        priorities: priority_options(&f, std::slice::from_ref(&priority)),
        overdue: overdue_opts,
        concerns,
        count,
        pager,
        filtered,
        may_lodge: f.user.as_ref().is_some_and(SignedIn::may_author),
        f,
    };
    frame.render(&page)
}

// --- lodging ---

#[derive(Default)]
struct LodgeInput {
    title: String,
    description: String,
    domain: String,
    priorities: Vec<String>,
    addressees: Vec<String>,
    un_references: String,
    response_due: String,
    /// `addressees` (the default) or `public`.
    readers: String,
}

#[derive(Default)]
struct LodgeErrors {
    title: Option<String>,
    description: Option<String>,
    domain: Option<String>,
    priorities: Option<String>,
    addressees: Option<String>,
    un_references: Option<String>,
    response_due: Option<String>,
    form: Option<String>,
}

impl LodgeErrors {
    fn any(&self) -> bool {
        self.title.is_some()
            || self.description.is_some()
            || self.domain.is_some()
            || self.priorities.is_some()
            || self.addressees.is_some()
            || self.un_references.is_some()
            || self.response_due.is_some()
            || self.form.is_some()
    }
}

/// Where the form shows a refusal of the lodging.
impl FormErrors for LodgeErrors {
    fn beside(&mut self, p: &Problem) -> &mut Option<String> {
        match (p.refusal.unwrap_or(""), p.value("field")) {
            (_, Some("title")) => &mut self.title,
            (_, Some("description")) => &mut self.description,
            (
                "concern-no-addressee"
                | "concern-addressee-twice"
                | "concern-addressed-to-itself"
                | "party-not-registered",
                _,
            ) => &mut self.addressees,
            ("concern-no-priority", _) => &mut self.priorities,
            ("concern-response-date-past", _) => &mut self.response_due,
            _ => &mut self.form,
        }
    }
}

#[derive(Template)]
#[template(path = "concerns/concern_new.html")]
struct LodgePage {
    f: Frame,
    input: LodgeInput,
    errors: LodgeErrors,
    domains: Vec<Opt>,
    priorities: Vec<Opt>,
    addressees: Vec<Opt>,
    help_title: String,
    help_description: String,
    help_due: String,
}

/// Each value parsed; the refusal of the last that does not parse is put in `error`.
fn parsed<T, S: AsRef<str>>(
    frame: &Frame,
    values: &[S],
    parse: impl Fn(&str) -> Result<T, gsi_core::DomainError>,
    error: &mut Option<String>,
) -> Vec<T> {
    values
        .iter()
        .filter_map(|v| {
            parse(v.as_ref())
                .map_err(|e| *error = Some(frame.say(e)))
                .ok()
        })
        .collect()
}

fn may_lodge(frame: &Frame) -> Result<SignedIn, PageError> {
    let user = frame.require_user()?;
    if !user.may_author() {
        return Err(frame.error(
            StatusCode::FORBIDDEN,
            Some(frame.t("concern-lodge-sign-in")),
        ));
    }
    Ok(user)
}

async fn render_lodge(
    platform: &Platform,
    frame: &Frame,
    user: &SignedIn,
    input: LodgeInput,
    errors: LodgeErrors,
    status: StatusCode,
) -> PageResult {
    let parties = frame.run(platform, |p| p.parties()).await?;
    let f = frame.clone().at("concerns", frame.t("concern-lodge-title"));
    let domains = [
        ("traditional", "catalogue-domain-traditional"),
        ("non_traditional", "catalogue-domain-non-traditional"),
    ]
    .into_iter()
    .map(|(v, id)| Opt {
        value: v.into(),
        label: f.t(id),
        selected: v == input.domain,
    })
    .collect();
    let page = LodgePage {
        domains,
        priorities: priority_options(&f, &input.priorities),
        addressees: party_options(&f, &parties, &input.addressees, Some(&user.actor.party)),
        help_title: f.ta("concern-field-title-help", &[("max", MAX_TITLE.into())]),
        help_description: f.ta(
            "concern-field-description-help",
            &[("max", MAX_TEXT.into())],
        ),
        help_due: f.ta(
            "concern-field-response-due-help",
            &[("days", gsi_core::concerns::DEFAULT_RESPONSE_DAYS.into())],
        ),
        input,
        errors,
        f,
    };
    Ok((status, frame.render(&page)?).into_response())
}

pub async fn new_form(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let user = may_lodge(&frame)?;
    let input = LodgeInput {
        domain: "traditional".into(),
        ..LodgeInput::default()
    };
    render_lodge(
        &platform,
        &frame,
        &user,
        input,
        LodgeErrors::default(),
        StatusCode::OK,
    )
    .await
}

pub async fn lodge(State(platform): State<Platform>, frame: Frame, form: Form) -> PageResult {
    let user = frame.check_csrf(&form)?;
    if !user.may_author() {
        return Err(frame.error(StatusCode::FORBIDDEN, Some(frame.t("concern-error-role"))));
    }
    let input = LodgeInput {
        title: form.text("title"),
        description: form.get("description").unwrap_or("").trim().to_owned(),
        domain: form.text("domain"),
        priorities: form.all("priorities"),
        addressees: form.all("addressees"),
        un_references: form.text("un_references"),
        response_due: form.text("response_due"),
        readers: form.text("readers"),
    };
    // The form only parses; every rule is the core's, and each refusal is shown beside the
    // field it concerns, in the page's language.
    let f = &frame;
    let mut errors = LodgeErrors::default();
    let domain = SecurityDomain::parse(&input.domain)
        .map_err(|e| errors.domain = Some(f.say(e)))
        .unwrap_or(SecurityDomain::Traditional);
    let priorities = parsed(
        f,
        &input.priorities,
        PriorityRef::parse,
        &mut errors.priorities,
    );
    let addressees = parsed(f, &input.addressees, PartyId::parse, &mut errors.addressees);
    let symbols: Vec<&str> = input
        .un_references
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let un_references = parsed(f, &symbols, UnSymbol::parse, &mut errors.un_references);
    let response_due = match input.response_due.as_str() {
        "" => None,
        due => match due.parse::<chrono::NaiveDate>() {
            // A date answers by the end of that day (UTC).
            Ok(d) => d
                .and_hms_milli_opt(23, 59, 59, 999)
                .map(|t| Timestamp::from_millis(t.and_utc().timestamp_millis())),
            Err(_) => {
                errors.response_due = Some(f.say(gsi_core::refusals::not_a_date(due)));
                None
            }
        },
    };
    // The lodger and its addressees read it unless the lodger publishes it.
    let distribution = (input.readers == "public").then_some(gsi_core::Distribution::Public);
    let id = ConcernId::from_random(gsi_app::random_id_bytes());
    let command = LodgeConcern {
        distribution,
        id: id.clone(),
        title: input.title.clone(),
        description: input.description.clone(),
        domain,
        priorities,
        addressees,
        un_references,
        response_due,
    };
    // Every refusal at once, each beside its field, before anything is written.
    let refusals = frame
        .run(&platform, {
            let (actor, command) = (user.actor.clone(), command.clone());
            move |p| {
                p.concerns()
                    .lodging_refusals(&actor, &command, gsi_app::now())
            }
        })
        .await?;
    errors.show_all(&frame, refusals);
    if errors.any() {
        return render_lodge(
            &platform,
            &frame,
            &user,
            input,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let actor = user.actor.clone();
    let result = crate::api::blocking(&platform, move |p| {
        p.concerns().lodge(&actor, command, gsi_app::now())
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/concerns/{id}?done=lodged"))),
        Err(p) if matches!(p.status, 404 | 409 | 422) => {
            let mut errors = LodgeErrors::default();
            errors.show(&frame, &p);
            render_lodge(
                &platform,
                &frame,
                &user,
                input,
                errors,
                StatusCode::from_u16(p.status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY),
            )
            .await
        }
        Err(p) => Err(frame.problem(p)),
    }
}

// --- one concern ---

pub struct TimelineItem {
    pub index: u64,
    pub kind: String,
    pub summary: String,
    pub author_id: String,
    pub time: String,
    pub datetime: String,
    pub text: Option<String>,
    pub record_label: String,
}

pub struct ClockRow {
    pub party: PartyLink,
    pub acknowledgement: String,
    pub acknowledgement_overdue: bool,
    pub response: String,
    pub response_overdue: bool,
    pub activity: String,
}

#[derive(Default)]
struct ActionErrors {
    respond: Option<String>,
    propose: Option<String>,
    close: Option<String>,
    text: String,
}

#[derive(Template)]
#[template(path = "concerns/concern.html")]
struct ConcernPage {
    f: Frame,
    id: String,
    title: String,
    status: String,
    status_code: &'static str,
    overdue: bool,
    description: String,
    lodged_by: PartyLink,
    lodged_on: String,
    closed_on: Option<String>,
    closing_note: Option<String>,
    domain: String,
    priorities: Vec<Opt>,
    un_references: Vec<String>,
    clocks: Vec<ClockRow>,
    clocks_help: String,
    timeline: Vec<TimelineItem>,
    done: Option<String>,
    can_acknowledge: bool,
    can_respond: bool,
    can_close: bool,
    /// The TLP label of the concern's distribution, and who reads it (`None`: anyone).
    tlp: &'static str,
    readers: Option<Vec<PartyLink>>,
    can_publish: bool,
    errors: ActionErrors,
}

fn days(ms: i64) -> i64 {
    ms.max(0) / DAY_MS
}

async fn render_concern(
    platform: &Platform,
    frame: &Frame,
    id: &str,
    errors: ActionErrors,
    status: StatusCode,
) -> PageResult {
    let not_found = || {
        frame.error(
            StatusCode::NOT_FOUND,
            Some(frame.t("concern-error-not-found")),
        )
    };
    let id = ConcernId::parse(id).map_err(|_| not_found())?;
    let cid = id.clone();
    let reader = frame.reader();
    let loaded = crate::api::blocking(platform, move |p| {
        let concern = p.concerns().get(&reader, &cid)?;
        let records = p.records_about(&reader, &EntityKey::Concern(cid.clone()))?;
        Ok((concern, records))
    })
    .await;
    let (c, records) = match loaded {
        Ok(x) => x,
        Err(p) if p.status == 404 => return Err(not_found()),
        Err(p) => return Err(frame.problem(p)),
    };
    let f = frame.clone().at("concerns", c.title.clone());
    let now = gsi_app::now();
    let catalogue = gsi_core::catalogue::catalogue();
    let clocks = c
        .clocks(now)
        .into_iter()
        .map(|k| {
            let a = c.addressee(&k.party);
            let acknowledgement = match k.to_acknowledgement_ms {
                Some(ms) => f.ta(
                    "concern-clock-acknowledged-after",
                    &[("days", days(ms).into())],
                ),
                None if k.acknowledgement_overdue => f.ta(
                    "concern-clock-acknowledgement-overdue",
                    &[("date", format_date(k.acknowledgement_due).as_str().into())],
                ),
                None => format!(
                    "{} — {}",
                    f.t("concern-clock-awaiting-acknowledgement"),
                    f.ta(
                        "concern-clock-acknowledgement-due",
                        &[("date", format_date(k.acknowledgement_due).as_str().into())]
                    )
                ),
            };
            let response = match k.to_response_ms {
                Some(ms) => f.ta(
                    "concern-clock-responded-after",
                    &[("days", days(ms).into())],
                ),
                None if k.response_overdue => f.ta(
                    "concern-clock-response-overdue",
                    &[("date", format_date(k.response_due).as_str().into())],
                ),
                None => format!(
                    "{} — {}",
                    f.t("concern-clock-awaiting-response"),
                    f.ta(
                        "concern-clock-response-due",
                        &[("date", format_date(k.response_due).as_str().into())]
                    )
                ),
            };
            let activity = a
                .map(|a| {
                    format!(
                        "{} · {}",
                        f.ta(
                            "concern-addressee-responses",
                            &[("count", a.responses.into())]
                        ),
                        f.ta(
                            "concern-addressee-consultations",
                            &[("count", a.consultations_proposed.into())]
                        )
                    )
                })
                .unwrap_or_default();
            ClockRow {
                party: PartyLink::new(&f, &k.party),
                acknowledgement,
                acknowledgement_overdue: k.acknowledgement_overdue,
                response,
                response_overdue: k.response_overdue,
                activity,
            }
        })
        .collect();
    let timeline = records
        .iter()
        .map(|r| {
            let body = r.entry().ok().flatten().and_then(|e| {
                let record = e.record();
                Event::from_kind_body(&record.kind, &record.body).ok()
            });
            let author = r.author.clone().unwrap_or_default();
            let kind = r.kind().unwrap_or_default().to_owned();
            let party = f.party(&author, None);
            let arg = [("party", party.as_str().into())];
            // Every event is named: a new concern event, or a new module whose records could be
            // about a concern, does not compile until its line is written here.
            let (summary, text) = match &body {
                Some(Event::Concern(event)) => match event {
                    ConcernEvent::Lodged(_) => (f.ta("concern-timeline-lodged", &arg), None),
                    ConcernEvent::Acknowledged { .. } => {
                        (f.ta("concern-timeline-acknowledged", &arg), None)
                    }
                    ConcernEvent::Responded { text, .. } => {
                        (f.ta("concern-timeline-responded", &arg), Some(text.clone()))
                    }
                    ConcernEvent::ConsultationsProposed { text, .. } => (
                        f.ta("concern-timeline-consultations", &arg),
                        Some(text.clone()),
                    ),
                    ConcernEvent::Closed { outcome, note, .. } => (
                        f.ta(
                            match outcome {
                                ClosingOutcome::Addressed => "concern-timeline-closed-addressed",
                                ClosingOutcome::Withdrawn => "concern-timeline-withdrawn",
                            },
                            &arg,
                        ),
                        note.clone(),
                    ),
                    ConcernEvent::DistributionWidened { .. } => {
                        (f.ta("concern-timeline-widened", &arg), None)
                    }
                },
                // Records of other modules are not about a concern; one that does not parse is
                // shown by its kind.
                Some(Event::Registry(_) | Event::Dialogue(_)) | None => (kind.clone(), None),
            };
            TimelineItem {
                index: r.index,
                kind,
                summary,
                author_id: author,
                time: f.time(&r.time),
                datetime: r.time.clone(),
                text,
                record_label: f.ta("common-record-number", &[("index", r.index.into())]),
            }
        })
        .collect();
    let done = get(&f, "done");
    let done = [
        "lodged",
        "acknowledged",
        "responded",
        "consultations",
        "closed-addressed",
        "withdrawn",
        "published",
    ]
    .contains(&done)
    .then(|| f.t(&format!("concern-done-{done}")));
    let page = ConcernPage {
        id: c.id.to_string(),
        title: c.title.clone(),
        status: status_label(&f, c.status),
        status_code: c.status.as_str(),
        overdue: c.is_overdue(now),
        description: c.description.clone(),
        lodged_by: PartyLink::new(&f, &c.lodged_by),
        lodged_on: format_time(c.lodged_at),
        closed_on: c.closed_at.map(|t| {
            f.ta(
                "concern-closed-on",
                &[("date", format_time(t).as_str().into())],
            )
        }),
        closing_note: c.closing_note.clone(),
        domain: f.t(match c.domain {
            SecurityDomain::Traditional => "catalogue-domain-traditional",
            SecurityDomain::NonTraditional => "catalogue-domain-non-traditional",
        }),
        priorities: c
            .priorities
            .iter()
            .map(|p| {
                let entry = catalogue.priority(*p);
                Opt {
                    value: p.to_string(),
                    label: title_in(f.lang, &entry.title, &entry.title_zh),
                    selected: false,
                }
            })
            .collect(),
        un_references: c
            .un_references
            .iter()
            .map(|u| String::from(u.clone()))
            .collect(),
        clocks,
        clocks_help: f.ta(
            "concern-clocks-help",
            &[("days", gsi_core::concerns::ACKNOWLEDGEMENT_DAYS.into())],
        ),
        timeline,
        done,
        can_acknowledge: f.may(|p| concerns::may_acknowledge(p, &c)),
        can_respond: f.may(|p| concerns::may_respond(p, &c)),
        can_close: f.may(|p| concerns::may_close(p, &c)),
        tlp: c.distribution.tlp().as_str(),
        readers: c.distribution.named().map(|mut named| {
            named.insert(c.lodged_by.clone());
            named.iter().map(|p| PartyLink::new(&f, p)).collect()
        }),
        can_publish: !c.distribution.is_public()
            && f.may(|p| concerns::may_widen(p, &c, &gsi_core::Distribution::Public)),
        errors,
        f,
    };
    Ok((status, frame.render(&page)?).into_response())
}

pub async fn show(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    render_concern(
        &platform,
        &frame,
        &id,
        ActionErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// A platform call deciding one action on a concern.
type Action = Box<
    dyn FnOnce(&Platform) -> Result<(Concern, gsi_app::read::Receipt), gsi_app::AppError> + Send,
>;

/// `POST /concerns/{id}/{acknowledge|respond|consultations|close}` from the concern page.
pub async fn act(
    State(platform): State<Platform>,
    frame: Frame,
    Path((id, action)): Path<(String, String)>,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let cid = ConcernId::parse(&id).map_err(|_| {
        frame.error(
            StatusCode::NOT_FOUND,
            Some(frame.t("concern-error-not-found")),
        )
    })?;
    let text = form.get("text").unwrap_or("").trim().to_owned();
    let actor = user.actor.clone();
    let now = gsi_app::now();
    let (done, call): (String, Action) = match action.as_str() {
        "acknowledge" => (
            "acknowledged".into(),
            Box::new(move |p| p.concerns().acknowledge(&actor, &cid, now)),
        ),
        "respond" => {
            let t = text.clone();
            (
                "responded".into(),
                Box::new(move |p| p.concerns().respond(&actor, &cid, &t, now)),
            )
        }
        "consultations" => {
            let t = text.clone();
            (
                "consultations".into(),
                Box::new(move |p| p.concerns().propose_consultations(&actor, &cid, &t, now)),
            )
        }
        "close" => {
            let outcome = match form.get("outcome") {
                Some("addressed") => ClosingOutcome::Addressed,
                Some("withdrawn") => ClosingOutcome::Withdrawn,
                _ => {
                    let mut e = ActionErrors {
                        text: text.clone(),
                        ..ActionErrors::default()
                    };
                    e.close = Some(
                        frame.say(gsi_core::concerns::refusals::not_a_closing_outcome(
                            form.get("outcome").unwrap_or(""),
                        )),
                    );
                    return render_concern(
                        &platform,
                        &frame,
                        &id,
                        e,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await;
                }
            };
            let note = form
                .get("note")
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty());
            let done = match outcome {
                ClosingOutcome::Addressed => "closed-addressed",
                ClosingOutcome::Withdrawn => "withdrawn",
            };
            (
                done.into(),
                Box::new(move |p| {
                    p.concerns()
                        .close(&actor, &cid, outcome, note.as_deref(), now)
                }),
            )
        }
        "publish" => (
            "published".into(),
            Box::new(move |p| {
                p.concerns()
                    .widen(&actor, &cid, gsi_core::Distribution::Public, now)
            }),
        ),
        _ => return Err(frame.error(StatusCode::NOT_FOUND, None)),
    };
    match crate::api::blocking(&platform, call).await {
        Ok(_) => Ok(see_other(&format!("/concerns/{id}?done={done}#timeline"))),
        Err(p) if p.status == 422 => {
            let mut e = ActionErrors {
                text,
                ..ActionErrors::default()
            };
            let slot = match action.as_str() {
                "respond" => &mut e.respond,
                "consultations" => &mut e.propose,
                _ => &mut e.close,
            };
            *slot = Some(frame.said(&p));
            render_concern(&platform, &frame, &id, e, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(p) => Err(frame.problem(p)),
    }
}
