//! Every mutating route, tried as a user of the wrong party (or with the wrong role), answers
//! 403 with a problem document and appends nothing. Runs the real router in process on SQLite.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

mod support;

struct Fixture {
    node: support::DemoNode,
    platform: gsi_app::Platform,
    concern: String,
    dialogue: Dialogue,
}

/// Dialogue state to refuse changes to: the demo's SCO meeting (KAZ and CHN approved members)
/// and draft, a second draft with a consensus decision open, and a third adopted with
/// commitment 1 naming KAZ only.
struct Dialogue {
    meeting: String,
    draft: String,
    deciding: String,
    adopted: String,
}

fn fixture() -> Fixture {
    let node = support::DemoNode::new();
    let dialogue = dialogue(&node);
    Fixture {
        platform: node.platform.clone(),
        concern: node.concern.clone(),
        dialogue,
        node,
    }
}

fn dialogue(node: &support::DemoNode) -> Dialogue {
    use gsi_core::decisions::{Position, Rule};
    use gsi_core::dialogue::documents::DraftDocument;
    use gsi_core::{DocumentId, PartyId};

    let p = &node.platform;
    let now = gsi_app::now;
    let actor = |user: &str| {
        p.authenticate(
            &node.user(user).token,
            gsi_app::tokens::Scope::Read,
            gsi_app::now(),
        )
        .unwrap()
    };
    let (kaz, sco) = (actor("kaz.delegate"), actor("sco.secretariat"));
    // The demo's SCO meeting, where the SCO secretariat chairs (the demo's other meeting is a
    // past consultation convened by China).
    let sco_meetings = gsi_app::dialogue::MeetingQuery {
        mechanism: Some(PartyId::parse("sco").unwrap()),
        ..Default::default()
    };
    let meeting = p.dialogue().meetings(&sco_meetings).unwrap().remove(0).id;
    let draft = p
        .dialogue()
        .documents(&gsi_app::dialogue::DocumentQuery::of_meeting(&meeting))
        .unwrap()
        .remove(0)
        .id;
    let new_draft = |n: u8| {
        let command = DraftDocument {
            id: DocumentId::from_random([n; 16]),
            meeting: meeting.clone(),
            title: format!("Statement {n}"),
            priorities: Vec::new(),
            paragraphs: vec!["The participants agree.".into()],
        };
        p.dialogue().draft(&kaz, command, now()).unwrap().0.id
    };
    let deciding = new_draft(1);
    p.dialogue()
        .open_decision(&sco, &deciding, Rule::Consensus, now())
        .unwrap();
    let adopted = new_draft(2);
    p.dialogue()
        .open_decision(&sco, &adopted, Rule::Consensus, now())
        .unwrap();
    p.dialogue()
        .record_position(&kaz, &adopted, Position::Support, None, now())
        .unwrap();
    p.dialogue().close_decision(&sco, &adopted, now()).unwrap();
    let kaz_party = PartyId::parse("KAZ").unwrap();
    p.dialogue()
        .mark_commitment(&sco, &adopted, 1, vec![kaz_party], None, now())
        .unwrap();
    Dialogue {
        meeting: meeting.to_string(),
        draft: draft.to_string(),
        deciding: deciding.to_string(),
        adopted: adopted.to_string(),
    }
}

impl Fixture {
    fn token(&self, user: &str) -> &str {
        &self.node.user(user).token
    }

    async fn post(&self, user: &str, path: &str, body: Value) -> (StatusCode, Value, String) {
        self.send(Method::POST, user, path, body).await
    }

    async fn send(
        &self,
        method: Method,
        user: &str,
        path: &str,
        body: Value,
    ) -> (StatusCode, Value, String) {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header("authorization", format!("Bearer {}", self.token(user)))
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let response = gsi_web::router(self.platform.clone())
            .oneshot(request)
            .await
            .unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            content_type,
        )
    }
}

