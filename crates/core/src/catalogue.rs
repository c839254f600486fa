//! The GSI framework catalogue: the six principles (Concept Paper section II), the twenty
//! priorities of cooperation (III.1–III.20) and the five kinds of platform (IV.1–IV.5), as data.
//!
//! Each entry carries a short title (English and Chinese), a summary in our own words (never the
//! paper's sentences), and the links the rest of the platform needs: the security domains a
//! priority touches, the instruments it names, the registry slugs of the organisations, funds,
//! forums and treaties it names, and the platform [`Module`]s that serve it.
//!
//! The data lives in `crates/core/data/catalogue.json` and is compiled into the crate with
//! `include_str!`; [`catalogue()`] parses and [validates](Catalogue::validate) it once. The crate
//! stays pure: nothing is read at run time.
//!
//! Versions: the file's `version` is `YYYY-MM-DD.N`, the date of the change and a counter for
//! that day. Every change to the JSON bumps it, so a record or a page can say which reading of the
//! framework it used. The tests below reject a file that breaks any rule (unknown fields, entries
//! out of order, unknown slugs or modules, empty or over-long texts, summaries that copy the
//! paper); `docs/catalogue.md` describes the format and how to propose a change.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::framework::{PRIORITY_COUNT, PriorityRef, SecurityDomain, UnSymbol};

/// The embedded catalogue file, exactly as committed.
pub const CATALOGUE_JSON: &str = include_str!("../data/catalogue.json");

/// The registry slugs an entry may link to: the organisations, organs, mechanisms, forums, funds
/// and treaty regimes of the registry crate (`crates/registry/data/mechanisms.csv`).
pub const MECHANISM_SLUGS: [&str; 30] = [
    "un",
    "unga",
    "unsc",
    "unsc-1540",
    "au",
    "asean",
    "las",
    "celac",
    "pif",
    "sco",
    "brics",
    "cica",
    "china-central-asia",
    "lmc",
    "afghanistan-neighbours",
    "china-horn-of-africa",
    "capsf",
    "mess-forum",
    "xiangshan-forum",
    "gpscf-lianyungang",
    "un-peace-security-subfund",
    "lmc-special-fund",
    "npt",
    "cwc",
    "bwc",
    "tlatelolco",
    "rarotonga",
    "bangkok-treaty",
    "pelindaba",
    "canwfz",
];

/// Number of principles in section II.
pub const PRINCIPLE_COUNT: usize = 6;
/// Number of platform kinds in section IV.
pub const PLATFORM_COUNT: usize = 5;

const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=80;
const TITLE_ZH_CHARS: std::ops::RangeInclusive<usize> = 2..=30;
const SUMMARY_CHARS: std::ops::RangeInclusive<usize> = 80..=700;
const SUMMARY_SENTENCES: std::ops::RangeInclusive<usize> = 2..=4;
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=200;
const INSTRUMENT_YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// A module of the platform that serves a priority or a platform kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Module {
    /// The register of legitimate security concerns (II.4).
    #[serde(rename = "concerns")]
    Concerns,
    /// Dialogue and consultation between parties.
    #[serde(rename = "dialogue")]
    Dialogue,
    /// Political settlement of hotspot issues.
    #[serde(rename = "hotspots")]
    Hotspots,
    /// Cooperation projects.
    #[serde(rename = "cooperation")]
    Cooperation,
    /// Training opportunities (IV.5).
    #[serde(rename = "training")]
    Training,
    #[serde(rename = "exchange.maritime")]
    ExchangeMaritime,
    #[serde(rename = "exchange.cyber")]
    ExchangeCyber,
    #[serde(rename = "exchange.counter_terrorism")]
    ExchangeCounterTerrorism,
    #[serde(rename = "exchange.crime")]
    ExchangeCrime,
    #[serde(rename = "exchange.health")]
    ExchangeHealth,
}

impl Module {
    /// Every module, in a fixed order.
    pub const ALL: [Module; 10] = [
        Module::Concerns,
        Module::Dialogue,
        Module::Hotspots,
        Module::Cooperation,
        Module::Training,
        Module::ExchangeMaritime,
        Module::ExchangeCyber,
        Module::ExchangeCounterTerrorism,
        Module::ExchangeCrime,
        Module::ExchangeHealth,
    ];

    /// The module's name as written in the catalogue (`exchange.maritime`).
    pub fn as_str(self) -> &'static str {
        match self {
            Module::Concerns => "concerns",
            Module::Dialogue => "dialogue",
            Module::Hotspots => "hotspots",
            Module::Cooperation => "cooperation",
            Module::Training => "training",
            Module::ExchangeMaritime => "exchange.maritime",
            Module::ExchangeCyber => "exchange.cyber",
            Module::ExchangeCounterTerrorism => "exchange.counter_terrorism",
            Module::ExchangeCrime => "exchange.crime",
            Module::ExchangeHealth => "exchange.health",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s.trim())
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The whole catalogue: one version of the framework as data.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// `YYYY-MM-DD.N`; bumped on every change to the data.
    pub version: String,
    /// The document the catalogue reads (the Concept Paper, with publisher and date).
    pub source: String,
    pub principles: Vec<Principle>,
    pub priorities: Vec<Priority>,
    pub platforms: Vec<PlatformKind>,
}

