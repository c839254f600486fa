//! From registration to an adopted, numbered document; votes and the silence procedure.

use super::*;

#[tokio::test]
async fn a_meeting_goes_from_registration_to_an_adopted_numbered_document() {
    let fx = fixture();
    let meeting = fx.meeting_path();
    let document = fx.document_path();
    let pak = fx.sign_in("pak.focal").await;
    let rus = fx.sign_in("rus.delegate").await;
    let sco = fx.sign_in("sco.secretariat").await;
    let kaz = fx.sign_in("kaz.delegate").await;
    let chn = fx.sign_in("chn.delegate").await;

    // Pakistan registers as a member; Russia asks to observe.
    let done = fx
        .act(
            &pak,
            &meeting,
            &format!("{meeting}/register"),
            &[
                ("capacity", "member"),
                ("delegates", "Head of delegation of Pakistan\nAdviser"),
            ],
        )
        .await;
    see_other(&done, "register");
    assert!(done.location().contains("done=registered"));
    let done = fx
        .act(
            &rus,
            &meeting,
            &format!("{meeting}/register"),
            &[
                ("capacity", "observer"),
                ("delegates", "Observer of Russia"),
            ],
        )
        .await;
    see_other(&done, "register as observer");

    // The delegate of another member sees the requests but no buttons; the secretariat
    // approves both.
    let kaz_view = fx.get(&meeting, Some(&kaz)).await;
    assert!(
        kaz_view
            .body
            .contains("data-party=\"PAK\" data-status=\"requested\"")
    );
    assert!(!kaz_view.has_id("approve-PAK"));
    let sco_view = fx.get(&meeting, Some(&sco)).await;
    assert!(sco_view.has_id("approve-PAK") && sco_view.has_id("decline-PAK"));
    assert!(sco_view.has_id("approve-RUS"));
    for party in ["PAK", "RUS"] {
        let done = fx
            .act(
                &sco,
                &meeting,
                &format!("{meeting}/approve"),
                &[("party", party)],
            )
            .await;
        see_other(&done, "approve");
    }
    let m = fx.meeting();
    assert!(m.takes_part(&PartyId::parse("PAK").unwrap()));
    let page = fx.get(&meeting, Some(&pak)).await;
    assert!(
        page.body
            .contains("data-party=\"PAK\" data-status=\"approved\"")
    );
    assert!(page.has_id("floor-2") && page.has_id("withdraw-registration"));

    // Pakistan asks for the floor on item 2; it appears on the list of speakers.
    let done = fx
        .act(
            &pak,
            &meeting,
            &format!("{meeting}/floor"),
            &[("item", "2"), ("delegate", "Adviser")],
        )
        .await;
    see_other(&done, "floor");
    let page = fx.get(&meeting, Some(&pak)).await;
    assert!(page.has_id("speakers-2") && page.body.contains("Adviser"));
    assert!(page.has_id("floor-withdraw-2"));

    // Pakistan amends paragraph 2; the chair accepts; the diff shows the words.
    let doc = fx.get(&document, Some(&pak)).await;
    assert!(doc.has_id("amend-form"));
    let done = fx
        .act(
            &pak,
            &document,
            &format!("{document}/amend"),
            &[
                ("op", "replace"),
                ("paragraph", "2"),
                (
                    "text",
                    "They agree to notify downstream parties of planned water releases at least \
                     thirty days in advance.",
                ),
                ("reason", "Spring floods need more notice."),
            ],
        )
        .await;
    see_other(&done, "amend");
    let chair = fx.get(&document, Some(&sco)).await;
    assert!(chair.has_id("accept-1") && chair.has_id("reject-1"));
    assert!(
        chair.has_id("open-blocked"),
        "a pending amendment blocks a decision"
    );
    assert!(!chair.has_id("open-decision-form"));
    let member = fx.get(&document, Some(&kaz)).await;
    assert!(
        !member.has_id("accept-1"),
        "only the chair decides amendments"
    );
    let done = fx
        .act(
            &sco,
            &document,
            &format!("{document}/accept"),
            &[("amendment", "1")],
        )
        .await;
    see_other(&done, "accept");
    assert_eq!(fx.document().current().number, 2);
    let doc = fx.get(&document, None).await;
    assert!(doc.has_id("diff"));
    assert!(doc.body.contains("<del>fourteen</del>"), "{}", doc.body);
    assert!(doc.body.contains("<ins>thirty</ins>"));
    assert!(doc.body.contains("data-change=\"changed\""));
    assert!(doc.body.contains("thirty days in advance"));
    // Any two versions; the draft's text stays readable.
    let v1 = fx.get(&format!("{document}?v=1&from=2&to=1"), None).await;
    assert!(v1.body.contains("fourteen days in advance"));
    assert!(v1.body.contains("<del>thirty</del>"));

    // The chair opens a decision by consensus.
    let done = fx
        .act(
            &sco,
            &document,
            &format!("{document}/open"),
            &[("rule", "consensus")],
        )
        .await;
    see_other(&done, "open");
    let doc = fx.get(&document, Some(&kaz)).await;
    assert!(doc.has_id("position-form") && doc.has_id("position-support"));
    // No position is chosen for the member: it must pick one before the form is sent.
    let form = &doc.body[doc.body.find("id=\"position-form\"").unwrap()..];
    let form = &form[..form.find("</form>").unwrap()];
    let radios: Vec<&str> = form
        .match_indices("<input type=\"radio\" name=\"position\"")
        .map(|(at, _)| &form[at..at + form[at..].find('>').unwrap()])
        .collect();
    assert!(radios.len() >= 3, "{form}");
    assert!(radios.iter().all(|r| !r.contains("checked")), "{radios:?}");
    assert!(radios.iter().all(|r| r.contains("required")), "{radios:?}");
    assert!(doc.has_id("comfort"), "consensus records a comfort level");
    assert!(!doc.has_id("position-yes"), "no votes under consensus");
    assert!(
        !doc.has_id("amend-form"),
        "the text is fixed while deciding"
    );
    assert!(doc.has_id("tally"));
    assert!(doc.body.contains(&format!("hx-get=\"{document}/tally\"")));
    // An observer and a reader take no position.
    assert!(!fx.get(&document, Some(&rus)).await.has_id("position-form"));
    let bra = fx.sign_in("bra.reader").await;
    assert!(!fx.get(&document, Some(&bra)).await.has_id("position-form"));
    assert!(!fx.get(&document, None).await.has_id("position-form"));
    // The chair does not close before it is asked to; it may close now (consensus is not
    // pending), but the members speak first.
    assert!(fx.get(&document, Some(&sco)).await.has_id("close-decision"));
    assert!(!fx.get(&document, Some(&kaz)).await.has_id("close-decision"));

    for (cookie, position, comfort) in [
        (&kaz, "support", "can-live-with-it"),
        (&chn, "support", ""),
        (&pak, "stand-aside", "reservations"),
    ] {
        let done = fx
            .act(
                cookie,
                &document,
                &format!("{document}/position"),
                &[("position", position), ("comfort", comfort)],
            )
            .await;
        see_other(&done, "position");
    }
    let tally = fx.get(&format!("{document}/tally"), None).await;
    assert_eq!(tally.status, StatusCode::OK);
    assert!(!tally.body.contains("<html"), "a fragment, not a page");
    assert!(tally.has_id("tally") && tally.has_id("tally-table"));
    assert!(tally.body.contains("<svg"));
    for (position, count) in [
        ("support", 2),
        ("stand-aside", 1),
        ("object", 0),
        ("not-yet", 0),
    ] {
        assert!(
            tally.body.contains(&format!(
                "data-position=\"{position}\" data-count=\"{count}\""
            )),
            "{position}: {count}\n{}",
            tally.body
        );
    }
    assert!(
        tally.body.contains("hx-trigger=\"every 3s\""),
        "it keeps polling"
    );
    assert!(plain(&tally.body).contains("If the decision were closed now:"));
    assert!(tally.body.contains("Adopted: no member present objected."));
    // The outcome is said in the page's language, not the core's English.
    let tally_fr = fx.get(&format!("{document}/tally?lang=fr"), None).await;
    assert!(
        tally_fr
            .body
            .contains("Adopté : aucun membre présent n’a formulé d’objection."),
        "{}",
        tally_fr.body
    );

    let done = fx
        .act(&sco, &document, &format!("{document}/close"), &[])
        .await;
    see_other(&done, "close");
    let d = fx.document();
    let symbol = d.adoption.as_ref().expect("adopted").symbol.clone();
    assert!(
        symbol.starts_with("SCO/GSI/") && symbol.ends_with("/1"),
        "{symbol}"
    );
    let doc = fx.get(&document, None).await;
    assert!(doc.has_id("symbol") && doc.body.contains(&symbol));
    assert!(doc.has_id("adoption") && doc.has_id("adoption-positions"));
    assert!(doc.body.contains("Can live with it") && doc.body.contains("With reservations"));
    assert!(doc.body.contains(&d.adoption.as_ref().unwrap().text_hash));
    // The adopted text as a file hashes to the recorded hash: anyone can check it offline.
    let file = symbol.replace('/', "-") + ".txt";
    assert!(doc.body.contains(&format!("download=\"{file}\"")));
    let text = fx.get(&format!("{document}/adopted.txt"), None).await;
    assert_eq!(text.status, StatusCode::OK);
    assert_eq!(text.content_type(), "text/plain; charset=utf-8");
    assert!(
        text.headers[axum::http::header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains(&file)
    );
    use sha2::Digest;
    assert_eq!(
        gsi_ledger::to_hex(&sha2::Sha256::digest(text.body.as_bytes())),
        d.adoption.as_ref().unwrap().text_hash
    );
    assert!(text.body.starts_with(&format!("{}\n\n1. ", d.title)));
    let tally = fx.get(&format!("{document}/tally"), None).await;
    assert!(
        !tally.body.contains("hx-trigger"),
        "a closed decision stops the polling"
    );
    assert!(tally.has_id("tally-closed"));
    // The meeting lists the adopted document with its symbol.
    assert!(fx.get(&meeting, None).await.body.contains(&symbol));

    // Commitments: the chair marks paragraph 2 for Kazakhstan and China; Kazakhstan reports.
    let chair = fx.get(&document, Some(&sco)).await;
    assert!(chair.has_id("commitment-form") && chair.has_id("commitment-party-KAZ"));
    assert!(
        !chair.has_id("commitment-party-PAK"),
        "standing aside is not joining"
    );
    assert!(
        !fx.get(&document, Some(&kaz))
            .await
            .has_id("commitment-form")
    );
    let done = fx
        .act(
            &sco,
            &document,
            &format!("{document}/commitment"),
            &[
                ("paragraph", "2"),
                ("parties", "KAZ"),
                ("parties", "CHN"),
                ("due", "2099-12-31"),
            ],
        )
        .await;
    see_other(&done, "commitment");
    let doc = fx.get(&document, Some(&kaz)).await;
    assert!(doc.has_id("commitment-1") && doc.has_id("report-form-1"));
    assert!(!fx.get(&document, Some(&pak)).await.has_id("report-form-1"));
    let done = fx
        .act(
            &kaz,
            &document,
            &format!("{document}/report"),
            &[
                ("commitment", "1"),
                ("status", "in_progress"),
                (
                    "narrative",
                    "The water agency drafted the notification procedure.",
                ),
                ("evidence", "https://example.org/procedure"),
            ],
        )
        .await;
    see_other(&done, "report");
    let doc = fx.get(&document, None).await;
    assert!(
        doc.body
            .contains("The water agency drafted the notification procedure.")
    );
    assert!(doc.body.contains("href=\"https://example.org/procedure\""));

    let tracker = fx.get("/commitments", None).await;
    for id in [
        "by-document",
        "by-party",
        "by-priority",
        "commitment-list",
        "overall-progress",
    ] {
        assert!(tracker.has_id(id), "the tracker lacks #{id}");
    }
    assert!(tracker.body.contains(&symbol));
    assert!(tracker.body.contains("data-key=\"III.11\""));
    assert!(tracker.body.contains("data-key=\"KAZ\"") && tracker.body.contains("data-key=\"CHN\""));
    assert!(plain(&tracker.body).contains("0 of 2 completed"));
    let filtered = fx
        .get("/commitments?party=KAZ&status=in_progress", None)
        .await;
    assert!(filtered.body.contains("data-key=\"KAZ\""));
    assert!(!filtered.body.contains("data-key=\"CHN\""));
    let none = fx.get("/commitments?status=completed", None).await;
    assert!(none.has_id("commitments-empty"));
}

#[tokio::test]
async fn votes_and_the_silence_procedure_at_an_ad_hoc_meeting() {
    let fx = fixture();
    let kaz = fx.sign_in("kaz.delegate").await;
    let chn = fx.sign_in("chn.delegate").await;
    let done = fx
        .act(
            &kaz,
            "/meetings/new",
            "/meetings/new",
            &[
                ("kind", "bilateral_dialogue"),
                ("title", "Bilateral dialogue on river data"),
                ("opens", "2099-03-01"),
                ("closes", "2099-03-01"),
                ("place", "Urumqi"),
                ("languages", "zh"),
                ("agenda", "Data exchange | III.11"),
                ("invited_ids", "CHN"),
            ],
        )
        .await;
    see_other(&done, "convene");
    let meeting = done.location().split('?').next().unwrap().to_owned();
    see_other(
        &fx.act(
            &chn,
            &meeting,
            &format!("{meeting}/register"),
            &[("delegates", "Head of delegation of China")],
        )
        .await,
        "accept",
    );
    let done = fx
        .act(
            &kaz,
            &meeting,
            &format!("{meeting}/draft"),
            &[
                ("title", "Agreed minute on river data"),
                ("priorities", "III.11"),
                (
                    "paragraphs",
                    "The sides will exchange daily flow data,\nas agreed in 2024.\n\nThey will meet again in a year.",
                ),
            ],
        )
        .await;
    see_other(&done, "draft");
    let document = done.location().split('?').next().unwrap().to_owned();
    let page = fx.get(&document, Some(&kaz)).await;
    assert!(page.has_id("p-2") && !page.has_id("p-3"), "two paragraphs");
    assert!(
        page.body
            .contains("The sides will exchange daily flow data, as agreed in 2024.")
    );
    // Every rule is open to an ad hoc meeting, with the fields the rules need.
    for id in [
        "decision-deadline",
        "decision-party-concerned",
        "decision-chapter-vi",
    ] {
        assert!(page.has_id(id), "lacks #{id}");
    }

    // A vote: yes and no tie, and a tie fails; the document may be decided again.
    see_other(
        &fx.act(
            &kaz,
            &document,
            &format!("{document}/open"),
            &[("rule", "simple_majority")],
        )
        .await,
        "open",
    );
    let page = fx.get(&document, Some(&chn)).await;
    assert!(page.has_id("position-yes") && page.has_id("position-abstain"));
    assert!(!page.has_id("position-support") && !page.has_id("comfort"));
    for (cookie, vote) in [(&kaz, "yes"), (&chn, "no")] {
        see_other(
            &fx.act(
                cookie,
                &document,
                &format!("{document}/position"),
                &[("position", vote)],
            )
            .await,
            "vote",
        );
    }
    let tally = fx.get(&format!("{document}/tally"), None).await;
    for position in ["yes", "no"] {
        assert!(
            tally
                .body
                .contains(&format!("data-position=\"{position}\" data-count=\"1\""))
        );
    }
    see_other(
        &fx.act(&kaz, &document, &format!("{document}/close"), &[])
            .await,
        "close",
    );
    let page = fx.get(&document, Some(&kaz)).await;
    assert!(!page.has_id("symbol"), "not adopted, not numbered");
    assert!(page.body.contains("a tie fails"));
    assert!(page.has_id("decision-history"));
    assert!(page.has_id("open-decision-form"), "it may be decided again");
    assert!(page.has_id("amend-form"), "and amended again");

    // The silence procedure: a deadline in the past is refused; one ahead keeps it pending,
    // and the chair cannot close it yet.
    let refused = fx
        .act(
            &kaz,
            &document,
            &format!("{document}/open"),
            &[("rule", "silence"), ("deadline", "2001-01-01T00:00")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fx_decisions(&fx, &document), 1, "nothing was opened");
    see_other(
        &fx.act(
            &kaz,
            &document,
            &format!("{document}/open"),
            &[("rule", "silence"), ("deadline", "2099-01-01T12:00")],
        )
        .await,
        "open silence",
    );
    let page = fx.get(&document, Some(&kaz)).await;
    assert!(page.has_id("close-note") && !page.has_id("close-decision"));
    assert!(page.body.contains("2099-01-01 12:00 UTC"));
    assert!(page.has_id("position-object"), "a member may break silence");
    let tally = fx.get(&format!("{document}/tally"), None).await;
    assert!(tally.body.contains("tally-pending"));
    assert!(plain(&tally.body).contains("So far:"));
}

fn fx_decisions(fx: &Fixture, path: &str) -> usize {
    let id = path.trim_start_matches("/documents/");
    fx.platform
        .dialogue()
        .document(&DocumentId::parse(id).unwrap())
        .unwrap()
        .decisions
        .len()
}
