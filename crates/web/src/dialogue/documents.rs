//! The drafting page of an outcome document: the consolidated text with UN symbols set apart,
//! versions and a word diff between any two, amendments and their decisions, the decision panel
//! with a live tally (an inline SVG chart refreshed by htmx while a decision is open), the
//! adoption record, and the commitments with their implementation reports.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use gsi_app::Platform;
use gsi_core::decisions::{Outcome, Position, Rule, RuleKind, RuleParameters, Tally};
use gsi_core::dialogue::documents::{
    self, AmendmentStatus, Decision, Edit, EditByNumber, Implementation, OutcomeDocument,
};
use gsi_core::dialogue::meetings::Attendance;
use gsi_core::text::{ParagraphChange, diff_words};
use gsi_core::{DocumentId, PartyId};

use super::pages::{
    COMFORTS, Piece, PriorityLink, RecordRow, Seg, amendment_status_label, comfort_code,
    comfort_label, document_status_label, implementation_code, implementation_label, lines, param,
    parse_comfort, parse_datetime, parse_position, pieces, position_code, position_label,
    priority_link, reason_in_words, record_rows, rule_help, rule_in_words, rule_label, segments,
};
use crate::pages::Opt;
use crate::pages::{
    Form, Frame, PageError, PageResult, PartyLink, format_date, format_time, see_other,
};
use gsi_app::registry::today;

fn not_found(frame: &Frame) -> PageError {
    frame.error(
        StatusCode::NOT_FOUND,
        Some(frame.t("dialogue-document-error-not-found")),
    )
}

fn unprocessable(frame: &Frame, id: &str) -> PageError {
    frame.error(StatusCode::UNPROCESSABLE_ENTITY, Some(frame.t(id)))
}

/// Reads a document and its live outcome, and whatever else `more` reads, in one blocking call
/// (the tally fragment, polled every few seconds, reads nothing more).
async fn load<T: Send + 'static>(
    platform: &Platform,
    frame: &Frame,
    id: &str,
    more: impl FnOnce(&Platform, &OutcomeDocument) -> Result<T, gsi_app::AppError> + Send + 'static,
) -> Result<(OutcomeDocument, Option<Outcome>, T), PageError> {
    let did = DocumentId::parse(id).map_err(|_| not_found(frame))?;
    let loaded = crate::api::blocking(platform, move |p| {
        let document = p.dialogue().document(&did)?;
        let outcome = p.dialogue().tally(&document, gsi_app::now())?;
        let more = more(p, &document)?;
        Ok((document, outcome, more))
    })
    .await;
    match loaded {
        Ok(x) => Ok(x),
        Err(p) if p.status == 404 => Err(not_found(frame)),
        Err(p) => Err(frame.problem(p)),
    }
}

// --- the tally chart ---

/// One bar of the tally chart, laid out in the SVG's coordinates (mirrored for right-to-left).
pub struct Bar {
    pub key: &'static str,
    pub label: String,
    pub count: u32,
    pub y: u32,
    pub text_y: u32,
    pub bar_x: u32,
    pub width: u32,
    pub label_x: u32,
    pub label_anchor: &'static str,
    pub value_x: u32,
    pub value_anchor: &'static str,
}

pub struct PositionRow {
    pub party: PartyLink,
    pub position: String,
    pub position_code: &'static str,
    pub comfort: Option<String>,
    pub time: String,
}

/// The tally of one decision: the chart, its table, each member's position and the outcome.
pub struct TallyView {
    pub doc_id: String,
    pub open: bool,
    pub number: u32,
    pub rule: String,
    pub chart_title: String,
    pub bars: Vec<Bar>,
    pub width: u32,
    pub height: u32,
    pub members: String,
    /// `adopted`, `not-adopted` or `pending`.
    pub state: &'static str,
    pub state_label: String,
    pub reason: String,
    pub comfort: Option<String>,
    pub positions: Vec<PositionRow>,
}

const CHART_WIDTH: u32 = 640;
const ROW: u32 = 30;
const BAR_MAX: u32 = 360;

