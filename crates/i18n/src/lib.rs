//! Every string the GSI Platform shows a person, in the six official languages of the United
//! Nations: English, Chinese, French, Spanish, Russian and Arabic.
//!
//! Strings are [Fluent](https://projectfluent.org) messages kept in
//! `crates/i18n/locales/{lang}/main.ftl` plus one file per module (`registry.ftl`, `concerns.ftl`,
//! `dialogue.ftl`), and compiled into the crate with `include_str!`, so
//! nothing is read at run time. One [`Localizer`] (see [`localizer()`]) holds a bundle per
//! language; it is `Send + Sync` and shared by every request.
//!
//! - [`negotiate`] picks the language of a request: an explicit choice (cookie or query
//!   parameter) wins, else the `Accept-Language` header (RFC 9110, with q-values), else English.
//! - [`Localizer::text`] and [`Localizer::text_args`] format a message. A message missing in the
//!   requested language falls back to English; an unknown id comes back as the id itself (and a
//!   debug log line), so a page never fails because of a string.
//! - [`Lang::dir`] gives the writing direction for `<html dir=…>`: Arabic is right-to-left.
//!
//! ```
//! use gsi_i18n::{Lang, localizer, negotiate};
//!
//! let lang = negotiate(Some("fr-CA,fr;q=0.9,en;q=0.5"), None);
//! assert_eq!(lang, Lang::Fr);
//! assert_eq!(localizer().text(lang, "nav-home"), "Accueil");
//! // Numbers pick the plural form; arguments arrive wrapped in directional isolates.
//! let n = localizer().text_args(Lang::Ru, "concern-count", &[("count", 21.into())]);
//! assert_eq!(n, "\u{2068}21\u{2069} озабоченность");
//! // An id no language defines comes back as itself.
//! assert_eq!(localizer().text(Lang::Fr, "no-such-id"), "no-such-id");
//! ```
//!
//! Placeables (`{ $party }`, `{ $count }`) are wrapped in Unicode directional isolates
//! (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), Fluent's default: see
//! [`Localizer::new`] for why they stay on. `docs/i18n.md` explains how to add a message or a
//! language.

#![forbid(unsafe_code)]

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The six official languages of the United Nations, which the platform's pages are offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Zh,
    Fr,
    Es,
    Ru,
    Ar,
}

impl Lang {
    /// Every language, in the order the language switcher lists them: English first (it is the
    /// fallback), then Chinese, French, Spanish, Russian and Arabic.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Zh, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar];

    /// The language used when nothing else is known, and the fallback for missing messages.
    pub const DEFAULT: Lang = Lang::En;

    /// The ISO 639-1 code, as used in `<html lang=…>`, cookies and query strings.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ru => "Русский",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction, for `<html dir=…>`: `"rtl"` for Arabic, `"ltr"` for the others.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Whether the language is written right to left (Arabic).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language of an exact code (`"en"`, `"zh"` …; ASCII case ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of any well-formed BCP 47 tag whose primary language subtag is one of ours:
    /// `zh-CN`, `zh-Hans`, `zh-TW` → Chinese; `fr-CA` → French; `ar-EG` → Arabic. `None` for a
    /// malformed tag or another language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        // Real tags are short; a long string is garbage and need not be parsed.
        if tag.is_empty() || tag.len() > 64 {
            return None;
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        Lang::from_code(id.language.as_str())
    }

    fn index(self) -> usize {
        self as usize
    }

    fn langid(self) -> LanguageIdentifier {
        // The six codes are valid language subtags, so parsing cannot fail; fall back to the
        // root locale anyway rather than panic.
        self.as_str().parse().unwrap_or_default()
    }

