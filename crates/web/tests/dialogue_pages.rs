//! The dialogue pages, in process on SQLite with the demo (the SCO's rules; one SCO meeting with
//! Kazakhstan and China approved and a draft tabled by Kazakhstan): they render for everyone,
//! offer each form only to whoever may use it, and carry a meeting from registration to an
//! adopted, numbered document with commitments — through the forms, with CSRF, and with errors
//! shown as pages that record nothing.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use gsi_app::dialogue::MeetingQuery;
use gsi_core::{DocumentId, MeetingId, PartyId};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[allow(dead_code)] // the shared fixture has fields other test files read
mod support;

struct Fixture {
    node: support::DemoNode,
    platform: gsi_app::Platform,
    meeting: String,
    document: String,
}

fn fixture() -> Fixture {
    let node = support::DemoNode::new();
    let platform = node.platform.clone();
    let meeting = platform
        .meetings(&MeetingQuery::default())
        .unwrap()
        .pop()
        .expect("the demo convenes a meeting")
        .id
        .to_string();
    let document = platform
        .documents(None)
        .unwrap()
        .pop()
        .expect("the demo tables a draft")
        .id
        .to_string();
    Fixture {
        node,
        platform,
        meeting,
        document,
    }
}

struct Page {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Page {
    fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    fn has_id(&self, id: &str) -> bool {
        self.body.contains(&format!("id=\"{id}\""))
    }

    fn has_id_prefix(&self, prefix: &str) -> bool {
        self.body.contains(&format!("id=\"{prefix}"))
    }

    fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf_token\" value=\"")
            .expect("the page has a CSRF field");
        let rest = &self.body[at + "name=\"csrf_token\" value=\"".len()..];
        rest[..rest.find('"').unwrap()].to_owned()
    }

    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }
}

/// The text without Unicode directional isolates (messages wrap their arguments in them).
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn form_encode(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                    (b as char).to_string()
                } else if b == b' ' {
                    "+".to_owned()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

impl Fixture {
    async fn send(&self, request: Request<Body>) -> Page {
        let response = gsi_web::router(self.platform.clone())
            .oneshot(request)
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> Page {
        let mut r = Request::get(path).header(header::HOST, "gsi.example");
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, c);
        }
        self.send(r.body(Body::empty()).unwrap()).await
    }

    async fn post(&self, path: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> Page {
        let mut r =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, c);
        }
        self.send(r.body(Body::from(form_encode(fields))).unwrap())
            .await
    }

    /// Signs in through `POST /login`; returns the session cookie.
    async fn sign_in(&self, user: &str) -> String {
        let password = &self.node.user(user).password;
        let page = self
            .post(
                "/login",
                None,
                &[("user", user), ("password", password), ("next", "/")],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let set = page.headers[header::SET_COOKIE].to_str().unwrap();
        set.split(';').next().unwrap().to_owned()
    }

    /// Posts a page's form as a signed-in user, with the CSRF token read from `from`.
    async fn act(&self, cookie: &str, from: &str, to: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.get(from, Some(cookie)).await.csrf();
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(to, Some(cookie), &all).await
    }

    fn meeting_path(&self) -> String {
        format!("/meetings/{}", self.meeting)
    }

    fn document_path(&self) -> String {
        format!("/documents/{}", self.document)
    }

    fn document(&self) -> gsi_core::dialogue::documents::OutcomeDocument {
        self.platform
            .document(&DocumentId::parse(&self.document).unwrap())
            .unwrap()
    }

    fn meeting(&self) -> gsi_core::dialogue::meetings::Meeting {
        self.platform
            .meeting(&MeetingId::parse(&self.meeting).unwrap())
            .unwrap()
    }
}

fn see_other(page: &Page, what: &str) {
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{what}: {}", page.body);
}

