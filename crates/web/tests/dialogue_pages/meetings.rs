//! Meeting pages: revising, calendars, convening through the form.

use super::*;

#[tokio::test]
async fn the_convener_revises_the_meeting_through_its_form_and_a_delegate_sees_none() {
    let fx = fixture();
    let meeting = fx.meeting_path();
    let kaz = fx.sign_in("kaz.delegate").await;
    let sco = fx.sign_in("sco.secretariat").await;
    let before = fx.meeting();
    let head = before
        .participant(&PartyId::parse("KAZ").unwrap())
        .unwrap()
        .delegates[0]
        .clone();
    see_other(
        &fx.act(
            &kaz,
            &meeting,
            &format!("{meeting}/floor"),
            &[("item", "2"), ("delegate", &head)],
        )
        .await,
        "floor",
    );

    // A delegate of a member sees no revision form; nobody signed out does either.
    for cookie in [Some(kaz.as_str()), None] {
        let page = fx.get(&meeting, cookie).await;
        assert!(
            !page.has_id("revise-form") && !page.has_id_prefix("revise-"),
            "{cookie:?} sees the revision form"
        );
    }
    // The secretariat does, collapsed and prefilled with the meeting as it stands.
    let page = fx.get(&meeting, Some(&sco)).await;
    for id in [
        "revise-form",
        "revise-title",
        "revise-opens",
        "revise-closes",
        "revise-place",
        "revise-online",
        "revise-agenda",
        "revise-meeting",
    ] {
        assert!(page.has_id(id), "the convener lacks #{id}");
    }
    assert!(
        page.body
            .contains("<details class=\"actions-panel\" id=\"revise\">")
    );
    assert!(page.body.contains(&format!("value=\"{}\"", before.title)));
    assert!(page.body.contains(&format!("value=\"{}\"", before.opens)));
    assert!(
        page.body
            .contains("id=\"revise-place\" name=\"place\" type=\"text\" value=\"Astana\"")
    );
    assert!(
        page.body.contains("id=\"revise-language-zh\" checked")
            && page.body.contains("id=\"revise-language-ru\" checked")
            && !page.body.contains("id=\"revise-language-en\" checked")
    );
    let agenda = "Adoption of the agenda\n\
                  Early warning and data exchange on transboundary rivers | III.11\n\
                  Outcome document | III.11, III.20";
    assert!(page.body.contains(agenda), "{}", page.body);
    assert!(!page.has_id("revised-on"));

    // Item 2 renamed and tagged, an item added, online too; the speaker stays on item 2.
    let closes = (before.closes + chrono::Days::new(1)).to_string();
    let opens = before.opens.to_string();
    let revised = "Adoption of the agenda\n\
                   Early warning, data exchange and flood forecasting | III.20, III.11\n\
                   Outcome document | III.11, III.20\n\
                   Any other business\n";
    let fields = [
        ("title", before.title.as_str()),
        ("opens", opens.as_str()),
        ("closes", closes.as_str()),
        ("place", "Astana"),
        ("online", "https://meet.example.org/sco"),
        ("languages", "zh"),
        ("languages", "ru"),
        ("languages", "en"),
        ("agenda", revised),
    ];
    let done = fx
        .act(&sco, &meeting, &format!("{meeting}/revise"), &fields)
        .await;
    see_other(&done, "revise");
    assert!(
        done.location().contains("done=revised"),
        "{}",
        done.location()
    );
    let m = fx.meeting();
    let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Adoption of the agenda",
            "Early warning, data exchange and flood forecasting",
            "Outcome document",
            "Any other business"
        ]
    );
    assert_eq!(m.agenda[1].speakers.len(), 1);
    assert_eq!(m.agenda[1].speakers[0].party.as_str(), "KAZ");
    assert_eq!(m.agenda[3].number, 4);
    assert_eq!(m.closes.to_string(), closes);
    assert_eq!(m.online.as_deref(), Some("https://meet.example.org/sco"));
    assert_eq!(m.languages, ["zh", "ru", "en"]);
    assert!(m.revised_at.is_some());

    let page = fx.get(&format!("{meeting}?done=revised"), None).await;
    assert!(page.has_id("done") && page.has_id("revised-on"));
    assert!(page.body.contains("Revised on"));
    assert!(page.has_id("item-4") && page.body.contains("Any other business"));
    assert!(page.has_id("speakers-2") && page.body.contains(&head));

    // The form it was sent from is now stale: sent again (another tab, a colleague), it is
    // refused in the page's language rather than matched against the new agenda.
    let size = fx.platform.store().tree_size().unwrap();
    let mut stale = fields.to_vec();
    stale.pop();
    stale.push(("agenda", "Adoption of the agenda\nOutcome document\n"));
    let refused = fx
        .act(&sco, &meeting, &format!("{meeting}/revise"), &stale)
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("The meeting was revised by someone else after you opened this form"),
        "{}",
        refused.body
    );
    assert_eq!(fx.platform.store().tree_size().unwrap(), size);
    // The form as the page now shows it carries the revision it was built on.
    let seen = m.revised_at.unwrap().millis().to_string();
    let page = fx.get(&meeting, Some(&sco)).await;
    assert!(
        page.body
            .contains(&format!("name=\"seen\" value=\"{seen}\"")),
        "the revise form names the revision it shows"
    );

    // Dropping the item with a speaker is refused with the core's sentence; nothing is stored.
    let shorter = "Adoption of the agenda\n";
    let mut fields = fields.to_vec();
    fields.push(("seen", seen.as_str()));
    fields.retain(|(k, _)| *k != "agenda");
    fields.push(("agenda", shorter));
    let refused = fx
        .act(&sco, &meeting, &format!("{meeting}/revise"), &fields)
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        plain(&refused.body).contains("item 2 (&#34;Early warning"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("cannot be removed"),
        "{}",
        refused.body
    );
    // The same form unchanged changes nothing; a delegate's hand-made request is refused.
    let mut same = fields.clone();
    same.pop();
    same.push(("agenda", revised));
    let refused = fx
        .act(&sco, &meeting, &format!("{meeting}/revise"), &same)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("the revision changes nothing"));
    let refused = fx
        .act(&kaz, &meeting, &format!("{meeting}/revise"), &fields)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.body.contains("only the convener"),
        "{}",
        refused.body
    );
    assert_eq!(fx.platform.store().tree_size().unwrap(), size);
    assert_eq!(fx.meeting().agenda.len(), 4);
}