fn bars(f: &Frame, kind: RuleKind, t: &Tally, members: u32) -> Vec<Bar> {
    let rows: Vec<(&'static str, String, u32)> = if kind.is_consensus() {
        let mut rows = vec![
            ("support", position_label(f, Position::Support), t.support),
            (
                "stand-aside",
                position_label(f, Position::StandAside),
                t.stand_aside,
            ),
            ("object", position_label(f, Position::Object), t.object),
        ];
        if kind == RuleKind::ConsensusMinusX {
            rows.push(("opt-out", position_label(f, Position::OptOut), t.opt_out));
        }
        rows.push(("not-yet", f.t("dialogue-tally-not-yet"), t.not_voting));
        rows
    } else {
        vec![
            ("yes", position_label(f, Position::Yes), t.yes),
            ("no", position_label(f, Position::No), t.no),
            ("abstain", position_label(f, Position::Abstain), t.abstain),
            ("not-yet", f.t("dialogue-tally-not-voting"), t.not_voting),
        ]
    };
    let rtl = f.lang.is_rtl();
    rows.into_iter()
        .zip(0u32..)
        .map(|((key, label, count), i)| {
            let width = if members == 0 || count == 0 {
                0
            } else {
                (count * BAR_MAX / members).max(3)
            };
            let y = i * ROW + 4;
            let (bar_x, label_x, label_anchor, value_x, value_anchor) = if rtl {
                let right = CHART_WIDTH - 200;
                (right - width, right + 10, "start", right - width - 8, "end")
            } else {
                (200, 190, "end", 200 + width + 8, "start")
            };
            Bar {
                key,
                label,
                count,
                y,
                text_y: y + 16,
                bar_x,
                width,
                label_x,
                label_anchor,
                value_x,
                value_anchor,
            }
        })
        .collect()
}

fn tally_view(f: &Frame, d: &OutcomeDocument, decision: &Decision, outcome: &Outcome) -> TallyView {
    let kind = decision.rule.kind();
    let members = decision.members.len() as u32;
    let bars = bars(f, kind, &outcome.tally, members);
    let open = decision.closed_at.is_none();
    let state = if outcome.pending {
        "pending"
    } else if outcome.adopted {
        "adopted"
    } else {
        "not-adopted"
    };
    // The reason sentence says adopted, not adopted or pending itself; the label says whether
    // it is final.
    let state_label = match (open, outcome.pending) {
        (true, true) => f.t("dialogue-tally-so-far"),
        (true, false) => f.t("dialogue-tally-if-closed-now"),
        (false, _) => f.t("dialogue-tally-outcome"),
    };
    let t = &outcome.tally;
    let comfort = (kind.is_consensus()
        && t.comfort_support + t.comfort_can_live_with_it + t.comfort_reservations > 0)
        .then(|| {
            f.ta(
                "dialogue-tally-comfort",
                &[
                    ("support", t.comfort_support.into()),
                    ("live", t.comfort_can_live_with_it.into()),
                    ("reservations", t.comfort_reservations.into()),
                ],
            )
        });
    TallyView {
        doc_id: d.id.to_string(),
        open,
        number: decision.number,
        rule: rule_in_words(f, &decision.rule),
        chart_title: f.ta(
            "dialogue-tally-chart-title",
            &[("number", decision.number.into())],
        ),
        height: bars.len() as u32 * ROW + 8,
        bars,
        width: CHART_WIDTH,
        members: f.ta("dialogue-tally-members", &[("count", members.into())]),
        state,
        state_label,
        reason: reason_in_words(f, &outcome.reason),
        comfort,
        positions: position_rows(f, decision),
    }
}

fn position_rows(f: &Frame, decision: &Decision) -> Vec<PositionRow> {
    decision
        .members
        .iter()
        .map(|m| match decision.positions.get(&m.party) {
            Some((p, c, at)) => PositionRow {
                party: PartyLink::new(f, &m.party),
                position: position_label(f, *p),
                position_code: position_code(*p),
                comfort: c.map(|c| comfort_label(f, c)),
                time: format_time(*at),
            },
            None => PositionRow {
                party: PartyLink::new(f, &m.party),
                position: f.t("dialogue-tally-no-position"),
                position_code: "none",
                comfort: None,
                time: String::new(),
            },
        })
        .collect()
}

#[derive(Template)]
#[template(path = "dialogue/document_tally.html")]
struct TallyFragment {
    f: Frame,
    tally: TallyView,
}

