//! What the dialogue pages (meetings, outcome documents, commitments) share: labels of the
//! dialogue vocabularies in the page's language, priorities as links, UN symbols picked out of
//! prose, and the small parsing helpers of their forms.

use chrono::NaiveDate;
use gsi_core::decisions::{Comfort, Position, Reason, Rule, RuleKind};
use gsi_core::dialogue::documents::{AmendmentStatus, DocumentStatus, Implementation};
use gsi_core::dialogue::meetings::{Attendance, Meeting, MeetingKind, Registration};
use gsi_core::framework::PriorityRef;
use gsi_core::text::{Change, find_un_symbols};
use gsi_core::{PartyId, Timestamp};
use gsi_i18n::Lang;

use crate::pages::home::title_in;
use crate::pages::{Frame, PartyLink, format_time};

/// A vocabulary token as a message id suffix: `expert_meeting` → `expert-meeting`.
fn token(s: &str) -> String {
    s.replace('_', "-")
}

pub fn kind_label(f: &Frame, k: MeetingKind) -> String {
    f.t(&format!("dialogue-meeting-kind-{}", token(k.as_str())))
}

pub fn attendance_label(f: &Frame, a: Attendance) -> String {
    f.t(&format!("dialogue-meeting-capacity-{}", a.as_str()))
}

pub fn registration_label(f: &Frame, r: Registration) -> String {
    f.t(&format!("dialogue-meeting-registration-{}", r.as_str()))
}

pub fn document_status_label(f: &Frame, s: DocumentStatus) -> String {
    f.t(&format!("dialogue-document-status-{}", token(s.as_str())))
}

pub fn rule_label(f: &Frame, k: RuleKind) -> String {
    f.t(&format!("dialogue-rule-{}", token(k.as_str())))
}

/// The rule in one sentence: how it decides.
pub fn rule_help(f: &Frame, k: RuleKind) -> String {
    f.t(&format!("dialogue-rule-{}-help", token(k.as_str())))
}

pub fn position_code(p: Position) -> &'static str {
    match p {
        Position::Support => "support",
        Position::StandAside => "stand-aside",
        Position::Object => "object",
        Position::OptOut => "opt-out",
        Position::Yes => "yes",
        Position::No => "no",
        Position::Abstain => "abstain",
    }
}

pub fn position_label(f: &Frame, p: Position) -> String {
    f.t(&format!("dialogue-position-{}", position_code(p)))
}

pub const COMFORTS: [Comfort; 3] = Comfort::ALL;

pub fn comfort_code(c: Comfort) -> &'static str {
    match c {
        Comfort::Support => "support",
        Comfort::CanLiveWithIt => "can-live-with-it",
        Comfort::Reservations => "reservations",
    }
}

pub fn comfort_label(f: &Frame, c: Comfort) -> String {
    f.t(&format!("dialogue-comfort-{}", comfort_code(c)))
}

pub fn parse_comfort(s: &str) -> Option<Comfort> {
    Comfort::parse(s).ok()
}

pub fn parse_position(s: &str) -> Option<Position> {
    Position::parse(s).ok()
}

pub fn implementation_label(f: &Frame, s: Option<Implementation>) -> String {
    match s {
        Some(s) => f.t(&format!("dialogue-commitment-status-{}", token(s.as_str()))),
        None => f.t("dialogue-commitment-status-no-report"),
    }
}

pub fn implementation_code(s: Option<Implementation>) -> &'static str {
    match s {
        Some(Implementation::NotStarted) => "not-started",
        Some(Implementation::InProgress) => "in-progress",
        Some(Implementation::Completed) => "completed",
        Some(Implementation::Delayed) => "delayed",
        None => "no-report",
    }
}

pub fn amendment_status_label(f: &Frame, s: AmendmentStatus) -> (String, &'static str) {
    let code = match s {
        AmendmentStatus::Proposed => "proposed",
        AmendmentStatus::Accepted => "accepted",
        AmendmentStatus::Rejected => "rejected",
    };
    (f.t(&format!("dialogue-amendment-status-{code}")), code)
}

