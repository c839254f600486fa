//! The dialogue API end to end, in process on SQLite with the demo: an SCO meeting convened by
//! its secretariat, delegations registered and approved, a draft amended and compared, decisions
//! under consensus, consensus minus X and the silence procedure, symbols and text hashes,
//! commitments and reports, iCalendar feeds, and the problem documents for refusals.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

mod support;

struct Answer {
    status: StatusCode,
    content_type: String,
    content_language: String,
    text: String,
    json: Value,
    set_cookie: String,
}

impl Answer {
    /// The `id` of each item of a JSON list.
    fn ids(&self) -> Vec<&str> {
        self.json
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap())
            .collect()
    }

    /// Asserts a problem document with this status and returns its detail.
    fn problem(&self, status: StatusCode) -> &str {
        assert_eq!(self.status, status, "{}", self.text);
        assert_eq!(self.content_type, "application/problem+json");
        assert_eq!(self.content_language, "en", "the detail's language");
        assert_eq!(self.json["status"], status.as_u16());
        self.json["detail"].as_str().unwrap()
    }
}

struct Api {
    node: support::DemoNode,
    /// The operator's configured public address, if any (`gsi serve --base-url`).
    public_url: Option<gsi_app::PublicUrl>,
}

impl Api {
    fn new() -> Self {
        Api {
            node: support::DemoNode::new(),
            public_url: None,
        }
    }

    async fn send(
        &self,
        method: Method,
        user: Option<&str>,
        path: &str,
        body: Option<String>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(user) = user {
            request = request.header(
                "authorization",
                format!("Bearer {}", self.node.user(user).token),
            );
        }
        if body.is_some() {
            request = request.header("content-type", "application/json");
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(body.map(Body::from).unwrap_or_else(Body::empty))
            .unwrap();
        let response = gsi_web::router_with(
            self.node.platform.clone(),
            &gsi_web::EdgeSettings {
                public_url: self.public_url.clone(),
                ..Default::default()
            },
        )
        .oneshot(request)
        .await
        .unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let content_language = response
            .headers()
            .get("content-language")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let set_cookie = response
            .headers()
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        Answer {
            status,
            content_type,
            content_language,
            set_cookie,
            json: serde_json::from_str(&text).unwrap_or(Value::Null),
            text,
        }
    }

    async fn get(&self, user: &str, path: &str) -> Answer {
        self.send(Method::GET, Some(user), path, None, &[]).await
    }

    async fn post(&self, user: &str, path: &str, body: Value) -> Answer {
        self.send(Method::POST, Some(user), path, Some(body.to_string()), &[])
            .await
    }

    /// A POST that must succeed with `status`; returns the JSON answer.
    async fn ok(&self, status: StatusCode, user: &str, path: &str, body: Value) -> Value {
        let answer = self.post(user, path, body).await;
        assert_eq!(answer.status, status, "{user} POST {path}: {}", answer.text);
        answer.json
    }

    /// A POST that must succeed with 200; returns the JSON answer.
    async fn done(&self, user: &str, path: &str, body: Value) -> Value {
        self.ok(StatusCode::OK, user, path, body).await
    }

    /// Convenes an SCO conference ten days ahead as the secretariat, inviting KAZ and CHN as
    /// members (they accept); PAK and RUS register and the secretariat approves them.
    async fn sco_meeting(&self) -> String {
        let opens = chrono::Utc::now().date_naive() + chrono::Days::new(10);
        let closes = opens + chrono::Days::new(1);
        let answer = self
            .ok(
                StatusCode::CREATED,
                "sco.secretariat",
                "/api/v1/meetings",
                json!({
                    "mechanism": "sco",
                    "kind": "conference",
                    "title": "SCO conference on counter-terrorism cooperation",
                    "opens": opens.to_string(),
                    "closes": closes.to_string(),
                    "place": "Tianjin",
                    "online": "https://meet.example.org/sco",
                    "languages": ["zh", "ru"],
                    "agenda": [
                        {"title": "Adoption of the agenda"},
                        {"title": "Regional anti-terrorist structure", "priorities": ["III.15"]},
                    ],
                    "invited": [
                        {"party": "KAZ", "attendance": "member"},
                        {"party": "CHN", "attendance": "member"},
                    ],
                }),
            )
            .await;
        let meeting = &answer["meeting"];
        assert_eq!(meeting["convener"], "sco");
        assert_eq!(meeting["rule"], "consensus");
        assert_eq!(meeting["series"], "SCO/GSI");
        assert!(answer["record"]["index"].is_u64(), "{answer}");
        let id = meeting["id"].as_str().unwrap().to_owned();
        let registration = format!("/api/v1/meetings/{id}/registration");
        for (user, head) in [
            ("kaz.delegate", "Head of delegation of Kazakhstan"),
            ("chn.delegate", "Head of delegation of China"),
        ] {
            let m = self
                .done(user, &registration, json!({"delegates": [head]}))
                .await;
            let party = &user[..3].to_uppercase();
            assert_eq!(participant(&m["meeting"], party)["status"], "approved");
        }
        for (user, party, head) in [
            ("pak.focal", "PAK", "Head of delegation of Pakistan"),
            ("rus.delegate", "RUS", "Head of delegation of Russia"),
        ] {
            let m = self
                .done(user, &registration, json!({"delegates": [head, "Adviser"]}))
                .await;
            let p = participant(&m["meeting"], party);
            assert_eq!(p["status"], "requested");
            assert_eq!(p["attendance"], "member");
            let m = self
                .done(
                    "sco.secretariat",
                    &format!("/api/v1/meetings/{id}/registrations/{party}/decision"),
                    json!({"approve": true, "note": "Welcome"}),
                )
                .await;
            assert_eq!(participant(&m["meeting"], party)["status"], "approved");
        }
        id
    }

    /// Drafts a document in the meeting as KAZ.
    async fn draft(&self, meeting: &str, title: &str, paragraphs: &[&str]) -> String {
        let answer = self
            .ok(
                StatusCode::CREATED,
                "kaz.delegate",
                "/api/v1/documents",
                json!({
                    "meeting": meeting,
                    "title": title,
                    "priorities": ["III.15"],
                    "paragraphs": paragraphs,
                }),
            )
            .await;
        assert_eq!(answer["document"]["status"], "drafting");
        assert_eq!(answer["document"]["version"], 1);
        answer["document"]["id"].as_str().unwrap().to_owned()
    }
}

fn participant<'a>(meeting: &'a Value, party: &str) -> &'a Value {
    meeting["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["party"] == party)
        .unwrap_or_else(|| panic!("{party} is not a participant: {meeting}"))
}

fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}

#[tokio::test]
async fn rules_are_read_and_declared_by_the_mechanism_only() {
    let api = Api::new();
    let rules = api.get("bra.reader", "/api/v1/mechanisms/sco/rules").await;
    assert_eq!(rules.status, StatusCode::OK, "{}", rules.text);
    assert_eq!(rules.json["default"], "consensus");
    assert_eq!(rules.json["series"], "SCO/GSI");
    assert_eq!(
        rules.json["allowed"],
        json!(["consensus", "consensus_minus_x", "silence"])
    );
    assert!(rules.json["declared_at"].is_string());

    // A mechanism that declared nothing answers with the defaults.
    let defaults = api.get("bra.reader", "/api/v1/mechanisms/cica/rules").await;
    assert_eq!(defaults.status, StatusCode::OK, "{}", defaults.text);
    assert_eq!(defaults.json["allowed"], json!(["consensus", "silence"]));
    assert!(defaults.json.get("declared_at").is_none());
    api.get("bra.reader", "/api/v1/mechanisms/no-such-body/rules")
        .await
        .problem(StatusCode::NOT_FOUND);

    let declaration = json!({
        "default": "consensus",
        "allowed": ["consensus", "consensus_minus_x", "silence", "consensus_minus_one"],
        "quorum": {"count": 2},
        "series": "SCO/GSI",
    });
    let put = |user: &'static str| {
        api.send(
            Method::PUT,
            Some(user),
            "/api/v1/mechanisms/sco/rules",
            Some(declaration.to_string()),
            &[],
        )
    };
    put("kaz.delegate").await.problem(StatusCode::FORBIDDEN);
    put("xiangshan.secretariat")
        .await
        .problem(StatusCode::FORBIDDEN);
    let declared = put("sco.secretariat").await;
    assert_eq!(declared.status, StatusCode::OK, "{}", declared.text);
    assert_eq!(declared.json["quorum"], json!({"count": 2}));
    assert_eq!(
        declared.json["allowed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| *r == "consensus_minus_one")
            .count(),
        1
    );

    let bad = api
        .send(
            Method::PUT,
            Some("sco.secretariat"),
            "/api/v1/mechanisms/sco/rules",
            Some(
                json!({"default": "silence", "allowed": ["consensus"], "series": "SCO/GSI"})
                    .to_string(),
            ),
            &[],
        )
        .await;
    assert!(
        bad.problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("default")
    );
}