/// `GET /documents/{id}/tally`: the tally alone, for htmx to swap in every few seconds while a
/// decision is open (and once more after it closes, which stops the polling).
pub async fn tally(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    let (d, outcome, ()) = load(&platform, &frame, &id, |_, _| Ok(())).await?;
    let (Some(decision), Some(outcome)) = (d.decisions.last(), outcome) else {
        return Err(frame.error(
            StatusCode::NOT_FOUND,
            Some(frame.t("dialogue-decision-none")),
        ));
    };
    let page = TallyFragment {
        tally: tally_view(&frame, &d, decision, &outcome),
        f: frame.clone(),
    };
    let mut response = frame.render(&page)?;
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// `GET /documents/{id}/adopted.txt`: the adopted text exactly as its hash was taken (the title, a
/// blank line, then `n. text` lines, UTF-8), so anyone can check it offline with `sha256sum`.
pub async fn adopted_text(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    let (d, _, ()) = load(&platform, &frame, &id, |_, _| Ok(())).await?;
    let adopted = d
        .adoption
        .as_ref()
        .and_then(|a| Some((a, d.version(a.version)?)));
    let Some((adoption, version)) = adopted else {
        return Err(not_found(&frame));
    };
    let filename = adopted_file(&adoption.symbol);
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/plain; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        d.plain_text(&version),
    )
        .into_response())
}

/// The adopted text's file name: its symbol with `-` for `/` (`SCO-GSI-2026-1.txt`).
fn adopted_file(symbol: &str) -> String {
    format!("{}.txt", symbol.replace('/', "-"))
}

// --- the page ---

pub struct ParagraphView {
    pub number: usize,
    pub segs: Vec<Seg>,
}

pub struct DiffRow {
    /// `unchanged`, `changed`, `inserted` or `deleted`.
    pub kind: &'static str,
    pub label: String,
    pub old: Option<usize>,
    pub new: Option<usize>,
    pub pieces: Vec<Piece>,
}

pub struct AmendmentView {
    pub number: u32,
    pub by: PartyLink,
    pub op_code: &'static str,
    pub what: String,
    pub pieces: Vec<Piece>,
    pub reason: Option<String>,
    pub status: String,
    pub status_code: &'static str,
    pub date: String,
    pub produced: Option<String>,
    pub pending: bool,
}

pub struct OpenDecisionView {
    pub number: u32,
    pub rule: String,
    pub rule_help: String,
    pub version: u32,
    pub text_hash: String,
    pub opened: String,
    pub members: Vec<PartyLink>,
}

pub struct PositionForm {
    pub options: Vec<Opt>,
    pub comfort: bool,
    pub comforts: Vec<Opt>,
    pub current: Option<String>,
}

pub struct DecisionSummary {
    pub number: u32,
    pub rule: String,
    pub version: u32,
    pub opened: String,
    pub closed: String,
    pub adopted: bool,
    pub reason: String,
}

pub struct AdoptionView {
    pub symbol: String,
    /// The adopted text's file name (`SCO-GSI-2026-1.txt`), and how to check it with it.
    pub file: String,
    pub file_help: String,
    pub rule: String,
    pub version: u32,
    pub text_hash: String,
    pub date: String,
    pub positions: Vec<PositionRow>,
    pub minus_x: bool,
    pub in_: Vec<PartyLink>,
    pub out: Vec<PartyLink>,
}

pub struct CommittedParty {
    pub party: PartyLink,
    pub status: String,
    pub status_code: &'static str,
}

pub struct ReportView {
    pub party: PartyLink,
    pub status: String,
    pub status_code: &'static str,
    pub narrative: String,
    pub evidence: Vec<String>,
    pub time: String,
}

pub struct CommitmentBlock {
    pub number: u32,
    pub paragraph: u32,
    pub text: String,
    pub parties: Vec<CommittedParty>,
    pub due: Option<String>,
    pub overdue: bool,
    pub reports: Vec<ReportView>,
    pub may_report: bool,
}

#[derive(Template)]
#[template(path = "dialogue/document.html")]
struct DocumentPage {
    f: Frame,
    records: Vec<RecordRow>,
    id: String,
    title: String,
    status: String,
    status_code: &'static str,
    symbol: Option<String>,
    meeting_id: String,
    meeting_title: String,
    proposed_by: PartyLink,
    convener: PartyLink,
    priorities: Vec<PriorityLink>,
    series: String,
    done: Option<String>,
    // text and versions
    shown_version: u32,
    shown_date: String,
    current_version: u32,
    current_version_label: String,
    paragraph_help: String,
    open_help: String,
    text: Vec<ParagraphView>,
    versions: Vec<Opt>,
    diff_from: u32,
    diff_to: u32,
    diff: Vec<DiffRow>,
    diff_title: String,
    // amendments
    amendments: Vec<AmendmentView>,
    may_decide_amendments: bool,
    may_amend: bool,
    paragraph_count: usize,
    // decisions
    open_decision: Option<OpenDecisionView>,
    tally: Option<TallyView>,
    may_open: bool,
    open_blocked: Option<String>,
    rules: Vec<Opt>,
    /// Which of the rules that take parameters the meeting allows (their fields are shown).
    allows_silence: bool,
    allows_minus_one: bool,
    allows_security_council: bool,
    member_options: Vec<Opt>,
    position_form: Option<PositionForm>,
    may_close: bool,
    close_note: Option<String>,
    past_decisions: Vec<DecisionSummary>,
    adoption: Option<AdoptionView>,
    // commitments
    commitments: Vec<CommitmentBlock>,
    may_mark: bool,
    adopted_paragraphs: Vec<Opt>,
    joinable: Vec<Opt>,
    statuses: Vec<Opt>,
}

