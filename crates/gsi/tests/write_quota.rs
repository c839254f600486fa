//! The write quota through the real binary and real parallel HTTP connections: a flood from one
//! user's token meets 429 with Retry-After after exactly its quota, another party is unaffected,
//! and the user writes again once Retry-After has passed.

mod support;

use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::{Value, json};
use support::{Node, Server};

const QUOTA: usize = 10;
const FLOOD: usize = 30;

fn lodge(client: &Client, server: &Server, token: &str, n: usize) -> reqwest::blocking::Response {
    client
        .post(server.url("/api/v1/concerns"))
        .bearer_auth(token)
        .json(&json!({
            "title": format!("Flood {n}"),
            "description": "x".repeat(2000),
            "domain": "non_traditional",
            "priorities": ["III.11"],
            "addressees": ["CHN"]
        }))
        .send()
        .unwrap()
}

fn tree_size(client: &Client, server: &Server) -> u64 {
    let page: Value = client
        .get(server.url("/api/v1/log/records?limit=1"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    page["tree_size"].as_u64().unwrap()
}

fn flood(node: Node) {
    // 10 a minute per user: one record comes back every 6 s, far longer than the flood takes.
    let server = node.serve_with(&["--write-quota-per-user", "10/min"]);
    let client = Client::new();
    let kaz = server.token("kaz.delegate");
    let before = tree_size(&client, &server);

    let started = Instant::now();
    let statuses: Vec<(u16, Option<u64>, Value)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..FLOOD)
            .map(|n| {
                let (client, server, kaz) = (&client, &server, &kaz);
                s.spawn(move || {
                    let resp = lodge(client, server, kaz, n);
                    let retry = resp
                        .headers()
                        .get("retry-after")
                        .map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
                    let status = resp.status().as_u16();
                    (status, retry, resp.json().unwrap_or(Value::Null))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "the flood outlasted a refill, so the count below would not be exact"
    );
    let created = statuses.iter().filter(|s| s.0 == 201).count();
    let refused: Vec<_> = statuses.iter().filter(|s| s.0 == 429).collect();
    assert_eq!(created, QUOTA, "{statuses:?}");
    assert_eq!(refused.len(), FLOOD - QUOTA, "{statuses:?}");
    for (_, retry, body) in &refused {
        assert!(retry.is_some_and(|r| (1..=6).contains(&r)), "{retry:?}");
        assert_eq!(body["type"], "/problems/write-quota");
        assert_eq!(body["status"], 429);
        assert!(body["detail"].as_str().unwrap().contains("10/min per user"));
    }
    assert_eq!(
        tree_size(&client, &server),
        before + QUOTA as u64,
        "refusals append nothing"
    );

    // Another party's user is not slowed by KAZ's flood.
    let chn = server.token("chn.delegate");
    let other = client
        .post(server.url("/api/v1/concerns"))
        .bearer_auth(&chn)
        .json(&json!({
            "title": "Unaffected", "description": "Written while KAZ is held back.",
            "domain": "traditional", "priorities": ["III.1"], "addressees": ["KAZ"]
        }))
        .send()
        .unwrap();
    assert_eq!(other.status(), 201);

    // Waiting as told lets the user write again.
    let still = lodge(&client, &server, &kaz, FLOOD);
    assert_eq!(still.status(), 429);
    let wait: u64 = still.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    std::thread::sleep(Duration::from_secs(wait));
    assert_eq!(lodge(&client, &server, &kaz, FLOOD + 1).status(), 201);
}

#[test]
fn a_flood_meets_429_on_sqlite() {
    flood(Node::sqlite());
}

#[test]
fn a_flood_meets_429_on_postgres() {
    if let Some(node) = Node::postgres() {
        flood(node);
    }
}

fn status(node: &Node) -> Value {
    serde_json::from_str(&node.gsi_ok(&["status", "--json"])).unwrap()
}

fn share<'a>(report: &'a Value, author: &str) -> Option<&'a Value> {
    report["authors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["author"] == author)
}

#[test]
fn gsi_status_shows_each_partys_growth_all_time_and_in_the_last_day() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    let before = status(&node);
    assert_eq!(before["write_quota_defaults"]["per_user"], "60/min");
    let kaz_before = share(&before, "KAZ").map_or((0, 0, 0), |a| {
        (
            a["records"].as_u64().unwrap(),
            a["bytes"].as_u64().unwrap(),
            a["records_last_24h"].as_u64().unwrap(),
        )
    });
    {
        let server = node.serve();
        let client = Client::new();
        let r = lodge(&client, &server, &server.token("kaz.delegate"), 1);
        assert_eq!(r.status().as_u16(), 201);
    }
    let after = status(&node);
    assert_eq!(
        after["tree_size"].as_u64().unwrap(),
        before["tree_size"].as_u64().unwrap() + 1
    );
    let kaz = share(&after, "KAZ").expect("KAZ has appended");
    assert_eq!(kaz["records"].as_u64().unwrap(), kaz_before.0 + 1);
    assert!(
        kaz["bytes"].as_u64().unwrap() > kaz_before.1 + 2000,
        "{kaz}"
    );
    assert_eq!(kaz["records_last_24h"].as_u64().unwrap(), kaz_before.2 + 1);
    let text = node.gsi_ok(&["status"]);
    assert!(text.contains("KAZ"), "{text}");
    assert!(
        text.contains(&format!("{} records", after["tree_size"])),
        "{text}"
    );
}
