//! Browser sign-in through the real server: Argon2id passwords, an HttpOnly session cookie,
//! CSRF tokens on every change made with the cookie, rate-limited failures, sign-out.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::blocking::Client;
use serde_json::{Value, json};
use support::Node;

#[test]
fn a_delegate_signs_in_acts_with_csrf_and_signs_out() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = Client::new();
    let url = |p: &str| server.url(p);
    let sign_in = |user: &str, password: &str| {
        client
            .post(url("/api/v1/session"))
            .json(&json!({"user": user, "password": password}))
            .send()
            .unwrap()
    };

    let r = sign_in("kaz.delegate", &server.password("kaz.delegate"));
    assert_eq!(r.status().as_u16(), 201);
    let set_cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    assert!(!set_cookie.contains("Secure"), "plain HTTP on loopback");
    let cookie = set_cookie.split(';').next().unwrap().to_owned();
    let info: Value = r.json().unwrap();
    let csrf = info["csrf_token"].as_str().unwrap().to_owned();
    assert_eq!(info["party"], "KAZ");

    let me: Value = client
        .get(url("/api/v1/me"))
        .header("cookie", &cookie)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(me["user"], "kaz.delegate");

    let lodge = json!({
        "title": "Cross-border data requests", "description": "Requests go unanswered.",
        "domain": "non_traditional", "priorities": ["III.13"], "addressees": ["CHN"]
    });
    let without = client
        .post(url("/api/v1/concerns"))
        .header("cookie", &cookie)
        .json(&lodge)
        .send()
        .unwrap();
    assert_eq!(
        without.status().as_u16(),
        403,
        "a change without the CSRF token is refused"
    );
    let wrong = client
        .post(url("/api/v1/concerns"))
        .header("cookie", &cookie)
        .header("x-csrf-token", "guess")
        .json(&lodge)
        .send()
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 403);
    let with = client
        .post(url("/api/v1/concerns"))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .json(&lodge)
        .send()
        .unwrap();
    assert_eq!(with.status().as_u16(), 201);

    let out = client
        .delete(url("/api/v1/session"))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .send()
        .unwrap();
    assert_eq!(out.status().as_u16(), 204);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = client
        .get(url("/api/v1/me"))
        .header("cookie", &cookie)
        .send()
        .unwrap();
    assert_eq!(after.status().as_u16(), 401, "the session ended");
}

#[test]
fn failed_sign_ins_are_alike_and_rate_limited() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = Client::new();
    let attempt = |user: &str, password: &str| {
        client
            .post(server.url("/api/v1/session"))
            .json(&json!({"user": user, "password": password}))
            .send()
            .unwrap()
    };
    let unknown: Value = attempt("nobody", "whatever-password").json().unwrap();
    for _ in 0..3 {
        let r = attempt("chn.delegate", "not-the-password");
        assert_eq!(r.status().as_u16(), 401);
        let body: Value = r.json().unwrap();
        assert_eq!(
            body["detail"], unknown["detail"],
            "no hint whether the user exists"
        );
    }
    let limited = attempt("chn.delegate", &server.password("chn.delegate"));
    assert_eq!(
        limited.status().as_u16(),
        429,
        "even the right password waits after 3 failures"
    );
    let wait: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(wait, 1, "the first wait is a second");
    assert_eq!(
        attempt("pak.focal", &server.password("pak.focal"))
            .status()
            .as_u16(),
        201,
        "others are not affected"
    );
    std::thread::sleep(std::time::Duration::from_secs(wait));
    assert_eq!(
        attempt("chn.delegate", &server.password("chn.delegate"))
            .status()
            .as_u16(),
        201,
        "after the wait the right password is let in"
    );
    assert_eq!(
        attempt(&"x".repeat(2_000_000), "whatever-password")
            .json::<Value>()
            .unwrap()["detail"],
        unknown["detail"],
        "a name no account can have is refused like any other"
    );
}

#[test]
fn passwords_are_set_from_standard_input() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    let mut child = Command::new(support::GSI)
        .args(["user", "passwd", "bra.reader"])
        .env("GSI_DATA_DIR", node.data_dir())
        .env("GSI_DATABASE_URL", &node.database)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long enough passphrase\n")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let short = node.gsi(&["user", "passwd", "bra.reader"]);
    assert!(!short.status.success(), "an empty password is refused");
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"));

    let server = node.serve();
    let r = Client::new()
        .post(server.url("/api/v1/session"))
        .json(&json!({"user": "bra.reader", "password": "a long enough passphrase"}))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
}