fn version_param(f: &Frame, name: &str) -> Option<u32> {
    param(f, name).parse().ok()
}

fn diff_rows(f: &Frame, d: &OutcomeDocument, from: u32, to: u32) -> Vec<DiffRow> {
    let (Some(old), Some(new)) = (d.version(from), d.version(to)) else {
        return Vec::new();
    };
    let Ok(diff) = gsi_app::dialogue::Dialogue::diff(d, from, to) else {
        return Vec::new();
    };
    let text = |v: &gsi_core::dialogue::documents::Version, n: usize| {
        v.paragraphs
            .get(n - 1)
            .map(|p| p.text.clone())
            .unwrap_or_default()
    };
    diff.changes
        .iter()
        .map(|c| match c {
            ParagraphChange::Unchanged { old: o, new: n } => DiffRow {
                kind: "unchanged",
                label: f.ta("dialogue-diff-unchanged", &[("number", (*n).into())]),
                old: Some(*o),
                new: Some(*n),
                pieces: vec![Piece {
                    op: "same",
                    text: text(&new, *n),
                }],
            },
            ParagraphChange::Changed {
                old: o,
                new: n,
                words,
            } => DiffRow {
                kind: "changed",
                label: f.ta("dialogue-diff-changed", &[("number", (*n).into())]),
                old: Some(*o),
                new: Some(*n),
                pieces: pieces(words),
            },
            ParagraphChange::Inserted { new: n } => DiffRow {
                kind: "inserted",
                label: f.ta("dialogue-diff-inserted", &[("number", (*n).into())]),
                old: None,
                new: Some(*n),
                pieces: vec![Piece {
                    op: "added",
                    text: text(&new, *n),
                }],
            },
            ParagraphChange::Deleted { old: o } => DiffRow {
                kind: "deleted",
                label: f.ta("dialogue-diff-deleted", &[("number", (*o).into())]),
                old: Some(*o),
                new: None,
                pieces: vec![Piece {
                    op: "removed",
                    text: text(&old, *o),
                }],
            },
        })
        .collect()
}

fn amendment_view(
    f: &Frame,
    d: &OutcomeDocument,
    a: &gsi_core::dialogue::documents::Amendment,
) -> AmendmentView {
    let against = d.version(a.against).unwrap_or_else(|| d.current());
    let number = |id: u32| against.number_of(id).unwrap_or(0);
    let original = |id: u32| {
        against
            .paragraphs
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.text.clone())
            .unwrap_or_default()
    };
    let (op_code, what, pieces_) = match &a.edit {
        Edit::Replace { paragraph, text } => (
            "replace",
            f.ta(
                "dialogue-amendment-op-replace-n",
                &[("number", number(*paragraph).into())],
            ),
            pieces(&diff_words(&original(*paragraph), text)),
        ),
        Edit::Insert { after, text } => (
            "insert",
            if *after == 0 {
                f.t("dialogue-amendment-op-insert-first")
            } else {
                f.ta(
                    "dialogue-amendment-op-insert-n",
                    &[("number", number(*after).into())],
                )
            },
            vec![Piece {
                op: "added",
                text: text.clone(),
            }],
        ),
        Edit::Delete { paragraph } => (
            "delete",
            f.ta(
                "dialogue-amendment-op-delete-n",
                &[("number", number(*paragraph).into())],
            ),
            vec![Piece {
                op: "removed",
                text: original(*paragraph),
            }],
        ),
    };
    let (status, status_code) = amendment_status_label(f, a.status);
    AmendmentView {
        number: a.number,
        by: PartyLink::new(f, &a.by),
        op_code,
        what: format!(
            "{what} ({})",
            f.ta(
                "dialogue-amendment-against",
                &[("version", a.against.into())]
            )
        ),
        pieces: pieces_,
        reason: a.reason.clone(),
        status,
        status_code,
        date: format_time(a.proposed_at),
        produced: a
            .produced
            .map(|v| f.ta("dialogue-amendment-produced", &[("version", v.into())])),
        pending: a.status == AmendmentStatus::Proposed,
    }
}