/// One of the six core concepts and principles (II.1–II.6).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// `II.1` … `II.6`.
    pub id: String,
    pub title: String,
    pub title_zh: String,
    /// Two to four sentences in our own words.
    pub summary: String,
    /// The place the closing paragraph of section II gives it among the six, paraphrased.
    pub role: String,
    /// The same role in the wording of the Chinese text (理念指引, 基本前提, …).
    pub role_zh: String,
}

/// One of the twenty priorities of cooperation (III.1–III.20).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub id: PriorityRef,
    pub title: String,
    pub title_zh: String,
    /// Two to four sentences in our own words.
    pub summary: String,
    /// The security domains the priority touches (at least one).
    pub domains: Vec<SecurityDomain>,
    /// Documents, treaties, initiatives and strategies the priority names.
    pub instruments: Vec<Instrument>,
    /// Registry slugs ([`MECHANISM_SLUGS`]) of what the priority names.
    pub mechanisms: Vec<String>,
    /// Named bodies that have no registry slug (for example the WHO), as plain names.
    pub bodies: Vec<String>,
    /// Platform modules that serve the priority.
    pub modules: Vec<Module>,
}

/// A document named by a priority.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub name: String,
    /// Year adopted, issued or opened for signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub un_symbol: Option<UnSymbol>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One of the five kinds of platform and mechanism of cooperation (IV.1–IV.5).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformKind {
    /// `IV.1` … `IV.5`.
    pub id: String,
    pub title: String,
    pub title_zh: String,
    /// Two to four sentences in our own words.
    pub summary: String,
    /// Registry slugs ([`MECHANISM_SLUGS`]) of what the platform kind names.
    pub mechanisms: Vec<String>,
    /// Named bodies or proposed platforms that have no registry slug, as plain names.
    pub bodies: Vec<String>,
    /// Platform modules through which this kind of platform is run.
    pub modules: Vec<Module>,
    /// A quantified undertaking the paper attaches to the platform kind, if any.
    pub commitment: Option<Commitment>,
}

/// A quantified undertaking (IV.5: training opportunities).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub summary: String,
    pub quantity: u32,
    pub unit: String,
    pub period_years: u8,
    pub beneficiaries: String,
    /// When the undertaking was made public.
    pub announced: NaiveDate,
}

/// Why a catalogue file was refused.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("the catalogue does not parse: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("the catalogue breaks {} rule(s): {}", .0.len(), .0.join("; "))]
    Invalid(Vec<String>),
}

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

/// The embedded catalogue, parsed and validated on first use.
///
/// Panics only if `crates/core/data/catalogue.json` is invalid, which the tests rule out.
pub fn catalogue() -> &'static Catalogue {
    CATALOGUE.get_or_init(|| {
        Catalogue::from_json(CATALOGUE_JSON).unwrap_or_else(|e| {
            panic!(
                "the embedded framework catalogue (crates/core/data/catalogue.json) is invalid: {e}"
            )
        })
    })
}

impl Catalogue {
    /// Parses a catalogue file and checks every rule of [`Catalogue::validate`].
    pub fn from_json(json: &str) -> Result<Self, CatalogueError> {
        let catalogue: Catalogue = serde_json::from_str(json)?;
        catalogue.validate()?;
        Ok(catalogue)
    }

    /// Checks the rules serde cannot: version format, ids complete and in order, texts present
    /// and of sane length, links to known slugs, no duplicates. Reports every broken rule.
    pub fn validate(&self) -> Result<(), CatalogueError> {
        let mut problems = Vec::new();
        check_version(&self.version, &mut problems);
        if self.source.trim().is_empty() {
            problems.push("source is empty".to_owned());
        }

        let ids: Vec<&str> = self.principles.iter().map(|p| p.id.as_str()).collect();
        check_sequence("principles", "II", PRINCIPLE_COUNT, &ids, &mut problems);
        let ids: Vec<String> = self.priorities.iter().map(|p| p.id.to_string()).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        check_sequence(
            "priorities",
            "III",
            usize::from(PRIORITY_COUNT),
            &ids,
            &mut problems,
        );
        let ids: Vec<&str> = self.platforms.iter().map(|p| p.id.as_str()).collect();
        check_sequence("platforms", "IV", PLATFORM_COUNT, &ids, &mut problems);

        for p in &self.principles {
            check_texts(&p.id, &p.title, &p.title_zh, &p.summary, &mut problems);
            check_len(&p.id, "role", &p.role, TITLE_CHARS, &mut problems);
            check_len(&p.id, "role_zh", &p.role_zh, TITLE_ZH_CHARS, &mut problems);
        }
        for p in &self.priorities {
            let id = p.id.to_string();
            check_texts(&id, &p.title, &p.title_zh, &p.summary, &mut problems);
            if p.domains.is_empty() {
                problems.push(format!("{id}: no security domain"));
            }
            if has_duplicates(p.domains.iter().map(|d| *d as u8)) {
                problems.push(format!("{id}: a security domain is listed twice"));
            }
            let names: Vec<&str> = p.instruments.iter().map(|i| i.name.as_str()).collect();
            check_names(&id, "instruments", &names, &mut problems);
            for i in &p.instruments {
                if i.year.is_some_and(|y| !INSTRUMENT_YEARS.contains(&y)) {
                    problems.push(format!("{id}: instrument \"{}\" has an odd year", i.name));
                }
                if i.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
                    problems.push(format!("{id}: instrument \"{}\" has an empty note", i.name));
                }
            }
            check_links(&id, &p.mechanisms, &p.bodies, &p.modules, &mut problems);
        }
        for p in &self.platforms {
            check_texts(&p.id, &p.title, &p.title_zh, &p.summary, &mut problems);
            check_links(&p.id, &p.mechanisms, &p.bodies, &p.modules, &mut problems);
            if let Some(c) = &p.commitment {
                check_len(
                    &p.id,
                    "commitment summary",
                    &c.summary,
                    20..=400,
                    &mut problems,
                );
                check_len(&p.id, "commitment unit", &c.unit, NAME_CHARS, &mut problems);
                check_len(
                    &p.id,
                    "commitment beneficiaries",
                    &c.beneficiaries,
                    NAME_CHARS,
                    &mut problems,
                );
                if c.quantity == 0 || c.period_years == 0 {
                    problems.push(format!(
                        "{}: a commitment needs a quantity and a period",
                        p.id
                    ));
                }
            }
        }

