//! The OpenAPI document describes exactly the API routes the router serves, is OpenAPI 3.1, and every
//! schema it references exists; the docs page is served from the binary.

use std::collections::BTreeSet;

use serde_json::Value;

#[allow(dead_code)] // the shared fixture has fields other test files read
mod support;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn document() -> Value {
    serde_json::to_value(gsi_web::openapi()).unwrap()
}

/// (method, path) of every operation the document describes.
fn described() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in document()["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            out.insert((method.clone(), path.clone()));
        }
    }
    out
}

/// What the router answers to `method path` (path parameters filled with `x`), as
/// (status, problem document).
async fn answer(router: &axum::Router, method: &str, path: &str) -> (StatusCode, Value) {
    let path: String = path
        .split('/')
        .map(|seg| if seg.starts_with('{') { "x" } else { seg })
        .collect::<Vec<_>>()
        .join("/");
    let request = Request::builder()
        .method(Method::from_bytes(method.to_uppercase().as_bytes()).unwrap())
        .uri(path)
        .header("content-type", "application/json")
        .body(Body::from("{}"))
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// The router's own answer to an address it does not serve.
fn unrouted(status: StatusCode, problem: &Value) -> bool {
    status == StatusCode::METHOD_NOT_ALLOWED
        || (status == StatusCode::NOT_FOUND
            && problem["detail"] == "there is nothing at this address")
}

#[tokio::test]
async fn the_router_serves_what_the_document_describes_and_nothing_else_under_the_api() {
    let doc = document();
    assert_eq!(doc["openapi"].as_str().unwrap().get(..3), Some("3.1"));
    let node = support::DemoNode::new();
    let router = gsi_web::router(node.platform.clone());
    let described = described();
    assert!(described.len() >= 50, "{described:?}");
    for (method, path) in &described {
        let (status, problem) = answer(&router, method, path).await;
        assert!(
            !unrouted(status, &problem),
            "{method} {path} is described but not routed: {status} {problem}"
        );
    }
    // An address or method next to the described ones is the router's, not a handler's.
    for (method, path) in [
        ("get", "/api/v1/concerns/{id}/frobnicate"),
        ("delete", "/api/v1/concerns/{id}"),
        ("post", "/api/v1/log/records"),
        ("get", "/api/v2/concerns"),
    ] {
        assert!(!described.contains(&(method.to_owned(), path.to_owned())));
        let (status, problem) = answer(&router, method, path).await;
        assert!(
            unrouted(status, &problem),
            "{method} {path}: {status} {problem}"
        );
    }
    // The served document is the one the router was built with.
    let (status, served) = answer(&router, "get", "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(served, doc);
}

#[test]
fn every_reference_resolves_and_errors_are_problems() {
    let doc = document();
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for part in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "missing schema {name}");
    }
    assert!(doc["components"]["securitySchemes"]["token"]["scheme"] == "bearer");
    let lodge = &doc["paths"]["/api/v1/concerns"]["post"]["responses"]["403"]["content"];
    assert!(lodge["application/problem+json"].is_object(), "{lodge}");
    assert_eq!(schemas["Problem"]["properties"]["type"]["type"], "string");
}
