//! API tokens through the real server and CLI: scopes per module, expiry bounds, last use, and
//! revocation by a password change or by signing out everywhere.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::blocking::Client;
use serde_json::{Value, json};
use support::Node;

fn create_token(node: &Node, user: &str, args: &[&str]) -> String {
    let mut all = vec!["token", "create", user];
    all.extend_from_slice(args);
    node.gsi_ok(&all).trim().to_owned()
}

fn log_size(client: &Client, server: &support::Server) -> u64 {
    let checkpoint = client
        .get(server.url("/checkpoint"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    checkpoint.lines().nth(1).unwrap().parse().unwrap()
}

fn lodge() -> Value {
    json!({
        "title": "Unannounced missile tests", "description": "Tests near the border go unnotified.",
        "domain": "traditional", "priorities": ["III.3"], "addressees": ["CHN"]
    })
}

#[test]
fn a_token_does_only_what_its_scopes_allow_and_records_its_last_use() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = Client::new();
    let reader = create_token(&node, "kaz.delegate", &["--label", "dashboard"]);
    let concerns = create_token(
        &node,
        "kaz.delegate",
        &["--label", "filer", "--scope", "read,write:concerns"],
    );

    let list = client
        .get(server.url("/api/v1/concerns"))
        .bearer_auth(&reader)
        .send()
        .unwrap();
    assert_eq!(list.status().as_u16(), 200, "read is the default scope");

    let before = log_size(&client, &server);
    let refused = client
        .post(server.url("/api/v1/concerns"))
        .bearer_auth(&reader)
        .json(&lodge())
        .send()
        .unwrap();
    assert_eq!(refused.status().as_u16(), 403);
    let problem: Value = refused.json().unwrap();
    assert_eq!(problem["type"], "/problems/insufficient-scope", "{problem}");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("write:concerns"),
        "{problem}"
    );
    assert_eq!(log_size(&client, &server), before, "nothing was recorded");

    let lodged = client
        .post(server.url("/api/v1/concerns"))
        .bearer_auth(&concerns)
        .json(&lodge())
        .send()
        .unwrap();
    assert_eq!(lodged.status().as_u16(), 201);

    let meeting = json!({
        "mechanism": "KAZ", "title": "Border talks", "starts_at": "2031-03-02T09:00:00Z",
        "ends_at": "2031-03-02T17:00:00Z", "place": "Astana", "invitees": ["CHN"],
        "agenda": [{"title": "Notifications"}]
    });
    let other_module = client
        .post(server.url("/api/v1/meetings"))
        .bearer_auth(&concerns)
        .json(&meeting)
        .send()
        .unwrap();
    assert_eq!(
        other_module.status().as_u16(),
        403,
        "write:concerns does not reach dialogue"
    );

    let refused_cli = node.gsi_as(
        Some(&concerns),
        &["meeting", "withdraw", "00000000000000000000000000000000"],
    );
    assert!(!refused_cli.status.success());
    let said = String::from_utf8_lossy(&refused_cli.stderr);
    assert!(said.contains("write:dialogue"), "{said}");

    let listed = node.gsi_ok(&["token", "list", "kaz.delegate"]);
    let row = |label: &str| {
        listed
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} in {listed}"))
            .to_owned()
    };
    assert!(row("dashboard").ends_with("read"), "{listed}");
    assert!(row("filer").ends_with("read,write:concerns"), "{listed}");
    assert!(!row("filer").contains("never"), "last use shown: {listed}");
    create_token(&node, "kaz.delegate", &["--label", "spare"]);
    let listed = node.gsi_ok(&["token", "list", "kaz.delegate"]);
    let spare = listed.lines().find(|l| l.contains("spare")).unwrap();
    assert!(spare.contains("never"), "{listed}");
}

#[test]
fn token_lifetimes_and_scopes_are_bounded_with_a_plain_sentence() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    for (args, said) in [
        (&["--days", "400"][..], "from 1 to 366 days"),
        (&["--days", "0"][..], "from 1 to 366 days"),
        (&["--scope", "write:everything"][..], "not a token scope"),
        (&["--scope", "admin"][..], "not a token scope"),
    ] {
        let mut all = vec!["token", "create", "kaz.delegate"];
        all.extend_from_slice(args);
        let out = node.gsi(&all);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
    let listed = node.gsi_ok(&["token", "list", "kaz.delegate"]);
    assert_eq!(
        listed.lines().filter(|l| l.contains(" cli ")).count(),
        0,
        "no token was made: {listed}"
    );
}

#[test]
fn a_password_change_and_signing_out_everywhere_offer_to_revoke_tokens() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = Client::new();
    let me = |token: &str| {
        client
            .get(server.url("/api/v1/me"))
            .bearer_auth(token)
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let first = create_token(&node, "kaz.delegate", &[]);

    let passwd = |args: &[&str]| {
        let mut command = Command::new(support::GSI);
        command
            .args(["user", "passwd"])
            .args(args)
            .env("GSI_DATA_DIR", node.data_dir())
            .env("GSI_DATABASE_URL", &node.database)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        let mut child = command.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"a brand new passphrase\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let kept = passwd(&["kaz.delegate"]);
    assert!(kept.contains("still work"), "{kept}");
    assert_eq!(me(&first), 200, "tokens survive unless asked");
    let revoked = passwd(&["kaz.delegate", "--revoke-tokens"]);
    assert!(revoked.contains("Revoked"), "{revoked}");
    assert_eq!(me(&first), 401, "revoked with the password change");

    // Signing out everywhere from the page: every session ends, tokens too when ticked.
    let second = create_token(&node, "kaz.delegate", &[]);
    let sign_in = || {
        let r = client
            .post(server.url("/api/v1/session"))
            .json(&json!({"user": "kaz.delegate", "password": "a brand new passphrase"}))
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let cookie = r.headers()["set-cookie"].to_str().unwrap();
        let cookie = cookie.split(';').next().unwrap().to_owned();
        let csrf = r.json::<Value>().unwrap()["csrf_token"]
            .as_str()
            .unwrap()
            .to_owned();
        (cookie, csrf)
    };
    let (other_browser, _) = sign_in();
    let (this_browser, csrf) = sign_in();
    let no_redirects = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let out = no_redirects
        .post(server.url("/logout"))
        .header("cookie", &this_browser)
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("everywhere", "1"),
            ("revoke_tokens", "1"),
        ])
        .send()
        .unwrap();
    assert_eq!(out.status().as_u16(), 303);
    let to = out.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.contains("signed_out=everywhere"), "{to}");
    for cookie in [&other_browser, &this_browser] {
        let r = client
            .get(server.url("/api/v1/me"))
            .header("cookie", cookie)
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 401, "every session ended");
    }
    assert_eq!(me(&second), 401, "and the token was revoked");
    let page = client.get(server.url(&to)).send().unwrap().text().unwrap();
    assert!(page.contains("One API token was revoked"), "{page}");

    let only_sessions = node.gsi_ok(&["user", "sign-out", "kaz.delegate"]);
    assert!(
        only_sessions.contains("Ended every session"),
        "{only_sessions}"
    );
}