/// A rule with its parameters, in words: "Consensus minus one (party concerned: Armenia)".
pub fn rule_in_words(f: &Frame, rule: &Rule) -> String {
    let name = rule_label(f, rule.kind());
    match rule {
        Rule::ConsensusMinusOne { party_concerned } => format!(
            "{name} — {}",
            f.ta(
                "dialogue-decision-party-concerned-is",
                &[(
                    "party",
                    f.party(party_concerned.as_str(), None).as_str().into()
                )]
            )
        ),
        Rule::Silence { deadline } => format!(
            "{name} — {}",
            f.ta(
                "dialogue-decision-deadline-is",
                &[("date", format_time(*deadline).as_str().into())]
            )
        ),
        Rule::SecurityCouncil { chapter_vi_parties } if !chapter_vi_parties.is_empty() => {
            format!(
                "{name} — {}",
                f.ta(
                    "dialogue-decision-chapter-vi-are",
                    &[("parties", party_list(f, chapter_vi_parties).as_str().into())]
                )
            )
        }
        _ => name,
    }
}

/// Names of parties as a list in the page's language (Chinese and Arabic have their own commas).
pub fn party_list(f: &Frame, parties: &[PartyId]) -> String {
    parties
        .iter()
        .map(|p| f.party(p.as_str(), None))
        .collect::<Vec<_>>()
        .join(f.comma())
}

/// Why a decision went the way it did, in the page's language (the core's `Display` is English).
pub fn reason_in_words(f: &Frame, reason: &Reason) -> String {
    let id = format!("dialogue-reason-{}", token(reason.code()));
    let votes = |yes: &u32, no: &u32, abstain: &u32| {
        [
            ("yes", (*yes).into()),
            ("no", (*no).into()),
            ("abstain", (*abstain).into()),
        ]
    };
    match reason {
        Reason::NoQuorum {
            present,
            members,
            required,
        } => f.ta(
            &id,
            &[
                ("present", (*present).into()),
                ("members", (*members).into()),
                ("required", (*required).into()),
            ],
        ),
        Reason::Objection { parties }
        | Reason::SilenceBroken { parties }
        | Reason::CouncilVeto { parties } => f.ta(
            &id,
            &[
                ("parties", party_list(f, parties).as_str().into()),
                ("count", parties.len().into()),
            ],
        ),
        Reason::OnlyPartyConcernedPresent { party }
        | Reason::AdoptedOverPartyConcerned { party } => f.ta(
            &id,
            &[("party", f.party(party.as_str(), None).as_str().into())],
        ),
        Reason::AdoptedWithOptOuts { in_count, out } => f.ta(
            &id,
            &[
                ("in", (*in_count).into()),
                ("out", out.len().into()),
                ("parties", party_list(f, out).as_str().into()),
            ],
        ),
        Reason::SilenceRunning { deadline } | Reason::SilenceKept { deadline } => {
            f.ta(&id, &[("date", format_time(*deadline).as_str().into())])
        }
        Reason::MajorityInFavour { yes, no, abstain }
        | Reason::MajorityTied { yes, no, abstain }
        | Reason::MajorityAgainst { yes, no, abstain }
        | Reason::TwoThirdsInFavour { yes, no, abstain }
        | Reason::TwoThirdsShort { yes, no, abstain }
        | Reason::CouncilAdopted { yes, no, abstain } => f.ta(&id, &votes(yes, no, abstain)),
        Reason::CouncilTooFewVotes {
            yes,
            no,
            abstain,
            required,
        } => {
            let [y, n, a] = votes(yes, no, abstain);
            f.ta(&id, &[y, n, a, ("required", (*required).into())])
        }
        Reason::NobodyPresent | Reason::EveryoneOptedOut | Reason::AdoptedWithoutObjection => {
            f.t(&id)
        }
    }
}

/// A priority of the Concept Paper, as pages link to it (`/catalogue/III.11`).
pub struct PriorityLink {
    pub id: String,
    pub title: String,
}

