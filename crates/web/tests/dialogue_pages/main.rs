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
#[path = "../support/mod.rs"]
mod support;

mod decisions;
mod meetings;
mod refusals_and_my_party;

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
        .dialogue()
        .meetings(&MeetingQuery::default())
        .unwrap()
        .pop()
        .expect("the demo convenes a meeting")
        .id
        .to_string();
    let document = platform
        .dialogue()
        .documents(&gsi_app::dialogue::DocumentQuery::default())
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
            .dialogue()
            .document(&DocumentId::parse(&self.document).unwrap())
            .unwrap()
    }

    fn meeting(&self) -> gsi_core::dialogue::meetings::Meeting {
        self.platform
            .dialogue()
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
        .dialogue()
        .meetings(&MeetingQuery::default())
        .unwrap()
        .pop()
        .unwrap();
    let document = fx
        .platform
        .dialogue()
        .documents(&gsi_app::dialogue::DocumentQuery::default())
        .unwrap()
        .pop()
        .unwrap();
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