/// The mutating routes of `gsi_web::router`, each with a request that is well-formed but made by
/// a user who may not make it: (user, path, body, why).
fn wrong_party_requests(concern: &str) -> Vec<(&'static str, String, Value, &'static str)> {
    let lodge = json!({
        "title": "t", "description": "d", "domain": "traditional",
        "priorities": ["III.5"], "addressees": ["CHN"]
    });
    let membership = json!({
        "mechanism": "sco", "member": "AZE", "role": "partner", "source": "s", "as_of": "2025-09-02"
    });
    let participant =
        json!({"id": "demo-institute", "kind": "think_tank", "name": "Demo", "source": "s"});
    vec![
        (
            "bra.reader",
            "/api/v1/concerns".into(),
            lodge,
            "a reader authors nothing",
        ),
        (
            "bra.reader",
            format!("/api/v1/concerns/{concern}/acknowledge"),
            json!(null),
            "not an addressee",
        ),
        (
            "kaz.delegate",
            format!("/api/v1/concerns/{concern}/acknowledge"),
            json!(null),
            "the lodger is not an addressee",
        ),
        (
            "bra.reader",
            format!("/api/v1/concerns/{concern}/respond"),
            json!({"text": "x"}),
            "not an addressee",
        ),
        (
            "sco.secretariat",
            format!("/api/v1/concerns/{concern}/consultations"),
            json!({"text": "x"}),
            "not an addressee",
        ),
        (
            "chn.delegate",
            format!("/api/v1/concerns/{concern}/distribution"),
            json!({"distribution": {"to": "parties", "parties": ["CHN", "PAK", "RUS"]}}),
            "only the lodger widens",
        ),
        (
            "chn.delegate",
            format!("/api/v1/concerns/{concern}/close"),
            json!({"outcome": "addressed"}),
            "only the lodger closes",
        ),
        (
            "pak.focal",
            format!("/api/v1/concerns/{concern}/close"),
            json!({"outcome": "withdrawn"}),
            "only the lodger withdraws",
        ),
        (
            "kaz.delegate",
            "/api/v1/memberships".into(),
            membership.clone(),
            "a state cannot record the SCO's members",
        ),
        (
            "xiangshan.secretariat",
            "/api/v1/memberships".into(),
            membership,
            "one secretariat cannot act for another mechanism",
        ),
        (
            "chn.delegate",
            "/api/v1/parties".into(),
            participant,
            "a state does not register a forum's participants",
        ),
    ]
}

/// The dialogue routes' refusals, as [`wrong_party_requests`] with the method: (user, method,
/// path, body, why).
fn wrong_party_dialogue_requests(
    d: &Dialogue,
) -> Vec<(&'static str, Method, String, Value, &'static str)> {
    let (m, draft, deciding, adopted) = (&d.meeting, &d.draft, &d.deciding, &d.adopted);
    let rules = json!({"default": "consensus", "allowed": ["consensus"], "series": "SCO/GSI"});
    let convene = |mechanism: Option<&str>| {
        json!({
            "mechanism": mechanism, "kind": "consultation", "title": "t",
            "opens": "2030-01-01", "closes": "2030-01-02", "place": "Almaty",
            "languages": ["ru"], "agenda": [{"title": "a"}],
            "invited": [{"party": "CHN", "attendance": "member"}],
        })
    };
    let post = Method::POST;
    vec![
        (
            "kaz.delegate",
            Method::PUT,
            "/api/v1/mechanisms/sco/rules".into(),
            rules.clone(),
            "a state cannot declare the SCO's rules",
        ),
        (
            "xiangshan.secretariat",
            Method::PUT,
            "/api/v1/mechanisms/sco/rules".into(),
            rules,
            "one secretariat cannot declare another mechanism's rules",
        ),
        (
            "kaz.delegate",
            post.clone(),
            "/api/v1/meetings".into(),
            convene(Some("sco")),
            "a state cannot convene for the SCO",
        ),
        (
            "bra.reader",
            post.clone(),
            "/api/v1/meetings".into(),
            convene(None),
            "a reader convenes nothing",
        ),
        (
            "bra.reader",
            post.clone(),
            format!("/api/v1/meetings/{m}/registration"),
            json!({"delegates": ["A"]}),
            "a reader registers no delegation",
        ),
        (
            "xiangshan.secretariat",
            post.clone(),
            format!("/api/v1/meetings/{m}/registration"),
            json!({"attendance": "member", "delegates": ["A"]}),
            "not a member of the SCO, so not as a member",
        ),
        (
            "bra.reader",
            post.clone(),
            format!("/api/v1/meetings/{m}/registration/withdraw"),
            json!({}),
            "a reader withdraws nothing",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/meetings/{m}/registrations/CHN/decision"),
            json!({"approve": false}),
            "only the convener decides registrations",
        ),
        (
            "pak.focal",
            post.clone(),
            format!("/api/v1/meetings/{m}/agenda/2/speakers"),
            json!({"delegate": "A"}),
            "not a participant",
        ),
        (
            "bra.reader",
            post.clone(),
            format!("/api/v1/meetings/{m}/agenda/2/speakers/withdraw"),
            json!({}),
            "a reader is on no list",
        ),
        (
            "pak.focal",
            post.clone(),
            format!("/api/v1/meetings/{m}/agenda/2/documents"),
            json!({"title": "t", "url": "https://example.org/x"}),
            "not a participant",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/meetings/{m}/revise"),
            json!({"title": "t", "agenda": [{"op": "add", "title": "a"}]}),
            "only the convener revises",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/meetings/{m}/cancel"),
            json!({"reason": "r"}),
            "only the convener cancels",
        ),
        (
            "pak.focal",
            post.clone(),
            "/api/v1/documents".into(),
            json!({"meeting": m, "title": "t", "paragraphs": ["p"]}),
            "not a member of the meeting",
        ),
        (
            "pak.focal",
            post.clone(),
            format!("/api/v1/documents/{draft}/amendments"),
            json!({"op": "delete", "paragraph": 1}),
            "not a member of the meeting",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/documents/{draft}/amendments/1/decision"),
            json!({"accept": true}),
            "only the convener decides amendments",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/documents/{draft}/decision"),
            json!({"rule": "consensus"}),
            "only the convener opens a decision",
        ),
        (
            "pak.focal",
            post.clone(),
            format!("/api/v1/documents/{deciding}/positions"),
            json!({"position": "object"}),
            "not a member of the deciding body",
        ),
        (
            "bra.reader",
            post.clone(),
            format!("/api/v1/documents/{deciding}/positions"),
            json!({"position": "support"}),
            "a reader takes no position",
        ),
        (
            "chn.delegate",
            post.clone(),
            format!("/api/v1/documents/{deciding}/decision/close"),
            json!({}),
            "only the convener closes a decision",
        ),
        (
            "kaz.delegate",
            post.clone(),
            format!("/api/v1/documents/{adopted}/commitments"),
            json!({"paragraph": 1, "parties": ["KAZ"]}),
            "only the convener marks commitments",
        ),
        (
            "chn.delegate",
            post,
            format!("/api/v1/documents/{adopted}/commitments/1/reports"),
            json!({"status": "completed", "narrative": "n"}),
            "CHN is not committed by commitment 1",
        ),
    ]
}

