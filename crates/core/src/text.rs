//! Free text: the one check every text field of a command passes ([`clean_text`]), word and
//! paragraph diffs, and UN document symbols in prose.
//!
//! [`clean_text`] is the domain's edge for text: titles, descriptions, responses, notes, reasons,
//! paragraphs, narratives, delegate names, places and party names are trimmed, bounded, and
//! refused when they hold control characters other than tab and line feed (NUL and ESC would go
//! raw into pages and terminals). A carriage return is accepted only as part of CR LF, which
//! browsers send for every line break of a text area, and is stored as LF. It runs when a command
//! is decided, never when a record is applied, so every journal written before still replays.
//!
//! Records are append-only, so a party revises a text by lodging a new version; readers need to
//! see what changed between two versions. [`diff_paragraphs`] aligns the paragraphs of two
//! versions and [`diff_words`] shows the change inside a paragraph. Both are lossless: the
//! unchanged and removed pieces rebuild the old text byte for byte, the unchanged and added
//! pieces the new one, so a view can render either side from the diff alone.
//!
//! [`find_un_symbols`] picks UN document symbols (`S/RES/2231 (2015)`, `A/77/1`) out of prose so
//! they can be linked or suggested as references; every hit is validated by [`UnSymbol::parse`],
//! the same rule that records use.
//!
//! Everything here is pure and bounded: the longest-common-subsequence table is capped at
//! [`MAX_LCS_CELLS`], beyond which the diff degrades to "all removed, all added".

use crate::refusals;
use serde::Serialize;

use crate::DomainError;
use crate::framework::UnSymbol;

/// Checks a free-text field of a command: trimmed, not empty, at most `max` characters, and free
/// of control characters (see [`without_controls`]). `field` names it in the refusal ("title").
pub fn clean_text(field: &str, value: &str, max: usize) -> Result<String, DomainError> {
    let value = without_controls(field, value.trim())?;
    if value.is_empty() {
        return Err(refusals::text_empty(field));
    }
    let chars = value.chars().count();
    if chars > max {
        return Err(refusals::text_too_long(field, chars, max));
    }
    Ok(value)
}

/// The text with each CR LF made LF, or a refusal naming the field and the first control
/// character other than tab and line feed (a lone carriage return included), or the first
/// directional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which can make a
/// title display as something other than what was signed. The marks U+200E and U+200F stay.
pub fn without_controls(field: &str, value: &str) -> Result<String, DomainError> {
    let value = value.replace("\r\n", "\n");
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    match value
        .chars()
        .enumerate()
        .find(|&(_, c)| (c.is_control() && !matches!(c, '\t' | '\n')) || bidi(c))
    {
        None => Ok(value),
        Some((at, c)) => {
            let code = format!("{:04X}", u32::from(c));
            Err(if bidi(c) {
                refusals::text_bidi_control(field, code, at + 1)
            } else {
                refusals::text_control_character(field, code, at + 1)
            })
        }
    }
}

/// The largest longest-common-subsequence table built (cells), bounding memory to a few MB.
/// Beyond it the differing middle of two texts is reported as removed and added as a whole.
pub const MAX_LCS_CELLS: usize = 4_000_000;

// With at most MAX_LCS_CELLS cells the shorter side has at most 2,000 items, so an LCS length
// always fits the `u16` cells of the table (half the memory of `u32`).
const _: () = assert!(MAX_LCS_CELLS <= (u16::MAX as usize) * (u16::MAX as usize));

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum Change {
    /// Present in both texts.
    Same(String),
    /// Only in the new text.
    Added(String),
    /// Only in the old text.
    Removed(String),
}

