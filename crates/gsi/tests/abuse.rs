//! A hostile client without an account, against the real binary over real loopback sockets:
//! parallel guesses, lock-out attempts from another address, floods of huge or unique names,
//! and redirects off the site. Memory is read from the server process itself (`/proc`).

mod support;

use std::net::IpAddr;

use reqwest::blocking::Client;
use reqwest::redirect::Policy;
use serde_json::json;
use support::{Node, Server};

/// A figure of the server process from `/proc/PID/status`, in kB (`VmRSS` now, `VmHWM` the peak).
fn memory_kb(server: &Server, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| panic!("no {field} in {status}"))
}

fn client_from(address: &str) -> Client {
    Client::builder()
        .local_address(address.parse::<IpAddr>().unwrap())
        .redirect(Policy::none())
        .build()
        .unwrap()
}

fn sign_in(client: &Client, server: &Server, user: &str, password: &str) -> u16 {
    client
        .post(server.url("/api/v1/session"))
        .json(&json!({"user": user, "password": password}))
        .send()
        .unwrap()
        .status()
        .as_u16()
}

/// Runs `n` sign-ins at once, each on its own connection, and returns their statuses.
fn at_once(
    server: &Server,
    n: usize,
    attempt: impl Fn(usize) -> (String, String) + Sync,
) -> Vec<u16> {
    let start = std::sync::Barrier::new(n);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let (start, attempt) = (&start, &attempt);
                s.spawn(move || {
                    let client = client_from("127.0.0.1");
                    let (user, password) = attempt(i);
                    start.wait();
                    sign_in(&client, server, &user, &password)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

#[test]
fn a_hundred_parallel_guesses_for_one_account_check_at_most_three_passwords() {
    let node = Node::sqlite();
    let server = node.serve();
    let statuses = at_once(&server, 100, |_| {
        ("chn.delegate".into(), "not-the-password".into())
    });
    let checked = count(&statuses, 401);
    assert!(
        (1..=3).contains(&checked),
        "{checked} passwords checked: {statuses:?}"
    );
    assert_eq!(
        count(&statuses, 429) + count(&statuses, 503) + checked,
        100,
        "{statuses:?}"
    );
}

#[test]
fn an_attacker_elsewhere_cannot_lock_the_owner_out() {
    let node = Node::sqlite();
    let server = node.serve();
    let attacker = client_from("127.0.0.2");
    let owner = client_from("127.0.0.1");
    let mut refused = 0;
    for _ in 0..40 {
        match sign_in(&attacker, &server, "pak.focal", "a-wrong-password") {
            401 => {}
            429 => refused += 1,
            other => panic!("{other}"),
        }
    }
    assert!(refused >= 37, "the attacker's own address is slowed");
    assert_eq!(
        sign_in(&owner, &server, "pak.focal", &server.password("pak.focal")),
        201,
        "the owner, from an address that has not failed, signs in at once"
    );
}

#[test]
fn huge_and_unique_user_names_leave_memory_bounded() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = client_from("127.0.0.1");
    assert_eq!(sign_in(&client, &server, "warm.up", "some-password"), 401);
    let before = memory_kb(&server, "VmRSS");
    std::thread::scope(|s| {
        for t in 0..4 {
            let (server, client) = (&server, &client);
            s.spawn(move || {
                for i in 0..75 {
                    let name = format!("{t}-{i}-{}", "n".repeat(1_900_000));
                    let status = sign_in(client, server, &name, "some-password");
                    assert!(matches!(status, 401 | 429), "{status}");
                }
            });
        }
    });
    let after = memory_kb(&server, "VmRSS");
    assert!(
        after < before + 64 * 1024,
        "300 names of 1.9 MB took the server from {before} kB to {after} kB"
    );
}

#[test]
fn password_checks_run_a_few_at_a_time_and_the_rest_are_told_to_come_back() {
    let node = Node::sqlite();
    let server = node.serve_with(&[
        "--sign-in-per-source",
        "1000",
        "--sign-in-hashing",
        "2",
        "--sign-in-queue",
        "4",
    ]);
    let client = client_from("127.0.0.1");
    assert_eq!(sign_in(&client, &server, "warm.up", "some-password"), 401);
    let before = memory_kb(&server, "VmHWM");
    let statuses = at_once(&server, 100, |i| {
        (format!("user{i}"), "some-password".into())
    });
    let peak = memory_kb(&server, "VmHWM");
    assert!(count(&statuses, 401) >= 6, "{statuses:?}");
    assert!(
        count(&statuses, 503) > 0,
        "past the queue: 503 {statuses:?}"
    );
    assert_eq!(count(&statuses, 401) + count(&statuses, 503), 100);
    assert!(
        peak < before + 200 * 1024,
        "hashing 100 passwords at once would take 1.9 GB; the peak went from {before} kB to {peak} kB"
    );
    let busy = client
        .post(server.url("/api/v1/session"))
        .json(&json!({"user": "user1", "password": "x"}))
        .send()
        .unwrap();
    assert_eq!(busy.status().as_u16(), 401, "a free node checks again");
}

fn login_form(
    client: &Client,
    server: &Server,
    fields: &[(&str, &str)],
    origin: Option<&str>,
) -> reqwest::blocking::Response {
    let mut request = client.post(server.url("/login")).form(fields);
    if let Some(origin) = origin {
        request = request.header("origin", origin);
    }
    request.send().unwrap()
}

#[test]
fn sign_in_sends_a_browser_back_only_to_this_site() {
    let node = Node::sqlite();
    let server = node.serve();
    let password = server.password("kaz.delegate");
    let ours = server.base.clone();
    for (next, expected) in [
        ("/concerns", "/concerns"),
        ("/\t/evil.example", "/"),
        ("/%09/evil.example", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("/\r\nSet-Cookie: stolen=1", "/"),
    ] {
        let client = client_from("127.0.0.1");
        let fields = [
            ("user", "kaz.delegate"),
            ("password", password.as_str()),
            ("next", next),
        ];
        let r = login_form(&client, &server, &fields, Some(&ours));
        assert_eq!(r.status().as_u16(), 303, "{next:?}");
        assert_eq!(r.headers()["location"], expected, "{next:?}");
    }
}

#[test]
fn the_sign_in_form_is_refused_from_another_site() {
    let node = Node::sqlite();
    let server = node.serve();
    let password = server.password("kaz.delegate");
    let client = client_from("127.0.0.1");
    let fields = [("user", "kaz.delegate"), ("password", password.as_str())];
    let r = login_form(&client, &server, &fields, Some("https://evil.example"));
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.headers().get("set-cookie").is_none(), "no session opened");
    let page = r.text().unwrap();
    assert!(page.contains("not sent from this site"), "{page}");
    assert!(page.contains("name=\"password\""), "the form again");
    let r = login_form(&client, &server, &fields, Some(&server.base));
    assert_eq!(r.status().as_u16(), 303);
}

#[test]
fn a_json_body_over_the_limit_is_413_as_a_problem_document() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = client_from("127.0.0.1");
    let r = client
        .post(server.url("/api/v1/session"))
        .json(&json!({"user": "x".repeat(3 << 20), "password": "some-password"}))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = r.json().unwrap();
    assert_eq!(problem["type"], "/problems/too-large");
}

#[test]
fn a_page_form_over_the_limit_is_413_as_a_page_in_the_readers_language() {
    let node = Node::sqlite();
    let server = node.serve();
    let client = client_from("127.0.0.1");
    // Its own connection each time: the server closes the one whose body it refused to read.
    let size = || -> u64 {
        let note = reqwest::blocking::get(server.url("/checkpoint")).unwrap();
        note.text()
            .unwrap()
            .lines()
            .nth(1)
            .unwrap()
            .parse()
            .unwrap()
    };
    let signed_in = client
        .post(server.url("/api/v1/session"))
        .json(&json!({"user": "kaz.delegate", "password": server.password("kaz.delegate")}))
        .send()
        .unwrap();
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_owned();
    let before = size();
    let description = "d".repeat(3 << 20);
    let r = client
        .post(server.url("/concerns/new"))
        .header("cookie", &cookie)
        .header("accept-language", "fr")
        .form(&[
            ("title", "Une préoccupation"),
            ("description", &description),
        ])
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let page = r.text().unwrap();
    assert!(page.contains("Trop volumineux"), "{page}");
    assert!(page.contains("lang=\"fr\""), "{page}");
    assert_eq!(size(), before, "nothing recorded");
}