#[tokio::test]
async fn calendars_are_served_as_text_calendar() {
    let fx = fixture();
    let one = fx
        .get(&format!("{}/calendar.ics", fx.meeting_path()), None)
        .await;
    assert_eq!(one.status, StatusCode::OK);
    assert!(
        one.content_type().starts_with("text/calendar"),
        "{}",
        one.content_type()
    );
    assert!(one.body.starts_with("BEGIN:VCALENDAR"));
    assert!(one.body.contains("SCO conference on shared rivers"));
    assert!(
        one.body
            .contains(&format!("https://gsi.example/meetings/{}", fx.meeting))
    );

    let feed = fx.get("/meetings/calendar/KAZ.ics", None).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.content_type().starts_with("text/calendar"));
    assert!(feed.body.contains("BEGIN:VEVENT"));
    let nobody = fx.get("/meetings/calendar/BRA.ics", None).await;
    assert!(nobody.body.contains("BEGIN:VCALENDAR") && !nobody.body.contains("BEGIN:VEVENT"));
    assert_eq!(
        fx.get("/meetings/calendar/XXX.ics", None).await.status,
        StatusCode::NOT_FOUND
    );

    // The list links the signed-in party's feed when filtered to its meetings.
    let kaz = fx.sign_in("kaz.delegate").await;
    let mine = fx.get("/meetings?mine=1", Some(&kaz)).await;
    assert!(mine.body.contains("href=\"/meetings/calendar/KAZ.ics\""));
    assert!(mine.body.contains("SCO conference on shared rivers"));
    let bra = fx.sign_in("bra.reader").await;
    let none = fx.get("/meetings?mine=1", Some(&bra)).await;
    assert!(none.has_id("meetings-empty"));
    let by_mechanism = fx.get("/meetings?mechanism=sco&when=upcoming", None).await;
    assert!(
        by_mechanism
            .body
            .contains("SCO conference on shared rivers")
    );
    let past = fx.get("/meetings?when=past", None).await;
    assert!(past.has_id("past-title") && !past.has_id("upcoming-title"));
    assert!(past.body.contains("China–Kazakhstan consultations"));
}

