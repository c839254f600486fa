//! Append throughput, for a quick look (ignored by default; run in release mode):
//! `GSI_TEST_POSTGRES_URL=… cargo test --release -p gsi-store-postgres --test throughput -- --ignored --nocapture`

mod common;

use std::time::Instant;

use common::TestSchema;
use gsi_store::contract::{Harness, TIME, TestParty, concern_id};
use gsi_store::{NewRecord, Store};

fn lodgings(from: u64, count: u64) -> Vec<NewRecord> {
    let (chn, kaz) = (TestParty::new(1, "CHN"), TestParty::new(2, "KAZ"));
    (from..from + count)
        .map(|n| chn.lodge(&concern_id(n), &[&kaz], &[1, 2], TIME))
        .collect()
}

#[test]
#[ignore = "a measurement, not a check"]
fn append_throughput() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let store = schema.open();
    let records = lodgings(0, 1_000);
    let started = Instant::now();
    for r in records {
        store.append(r).unwrap();
    }
    let rate = 1_000.0 / started.elapsed().as_secs_f64();
    println!("single appends: {rate:.0} records/s");

    let batches: Vec<Vec<NewRecord>> = (0..100).map(|b| lodgings(1_000 + b * 100, 100)).collect();
    let started = Instant::now();
    for batch in batches {
        store.append_batch(batch).unwrap();
    }
    let rate = 10_000.0 / started.elapsed().as_secs_f64();
    println!("batches of 100: {rate:.0} records/s");
}

/// Appends a million records in batches of 1,000, reporting the append rate as the log grows
/// and the cost of proofs at the end.
#[test]
#[ignore = "a measurement, not a check"]
fn million_record_log() {
    let Some(schema) = TestSchema::new() else {
        return;
    };
    let store = schema.open();
    let mut appending = std::time::Duration::ZERO;
    for b in 0..1_000u64 {
        let batch = lodgings(b * 1_000, 1_000);
        let started = Instant::now();
        store.append_batch(batch).unwrap();
        appending += started.elapsed();
        if (b + 1) % 100 == 0 {
            let rate = (b + 1) as f64 * 1_000.0 / appending.as_secs_f64();
            println!(
                "{} records: {rate:.0} records/s on average",
                (b + 1) * 1_000
            );
        }
    }
    let size = store.tree_size().unwrap();
    let started = Instant::now();
    for i in 0..100 {
        store.inclusion_proof(i * 9_973, size).unwrap();
        store.consistency_proof(size - 1 - i * 7_919, size).unwrap();
    }
    println!(
        "inclusion + consistency proof at {size}: {:?} per pair",
        started.elapsed() / 100
    );
    let started = Instant::now();
    store.append(lodgings(size, 1).remove(0)).unwrap();
    println!("one more append: {:?}", started.elapsed());
}
