//! The world map of the GSI Platform: every country as an SVG path, shaded by level, for
//! server-rendered pages (the home dashboard shades parties by activity).
//!
//! What it holds:
//! - **Shapes** ([`countries()`]): the 241 features of Natural Earth's 1:50m admin-0 map as
//!   redistributed by the `world-atlas` package (2.0.2, `countries-50m.json`), projected with
//!   the Equal Earth projection into the viewBox [`VIEW_BOX`] (`0 0 1000 487`) and simplified
//!   for a map about 1000 px wide. Each [`Country`] has its ISO 3166-1 numeric code, its
//!   Natural Earth name and its path data (absolute `M`/`L`/`Z` commands only). A few features
//!   have no ISO code (Kosovo, N. Cyprus, Somaliland, Siachen Glacier, Indian Ocean Ter.):
//!   they are drawn, never shaded, with their name. Tuvalu (798), a UN Member State, is not in
//!   the 1:50m data and so is not on the map; [`is_drawn`] tells which codes are.
//! - **Rendering** ([`world_svg`]): one `<svg role="img">` with an accessible `<title>`, then
//!   one `<path class="lvl-N">` per feature, N being the level of the [`Shade`] given for its
//!   code (0 to 4; 0 when none is given), with a `<title>` child as the tooltip, wrapped in
//!   `<a href>` when the shade has a link; or, with [`MapOptions::shapes_href`], one
//!   `<use class="lvl-N">` per feature pointing into the shapes document [`shapes_svg`], which
//!   a page serves once and the browser caches, so the page itself stays small. Colours come from the page's stylesheet through the
//!   classes `lvl-0` to `lvl-4`; [`MapOptions::default_style`] adds a small `<style>` block for
//!   pages without one. All text is escaped as XML and the output is deterministic.
//!
//! The crate is pure: it reads nothing at run time. `data/world.tsv` is embedded with
//! `include_str!` and parsed once, on first use. It is written by `tools/map/convert.py`
//! from the `world-atlas` npm package; `data/README.md` says how, and
//! `data/LICENSE-world-atlas.txt` carries the package's licence (ISC; the Natural Earth
//! data themselves are in the public domain).
//!
//! ```
//! use gsi_map::{MapOptions, Shade, world_svg};
//!
//! let shades = [Shade::new(156, 3, "China — 3 open concerns").with_href("/parties/chn")];
//! let options = MapOptions { title: "Open concerns by party".into(), ..MapOptions::default() };
//! let svg = world_svg(&shades, &options);
//! assert!(svg.starts_with("<svg "));
//! assert!(svg.contains(r#"<a href="/parties/chn"><path class="lvl-3" d="M"#));
//! assert!(svg.contains("<title>China — 3 open concerns</title>"));
//! ```

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The viewBox of the map: the world is 1000 units wide, and the Equal Earth outline
/// (486.7 units high) is centred vertically in 487 units.
pub const VIEW_BOX: &str = "0 0 1000 487";

/// Width of the viewBox, in viewBox units.
pub const WIDTH: f64 = 1000.0;

/// Height of the viewBox, in viewBox units.
pub const HEIGHT: f64 = 487.0;

/// The highest shade level; higher levels are drawn as this one.
pub const MAX_LEVEL: u8 = 4;

/// The class that [`world_svg`] always puts on the `<svg>` element (besides
/// [`MapOptions::css_class`]); the default style block is scoped to it.
pub const ROOT_CLASS: &str = "gsi-map";

/// The converted shapes: comment lines start with `#`, then one line per feature,
/// `numeric<TAB>name<TAB>path`.
const WORLD_TSV: &str = include_str!("../data/world.tsv");