        if problems.is_empty() {
            Ok(())
        } else {
            Err(CatalogueError::Invalid(problems))
        }
    }

    /// The priority `p`. Every `PriorityRef` names one of the twenty, and a validated catalogue
    /// holds all twenty in order.
    pub fn priority(&self, p: PriorityRef) -> &Priority {
        let index = usize::from(p.number()) - 1;
        match self.priorities.get(index) {
            Some(found) if found.id == p => found,
            _ => self
                .priorities
                .iter()
                .find(|found| found.id == p)
                .unwrap_or_else(|| panic!("catalogue {} has no priority {p}", self.version)),
        }
    }

    /// The principle with id `II.n`, if there is one.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id.trim())
    }

    /// The platform kind with id `IV.n`, if there is one.
    pub fn platform(&self, id: &str) -> Option<&PlatformKind> {
        self.platforms.iter().find(|p| p.id == id.trim())
    }

    /// Every registry slug referenced by a priority or a platform kind.
    pub fn mechanism_slugs(&self) -> BTreeSet<&str> {
        let from_priorities = self.priorities.iter().flat_map(|p| &p.mechanisms);
        let from_platforms = self.platforms.iter().flat_map(|p| &p.mechanisms);
        from_priorities
            .chain(from_platforms)
            .map(String::as_str)
            .collect()
    }

    /// The priorities that name the mechanism `slug`, in order.
    pub fn priorities_for_mechanism(&self, slug: &str) -> Vec<&Priority> {
        self.priorities
            .iter()
            .filter(|p| p.mechanisms.iter().any(|m| m == slug))
            .collect()
    }

    /// The platform kinds that name the mechanism `slug`, in order.
    pub fn platforms_for_mechanism(&self, slug: &str) -> Vec<&PlatformKind> {
        self.platforms
            .iter()
            .filter(|p| p.mechanisms.iter().any(|m| m == slug))
            .collect()
    }

    /// The priorities a module serves, in order.
    pub fn priorities_for_module(&self, module: Module) -> Vec<&Priority> {
        self.priorities
            .iter()
            .filter(|p| p.modules.contains(&module))
            .collect()
    }
}

fn check_version(version: &str, problems: &mut Vec<String>) {
    let ok = version.split_once('.').is_some_and(|(date, n)| {
        date.len() == 10
            && NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
            && !n.is_empty()
            && !n.starts_with('0')
            && n.bytes().all(|b| b.is_ascii_digit())
    });
    if !ok {
        problems.push(format!(
            "version \"{version}\" is not YYYY-MM-DD.N (for example 2026-11-23.1)"
        ));
    }
}

fn check_sequence(
    what: &str,
    section: &str,
    count: usize,
    ids: &[&str],
    problems: &mut Vec<String>,
) {
    let expected: Vec<String> = (1..=count).map(|n| format!("{section}.{n}")).collect();
    if ids != expected.iter().map(String::as_str).collect::<Vec<_>>() {
        problems.push(format!(
            "{what} must be exactly {section}.1 to {section}.{count} in order, found [{}]",
            ids.join(", ")
        ));
    }
}

fn check_texts(id: &str, title: &str, title_zh: &str, summary: &str, problems: &mut Vec<String>) {
    check_len(id, "title", title, TITLE_CHARS, problems);
    check_len(id, "title_zh", title_zh, TITLE_ZH_CHARS, problems);
    if !title_zh.chars().any(is_cjk) {
        problems.push(format!("{id}: title_zh has no Chinese characters"));
    }
    check_len(id, "summary", summary, SUMMARY_CHARS, problems);
    let sentences = sentence_count(summary);
    if !SUMMARY_SENTENCES.contains(&sentences) {
        problems.push(format!(
            "{id}: summary has {sentences} sentence(s), expected {} to {}",
            SUMMARY_SENTENCES.start(),
            SUMMARY_SENTENCES.end()
        ));
    }
}

fn check_len(
    id: &str,
    field: &str,
    text: &str,
    range: std::ops::RangeInclusive<usize>,
    problems: &mut Vec<String>,
) {
    let n = text.chars().count();
    if text.trim() != text {
        problems.push(format!("{id}: {field} has leading or trailing spaces"));
    }
    if !range.contains(&n) {
        problems.push(format!(
            "{id}: {field} has {n} characters, expected {} to {}",
            range.start(),
            range.end()
        ));
    }
}

fn check_names(id: &str, field: &str, names: &[&str], problems: &mut Vec<String>) {
    for name in names {
        check_len(id, field, name, NAME_CHARS, problems);
    }
    if has_duplicates(names.iter()) {
        problems.push(format!("{id}: {field} lists a name twice"));
    }
}

