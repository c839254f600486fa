//! Refusals without CSRF token or by the rules, and the dialogue on My party.

use super::*;
use gsi_i18n::{Lang, localizer};

#[tokio::test]
async fn a_form_without_the_csrf_token_is_refused_and_records_nothing() {
    let fx = fixture();
    let pak = fx.sign_in("pak.focal").await;
    let path = format!("{}/register", fx.meeting_path());
    let fields = [("capacity", "member"), ("delegates", "Head of delegation")];
    let refused = fx.post(&path, Some(&pak), &fields).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("<html") && refused.has_id("error-sentence"));
    let mut forged = vec![("csrf_token", "forged")];
    forged.extend_from_slice(&fields);
    assert_eq!(
        fx.post(&path, Some(&pak), &forged).await.status,
        StatusCode::FORBIDDEN
    );
    let sco = fx.sign_in("sco.secretariat").await;
    let close = fx
        .post(
            &format!("{}/open", fx.document_path()),
            Some(&sco),
            &[("rule", "consensus")],
        )
        .await;
    assert_eq!(close.status, StatusCode::FORBIDDEN);
    // Without a session at all: sign in first.
    let anonymous = fx.post(&path, None, &fields).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert!(
        fx.meeting()
            .participant(&PartyId::parse("PAK").unwrap())
            .is_none()
    );
    assert!(fx.document().decisions.is_empty());
}

