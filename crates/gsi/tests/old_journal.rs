//! A journal written by an earlier version (`tests/fixtures/journal-v1`, never regenerated) still
//! verifies, serves the same signed bytes, proofs and checkpoint, and replays to projections the
//! pages and the API read.

mod support;

use std::path::{Path, PathBuf};

use reqwest::blocking::Client;
use serde_json::Value;
use support::Node;

const RECORDS: u64 = 1682;
const PINNED: [u64; 5] = [0, 1630, 1662, 1676, 1681];

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal-v1")
}

/// A node on a copy of the fixture's data directory: this version may migrate the copy, never
/// the fixture.
fn copy_of_the_old_journal() -> Node {
    let node = Node::sqlite();
    for file in ["gsi.db", "node.json"] {
        std::fs::copy(fixture().join(file), node.data_dir().join(file)).unwrap();
    }
    node
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(fixture().join("expected").join(name)).unwrap()
}

#[test]
fn the_old_journal_verifies_and_serves_the_same_bytes_and_proofs() {
    let node = copy_of_the_old_journal();
    let verified = node.gsi_ok(&["verify"]);
    assert!(
        verified.starts_with(&format!("Verified {RECORDS} records,"))
            && verified.contains("all consistent"),
        "{verified}"
    );
    assert_eq!(
        node.gsi_ok(&["log", "checkpoint"]),
        expected("checkpoint.txt"),
        "the same tree head, signed then"
    );
    for index in PINNED {
        let shown: Value =
            serde_json::from_str(&node.gsi_ok(&["log", "show", &index.to_string()])).unwrap();
        let then: Value = serde_json::from_str(&expected(&format!("record-{index}.json"))).unwrap();
        assert_eq!(
            shown, then,
            "record {index}: signed bytes, signature, leaf and proof"
        );
    }
}

#[test]
fn a_node_serves_the_old_journal_and_its_projections() {
    let node = copy_of_the_old_journal();
    let server = node.serve_as_it_is();
    let client = Client::new();
    let last = PINNED[PINNED.len() - 1];
    let served: Value = client
        .get(server.url(&format!("/api/v1/log/records/{last}")))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let then: Value = serde_json::from_str(&expected(&format!("record-{last}.json"))).unwrap();
    assert_eq!(served, then);
    let checkpoint = client.get(server.url("/checkpoint")).send().unwrap();
    assert_eq!(checkpoint.text().unwrap(), expected("checkpoint.txt"));

    // The projections replay reads: four decisions, two commitments, the demo's concern.
    let document = then["record"]["body"]["document"]
        .as_str()
        .unwrap_or_default();
    let page = client
        .get(server.url(&format!("/documents/{document}")))
        .send()
        .unwrap();
    assert_eq!(page.status().as_u16(), 200, "/documents/{document}");
    let commitments = client.get(server.url("/commitments")).send().unwrap();
    assert_eq!(commitments.status().as_u16(), 200);
    let registry: Vec<Value> = client
        .get(server.url("/api/v1/parties"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(registry.len(), 238, "every party registered then");
}

#[test]
fn the_old_journals_meetings_and_documents_are_indexed_when_it_is_opened() {
    // Written before lists were indexed: opening it indexes every stored meeting and document
    // from its body, so the filtered lists find what they found when they read every object.
    let node = copy_of_the_old_journal();
    let lines =
        |args: &[&str]| -> Vec<String> { node.gsi_ok(args).lines().map(str::to_owned).collect() };
    assert_eq!(lines(&["meeting", "list"]).last().unwrap(), "3 meetings.");
    assert_eq!(
        lines(&["meeting", "list", "--mechanism", "sco"])
            .last()
            .unwrap(),
        "2 meetings."
    );
    assert_eq!(
        lines(&["meeting", "list", "--party", "KAZ"])
            .last()
            .unwrap(),
        "3 meetings."
    );
    let of_first = lines(&["meeting", "list", "--party", "KAZ"])[0]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let documents = lines(&["decide", "list", "--meeting", &of_first]);
    assert_eq!(documents.last().unwrap(), "1 document.", "{documents:?}");
    assert_eq!(lines(&["decide", "list"]).last().unwrap(), "5 documents.");
    let committed = lines(&["decide", "commitments", "--party", "KAZ"]);
    assert_eq!(committed.last().unwrap(), "2 commitments.");
    let symbol = node.gsi_ok(&["decide", "show", "SCO/GSI/2026/2"]);
    assert!(
        symbol.contains("Data exchange on shared rivers"),
        "{symbol}"
    );
    let awaiting = lines(&["awaiting", "KAZ"]);
    assert_eq!(awaiting.last().unwrap(), "2 steps for KAZ.");
}
