//! Every mutating route, tried as a user of the wrong party (or with the wrong role), answers
//! 403 with a problem document and appends nothing. Runs the real router in process on SQLite.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
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

impl Fixture {
    fn token(&self, user: &str) -> &str {
        &self.node.user(user).token
    }

    async fn post(&self, user: &str, path: &str, body: Value) -> (StatusCode, Value, String) {
        let request = Request::post(path)
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

#[tokio::test]
async fn every_mutating_route_refuses_the_wrong_party() {
    let fx = fixture();
    let size = fx.platform.store().tree_size().unwrap();
    let requests = wrong_party_requests(&fx.concern);
    let mut covered: Vec<String> = Vec::new();
    for (user, path, body, why) in requests {
        let body = if body.is_null() { json!({}) } else { body };
        let (status, problem, content_type) = fx.post(user, &path, body).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{user} POST {path} ({why}): {problem}"
        );
        assert_eq!(content_type, "application/problem+json");
        assert_eq!(problem["status"], 403);
        covered.push(path.replace(&fx.concern, "{id}"));
    }
    assert_eq!(
        fx.platform.store().tree_size().unwrap(),
        size,
        "refusals append nothing"
    );

    // Every POST route in the router is in the sweep: adding a route without adding it here fails.
    let source = include_str!("../src/lib.rs");
    let routes: Vec<&str> = source
        .split(".route(")
        .skip(1)
        .filter(|chunk| chunk.contains("post("))
        .map(|chunk| chunk.split('"').nth(1).unwrap())
        .collect();
    assert_eq!(routes.len(), 8, "{routes:?}");
    for route in routes {
        if route == "/api/v1/session" {
            continue; // signing in acts for nobody; crates/gsi/tests/sessions.rs covers it
        }
        assert!(
            covered.iter().any(|c| c == route),
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
}