#[tokio::test]
async fn a_meeting_from_convening_to_an_adopted_text_with_commitments() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;

    // The meeting lists under the mechanism and each participant's party.
    let list = api
        .get("bra.reader", "/api/v1/meetings?mechanism=sco")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.json
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == meeting)
    );
    let pak = api.get("bra.reader", "/api/v1/meetings?party=PAK").await;
    let ids = pak.ids();
    assert_eq!(
        ids,
        [meeting.as_str()],
        "PAK takes part in this meeting only"
    );

    // Lists of speakers and attached documents.
    let floor = format!("/api/v1/meetings/{meeting}/agenda/2/speakers");
    let m = api
        .done("pak.focal", &floor, json!({"delegate": "Adviser"}))
        .await;
    assert_eq!(m["meeting"]["agenda"][1]["speakers"][0]["party"], "PAK");
    let refused = api
        .post("rus.delegate", &floor, json!({"delegate": "Someone else"}))
        .await;
    assert!(
        refused
            .problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("not a delegate")
    );
    api.post("pak.focal", &floor, json!({"delegate": "Adviser"}))
        .await
        .problem(StatusCode::CONFLICT);
    let m = api
        .done("pak.focal", &format!("{floor}/withdraw"), json!({}))
        .await;
    assert_eq!(m["meeting"]["agenda"][1]["speakers"], json!([]));
    api.post(
        "pak.focal",
        &format!("/api/v1/meetings/{meeting}/agenda/9/speakers"),
        json!({"delegate": "Adviser"}),
    )
    .await
    .problem(StatusCode::NOT_FOUND);
    let m = api
        .done(
            "chn.delegate",
            &format!("/api/v1/meetings/{meeting}/agenda/2/documents"),
            json!({"title": "Background note", "url": "https://example.org/note.pdf"}),
        )
        .await;
    assert_eq!(
        m["meeting"]["agenda"][1]["documents"][0]["url"],
        "https://example.org/note.pdf"
    );

    // A draft citing a resolution, amended by China, accepted by the chair.
    let document = api
        .draft(
            &meeting,
            "Joint statement on countering terrorism",
            &[
                "The members recall S/RES/1373 (2001) and A/RES/60/288.",
                "They agree to exchange information on terrorist financing every quarter.",
                "They will hold a joint exercise.",
            ],
        )
        .await;
    let view = api
        .get("bra.reader", &format!("/api/v1/documents/{document}"))
        .await;
    assert_eq!(view.status, StatusCode::OK);
    assert_eq!(
        view.json["un_symbols"],
        json!(["S/RES/1373 (2001)", "A/RES/60/288"])
    );
    assert_eq!(
        view.json["text"][2],
        json!({"number": 3, "text": "They will hold a joint exercise."})
    );
    assert_eq!(view.json["tally"], Value::Null);

    let amendments = format!("/api/v1/documents/{document}/amendments");
    let amended = api
        .done(
            "chn.delegate",
            &amendments,
            json!({
                "op": "replace",
                "paragraph": 2,
                "text": "They agree to exchange information on terrorist financing every month.",
                "reason": "More often",
            }),
        )
        .await;
    assert_eq!(amended["document"]["amendments"][0]["status"], "proposed");
    api.post(
        "kaz.delegate",
        &format!("{amendments}/1/decision"),
        json!({"accept": true}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    let accepted = api
        .done(
            "sco.secretariat",
            &format!("{amendments}/1/decision"),
            json!({"accept": true}),
        )
        .await;
    assert_eq!(accepted["document"]["version"], 2);
    assert!(
        accepted["document"]["text"][1]["text"]
            .as_str()
            .unwrap()
            .ends_with("every month.")
    );

    let diff = api
        .get("bra.reader", &format!("/api/v1/documents/{document}/diff"))
        .await;
    assert_eq!(diff.status, StatusCode::OK, "{}", diff.text);
    assert_eq!(
        (diff.json["from"].as_u64(), diff.json["to"].as_u64()),
        (Some(1), Some(2))
    );
    let changes = diff.json["changes"].as_array().unwrap();
    assert_eq!(changes[0]["op"], "unchanged");
    assert_eq!(changes[1]["op"], "changed");
    let words = changes[1]["words"].to_string();
    assert!(
        words.contains(r#"{"op":"removed","text":"quarter."}"#),
        "{words}"
    );
    assert!(
        words.contains(r#"{"op":"added","text":"month."}"#),
        "{words}"
    );
    let explicit = api
        .get(
            "bra.reader",
            &format!("/api/v1/documents/{document}/diff?from=1&to=1"),
        )
        .await;
    assert!(
        explicit.json["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["op"] == "unchanged")
    );
    api.get(
        "bra.reader",
        &format!("/api/v1/documents/{document}/diff?to=7"),
    )
    .await
    .problem(StatusCode::NOT_FOUND);
    api.get(
        "bra.reader",
        &format!("/api/v1/documents/{document}/diff?from=x"),
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);

    // Consensus: three support, Russia is absent; adopted and numbered in the SCO series.
    let decision = format!("/api/v1/documents/{document}/decision");
    let opened = api
        .done("sco.secretariat", &decision, json!({"rule": "consensus"}))
        .await;
    assert_eq!(opened["document"]["status"], "in_decision");
    api.post(
        "pak.focal",
        &amendments,
        json!({"op": "delete", "paragraph": 3}),
    )
    .await
    .problem(StatusCode::CONFLICT);
    let positions = format!("/api/v1/documents/{document}/positions");
    for (user, comfort) in [
        ("kaz.delegate", "support"),
        ("chn.delegate", "support"),
        ("pak.focal", "can_live_with_it"),
    ] {
        api.done(
            user,
            &positions,
            json!({"position": "support", "comfort": comfort}),
        )
        .await;
    }
    api.post("bra.reader", &positions, json!({"position": "support"}))
        .await
        .problem(StatusCode::FORBIDDEN);
    let live = api
        .get("bra.reader", &format!("/api/v1/documents/{document}"))
        .await;
    assert_eq!(
        live.json["tally"]["adopted"], true,
        "{}",
        live.json["tally"]
    );
    assert_eq!(live.json["tally"]["tally"]["support"], 3);
    api.post("kaz.delegate", &format!("{decision}/close"), json!({}))
        .await
        .problem(StatusCode::FORBIDDEN);
    let closed = api
        .done("sco.secretariat", &format!("{decision}/close"), json!({}))
        .await;
    let adopted = &closed["document"];
    assert_eq!(adopted["status"], "adopted");
    let symbol = format!("SCO/GSI/{}/1", this_year());
    assert_eq!(adopted["adoption"]["symbol"], symbol.as_str());
    let hash = adopted["adoption"]["text_hash"].as_str().unwrap();
    assert_eq!(hash.len(), 64);
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(adopted["adopted_text"]["text_hash"], hash);
    assert_eq!(adopted["adopted_text"]["symbol"], symbol.as_str());
    assert_eq!(adopted["decisions"][0]["text_hash"], hash);
    assert!(
        adopted["adopted_text"]["plain_text"]
            .as_str()
            .unwrap()
            .starts_with("Joint statement on countering terrorism\n\n1. The members recall")
    );
    assert!(closed["record"]["leaf_hash"].is_string());

    // The meeting shows its document with the symbol.
    let detail = api
        .get("bra.reader", &format!("/api/v1/meetings/{meeting}"))
        .await;
    assert_eq!(detail.status, StatusCode::OK);
    assert_eq!(
        detail.json["title"],
        "SCO conference on counter-terrorism cooperation"
    );
    assert_eq!(detail.json["documents"][0]["id"], document.as_str());
    assert_eq!(detail.json["documents"][0]["symbol"], symbol.as_str());
    let listed = api
        .get(
            "bra.reader",
            &format!("/api/v1/documents?meeting={meeting}"),
        )
        .await;
    assert_eq!(listed.json.as_array().unwrap().len(), 1);
    assert_eq!(listed.json[0]["status"], "adopted");

    // Commitments: the chair marks one, a committed party reports, the tracker shows it.
    let commitments = format!("/api/v1/documents/{document}/commitments");
    api.post(
        "kaz.delegate",
        &commitments,
        json!({"paragraph": 2, "parties": ["KAZ"]}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    let marked = api
        .done(
            "sco.secretariat",
            &commitments,
            json!({"paragraph": 2, "parties": ["KAZ", "CHN"], "due": "2027-06-30"}),
        )
        .await;
    assert_eq!(marked["document"]["commitments"][0]["number"], 1);
    api.post(
        "pak.focal",
        &format!("{commitments}/1/reports"),
        json!({"status": "completed", "narrative": "n"}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    let reported = api
        .done(
            "kaz.delegate",
            &format!("{commitments}/1/reports"),
            json!({
                "status": "in_progress",
                "narrative": "Monthly exchanges started in March.",
                "evidence": ["https://example.org/kaz-report"],
            }),
        )
        .await;
    assert_eq!(
        reported["document"]["commitments"][0]["reports"][0]["party"],
        "KAZ"
    );
    let tracker = api
        .get(
            "bra.reader",
            "/api/v1/commitments?party=KAZ&priority=III.15",
        )
        .await;
    assert_eq!(tracker.status, StatusCode::OK, "{}", tracker.text);
    let items = tracker.json.as_array().unwrap();
    assert_eq!(items.len(), 1, "{}", tracker.text);
    assert_eq!(items[0]["symbol"], symbol.as_str());
    assert_eq!(items[0]["paragraph"], 2);
    assert_eq!(items[0]["due"], "2027-06-30");
    assert_eq!(
        items[0]["parties"],
        json!([
            {"party": "CHN", "status": null},
            {"party": "KAZ", "status": "in_progress"},
        ])
    );
    for filter in [
        "party=RUS",
        "priority=III.12",
        "document=0000000000000000000000000a",
    ] {
        let none = api
            .get("bra.reader", &format!("/api/v1/commitments?{filter}"))
            .await;
        assert_eq!(none.json, json!([]), "{filter}");
    }
    let by_document = api
        .get(
            "bra.reader",
            &format!("/api/v1/commitments?document={document}"),
        )
        .await;
    assert_eq!(by_document.json.as_array().unwrap().len(), 1);
    api.get("bra.reader", "/api/v1/commitments?priority=IX.99")
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);

    // The due date is in each committed party's calendar until it reports the work completed.
    let due_entry = "SUMMARY:Commitment due: SCO/GSI/";
    let feed = |party: &'static str| {
        let api = &api;
        async move {
            api.get("bra.reader", &format!("/api/v1/parties/{party}/calendar"))
                .await
                .text
                .replace("\r\n ", "")
        }
    };
    let kaz = feed("KAZ").await;
    assert!(kaz.contains(due_entry), "{kaz}");
    assert!(kaz.contains("DTSTART;VALUE=DATE:20270630"), "{kaz}");
    assert!(
        !feed("PAK").await.contains(due_entry),
        "PAK is not committed"
    );
    api.done(
        "kaz.delegate",
        &format!("{commitments}/1/reports"),
        json!({"status": "completed", "narrative": "Done."}),
    )
    .await;
    assert!(!feed("KAZ").await.contains(due_entry), "completed");
    assert!(
        feed("CHN").await.contains(due_entry),
        "China has not reported"
    );

    // Cancelling: only the convener, once.
    let cancel = format!("/api/v1/meetings/{meeting}/cancel");
    api.post("kaz.delegate", &cancel, json!({"reason": "r"}))
        .await
        .problem(StatusCode::FORBIDDEN);
    let cancelled = api
        .done("sco.secretariat", &cancel, json!({"reason": "Postponed"}))
        .await;
    assert_eq!(cancelled["meeting"]["cancelled"], "Postponed");
    api.post("sco.secretariat", &cancel, json!({"reason": "Again"}))
        .await
        .problem(StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_objection_blocks_consensus_and_opting_out_does_not_block_consensus_minus_x() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    let document = api
        .draft(
            &meeting,
            "Statement on border security",
            &["The members agree."],
        )
        .await;
    let decision = format!("/api/v1/documents/{document}/decision");
    let positions = format!("/api/v1/documents/{document}/positions");

    api.done("sco.secretariat", &decision, json!({"rule": "consensus"}))
        .await;
    for user in ["kaz.delegate", "chn.delegate", "pak.focal"] {
        api.done(user, &positions, json!({"position": "support"}))
            .await;
    }
    let objected = api
        .done("rus.delegate", &positions, json!({"position": "object"}))
        .await;
    assert_eq!(objected["document"]["tally"]["adopted"], false);
    // Why, as data a client can say in its own language.
    assert_eq!(
        objected["document"]["tally"]["reason"],
        json!({"code": "objection", "parties": ["RUS"]})
    );
    // Opting out is no consensus position.
    api.post("rus.delegate", &positions, json!({"position": "opt_out"}))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    let closed = api
        .done("sco.secretariat", &format!("{decision}/close"), json!({}))
        .await;
    assert_eq!(closed["document"]["status"], "not_adopted");
    assert!(closed["document"].get("adoption").is_none());
    assert_eq!(
        closed["document"]["decisions"][0]["outcome"]["adopted"],
        false
    );

    // The same text under consensus minus X: Russia opts out, the rest adopt it.
    api.done(
        "sco.secretariat",
        &decision,
        json!({"rule": "consensus_minus_x"}),
    )
    .await;
    for user in ["kaz.delegate", "chn.delegate", "pak.focal"] {
        api.done(user, &positions, json!({"position": "support"}))
            .await;
    }
    api.done("rus.delegate", &positions, json!({"position": "opt_out"}))
        .await;
    let closed = api
        .done("sco.secretariat", &format!("{decision}/close"), json!({}))
        .await;
    let d = &closed["document"];
    assert_eq!(d["status"], "adopted", "{d}");
    assert_eq!(
        d["adoption"]["symbol"],
        format!("SCO/GSI/{}/1", this_year())
    );
    let outcome = &d["decisions"][1]["outcome"];
    assert_eq!(outcome["out"], json!(["RUS"]), "{outcome}");
    assert_eq!(outcome["in"], json!(["CHN", "KAZ", "PAK"]), "{outcome}");
    assert_eq!(
        outcome["reason"],
        json!({"code": "adopted_with_opt_outs", "in_count": 3, "out": ["RUS"]})
    );
    assert_eq!(d["tally"]["out"], json!(["RUS"]));

    // Russia opted out, so it cannot be committed by the text.
    let refused = api
        .post(
            "sco.secretariat",
            &format!("/api/v1/documents/{document}/commitments"),
            json!({"paragraph": 1, "parties": ["RUS"]}),
        )
        .await;
    assert!(
        refused
            .problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("did not join")
    );
}

#[tokio::test]
async fn the_silence_procedure_closes_only_after_its_deadline() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    let document = api
        .draft(
            &meeting,
            "Statement by silence procedure",
            &["The members agree."],
        )
        .await;
    let decision = format!("/api/v1/documents/{document}/decision");

    let missing = api
        .post("sco.secretariat", &decision, json!({"rule": "silence"}))
        .await;
    assert!(
        missing
            .problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("deadline")
    );
    let misplaced = api
        .post(
            "sco.secretariat",
            &decision,
            json!({"rule": "consensus", "deadline": "2030-01-01T00:00:00Z"}),
        )
        .await;
    misplaced.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let deadline = gsi_core::Timestamp::from_millis(gsi_app::now().millis() + 1500);
    let opened = api
        .done(
            "sco.secretariat",
            &decision,
            json!({"rule": "silence", "deadline": deadline.to_string()}),
        )
        .await;
    assert_eq!(opened["document"]["tally"]["pending"], true);
    let early = api
        .post("sco.secretariat", &format!("{decision}/close"), json!({}))
        .await;
    early.problem(StatusCode::CONFLICT);
    // Members see the deadline in their calendar; a party outside the body does not.
    let ends = format!(
        "DTEND:{}",
        chrono::DateTime::from_timestamp_millis(deadline.millis())
            .unwrap()
            .format("%Y%m%dT%H%M%SZ")
    );
    let kaz = api
        .get("kaz.delegate", "/api/v1/parties/KAZ/calendar")
        .await
        .text;
    let kaz = kaz.replace("\r\n ", "");
    assert!(
        kaz.contains("SUMMARY:Silence procedure ends: Statement by silence procedure"),
        "{kaz}"
    );
    assert!(kaz.contains(&ends), "{ends} in {kaz}");
    let bra = api
        .get("bra.reader", "/api/v1/parties/BRA/calendar")
        .await
        .text;
    assert!(!bra.contains("Silence procedure"), "{bra}");

    tokio::time::sleep(Duration::from_millis(1700)).await;
    let closed = api
        .done("sco.secretariat", &format!("{decision}/close"), json!({}))
        .await;
    assert_eq!(closed["document"]["status"], "adopted", "{closed}");
    assert_eq!(
        closed["document"]["adoption"]["symbol"],
        format!("SCO/GSI/{}/1", this_year())
    );
    let kaz = api
        .get("kaz.delegate", "/api/v1/parties/KAZ/calendar")
        .await
        .text;
    assert!(!kaz.contains("Silence procedure"), "closed: {kaz}");
}

#[tokio::test]
async fn a_rule_the_mechanism_does_not_allow_is_refused() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    let document = api.draft(&meeting, "A statement", &["Text."]).await;
    let refused = api
        .post(
            "sco.secretariat",
            &format!("/api/v1/documents/{document}/decision"),
            json!({"rule": "simple_majority"}),
        )
        .await;
    assert!(
        refused
            .problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("does not allow")
    );
    let opens = chrono::Utc::now().date_naive() + chrono::Days::new(5);
    let convened = api
        .post(
            "sco.secretariat",
            "/api/v1/meetings",
            json!({
                "mechanism": "sco", "kind": "summit", "title": "Summit",
                "opens": opens.to_string(), "closes": opens.to_string(), "place": "Tianjin",
                "languages": ["zh"], "agenda": [{"title": "Declaration"}],
                "rule": "security_council",
            }),
        )
        .await;
    convened.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let missing = api
        .post(
            "sco.secretariat",
            &format!("/api/v1/documents/{document}/decision"),
            json!({"rule": "consensus_minus_one"}),
        )
        .await;
    assert!(
        missing
            .problem(StatusCode::UNPROCESSABLE_ENTITY)
            .contains("party_concerned")
    );
}

#[tokio::test]
async fn calendars_are_icalendar_with_the_meetings_uid() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    let ics = api
        .send(
            Method::GET,
            Some("pak.focal"),
            &format!("/api/v1/meetings/{meeting}/calendar.ics"),
            None,
            &[("host", "gsi.example.org")],
        )
        .await;
    assert_eq!(ics.status, StatusCode::OK, "{}", ics.text);
    assert_eq!(ics.content_type, "text/calendar; charset=utf-8");
    assert!(
        ics.text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{}",
        ics.text
    );
    assert!(ics.text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.text.matches("BEGIN:VEVENT").count(), 1);
    assert!(
        ics.text.contains(&format!("\r\nUID:{meeting}@")),
        "{}",
        ics.text
    );
    let unfolded = ics.text.replace("\r\n ", "");
    assert!(
        unfolded.contains(&format!(
            "URL:https://gsi.example.org/meetings/{meeting}\r\n"
        )),
        "{unfolded}"
    );
    assert!(unfolded.contains("SUMMARY:SCO conference on counter-terrorism cooperation"));

    // PAK's feed has this meeting; the demo meeting PAK is not part of is not in it.
    let feed = api.get("pak.focal", "/api/v1/parties/PAK/calendar").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.content_type, "text/calendar; charset=utf-8");
    assert!(feed.text.starts_with("BEGIN:VCALENDAR"));
    assert!(feed.text.contains(&format!("UID:{meeting}@")));
    assert_eq!(
        feed.text.matches("BEGIN:VEVENT").count(),
        1,
        "{}",
        feed.text
    );
    // KAZ's has this one, the demo's two meetings and the demo commitment's due date; a URL
    // without a Host header is relative.
    let kaz = api
        .get("kaz.delegate", "/api/v1/parties/KAZ/calendar")
        .await;
    assert_eq!(kaz.text.matches("BEGIN:VEVENT").count(), 4, "{}", kaz.text);
    assert!(
        kaz.text
            .replace("\r\n ", "")
            .contains(&format!("URL:/meetings/{meeting}\r\n"))
    );

    api.get("pak.focal", "/api/v1/parties/ZZZ/calendar")
        .await
        .problem(StatusCode::NOT_FOUND);
    api.get("pak.focal", "/api/v1/meetings/not-an-id/calendar.ics")
        .await
        .problem(StatusCode::NOT_FOUND);
    // Calendars need a token like every dialogue read.
    api.send(
        Method::GET,
        None,
        &format!("/api/v1/meetings/{meeting}/calendar.ics"),
        None,
        &[],
    )
    .await
    .problem(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn each_party_sees_the_steps_that_wait_for_it() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    // Kazakhstan and China accepted their invitations; nothing waits for the secretariat yet.
    let kaz = api.get("kaz.delegate", "/api/v1/me/awaiting").await;
    assert_eq!(kaz.status, StatusCode::OK, "{}", kaz.text);
    assert_eq!(kaz.json["invitations"], json!([]));
    let sco = api.get("sco.secretariat", "/api/v1/me/awaiting").await;
    assert_eq!(sco.json["registrations"], json!([]));
    assert_eq!(sco.json["amendments"], json!([]));
    // China proposes an amendment: now the secretariat, which chairs, must decide on it.
    let document = api.draft(&meeting, "A statement", &["Text."]).await;
    api.done(
        "chn.delegate",
        &format!("/api/v1/documents/{document}/amendments"),
        json!({"op": "replace", "paragraph": 1, "text": "Another text."}),
    )
    .await;
    let sco = api.get("sco.secretariat", "/api/v1/me/awaiting").await;
    assert_eq!(
        sco.json["amendments"],
        json!([{"document": document, "title": "A statement", "number": 1, "by": "CHN"}])
    );
    let chn = api.get("chn.delegate", "/api/v1/me/awaiting").await;
    assert_eq!(chn.json["amendments"], json!([]), "only the chair decides");
    api.send(Method::GET, None, "/api/v1/me/awaiting", None, &[])
        .await
        .problem(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn lists_are_paged_with_limit_and_offset() {
    let api = Api::new();
    let convened = api.sco_meeting().await;
    let all = api.get("pak.focal", "/api/v1/meetings").await;
    let ids = all.ids();
    assert_eq!(ids.len(), 3, "the demo's two meetings and this one");
    assert!(ids.contains(&convened.as_str()));
    for (offset, expected) in [(0, ids[0]), (1, ids[1]), (2, ids[2])] {
        let one = api
            .get(
                "pak.focal",
                &format!("/api/v1/meetings?limit=1&offset={offset}"),
            )
            .await;
        assert_eq!(one.json.as_array().unwrap().len(), 1);
        assert_eq!(one.json[0]["id"], expected);
    }
    let past_end = api.get("pak.focal", "/api/v1/meetings?offset=3").await;
    assert_eq!(past_end.json, serde_json::json!([]));
    for path in ["/api/v1/documents?limit=0", "/api/v1/commitments?limit=0"] {
        assert_eq!(
            api.get("pak.focal", path).await.json,
            serde_json::json!([]),
            "{path}"
        );
    }
    // A query that does not parse is a problem document naming the parameter.
    let refused = api.get("pak.focal", "/api/v1/meetings?limit=many").await;
    let detail = refused.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(detail.contains("limit"), "{detail}");
}

#[tokio::test]
async fn a_method_an_address_does_not_take_is_a_problem_document() {
    let api = Api::new();
    let refused = api
        .send(
            Method::DELETE,
            Some("pak.focal"),
            "/api/v1/meetings",
            None,
            &[],
        )
        .await;
    let detail = refused.problem(StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(detail, "/api/v1/meetings does not take DELETE");
    assert_eq!(refused.json["type"], "/problems/method-not-allowed");
    // People get a page.
    let page = api.send(Method::DELETE, None, "/meetings", None, &[]).await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        page.content_type.starts_with("text/html"),
        "{}",
        page.content_type
    );
}

#[tokio::test]
async fn a_configured_public_address_is_what_calendars_link_to_whatever_the_host() {
    let mut api = Api::new();
    api.public_url = Some(gsi_app::PublicUrl::parse("https://gsi.example.org/platform/").unwrap());
    let meeting = api.sco_meeting().await;
    for headers in [
        &[("host", "10.0.0.7:8080")][..],
        &[("host", "internal"), ("x-forwarded-proto", "http")][..],
        &[][..],
    ] {
        let ics = api
            .send(
                Method::GET,
                Some("pak.focal"),
                &format!("/api/v1/meetings/{meeting}/calendar.ics"),
                None,
                headers,
            )
            .await;
        assert_eq!(ics.status, StatusCode::OK, "{}", ics.text);
        let unfolded = ics.text.replace("\r\n ", "");
        assert!(
            unfolded.contains(&format!(
                "URL:https://gsi.example.org/platform/meetings/{meeting}\r\n"
            )),
            "{headers:?}: {unfolded}"
        );
    }
    // The public page feed too.
    let feed = api
        .send(
            Method::GET,
            None,
            "/meetings/calendar/KAZ.ics",
            None,
            &[("host", "10.0.0.7:8080")],
        )
        .await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.text);
    assert!(feed.text.replace("\r\n ", "").contains(&format!(
        "URL:https://gsi.example.org/platform/meetings/{meeting}\r\n"
    )));
}

#[tokio::test]
async fn the_convener_revises_the_meeting_and_its_agenda() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;
    let path = format!("/api/v1/meetings/{meeting}/revise");
    api.done(
        "pak.focal",
        &format!("/api/v1/meetings/{meeting}/agenda/2/speakers"),
        json!({"delegate": "Adviser"}),
    )
    .await;
    api.done(
        "kaz.delegate",
        &format!("/api/v1/meetings/{meeting}/agenda/2/documents"),
        json!({"title": "Background note", "url": "https://example.org/note.pdf"}),
    )
    .await;

    // The secretariat publishes the revised agenda, moves the dates and goes online only.
    let opens = chrono::Utc::now().date_naive() + chrono::Days::new(20);
    let closes = opens + chrono::Days::new(2);
    let answer = api
        .done(
            "sco.secretariat",
            &path,
            json!({
                "title": "SCO conference on counter-terrorism cooperation, resumed",
                "opens": opens.to_string(),
                "closes": closes.to_string(),
                "place": "",
                "online": "https://meet.example.org/sco-resumed",
                "languages": ["zh", "ru", "EN"],
                "agenda": [
                    {"op": "add", "title": "Opening of the conference", "after": 0},
                    {"op": "retitle", "item": 2, "title": "The Regional Anti-Terrorist Structure",
                     "priorities": ["III.16", "III.15"]},
                    {"op": "add", "title": "Any other business"},
                ],
            }),
        )
        .await;
    let m = &answer["meeting"];
    assert_eq!(
        m["title"],
        "SCO conference on counter-terrorism cooperation, resumed"
    );
    assert_eq!(m["opens"], opens.to_string());
    assert_eq!(m["closes"], closes.to_string());
    assert!(m.get("place").is_none(), "the venue was removed: {m}");
    assert_eq!(m["online"], "https://meet.example.org/sco-resumed");
    assert_eq!(m["languages"], json!(["zh", "ru", "en"]));
    assert!(m["revised_at"].is_string(), "{m}");
    let titles: Vec<&str> = m["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Opening of the conference",
            "Adoption of the agenda",
            "The Regional Anti-Terrorist Structure",
            "Any other business"
        ]
    );
    let numbers: Vec<u64> = m["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    // The item kept its speaker and its document, under its new number.
    let item = &m["agenda"][2];
    assert_eq!(item["priorities"], json!(["III.15", "III.16"]));
    assert_eq!(item["speakers"][0]["party"], "PAK");
    assert_eq!(item["documents"][0]["url"], "https://example.org/note.pdf");
    let index = answer["record"]["index"].as_u64().unwrap();
    let log = api
        .get(
            "bra.reader",
            &format!("/api/v1/log/records?from={index}&limit=1"),
        )
        .await;
    assert_eq!(log.json["records"][0]["kind"], "meeting.revised");
    assert_eq!(log.json["records"][0]["author"], "sco");

    // Refusals, as problem documents; none records anything.
    let size = api.node.platform.store().tree_size().unwrap();
    let detail = api
        .post("kaz.delegate", &path, json!({"title": "Mine now"}))
        .await;
    assert!(
        detail
            .problem(StatusCode::FORBIDDEN)
            .contains("only the convener")
    );
    let removed = api
        .post(
            "sco.secretariat",
            &path,
            json!({"agenda": [{"op": "remove", "item": 3}]}),
        )
        .await;
    let detail = removed.problem(StatusCode::CONFLICT);
    assert!(
        detail.contains("item 3 (\"The Regional Anti-Terrorist Structure\") cannot be removed"),
        "{detail}"
    );
    let same = api
        .post(
            "sco.secretariat",
            &path,
            json!({"title": "SCO conference on counter-terrorism cooperation, resumed"}),
        )
        .await;
    assert_eq!(
        same.problem(StatusCode::UNPROCESSABLE_ENTITY),
        "the revision changes nothing"
    );
    for (body, expected) in [
        (
            json!({"agenda": [{"op": "remove"}]}),
            "an agenda change `remove` needs `item`",
        ),
        (
            json!({"agenda": [{"op": "remove", "item": 1, "title": "t"}]}),
            "takes no `title`",
        ),
        (
            json!({"agenda": [{"op": "retitle", "item": 1}]}),
            "needs `title` or `priorities`",
        ),
        (
            json!({"agenda": [{"op": "retitle", "item": 9, "title": "t"}]}),
            "there is no item 9",
        ),
        (json!({"closes": "2020-01-01"}), "before it opens"),
        (json!({"online": ""}), "a place, an online address, or both"),
    ] {
        let answer = api.post("sco.secretariat", &path, body.clone()).await;
        let detail = answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(detail.contains(expected), "{body}: {detail}");
    }
    api.post(
        "sco.secretariat",
        &path,
        json!({"agenda": [{"op": "delete", "item": 1}]}),
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);
    api.post(
        "sco.secretariat",
        "/api/v1/meetings/0000000000000000000000000z/revise",
        json!({"title": "t"}),
    )
    .await
    .problem(StatusCode::NOT_FOUND);
    assert_eq!(api.node.platform.store().tree_size().unwrap(), size);

    // A cancelled meeting is not revised.
    api.done(
        "sco.secretariat",
        &format!("/api/v1/meetings/{meeting}/cancel"),
        json!({"reason": "Postponed"}),
    )
    .await;
    let detail = api
        .post("sco.secretariat", &path, json!({"title": "Later"}))
        .await;
    assert!(
        detail
            .problem(StatusCode::CONFLICT)
            .contains("the meeting was cancelled")
    );
}

#[tokio::test]
async fn refusals_are_problem_documents() {
    let api = Api::new();
    let meeting = api.sco_meeting().await;

    // A body of the wrong shape is 422; one that is not JSON at all is 400.
    let wrong = api
        .post(
            "sco.secretariat",
            "/api/v1/meetings",
            json!({"mechanism": "sco", "kind": "party", "title": "t"}),
        )
        .await;
    wrong.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let wrong_type = api
        .post(
            "kaz.delegate",
            &format!("/api/v1/meetings/{meeting}/registration"),
            json!({"delegates": "one"}),
        )
        .await;
    wrong_type.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let not_json = api
        .send(
            Method::POST,
            Some("kaz.delegate"),
            "/api/v1/documents",
            Some("{not json".into()),
            &[],
        )
        .await;
    not_json.problem(StatusCode::BAD_REQUEST);

    // Unknown and malformed ids are 404.
    let unknown = "0000000000000000000000000z";
    for path in [
        format!("/api/v1/meetings/{unknown}"),
        "/api/v1/meetings/nope".into(),
        format!("/api/v1/documents/{unknown}"),
        format!("/api/v1/documents/{unknown}/diff"),
        // A concern's id is no meeting's.
        format!("/api/v1/meetings/{}", api.node.concern),
    ] {
        api.get("kaz.delegate", &path)
            .await
            .problem(StatusCode::NOT_FOUND);
    }
    api.post(
        "kaz.delegate",
        &format!("/api/v1/meetings/{unknown}/registration"),
        json!({"delegates": ["A"]}),
    )
    .await
    .problem(StatusCode::NOT_FOUND);
    api.post(
        "kaz.delegate",
        "/api/v1/documents",
        json!({"meeting": unknown, "title": "t", "paragraphs": ["p"]}),
    )
    .await
    .problem(StatusCode::NOT_FOUND);

    // The wrong party, and a reader.
    let detail = api
        .post(
            "kaz.delegate",
            &format!("/api/v1/meetings/{meeting}/registrations/PAK/decision"),
            json!({"approve": false}),
        )
        .await;
    assert!(detail.problem(StatusCode::FORBIDDEN).contains("convener"));
    api.post(
        "bra.reader",
        &format!("/api/v1/meetings/{meeting}/registration"),
        json!({"delegates": ["Observer"]}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    api.post(
        "kaz.delegate",
        "/api/v1/meetings",
        json!({
            "mechanism": "sco", "kind": "forum", "title": "t", "opens": "2030-01-01",
            "closes": "2030-01-01", "place": "Almaty", "languages": ["ru"],
            "agenda": [{"title": "a"}],
        }),
    )
    .await
    .problem(StatusCode::FORBIDDEN);

    // No token: 401. A session cookie without its CSRF token: 403 csrf.
    api.send(
        Method::POST,
        None,
        &format!("/api/v1/meetings/{meeting}/cancel"),
        Some(json!({"reason": "r"}).to_string()),
        &[],
    )
    .await
    .problem(StatusCode::UNAUTHORIZED);
    let user = api.node.user("sco.secretariat");
    let signed_in = api
        .send(
            Method::POST,
            None,
            "/api/v1/session",
            Some(json!({"user": user.name, "password": user.password}).to_string()),
            &[],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::CREATED, "{}", signed_in.text);
    let csrf = signed_in.json["csrf_token"].as_str().unwrap().to_owned();
    let cookie = signed_in.set_cookie.split(';').next().unwrap().to_owned();
    let cancel = format!("/api/v1/meetings/{meeting}/cancel");
    let body = json!({"reason": "Postponed"}).to_string();
    let forged = api
        .send(
            Method::POST,
            None,
            &cancel,
            Some(body.clone()),
            &[("cookie", &cookie)],
        )
        .await;
    forged.problem(StatusCode::FORBIDDEN);
    assert_eq!(forged.json["type"], "/problems/csrf");
    let cancelled = api
        .send(
            Method::POST,
            None,
            &cancel,
            Some(body),
            &[("cookie", &cookie), ("x-csrf-token", &csrf)],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    assert_eq!(cancelled.json["meeting"]["cancelled"], "Postponed");
}
