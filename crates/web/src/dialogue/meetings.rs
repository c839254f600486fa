//! Meetings (IV.1–IV.4): the list with filters and iCalendar feeds, the convening form, and each
//! meeting with its agenda, lists of speakers, attached documents, participants, registration,
//! and the outcome documents tabled at it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use gsi_app::Platform;
use gsi_app::dialogue::{Closing, MeetingQuery};
use gsi_core::decisions::RuleKind;
use gsi_core::dialogue::documents::{DraftDocument, OutcomeDocument};
use gsi_core::dialogue::meetings::{
    self, AgendaChange, Attendance, ConveneMeeting, Meeting, MeetingKind, MeetingRevision,
    NewAgendaItem, Registration, Standing,
};
use gsi_core::{DocumentId, MeetingId, Party, PartyId, PartyKind};
use gsi_i18n::Lang;

use super::pages::{
    PriorityLink, RecordRow, attendance_label, dates, document_status_label, kind_label,
    language_name, lines, meeting_phase, param, parse_priorities, party_ids, phase_label,
    priority_link, record_rows, registration_label, rule_help, rule_label,
};
use crate::Problem;
use crate::concerns::pages::priority_options;
use crate::links::LinkBase;
use crate::pages::{
    Form, Frame, PageError, PageResult, Pager, PartyLink, SignedIn, format_date, format_time,
    see_other,
};
use crate::pages::{FormErrors, Opt};
use gsi_app::registry::today;

fn not_found(frame: &Frame) -> PageError {
    frame.error(
        StatusCode::NOT_FOUND,
        Some(frame.t("dialogue-meeting-error-not-found")),
    )
}

fn unprocessable(frame: &Frame, id: &str) -> PageError {
    frame.error(StatusCode::UNPROCESSABLE_ENTITY, Some(frame.t(id)))
}

/// States and organisations, by localized name, for selects.
fn party_options(
    f: &Frame,
    parties: &[Party],
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

// --- the list ---

/// A meeting as the list shows it.
pub struct MeetingRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub dates: String,
    pub opens: String,
    pub place: Option<String>,
    pub online: bool,
    pub convener: PartyLink,
    pub phase: &'static str,
    pub phase_label: String,
    pub participation: String,
}

fn participation(f: &Frame, m: &Meeting) -> String {
    let count = |attendance: Option<Attendance>, status: Registration| {
        m.participants
            .iter()
            .filter(|p| p.status == status)
            .filter(|p| attendance.is_none_or(|a| p.attendance == a))
            .count()
    };
    let members = count(Some(Attendance::Member), Registration::Approved);
    let others = count(Some(Attendance::Observer), Registration::Approved)
        + count(Some(Attendance::Guest), Registration::Approved);
    let pending = count(None, Registration::Requested);
    let invited = count(None, Registration::Invited);
    let mut parts = vec![f.ta(
        "dialogue-meeting-count-members",
        &[("count", members.into())],
    )];
    if others > 0 {
        parts.push(f.ta(
            "dialogue-meeting-count-observers",
            &[("count", others.into())],
        ));
    }
    if pending > 0 {
        parts.push(f.ta(
            "dialogue-meeting-count-pending",
            &[("count", pending.into())],
        ));
    }
    if invited > 0 {
        parts.push(f.ta(
            "dialogue-meeting-count-invited",
            &[("count", invited.into())],
        ));
    }
    parts.join(" · ")
}

fn meeting_row(f: &Frame, m: &Meeting) -> MeetingRow {
    let phase = meeting_phase(m, today());
    MeetingRow {
        id: m.id.to_string(),
        title: m.title.clone(),
        kind: kind_label(f, m.kind),
        dates: dates(m),
        opens: m.opens.to_string(),
        place: m.place.clone(),
        online: m.online.is_some(),
        convener: PartyLink::new(f, &m.convener),
        phase,
        phase_label: phase_label(f, phase),
        participation: participation(f, m),
    }
}

#[derive(Template)]
#[template(path = "dialogue/meetings.html")]
struct MeetingList {
    f: Frame,
    mechanisms: Vec<Opt>,
    parties: Vec<Opt>,
    whens: Vec<Opt>,
    mine: bool,
    signed_in: bool,
    upcoming: Vec<MeetingRow>,
    /// Past meetings, newest first, a page at a time.
    past: Vec<MeetingRow>,
    pager: Pager,
    count: String,
    filtered: bool,
    may_convene: bool,
    calendar: Option<(String, String)>,
}