    /// The embedded Fluent source of the language: its `main.ftl` (the strings every page
    /// shares) followed by one file per module, joined at compile time.
    pub(crate) fn source(self) -> &'static str {
        macro_rules! locale {
            ($lang:literal) => {
                concat!(
                    include_str!(concat!("../locales/", $lang, "/main.ftl")),
                    "\n",
                    // One line per module.
                    include_str!(concat!("../locales/", $lang, "/registry.ftl")),
                    "\n",
                    include_str!(concat!("../locales/", $lang, "/concerns.ftl")),
                    "\n",
                    include_str!(concat!("../locales/", $lang, "/dialogue.ftl")),
                )
            };
        }
        match self {
            Lang::En => locale!("en"),
            Lang::Zh => locale!("zh"),
            Lang::Fr => locale!("fr"),
            Lang::Es => locale!("es"),
            Lang::Ru => locale!("ru"),
            Lang::Ar => locale!("ar"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Picks the language of a request.
///
/// `cookie_or_query` is an explicit choice (the language switcher's cookie or a `?lang=` query
/// parameter): when it names one of the six languages (as a code or any tag, e.g. `zh-CN`), it
/// wins. Otherwise `accept_language` (the `Accept-Language` header) is read as RFC 9110 §12.5.4
/// says: ranges are tried by descending q-value (ties keep their order), `q=0` means "not
/// acceptable", `*` stands for any language the header does not otherwise name, and a region or
/// script subtag does not matter (`fr-CA` → French, `zh-Hans` → Chinese). Malformed ranges and
/// weights are skipped. Nothing usable → English.
pub fn negotiate(accept_language: Option<&str>, cookie_or_query: Option<&str>) -> Lang {
    if let Some(lang) = cookie_or_query.and_then(Lang::from_tag) {
        return lang;
    }
    accept_language
        .and_then(from_accept_language)
        .unwrap_or(Lang::DEFAULT)
}

/// At most this many ranges of one header are read; a browser sends a handful.
const MAX_RANGES: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Range {
    Lang(Lang),
    Any,
}

fn from_accept_language(header: &str) -> Option<Lang> {
    // (weight in thousandths, range), in the header's order.
    let mut ranges: Vec<(u16, Range)> = Vec::new();
    for item in header.split(',').take(MAX_RANGES) {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        if tag.is_empty() {
            continue;
        }
        let mut weight = Some(1000);
        for param in parts {
            match param.split_once('=') {
                Some((name, value)) if name.trim().eq_ignore_ascii_case("q") => {
                    weight = parse_qvalue(value.trim());
                }
                // Other parameters are not defined for Accept-Language: ignore them.
                _ => {}
            }
        }
        let Some(weight) = weight else { continue };
        let range = if tag == "*" {
            Range::Any
        } else {
            match Lang::from_tag(tag) {
                Some(lang) => Range::Lang(lang),
                None => continue,
            }
        };
        ranges.push((weight, range));
    }
    let named: Vec<Lang> = ranges
        .iter()
        .filter_map(|(_, r)| match r {
            Range::Lang(l) => Some(*l),
            Range::Any => None,
        })
        .collect();
    // A stable sort: equal weights keep the header's order.
    ranges.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    ranges
        .into_iter()
        .filter(|(weight, _)| *weight > 0)
        .find_map(|(_, range)| match range {
            Range::Lang(lang) => Some(lang),
            // `*` matches the languages no other range names.
            Range::Any => Lang::ALL.into_iter().find(|l| !named.contains(l)),
        })
}

/// An RFC 9110 qvalue in thousandths: `0`, `0.5`, `0.123`, `1`, `1.000`; anything else is `None`.
fn parse_qvalue(s: &str) -> Option<u16> {
    let (int, frac) = match s.split_once('.') {
        Some((int, frac)) => (int, frac),
        None => (s, ""),
    };
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// A value for a message variable: text (a party's name, a date already formatted) or a number
/// (counts, which select plural forms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

macro_rules! arg_from_number {
    ($($t:ty),+) => {
        $(impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        })+
    };
}

arg_from_number!(i32, i64, u8, u16, u32, u64, usize, f32, f64);

impl<'a> From<Arg<'a>> for FluentValue<'a> {
    fn from(arg: Arg<'a>) -> Self {
        match arg {
            Arg::Str(s) => FluentValue::from(s),
            Arg::Num(n) => FluentValue::from(n),
        }
    }
}

/// Formats the platform's messages in any of the six languages. Build it once ([`localizer()`]);
/// it is `Send + Sync`.
pub struct Localizer {
    /// One bundle per language, indexed by [`Lang::index`].
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &Lang::ALL.map(Lang::as_str))
            .finish()
    }
}

impl Localizer {
    /// Parses the six embedded locales. A syntax error cannot reach a release (the tests parse
    /// every file), but if one did, the entries that parsed are still used and the error is
    /// logged: the platform never refuses to start, or panics, over a string.
    ///
    /// Unicode isolation stays on (Fluent's default): every placeable is wrapped in U+2068 …
    /// U+2069. Pages mix scripts all the time — a Latin party code or a UN symbol such as
    /// `S/RES/2634 (2022)` inside an Arabic sentence, an Arabic or Chinese party name inside an
    /// English one — and without isolates the bidirectional algorithm reorders the slashes,
    /// brackets and digits of the inserted value together with the surrounding text. The marks
    /// are invisible; tests that compare formatted strings strip them first.
    pub fn new() -> Self {
        Self::from_sources(Lang::source)
    }

    /// Builds the bundles from the given Fluent sources (the embedded ones, or a test's).
    pub(crate) fn from_sources(source: impl Fn(Lang) -> &'static str) -> Self {
        let bundles = Lang::ALL
            .into_iter()
            .map(|lang| {
                let resource = match FluentResource::try_new(source(lang).to_owned()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        tracing::error!(lang = lang.as_str(), ?errors, "locale has syntax errors");
                        resource
                    }
                };
                let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(lang = lang.as_str(), ?errors, "locale defines an id twice");
                }
                bundle
            })
            .collect();
        Self { bundles }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[lang.index()]
    }

    /// Whether `lang` itself (without falling back to English) has the message `id`.
    pub fn has_message(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang)
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message `id` in `lang`, or in English where `lang` lacks it, or `id` itself when no
    /// language has it.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Like [`text`](Self::text), with values for the message's variables:
    /// `text_args(Lang::Ru, "concern-count", &[("count", 21.into())])`. Numbers select plural
    /// forms by the language's CLDR rules.
    pub fn text_args(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let args: FluentArgs = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .collect();
        self.format(lang, id, Some(&args))
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        let candidates = if lang == Lang::DEFAULT {
            &[lang][..]
        } else {
            &[lang, Lang::DEFAULT][..]
        };
        for &candidate in candidates {
            let bundle = self.bundle(candidate);
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            if candidate != lang {
                tracing::debug!(
                    id,
                    lang = lang.as_str(),
                    "message missing, shown in English"
                );
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                // A missing variable or the like: the text still renders, with `{$name}` in
                // place of the value.
                tracing::warn!(
                    id,
                    lang = candidate.as_str(),
                    ?errors,
                    "message formatted with errors"
                );
            }
            return text.into_owned();
        }
        tracing::debug!(id, lang = lang.as_str(), "unknown message id");
        id.to_owned()
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

/// The platform's one [`Localizer`], built on first use.
pub fn localizer() -> &'static Localizer {
    static LOCALIZER: OnceLock<Localizer> = OnceLock::new();
    LOCALIZER.get_or_init(Localizer::new)
}

#[cfg(test)]
mod tests;
