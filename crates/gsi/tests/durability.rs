//! Crash safety and tamper evidence, through the real binary.
//!
//! - A server killed with SIGKILL in the middle of a stream of appends loses no acknowledged
//!   record, and the database still verifies after restart.
//! - `gsi verify` passes on a database and fails on a copy in which one stored byte was changed,
//!   naming the record (or projection) and the reason.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::blocking::Client;
use serde_json::json;
use support::Node;

fn crash_in_the_middle_of_appends(node: Node) {
    let server = node.serve();
    let token = server.token("kaz.delegate");
    let base = server.base.clone();
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let writer = {
        let acknowledged = acknowledged.clone();
        std::thread::spawn(move || {
            let client = Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            for i in 0..10_000 {
                let sent = client
                    .post(format!("{base}/api/v1/concerns"))
                    .bearer_auth(&token)
                    .json(&json!({
                        "title": format!("Concern number {i}"),
                        "description": "Filed while the node is about to crash.",
                        "domain": "traditional",
                        "priorities": ["III.5"],
                        "addressees": ["CHN"]
                    }))
                    .send();
                match sent {
                    Ok(r) if r.status().as_u16() == 201 => {
                        let body: serde_json::Value = r.json().unwrap();
                        acknowledged
                            .lock()
                            .unwrap()
                            .push(body["concern"]["id"].as_str().unwrap().to_owned());
                    }
                    Ok(r) => panic!("append refused while running: {}", r.status()),
                    Err(_) => return, // the server is gone
                }
            }
            panic!("the server was never killed");
        })
    };
    while acknowledged.lock().unwrap().len() < 40 {
        std::thread::sleep(Duration::from_millis(5));
    }
    server.kill();
    writer.join().unwrap();
    let acknowledged = acknowledged.lock().unwrap().clone();

    let server = node.serve();
    let client = Client::new();
    // The addressee reads what was lodged to it.
    let reader = server.token("chn.delegate");
    for id in &acknowledged {
        let r = client
            .get(server.url(&format!("/api/v1/concerns/{id}")))
            .bearer_auth(&reader)
            .send()
            .unwrap();
        assert_eq!(
            r.status().as_u16(),
            200,
            "acknowledged concern {id} was lost in the crash"
        );
    }
    drop(server);
    let out = node.gsi_ok(&["verify"]);
    assert!(out.contains("all consistent"), "{out}");
}

#[test]
fn sigkill_loses_no_acknowledged_record_on_sqlite() {
    crash_in_the_middle_of_appends(Node::sqlite());
}

#[test]
fn sigkill_loses_no_acknowledged_record_on_postgres() {
    if let Some(node) = Node::postgres() {
        crash_in_the_middle_of_appends(node);
    }
}

/// Runs verify and returns (success, stdout).
fn verify(node: &Node, database: &str) -> (bool, String) {
    let out = std::process::Command::new(support::GSI)
        .args(["verify"])
        .env("GSI_DATA_DIR", node.data_dir())
        .env("GSI_DATABASE_URL", database)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Changes one letter of a stored record's signed bytes: the first letter of the name of the
/// party that record 1 registers.
fn tamper(bytes: &mut [u8]) {
    let at = bytes
        .windows(8)
        .position(|w| w == b"\"name\":\"")
        .expect("record 1 registers a party");
    bytes[at + 8] ^= 0x20;
}

#[test]
fn verify_names_the_record_changed_in_a_tampered_sqlite_copy() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    assert!(verify(&node, &node.database).0);

    let copy = node.data_dir().join("copy.db");
    let db = rusqlite::Connection::open(node.data_dir().join("gsi.db")).unwrap();
    db.execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
        .unwrap();
    let tampered = rusqlite::Connection::open(&copy).unwrap();
    let mut bytes: Vec<u8> = tampered
        .query_row("SELECT signed_bytes FROM journal WHERE idx = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    tamper(&mut bytes);
    tampered
        .execute(
            "UPDATE journal SET signed_bytes = ?1 WHERE idx = 1",
            [&bytes],
        )
        .unwrap();
    drop(tampered);

    let (ok, out) = verify(&node, &format!("sqlite://{}", copy.display()));
    assert!(!ok, "verify must fail on the tampered copy:\n{out}");
    assert!(out.contains("record 1:"), "verify names the record:\n{out}");
    assert!(
        out.contains("signature does not verify") || out.contains("leaf hash"),
        "and says why:\n{out}"
    );
    assert!(
        verify(&node, &node.database).0,
        "the original still verifies"
    );
}

#[test]
fn verify_names_a_changed_projection() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    let db = rusqlite::Connection::open(node.data_dir().join("gsi.db")).unwrap();
    let changed = db
        .execute(
            "UPDATE concerns SET body_json = replace(body_json, 'water', 'wine')",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(db);
    let (ok, out) = verify(&node, &node.database);
    assert!(
        !ok && out.contains("concern ") && out.contains("differs from the replay"),
        "{out}"
    );
}

#[test]
fn verify_names_an_object_a_list_would_hide() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    assert!(verify(&node, &node.database).0);
    // Dropping one party's term hides the meeting from that party's lists without touching the
    // meeting itself.
    let db = rusqlite::Connection::open(node.data_dir().join("gsi.db")).unwrap();
    let entity: String = db
        .query_row(
            "SELECT entity FROM object_terms WHERE term LIKE 'party:%' AND entity LIKE 'meeting:%' \
             ORDER BY entity, term LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    db.execute(
        "DELETE FROM object_terms WHERE rowid = (SELECT rowid FROM object_terms \
         WHERE entity = ?1 AND term LIKE 'party:%' ORDER BY term LIMIT 1)",
        [&entity],
    )
    .unwrap();
    drop(db);
    let (ok, out) = verify(&node, &node.database);
    assert!(
        !ok && out.contains(&format!("list index of {entity}: differs from the replay")),
        "{out}"
    );
}

#[test]
fn verify_names_the_record_changed_in_postgres() {
    let Some(node) = Node::postgres() else { return };
    node.gsi_ok(&["init", "--demo"]);
    assert!(verify(&node, &node.database).0);
    let (base, schema) = node.pg_schema.clone().unwrap();
    let mut client = postgres::Client::connect(&base, postgres::NoTls).unwrap();
    let table = format!("{schema}.journal");
    let mut bytes: Vec<u8> = client
        .query_one(
            &format!("SELECT signed_bytes FROM {table} WHERE idx = 1"),
            &[],
        )
        .unwrap()
        .get(0);
    tamper(&mut bytes);
    client
        .execute(
            &format!("UPDATE {table} SET signed_bytes = $1 WHERE idx = 1"),
            &[&bytes],
        )
        .unwrap();
    let (ok, out) = verify(&node, &node.database);
    assert!(!ok && out.contains("record 1:"), "{out}");
}