#[tokio::test]
async fn the_dialogue_pages_render_for_everyone_with_their_ids() {
    let fx = fixture();
    let kaz = fx.sign_in("kaz.delegate").await;
    let meeting = fx.meeting_path();
    let document = fx.document_path();
    let pages: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "/meetings",
            vec!["meeting-filters", "meeting-results", "filter-mechanism"],
            "SCO conference on shared rivers",
        ),
        (
            &meeting,
            vec![
                "meeting-facts",
                "agenda",
                "item-2",
                "participants",
                "meeting-ics",
                "document-list",
            ],
            "Early warning and data exchange on transboundary rivers",
        ),
        (
            &document,
            vec![
                "paragraphs",
                "p-1",
                "versions",
                "amendments",
                "decision",
                "text-version",
            ],
            "fourteen days in advance",
        ),
        (
            "/commitments",
            vec!["commitment-filters", "commitment-results"],
            "",
        ),
    ];
    for cookie in [None, Some(kaz.as_str())] {
        for (path, ids, text) in &pages {
            let page = fx.get(path, cookie).await;
            assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
            assert!(page.content_type().starts_with("text/html"), "{path}");
            for id in ids.iter().chain(&["main", "main-nav", "nav-meetings"]) {
                assert!(page.has_id(id), "{path} lacks #{id} ({cookie:?})");
            }
            assert!(page.body.contains(text), "{path} lacks {text:?}");
        }
    }
    // The meeting's facts: kind, place, rule in words, the parties approved, the agenda's
    // priorities linked to the catalogue.
    let page = fx.get(&meeting, None).await;
    for text in [
        "Conference",
        "Astana",
        "Consensus",
        "Kazakhstan",
        "China",
        "href=\"/catalogue/III.11\"",
        "href=\"/registry/KAZ\"",
        "SCO/GSI",
    ] {
        assert!(page.body.contains(text), "the meeting page lacks {text}");
    }
    // The draft recalls III.11 in prose; a UN symbol in a paragraph is set apart.
    let doc = fx.get(&document, None).await;
    assert!(doc.body.contains("Joint statement on early warning"));
    assert!(doc.has_id("diff-none"), "only the draft so far");
    let not_adopted = fx.get(&format!("{document}/adopted.txt"), None).await;
    assert_eq!(
        not_adopted.status,
        StatusCode::NOT_FOUND,
        "no adopted text yet"
    );
    // Chinese: navigation and the page's own strings.
    let zh = fx.get("/meetings?lang=zh", None).await;
    assert!(zh.body.contains("lang=\"zh\""));
    assert!(
        zh.body
            .contains(&gsi_i18n::localizer().text(gsi_i18n::Lang::Zh, "nav-meetings"))
    );
    assert!(
        zh.body.contains(
            &gsi_i18n::localizer().text(gsi_i18n::Lang::Zh, "dialogue-meetings-upcoming")
        )
    );
    // Lists use the language's own comma.
    let zh = fx.get(&format!("{meeting}?lang=zh"), None).await;
    assert!(zh.body.contains("中文、Русский"), "{}", zh.body);
    let ar = fx.get(&meeting, Some("gsi_lang=ar")).await;
    assert!(ar.body.contains("中文، Русский"));
    let ar = fx.get(&document, Some("gsi_lang=ar")).await;
    assert_eq!(ar.status, StatusCode::OK);
    assert!(ar.body.contains("dir=\"rtl\""));
    // In a right-to-left page a bare "2026-11-23" reads backwards (its digits become Arabic
    // numbers between neutral hyphens), so every time is set left to right.
    for path in [&meeting, &document] {
        let ar = fx.get(path, Some("gsi_lang=ar")).await;
        assert!(ar.body.contains("<time "), "{path} shows times");
        for tag in ar.body.split("<time ").skip(1) {
            let open = &tag[..tag.find('>').unwrap()];
            assert!(open.contains("dir=\"ltr\""), "{path}: <time {open}>");
        }
    }
}

#[tokio::test]
async fn meeting_and_document_pages_list_their_signed_records_with_proof_links() {
    let fx = fixture();
    let records_about = |entity: &str| fx.platform.store().records_about(entity).unwrap();
    let meeting = fx
        .platform
        .meetings(&MeetingQuery::default())
        .unwrap()
        .pop()
        .unwrap();
    let document = fx.platform.documents(None).unwrap().pop().unwrap();
    for (path, entity) in [
        (fx.meeting_path(), meeting.entity()),
        (fx.document_path(), document.entity()),
    ] {
        let page = fx.get(&path, None).await;
        assert!(page.has_id("records"), "{path}");
        let records = records_about(&entity.to_string());
        assert!(!records.is_empty());
        for r in &records {
            let link = format!("href=\"/transparency/records/{}\"", r.index);
            assert!(page.body.contains(&link), "{path} lacks {link}");
            assert!(
                page.body.contains(&format!("data-kind=\"{}\"", r.kind)),
                "{path} lacks the kind {}",
                r.kind
            );
        }
    }
    // The meeting's record list shows its convening, two registrations and two approvals.
    let kinds: Vec<String> = records_about(&meeting.entity().to_string())
        .into_iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(kinds[0], "meeting.convened");
    assert_eq!(kinds.len(), 5, "{kinds:?}");
}