/// Whether a concrete path fits a route template (`{…}` matches any one segment).
fn fits(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && t.ends_with('}')))
}

#[tokio::test]
async fn every_mutating_route_refuses_the_wrong_party() {
    let fx = fixture();
    let size = fx.platform.store().tree_size().unwrap();
    let requests = wrong_party_requests(&fx.concern)
        .into_iter()
        .map(|(user, path, body, why)| (user, Method::POST, path, body, why))
        .chain(wrong_party_dialogue_requests(&fx.dialogue));
    let mut covered: Vec<String> = Vec::new();
    for (user, method, path, body, why) in requests {
        let body = if body.is_null() { json!({}) } else { body };
        let (status, problem, content_type) = fx.send(method.clone(), user, &path, body).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{user} {method} {path} ({why}): {problem}"
        );
        assert_eq!(content_type, "application/problem+json");
        assert_eq!(problem["status"], 403);
        covered.push(path);
    }
    assert_eq!(
        fx.platform.store().tree_size().unwrap(),
        size,
        "refusals append nothing"
    );

    // Every write the router serves is in the sweep: adding a route without adding it here fails.
    // (The router adds every API route from its OpenAPI description, so the document is its list.)
    let document = serde_json::to_value(gsi_web::openapi()).unwrap();
    let routes: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, item)| item.get("post").is_some() || item.get("put").is_some())
        .map(|(path, _)| path.as_str())
        .collect();
    assert_eq!(routes.len(), 27, "{routes:?}");
    for route in routes {
        if route == "/api/v1/session" {
            continue; // signing in acts for nobody; crates/gsi/tests/sessions.rs covers it
        }
        assert!(
            covered.iter().any(|c| fits(route, c)),
            "route {route} is not in the authorization sweep"
        );
    }
}

#[tokio::test]
async fn the_right_party_may_do_what_the_wrong_one_may_not() {
    let fx = fixture();
    let path = format!("/api/v1/concerns/{}/respond", fx.concern);
    let (status, body, _) = fx
        .post(
            "chn.delegate",
            &path,
            json!({"text": "We will share the schedule."}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body, _) = fx
        .post(
            "kaz.delegate",
            &format!("/api/v1/concerns/{}/close", fx.concern),
            json!({"outcome": "addressed"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["concern"]["status"], "addressed");

    let d = &fx.dialogue;
    let (status, body, _) = fx
        .post(
            "chn.delegate",
            &format!("/api/v1/documents/{}/positions", d.deciding),
            json!({"position": "support"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body, _) = fx
        .post(
            "kaz.delegate",
            &format!("/api/v1/documents/{}/commitments/1/reports", d.adopted),
            json!({"status": "completed", "narrative": "Done."}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body, _) = fx
        .post(
            "sco.secretariat",
            &format!("/api/v1/meetings/{}/revise", d.meeting),
            json!({"title": "t", "agenda": [{"op": "add", "title": "a"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["meeting"]["title"], "t");
    let (status, body, _) = fx
        .post(
            "sco.secretariat",
            &format!("/api/v1/meetings/{}/cancel", d.meeting),
            json!({"reason": "Postponed"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