/// One feature of the map: a country or territory, or a disputed area without a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country {
    /// ISO 3166-1 numeric code (`156` for China); `None` for the few features that have
    /// none (Kosovo, N. Cyprus, Somaliland, ...). A code may have several features:
    /// Australia (036) and Ashmore and Cartier Is. share one.
    pub numeric: Option<u16>,
    /// The Natural Earth name ("Dem. Rep. Congo", "Côte d'Ivoire"), not escaped.
    pub name: &'static str,
    /// SVG path data in [`VIEW_BOX`] coordinates: absolute `M`, `L` and `Z` commands and
    /// non-negative decimal numbers only (so it needs no escaping).
    pub path: &'static str,
}

/// How to draw one party: its level, its tooltip and, optionally, where it links to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Shade {
    /// ISO 3166-1 numeric code of the party.
    pub numeric: u16,
    /// Shade level, 0 to [`MAX_LEVEL`] (higher values are drawn as [`MAX_LEVEL`]).
    /// Level 0 draws the feature unshaded, with this shade's label and link.
    pub level: u8,
    /// Tooltip, e.g. "China — 3 open concerns"; the country's name when empty.
    pub label: String,
    /// Link target of the country's shape, if any.
    pub href: Option<String>,
}

impl Shade {
    /// A shade without a link.
    pub fn new(numeric: u16, level: u8, label: impl Into<String>) -> Self {
        Shade {
            numeric,
            level,
            label: label.into(),
            href: None,
        }
    }

    /// The same shade, linking to `href`.
    #[must_use]
    pub fn with_href(mut self, href: impl Into<String>) -> Self {
        self.href = Some(href.into());
        self
    }
}

/// How [`world_svg`] draws the map.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MapOptions {
    /// The map's accessible name, in the `<title>` that `aria-labelledby` points to.
    pub title: String,
    /// Extra classes for the `<svg>` element (space-separated), besides [`ROOT_CLASS`].
    pub css_class: String,
    /// Prefix of the element ids the map defines (its title is `{id}-title`): give each map
    /// of a page its own. Characters other than ASCII letters, digits, `-`, `_`, `.` and `:`
    /// become `-`; an empty prefix means [`ROOT_CLASS`].
    pub id: String,
    /// Add a small `<style>` block (grey to red for `lvl-0` to `lvl-4`, white borders,
    /// outline on hover and focus), scoped to [`ROOT_CLASS`], for pages whose stylesheet does
    /// not colour the levels.
    pub default_style: bool,
    /// Where the shapes are, when they are not to be inlined: the address of the document
    /// [`shapes_svg`] gives (served once and cached). Each feature is then a
    /// `<use href="{shapes_href}#f{i}">` a few dozen bytes long instead of its whole path, and
    /// takes its fill and stroke from the `<use>` element's classes.
    pub shapes_href: Option<String>,
}

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            title: "World map".to_owned(),
            css_class: String::new(),
            id: ROOT_CLASS.to_owned(),
            default_style: false,
            shapes_href: None,
        }
    }
}

/// The default style block's rules (see [`MapOptions::default_style`]).
const DEFAULT_STYLE: &str = concat!(
    ".gsi-map{display:block;max-width:100%;height:auto}",
    ".gsi-map path{stroke:#fff;stroke-width:.3;stroke-linejoin:round}",
    ".gsi-map .lvl-0{fill:#d9d9d9}",
    ".gsi-map .lvl-1{fill:#fdd49e}",
    ".gsi-map .lvl-2{fill:#fc8d59}",
    ".gsi-map .lvl-3{fill:#d7301f}",
    ".gsi-map .lvl-4{fill:#7f0000}",
    ".gsi-map a:hover path,.gsi-map a:focus path{stroke:#000;stroke-width:.8}",
);

/// Every feature of the map, in the order they are drawn: by numeric code, then the
/// features without a code, by name.
pub fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| match parse(WORLD_TSV) {
        Ok(countries) => countries,
        // The file is embedded at build time and checked by this crate's tests.
        Err(error) => panic!("crates/map/data/world.tsv: {error}"),
    })
}