pub fn priority_link(f: &Frame, p: PriorityRef) -> PriorityLink {
    let entry = gsi_core::catalogue::catalogue().priority(p);
    PriorityLink {
        id: p.to_string(),
        title: title_in(f.lang, &entry.title, &entry.title_zh),
    }
}

/// A piece of prose: plain text, or a UN document symbol to set apart.
pub struct Seg {
    pub text: String,
    pub symbol: bool,
}

/// Splits prose into plain pieces and the UN document symbols in it (`S/RES/2231 (2015)`).
pub fn segments(text: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut at = 0;
    for found in find_un_symbols(text) {
        if found.start > at {
            out.push(Seg {
                text: text[at..found.start].to_owned(),
                symbol: false,
            });
        }
        out.push(Seg {
            text: text[found.start..found.end].to_owned(),
            symbol: true,
        });
        at = found.end;
    }
    if at < text.len() {
        out.push(Seg {
            text: text[at..].to_owned(),
            symbol: false,
        });
    }
    out
}

/// A piece of a word diff: `same`, `added` or `removed`.
pub struct Piece {
    pub op: &'static str,
    pub text: String,
}

pub fn pieces(changes: &[Change]) -> Vec<Piece> {
    changes
        .iter()
        .map(|c| match c {
            Change::Same(t) => Piece {
                op: "same",
                text: t.clone(),
            },
            Change::Added(t) => Piece {
                op: "added",
                text: t.clone(),
            },
            Change::Removed(t) => Piece {
                op: "removed",
                text: t.clone(),
            },
        })
        .collect()
}

/// A working language by its own name when it is one of the six, else its code.
pub fn language_name(code: &str) -> String {
    Lang::from_code(code)
        .map(|l| l.native_name().to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// The meeting's dates: one day, or the first and last.
pub fn dates(m: &Meeting) -> String {
    if m.opens == m.closes {
        m.opens.to_string()
    } else {
        format!("{} – {}", m.opens, m.closes)
    }
}

/// Where a meeting stands today: `cancelled`, `upcoming`, `in-session` or `concluded`.
pub fn meeting_phase(m: &Meeting, today: NaiveDate) -> &'static str {
    if m.cancelled.is_some() {
        "cancelled"
    } else if today < m.opens {
        "upcoming"
    } else if today <= m.closes {
        "in-session"
    } else {
        "concluded"
    }
}

pub fn phase_label(f: &Frame, phase: &str) -> String {
    f.t(&format!("dialogue-meeting-phase-{phase}"))
}

/// What separates the items of a list typed in a form: commas and semicolons (also the Arabic
/// and the ideographic ones, as Arabic and Chinese keyboards type them), spaces and line breaks.
const LIST_SEPARATORS: [char; 9] = [
    ',', ';', '\u{060C}', '\u{061B}', '\u{3001}', '\u{FF0C}', '\n', ' ', '\t',
];

/// Party ids from a list (see [`LIST_SEPARATORS`]), each parsed.
pub fn party_ids(text: &str) -> Result<Vec<PartyId>, String> {
    text.split(LIST_SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| PartyId::parse(s).map_err(|_| s.to_owned()))
        .collect()
}

/// Lines of a textarea, trimmed, blank ones left out.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Priorities written as `III.11, III.20` (see [`LIST_SEPARATORS`]); the first one that does
/// not parse is the error.
pub fn parse_priorities(text: &str) -> Result<Vec<PriorityRef>, String> {
    text.split(LIST_SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| PriorityRef::parse(s).map_err(|_| s.to_owned()))
        .collect()
}

/// A UTC date and time from `<input type="datetime-local">` (`2026-12-01T12:00`, seconds
/// optional).
pub fn parse_datetime(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|fmt| chrono::NaiveDateTime::parse_from_str(s, fmt).ok())
        .map(|t| Timestamp::from_millis(t.and_utc().timestamp_millis()))
}

/// A query parameter of the page, trimmed ("" when absent).
pub fn param<'a>(f: &'a Frame, name: &str) -> &'a str {
    f.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