fn check_links(
    id: &str,
    mechanisms: &[String],
    bodies: &[String],
    modules: &[Module],
    problems: &mut Vec<String>,
) {
    for slug in mechanisms {
        if !MECHANISM_SLUGS.contains(&slug.as_str()) {
            problems.push(format!(
                "{id}: \"{slug}\" is not a registry slug (bodies without a slug go in `bodies`)"
            ));
        }
    }
    if has_duplicates(mechanisms.iter()) {
        problems.push(format!("{id}: a mechanism is listed twice"));
    }
    let names: Vec<&str> = bodies.iter().map(String::as_str).collect();
    check_names(id, "bodies", &names, problems);
    for body in bodies {
        if MECHANISM_SLUGS.contains(&body.as_str()) {
            problems.push(format!(
                "{id}: \"{body}\" is a registry slug: move it to `mechanisms`"
            ));
        }
    }
    if modules.is_empty() {
        problems.push(format!("{id}: no module serves it"));
    }
    if has_duplicates(modules.iter()) {
        problems.push(format!("{id}: a module is listed twice"));
    }
}

fn has_duplicates<T: Ord>(items: impl IntoIterator<Item = T>) -> bool {
    let mut seen = BTreeSet::new();
    items.into_iter().any(|item| !seen.insert(item))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Sentences end with `.`, `!` or `?` followed by the end of the text or by a space and a
/// capital letter or digit; a text that does not end with one of those is an unfinished sentence.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut count = 0;
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?') {
            let ends = match (chars.get(i + 1), chars.get(i + 2)) {
                (None, _) => true,
                (Some(' '), Some(next)) => next.is_uppercase() || next.is_ascii_digit(),
                _ => false,
            };
            if ends {
                count += 1;
            }
        }
    }
    if chars.last().is_some_and(|c| !matches!(c, '.' | '!' | '?')) {
        count += 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> &'static Catalogue {
        catalogue()
    }

    fn pr(s: &str) -> &'static Priority {
        cat().priority(PriorityRef::parse(s).unwrap())
    }

    #[test]
    fn embedded_file_parses_and_validates() {
        let c = Catalogue::from_json(CATALOGUE_JSON).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.version, cat().version);
        assert!(c.source.contains("Concept Paper"), "{}", c.source);
        assert!(
            c.source.contains("Ministry of Foreign Affairs"),
            "{}",
            c.source
        );
        assert!(c.source.contains("21 February 2023"), "{}", c.source);
    }

    #[test]
    fn version_is_date_and_counter() {
        let mut problems = Vec::new();
        check_version(&cat().version, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        for bad in [
            "2026-11-23",
            "2026-11-23.0",
            "2026-13-01.1",
            "26-11-23.1",
            "2026-11-23.x",
        ] {
            let mut problems = Vec::new();
            check_version(bad, &mut problems);
            assert_eq!(problems.len(), 1, "{bad} should be refused");
        }
    }

    #[test]
    fn six_principles_in_order() {
        let ids: Vec<&str> = cat().principles.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["II.1", "II.2", "II.3", "II.4", "II.5", "II.6"]);
    }

    #[test]
    fn principles_carry_the_six_roles_of_section_ii() {
        let roles: Vec<&str> = cat()
            .principles
            .iter()
            .map(|p| p.role_zh.as_str())
            .collect();
        assert_eq!(
            roles,
            [
                "理念指引",
                "基本前提",
                "根本遵循",
                "重要原则",
                "必由之路",
                "应有之义"
            ]
        );
    }

    #[test]
    fn twenty_priorities_in_order() {
        let ids: Vec<String> = cat().priorities.iter().map(|p| p.id.to_string()).collect();
        let expected: Vec<String> = (1..=20).map(|n| format!("III.{n}")).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn five_platforms_in_order() {
        let ids: Vec<&str> = cat().platforms.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["IV.1", "IV.2", "IV.3", "IV.4", "IV.5"]);
    }

    /// (id, title, title_zh, summary) of every entry.
    fn texts() -> Vec<(String, &'static str, &'static str, &'static str)> {
        let c = cat();
        let principles = c
            .principles
            .iter()
            .map(|p| (p.id.clone(), &*p.title, &*p.title_zh, &*p.summary));
        let priorities = c
            .priorities
            .iter()
            .map(|p| (p.id.to_string(), &*p.title, &*p.title_zh, &*p.summary));
        let platforms = c
            .platforms
            .iter()
            .map(|p| (p.id.clone(), &*p.title, &*p.title_zh, &*p.summary));
        principles.chain(priorities).chain(platforms).collect()
    }

    #[test]
    fn titles_and_summaries_are_present_and_of_sane_length() {
        let all = texts();
        assert_eq!(all.len(), 31);
        for (id, title, title_zh, summary) in all {
            assert!(
                TITLE_CHARS.contains(&title.chars().count()),
                "{id} title: {title}"
            );
            assert!(
                TITLE_ZH_CHARS.contains(&title_zh.chars().count()),
                "{id}: {title_zh}"
            );
            assert!(title_zh.chars().any(is_cjk), "{id}: {title_zh}");
            assert!(
                SUMMARY_CHARS.contains(&summary.chars().count()),
                "{id}: {summary}"
            );
            let n = sentence_count(summary);
            assert!(
                SUMMARY_SENTENCES.contains(&n),
                "{id}: {n} sentences: {summary}"
            );
        }
        for p in &cat().principles {
            assert!(
                !p.role.trim().is_empty() && !p.role_zh.trim().is_empty(),
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn sentences_are_counted() {
        assert_eq!(sentence_count("One. Two three. 5,000 four."), 3);
        assert_eq!(sentence_count("Under III.4 and IV.5 one sentence."), 1);
        assert_eq!(sentence_count("Unfinished. and more"), 1);
        assert_eq!(sentence_count("Done. Unfinished"), 2);
    }

    /// Lower-case words, apostrophes kept, everything else a separator.
    fn words(text: &str) -> Vec<String> {
        text.to_lowercase()
            .replace(['\u{2019}', '\u{2018}'], "'")
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn runs(text: &str, n: usize) -> BTreeSet<Vec<String>> {
        words(text).windows(n).map(<[String]>::to_vec).collect()
    }

    /// Every own-words text of the catalogue: summaries, roles, the commitment.
    fn own_words() -> Vec<(String, &'static str)> {
        let c = cat();
        let mut out: Vec<(String, &str)> = texts().into_iter().map(|t| (t.0, t.3)).collect();
        out.extend(
            c.principles
                .iter()
                .map(|p| (format!("{} role", p.id), &*p.role)),
        );
        out.extend(c.platforms.iter().filter_map(|p| {
            p.commitment
                .as_ref()
                .map(|k| (format!("{} commitment", p.id), &*k.summary))
        }));
        out
    }

    /// Every eight-word run of our own words that also occurs in one of `paper` (passages of the
    /// Concept Paper, or the whole text).
    fn copied_runs(paper: &[&str]) -> Vec<String> {
        let paper_runs: BTreeSet<Vec<String>> = paper.iter().flat_map(|p| runs(p, 8)).collect();
        own_words()
            .into_iter()
            .flat_map(|(id, text)| {
                runs(text, 8)
                    .into_iter()
                    .filter(|r| paper_runs.contains(r))
                    .map(move |r| format!("{id}: \"{}\"", r.join(" ")))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Passages of the Concept Paper that a summary would be most tempted to copy, one or more
    /// per entry. Quoted only to check that our summaries do not reproduce them.
    const PAPER_PASSAGES: &[&str] = &[
        "respecting and safeguarding the security of every country; a holistic approach, maintaining security in both traditional and non-traditional domains and enhancing security governance in a coordinated way",
        "resolving conflicts through development and eliminating the breeding ground for insecurity",
        "all countries, big or small, strong or weak, rich or poor, are equal members of the international community",
        "their right to independently choose social systems and development paths must be upheld",
        "efforts should be made for all countries to enjoy equality in terms of rights, rules and opportunities",
        "embody the deep reflection by people around the world on the bitter lessons of the two world wars",
        "uphold the authority of the UN and its status as the main platform for global security governance",
        "The Cold War mentality, unilateralism, bloc confrontation and hegemonism contradict the spirit of the UN Charter",
        "Security of one country should not come at the expense of that of others",
        "should be taken seriously and addressed properly, not persistently ignored or systemically challenged",
        "War and sanctions are no fundamental solution to disputes; only dialogue and consultation are effective in resolving differences",
        "Abusing unilateral sanctions and long-arm jurisdiction does not solve a problem, but only creates more difficulties and complications",
        "both the intension and extension of security are broadening. Security is more interconnected, transnational and diverse",
        "practice the principles of extensive consultation, joint contribution and shared benefits in global governance",
        "Support UN efforts to enhance conflict prevention and fully harness the peace-building architecture to assist post-conflict states in peace-building",
        "Support the provision of sufficient, predictable and sustainable financial assistance to the African Union (AU) for it to carry out autonomous peacekeeping operations",
        "build a major country relationship featuring peaceful coexistence, overall stability and balanced development",
        "stick to the bottom line of no conflict and no confrontation, seek common ground while reserving differences, and manage differences",
        "Strengthen dialogue and cooperation among nuclear-weapon states to reduce the risk of nuclear war",
        "build up the capacity of all countries in areas including non-proliferation export control, biosecurity and protection against chemical weapons",
        "Encourage the countries concerned to overcome differences and resolve hotspots through candid dialogue and communication",
        "adhere to the ASEAN way of consensus-building and accommodating each other's comfort level",
        "strive to foster a pilot zone for GSI to jointly safeguard regional peace and stability",
        "convene a larger, more authoritative and more influential international peace conference, so as to achieve a just solution to the Palestinian question at an early date",
        "call on the international community to provide financial and technical support to Africa-led counter-terrorism operations",
        "promote the institutionalization of the China-Horn of Africa Peace, Governance and Development Conference, and work actively to launch pilot projects of cooperation",
        "playing an active role in upholding regional peace and security and properly handling regional hotspots",
        "Increase the provision of materials, funds and talents to help island countries improve their ability to deal with non-traditional security threats",
        "work together to tackle transnational crimes at sea including piracy and armed robbery, so as to jointly safeguard maritime peace and tranquility and sea lane security",
        "Oppose linking terrorism with any particular country, ethnic group or religion",
        "formulate global rules on digital governance that reflect the will and respect the interests of all parties",
        "Jointly strengthen the building of biosecurity capability of laboratories, reduce biosecurity risks and promote the healthy development of biotechnology",
        "promote the establishment of an international mechanism with broad participation, and develop governance frameworks, standards and norms based on extensive consensus",
        "Resolutely reject the weaponization of and arms race in outer space",
        "effectively coordinate and mobilize global resources to jointly respond to COVID-19 and other major global infectious diseases",
        "ensure stable grain production and smooth supply chains, and avoid politicizing and weaponizing food security issues",
        "Support the establishment of a global training system to train for developing countries more law enforcement officers",
        "speed up the implementation of the UN 2030 Agenda for Sustainable Development in order to promote sustainable security through sustainable development",
        "put forward common initiatives and propositions to forge consensus in the international community to address security challenges",
        "carry out security cooperation incrementally to achieve similar or same goals",
        "Hold high-level conferences on the GSI in due course to strengthen policy communication in the field of security",
        "provide new platforms for governments, international organizations, think tanks and social organizations to leverage their advantages",
        "Encourage more exchanges and cooperation among university-level military and police academies",
        "China is willing to provide other developing countries with 5,000 training opportunities in the next five years to train professionals for addressing global security issues",
    ];

    #[test]
    fn summaries_do_not_copy_the_paper() {
        for passage in PAPER_PASSAGES {
            assert!(
                words(passage).len() >= 8,
                "passage too short to check: {passage}"
            );
        }
        let copied = copied_runs(PAPER_PASSAGES);
        assert!(copied.is_empty(), "copied from the paper: {copied:#?}");
    }

    /// The full check against the whole paper, when a copy is at hand:
    /// `GSI_CONCEPT_PAPER=path/to/paper.txt cargo test -p gsi-core catalogue`.
    #[test]
    fn summaries_do_not_copy_the_paper_in_full() {
        let Some(path) = std::env::var_os("GSI_CONCEPT_PAPER") else {
            return;
        };
        let paper = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read GSI_CONCEPT_PAPER {path:?}: {e}"));
        assert!(
            words(&paper).len() > 3000,
            "{path:?} does not look like the paper"
        );
        let copied = copied_runs(&[&paper]);
        assert!(copied.is_empty(), "copied from the paper: {copied:#?}");
    }

    #[test]
    fn the_copy_check_catches_a_copy() {
        let copied = copied_runs(&[
            "Major countries must uphold justice, fulfill their due responsibilities, support consultation",
        ]);
        assert!(copied.is_empty());
        // A "paper" that shares eight words in a row with the summary of II.5.
        let fake_paper =
            "Neither war nor sanctions settles a dispute at its root; talks and negotiation";
        assert!(
            copied_runs(&[fake_paper])
                .iter()
                .any(|c| c.starts_with("II.5"))
        );
    }

    #[test]
    fn every_priority_has_a_domain_and_a_module() {
        for p in &cat().priorities {
            assert!(!p.domains.is_empty(), "{}", p.id);
            assert!(!p.modules.is_empty(), "{}", p.id);
        }
        for p in &cat().platforms {
            assert!(!p.modules.is_empty(), "{}", p.id);
        }
    }

    #[test]
    fn domains_follow_the_paper() {
        use SecurityDomain::{NonTraditional as N, Traditional as T};
        for (id, domains) in [
            ("III.2", &[T][..]),
            ("III.5", &[T]),
            ("III.9", &[T]),
            ("III.10", &[N]),
            ("III.12", &[N]),
            ("III.13", &[N]),
            ("III.14", &[N]),
            ("III.17", &[N]),
            ("III.19", &[N]),
            ("III.4", &[T, N]),
            ("III.6", &[T, N]),
            ("III.11", &[T, N]),
        ] {
            assert_eq!(pr(id).domains, domains, "{id}");
        }
    }

    #[test]
    fn every_mechanism_slug_is_a_registry_slug() {
        let known: BTreeSet<&str> = MECHANISM_SLUGS.into_iter().collect();
        assert_eq!(
            known.len(),
            MECHANISM_SLUGS.len(),
            "duplicate in MECHANISM_SLUGS"
        );
        let used = cat().mechanism_slugs();
        let unknown: Vec<&&str> = used.difference(&known).collect();
        assert!(unknown.is_empty(), "unknown slugs: {unknown:?}");
        // Every slug of the registry's list is named somewhere in sections III–IV.
        assert_eq!(used, known);
        for p in &cat().priorities {
            for b in &p.bodies {
                assert!(
                    !known.contains(b.as_str()),
                    "{}: {b} belongs in mechanisms",
                    p.id
                );
            }
        }
    }

    #[test]
    fn every_module_name_is_from_the_fixed_set() {
        let names: BTreeSet<&str> = Module::ALL.iter().map(|m| m.as_str()).collect();
        assert_eq!(
            names,
            BTreeSet::from([
                "concerns",
                "dialogue",
                "hotspots",
                "cooperation",
                "training",
                "exchange.maritime",
                "exchange.cyber",
                "exchange.counter_terrorism",
                "exchange.crime",
                "exchange.health",
            ])
        );
        for m in Module::ALL {
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{m}\""));
            assert_eq!(serde_json::from_str::<Module>(&json).unwrap(), m);
            assert_eq!(Module::parse(m.as_str()), Some(m));
        }
        // The raw file, read without the Module type, uses only those names.
        let raw: serde_json::Value = serde_json::from_str(CATALOGUE_JSON).unwrap();
        for section in ["priorities", "platforms"] {
            for entry in raw[section].as_array().unwrap() {
                for m in entry["modules"].as_array().unwrap() {
                    let m = m.as_str().unwrap();
                    assert!(names.contains(m), "{}: unknown module {m}", entry["id"]);
                }
            }
        }
    }

    fn slugs_of(mechanisms: &[String]) -> BTreeSet<&str> {
        mechanisms.iter().map(String::as_str).collect()
    }

    #[test]
    fn known_links_hold() {
        for (id, expected) in [
            ("III.1", &["un-peace-security-subfund", "au", "un"][..]),
            ("III.3", &["npt"]),
            ("III.4", &["unsc-1540", "cwc", "bwc", "unga"]),
            ("III.6", &["asean", "lmc", "lmc-special-fund"]),
            ("III.7", &["las"]),
            ("III.8", &["au", "china-horn-of-africa"]),
            ("III.9", &["celac"]),
            ("III.13", &["las", "china-central-asia"]),
            ("III.12", &["un", "unga", "unsc"]),
        ] {
            let have = slugs_of(&pr(id).mechanisms);
            for slug in expected {
                assert!(have.contains(slug), "{id} should name {slug}, has {have:?}");
            }
        }
        let iv2 = slugs_of(&cat().platform("IV.2").unwrap().mechanisms);
        assert_eq!(
            iv2,
            BTreeSet::from([
                "sco",
                "brics",
                "cica",
                "china-central-asia",
                "afghanistan-neighbours",
                "china-horn-of-africa"
            ])
        );
        let iv1 = slugs_of(&cat().platform("IV.1").unwrap().mechanisms);
        assert_eq!(iv1, BTreeSet::from(["un", "unga", "unsc"]));
        let iv4 = slugs_of(&cat().platform("IV.4").unwrap().mechanisms);
        assert_eq!(
            iv4,
            BTreeSet::from([
                "capsf",
                "mess-forum",
                "xiangshan-forum",
                "gpscf-lianyungang"
            ])
        );
        // The WHO has no registry slug: it is a plain body of III.17.
        assert!(
            pr("III.17")
                .bodies
                .iter()
                .any(|b| b.contains("World Health Organization"))
        );
    }

    #[test]
    fn known_instruments_are_named() {
        let names = |id: &str| -> String {
            pr(id)
                .instruments
                .iter()
                .map(|i| i.name.as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        for (id, expected) in [
            ("III.1", &["New Agenda for Peace", "Our Common Agenda"][..]),
            (
                "III.3",
                &[
                    "Non-Proliferation of Nuclear Weapons",
                    "Five Nuclear-Weapon States",
                ],
            ),
            (
                "III.4",
                &["peaceful uses in the context of international security"],
            ),
            ("III.7", &["Five-point proposal"]),
            (
                "III.8",
                &["Outlook on Peace and Development in the Horn of Africa"],
            ),
            ("III.9", &["Zone of Peace"]),
            ("III.10", &["2050 Strategy for the Blue Pacific Continent"]),
            ("III.12", &["Global Counter-Terrorism Strategy"]),
            (
                "III.13",
                &[
                    "Global Initiative on Data Security",
                    "China-LAS Cooperation Initiative on Data Security",
                    "Data Security Cooperation Initiative of China+Central Asia",
                ],
            ),
            ("III.14", &["Tianjin Biosecurity Guidelines"]),
            (
                "III.19",
                &[
                    "Transnational Organized Crime",
                    "Single Convention on Narcotic Drugs",
                    "Convention on Psychotropic Substances",
                    "Illicit Traffic in Narcotic Drugs",
                ],
            ),
            ("III.20", &["2030 Agenda"]),
        ] {
            let have = names(id);
            for name in expected {
                assert!(have.contains(name), "{id} should name {name}: {have}");
            }
        }
        let symbol = |id: &str| -> Vec<String> {
            pr(id)
                .instruments
                .iter()
                .filter_map(|i| i.un_symbol.clone().map(String::from))
                .collect()
        };
        assert!(symbol("III.4").contains(&"A/RES/76/234".to_owned()));
        assert!(symbol("III.20").contains(&"A/RES/70/1".to_owned()));
    }

    #[test]
    fn known_modules_hold() {
        use Module::*;
        for (id, expected) in [
            ("III.5", &[Hotspots][..]),
            ("III.11", &[ExchangeMaritime, Hotspots, Dialogue]),
            ("III.12", &[ExchangeCounterTerrorism]),
            ("III.13", &[ExchangeCyber]),
            ("III.17", &[ExchangeHealth]),
            ("III.19", &[ExchangeCrime, Training]),
        ] {
            for m in expected {
                assert!(pr(id).modules.contains(m), "{id} should be served by {m}");
            }
        }
        for id in ["IV.1", "IV.2", "IV.3", "IV.4"] {
            assert!(
                cat().platform(id).unwrap().modules.contains(&Dialogue),
                "{id}"
            );
        }
        let iv5: BTreeSet<Module> = cat()
            .platform("IV.5")
            .unwrap()
            .modules
            .iter()
            .copied()
            .collect();
        let expected = BTreeSet::from([
            Training,
            ExchangeMaritime,
            ExchangeCyber,
            ExchangeCounterTerrorism,
            ExchangeCrime,
            ExchangeHealth,
        ]);
        assert_eq!(iv5, expected);
    }

    #[test]
    fn iv5_carries_the_training_commitment() {
        let c = cat().platform("IV.5").unwrap().commitment.as_ref().unwrap();
        assert_eq!((c.quantity, c.period_years), (5000, 5));
        assert_eq!(c.announced, NaiveDate::from_ymd_opt(2023, 2, 21).unwrap());
        for id in ["IV.1", "IV.2", "IV.3", "IV.4"] {
            assert!(cat().platform(id).unwrap().commitment.is_none(), "{id}");
        }
    }

    #[test]
    fn lookups() {
        let c = cat();
        for n in 1..=PRIORITY_COUNT {
            let p = PriorityRef::parse(&format!("III.{n}")).unwrap();
            assert_eq!(c.priority(p).id, p);
        }
        assert_eq!(c.principle("II.4").unwrap().role_zh, "重要原则");
        assert!(c.principle("II.7").is_none());
        assert!(c.principle("III.1").is_none());
        assert!(c.platform("IV.5").unwrap().commitment.is_some());
        assert!(c.platform("IV.6").is_none());
        let las: Vec<String> = c
            .priorities_for_mechanism("las")
            .iter()
            .map(|p| p.id.to_string())
            .collect();
        assert_eq!(las, ["III.7", "III.13"]);
        assert!(c.priorities_for_mechanism("no-such-slug").is_empty());
        let ids: Vec<&str> = c
            .platforms_for_mechanism("china-horn-of-africa")
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["IV.2"]);
        assert!(
            c.priorities_for_module(Module::ExchangeCyber)
                .iter()
                .any(|p| p.id.number() == 13)
        );
    }

    #[test]
    fn serialising_keeps_every_field() {
        let raw: serde_json::Value = serde_json::from_str(CATALOGUE_JSON).unwrap();
        let again = serde_json::to_value(cat()).unwrap();
        assert_eq!(raw, again);
    }

    fn code_list<T: fmt::Display>(items: &[T]) -> String {
        if items.is_empty() {
            return "—".to_owned();
        }
        let items: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
        items.join(", ")
    }

    #[test]
    fn docs_tables_match_the_data() {
        let doc = include_str!("../../../docs/catalogue.md");
        for p in &cat().priorities {
            let domains: Vec<&str> = p
                .domains
                .iter()
                .map(|d| match d {
                    SecurityDomain::Traditional => "traditional",
                    SecurityDomain::NonTraditional => "non-traditional",
                })
                .collect();
            let row = format!(
                "| {} | {} | {} | {} | {} | {} |",
                p.id,
                p.title,
                p.title_zh,
                domains.join(", "),
                code_list(&p.modules),
                code_list(&p.mechanisms)
            );
            assert!(doc.contains(&row), "docs/catalogue.md lacks the row\n{row}");
        }
        for p in &cat().platforms {
            let row = format!(
                "| {} | {} | {} | {} |",
                p.id,
                p.title,
                code_list(&p.mechanisms),
                code_list(&p.modules)
            );
            assert!(doc.contains(&row), "docs/catalogue.md lacks the row\n{row}");
        }
    }

    fn edited(from: &str, to: &str) -> String {
        assert!(
            CATALOGUE_JSON.contains(from),
            "fixture text not found: {from}"
        );
        CATALOGUE_JSON.replacen(from, to, 1)
    }

    fn problems(json: &str) -> String {
        match Catalogue::from_json(json) {
            Ok(_) => panic!("the edited catalogue should be refused"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn broken_data_is_refused() {
        // A typo in a field name.
        let e = problems(&edited(
            "\"title_zh\": \"反恐合作\"",
            "\"titel_zh\": \"反恐合作\"",
        ));
        assert!(e.contains("unknown field"), "{e}");
        // An unknown module.
        let e = problems(&edited(
            "\"modules\": [\"cooperation\"]",
            "\"modules\": [\"cooperate\"]",
        ));
        assert!(e.contains("does not parse"), "{e}");
        // An invented slug.
        let e = problems(&edited(
            "\"mechanisms\": [\"celac\"]",
            "\"mechanisms\": [\"who\"]",
        ));
        assert!(e.contains("\"who\" is not a registry slug"), "{e}");
        // A priority out of order.
        let e = problems(&edited("\"id\": \"III.2\"", "\"id\": \"III.3\""));
        assert!(
            e.contains("priorities must be exactly III.1 to III.20"),
            "{e}"
        );
        // A missing principle id.
        let e = problems(&edited("\"id\": \"II.6\"", "\"id\": \"II.7\""));
        assert!(e.contains("principles must be exactly II.1 to II.6"), "{e}");
        // No domain.
        let e = problems(&edited("\"domains\": [\"traditional\"]", "\"domains\": []"));
        assert!(e.contains("III.1: no security domain"), "{e}");
        // A duplicate module.
        let e = problems(&edited(
            "\"modules\": [\"exchange.cyber\", \"dialogue\"]",
            "\"modules\": [\"exchange.cyber\", \"exchange.cyber\"]",
        ));
        assert!(e.contains("III.13: a module is listed twice"), "{e}");
        // A one-sentence summary.
        let e = problems(&edited(
            "Coordinate and pool the world's resources",
            "and coordinate and pool the world's resources",
        ));
        assert!(e.contains("III.17: summary has 1 sentence(s)"), "{e}");
        // A bad version.
        let e = problems(&edited("\"version\": \"", "\"version\": \"v"));
        assert!(e.contains("is not YYYY-MM-DD.N"), "{e}");
        // A bad UN symbol.
        let e = problems(&edited("\"A/RES/70/1\"", "\"RES/70/1\""));
        assert!(e.contains("not a UN document symbol"), "{e}");
    }
}