#[tokio::test]
async fn a_refused_action_is_a_page_with_the_sentence_and_stores_nothing() {
    let fx = fixture();
    let kaz = fx.sign_in("kaz.delegate").await;
    let document = fx.document_path();
    // The rule's refusal is said in the page's language: in English as the rule declares it, in
    // French from its translation, with the same values.
    let current = fx.document().current();
    let (version, count) = (
        current.number.to_string(),
        current.paragraphs.len().to_string(),
    );
    let french_sentence = localizer().text_args(
        Lang::Fr,
        "refusal-dialogue-no-such-paragraph-in-version",
        &[
            ("version", (&version).into()),
            ("count", (&count).into()),
            ("paragraph", "99".into()),
        ],
    );
    let french = format!("{kaz}; gsi_lang=fr");
    for (cookie, lang, sentence) in [
        (&kaz, "en", "there is no paragraph 99".to_string()),
        (&french, "fr", french_sentence),
    ] {
        let refused = fx
            .act(
                cookie,
                &document,
                &format!("{document}/amend"),
                &[
                    ("op", "replace"),
                    ("paragraph", "99"),
                    ("text", "A new text."),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("<html") && refused.has_id("error-home"));
        assert!(refused.body.contains(&format!("lang=\"{lang}\"")));
        assert!(refused.body.contains(&sentence), "{}", refused.body);
        assert!(
            !refused.has_id("error-detail-label"),
            "a translated refusal is not labelled as English"
        );
        assert!(fx.document().amendments.is_empty(), "nothing was stored");
    }

    // A member may not approve registrations: the core's sentence, as a page.
    let pak = fx.sign_in("pak.focal").await;
    see_other(
        &fx.act(
            &pak,
            &fx.meeting_path(),
            &format!("{}/register", fx.meeting_path()),
            &[("delegates", "Head of delegation")],
        )
        .await,
        "register",
    );
    let refused = fx
        .act(
            &kaz,
            &fx.meeting_path(),
            &format!("{}/approve", fx.meeting_path()),
            &[("party", "PAK")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.body.contains("only the convener"),
        "{}",
        refused.body
    );
    let m = fx.meeting();
    assert_eq!(
        m.participant(&PartyId::parse("PAK").unwrap())
            .unwrap()
            .status,
        gsi_core::dialogue::meetings::Registration::Requested
    );

    // An empty delegation is refused before the platform is asked.
    let empty = fx
        .act(
            &pak,
            &fx.meeting_path(),
            &format!("{}/register", fx.meeting_path()),
            &[("delegates", "  \n ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Unknown meetings and documents are pages too.
    for path in [
        "/meetings/0000000000000000000000000z",
        "/meetings/not-an-id",
        "/documents/0000000000000000000000000z",
        "/documents/0000000000000000000000000z/tally",
    ] {
        let page = fx.get(path, None).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.has_id("error-home"), "{path}");
    }
}

#[tokio::test]
async fn a_secretariat_declares_its_mechanisms_rules_on_my_party() {
    let fx = fixture();
    let sco_party = gsi_core::PartyId::parse("sco").unwrap();
    let sco = fx.sign_in("sco.secretariat").await;
    let page = fx.get("/my-party", Some(&sco)).await;
    assert!(page.has_id("rules-form"), "the secretariat may declare");
    assert!(
        page.body.contains("value=\"SCO/GSI\""),
        "the declared series is shown"
    );

    let declared = fx
        .act(
            &sco,
            "/my-party",
            "/my-party/rules",
            &[
                ("allowed", "consensus"),
                ("allowed", "silence"),
                ("allowed", "simple_majority"),
                ("default", "simple_majority"),
                ("quorum", "2/3"),
                ("series", "SCO/CFM"),
            ],
        )
        .await;
    assert_eq!(declared.status, StatusCode::SEE_OTHER, "{}", declared.body);
    let rules = fx.platform.dialogue().mechanism_rules(&sco_party).unwrap();
    assert_eq!(rules.series, "SCO/CFM");
    assert_eq!(rules.default, gsi_core::decisions::RuleKind::SimpleMajority);
    assert_eq!(
        rules.quorum,
        Some(gsi_core::decisions::Quorum::Fraction { num: 2, den: 3 })
    );
    assert_eq!(
        fx.platform
            .store()
            .records_about("rules:sco")
            .unwrap()
            .len(),
        2,
        "the demo's declaration and this one, each a signed record"
    );

    // A default the mechanism does not allow is refused with the core's sentence; nothing changes.
    let refused = fx
        .act(
            &sco,
            "/my-party",
            "/my-party/rules",
            &[
                ("allowed", "consensus"),
                ("default", "security_council"),
                ("series", "SCO/CFM"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&refused.body).contains("is not among the allowed rules"));
    assert_eq!(
        fx.platform.dialogue().mechanism_rules(&sco_party).unwrap(),
        rules
    );

    // A state's delegate sees no rules: a state's meetings are ad hoc.
    let kaz = fx.sign_in("kaz.delegate").await;
    assert!(!fx.get("/my-party", Some(&kaz)).await.has_id("rules"));
}

#[tokio::test]
async fn my_party_lists_the_dialogue_steps_only_that_party_can_take() {
    let fx = fixture();
    let meeting = fx.meeting_path();
    let document = fx.document_path();
    let sco = fx.sign_in("sco.secretariat").await;
    let kaz = fx.sign_in("kaz.delegate").await;
    let pak = fx.sign_in("pak.focal").await;
    let page = fx.get("/my-party", Some(&sco)).await;
    assert!(page.has_id("pending-none"), "nothing waits yet");

    // Pakistan asks to take part: the secretariat is asked to decide, Pakistan is not.
    see_other(
        &fx.act(
            &pak,
            &meeting,
            &format!("{meeting}/register"),
            &[("delegates", "Head of delegation")],
        )
        .await,
        "register",
    );
    let page = fx.get("/my-party", Some(&sco)).await;
    assert!(page.has_id("awaiting-dialogue"), "{}", page.body);
    assert!(
        page.body.contains(&format!(
            "<li data-kind=\"registration\"><a href=\"{meeting}#participants\">"
        )),
        "{}",
        page.body
    );
    assert!(plain(&page.body).contains("Approve or decline the registration of Pakistan"));
    assert!(
        !fx.get("/my-party", Some(&pak))
            .await
            .has_id("awaiting-dialogue")
    );

    // A decision opens: each member that has not taken a position is asked for it.
    see_other(
        &fx.act(
            &sco,
            &document,
            &format!("{document}/open"),
            &[("rule", "consensus")],
        )
        .await,
        "open",
    );
    let page = fx.get("/my-party?lang=fr", Some(&kaz)).await;
    assert!(
        page.body.contains(&format!(
            "<li data-kind=\"position\"><a href=\"{document}#decision\">"
        )),
        "{}",
        page.body
    );
    assert!(plain(&page.body).contains("Consigner la position de votre partie"));
    see_other(
        &fx.act(
            &kaz,
            &document,
            &format!("{document}/position"),
            &[("position", "support"), ("comfort", "support")],
        )
        .await,
        "position",
    );
    assert!(
        !fx.get("/my-party", Some(&kaz))
            .await
            .body
            .contains("data-kind=\"position\""),
        "taken"
    );
}
