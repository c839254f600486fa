//! The OpenAPI document describes every API route of the router, is OpenAPI 3.1, and every
//! schema it references exists; the docs page is served from the binary.

use std::collections::BTreeSet;

use serde_json::Value;
use utoipa::OpenApi;

fn document() -> Value {
    serde_json::to_value(gsi_web::ApiDoc::openapi()).unwrap()
}

/// (method, path) of every route in the router's source, except the document and page routes
/// themselves and the HTML home page.
fn routes() -> BTreeSet<(String, String)> {
    let source = include_str!("../src/lib.rs");
    let mut out = BTreeSet::new();
    for chunk in source.split(".route(").skip(1) {
        let path = chunk.split('"').nth(1).unwrap().to_owned();
        let handlers = chunk.split(".route(").next().unwrap();
        for method in ["get", "post", "put", "delete"] {
            if handlers.contains(&format!("{method}("))
                && path != "/"
                && !path.contains("openapi")
                && !path.ends_with("/docs")
            {
                out.insert((method.to_owned(), path.clone()));
            }
        }
    }
    out
}

#[test]
fn every_route_is_described() {
    let doc = document();
    assert_eq!(doc["openapi"].as_str().unwrap().get(..3), Some("3.1"));
    let mut described = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            described.insert((method.clone(), path.clone()));
        }
    }
    let routes = routes();
    assert!(routes.len() >= 22, "{routes:?}");
    assert_eq!(routes, described, "routes and the OpenAPI paths differ");
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