/// The features drawn for an ISO 3166-1 numeric code (none, one, or several: 036 has two).
pub fn features(numeric: u16) -> impl Iterator<Item = &'static Country> {
    countries()
        .iter()
        .filter(move |c| c.numeric == Some(numeric))
}

/// Whether the map draws the country with this ISO 3166-1 numeric code, so that a page can
/// list separately the parties it cannot shade (e.g. Tuvalu, 798).
pub fn is_drawn(numeric: u16) -> bool {
    features(numeric).next().is_some()
}

/// The map as one `<svg>` element, with each feature shaded by the [`Shade`] given for its
/// code (unshaded, `lvl-0`, when none is). Shades whose code is not on the map are ignored
/// (see [`is_drawn`]); when several shades give the same code, the last one wins. The output
/// depends only on the arguments.
pub fn world_svg(shades: &[Shade], options: &MapOptions) -> String {
    let by_code: BTreeMap<u16, &Shade> = shades.iter().map(|s| (s.numeric, s)).collect();
    let id = sanitize_id(&options.id);
    let mut classes = ROOT_CLASS.to_owned();
    for class in options.css_class.split_whitespace() {
        if class != ROOT_CLASS {
            classes.push(' ');
            classes.push_str(class);
        }
    }

    let mut out = String::with_capacity(WORLD_TSV.len() + 64 * countries().len() + 1024);
    out.push_str(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox=""#);
    out.push_str(VIEW_BOX);
    out.push_str(r#"" class=""#);
    push_escaped(&mut out, &classes);
    out.push_str(r#"" role="img" aria-labelledby=""#);
    out.push_str(&id);
    out.push_str(r#"-title"><title id=""#);
    out.push_str(&id);
    out.push_str(r#"-title">"#);
    push_escaped(&mut out, &options.title);
    out.push_str("</title>\n");
    if options.default_style {
        out.push_str("<style>");
        out.push_str(DEFAULT_STYLE);
        out.push_str("</style>\n");
    }

    for (i, country) in countries().iter().enumerate() {
        let shade = country.numeric.and_then(|n| by_code.get(&n).copied());
        let level = shade.map_or(0, |s| s.level.min(MAX_LEVEL));
        let label = match shade {
            Some(s) if !s.label.is_empty() => s.label.as_str(),
            _ => country.name,
        };
        let href = shade.and_then(|s| s.href.as_deref());
        if let Some(href) = href {
            out.push_str(r#"<a href=""#);
            push_escaped(&mut out, href);
            out.push_str(r#"">"#);
        }
        let element = if options.shapes_href.is_some() {
            "use"
        } else {
            "path"
        };
        out.push('<');
        out.push_str(element);
        out.push_str(r#" class="lvl-"#);
        out.push(char::from(b'0' + level));
        match &options.shapes_href {
            Some(shapes) => {
                out.push_str(r#"" href=""#);
                push_escaped(&mut out, shapes);
                out.push_str(&format!("#f{i}"));
            }
            // Checked when parsed: only M, L, Z, digits, '.' and spaces.
            None => {
                out.push_str(r#"" d=""#);
                out.push_str(country.path);
            }
        }
        out.push_str(r#""><title>"#);
        push_escaped(&mut out, label);
        out.push_str("</title></");
        out.push_str(element);
        out.push('>');
        if href.is_some() {
            out.push_str("</a>");
        }
        out.push('\n');
    }
    out.push_str("</svg>\n");
    out
}

/// The shapes alone, as a standalone SVG document a page's map refers to (see
/// [`MapOptions::shapes_href`]): feature `i` of [`countries`] is `<path id="f{i}">`, with no
/// fill or stroke of its own so that it takes those of each `<use>`. The same for every call.
pub fn shapes_svg() -> String {
    let mut out = String::with_capacity(WORLD_TSV.len() + 32 * countries().len() + 128);
    out.push_str(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox=""#);
    out.push_str(VIEW_BOX);
    out.push_str("\">\n");
    for (i, country) in countries().iter().enumerate() {
        out.push_str(&format!(r#"<path id="f{i}" d=""#));
        out.push_str(country.path);
        out.push_str("\"/>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// Appends `text` escaped for XML text and attribute values.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not allowed in XML 1.0 at all: dropped rather than producing a broken document.
            c if (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
                || c == '\u{FFFE}'
                || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// An id prefix usable in `id` and `aria-labelledby` (no spaces, nothing to escape).
fn sanitize_id(id: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() {
        ROOT_CLASS.to_owned()
    } else if id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        id
    } else {
        format!("m{id}")
    }
}

/// Why a line of the shapes file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DataError {
    line: usize,
    reason: &'static str,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

fn parse(text: &'static str) -> Result<Vec<Country>, DataError> {
    let mut countries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let error = |reason| DataError {
            line: index + 1,
            reason,
        };
        let mut fields = line.split('\t');
        let (Some(numeric), Some(name), Some(path), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(error("expected three tab-separated fields"));
        };
        let numeric = if numeric.is_empty() {
            None
        } else {
            match numeric.parse::<u16>() {
                Ok(n) if (1..=999).contains(&n) && !numeric.starts_with('0') => Some(n),
                _ => return Err(error("numeric code is not a number from 1 to 999")),
            }
        };
        if name.trim().is_empty() {
            return Err(error("empty name"));
        }
        if !path.starts_with('M') || !path.ends_with('Z') {
            return Err(error("path does not start with M and end with Z"));
        }
        if !path
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'M' | b'L' | b'Z' | b'.' | b' '))
        {
            return Err(error(
                "path has characters other than M, L, Z, digits, '.' and ' '",
            ));
        }
        countries.push(Country {
            numeric,
            name,
            path,
        });
    }
    Ok(countries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        let countries = parse(WORLD_TSV).unwrap();
        assert_eq!(countries.len(), 241);
        assert_eq!(countries, super::countries());
    }

    #[test]
    fn bad_lines_are_refused_with_their_number() {
        let cases = [
            ("# c\n1\tX\n", 2, "expected three tab-separated fields"),
            (
                "1\tX\tM1 1L2 2 3 3Z\textra\n",
                1,
                "expected three tab-separated fields",
            ),
            (
                "1000\tX\tM1 1L2 2 3 3Z\n",
                1,
                "numeric code is not a number from 1 to 999",
            ),
            (
                "036\tX\tM1 1L2 2 3 3Z\n",
                1,
                "numeric code is not a number from 1 to 999",
            ),
            ("1\t \tM1 1L2 2 3 3Z\n", 1, "empty name"),
            (
                "1\tX\tM1 1L2 2 3 3\n",
                1,
                "path does not start with M and end with Z",
            ),
            (
                "1\tX\tM1 1L2 2\"/><script>Z\n",
                1,
                "path has characters other than M, L, Z, digits, '.' and ' '",
            ),
        ];
        for (text, line, reason) in cases {
            assert_eq!(parse(text), Err(DataError { line, reason }), "{text:?}");
        }
        assert_eq!(
            parse("\t Kosovo\tM1 1L2 2 3 3Z\n").unwrap()[0].numeric,
            None
        );
    }

    #[test]
    fn ids_are_sanitized() {
        assert_eq!(sanitize_id(""), "gsi-map");
        assert_eq!(sanitize_id("home map"), "home-map");
        assert_eq!(sanitize_id("\"><x"), "m---x");
        assert_eq!(sanitize_id("2"), "m2");
        assert_eq!(sanitize_id("dash_1"), "dash_1");
    }

    #[test]
    fn escaping_drops_characters_xml_cannot_hold() {
        let mut out = String::new();
        push_escaped(&mut out, "a\u{0}b\tc<&>\"'");
        assert_eq!(out, "ab\tc&lt;&amp;&gt;&quot;&#39;");
    }
}
