//! A process killed in the middle of appending loses no acknowledged record and leaves no
//! partial batch: the test re-runs its own binary as a child that appends and reports each
//! receipt, kills it with SIGKILL, and checks the database it left.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gsi_ledger::MemoryTree;
use gsi_store::Store;
use gsi_store::contract::{TestParty, concern_id};
use gsi_store_sqlite::SqliteStore;

const CHILD_ENV: &str = "GSI_CRASH_TEST_DATABASE";
const TEST_NAME: &str = "acknowledged_appends_survive_a_killed_process";

#[test]
fn acknowledged_appends_survive_a_killed_process() {
    if let Ok(url) = std::env::var(CHILD_ENV) {
        return append_until_killed(&url);
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("gsi.db").display());
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &url)
        .stdout(Stdio::piped())
        .spawn()
        .expect("the child starts");
    let mut acknowledged: Vec<(u64, String)> = Vec::new();
    let started = Instant::now();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix("acknowledged ") {
            let (index, leaf) = rest.split_once(' ').unwrap();
            acknowledged.push((index.parse().unwrap(), leaf.to_owned()));
        }
        if acknowledged.len() >= 300 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback, no checkpoint runs
    child.wait().unwrap();
    assert!(
        acknowledged.len() >= 50,
        "the child appended too little to test"
    );

    let store = SqliteStore::open(&url).expect("the database opens after the crash");
    let size = store.tree_size().unwrap();
    let records = store.records(0, u64::MAX).unwrap();
    assert_eq!(
        records.len() as u64,
        size,
        "the journal holds exactly the log size"
    );
    for (index, leaf) in &acknowledged {
        let stored = records
            .get(*index as usize)
            .expect("every acknowledged record is kept");
        assert_eq!(&hex(&stored.leaf_hash), leaf, "record {index}");
    }
    // Batches are whole: the tree covers every stored record and nothing else.
    let tree = MemoryTree::from_leaves(
        records
            .iter()
            .map(|r| r.leaf_hash.clone().try_into().unwrap()),
    );
    assert_eq!(store.root(size).unwrap(), tree.root());
    for level in 0..64u8 {
        let stored = store.tree_nodes(level, 0, u64::MAX).unwrap();
        let expected: Vec<_> = (0u64..)
            .map_while(|i| tree.get(gsi_ledger::NodeId::new(level, i)).map(|h| (i, h)))
            .collect();
        assert_eq!(stored, expected, "tree level {level}");
        if expected.is_empty() {
            break;
        }
    }
    // And the log goes on where it stopped.
    let next = TestParty::new(1, "CHN").lodge(
        &concern_id(u64::MAX),
        &[&TestParty::new(2, "KAZ")],
        &[1],
        gsi_store::contract::TIME,
    );
    assert_eq!(store.append(next).unwrap().index, size);
}

/// The child: appends batches of 1 to 4 records forever, printing each receipt once the
/// append returned, until the parent kills it.
fn append_until_killed(url: &str) {
    let store = SqliteStore::open(url).unwrap();
    let (chn, kaz) = (TestParty::new(1, "CHN"), TestParty::new(2, "KAZ"));
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < Duration::from_secs(120) {
        let batch = (0..n % 4 + 1)
            .map(|i| {
                chn.lodge(
                    &concern_id(n * 4 + i),
                    &[&kaz],
                    &[1],
                    gsi_store::contract::TIME,
                )
            })
            .collect();
        for receipt in store.append_batch(batch).unwrap() {
            println!("acknowledged {} {}", receipt.index, hex(&receipt.leaf_hash));
        }
        n += 1;
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
