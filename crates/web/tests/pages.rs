//! The server-rendered pages, in process on SQLite with the demo: each page renders with the ids
//! browser tests rely on, signing in through the form works, lodging and answering a concern
//! through the forms works, CSRF is enforced, languages and right-to-left switch, and errors are
//! pages.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

mod support;

struct Fixture {
    node: support::DemoNode,
    platform: gsi_app::Platform,
    concern: String,
}

fn fixture() -> Fixture {
    let node = support::DemoNode::new();
    Fixture {
        platform: node.platform.clone(),
        concern: node.concern.clone(),
        node,
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

    /// The value of the hidden CSRF field on the page.
    fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf_token\" value=\"")
            .expect("the page has a CSRF field");
        let rest = &self.body[at + "name=\"csrf_token\" value=\"".len()..];
        rest[..rest.find('"').unwrap()].to_owned()
    }
}

fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn form_encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
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
            format!("{}={}", enc(k), enc(v))
        })
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
        let mut r = Request::get(path);
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

    /// Signs in through `POST /login` and returns the session cookie (`gsi_session=…`).
    async fn sign_in(&self, user: &str) -> String {
        let password = &self.node.user(user).password;
        let page = self
            .post(
                "/login",
                None,
                &[
                    ("user", user),
                    ("password", password),
                    ("next", "/my-party"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(page.location(), "/my-party");
        let set = page
            .headers
            .get(header::SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(set.contains("HttpOnly"), "{set}");
        set.split(';').next().unwrap().to_owned()
    }
}

#[tokio::test]
async fn the_login_page_has_its_form_and_a_wrong_password_re_renders_it() {
    let fx = fixture();
    let page = fx.get("/login", None).await;
    assert_eq!(page.status, StatusCode::OK);
    for id in ["user", "password", "sign-in", "main"] {
        assert!(page.has_id(id), "login page lacks #{id}");
    }
    let wrong = fx
        .post(
            "/login",
            None,
            &[("user", "kaz.delegate"), ("password", "not the password")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("role=\"alert\""), "{}", wrong.body);
    assert!(
        wrong.body.contains("value=\"kaz.delegate\""),
        "the input is kept"
    );
    assert!(wrong.headers.get(header::SET_COOKIE).is_none());

    let cookie = fx.sign_in("kaz.delegate").await;
    let home = fx.get("/", Some(&cookie)).await;
    assert!(
        home.body.contains("kaz.delegate"),
        "the header names the user"
    );
    assert!(home.has_id("sign-out"));
}

#[tokio::test]
async fn every_page_renders_with_its_ids() {
    let fx = fixture();
    let cookie = fx.sign_in("chn.delegate").await;
    let concern = format!("/concerns/{}", fx.concern);
    let pages: Vec<(&str, Vec<&str>)> = vec![
        (
            "/",
            vec!["principles", "priorities", "world-map", "recent-records"],
        ),
        ("/registry", vec!["parties", "q", "kind", "group", "region"]),
        ("/registry/KAZ", vec!["memberships", "names"]),
        (
            "/registry/sco?as_of=2024-01-01",
            vec!["members", "memberships"],
        ),
        ("/catalogue", vec!["catalogue-priorities"]),
        ("/catalogue/II.4", vec!["entry-title"]),
        ("/catalogue/III.11", vec!["linked-items", "domains"]),
        ("/catalogue/IV.5", vec!["entry-title"]),
        ("/concerns", vec!["concern-filters", "concern-results"]),
        (
            "/concerns/new",
            vec![
                "title",
                "description",
                "domain",
                "priorities",
                "addressees",
                "un_references",
                "response_due",
                "lodge",
            ],
        ),
        (&concern, vec!["clocks", "timeline", "respond", "propose"]),
        (
            "/transparency",
            vec!["checkpoint", "verifier-key", "tree-size"],
        ),
        (
            "/transparency/records/0",
            vec!["proof-status", "checkpoint"],
        ),
        (
            "/my-party",
            vec!["pending", "party-users", "party-keys", "tokens"],
        ),
    ];
    for (path, ids) in pages {
        let page = fx.get(path, Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        assert!(
            page.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        for id in ids.iter().chain(&["main", "main-nav"]) {
            assert!(page.has_id(id), "{path} lacks #{id}");
        }
        assert!(page.body.contains("lang=\"en\" dir=\"ltr\""), "{path}");
    }
}

#[tokio::test]
async fn the_home_page_has_the_map_and_twenty_priorities() {
    let fx = fixture();
    let page = fx.get("/", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg"), "the map is inline SVG");
    assert!(page.body.contains("href=\"/registry/KAZ\""));
    // Its shapes are one cached asset: the dashboard itself stays small.
    assert!(page.body.len() < 100_000, "{} bytes", page.body.len());
    let at = page
        .body
        .find("<use class=\"lvl-")
        .expect("countries drawn with <use>");
    let rest = &page.body[at..];
    let href = &rest[rest.find("href=\"").unwrap() + 6..];
    let href = &href[..href.find('#').unwrap()];
    assert!(href.starts_with("/assets/world.svg?v="), "{href}");
    let shapes = fx.get(href, None).await;
    assert_eq!(shapes.status, StatusCode::OK);
    assert_eq!(shapes.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert!(shapes.body.contains("<path id=\"f0\" d=\"M"));
    assert_eq!(page.body.matches("data-priority=\"III.").count(), 20);
    assert!(page.body.contains("/concerns?priority=III.11"));
    // The demo concern (KAZ → CHN, PAK) is open: KAZ is shaded above level 0.
    assert!(page.body.contains("/transparency/records/"));
}

#[tokio::test]
async fn assets_are_served_with_long_cache_headers() {
    let fx = fixture();
    for file in ["site.css", "htmx.min.js"] {
        let page = fx.get(&format!("/assets/{file}"), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.headers[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("max-age=31536000")
        );
    }
    let docs = fx.get("/api/v1/docs", None).await;
    assert_eq!(docs.status, StatusCode::OK);
}

#[tokio::test]
async fn the_lodging_form_shows_every_refusal_of_the_core_beside_its_field_in_the_pages_language() {
    let fx = fixture();
    let cookie = format!("{}; gsi_lang=fr", fx.sign_in("kaz.delegate").await);
    let csrf = fx.get("/concerns/new", Some(&cookie)).await.csrf();
    let before = fx.platform.tree_size().unwrap();
    let long_title = "x".repeat(gsi_core::concerns::MAX_TITLE + 1);
    let bad = fx
        .post(
            "/concerns/new",
            Some(&cookie),
            &[
                ("csrf_token", &csrf),
                ("title", &long_title),
                ("description", "Garder ce texte"),
                ("domain", "traditional"),
                ("priorities", "III.5"),
                ("addressees", "KAZ"),
                ("response_due", "2001-01-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Garder ce texte"), "the input is kept");
    // Three rules of the core, each found in one pass and said in French beside its field.
    for (field, sentence) in [
        (
            "title-error",
            "compte 201 caractères ; 200 au plus sont admis",
        ),
        (
            "addressees-error",
            "KAZ ne peut pas s’adresser une préoccupation à elle-même",
        ),
        (
            "response_due-error",
            "la date de réponse doit se situer dans l’avenir",
        ),
    ] {
        let at = bad
            .body
            .find(&format!("id=\"{field}\""))
            .unwrap_or_else(|| panic!("lacks #{field}"));
        let shown = plain(&bad.body[at..at + bad.body[at..].find("</p>").unwrap()]);
        assert!(shown.contains(sentence), "{field}: {shown}");
    }
    assert!(!bad.has_id("form-error"));
    assert_eq!(
        fx.platform.tree_size().unwrap(),
        before,
        "nothing was written"
    );
}

#[tokio::test]
async fn lodging_through_the_form_shows_the_concern_and_its_timeline() {
    let fx = fixture();
    let cookie = fx.sign_in("kaz.delegate").await;
    let form = fx.get("/concerns/new", Some(&cookie)).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = form.csrf();
    assert!(
        !form.body.contains("value=\"KAZ\""),
        "a party cannot address itself"
    );

    // Invalid: no priority, no title. The form comes back with the input and the errors.
    let bad = fx
        .post(
            "/concerns/new",
            Some(&cookie),
            &[
                ("csrf_token", &csrf),
                ("title", ""),
                ("description", "Keep this text"),
                ("domain", "traditional"),
                ("addressees", "CHN"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Keep this text"));
    assert!(bad.has_id("title-error") && bad.has_id("priorities-error"));

    let done = fx
        .post(
            "/concerns/new",
            Some(&cookie),
            &[
                ("csrf_token", &csrf),
                ("title", "Shared reporting of piracy incidents"),
                ("description", "Reports reach us days late."),
                ("domain", "non_traditional"),
                ("priorities", "III.11"),
                ("priorities", "III.5"),
                ("addressees", "CHN"),
                ("addressees", "PAK"),
                ("un_references", "S/RES/2634 (2022), A/RES/76/234"),
                ("response_due", "2099-12-31"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let location = done.location().to_owned();
    assert!(location.starts_with("/concerns/"), "{location}");
    let page = fx.get(&location, Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Shared reporting of piracy incidents"));
    assert!(page.body.contains("data-kind=\"concern.lodged\""));
    assert!(page.body.contains("S/RES/2634 (2022)"));
    assert!(page.has_id("done"));
    assert!(page.has_id("close"), "the lodging party may close it");
    assert!(
        !page.has_id("respond"),
        "the lodging party does not respond"
    );
    let id = location
        .trim_start_matches("/concerns/")
        .split('?')
        .next()
        .unwrap();
    let concern = fx
        .platform
        .concerns()
        .get(
            &gsi_core::Reader::Node,
            &gsi_core::ConcernId::parse(id).unwrap(),
        )
        .unwrap();
    assert_eq!(concern.addressees.len(), 2);
    assert_eq!(concern.priorities.len(), 2);
}

#[tokio::test]
async fn an_addressee_sees_and_uses_the_answer_forms_and_others_do_not() {
    let fx = fixture();
    let path = format!("/concerns/{}", fx.concern);
    let pak = fx.sign_in("pak.focal").await;
    let page = fx.get(&path, Some(&pak)).await;
    for id in [
        "acknowledge",
        "response-text",
        "respond",
        "consultations-text",
        "propose",
    ] {
        assert!(page.has_id(id), "an addressee sees #{id}");
    }
    assert!(!page.has_id("close"));
    let csrf = page.csrf();

    let answered = fx
        .post(
            &format!("{path}/respond"),
            Some(&pak),
            &[
                ("csrf_token", &csrf),
                ("text", "We propose a joint channel."),
            ],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let after = fx.get(&path, Some(&pak)).await;
    assert!(after.body.contains("data-kind=\"concern.responded\""));
    assert!(after.body.contains("We propose a joint channel."));

    let empty = fx
        .post(
            &format!("{path}/consultations"),
            Some(&pak),
            &[("csrf_token", &csrf), ("text", "  ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("role=\"alert\""));

    // CHN acknowledged in the demo: it may still respond but not acknowledge again.
    let chn = fx.sign_in("chn.delegate").await;
    let page = fx.get(&path, Some(&chn)).await;
    assert!(page.has_id("respond") && !page.has_id("acknowledge"));

    for user in ["bra.reader", "sco.secretariat"] {
        let cookie = fx.sign_in(user).await;
        let page = fx.get(&path, Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        for id in ["acknowledge", "respond", "propose", "close"] {
            assert!(!page.has_id(id), "{user} must not see #{id}");
        }
    }
    let anonymous = fx.get(&path, None).await;
    assert!(anonymous.has_id("timeline") && !anonymous.has_id("respond"));
}

#[tokio::test]
async fn a_change_without_the_csrf_token_is_refused_with_a_page() {
    let fx = fixture();
    let cookie = fx.sign_in("pak.focal").await;
    let path = format!("/concerns/{}/acknowledge", fx.concern);
    let refused = fx.post(&path, Some(&cookie), &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("<html"), "an HTML page, not JSON");
    let wrong = fx
        .post(&path, Some(&cookie), &[("csrf_token", "forged")])
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let tokens = fx
        .post("/my-party/tokens", Some(&cookie), &[("label", "x")])
        .await;
    assert_eq!(tokens.status, StatusCode::FORBIDDEN);
    let concern = fx
        .platform
        .concerns()
        .get(
            &gsi_core::Reader::Node,
            &gsi_core::ConcernId::parse(&fx.concern).unwrap(),
        )
        .unwrap();
    assert!(
        concern
            .addressees
            .iter()
            .all(|a| a.party.as_str() != "PAK" || a.acknowledged_at.is_none()),
        "nothing was recorded"
    );
}

#[tokio::test]
async fn pages_that_need_a_session_redirect_to_sign_in() {
    let fx = fixture();
    for path in ["/my-party", "/concerns/new"] {
        let page = fx.get(path, None).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(page.location().starts_with("/login?next="), "{path}");
    }
    // A reader may not lodge.
    let reader = fx.sign_in("bra.reader").await;
    assert_eq!(
        fx.get("/concerns/new", Some(&reader)).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn tokens_are_created_once_and_revoked_from_my_party() {
    let fx = fixture();
    let cookie = fx.sign_in("kaz.delegate").await;
    let page = fx.get("/my-party", Some(&cookie)).await;
    let csrf = page.csrf();
    let unticked = fx
        .post(
            "/my-party/tokens",
            Some(&cookie),
            &[("csrf_token", &csrf), ("label", "ministry script")],
        )
        .await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.has_id("token-form") && unticked.has_id("token-error"));
    assert!(!unticked.body.contains("value=\"gsi_"), "no token was made");
    let created = fx
        .post(
            "/my-party/tokens",
            Some(&cookie),
            &[
                ("csrf_token", &csrf),
                ("label", "ministry script"),
                ("days", "30"),
                ("scope", "read"),
                ("scope", "write:concerns"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK);
    assert!(created.has_id("new-token"));
    assert!(
        created.body.contains("value=\"gsi_"),
        "the secret is shown once"
    );
    let again = fx.get("/my-party", Some(&cookie)).await;
    assert!(!again.body.contains("value=\"gsi_"), "and only once");
    let tokens = fx.platform.store().tokens("kaz.delegate").unwrap();
    let made = tokens
        .iter()
        .find(|t| t.label == "ministry script")
        .unwrap();
    assert_eq!(made.scopes, ["read", "write:concerns"]);
    let lasts = gsi_core::Timestamp::parse(&made.expires_at)
        .unwrap()
        .millis()
        - gsi_core::Timestamp::parse(&made.created_at)
            .unwrap()
            .millis();
    assert_eq!(lasts, 30 * 86_400_000, "the chosen lifetime");
    let id = &made.id;
    let revoked = fx
        .post(
            &format!("/my-party/tokens/{id}/revoke"),
            Some(&cookie),
            &[("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let tokens = fx.platform.store().tokens("kaz.delegate").unwrap();
    assert!(tokens.iter().find(|t| &t.id == id).unwrap().revoked);
    // Another user's token is not found from this session.
    let other = &fx.platform.store().tokens("chn.delegate").unwrap()[0].id;
    let refused = fx
        .post(
            &format!("/my-party/tokens/{other}/revoke"),
            Some(&cookie),
            &[("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn languages_switch_and_arabic_is_right_to_left() {
    let fx = fixture();
    let ar = fx.get("/?lang=ar", None).await;
    assert!(ar.body.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(
        plain(&ar.body).contains("الصفحة الرئيسية")
            || plain(&ar.body)
                .contains(&gsi_i18n::localizer().text(gsi_i18n::Lang::Ar, "nav-home"))
    );
    let set = ar.headers[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(
        set.starts_with("gsi_lang=ar")
            && set.contains("SameSite=Lax")
            && set.contains("Max-Age=31536000"),
        "{set}"
    );

    let zh = fx.get("/registry?lang=zh", None).await;
    let nav = gsi_i18n::localizer().text(gsi_i18n::Lang::Zh, "nav-registry");
    assert!(zh.body.contains("lang=\"zh\" dir=\"ltr\""));
    assert!(zh.body.contains(&nav), "Chinese navigation: {nav}");
    assert!(zh.body.contains("哈萨克斯坦"), "party names in Chinese");

    // The cookie is remembered; Accept-Language is used without either.
    let remembered = fx.get("/catalogue", Some("gsi_lang=ar")).await;
    assert!(remembered.body.contains("dir=\"rtl\""));
    let negotiated = fx
        .send(
            Request::get("/")
                .header(header::ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9,en;q=0.5")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(negotiated.body.contains("lang=\"fr\""));
    // The switcher links to the six languages by native name.
    for name in [
        "English",
        "中文",
        "Français",
        "Español",
        "Русский",
        "العربية",
    ] {
        assert!(ar.body.contains(name), "switcher lacks {name}");
    }
}

#[tokio::test]
async fn the_record_page_is_verified_by_the_server() {
    let fx = fixture();
    let script = fx.get("/assets/record-proof.js", None).await;
    assert!(
        script.body.contains("crypto.subtle.digest"),
        "{}",
        script.body
    );
    let size = fx.platform.store().tree_size().unwrap();
    for index in [0, size / 2, size - 1] {
        let page = fx
            .get(&format!("/transparency/records/{index}"), None)
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let at = page.body.find("id=\"proof-status\"").unwrap();
        let tag = &page.body[at..at + page.body[at..].find('>').unwrap()];
        assert!(
            tag.contains("data-verified=\"true\""),
            "record {index}: {tag}"
        );
        assert!(tag.contains("data-checked-by=\"server\""));
        assert!(
            page.body.contains("/assets/record-proof.js"),
            "the browser checks too"
        );
    }
}

#[tokio::test]
async fn unknown_things_are_html_error_pages_but_the_api_keeps_problems() {
    let fx = fixture();
    let missing = "0000000000000000000000000z";
    for path in [
        format!("/concerns/{missing}"),
        "/concerns/not-an-id".into(),
        "/registry/XXX".into(),
        "/catalogue/III.99".into(),
        "/transparency/records/999999".into(),
        "/no/such/page".into(),
    ] {
        let page = fx.get(&path, None).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.body.contains("<html"), "{path} is a page");
        assert!(page.has_id("error-home"), "{path} links back");
    }
    let api = fx.get("/api/v1/nothing", None).await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(
        api.headers[header::CONTENT_TYPE].to_str().unwrap(),
        "application/problem+json"
    );
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let fx = fixture();
    let cookie = fx.sign_in("kaz.delegate").await;
    let page = fx.get("/", Some(&cookie)).await;
    let csrf = page.csrf();
    let out = fx
        .post("/logout", Some(&cookie), &[("csrf_token", &csrf)])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = fx.get("/my-party", Some(&cookie)).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the session is gone");
}

#[tokio::test]
async fn long_lists_come_a_page_at_a_time_with_links_that_keep_the_filters() {
    use gsi_core::concerns::LodgeConcern;
    use gsi_core::framework::{PriorityRef, SecurityDomain};
    use gsi_core::{Actor, ConcernId, PartyId, Role};

    let fx = fixture();
    let kaz = Actor {
        user: "kaz.delegate".into(),
        party: PartyId::parse("KAZ").unwrap(),
        roles: vec![Role::Delegate],
    };
    for n in 0..60u8 {
        let command = LodgeConcern {
            id: ConcernId::from_random([n; 16]),
            title: format!("Paged concern number {n}"),
            description: "One of many, for the pager.".into(),
            domain: SecurityDomain::NonTraditional,
            priorities: vec![PriorityRef::parse("III.11").unwrap()],
            addressees: vec![PartyId::parse("CHN").unwrap()],
            un_references: vec![],
            response_due: None,
            // Public, so a visitor pages through them all.
            distribution: Some(gsi_core::Distribution::Public),
        };
        fx.platform
            .concerns()
            .lodge(&kaz, command, gsi_app::now())
            .unwrap();
    }
    let rows = |page: &Page| page.body.matches("Paged concern number").count();
    let first = fx.get("/concerns?priority=III.11", None).await;
    assert_eq!(first.status, StatusCode::OK);
    // Fifty rows a page (the demo's own concern may be among them).
    assert_eq!(
        first.body.matches("<tr").count() - 1,
        50,
        "rows and a header row"
    );
    let total = fx
        .platform
        .store()
        .concerns(&Default::default())
        .unwrap()
        .into_iter()
        .filter(|c| c.priorities.iter().any(|p| p.to_string() == "III.11"))
        .count();
    assert!(
        plain(&first.body).contains(&format!("Rows 1–50 of {total}")),
        "{}",
        first.body
    );
    assert!(
        plain(&first.body).contains(&format!("{total} concerns")),
        "the count is of every match"
    );
    assert!(!first.body.contains("rel=\"prev\""));
    assert!(
        first
            .body
            .contains("href=\"/concerns?priority=III.11&#38;page=2\" rel=\"next\""),
        "{}",
        first.body
    );

    let second = fx.get("/concerns?priority=III.11&page=2", None).await;
    assert_eq!(
        rows(&first) + rows(&second),
        60,
        "every concern on one page or the other"
    );
    assert_eq!(second.body.matches("<tr").count() - 1, total - 50);
    assert!(
        second
            .body
            .contains("href=\"/concerns?priority=III.11\" rel=\"prev\"")
    );
    assert!(!second.body.contains("rel=\"next\""));
    // Past the end is the last page; nonsense is the first.
    let beyond = fx.get("/concerns?priority=III.11&page=99", None).await;
    assert_eq!(rows(&beyond), rows(&second));
    let nonsense = fx.get("/concerns?priority=III.11&page=x", None).await;
    assert_eq!(rows(&nonsense), rows(&first));
}

/// The text of the open-concern count the dashboard shows beside priority `priority`.
fn priority_count(home: &Page, priority: &str) -> String {
    let at = home
        .body
        .find(&format!("data-priority=\"{priority}\""))
        .unwrap_or_else(|| panic!("the dashboard lists {priority}"));
    let rest = &home.body[at..];
    let count = &rest[rest.find("class=\"count\"").unwrap()..];
    let text = &count[count.find('>').unwrap() + 1..];
    plain(&text[..text.find("</a>").unwrap()])
}

#[tokio::test]
async fn a_restricted_concern_is_absent_for_those_it_is_not_for() {
    let fx = fixture();
    let (kaz, chn, rus) = (
        fx.sign_in("kaz.delegate").await,
        fx.sign_in("chn.delegate").await,
        fx.sign_in("rus.delegate").await,
    );
    let readers: [(&str, Option<&str>); 3] =
        [("CHN", Some(&chn)), ("RUS", Some(&rus)), ("visitor", None)];
    let mut counts_before = Vec::new();
    for (_, cookie) in readers {
        counts_before.push(priority_count(&fx.get("/", cookie).await, "III.17"));
    }

    // Lodged through the form without choosing: read by KAZ and its addressee alone.
    let form = fx.get("/concerns/new", Some(&kaz)).await;
    assert!(
        form.body.contains("value=\"addressees\" checked"),
        "the default"
    );
    let title = "Outbreak surveillance data held back";
    let done = fx
        .post(
            "/concerns/new",
            Some(&kaz),
            &[
                ("csrf_token", &form.csrf()),
                ("title", title),
                ("description", "Case counts reach us weeks late."),
                ("domain", "non_traditional"),
                ("priorities", "III.17"),
                ("addressees", "CHN"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let path = done.location().split('?').next().unwrap().to_owned();
    let id = path.trim_start_matches("/concerns/").to_owned();
    let lodged = fx
        .platform
        .records_about(
            &gsi_core::Reader::Node,
            &gsi_core::EntityKey::Concern(gsi_core::ConcernId::parse(&id).unwrap()),
        )
        .unwrap()[0]
        .index;
    let record = format!("/transparency/records/{lodged}");

    let page = fx.get(&path, Some(&chn)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("TLP:AMBER+STRICT") && page.has_id("concern-readers"));
    assert!(!page.has_id("publish"), "only the lodger publishes");
    assert!(fx.get("/concerns", Some(&chn)).await.body.contains(title));
    let shown = fx.get(&record, Some(&chn)).await;
    assert!(shown.body.contains(title) && !shown.has_id("record-sealed"));

    for (who, cookie) in [("RUS", Some(rus.as_str())), ("a visitor", None)] {
        let unknown = fx.get("/concerns/00000000000000000000000000", cookie).await;
        let page = fx.get(&path, cookie).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(
            page.body.replace(&id, "X"),
            unknown.body.replace("00000000000000000000000000", "X"),
            "{who} cannot tell it from an unknown id"
        );
        for list in [
            "/concerns",
            "/concerns?status=open&priority=III.17",
            "/registry/KAZ",
            "/",
        ] {
            let page = fx.get(list, cookie).await;
            assert_eq!(page.status, StatusCode::OK, "{who} {list}");
            assert!(
                !page.body.contains(title) && !page.body.contains(&id),
                "{who} {list}"
            );
        }
        let envelope = fx.get(&record, cookie).await;
        assert_eq!(envelope.status, StatusCode::OK, "{who}: the log is public");
        assert!(envelope.has_id("record-sealed"), "{who}");
        assert!(
            !envelope.body.contains(title) && !envelope.body.contains(&id),
            "{who}"
        );
        let transparency = fx.get("/transparency", cookie).await;
        assert!(!transparency.body.contains(&id), "{who}");
    }
    let mut counts_after = Vec::new();
    for (_, cookie) in readers {
        counts_after.push(priority_count(&fx.get("/", cookie).await, "III.17"));
    }
    assert_ne!(counts_after[0], counts_before[0], "CHN counts the concern");
    assert_eq!(counts_after[1..], counts_before[1..], "the others do not");

    // Publishing is the lodger's, cannot be undone, and opens the history to everyone.
    let page = fx.get(&path, Some(&kaz)).await;
    assert!(page.has_id("publish") && page.has_id("publish-help"));
    let published = fx
        .post(
            &format!("{path}/publish"),
            Some(&kaz),
            &[("csrf_token", &page.csrf())],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let page = fx.get(&path, None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("TLP:CLEAR") && page.body.contains("data-kind=\"concern.lodged\""));
    let opened = fx.get(&record, None).await;
    assert!(opened.body.contains(title) && !opened.has_id("record-sealed"));
    assert!(!fx.get(&path, Some(&kaz)).await.has_id("publish"));
}

#[tokio::test]
async fn the_transparency_page_gives_working_commands_with_this_nodes_address_and_verifier() {
    let fx = fixture();
    let request = Request::get("/transparency")
        .header(header::HOST, "gsi.example.org")
        .body(Body::empty())
        .unwrap();
    let page = fx.send(request).await;
    assert_eq!(page.status, StatusCode::OK);
    let commands = &page.body[page.body.find("id=\"verify-commands\"").unwrap()..];
    let commands = &commands[..commands.find("</pre>").unwrap()];
    assert!(
        commands.contains("curl -sO https://gsi.example.org/assets/verify_proof.py")
            && commands.contains("curl -s https://gsi.example.org/api/v1/log/records/N")
            && commands.contains("python3 verify_proof.py record.json --log-key"),
        "{commands}"
    );
    assert!(!commands.contains("ORIGIN") && !commands.contains("docs/"));

    // The script the node serves is the documented verifier, and it accepts the node's records.
    let script = fx.get("/assets/verify_proof.py", None).await;
    assert_eq!(script.status, StatusCode::OK);
    assert_eq!(
        script.body,
        include_str!("../../../docs/verify_proof.py"),
        "the same file as docs/verify_proof.py"
    );
    let record = fx.get("/api/v1/log/records/3", None).await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("verify_proof.py"), &script.body).unwrap();
    std::fs::write(dir.path().join("record.json"), &record.body).unwrap();
    match std::process::Command::new("python3")
        .current_dir(dir.path())
        .args(["verify_proof.py", "record.json"])
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping the run of verify_proof.py: python3 not available ({e})");
        }
        Err(e) => panic!("CI runs verify_proof.py, but python3 is not available: {e}"),
    }
}

#[tokio::test]
async fn the_api_documentation_is_a_page_of_the_site_in_the_readers_language() {
    let fx = fixture();
    let page = fx.get("/api/v1/docs?lang=fr", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<html lang=\"fr\""),
        "in the frame's language"
    );
    assert!(
        page.body
            .contains("href=\"/api/v1/docs\" aria-current=\"page\"")
    );
    assert!(
        page.body.contains("href=\"/\""),
        "the site's navigation leads back"
    );
    assert!(page.body.contains("Toutes les opérations"));
    assert!(page.has_id("ops") && page.body.contains("/assets/api-docs.js?v="));
    let script = fx.get("/assets/api-docs.js", None).await;
    assert!(script.body.contains("/api/v1/openapi.json"));
}

#[tokio::test]
async fn the_dashboard_starts_with_what_waits_for_the_signed_in_party() {
    let fx = fixture();
    assert!(
        !fx.get("/", None).await.has_id("waiting"),
        "a visitor has no party"
    );
    // PAK has not yet acknowledged the demo concern addressed to it.
    let pak = fx.sign_in("pak.focal").await;
    let home = fx.get("/", Some(&pak)).await;
    assert!(home.has_id("waiting"));
    let waiting = &home.body[home.body.find("id=\"waiting\"").unwrap()..];
    let waiting = &waiting[..waiting.find("</section>").unwrap()];
    assert!(
        waiting.contains(&format!("href=\"/concerns/{}\"", fx.concern)),
        "{waiting}"
    );
    assert!(waiting.contains("href=\"/my-party#pending\""));
    assert!(
        home.body.find("id=\"waiting\"").unwrap() < home.body.find("id=\"principles\"").unwrap(),
        "first on the page"
    );
    // Once PAK has answered, the concern no longer waits for it.
    let page = fx
        .get(&format!("/concerns/{}", fx.concern), Some(&pak))
        .await;
    let answered = fx
        .post(
            &format!("/concerns/{}/respond", fx.concern),
            Some(&pak),
            &[
                ("csrf_token", &page.csrf()),
                ("text", "We agree to a channel."),
            ],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let home = fx.get("/", Some(&pak)).await;
    let waiting = &home.body[home.body.find("id=\"waiting\"").unwrap()..];
    let waiting = &waiting[..waiting.find("</section>").unwrap()];
    assert!(!waiting.contains(&fx.concern), "{waiting}");
}