/// A word-level diff of `old` against `new`.
///
/// Tokens are runs of whitespace and runs of non-whitespace, so spacing changes are kept and
/// the pieces rebuild both texts exactly (`Same` + `Removed` = `old`, `Same` + `Added` = `new`).
/// To read as replacements rather than word-by-word churn, each stretch of changes between two
/// unchanged stretches is reported as at most one `Removed` followed by at most one `Added`, and
/// whitespace alone between two changes is folded into them. Empty pieces are never produced.
pub fn diff_words(old: &str, new: &str) -> Vec<Change> {
    let a = tokens(old);
    let b = tokens(new);
    let matches = lcs_matches(&a, &b);

    // Raw pieces: runs of unchanged tokens, and the unmatched tokens between them.
    let mut raw: Vec<Change> = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (mi, mj) in matches.into_iter().chain([(a.len(), b.len())]) {
        if i < mi {
            raw.push(Change::Removed(a[i..mi].concat()));
        }
        if j < mj {
            raw.push(Change::Added(b[j..mj].concat()));
        }
        if mi < a.len() {
            raw.push(Change::Same(a[mi].to_owned()));
        }
        (i, j) = (mi + 1, mj + 1);
    }

    // Whitespace-only unchanged pieces between two changes become part of the change.
    let is_change = |c: Option<&Change>| matches!(c, Some(Change::Added(_) | Change::Removed(_)));
    let mut folded: Vec<Change> = Vec::with_capacity(raw.len());
    let mut k = 0;
    while k < raw.len() {
        // A run of consecutive `Same` pieces, to be judged as a whole.
        if let Change::Same(_) = raw[k] {
            let start = k;
            let mut text = String::new();
            while let Some(Change::Same(t)) = raw.get(k) {
                text.push_str(t);
                k += 1;
            }
            let between_changes =
                start > 0 && is_change(raw.get(start - 1)) && is_change(raw.get(k));
            if between_changes && text.chars().all(char::is_whitespace) {
                folded.push(Change::Removed(text.clone()));
                folded.push(Change::Added(text));
            } else {
                folded.push(Change::Same(text));
            }
        } else {
            folded.push(raw[k].clone());
            k += 1;
        }
    }

    // Group each stretch of changes into one removal then one addition.
    let mut out: Vec<Change> = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let flush = |out: &mut Vec<Change>, removed: &mut String, added: &mut String| {
        if !removed.is_empty() {
            out.push(Change::Removed(std::mem::take(removed)));
        }
        if !added.is_empty() {
            out.push(Change::Added(std::mem::take(added)));
        }
    };
    for change in folded {
        match change {
            Change::Removed(t) => removed.push_str(&t),
            Change::Added(t) => added.push_str(&t),
            Change::Same(t) => {
                flush(&mut out, &mut removed, &mut added);
                out.push(Change::Same(t));
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// How one paragraph fares between two versions of a text; numbers are 1-based positions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ParagraphChange {
    /// Identical in both versions.
    Unchanged { old: usize, new: usize },
    /// Edited: `words` is the [`diff_words`] of the old paragraph against the new.
    Changed {
        old: usize,
        new: usize,
        words: Vec<Change>,
    },
    /// Only in the new version.
    Inserted { new: usize },
    /// Only in the old version.
    Deleted { old: usize },
}

/// A paragraph-level diff of two versions of a text, in document order.
///
/// Paragraphs are aligned by a longest common subsequence on exact equality. Between two
/// aligned paragraphs, the unmatched old and new ones are paired in order as `Changed` (an
/// edited paragraph usually stays in place), and any left over are `Deleted` or `Inserted`.
pub fn diff_paragraphs(old: &[String], new: &[String]) -> Vec<ParagraphChange> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (mi, mj) in lcs_matches(old, new)
        .into_iter()
        .chain([(old.len(), new.len())])
    {
        let paired = (mi - i).min(mj - j);
        for k in 0..paired {
            out.push(ParagraphChange::Changed {
                old: i + k + 1,
                new: j + k + 1,
                words: diff_words(&old[i + k], &new[j + k]),
            });
        }
        out.extend((i + paired..mi).map(|o| ParagraphChange::Deleted { old: o + 1 }));
        out.extend((j + paired..mj).map(|n| ParagraphChange::Inserted { new: n + 1 }));
        if mi < old.len() {
            out.push(ParagraphChange::Unchanged {
                old: mi + 1,
                new: mj + 1,
            });
        }
        (i, j) = (mi + 1, mj + 1);
    }
    out
}

/// A UN document symbol found in free text, with its byte range (`text[start..end]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundSymbol {
    pub start: usize,
    pub end: usize,
    pub symbol: UnSymbol,
}

/// The series prefixes a symbol may start with, as [`UnSymbol::parse`] accepts them.
const SERIES: [&str; 6] = ["UNEP/", "ST/", "A/", "S/", "E/", "T/"];

/// The UN document symbols in `text`, in order, such as `S/RES/2231 (2015)` or `E/CN.4/2005/L.10`.
///
/// A symbol must stand on its own: it starts at the start of the text, after whitespace or after
/// an opening bracket or quote (so `NASA/1` and `https://x/S/1` are not symbols), and is not
/// followed directly by a letter or digit. Trailing sentence punctuation is left out
/// (`see A/77/1.` gives `A/77/1`); a year in brackets directly after (` (2015)`) is included.
/// Candidates that [`UnSymbol::parse`] rejects are skipped.
pub fn find_un_symbols(text: &str) -> Vec<FoundSymbol> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut prev: Option<char> = None;
    let mut resume = 0; // no new symbol may start inside the last one found
    for (start, c) in text.char_indices() {
        let before = prev.replace(c);
        if start < resume || !starts_symbol(before) {
            continue;
        }
        let rest = &text[start..];
        if !SERIES.iter().any(|s| rest.starts_with(s)) {
            continue;
        }
        let run = rest
            .bytes()
            .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/'))
            .count();
        let raw_end = start + run;
        if text[raw_end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue; // glued to a word: not a symbol
        }
        let mut end = start
            + rest[..run]
                .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                .len();
        if let Some(year) = bytes.get(end..end + 7)
            && year.starts_with(b" (")
            && year[2..6].iter().all(u8::is_ascii_digit)
            && year[6] == b')'
        {
            end += 7;
        }
        if let Ok(symbol) = UnSymbol::parse(&text[start..end]) {
            found.push(FoundSymbol { start, end, symbol });
            resume = end;
        }
    }
    found
}