pub async fn list(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let mechanism = param(&frame, "mechanism").to_owned();
    let party = param(&frame, "party").to_owned();
    let when = param(&frame, "when").to_owned();
    let own = frame.user.as_ref().map(|u| u.actor.party.clone());
    let mine = param(&frame, "mine") == "1" && own.is_some();
    let party_filter = if mine {
        own.clone()
    } else {
        PartyId::parse(&party).ok()
    };
    let filter = MeetingQuery {
        mechanism: PartyId::parse(&mechanism).ok(),
        party: party_filter.clone(),
        ..MeetingQuery::default()
    };
    let today = today();
    let (show_upcoming, show_past) = (when != "past", when != "upcoming");
    let page_frame = frame.clone();
    let (upcoming, past, total_past, held_under, parties) = frame
        .run(&platform, move |p| {
            let dialogue = p.dialogue();
            // Upcoming meetings are few and shown whole; past ones are paged by the store.
            let upcoming = if show_upcoming {
                dialogue.meetings(&MeetingQuery {
                    closing: Some(Closing::OnOrAfter(today)),
                    ..filter.clone()
                })?
            } else {
                Vec::new()
            };
            let past_query = MeetingQuery {
                closing: Some(Closing::Before(today)),
                ..filter.clone()
            };
            let (past, total_past) = if show_past {
                let total = dialogue.count_meetings(&past_query)? as usize;
                let first = Pager::first_row(&page_frame, total);
                let rows = dialogue.meetings(&MeetingQuery {
                    limit: Some(Pager::SIZE as u64),
                    offset: first as u64,
                    ..past_query
                })?;
                ((first, rows), total)
            } else {
                ((0, Vec::new()), 0)
            };
            Ok((
                upcoming,
                past,
                total_past,
                dialogue.meeting_mechanisms()?,
                p.parties()?,
            ))
        })
        .await?;
    let f = frame
        .clone()
        .at("meetings", frame.t("dialogue-meetings-title"));
    let mut upcoming = upcoming;
    upcoming.sort_by(|a, b| (a.opens, &a.title).cmp(&(b.opens, &b.title)));
    let ((first_past, past), total_past) = (past, total_past);
    let mut mechanisms: Vec<Opt> = held_under
        .iter()
        .map(|m| Opt {
            value: m.to_string(),
            label: f.party(m.as_str(), None),
            selected: m.as_str() == mechanism,
        })
        .collect();
    mechanisms.sort_by(|a, b| a.label.cmp(&b.label));
    let whens = [
        ("upcoming", "dialogue-meetings-filter-upcoming"),
        ("past", "dialogue-meetings-filter-past"),
    ]
    .into_iter()
    .map(|(v, id)| Opt {
        value: v.into(),
        label: f.t(id),
        selected: v == when,
    })
    .collect();
    let total = upcoming.len() + total_past;
    let pager = Pager::of(&frame, total_past, first_past, past.len());
    let calendar = party_filter.as_ref().map(|p| {
        (
            format!("/meetings/calendar/{p}.ics"),
            f.ta(
                "dialogue-meetings-calendar-of",
                &[("party", f.party(p.as_str(), None).as_str().into())],
            ),
        )
    });
    let page = MeetingList {
        mechanisms,
        parties: party_options(&f, &parties, std::slice::from_ref(&party), None),
        whens,
        mine,
        signed_in: own.is_some(),
        upcoming: upcoming.iter().map(|m| meeting_row(&f, m)).collect(),
        past: past.iter().map(|m| meeting_row(&f, m)).collect(),
        pager,
        count: f.ta("dialogue-meetings-count", &[("count", total.into())]),
        filtered: !(mechanism.is_empty() && party.is_empty() && when.is_empty() && !mine),
        may_convene: f.user.as_ref().is_some_and(SignedIn::may_author),
        calendar,
        f,
    };
    frame.render(&page)
}

// --- iCalendar ---