#[tokio::test]
async fn forms_appear_only_for_those_who_may_use_them() {
    let fx = fixture();
    let meeting = fx.meeting_path();
    let document = fx.document_path();

    let anonymous = fx.get(&meeting, None).await;
    for id in ["register-form", "draft-form", "cancel-meeting", "floor-2"] {
        assert!(!anonymous.has_id(id), "anonymous sees #{id}");
    }
    assert!(!anonymous.has_id_prefix("approve-"));
    assert!(!anonymous.body.contains("name=\"csrf_token\""));

    // A delegate of an approved member: its delegation, the floor, drafting — but no approval
    // buttons and no cancelling.
    let kaz = fx.sign_in("kaz.delegate").await;
    let page = fx.get(&meeting, Some(&kaz)).await;
    for id in [
        "register-form",
        "delegates",
        "draft-form",
        "floor-2",
        "attach-form-2",
    ] {
        assert!(page.has_id(id), "KAZ lacks #{id}");
    }
    assert!(!page.has_id_prefix("approve-") && !page.has_id_prefix("decline-"));
    assert!(!page.has_id("cancel-meeting"));
    assert!(!page.has_id("capacity") || page.body.contains("value=\"member\""));
    let doc = fx.get(&document, Some(&kaz)).await;
    assert!(doc.has_id("amend-form") && doc.has_id("propose-amendment"));
    assert!(!doc.has_id("open-decision-form"), "only the chair opens");
    assert!(!doc.has_id("position-form"), "no decision is open");

    // The secretariat convenes and chairs: cancel and open, but it does not register.
    let sco = fx.sign_in("sco.secretariat").await;
    let page = fx.get(&meeting, Some(&sco)).await;
    assert!(page.has_id("cancel-meeting") && page.has_id("draft-form"));
    assert!(
        !page.has_id("register-form"),
        "the convener does not register"
    );
    let doc = fx.get(&document, Some(&sco)).await;
    assert!(doc.has_id("open-decision-form") && doc.has_id("decision-rule"));
    for rule in ["consensus", "consensus_minus_x", "silence"] {
        assert!(doc.body.contains(&format!("<option value=\"{rule}\"")));
    }
    assert!(
        !doc.body.contains("<option value=\"simple_majority\""),
        "only the rules the SCO allows"
    );

    // A member of the SCO not yet registered: it may register as a member, nothing else.
    let pak = fx.sign_in("pak.focal").await;
    let page = fx.get(&meeting, Some(&pak)).await;
    assert!(page.has_id("register-form") && page.has_id("capacity"));
    assert!(page.body.contains("<option value=\"member\" selected>"));
    assert!(!page.has_id("draft-form") && !page.has_id("floor-2"));
    assert!(!page.has_id("withdraw-registration"));
    let doc = fx.get(&document, Some(&pak)).await;
    assert!(!doc.has_id("amend-form"));

    // A reader authors nothing.
    let bra = fx.sign_in("bra.reader").await;
    let page = fx.get(&meeting, Some(&bra)).await;
    for id in ["register-form", "draft-form", "cancel-meeting", "floor-2"] {
        assert!(!page.has_id(id), "a reader sees #{id}");
    }
    let doc = fx.get(&document, Some(&bra)).await;
    assert!(!doc.has_id("amend-form") && !doc.has_id("open-decision-form"));

    // A forum is not a state: it may register as a guest only.
    let forum = fx.sign_in("xiangshan.secretariat").await;
    let page = fx.get(&meeting, Some(&forum)).await;
    assert!(page.body.contains("<option value=\"guest\" selected>"));
    assert!(!page.body.contains("<option value=\"member\""));

    // Signed-in authors see the convening link; readers and visitors do not.
    assert!(fx.get("/meetings", Some(&kaz)).await.has_id("convene-link"));
    assert!(!fx.get("/meetings", Some(&bra)).await.has_id("convene-link"));
    assert!(!fx.get("/meetings", None).await.has_id("convene-link"));
    assert_eq!(
        fx.get("/meetings/new", Some(&bra)).await.status,
        StatusCode::FORBIDDEN
    );
    let login = fx.get("/meetings/new", None).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert!(login.location().starts_with("/login?next="));
}

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
    // On an English page the platform's sentence stands as it is; on a French page the heading
    // is French, and the platform's English sentence is labelled and marked as English.
    let french = format!("{kaz}; gsi_lang=fr");
    for (cookie, in_french) in [(&kaz, false), (&french, true)] {
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
        assert!(
            refused.body.contains("there is no paragraph 99"),
            "{}",
            refused.body
        );
        assert!(fx.document().amendments.is_empty(), "nothing was stored");
        assert_eq!(refused.has_id("error-detail-label"), in_french);
        if in_french {
            assert!(refused.body.contains("lang=\"fr\""));
            assert!(
                refused
                    .body
                    .contains("Explication de la plateforme (en anglais)")
            );
            assert!(
                refused
                    .body
                    .contains("id=\"error-detail\" lang=\"en\" dir=\"ltr\">"),
                "{}",
                refused.body
            );
        }
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
    // A rule the SCO does not allow is refused with the core's sentence on the form.
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
    assert!(refused.has_id("form-error") && refused.body.contains("does not allow"));
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
        .document(&DocumentId::parse(id).unwrap())
        .unwrap()
        .decisions
        .len()
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
    let rules = fx.platform.mechanism_rules(&sco_party).unwrap();
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
    assert_eq!(fx.platform.mechanism_rules(&sco_party).unwrap(), rules);

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