/// Whether a symbol may start after `before` (the previous character, `None` at the start).
fn starts_symbol(before: Option<char>) -> bool {
    match before {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '"'
                        | '\''
                        | '\u{201C}'
                        | '\u{2018}'
                        | '\u{201E}'
                        | '\u{00AB}'
                )
        }
    }
}

/// Splits text into alternating runs of whitespace and non-whitespace; concatenated they are
/// the text again.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last_ws: Option<bool> = None;
    for (i, c) in s.char_indices() {
        let ws = c.is_whitespace();
        if last_ws.is_some_and(|l| l != ws) {
            out.push(&s[start..i]);
            start = i;
        }
        last_ws = Some(ws);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Index pairs `(i, j)` with `a[i] == b[j]` forming a longest common subsequence, increasing in
/// both. The common prefix and suffix are matched directly; if the rest would need more than
/// [`MAX_LCS_CELLS`] table cells, nothing in it is matched.
fn lcs_matches<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut out: Vec<(usize, usize)> = (0..prefix).map(|k| (k, k)).collect();
    let (n, m) = (ma.len(), mb.len());
    if n > 0 && m > 0 && (n + 1).saturating_mul(m + 1) <= MAX_LCS_CELLS {
        // table[i * w + j] = LCS length of ma[i..] and mb[j..], so a forward walk reads it off.
        let w = m + 1;
        let mut table = vec![0u16; (n + 1) * w];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                table[i * w + j] = if ma[i] == mb[j] {
                    table[(i + 1) * w + j + 1] + 1
                } else {
                    table[(i + 1) * w + j].max(table[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if ma[i] == mb[j] {
                out.push((prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    out.extend((0..suffix).map(|k| (a.len() - suffix + k, b.len() - suffix + k)));
    out
}

/// Paragraphs typed as text (a form's textarea, a file): separated by blank lines, each one's
/// lines joined by a space.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim).chain([""]) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn clean_text_refuses_directional_overrides_but_keeps_the_marks() {
        for (bad, code) in [
            ("invoice\u{202E}fdp.exe", "202E"),
            ("a\u{202A}b", "202A"),
            ("\u{2066}hidden\u{2069}", "2066"),
            ("x\u{2069}", "2069"),
        ] {
            let refusal = super::clean_text("title", bad, 100).unwrap_err();
            assert_eq!(refusal.refusal().id(), "text-bidi-control", "{bad:?}");
            assert!(
                refusal.to_string().contains(&format!("U+{code}")),
                "{refusal}"
            );
        }
        assert_eq!(
            super::clean_text("title", "مياه \u{200F}2026\u{200E} river", 100).unwrap(),
            "مياه \u{200F}2026\u{200E} river"
        );
    }

    #[test]
    fn clean_text_refuses_control_characters_but_keeps_tabs_and_line_breaks() {
        assert_eq!(
            super::clean_text("note", "  one\ttwo\r\nthree\n ", 100).unwrap(),
            "one\ttwo\nthree",
            "CR LF is stored as LF"
        );
        for bad in [
            "a\0b",
            "a\u{1b}[31mred",
            "a\rb",
            "a\u{7f}",
            "a\u{85}b",
            "a\u{8}",
        ] {
            let refusal = super::clean_text("title", bad, 100)
                .unwrap_err()
                .to_string();
            assert!(
                refusal.contains("the title contains the control character U+"),
                "{bad:?}: {refusal}"
            );
        }
        assert_eq!(
            super::clean_text("title", "ab\0", 100)
                .unwrap_err()
                .to_string(),
            "the title contains the control character U+0000 at character 3; \
             only tabs and line breaks are allowed"
        );
        assert!(super::clean_text("title", " \r\n ", 100).is_err(), "empty");
        assert!(super::clean_text("title", "abc", 2).is_err(), "too long");
    }

    use proptest::prelude::*;

    use super::*;

    fn rebuild(changes: &[Change]) -> (String, String) {
        let (mut old, mut new) = (String::new(), String::new());
        for c in changes {
            match c {
                Change::Same(t) => {
                    old.push_str(t);
                    new.push_str(t);
                }
                Change::Removed(t) => old.push_str(t),
                Change::Added(t) => new.push_str(t),
            }
        }
        (old, new)
    }

    fn same(s: &str) -> Change {
        Change::Same(s.into())
    }
    fn added(s: &str) -> Change {
        Change::Added(s.into())
    }
    fn removed(s: &str) -> Change {
        Change::Removed(s.into())
    }
    fn paras(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn tokens_alternate_whitespace_and_words() {
        assert_eq!(
            tokens("  a bc\t\nd "),
            ["  ", "a", " ", "bc", "\t\n", "d", " "]
        );
        assert!(tokens("").is_empty());
    }

    #[test]
    fn identical_texts_are_one_same_piece() {
        assert_eq!(diff_words("a b c", "a b c"), [same("a b c")]);
        assert!(diff_words("", "").is_empty());
    }

    #[test]
    fn replacing_a_word_keeps_its_neighbours() {
        assert_eq!(
            diff_words("the Council shall decide", "the Council may decide"),
            [
                same("the Council "),
                removed("shall"),
                added("may"),
                same(" decide")
            ]
        );
    }

    #[test]
    fn inserting_and_deleting_words() {
        assert_eq!(
            diff_words("member states", "all member states"),
            [added("all "), same("member states")]
        );
        assert_eq!(
            diff_words("all member states", "member states"),
            [removed("all "), same("member states")]
        );
        assert_eq!(diff_words("", "new"), [added("new")]);
        assert_eq!(diff_words("old", ""), [removed("old")]);
    }

    #[test]
    fn a_replaced_phrase_reads_as_one_replacement() {
        assert_eq!(
            diff_words("the cat sat down", "a small dog sat down"),
            [removed("the cat"), added("a small dog"), same(" sat down")]
        );
    }

    #[test]
    fn spacing_changes_are_kept() {
        let changes = diff_words("a  b", "a b");
        assert_eq!(changes, [same("a"), removed("  "), added(" "), same("b")]);
    }

    #[test]
    fn oversized_inputs_fall_back_to_removed_and_added() {
        let old: String = (0..2_100).map(|k| format!("o{k} ")).collect();
        let new: String = (0..2_100).map(|k| format!("n{k} ")).collect();
        // The common trailing space is matched as a suffix; the middle is too big for a table.
        let changes = diff_words(&format!("x {old}"), &format!("y {new}"));
        assert_eq!(rebuild(&changes), (format!("x {old}"), format!("y {new}")));
        assert_eq!(changes.len(), 3);
    }

    #[test]
    fn changes_serialise_with_op_and_text() {
        let json = serde_json::to_value(diff_words("a b", "a c")).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                {"op": "same", "text": "a "},
                {"op": "removed", "text": "b"},
                {"op": "added", "text": "c"},
            ])
        );
    }

    #[test]
    fn typed_paragraphs_are_separated_by_blank_lines() {
        assert_eq!(
            paragraphs("One\nstill one\n\n\nTwo\n  \nThree"),
            ["One still one", "Two", "Three"]
        );
        assert!(paragraphs(" \n\n").is_empty());
    }

    #[test]
    fn an_inserted_paragraph() {
        let d = diff_paragraphs(&paras(&["one", "three"]), &paras(&["one", "two", "three"]));
        assert_eq!(
            d,
            [
                ParagraphChange::Unchanged { old: 1, new: 1 },
                ParagraphChange::Inserted { new: 2 },
                ParagraphChange::Unchanged { old: 2, new: 3 },
            ]
        );
    }

    #[test]
    fn a_deleted_paragraph() {
        let d = diff_paragraphs(&paras(&["one", "two", "three"]), &paras(&["one", "three"]));
        assert_eq!(
            d,
            [
                ParagraphChange::Unchanged { old: 1, new: 1 },
                ParagraphChange::Deleted { old: 2 },
                ParagraphChange::Unchanged { old: 3, new: 2 },
            ]
        );
    }

    #[test]
    fn a_replaced_paragraph_is_changed_with_a_word_diff() {
        let d = diff_paragraphs(
            &paras(&["one", "the old text", "three"]),
            &paras(&["one", "the new text", "three"]),
        );
        assert_eq!(
            d,
            [
                ParagraphChange::Unchanged { old: 1, new: 1 },
                ParagraphChange::Changed {
                    old: 2,
                    new: 2,
                    words: vec![same("the "), removed("old"), added("new"), same(" text")],
                },
                ParagraphChange::Unchanged { old: 3, new: 3 },
            ]
        );
    }

    #[test]
    fn unmatched_paragraphs_pair_in_order_and_leftovers_follow() {
        let d = diff_paragraphs(
            &paras(&["a", "b1", "c1", "d"]),
            &paras(&["a", "b2", "d", "e"]),
        );
        assert_eq!(
            d,
            [
                ParagraphChange::Unchanged { old: 1, new: 1 },
                ParagraphChange::Changed {
                    old: 2,
                    new: 2,
                    words: vec![removed("b1"), added("b2")],
                },
                ParagraphChange::Deleted { old: 3 },
                ParagraphChange::Unchanged { old: 4, new: 3 },
                ParagraphChange::Inserted { new: 4 },
            ]
        );
        assert!(diff_paragraphs(&[], &[]).is_empty());
        assert_eq!(
            diff_paragraphs(&[], &paras(&["x"])),
            [ParagraphChange::Inserted { new: 1 }]
        );
    }

    #[test]
    fn paragraph_changes_serialise_with_op() {
        let json = serde_json::to_value(diff_paragraphs(&paras(&["a"]), &paras(&[]))).unwrap();
        assert_eq!(json, serde_json::json!([{"op": "deleted", "old": 1}]));
    }

    fn symbols(text: &str) -> Vec<&str> {
        find_un_symbols(text)
            .into_iter()
            .map(|f| {
                assert_eq!(
                    f.symbol,
                    UnSymbol::parse(&text[f.start..f.end]).unwrap(),
                    "offsets match the symbol"
                );
                &text[f.start..f.end]
            })
            .collect()
    }

    #[test]
    fn finds_symbols_in_prose() {
        let text = "Recalling S/RES/2231 (2015) and A/RES/76/234, see A/77/1. Also S/2023/123; \
                    and E/CN.4/2005/L.10 (the report).";
        assert_eq!(
            symbols(text),
            [
                "S/RES/2231 (2015)",
                "A/RES/76/234",
                "A/77/1",
                "S/2023/123",
                "E/CN.4/2005/L.10",
            ]
        );
    }

    #[test]
    fn symbols_at_edges_and_in_brackets_or_quotes() {
        assert_eq!(symbols("A/77/1"), ["A/77/1"]);
        assert_eq!(symbols("(S/RES/2231 (2015))"), ["S/RES/2231 (2015)"]);
        assert_eq!(
            symbols("\u{201C}UNEP/EA.5/Res.14\u{201D}"),
            ["UNEP/EA.5/Res.14"]
        );
        assert_eq!(symbols("[ST/SGB/2019/8]"), ["ST/SGB/2019/8"]);
        let found = find_un_symbols("see A/77/1.");
        assert_eq!((found[0].start, found[0].end), (4, 10));
    }

    #[test]
    fn a_year_is_taken_only_when_well_formed() {
        assert_eq!(symbols("S/RES/2231 (15) and"), ["S/RES/2231"]);
        assert_eq!(symbols("S/RES/2231 (2015"), ["S/RES/2231"]);
        assert_eq!(symbols("S/RES/2231  (2015)"), ["S/RES/2231"]);
    }

    #[test]
    fn no_symbols_inside_words_urls_or_invalid_series() {
        assert!(symbols("NASA/1 and https://x/S/1 and B/77/1").is_empty());
        assert!(symbols("é A/77/1é S/ and S//1 and a/77/1 A/77/1_x").is_empty());
        assert_eq!(symbols("A/77/1Add.1"), ["A/77/1Add.1"]);
        assert!(symbols("AS/77/1 and xA/77/1 and Ä/1").is_empty());
        assert!(symbols("").is_empty());
    }

    proptest! {
        #[test]
        fn word_diffs_rebuild_both_texts(
            old in proptest::collection::vec((0usize..6, 0usize..3), 0..30),
            new in proptest::collection::vec((0usize..6, 0usize..3), 0..30),
        ) {
            const WORDS: [&str; 6] = ["the", "Council", "décide", "shall", "", "a,"];
            const GAPS: [&str; 3] = [" ", "  ", "\n"];
            let join = |v: &[(usize, usize)]| -> String {
                v.iter().map(|&(w, g)| format!("{}{}", WORDS[w], GAPS[g])).collect()
            };
            let (old, new) = (join(&old), join(&new));
            let changes = diff_words(&old, &new);
            prop_assert_eq!(rebuild(&changes), (old, new));
            for pair in changes.windows(2) {
                let kinds = (std::mem::discriminant(&pair[0]), std::mem::discriminant(&pair[1]));
                prop_assert!(kinds.0 != kinds.1, "adjacent pieces of one kind: {:?}", pair);
                prop_assert!(
                    !matches!(pair, [Change::Added(_), Change::Removed(_)]),
                    "removal comes before addition: {:?}", pair
                );
            }
            let non_empty = changes.iter().all(|c| match c {
                Change::Same(t) | Change::Added(t) | Change::Removed(t) => !t.is_empty(),
            });
            prop_assert!(non_empty, "no empty pieces");
        }

        #[test]
        fn paragraph_diffs_cover_both_versions_in_order(
            old in proptest::collection::vec("[abc]{0,3}", 0..8),
            new in proptest::collection::vec("[abc]{0,3}", 0..8),
        ) {
            let (mut olds, mut news) = (Vec::new(), Vec::new());
            for c in diff_paragraphs(&old, &new) {
                match c {
                    ParagraphChange::Unchanged { old: o, new: n } => {
                        prop_assert_eq!(&old[o - 1], &new[n - 1]);
                        olds.push(o);
                        news.push(n);
                    }
                    ParagraphChange::Changed { old: o, new: n, words } => {
                        prop_assert_eq!(rebuild(&words), (old[o - 1].clone(), new[n - 1].clone()));
                        olds.push(o);
                        news.push(n);
                    }
                    ParagraphChange::Deleted { old: o } => olds.push(o),
                    ParagraphChange::Inserted { new: n } => news.push(n),
                }
            }
            prop_assert_eq!(olds, (1..=old.len()).collect::<Vec<_>>());
            prop_assert_eq!(news, (1..=new.len()).collect::<Vec<_>>());
        }
    }
}