/// One signed record about a meeting or document, linking to its inclusion proof.
pub struct RecordRow {
    pub index: u64,
    pub label: String,
    pub kind: String,
    pub author: PartyLink,
    pub time: String,
    pub datetime: String,
}

/// The records about an entity, oldest first, as the "Signed records" list shows them.
pub fn record_rows(f: &Frame, records: &[gsi_app::read::LogRecord]) -> Vec<RecordRow> {
    records
        .iter()
        .map(|r| RecordRow {
            index: r.index,
            label: f.ta("common-record-number", &[("index", r.index.into())]),
            kind: r.kind().unwrap_or_default().to_owned(),
            author: match r.author.as_deref().map(PartyId::parse) {
                Some(Ok(id)) => PartyLink::new(f, &id),
                _ => {
                    let author = r.author.clone().unwrap_or_default();
                    PartyLink {
                        id: author.clone(),
                        name: author,
                    }
                }
            },
            time: f.time(&r.time),
            datetime: r.time.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_set_apart_and_the_text_is_kept() {
        let s = segments("Recalling S/RES/2231 (2015) and A/77/1.");
        let joined: String = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(joined, "Recalling S/RES/2231 (2015) and A/77/1.");
        let symbols: Vec<&str> = s
            .iter()
            .filter(|x| x.symbol)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(symbols, ["S/RES/2231 (2015)", "A/77/1"]);
    }

    #[test]
    fn lists_are_split_by_latin_arabic_and_chinese_separators() {
        let ids = party_ids("KAZ،CHN؛ PAK，RUS、BRA\nIND").unwrap();
        let ids: Vec<&str> = ids.iter().map(|p| p.as_str()).collect();
        assert_eq!(ids, ["KAZ", "CHN", "PAK", "RUS", "BRA", "IND"]);
        let priorities = parse_priorities("III.11، III.20").unwrap();
        assert_eq!(priorities.len(), 2);
        assert_eq!(party_ids("KAZ، K@Z").unwrap_err(), "K@Z");
    }

    #[test]
    fn every_outcome_reason_is_said_in_every_language_with_its_values() {
        for lang in Lang::ALL {
            let f = Frame {
                lang,
                user: None,
                path: "/".to_owned(),
                query: Vec::new(),
                section: "",
                title: String::new(),
            };
            for reason in Reason::examples() {
                let id = format!("dialogue-reason-{}", token(reason.code()));
                assert!(
                    gsi_i18n::localizer().has_message(lang, &id),
                    "{id} in {lang:?}"
                );
                let said = reason_in_words(&f, &reason);
                assert!(!said.contains('{'), "{id} in {lang:?}: {said}");
                if let Reason::NoQuorum { .. } = reason {
                    assert!(said.contains('3') && said.contains('2'), "{said}");
                }
                if let Reason::Objection { .. } = reason {
                    assert!(said.contains(&f.party("CHN", None)), "{said}");
                }
                // Where no party name or time is in it, the English page says what the core says.
                let names_or_times = matches!(
                    reason,
                    Reason::Objection { .. }
                        | Reason::OnlyPartyConcernedPresent { .. }
                        | Reason::AdoptedWithOptOuts { .. }
                        | Reason::AdoptedOverPartyConcerned { .. }
                        | Reason::SilenceBroken { .. }
                        | Reason::SilenceRunning { .. }
                        | Reason::SilenceKept { .. }
                        | Reason::CouncilVeto { .. }
                );
                if lang == Lang::En && !names_or_times {
                    let plain = said.replace(['\u{2068}', '\u{2069}'], "");
                    assert_eq!(plain, reason.to_string());
                }
            }
        }
    }

    #[test]
    fn priorities_and_times_parse() {
        assert_eq!(
            parse_priorities("III.11, III.20").unwrap().len(),
            2,
            "comma separated"
        );
        assert_eq!(parse_priorities("III.99").unwrap_err(), "III.99");
        assert!(parse_datetime("2030-01-02T03:04").is_some());
    }
}