fn ics(body: String, filename: &str, disposition: &str) -> axum::response::Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("{disposition}; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// `GET /meetings/{id}/calendar.ics`: one meeting as an iCalendar file.
pub async fn calendar(
    State(platform): State<Platform>,
    frame: Frame,
    LinkBase(base): LinkBase,
    Path(id): Path<String>,
) -> PageResult {
    let mid = MeetingId::parse(&id).map_err(|_| not_found(&frame))?;
    let body = frame
        .run(&platform, move |p| {
            p.dialogue().meeting_calendar(&mid, &base)
        })
        .await?;
    Ok(ics(body, &format!("meeting-{id}.ics"), "attachment"))
}

/// `GET /meetings/calendar/{party}.ics`: every meeting a party convenes or takes part in, as a
/// feed a calendar application can subscribe to.
pub async fn party_calendar(
    State(platform): State<Platform>,
    frame: Frame,
    LinkBase(base): LinkBase,
    Path(file): Path<String>,
) -> PageResult {
    let id = file.strip_suffix(".ics").unwrap_or(&file);
    let party = PartyId::parse(id).map_err(|_| frame.error(StatusCode::NOT_FOUND, None))?;
    let body = frame
        .run(&platform, move |p| {
            if p.party(&party)?.is_none() {
                return Err(gsi_core::refusals::party_not_registered(&party).into());
            }
            p.dialogue().party_calendar(&party, &base)
        })
        .await?;
    Ok(ics(body, &format!("{id}.ics"), "inline"))
}

// --- convening ---

#[derive(Default)]
struct ConveneInput {
    kind: String,
    title: String,
    opens: String,
    closes: String,
    place: String,
    online: String,
    languages: Vec<String>,
    agenda: String,
    rule: String,
    invited: Vec<String>,
    invited_ids: String,
    observers: String,
}

#[derive(Default)]
struct ConveneErrors {
    title: Option<String>,
    dates: Option<String>,
    place: Option<String>,
    languages: Option<String>,
    agenda: Option<String>,
    rule: Option<String>,
    invited: Option<String>,
    form: Option<String>,
}

impl ConveneErrors {
    fn any(&self) -> bool {
        self.title.is_some()
            || self.dates.is_some()
            || self.place.is_some()
            || self.languages.is_some()
            || self.agenda.is_some()
            || self.rule.is_some()
            || self.invited.is_some()
            || self.form.is_some()
    }
}

/// Where the form shows a refusal of the convening.
impl FormErrors for ConveneErrors {
    fn beside(&mut self, p: &Problem) -> &mut Option<String> {
        match (p.refusal.unwrap_or(""), p.value("field")) {
            (_, Some("title")) => &mut self.title,
            (_, Some("place")) => &mut self.place,
            (_, Some("agenda item's title")) | ("dialogue-agenda-empty", _) => &mut self.agenda,
            ("dialogue-closes-before-opens", _) => &mut self.dates,
            ("dialogue-no-place" | "dialogue-not-a-web-address", _) => &mut self.place,
            ("dialogue-no-language" | "dialogue-not-a-language", _) => &mut self.languages,
            ("dialogue-rule-not-allowed", _) => &mut self.rule,
            (
                "dialogue-invited-twice"
                | "dialogue-convener-invites-itself"
                | "dialogue-ad-hoc-without-members"
                | "party-not-registered",
                _,
            ) => &mut self.invited,
            _ => &mut self.form,
        }
    }
}

#[derive(Template)]
#[template(path = "dialogue/meeting_new.html")]
struct ConvenePage {
    f: Frame,
    input: ConveneInput,
    errors: ConveneErrors,
    /// The mechanism whose meeting this is; `None` for an ad hoc meeting of a state.
    mechanism: Option<PartyLink>,
    convene_as: String,
    series_help: String,
    kinds: Vec<Opt>,
    languages: Vec<Opt>,
    rules: Vec<Opt>,
    default_rule: String,
    invitees: Vec<Opt>,
}

fn may_convene(frame: &Frame) -> Result<SignedIn, PageError> {
    let user = frame.require_user()?;
    if !user.may_author() {
        return Err(frame.error(
            StatusCode::FORBIDDEN,
            Some(frame.t("dialogue-meeting-convene-not-permitted")),
        ));
    }
    Ok(user)
}

/// What a party convenes: the rules it may choose from, its default, its series, and whether the
/// meeting is its own as a mechanism (`true`) or ad hoc (`false`, a state).
struct ConvenerRules {
    mechanism: bool,
    allowed: Vec<RuleKind>,
    default: RuleKind,
    series: String,
}

async fn convener_rules(
    platform: &Platform,
    frame: &Frame,
    party: &PartyId,
) -> Result<(ConvenerRules, Vec<Party>), PageError> {
    let party = party.clone();
    frame
        .run(platform, move |p| {
            let kind = p.party(&party)?.map(|v| v.value.kind);
            let state = matches!(kind, Some(PartyKind::State | PartyKind::Territory));
            let rules = if state {
                ConvenerRules {
                    mechanism: false,
                    allowed: RuleKind::ALL.to_vec(),
                    default: RuleKind::Consensus,
                    series: format!("GSI/{}", party.as_str().to_uppercase()),
                }
            } else {
                let r = p.dialogue().mechanism_rules(&party)?;
                ConvenerRules {
                    mechanism: true,
                    allowed: r.allowed,
                    default: r.default,
                    series: r.series,
                }
            };
            Ok((rules, p.parties()?))
        })
        .await
}

async fn render_convene(
    platform: &Platform,
    frame: &Frame,
    user: &SignedIn,
    input: ConveneInput,
    errors: ConveneErrors,
    status: StatusCode,
) -> PageResult {
    let (rules, parties) = convener_rules(platform, frame, &user.actor.party).await?;
    let f = frame
        .clone()
        .at("meetings", frame.t("dialogue-meeting-convene-title"));
    let kinds = MeetingKind::ALL
        .into_iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: kind_label(&f, k),
            selected: k.as_str() == input.kind,
        })
        .collect();
    let languages = Lang::ALL
        .into_iter()
        .map(|l| Opt {
            value: l.as_str().into(),
            label: l.native_name().into(),
            selected: input.languages.iter().any(|x| x == l.as_str()),
        })
        .collect();
    let rule_opts = rules
        .allowed
        .iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: if *k == rules.default {
                f.ta(
                    "dialogue-rule-default-marker",
                    &[("rule", rule_label(&f, *k).as_str().into())],
                )
            } else {
                rule_label(&f, *k)
            },
            selected: k.as_str() == input.rule,
        })
        .collect();
    let mechanism = rules
        .mechanism
        .then(|| PartyLink::new(&f, &user.actor.party));
    let page = ConvenePage {
        convene_as: match &mechanism {
            Some(m) => f.ta(
                "dialogue-meeting-convene-as-mechanism",
                &[("party", m.name.as_str().into())],
            ),
            None => f.t("dialogue-meeting-convene-ad-hoc"),
        },
        series_help: f.ta(
            "dialogue-meeting-series-help",
            &[("series", rules.series.as_str().into())],
        ),
        mechanism,
        kinds,
        languages,
        rules: rule_opts,
        default_rule: format!(
            "{} — {}",
            rule_label(&f, rules.default),
            rule_help(&f, rules.default)
        ),
        invitees: party_options(&f, &parties, &input.invited, Some(&user.actor.party)),
        input,
        errors,
        f,
    };
    Ok((status, frame.render(&page)?).into_response())
}

