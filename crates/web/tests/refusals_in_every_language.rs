//! Every refusal the platform declares (`gsi_app::refusals::all`: the core's modules and the
//! application layer) is said in each of the six languages: English by the declaration itself,
//! the five others by a Fluent message `refusal-<id>` that uses exactly the declared values.

use gsi_i18n::{Arg, Lang, localizer};

/// The text without Unicode directional isolates.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_refusal_is_translated_with_exactly_its_values() {
    let refusals = gsi_app::refusals::all();
    assert!(refusals.len() > 100, "the declarations are read");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for t in &refusals {
            let id = format!("refusal-{}", t.id);
            if !localizer().has_message(lang, &id) {
                problems.push(format!("{lang}: {id} is missing"));
                continue;
            }
            let markers: Vec<String> = t.values.iter().map(|v| format!("⟦{v}⟧")).collect();
            let args: Vec<(&str, Arg<'_>)> = t
                .values
                .iter()
                .zip(&markers)
                .map(|(name, marker)| (*name, Arg::from(marker)))
                .collect();
            let text = plain(&localizer().text_args(lang, &id, &args));
            for marker in &markers {
                if !text.contains(marker.as_str()) {
                    problems.push(format!("{lang}: {id} does not say {marker}: {text}"));
                }
            }
            if text.contains('{') || text.trim().is_empty() {
                problems.push(format!(
                    "{lang}: {id} names a value it is not given: {text}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_refusals_are_the_declarations_themselves() {
    for t in gsi_app::refusals::all() {
        let id = format!("refusal-{}", t.id);
        assert!(
            !localizer().has_message(Lang::En, &id),
            "{id}: the English sentence is declared once, in the code"
        );
    }
}
