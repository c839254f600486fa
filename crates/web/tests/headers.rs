//! The headers every response carries and the compression a client may ask for, on pages, the
//! API, assets and error pages; and that no page brings an inline script or style the
//! Content-Security-Policy would block. Runs the real router in process on SQLite.

use std::io::Read;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

mod support;

async fn get(
    node: &support::DemoNode,
    path: &str,
    encoding: Option<&str>,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::get(path);
    if let Some(e) = encoding {
        request = request.header(header::ACCEPT_ENCODING, e);
    }
    let response = gsi_web::router(node.platform.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, bytes.to_vec())
}

fn paths(node: &support::DemoNode) -> Vec<String> {
    [
        "/",
        "/concerns",
        "/registry/sco",
        "/transparency",
        "/transparency/records/0",
        "/login",
        "/api/v1/docs",
        "/api/v1/openapi.json",
        "/api/v1/parties",
        "/api/v1/concerns",
        "/checkpoint",
        "/assets/site.css",
        "/no/such/page",
        "/api/v1/concerns/00000000000000000000000000",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("/concerns/{}", node.concern)])
    .collect()
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let node = support::DemoNode::new();
    for path in paths(&node) {
        let (status, headers, _) = get(&node, &path, None).await;
        assert!(!status.is_server_error(), "{path}: {status}");
        let value = |name: &str| {
            headers
                .get(name)
                .unwrap_or_else(|| panic!("{path} has no {name}"))
                .to_str()
                .unwrap()
                .to_owned()
        };
        let csp = value("content-security-policy");
        for directive in [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
        assert_eq!(value("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(value("referrer-policy"), "same-origin", "{path}");
        assert_eq!(value("x-frame-options"), "DENY", "{path}");
    }
    // A signed-in caller's answer too.
    let request = Request::get("/api/v1/me")
        .header(
            header::AUTHORIZATION,
            format!("Bearer {}", node.user("kaz.delegate").token),
        )
        .body(Body::empty())
        .unwrap();
    let response = gsi_web::router(node.platform.clone())
        .oneshot(request)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().contains_key("content-security-policy"));
}

#[tokio::test]
async fn responses_are_compressed_as_the_client_accepts() {
    let node = support::DemoNode::new();
    for path in [
        "/",
        "/api/v1/openapi.json",
        "/assets/site.css",
        "/api/v1/parties",
    ] {
        let (_, headers, plain) = get(&node, path, None).await;
        assert!(headers.get(header::CONTENT_ENCODING).is_none(), "{path}");
        for (accept, encoding) in [("gzip", "gzip"), ("br", "br"), ("gzip, br", "br")] {
            let (status, headers, body) = get(&node, path, Some(accept)).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(
                headers[header::CONTENT_ENCODING],
                encoding,
                "{path} for Accept-Encoding: {accept}"
            );
            let mut decoded = Vec::new();
            if encoding == "gzip" {
                flate2::read::GzDecoder::new(&body[..])
                    .read_to_end(&mut decoded)
                    .unwrap();
            } else {
                brotli::Decompressor::new(&body[..], 4096)
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            if path.starts_with("/api/v1/openapi") || path.starts_with("/assets/") {
                assert_eq!(decoded, plain, "{path} decodes to the same bytes");
            } else {
                // Pages and lists carry per-request values (CSRF fields, now); compare the shape.
                assert!(decoded.len() > plain.len() / 2, "{path}");
            }
            assert!(
                body.len() * 2 < plain.len(),
                "{path}: {encoding} gives {} of {} bytes",
                body.len(),
                plain.len()
            );
        }
    }
}

/// Every template loads its scripts and styles from files: an
/// inline `<script>`, `<style>`, `style=` or `on…=` attribute would be blocked in the browser.
#[test]
fn no_page_has_inline_script_or_style() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("templates")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("<script") {
            let tag = &text[at..at + text[at..].find('>').unwrap()];
            assert!(tag.contains(" src="), "{}: inline {tag}>", file.display());
        }
        for inline in [
            "<style",
            " style=",
            " onclick=",
            " onload=",
            " onchange=",
            " onsubmit=",
        ] {
            assert!(!text.contains(inline), "{}: {inline}", file.display());
        }
    }
}