pub async fn new_form(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let user = may_convene(&frame)?;
    let opens = today() + chrono::Days::new(30);
    let input = ConveneInput {
        kind: "conference".into(),
        opens: opens.to_string(),
        closes: opens.to_string(),
        languages: vec!["en".into(), frame.lang.as_str().into()],
        ..ConveneInput::default()
    };
    render_convene(
        &platform,
        &frame,
        &user,
        input,
        ConveneErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// Agenda lines: `Title | III.11, III.20` (the priorities are optional). Only the priorities
/// are parsed here; an empty title or agenda is the core's to refuse.
fn parse_agenda(f: &Frame, text: &str) -> Result<Vec<NewAgendaItem>, String> {
    let mut out = Vec::new();
    for (n, line) in lines(text).iter().enumerate() {
        let (title, priorities) = match line.rsplit_once('|') {
            Some((t, p)) => (t.trim(), p.trim()),
            None => (line.as_str(), ""),
        };
        let priorities = parse_priorities(priorities).map_err(|bad| {
            f.ta(
                "dialogue-meeting-error-agenda-priority",
                &[("line", (n + 1).into()), ("priority", bad.as_str().into())],
            )
        })?;
        out.push(NewAgendaItem {
            title: title.to_owned(),
            priorities,
        });
    }
    Ok(out)
}

pub async fn convene(State(platform): State<Platform>, frame: Frame, form: Form) -> PageResult {
    let user = frame.check_csrf(&form)?;
    if !user.may_author() {
        return Err(frame.error(
            StatusCode::FORBIDDEN,
            Some(frame.t("dialogue-meeting-convene-not-permitted")),
        ));
    }
    let input = ConveneInput {
        kind: form.text("kind"),
        title: form.text("title"),
        opens: form.text("opens"),
        closes: form.text("closes"),
        place: form.text("place"),
        online: form.text("online"),
        languages: form.all("languages"),
        agenda: form.get("agenda").unwrap_or("").to_owned(),
        rule: form.text("rule"),
        invited: form.all("invited"),
        invited_ids: form.text("invited_ids"),
        observers: form.text("observers"),
    };
    // The form only parses; every rule is the core's, and each refusal is shown beside the
    // field it concerns, in the page's language.
    let f = &frame;
    let mut errors = ConveneErrors::default();
    let kind = MeetingKind::parse(&input.kind).unwrap_or(MeetingKind::Conference);
    let date = |d: &str, errors: &mut ConveneErrors| {
        d.parse::<chrono::NaiveDate>()
            .map_err(|_| errors.dates = Some(f.say(gsi_core::refusals::not_a_date(d))))
            .ok()
    };
    let opens = date(&input.opens, &mut errors);
    let closes = date(&input.closes, &mut errors);
    let agenda = parse_agenda(f, &input.agenda).unwrap_or_else(|e| {
        errors.agenda = Some(e);
        Vec::new()
    });
    let rule = match input.rule.as_str() {
        "" => None,
        rule => RuleKind::parse(rule)
            .map_err(|e| errors.rule = Some(f.say(e)))
            .ok(),
    };
    let mut invited: Vec<(PartyId, Attendance)> = Vec::new();
    let members = input
        .invited
        .iter()
        .map(|s| PartyId::parse(s).map_err(|_| s.clone()))
        .collect::<Result<Vec<_>, _>>()
        .and_then(|mut v| {
            v.extend(party_ids(&input.invited_ids)?);
            Ok(v)
        });
    match (members, party_ids(&input.observers)) {
        (Ok(members), Ok(observers)) => {
            // A party named both as a member and as an observer is invited as a member.
            let named = members
                .into_iter()
                .map(|p| (p, Attendance::Member))
                .chain(observers.into_iter().map(|p| (p, Attendance::Observer)));
            for (party, attendance) in named {
                if !invited.iter().any(|(x, _)| *x == party) {
                    invited.push((party, attendance));
                }
            }
        }
        (Err(bad), _) | (_, Err(bad)) => {
            errors.invited = Some(f.say(gsi_core::refusals::not_a_party_id(&bad)))
        }
    }
    let (rules, _) = convener_rules(&platform, &frame, &user.actor.party).await?;
    let id = MeetingId::from_random(gsi_app::random_id_bytes());
    // A date that does not parse is already refused beside the dates; the other checks run on.
    let opens = opens.or(closes).unwrap_or_default();
    let command = ConveneMeeting {
        id: id.clone(),
        mechanism: rules.mechanism.then(|| user.actor.party.clone()),
        kind,
        title: input.title.clone(),
        opens,
        closes: closes.unwrap_or(opens),
        place: Some(input.place.clone()).filter(|s| !s.is_empty()),
        online: Some(input.online.clone()).filter(|s| !s.is_empty()),
        languages: input.languages.clone(),
        agenda,
        invited,
        rule,
    };
    // Every refusal at once, each beside its field, before anything is written.
    let refusals = frame
        .run(&platform, {
            let (actor, command) = (user.actor.clone(), command.clone());
            move |p| p.dialogue().convening_refusals(&actor, &command)
        })
        .await?;
    errors.show_all(&frame, refusals);
    if errors.any() {
        return render_convene(
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
        p.dialogue().convene(&actor, command, gsi_app::now())
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/meetings/{id}?done=convened"))),
        Err(p) if matches!(p.status, 403 | 404 | 409 | 422) => {
            let mut errors = ConveneErrors::default();
            errors.show(&frame, &p);
            render_convene(
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

// --- one meeting ---

pub struct AttachmentView {
    pub title: String,
    pub url: String,
    pub by: PartyLink,
    pub date: String,
}

pub struct SpeakerView {
    pub party: PartyLink,
    pub delegate: String,
    pub time: String,
}

pub struct ItemView {
    pub number: u32,
    pub title: String,
    pub priorities: Vec<PriorityLink>,
    pub documents: Vec<AttachmentView>,
    pub speakers: Vec<SpeakerView>,
    /// Whether the reader's party is on this item's list of speakers.
    pub on_list: bool,
}

pub struct ParticipantView {
    pub party: PartyLink,
    pub capacity: String,
    pub capacity_code: &'static str,
    pub status: String,
    pub status_code: &'static str,
    pub delegates: Vec<String>,
    pub since: String,
    pub note: Option<String>,
    /// Awaiting the convener's decision.
    pub pending: bool,
}

pub struct DocumentRow {
    pub id: String,
    pub title: String,
    pub proposed_by: PartyLink,
    pub status: String,
    pub status_code: &'static str,
    pub symbol: Option<String>,
    pub version: u32,
    pub amendments: String,
}

/// The reader's own registration, and the form to make or change it.
pub struct RegistrationPanel {
    /// `new`, `invited`, `requested`, `approved` (the form differs).
    pub state: &'static str,
    pub status: Option<String>,
    pub capacities: Vec<Opt>,
    pub delegates: String,
    pub may_withdraw: bool,
}

/// The convener's form to revise the meeting, prefilled with the meeting as it stands.
pub struct ReviseForm {
    pub title: String,
    pub opens: String,
    pub closes: String,
    pub place: String,
    pub online: String,
    /// The six languages of the interface and any other working language of the meeting.
    pub languages: Vec<Opt>,
    /// One item per line, as `Title | III.11, III.20`.
    pub agenda: String,
    pub agenda_rows: usize,
    /// When the meeting was last revised as the form shows it (milliseconds; empty if never), so
    /// a revision from a stale form is refused rather than applied to a newer agenda.
    pub seen: String,
}

fn revise_form(m: &Meeting) -> ReviseForm {
    let mut languages: Vec<Opt> = Lang::ALL
        .into_iter()
        .map(|l| Opt {
            value: l.as_str().into(),
            label: l.native_name().into(),
            selected: m.languages.iter().any(|x| x == l.as_str()),
        })
        .collect();
    for code in &m.languages {
        if !languages.iter().any(|o| &o.value == code) {
            languages.push(Opt {
                value: code.clone(),
                label: language_name(code),
                selected: true,
            });
        }
    }
    let agenda: Vec<String> = m
        .agenda
        .iter()
        .map(|i| {
            if i.priorities.is_empty() {
                i.title.clone()
            } else {
                let refs: Vec<String> = i.priorities.iter().map(ToString::to_string).collect();
                format!("{} | {}", i.title, refs.join(", "))
            }
        })
        .collect();
    ReviseForm {
        title: m.title.clone(),
        opens: m.opens.to_string(),
        closes: m.closes.to_string(),
        place: m.place.clone().unwrap_or_default(),
        online: m.online.clone().unwrap_or_default(),
        languages,
        agenda_rows: (agenda.len() + 2).max(6),
        agenda: agenda.join("\n"),
        seen: m
            .revised_at
            .map(|t| t.millis().to_string())
            .unwrap_or_default(),
    }
}

/// The agenda changes that make the agenda read as `lines`: lines are matched to the current
/// items by position (each item keeps its speakers and documents), further lines are added at the
/// end, and items beyond the last line are removed (the core refuses that for an item with
/// speakers or documents). Unchanged items are left out of the record by the core.
fn agenda_changes(current: &Meeting, lines: Vec<NewAgendaItem>) -> Vec<AgendaChange> {
    let kept = lines.len();
    let mut changes: Vec<AgendaChange> = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| match current.agenda.get(i) {
            Some(item) => AgendaChange::Retitle {
                item: item.number,
                title: Some(line.title),
                priorities: Some(line.priorities),
            },
            None => AgendaChange::Add {
                title: line.title,
                priorities: line.priorities,
                after: None,
            },
        })
        .collect();
    changes.extend(
        current
            .agenda
            .iter()
            .skip(kept)
            .map(|i| AgendaChange::Remove { item: i.number }),
    );
    changes
}

#[derive(Template)]
#[template(path = "dialogue/meeting.html")]
struct MeetingPage {
    f: Frame,
    records: Vec<RecordRow>,
    id: String,
    title: String,
    kind: String,
    dates: String,
    opens: String,
    place: Option<String>,
    online: Option<String>,
    languages: Vec<String>,
    convener: PartyLink,
    mechanism: Option<PartyLink>,
    rule: String,
    rule_help: String,
    allowed_rules: Vec<String>,
    series: String,
    convened_on: String,
    revised_on: Option<String>,
    phase: &'static str,
    phase_label: String,
    cancelled: Option<String>,
    agenda: Vec<ItemView>,
    participants: Vec<ParticipantView>,
    documents: Vec<DocumentRow>,
    done: Option<String>,
    may_decide_registrations: bool,
    may_cancel: bool,
    /// The reader's delegates, when its party may ask for the floor (lists of speakers).
    floor_delegates: Option<Vec<String>>,
    may_attach: bool,
    may_draft: bool,
    registration: Option<RegistrationPanel>,
    priorities: Vec<Opt>,
    /// The convener's revision form, while the meeting is not cancelled.
    revise: Option<ReviseForm>,
}

async fn load_meeting(
    platform: &Platform,
    frame: &Frame,
    id: &str,
) -> Result<
    (
        Meeting,
        Vec<OutcomeDocument>,
        Option<Standing>,
        Vec<gsi_app::read::LogRecord>,
    ),
    PageError,
> {
    let mid = MeetingId::parse(id).map_err(|_| not_found(frame))?;
    let party = frame
        .user
        .as_ref()
        .filter(|u| u.may_author())
        .map(|u| u.actor.party.clone());
    let reader = frame.reader();
    let loaded = crate::api::blocking(platform, move |p| {
        let meeting = p.dialogue().meeting(&mid)?;
        let documents = p
            .dialogue()
            .documents(&gsi_app::dialogue::DocumentQuery::of_meeting(&mid))?;
        let standing = party
            .map(|party| p.dialogue().standing(&meeting, &party))
            .transpose()?;
        let records = p.records_about(&reader, &meeting.entity())?;
        Ok((meeting, documents, standing, records))
    })
    .await;
    match loaded {
        Ok(x) => Ok(x),
        Err(p) if p.status == 404 => Err(not_found(frame)),
        Err(p) => Err(frame.problem(p)),
    }
}

fn registration_panel(
    f: &Frame,
    m: &Meeting,
    party: &PartyId,
    standing: &Standing,
) -> Option<RegistrationPanel> {
    if m.cancelled.is_some() || (m.mechanism.is_some() && &m.convener == party) {
        return None;
    }
    let existing = m.participant(party);
    let state = match existing.map(|p| p.status) {
        Some(Registration::Invited) => "invited",
        Some(Registration::Requested) => "requested",
        Some(Registration::Approved) => "approved",
        _ => "new",
    };
    let current = existing
        .filter(|p| !matches!(p.status, Registration::Withdrawn | Registration::Declined))
        .map(|p| p.attendance);
    let invited_member = existing
        .is_some_and(|p| p.status != Registration::Requested && p.attendance == Attendance::Member);
    let mut capacities = Vec::new();
    let mut offer = |a: Attendance| {
        capacities.push(Opt {
            value: a.as_str().into(),
            label: attendance_label(f, a),
            selected: false,
        })
    };
    if standing.mechanism_member || invited_member || current == Some(Attendance::Member) {
        offer(Attendance::Member);
    }
    if standing.state_or_organisation {
        offer(Attendance::Observer);
    } else {
        offer(Attendance::Guest);
    }
    let preferred: Option<String> = current
        .map(|a| a.as_str().to_owned())
        .or_else(|| capacities.first().map(|o| o.value.clone()));
    for o in &mut capacities {
        o.selected = Some(&o.value) == preferred.as_ref();
    }
    let ad_hoc_convener = m.mechanism.is_none() && &m.convener == party;
    Some(RegistrationPanel {
        state,
        status: existing.map(|p| registration_label(f, p.status)),
        capacities,
        delegates: existing.map(|p| p.delegates.join("\n")).unwrap_or_default(),
        may_withdraw: state != "new" && !ad_hoc_convener,
    })
}

async fn render_meeting(platform: &Platform, frame: &Frame, id: &str) -> PageResult {
    let (m, documents, standing, records) = load_meeting(platform, frame, id).await?;
    let f = frame.clone().at("meetings", m.title.clone());
    let phase = meeting_phase(&m, today());
    let me = f
        .user
        .as_ref()
        .filter(|u| u.may_author())
        .map(|u| u.actor.party.clone());
    let floor_delegates = me
        .as_ref()
        .and_then(|p| meetings::may_take_the_floor(p, &m).ok())
        .map(|p| p.delegates.clone());
    let agenda = m
        .agenda
        .iter()
        .map(|i| ItemView {
            number: i.number,
            title: i.title.clone(),
            priorities: i.priorities.iter().map(|p| priority_link(&f, *p)).collect(),
            documents: i
                .documents
                .iter()
                .map(|d| AttachmentView {
                    title: d.title.clone(),
                    url: d.url.clone(),
                    by: PartyLink::new(&f, &d.by),
                    date: format_date(d.at),
                })
                .collect(),
            speakers: i
                .speakers
                .iter()
                .map(|s| SpeakerView {
                    party: PartyLink::new(&f, &s.party),
                    delegate: s.delegate.clone(),
                    time: format_time(s.at),
                })
                .collect(),
            on_list: me
                .as_ref()
                .is_some_and(|p| i.speakers.iter().any(|s| &s.party == p)),
        })
        .collect();
    let mut participants: Vec<ParticipantView> = m
        .participants
        .iter()
        .map(|p| ParticipantView {
            party: PartyLink::new(&f, &p.party),
            capacity: attendance_label(&f, p.attendance),
            capacity_code: p.attendance.as_str(),
            status: registration_label(&f, p.status),
            status_code: p.status.as_str(),
            delegates: p.delegates.clone(),
            since: format_date(p.since),
            note: p.note.clone(),
            pending: p.status == Registration::Requested,
        })
        .collect();
    // Pending requests first (they need the convener), then by capacity and name.
    participants.sort_by(|a, b| {
        (!a.pending, a.capacity_code, &a.party.name).cmp(&(
            !b.pending,
            b.capacity_code,
            &b.party.name,
        ))
    });
    let documents = documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id.to_string(),
            title: d.title.clone(),
            proposed_by: PartyLink::new(&f, &d.proposed_by),
            status: document_status_label(&f, d.status),
            status_code: d.status.as_str(),
            symbol: d.adoption.as_ref().map(|a| a.symbol.clone()),
            version: d.current().number,
            amendments: f.ta(
                "dialogue-document-amendment-count",
                &[("count", d.amendments.len().into())],
            ),
        })
        .collect();
    let registration = match (&me, &standing) {
        (Some(p), Some(s)) => registration_panel(&f, &m, p, s),
        _ => None,
    };
    let done = param(&f, "done");
    let done = [
        "convened",
        "registered",
        "withdrawn",
        "approved",
        "declined",
        "floor",
        "floor-withdrawn",
        "attached",
        "revised",
        "cancelled",
    ]
    .contains(&done)
    .then(|| f.t(&format!("dialogue-meeting-done-{done}")));
    let records = record_rows(&f, &records);
    let page = MeetingPage {
        records,
        id: m.id.to_string(),
        title: m.title.clone(),
        kind: kind_label(&f, m.kind),
        dates: dates(&m),
        opens: m.opens.to_string(),
        place: m.place.clone(),
        online: m.online.clone(),
        languages: m.languages.iter().map(|l| language_name(l)).collect(),
        convener: PartyLink::new(&f, &m.convener),
        mechanism: m.mechanism.as_ref().map(|p| PartyLink::new(&f, p)),
        rule: rule_label(&f, m.rule),
        rule_help: rule_help(&f, m.rule),
        allowed_rules: m.allowed_rules.iter().map(|k| rule_label(&f, *k)).collect(),
        series: m.series.clone(),
        convened_on: format_date(m.convened_at),
        revised_on: m.revised_at.map(format_date),
        phase,
        phase_label: phase_label(&f, phase),
        cancelled: m.cancelled.clone(),
        agenda,
        participants,
        documents,
        done,
        may_decide_registrations: f.may(|p| meetings::may_decide_registrations(p, &m)),
        may_cancel: f.may(|p| meetings::may_cancel(p, &m)),
        floor_delegates,
        may_attach: f.may(|p| meetings::may_attach(p, &m)),
        may_draft: f.may(|p| gsi_core::dialogue::documents::may_table(p, &m)),
        registration,
        priorities: priority_options(&f, &[]),
        revise: f
            .may(|p| meetings::may_revise(p, &m))
            .then(|| revise_form(&m)),
        f,
    };
    frame.render(&page)
}

pub async fn show(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    render_meeting(&platform, &frame, &id).await
}

/// A platform call deciding one action on a meeting; it returns where to go next.
type Action = Box<dyn FnOnce(&Platform) -> Result<String, gsi_app::AppError> + Send>;

fn item_number(frame: &Frame, form: &Form) -> Result<u32, PageError> {
    form.text("item")
        .parse()
        .map_err(|_| unprocessable(frame, "dialogue-meeting-error-item"))
}

/// `POST /meetings/{id}/{action}`: register, withdraw, approve, decline, floor, floor-withdraw,
/// attach, revise, cancel, draft.
pub async fn act(
    State(platform): State<Platform>,
    frame: Frame,
    Path((id, action)): Path<(String, String)>,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let mid = MeetingId::parse(&id).map_err(|_| not_found(&frame))?;
    let actor = user.actor.clone();
    let now = gsi_app::now();
    let here = format!("/meetings/{id}");
    let call: Action = match action.as_str() {
        "register" => {
            let delegates = lines(form.get("delegates").unwrap_or(""));
            let capacity = match form.text("capacity").as_str() {
                "" => None,
                c => Some(
                    Attendance::parse(c)
                        .map_err(|_| unprocessable(&frame, "common-error-422-detail"))?,
                ),
            };
            Box::new(move |p| {
                p.dialogue()
                    .register(&actor, &mid, capacity, delegates, now)?;
                Ok(format!("{here}?done=registered#registration"))
            })
        }
        "withdraw" => Box::new(move |p| {
            p.dialogue().withdraw_registration(&actor, &mid, now)?;
            Ok(format!("{here}?done=withdrawn#registration"))
        }),
        "approve" | "decline" => {
            let party = PartyId::parse(&form.text("party"))
                .map_err(|_| unprocessable(&frame, "common-error-422-detail"))?;
            let approve = action == "approve";
            let note = Some(form.text("note")).filter(|n| !n.is_empty());
            Box::new(move |p| {
                p.dialogue().decide_registration(
                    &actor,
                    &mid,
                    &party,
                    approve,
                    note.as_deref(),
                    now,
                )?;
                let done = if approve { "approved" } else { "declined" };
                Ok(format!("{here}?done={done}#participants"))
            })
        }
        "floor" => {
            let item = item_number(&frame, &form)?;
            let delegate = form.text("delegate");
            Box::new(move |p| {
                p.dialogue()
                    .request_floor(&actor, &mid, item, &delegate, now)?;
                Ok(format!("{here}?done=floor#item-{item}"))
            })
        }
        "floor-withdraw" => {
            let item = item_number(&frame, &form)?;
            Box::new(move |p| {
                p.dialogue().withdraw_floor(&actor, &mid, item, now)?;
                Ok(format!("{here}?done=floor-withdrawn#item-{item}"))
            })
        }
        "attach" => {
            let item = item_number(&frame, &form)?;
            let (title, url) = (form.text("title"), form.text("url"));
            Box::new(move |p| {
                p.dialogue()
                    .attach_document(&actor, &mid, item, &title, &url, now)?;
                Ok(format!("{here}?done=attached#item-{item}"))
            })
        }
        "revise" => {
            let agenda = parse_agenda(&frame, form.get("agenda").unwrap_or(""))
                .map_err(|e| frame.error(StatusCode::UNPROCESSABLE_ENTITY, Some(e)))?;
            let date = |name: &str| {
                form.text(name)
                    .parse::<chrono::NaiveDate>()
                    .map_err(|_| unprocessable(&frame, "dialogue-meeting-error-dates"))
            };
            let (opens, closes) = (date("opens")?, date("closes")?);
            let languages = form.all("languages");
            let (title, place, online) =
                (form.text("title"), form.text("place"), form.text("online"));
            let seen = match form.text("seen").as_str() {
                "" => None,
                ms => Some(gsi_core::Timestamp::from_millis(
                    ms.parse()
                        .map_err(|_| unprocessable(&frame, "common-error-422-detail"))?,
                )),
            };
            // A form opened before another revision would be matched against an agenda it did
            // not show: say so in the page's language (the platform re-checks when it appends).
            let current = frame
                .run(&platform, {
                    let mid = mid.clone();
                    move |p| p.dialogue().meeting(&mid)
                })
                .await?;
            if current.convener == actor.party && current.revised_at != seen {
                return Err(frame.error(
                    StatusCode::CONFLICT,
                    Some(frame.t("dialogue-meeting-error-revised-meanwhile")),
                ));
            }
            Box::new(move |p| {
                // Every field as the form shows it; the core records only what changed.
                let revision_of = |current: &Meeting| MeetingRevision {
                    title: Some(title.clone()),
                    opens: Some(opens),
                    closes: Some(closes),
                    place: Some(place.clone()),
                    online: Some(online.clone()),
                    languages: Some(languages.clone()),
                    agenda: agenda_changes(current, agenda.clone()),
                };
                p.dialogue()
                    .revise_meeting_as_seen(&actor, &mid, seen, revision_of, now)?;
                Ok(format!("{here}?done=revised"))
            })
        }
        "cancel" => {
            let reason = form.text("reason");
            Box::new(move |p| {
                p.dialogue().cancel_meeting(&actor, &mid, &reason, now)?;
                Ok(format!("{here}?done=cancelled"))
            })
        }
        "draft" => {
            let mut priorities = Vec::new();
            for s in form.all("priorities") {
                priorities.extend(parse_priorities(&s).map_err(|bad| {
                    frame.error(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        Some(frame.ta(
                            "concern-error-unknown-priority",
                            &[("priority", bad.as_str().into())],
                        )),
                    )
                })?);
            }
            let paragraphs = gsi_core::text::paragraphs(form.get("paragraphs").unwrap_or(""));
            let command = DraftDocument {
                id: DocumentId::from_random(gsi_app::random_id_bytes()),
                meeting: mid,
                title: form.text("title"),
                priorities,
                paragraphs,
            };
            Box::new(move |p| {
                let (d, _) = p.dialogue().draft(&actor, command, now)?;
                Ok(format!("/documents/{}?done=drafted", d.id))
            })
        }
        _ => return Err(frame.error(StatusCode::NOT_FOUND, None)),
    };
    match crate::api::blocking(&platform, call).await {
        Ok(to) => Ok(see_other(&to)),
        Err(p) => Err(frame.problem(p)),
    }
}