#[tokio::test]
async fn convening_through_the_form_for_a_state_and_for_a_mechanism() {
    let fx = fixture();
    let kaz = fx.sign_in("kaz.delegate").await;
    let form = fx.get("/meetings/new", Some(&kaz)).await;
    assert_eq!(form.status, StatusCode::OK);
    for id in [
        "convene-form",
        "kind",
        "title",
        "opens",
        "closes",
        "place",
        "online",
        "language-en",
        "language-zh",
        "agenda",
        "rule",
        "invited",
        "invited_ids",
        "observers",
        "convene",
    ] {
        assert!(form.has_id(id), "the convening form lacks #{id}");
    }
    assert!(
        form.body.contains("<option value=\"security_council\""),
        "an ad hoc meeting may use any rule"
    );

    // Errors come back on the form with the input kept, and nothing is convened.
    let before = fx
        .platform
        .dialogue()
        .meetings(&MeetingQuery::default())
        .unwrap()
        .len();
    let bad = fx
        .act(
            &kaz,
            "/meetings/new",
            "/meetings/new",
            &[
                ("kind", "consultation"),
                ("title", ""),
                ("opens", "2099-05-02"),
                ("closes", "2099-05-01"),
                ("place", "Almaty"),
                ("languages", "en"),
                ("agenda", "Keep this item | III.99"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["title-error", "dates-error", "agenda-error"] {
        assert!(bad.has_id(id), "lacks #{id}");
    }
    assert!(bad.body.contains("Keep this item | III.99"));
    assert_eq!(
        fx.platform
            .dialogue()
            .meetings(&MeetingQuery::default())
            .unwrap()
            .len(),
        before
    );

    // An ad hoc consultation between Kazakhstan and China, by vote.
    let done = fx
        .act(
            &kaz,
            "/meetings/new",
            "/meetings/new",
            &[
                ("kind", "consultation"),
                ("title", "Consultation on the Irtysh water allocation"),
                ("opens", "2099-05-01"),
                ("closes", "2099-05-02"),
                ("place", "Almaty"),
                ("online", "https://meet.example.org/irtysh"),
                ("languages", "ru"),
                ("languages", "zh"),
                (
                    "agenda",
                    "Opening\nData exchange | III.11, III.20\n\nOutcome",
                ),
                ("rule", "simple_majority"),
                ("invited", "CHN"),
                ("observers", "PAK"),
            ],
        )
        .await;
    see_other(&done, "convene ad hoc");
    let location = done.location().to_owned();
    assert!(location.contains("done=convened"), "{location}");
    let page = fx.get(&location, Some(&kaz)).await;
    assert!(page.has_id("done"));
    assert!(
        page.body
            .contains("Consultation on the Irtysh water allocation")
    );
    assert!(page.body.contains("Simple majority"));
    assert!(
        page.has_id("item-3") && !page.has_id("item-4"),
        "blank lines are skipped"
    );
    assert!(page.body.contains("href=\"/catalogue/III.20\""));
    assert!(
        page.body
            .contains("data-party=\"CHN\" data-status=\"invited\"")
    );
    assert!(
        page.body
            .contains("data-party=\"PAK\" data-status=\"invited\"")
    );
    assert!(page.has_id("cancel-meeting"), "the convener may cancel");
    assert!(
        !page.has_id("withdraw-registration"),
        "the ad hoc convener cancels instead"
    );
    // China accepts the invitation with its delegation.
    let chn = fx.sign_in("chn.delegate").await;
    let invited = fx.get(&location, Some(&chn)).await;
    assert!(invited.has_id("register-form") && !invited.has_id("capacity"));
    let path = location.split('?').next().unwrap().to_owned();
    see_other(
        &fx.act(
            &chn,
            &path,
            &format!("{path}/register"),
            &[("delegates", "Head of delegation of China")],
        )
        .await,
        "accept",
    );
    let page = fx.get(&path, None).await;
    assert!(
        page.body
            .contains("data-party=\"CHN\" data-status=\"approved\"")
    );
    // The convener cancels, giving a reason; forms disappear.
    see_other(
        &fx.act(
            &kaz,
            &path,
            &format!("{path}/cancel"),
            &[("reason", "Postponed by agreement.")],
        )
        .await,
        "cancel",
    );
    let page = fx.get(&path, Some(&chn)).await;
    assert!(page.has_id("cancelled") && page.body.contains("Postponed by agreement."));
    assert!(!page.has_id("register-form"));

    // The SCO secretariat convenes a meeting of the SCO under one of its own rules.
    let sco = fx.sign_in("sco.secretariat").await;
    let form = fx.get("/meetings/new", Some(&sco)).await;
    assert!(plain(&form.body).contains("SCO/GSI"));
    assert!(!form.body.contains("<option value=\"simple_majority\""));
    let done = fx
        .act(
            &sco,
            "/meetings/new",
            "/meetings/new",
            &[
                ("kind", "ministerial"),
                ("title", "Meeting of SCO ministers on water security"),
                ("opens", "2099-06-01"),
                ("closes", "2099-06-01"),
                ("online", "https://meet.example.org/sco"),
                ("languages", "zh"),
                ("languages", "ru"),
                ("agenda", "Water security | III.11"),
                ("rule", "consensus_minus_x"),
            ],
        )
        .await;
    see_other(&done, "convene SCO");
    let page = fx.get(done.location(), None).await;
    assert!(page.body.contains("Consensus minus X"));
    assert!(page.body.contains("Ministerial meeting"));
    // A rule the SCO does not allow is refused with the core's sentence beside the rule.
    let refused = fx
        .act(
            &sco,
            "/meetings/new",
            "/meetings/new",
            &[
                ("kind", "ministerial"),
                ("title", "Another meeting"),
                ("opens", "2099-06-01"),
                ("closes", "2099-06-01"),
                ("place", "Beijing"),
                ("languages", "zh"),
                ("agenda", "Item"),
                ("rule", "simple_majority"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has_id("rule-error") && refused.body.contains("does not allow"));
}
