//! Checks of the locale files (complete, consistent, well-formed) and of the API (negotiation,
//! plurals, fallback). Each test names the rule it guards.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// The groups every language must define in full: all of them.
const GROUPS_IN_EVERY_LANGUAGE: [&str; 10] = [
    "nav-",
    "common-",
    "home-",
    "registry-",
    "catalogue-",
    "concern-",
    "transparency-",
    "party-",
    "dialogue-",
    "auth-",
];

/// Every group a message id may belong to.
const ALL_GROUPS: [&str; 10] = [
    "nav-",
    "common-",
    "home-",
    "registry-",
    "catalogue-",
    "concern-",
    "transparency-",
    "party-",
    "dialogue-",
    "auth-",
];

/// One message of a locale: the variables it uses, and the plural selectors it contains.
#[derive(Debug, Default)]
struct MessageInfo {
    variables: BTreeSet<String>,
    /// For every select expression on a variable: the keys of its variants, in order.
    selects: Vec<(String, Vec<String>)>,
    has_value: bool,
}

fn parse(lang: Lang) -> ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(lang.source()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}/*.ftl does not parse: {errors:?}"),
    }
}

/// The messages of a locale, but the refusals: `refusal-<id>` translates a sentence the domain
/// core declares in English (`gsi_core::error`), not a message of `en/*.ftl`, so the web crate's
/// `refusals_in_every_language` test checks those against the core's declarations.
fn messages(lang: Lang) -> BTreeMap<String, MessageInfo> {
    let mut out = BTreeMap::new();
    for entry in parse(lang).body {
        if let ast::Entry::Message(message) = entry
            && !message.id.name.starts_with("refusal-")
        {
            let mut info = MessageInfo {
                has_value: message.value.is_some(),
                ..MessageInfo::default()
            };
            if let Some(value) = &message.value {
                walk_pattern(value, &mut info);
            }
            for attribute in &message.attributes {
                walk_pattern(&attribute.value, &mut info);
            }
            let previous = out.insert(message.id.name.to_owned(), info);
            assert!(
                previous.is_none(),
                "{lang} defines {} twice",
                message.id.name
            );
        }
    }
    out
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut MessageInfo) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, info),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                info.selects.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    let arguments = match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
            None
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::TermReference { arguments, .. } => arguments.as_ref(),
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, info);
            None
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. } => None,
    };
    if let Some(arguments) = arguments {
        for positional in &arguments.positional {
            walk_inline(positional, info);
        }
        for named in &arguments.named {
            walk_inline(&named.value, info);
        }
    }
}

fn ids(lang: Lang) -> BTreeSet<String> {
    messages(lang).into_keys().collect()
}

/// The text without Unicode directional isolates, for comparing with plain expectations.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_locale_parses_without_errors_and_loads_into_a_bundle() {
    for lang in Lang::ALL {
        assert!(!lang.source().trim().is_empty(), "{lang}/*.ftl is empty");
        let resource = match FluentResource::try_new(lang.source().to_owned()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang}/*.ftl has syntax errors: {errors:?}"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("{lang}/*.ftl defines an id twice: {errors:?}");
        }
        // No junk entries either (the parser reports them as errors, but be explicit).
        let junk = parse(lang)
            .body
            .iter()
            .filter(|e| matches!(e, ast::Entry::Junk { .. }))
            .count();
        assert_eq!(junk, 0, "{lang}/*.ftl has unparsable entries");
    }
}

#[test]
fn every_message_has_a_value_and_belongs_to_a_known_group() {
    for lang in Lang::ALL {
        for (id, info) in messages(lang) {
            assert!(info.has_value, "{lang}: {id} has no value");
            assert!(
                ALL_GROUPS.iter().any(|g| id.starts_with(g)),
                "{lang}: {id} belongs to no group ({ALL_GROUPS:?})"
            );
        }
    }
}

#[test]
fn english_and_chinese_define_exactly_the_same_ids() {
    let en = ids(Lang::En);
    let zh = ids(Lang::Zh);
    let missing: Vec<_> = en.difference(&zh).collect();
    let extra: Vec<_> = zh.difference(&en).collect();
    assert!(missing.is_empty(), "zh lacks {missing:?}");
    assert!(extra.is_empty(), "zh defines ids English lacks: {extra:?}");
}

#[test]
fn other_languages_define_the_shared_groups_and_nothing_english_lacks() {
    let en = ids(Lang::En);
    for lang in [Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar] {
        let theirs = ids(lang);
        let missing: Vec<_> = en
            .iter()
            .filter(|id| GROUPS_IN_EVERY_LANGUAGE.iter().any(|g| id.starts_with(g)))
            .filter(|id| !theirs.contains(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = theirs.difference(&en).collect();
        assert!(
            extra.is_empty(),
            "{lang} defines ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn translations_use_only_the_variables_of_the_english_message() {
    let en = messages(Lang::En);
    for lang in Lang::ALL {
        for (id, info) in messages(lang) {
            let Some(english) = en.get(&id) else {
                continue; // reported by the id tests
            };
            let unknown: Vec<_> = info.variables.difference(&english.variables).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: {id} uses {unknown:?}, which the English message does not"
            );
        }
    }
}

#[test]
fn plural_selectors_cover_every_category_of_the_language() {
    // The CLDR cardinal categories that whole numbers take in each language (`other` is the
    // default variant everywhere, and covers fractions in Russian). A numeric key `[0]` stands
    // for Arabic `zero`.
    let needed = |lang: Lang| -> &'static [&'static str] {
        match lang {
            Lang::En | Lang::Fr | Lang::Es => &["one"],
            Lang::Zh => &[],
            Lang::Ru => &["one", "few", "many"],
            Lang::Ar => &["zero", "one", "two", "few", "many"],
        }
    };
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    for lang in Lang::ALL {
        for (id, info) in messages(lang) {
            for (variable, keys) in &info.selects {
                let is_plural = keys
                    .iter()
                    .all(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
                if !is_plural {
                    continue;
                }
                // Variants are tried in order: an exact number listed after a category that
                // covers it would never be chosen.
                let first_category = keys.iter().position(|k| k.parse::<f64>().is_err());
                let last_number = keys.iter().rposition(|k| k.parse::<f64>().is_ok());
                if let (Some(c), Some(n)) = (first_category, last_number) {
                    assert!(
                        n < c,
                        "{lang}: {id} lists the number [{}] after a category",
                        keys[n]
                    );
                }
                for category in needed(lang) {
                    let covered = keys.iter().any(|k| k == category)
                        || (*category == "zero" && keys.iter().any(|k| k == "0"));
                    assert!(
                        covered,
                        "{lang}: {id} selects on ${variable} without a [{category}] variant"
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let en = messages(Lang::En);
    let l = Localizer::new();
    for lang in Lang::ALL {
        let bundle = l.bundle(lang);
        for id in messages(lang).keys() {
            let mut args = FluentArgs::new();
            for variable in &en[id].variables {
                args.set(variable.as_str(), 3);
            }
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                panic!("{lang}: {id} has no value");
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang}: {id} formats with {errors:?}");
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
        }
    }
}

#[test]
fn every_english_id_renders_in_every_language_through_fallback() {
    let l = Localizer::new();
    for id in ids(Lang::En) {
        for lang in Lang::ALL {
            let text = l.text(lang, &id);
            assert_ne!(text, id, "{lang}: {id} did not resolve");
            assert!(!text.is_empty());
        }
    }
}

#[test]
fn languages_have_codes_native_names_and_directions() {
    let expected = [
        (Lang::En, "en", "English", "ltr"),
        (Lang::Zh, "zh", "中文", "ltr"),
        (Lang::Fr, "fr", "Français", "ltr"),
        (Lang::Es, "es", "Español", "ltr"),
        (Lang::Ru, "ru", "Русский", "ltr"),
        (Lang::Ar, "ar", "العربية", "rtl"),
    ];
    for (lang, code, name, dir) in expected {
        assert_eq!(lang.as_str(), code);
        assert_eq!(lang.to_string(), code);
        assert_eq!(lang.native_name(), name);
        assert_eq!(lang.dir(), dir);
        assert_eq!(Lang::from_code(code), Some(lang));
        assert_eq!(Lang::from_code(&code.to_uppercase()), Some(lang));
    }
    assert!(Lang::Ar.is_rtl());
    assert_eq!(Lang::ALL.iter().filter(|l| l.is_rtl()).count(), 1);
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(
        Lang::from_code("zh-CN"),
        None,
        "from_code takes codes, not tags"
    );
}

#[test]
fn tags_map_to_languages_by_their_primary_subtag() {
    for (tag, lang) in [
        ("zh-CN", Some(Lang::Zh)),
        ("zh-Hans", Some(Lang::Zh)),
        ("zh-Hans-CN", Some(Lang::Zh)),
        ("zh-TW", Some(Lang::Zh)),
        ("fr-CA", Some(Lang::Fr)),
        ("es-419", Some(Lang::Es)),
        ("ru-RU", Some(Lang::Ru)),
        ("ar-EG", Some(Lang::Ar)),
        ("EN-gb", Some(Lang::En)),
        ("de-DE", None),
        ("", None),
        ("*", None),
        ("12", None),
        ("fr--CA", None),
        ("français", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "tag {tag:?}");
    }
    assert_eq!(Lang::from_tag(&"a".repeat(10_000)), None);
}

#[test]
fn negotiate_prefers_an_explicit_choice() {
    assert_eq!(negotiate(Some("fr"), Some("ar")), Lang::Ar);
    assert_eq!(negotiate(Some("fr"), Some("ZH")), Lang::Zh);
    assert_eq!(negotiate(Some("fr"), Some("zh-CN")), Lang::Zh);
    assert_eq!(negotiate(None, Some("ru")), Lang::Ru);
    // An explicit value that names no language of ours is ignored, not obeyed as English.
    assert_eq!(negotiate(Some("fr"), Some("xx")), Lang::Fr);
    assert_eq!(negotiate(Some("es"), Some("")), Lang::Es);
    assert_eq!(negotiate(Some("es"), Some("<script>")), Lang::Es);
    assert_eq!(negotiate(None, Some("de")), Lang::En);
}

#[test]
fn negotiate_reads_accept_language_with_q_values() {
    for (header, lang) in [
        ("zh-CN,zh;q=0.9,en;q=0.8", Lang::Zh),
        ("zh-Hans", Lang::Zh),
        ("fr-CA", Lang::Fr),
        ("fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7", Lang::Fr),
        ("en;q=0.5, ar;q=0.9", Lang::Ar),
        ("en-US;q=0.1, es-MX;q=0.2, ru;q=0.15", Lang::Es),
        // Unknown languages are skipped, however preferred.
        ("de-DE, ja;q=0.9, ru;q=0.3", Lang::Ru),
        ("de, ja", Lang::En),
        // Equal weights keep the header's order.
        ("ru, fr", Lang::Ru),
        ("ru;q=0.8, fr;q=0.8", Lang::Ru),
        ("fr;q=0.8, ru;q=0.8", Lang::Fr),
        // Case and spaces do not matter.
        (" FR-ca ; Q=0.9 , en ; q=0.5 ", Lang::Fr),
        // q=0 is "not acceptable".
        ("fr;q=0, es", Lang::Es),
        ("fr;q=0", Lang::En),
        ("ar;q=0.000, ru;q=0.001", Lang::Ru),
        ("es;q=1.0, fr", Lang::Es),
        ("es;q=1.000, fr;q=0.999", Lang::Es),
    ] {
        assert_eq!(negotiate(Some(header), None), lang, "header {header:?}");
    }
}

#[test]
fn negotiate_handles_wildcards() {
    for (header, lang) in [
        ("*", Lang::En),
        ("de, *;q=0.5", Lang::En),
        // `*` stands for languages the header does not name otherwise.
        ("en;q=0, *", Lang::Zh),
        ("en;q=0, zh;q=0, *;q=0.5", Lang::Fr),
        ("en;q=0.1, *;q=0.5", Lang::Zh),
        ("*;q=0.1, ar", Lang::Ar),
        ("*;q=0", Lang::En),
        ("es;q=0.2, *;q=0.1", Lang::Es),
    ] {
        assert_eq!(negotiate(Some(header), None), lang, "header {header:?}");
    }
}

#[test]
fn negotiate_survives_garbage() {
    let long = "x,".repeat(50_000) + "fr";
    for header in [
        "",
        " ",
        ",,,",
        ";;;",
        "!!!, ;q=1, =,",
        "q=0.5",
        "中文",
        "\u{0}\u{7f}",
        "fr;q=abc",
        "fr;q=1.5",
        "fr;q=0.1234",
        "fr;q=-1",
        "fr;q=.5",
        "fr;q=",
        long.as_str(),
    ] {
        assert_eq!(negotiate(Some(header), None), Lang::En, "header {header:?}");
    }
    // A malformed range does not spoil the rest.
    assert_eq!(negotiate(Some("fr;q=abc, ru"), None), Lang::Ru);
    assert_eq!(negotiate(Some("@@, es;q=0.1"), None), Lang::Es);
    assert_eq!(negotiate(Some("fr;q=2, es;q=0.1"), None), Lang::Es);
    assert_eq!(
        negotiate(Some("fr;level=1;q=0.4, es;q=0.3"), None),
        Lang::Fr
    );
    assert_eq!(negotiate(None, None), Lang::En);
}

#[test]
fn qvalues_follow_rfc_9110() {
    for (s, q) in [
        ("0", Some(0)),
        ("0.", Some(0)),
        ("0.5", Some(500)),
        ("0.05", Some(50)),
        ("0.125", Some(125)),
        ("1", Some(1000)),
        ("1.", Some(1000)),
        ("1.000", Some(1000)),
        ("1.001", None),
        ("0.1234", None),
        ("2", None),
        ("", None),
        (".5", None),
        ("-0.5", None),
        ("0,5", None),
        ("0.5a", None),
    ] {
        assert_eq!(parse_qvalue(s), q, "qvalue {s:?}");
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let l = localizer();
    let count =
        |lang: Lang, n: i64| plain(&l.text_args(lang, "concern-count", &[("count", n.into())]));
    let cases: [(Lang, [&str; 6]); 3] = [
        (
            Lang::En,
            [
                "0 concerns",
                "1 concern",
                "2 concerns",
                "5 concerns",
                "11 concerns",
                "21 concerns",
            ],
        ),
        (
            Lang::Ru,
            [
                "0 озабоченностей",
                "1 озабоченность",
                "2 озабоченности",
                "5 озабоченностей",
                "11 озабоченностей",
                "21 озабоченность",
            ],
        ),
        (
            Lang::Ar,
            [
                "لا توجد شواغل",
                "شاغل واحد",
                "شاغلان",
                "5 شواغل",
                "11 شاغلًا",
                "21 شاغلًا",
            ],
        ),
    ];
    for (lang, expected) in cases {
        for (n, want) in [0, 1, 2, 5, 11, 21].into_iter().zip(expected) {
            assert_eq!(count(lang, n), want, "{lang} with {n}");
        }
    }
    // Numbers given in other types select the same forms; Chinese has one form.
    assert_eq!(
        plain(&l.text_args(Lang::Ru, "concern-count", &[("count", 22u32.into())])),
        "22 озабоченности"
    );
    assert_eq!(
        plain(&l.text_args(Lang::Ar, "concern-count", &[("count", 100usize.into())])),
        "100 شاغل"
    );
    assert_eq!(
        plain(&l.text_args(Lang::Zh, "concern-count", &[("count", 21.into())])),
        "21 项关切"
    );
    // A numeric key wins over the category for an exact match.
    assert_eq!(
        plain(&l.text_args(Lang::En, "home-priority-open", &[("open", 0.into())])),
        "No open concerns"
    );
    assert_eq!(
        plain(&l.text_args(Lang::En, "home-priority-open", &[("open", 1.into())])),
        "1 open concern"
    );
    assert_eq!(
        plain(&l.text_args(Lang::En, "home-priority-open", &[("open", 7.into())])),
        "7 open concerns"
    );
}

#[test]
fn arguments_are_inserted_inside_directional_isolates() {
    let l = localizer();
    assert_eq!(
        l.text_args(
            Lang::En,
            "common-page-of",
            &[("page", 2.into()), ("pages", 5.into())]
        ),
        "Page \u{2068}2\u{2069} of \u{2068}5\u{2069}"
    );
    let party = String::from("KAZ");
    assert_eq!(
        plain(&l.text_args(
            Lang::En,
            "concern-timeline-lodged",
            &[("party", (&party).into())]
        )),
        "KAZ lodged the concern"
    );
    assert_eq!(
        plain(&l.text_args(Lang::Zh, "common-as-of", &[("date", "2026-05-01".into())])),
        "截至 2026-05-01"
    );
}

#[test]
fn a_message_missing_in_a_language_falls_back_to_english() {
    fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "only-en = Only in English\nboth = In English\ncount = { $n } items\n",
            Lang::Fr => "both = En français\n",
            _ => "",
        }
    }
    let l = Localizer::from_sources(source);
    assert_eq!(l.text(Lang::Fr, "both"), "En français");
    assert_eq!(l.text(Lang::Fr, "only-en"), "Only in English");
    assert_eq!(l.text(Lang::Ar, "only-en"), "Only in English");
    assert_eq!(
        plain(&l.text_args(Lang::Ru, "count", &[("n", 4.into())])),
        "4 items"
    );
    assert!(l.has_message(Lang::Fr, "both"));
    assert!(!l.has_message(Lang::Fr, "only-en"));
    assert!(l.has_message(Lang::En, "only-en"));
}

#[test]
fn a_broken_locale_does_not_stop_the_others() {
    fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "ok = Fine\n",
            Lang::Zh => "ok = { broken\ngood = 好\n",
            Lang::Fr => "ok = Un\nok = Deux\n",
            _ => "",
        }
    }
    let l = Localizer::from_sources(source);
    assert_eq!(l.text(Lang::Zh, "good"), "好");
    assert_eq!(
        l.text(Lang::Zh, "ok"),
        "Fine",
        "the broken entry falls back"
    );
    assert_eq!(l.text(Lang::Fr, "ok"), "Un", "the first definition is kept");
}

#[test]
fn an_unknown_id_comes_back_as_itself() {
    let l = localizer();
    for lang in Lang::ALL {
        assert_eq!(l.text(lang, "no-such-message"), "no-such-message");
        assert_eq!(
            l.text_args(lang, "no-such-message", &[("count", 1.into())]),
            "no-such-message"
        );
        assert_eq!(l.text(lang, ""), "");
        assert!(!l.has_message(lang, "no-such-message"));
    }
}

#[test]
fn missing_or_extra_arguments_never_panic() {
    let l = localizer();
    for lang in Lang::ALL {
        let text = l.text(lang, "common-page-of");
        assert!(!text.is_empty());
        let text = l.text_args(lang, "concern-count", &[("count", "many".into())]);
        assert!(!text.is_empty());
        let text = l.text_args(lang, "nav-home", &[("unused", 1.into())]);
        assert_eq!(text, l.text(lang, "nav-home"));
        let text = l.text_args(lang, "concern-count", &[("count", f64::NAN.into())]);
        assert!(!text.is_empty());
    }
}

#[test]
fn the_localizer_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
    assert!(std::ptr::eq(localizer(), localizer()));
    std::thread::scope(|scope| {
        for lang in Lang::ALL {
            scope.spawn(move || {
                for n in 0..50 {
                    let text = localizer().text_args(lang, "concern-count", &[("count", n.into())]);
                    assert!(plain(&text).contains(&n.to_string()) || n <= 2);
                }
            });
        }
    });
}

#[test]
fn the_real_texts_say_what_they_should() {
    let l = localizer();
    assert_eq!(l.text(Lang::En, "nav-site-name"), "GSI Platform");
    assert_eq!(l.text(Lang::Zh, "nav-site-name"), "全球安全倡议平台");
    assert_eq!(
        plain(&l.text_args(
            Lang::En,
            "concern-clock-acknowledged-after",
            &[("days", 3.into())]
        )),
        "Acknowledged after 3 days"
    );
    assert_eq!(
        plain(&l.text_args(
            Lang::En,
            "concern-clock-response-due",
            &[("date", "2026-07-01".into())]
        )),
        "Response due 2026-07-01"
    );
    assert_eq!(l.text(Lang::En, "concern-clock-overdue"), "Overdue");
    // Translations are translations: in every language, at most a twentieth of the shared
    // groups may read exactly as in English (words such as "Date", "Forum" or "Code" that are the
    // same in French or Spanish).
    let en = messages(Lang::En);
    let shared: Vec<&String> = en
        .keys()
        .filter(|id| GROUPS_IN_EVERY_LANGUAGE.iter().any(|g| id.starts_with(g)))
        .collect();
    for lang in [Lang::Zh, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar] {
        let same: Vec<_> = shared
            .iter()
            .filter(|id| l.text(lang, id) == l.text(Lang::En, id))
            .collect();
        assert!(
            same.len() * 20 <= shared.len(),
            "{lang} leaves {} of {} messages in English: {same:?}",
            same.len(),
            shared.len()
        );
    }
}