async fn render_document(platform: &Platform, frame: &Frame, id: &str) -> PageResult {
    let reader = frame.reader();
    let (d, outcome, (m, records)) = load(platform, frame, id, move |p, d| {
        Ok((
            p.dialogue().meeting(&d.meeting)?,
            p.records_about(&reader, &d.entity())?,
        ))
    })
    .await?;
    let f = frame.clone().at("meetings", d.title.clone());
    let me = f
        .user
        .as_ref()
        .filter(|u| u.may_author())
        .map(|u| u.actor.party.clone());
    // What the signed-in user may do here, asked of the same rules the commands check.
    let now = gsi_app::now();
    let may_amend = f.may(|p| documents::may_amend(p, &m, &d));
    let may_decide_amendments = f.may(|p| documents::may_decide_amendments(p, &d));
    let may_mark = f.may(|p| documents::may_mark_commitments(p, &d));
    let may_open = f.may(|p| documents::may_open_decision(p, &m, &d));
    let may_close = f.may(|p| documents::may_close_decision(p, &d, now));
    let current = d.current();

    // Text of the chosen version (the current one unless asked).
    let shown = version_param(&f, "v")
        .and_then(|n| d.version(n))
        .unwrap_or_else(|| current.clone());
    let text = shown
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| ParagraphView {
            number: i + 1,
            segs: segments(&p.text),
        })
        .collect();
    let versions: Vec<Opt> = d
        .versions
        .iter()
        .map(|v| Opt {
            value: v.number.to_string(),
            label: match v.amendment {
                None => f.ta(
                    "dialogue-version-draft",
                    &[
                        ("version", v.number.into()),
                        ("date", format_date(v.at).as_str().into()),
                    ],
                ),
                Some(a) => f.ta(
                    "dialogue-version-amended",
                    &[
                        ("version", v.number.into()),
                        ("amendment", a.into()),
                        ("date", format_date(v.at).as_str().into()),
                    ],
                ),
            },
            selected: false,
        })
        .collect();
    let diff_to = version_param(&f, "to")
        .filter(|n| d.version(*n).is_some())
        .unwrap_or(current.number);
    let diff_from = version_param(&f, "from")
        .filter(|n| d.version(*n).is_some())
        .unwrap_or(diff_to.saturating_sub(1).max(1));
    let diff = if diff_from == diff_to {
        Vec::new()
    } else {
        diff_rows(&f, &d, diff_from, diff_to)
    };

    let amendments: Vec<AmendmentView> = d
        .amendments
        .iter()
        .rev()
        .map(|a| amendment_view(&f, &d, a))
        .collect();
    let pending_amendment = d
        .amendments
        .iter()
        .find(|a| a.status == AmendmentStatus::Proposed)
        .map(|a| a.number);

    // Decisions.
    let open = d.open_decision();
    let open_decision = open.map(|x| OpenDecisionView {
        number: x.number,
        rule: rule_in_words(&f, &x.rule),
        rule_help: rule_help(&f, x.rule.kind()),
        version: x.version,
        text_hash: x.text_hash.clone(),
        opened: format_time(x.opened_at),
        members: x
            .members
            .iter()
            .map(|mm| PartyLink::new(&f, &mm.party))
            .collect(),
    });
    let tally = match (d.decisions.last(), &outcome) {
        (Some(x), Some(o)) => Some(tally_view(&f, &d, x, o)),
        _ => None,
    };
    let open_blocked = pending_amendment.filter(|_| may_open).map(|n| {
        f.ta(
            "dialogue-decision-blocked-by-amendment",
            &[("number", n.into())],
        )
    });
    let rules = m
        .allowed_rules
        .iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: rule_label(&f, *k),
            selected: *k == m.rule,
        })
        .collect();
    let member_options = m
        .approved(Attendance::Member)
        .map(|p| Opt {
            value: p.party.to_string(),
            label: f.party(p.party.as_str(), None),
            selected: false,
        })
        .collect();
    let position_form = match (open, &me) {
        (Some(x), Some(p)) if f.may(|p| documents::may_take_position(p, &d, now)) => {
            let current = x.positions.get(p);
            Some(PositionForm {
                options: x
                    .rule
                    .kind()
                    .positions()
                    .iter()
                    .map(|pos| Opt {
                        value: position_code(*pos).into(),
                        label: position_label(&f, *pos),
                        selected: current.is_some_and(|c| c.0 == *pos),
                    })
                    .collect(),
                comfort: x.rule.kind().is_consensus(),
                comforts: COMFORTS
                    .into_iter()
                    .map(|c| Opt {
                        value: comfort_code(c).into(),
                        label: comfort_label(&f, c),
                        selected: current.is_some_and(|x| x.1 == Some(c)),
                    })
                    .collect(),
                current: current.map(|c| match c.1 {
                    Some(comfort) => format!(
                        "{} ({})",
                        position_label(&f, c.0),
                        comfort_label(&f, comfort)
                    ),
                    None => position_label(&f, c.0),
                }),
            })
        }
        _ => None,
    };
    // Why the convener cannot close yet, when the only reason is a silence procedure running.
    let silence_running = gsi_core::dialogue::refusals::silence_still_running::TEMPLATE.id;
    let close_note = me
        .as_ref()
        .and_then(|p| documents::may_close_decision(p, &d, now).err())
        .filter(|e| e.refusal().id() == silence_running)
        .map(|_| f.t("dialogue-decision-close-pending"));
    let past_decisions = d
        .decisions
        .iter()
        .filter(|x| x.closed_at.is_some())
        .map(|x| DecisionSummary {
            number: x.number,
            rule: rule_in_words(&f, &x.rule),
            version: x.version,
            opened: format_time(x.opened_at),
            closed: x.closed_at.map(format_time).unwrap_or_default(),
            adopted: x.outcome.as_ref().is_some_and(|o| o.adopted),
            reason: x
                .outcome
                .as_ref()
                .map(|o| reason_in_words(&f, &o.reason))
                .unwrap_or_default(),
        })
        .collect();
    let adoption_decision = d
        .adoption
        .as_ref()
        .and_then(|a| d.decisions.get(a.decision as usize - 1));
    let adoption = match (&d.adoption, adoption_decision) {
        (Some(a), Some(x)) => {
            let o = x.outcome.as_ref();
            Some(AdoptionView {
                symbol: a.symbol.clone(),
                file: adopted_file(&a.symbol),
                file_help: f.ta(
                    "dialogue-adoption-text-file-help",
                    &[("file", adopted_file(&a.symbol).as_str().into())],
                ),
                rule: rule_in_words(&f, &x.rule),
                version: a.version,
                text_hash: a.text_hash.clone(),
                date: format_time(a.at),
                positions: position_rows(&f, x),
                minus_x: x.rule.kind() == RuleKind::ConsensusMinusX,
                in_: o
                    .map(|o| o.in_.iter().map(|p| PartyLink::new(&f, p)).collect())
                    .unwrap_or_default(),
                out: o
                    .map(|o| o.out.iter().map(|p| PartyLink::new(&f, p)).collect())
                    .unwrap_or_default(),
            })
        }
        _ => None,
    };

    // Commitments.
    let adopted_version = d.adoption.as_ref().and_then(|a| d.version(a.version));
    let today = today();
    let commitments = d
        .commitments
        .iter()
        .map(|c| {
            let (paragraph, text) = adopted_version
                .as_ref()
                .map(|v| {
                    (
                        v.number_of(c.paragraph).unwrap_or(0),
                        v.paragraphs
                            .iter()
                            .find(|p| p.id == c.paragraph)
                            .map(|p| p.text.clone())
                            .unwrap_or_default(),
                    )
                })
                .unwrap_or_default();
            let parties: Vec<CommittedParty> = c
                .parties
                .iter()
                .map(|p| {
                    let s = c.latest(p).map(|r| r.status);
                    CommittedParty {
                        party: PartyLink::new(&f, p),
                        status: implementation_label(&f, s),
                        status_code: implementation_code(s),
                    }
                })
                .collect();
            let all_done = c.parties.iter().all(|p| {
                c.latest(p)
                    .is_some_and(|r| r.status == Implementation::Completed)
            });
            CommitmentBlock {
                number: c.number,
                paragraph,
                text,
                parties,
                due: c.due.map(|d| d.to_string()),
                overdue: c.due.is_some_and(|due| due < today) && !all_done,
                reports: c
                    .reports
                    .iter()
                    .rev()
                    .map(|r| ReportView {
                        party: PartyLink::new(&f, &r.party),
                        status: implementation_label(&f, Some(r.status)),
                        status_code: implementation_code(Some(r.status)),
                        narrative: r.narrative.clone(),
                        evidence: r.evidence.clone(),
                        time: format_time(r.at),
                    })
                    .collect(),
                may_report: f.may(|p| documents::may_report(p, &d, c.number)),
            }
        })
        .collect();
    let adopted_paragraphs = adopted_version
        .as_ref()
        .map(|v| {
            v.paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let excerpt: String = p.text.chars().take(90).collect();
                    let more = if p.text.chars().count() > 90 {
                        "…"
                    } else {
                        ""
                    };
                    Opt {
                        value: (i + 1).to_string(),
                        label: format!("{}. {excerpt}{more}", i + 1),
                        selected: false,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let joinable = adoption_decision
        .map(|x| {
            x.members
                .iter()
                .filter(|mm| x.joined(&mm.party))
                .map(|mm| Opt {
                    value: mm.party.to_string(),
                    label: f.party(mm.party.as_str(), None),
                    selected: false,
                })
                .collect()
        })
        .unwrap_or_default();
    let statuses = Implementation::ALL
        .into_iter()
        .map(|s| Opt {
            value: s.as_str().into(),
            label: implementation_label(&f, Some(s)),
            selected: false,
        })
        .collect();
    let done = param(&f, "done");
    let done = [
        "drafted",
        "amended",
        "accepted",
        "rejected",
        "opened",
        "position",
        "closed",
        "commitment",
        "reported",
    ]
    .contains(&done)
    .then(|| f.t(&format!("dialogue-document-done-{done}")));
    let page = DocumentPage {
        records: record_rows(&f, &records),
        id: d.id.to_string(),
        title: d.title.clone(),
        status: document_status_label(&f, d.status),
        status_code: d.status.as_str(),
        symbol: d.adoption.as_ref().map(|a| a.symbol.clone()),
        meeting_id: m.id.to_string(),
        meeting_title: m.title.clone(),
        proposed_by: PartyLink::new(&f, &d.proposed_by),
        convener: PartyLink::new(&f, &d.convener),
        priorities: d.priorities.iter().map(|p| priority_link(&f, *p)).collect(),
        series: d.series.clone(),
        done,
        shown_version: shown.number,
        shown_date: format_time(shown.at),
        current_version: current.number,
        current_version_label: f.ta(
            "dialogue-document-current-version",
            &[
                ("version", current.number.into()),
                ("date", format_date(current.at).as_str().into()),
            ],
        ),
        paragraph_help: f.ta(
            "dialogue-amendment-field-paragraph-help",
            &[("count", current.paragraphs.len().into())],
        ),
        open_help: f.ta(
            "dialogue-decision-open-help",
            &[("version", current.number.into())],
        ),
        text,
        versions,
        diff_from,
        diff_to,
        diff_title: f.ta(
            "dialogue-diff-title",
            &[("from", diff_from.into()), ("to", diff_to.into())],
        ),
        diff,
        amendments,
        may_decide_amendments,
        may_amend,
        paragraph_count: current.paragraphs.len(),
        open_decision,
        tally,
        may_open: may_open && pending_amendment.is_none(),
        open_blocked,
        rules,
        allows_silence: m.allowed_rules.contains(&RuleKind::Silence),
        allows_minus_one: m.allowed_rules.contains(&RuleKind::ConsensusMinusOne),
        allows_security_council: m.allowed_rules.contains(&RuleKind::SecurityCouncil),
        member_options,
        position_form,
        may_close,
        close_note,
        past_decisions,
        adoption,
        commitments,
        may_mark,
        adopted_paragraphs,
        joinable,
        statuses,
        f,
    };
    frame.render(&page)
}

pub async fn show(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    render_document(&platform, &frame, &id).await
}

// --- actions ---

type Action = Box<
    dyn FnOnce(&Platform) -> Result<(OutcomeDocument, gsi_app::read::Receipt), gsi_app::AppError>
        + Send,
>;

fn number(frame: &Frame, form: &Form, field: &str, error: &str) -> Result<u32, PageError> {
    form.text(field)
        .parse()
        .map_err(|_| unprocessable(frame, error))
}

/// The rule a decision opens under, with its parameters from the form. The form shows every
/// parameter field the meeting's rules may need, so only the chosen rule's fields are read.
fn rule_from(frame: &Frame, form: &Form) -> Result<Rule, PageError> {
    let kind = RuleKind::parse(&form.text("rule"))
        .map_err(|_| unprocessable(frame, "common-error-422-detail"))?;
    let mut parameters = RuleParameters::default();
    match kind {
        RuleKind::ConsensusMinusOne => {
            parameters.party_concerned = Some(
                PartyId::parse(&form.text("party_concerned"))
                    .map_err(|_| unprocessable(frame, "dialogue-decision-error-party-concerned"))?,
            )
        }
        RuleKind::Silence => {
            let deadline = parse_datetime(&form.text("deadline"))
                .ok_or_else(|| unprocessable(frame, "dialogue-decision-error-deadline"))?;
            parameters.deadline = Some(deadline);
        }
        RuleKind::SecurityCouncil => {
            parameters.chapter_vi_parties = Some(
                form.all("chapter_vi")
                    .iter()
                    .map(|s| PartyId::parse(s))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|_| unprocessable(frame, "common-error-422-detail"))?,
            )
        }
        _ => {}
    }
    Rule::from_kind(kind, parameters).map_err(|e| frame.refused(e))
}

/// `POST /documents/{id}/{action}`: amend, accept, reject, open, position, close, commitment,
/// report.
pub async fn act(
    State(platform): State<Platform>,
    frame: Frame,
    Path((id, action)): Path<(String, String)>,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let did = DocumentId::parse(&id).map_err(|_| not_found(&frame))?;
    let actor = user.actor.clone();
    let now = gsi_app::now();
    let (done, anchor, call): (&str, &str, Action) = match action.as_str() {
        "amend" => {
            let text = form.get("text").unwrap_or("").trim().to_owned();
            let paragraph = number(
                &frame,
                &form,
                "paragraph",
                "dialogue-document-error-paragraph-number",
            )?;
            let edit = match form.text("op").as_str() {
                "replace" => EditByNumber::Replace { paragraph, text },
                "insert" => EditByNumber::Insert {
                    after: paragraph,
                    text,
                },
                "delete" => EditByNumber::Delete { paragraph },
                _ => return Err(unprocessable(&frame, "common-error-422-detail")),
            };
            let reason = Some(form.text("reason")).filter(|r| !r.is_empty());
            (
                "amended",
                "amendments",
                Box::new(move |p| {
                    p.dialogue()
                        .amend(&actor, &did, edit, reason.as_deref(), now)
                }),
            )
        }
        "accept" | "reject" => {
            let n = number(&frame, &form, "amendment", "common-error-422-detail")?;
            let accept = action == "accept";
            (
                if accept { "accepted" } else { "rejected" },
                "amendments",
                Box::new(move |p| p.dialogue().decide_amendment(&actor, &did, n, accept, now)),
            )
        }
        "open" => {
            let rule = rule_from(&frame, &form)?;
            (
                "opened",
                "decision",
                Box::new(move |p| p.dialogue().open_decision(&actor, &did, rule, now)),
            )
        }
        "position" => {
            let position = parse_position(&form.text("position"))
                .ok_or_else(|| unprocessable(&frame, "dialogue-decision-error-position"))?;
            // A comfort level goes with support or standing aside only; the form offers it
            // beside every position, so it is dropped with the others.
            let comfort = parse_comfort(&form.text("comfort"))
                .filter(|_| matches!(position, Position::Support | Position::StandAside));
            (
                "position",
                "decision",
                Box::new(move |p| {
                    p.dialogue()
                        .record_position(&actor, &did, position, comfort, now)
                }),
            )
        }
        "close" => (
            "closed",
            "decision",
            Box::new(move |p| p.dialogue().close_decision(&actor, &did, now)),
        ),
        "commitment" => {
            let paragraph = number(
                &frame,
                &form,
                "paragraph",
                "dialogue-document-error-paragraph-number",
            )?;
            let parties = form
                .all("parties")
                .iter()
                .map(|s| PartyId::parse(s))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| unprocessable(&frame, "common-error-422-detail"))?;
            let due = match form.text("due").as_str() {
                "" => None,
                s => Some(
                    s.parse::<chrono::NaiveDate>()
                        .map_err(|_| unprocessable(&frame, "dialogue-commitment-error-due"))?,
                ),
            };
            (
                "commitment",
                "commitments",
                Box::new(move |p| {
                    p.dialogue()
                        .mark_commitment(&actor, &did, paragraph, parties, due, now)
                }),
            )
        }
        "report" => {
            let n = number(&frame, &form, "commitment", "common-error-422-detail")?;
            let status = Implementation::parse(&form.text("status"))
                .map_err(|_| unprocessable(&frame, "common-error-422-detail"))?;
            let narrative = form.get("narrative").unwrap_or("").trim().to_owned();
            let evidence = lines(form.get("evidence").unwrap_or(""));
            (
                "reported",
                "commitments",
                Box::new(move |p| {
                    p.dialogue()
                        .report_implementation(&actor, &did, n, status, &narrative, evidence, now)
                }),
            )
        }
        _ => return Err(frame.error(StatusCode::NOT_FOUND, None)),
    };
    match crate::api::blocking(&platform, call).await {
        Ok(_) => Ok(see_other(&format!("/documents/{id}?done={done}#{anchor}"))),
        Err(p) => Err(frame.problem(p)),
    }
}
