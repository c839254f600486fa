//! Benchmarks of the log (see docs/benchmarks.md for figures and the machine).
//!
//! - `append/<backend>/…`: records appended through the store, one per transaction and in
//!   batches of 100 (records are signed outside the measured part);
//! - `lodge/<backend>`: a whole command through the platform: read, decide, sign, append; one
//!   client at a time, and 4 or 16 clients at once (their appends share transactions);
//! - `proof/…`: inclusion and consistency proofs on a log of `GSI_BENCH_LOG_SIZE` records
//!   (default 1,000,000), built once under `target/bench-data/` and reused.
//!
//! PostgreSQL benches run when `GSI_TEST_POSTGRES_URL` is set (each in a fresh schema).
//! A full `gsi verify` of the large log is timed with the command printed by this bench.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use gsi_app::platform::prepare_record;
use gsi_app::{NodeIdentity, Platform};
use gsi_core::concerns::LodgeConcern;
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_core::{ConcernId, Event, Party, PartyId, PartyKind, Timestamp};
use gsi_ledger::SigningKey;
use gsi_store::{Expectation, NewRecord, Store};

struct Fixture {
    platform: Platform,
    author: PartyId,
    key: SigningKey,
    addressee: PartyId,
}

fn fixture(data_dir: &Path, database: &str) -> Fixture {
    let (node, _) = NodeIdentity::load_or_create(data_dir, "bench.localhost/log").unwrap();
    let platform = Platform::new(gsi_app::open_store(database).unwrap(), Arc::new(node));
    let now = gsi_app::now();
    let (author, addressee) = (
        PartyId::parse("KAZ").unwrap(),
        PartyId::parse("CHN").unwrap(),
    );
    for (id, name) in [(&author, "Kazakhstan"), (&addressee, "China")] {
        if platform.store().party(id).unwrap().is_none() {
            platform
                .register_party(Party::new(id.clone(), PartyKind::State, name).unwrap(), now)
                .unwrap();
        }
    }
    let sealed = platform.store().sealed_key(&author).unwrap().unwrap();
    let key = platform.node().unseal(&sealed).unwrap();
    Fixture {
        platform,
        author,
        key,
        addressee,
    }
}

fn lodge_command(n: u64, addressee: &PartyId) -> LodgeConcern {
    let mut id = [0u8; 16];
    id[8..].copy_from_slice(&n.to_be_bytes());
    id[0] = 0xbe;
    LodgeConcern {
        id: ConcernId::from_random(id),
        title: format!("Benchmark concern {n}"),
        description: "A concern lodged by the benchmark to measure the append path.".into(),
        domain: SecurityDomain::Traditional,
        priorities: vec![PriorityRef::parse("III.5").unwrap()],
        addressees: vec![addressee.clone()],
        un_references: vec![],
        response_due: None,
        distribution: None,
    }
}

impl Fixture {
    fn record(&self, n: u64, now: Timestamp) -> NewRecord {
        let event = Event::Concern(gsi_core::concerns::ConcernEvent::Lodged(lodge_command(
            n,
            &self.addressee,
        )));
        let expect = vec![Expectation::new(&event.subject(), None)];
        prepare_record(
            &self.author,
            &self.key,
            &event,
            &gsi_core::state::Nothing,
            expect,
            now,
        )
        .unwrap()
    }
}

fn bench_appends(c: &mut Criterion, backend: &str, database: &str, data_dir: &Path) {
    let fx = fixture(data_dir, database);
    let store = fx.platform.store();
    let now = gsi_app::now();
    let mut n = 1_000_000_000u64;
    let mut group = c.benchmark_group(format!("append/{backend}"));
    // Every iteration waits for a durable commit (milliseconds, set by the disk's flush
    // latency): linear sampling's 5,050 iterations would overrun the measurement time
    // ("Unable to complete 100 samples"), so sample flat.
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(1));
    group.bench_function("1 per transaction", |b| {
        b.iter_batched(
            || {
                n += 1;
                fx.record(n, now)
            },
            |r| store.append(r).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.throughput(Throughput::Elements(100));
    group.bench_function("100 per transaction", |b| {
        b.iter_batched(
            || {
                (0..100)
                    .map(|_| {
                        n += 1;
                        fx.record(n, now)
                    })
                    .collect::<Vec<_>>()
            },
            |batch| store.append_batch(batch).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let mut group = c.benchmark_group(format!("lodge/{backend}"));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(1));
    let actor = gsi_core::Actor {
        user: "bench".into(),
        party: fx.author.clone(),
        roles: vec![gsi_core::Role::Delegate],
    };
    group.bench_function("decide, sign and append", |b| {
        b.iter(|| {
            n += 1;
            fx.platform
                .concerns()
                .lodge(&actor, lodge_command(n, &fx.addressee), gsi_app::now())
                .unwrap()
        })
    });
    // Many requests at once, as a busy node's web server sends them: their appends share
    // transactions (group commit), so the cost of a durable commit is spread over them.
    for threads in [4u64, 16] {
        let per_thread = 25u64;
        group.throughput(Throughput::Elements(threads * per_thread));
        let stats_before = fx.platform.commit_stats();
        group.bench_function(format!("{threads} clients at once"), |b| {
            b.iter_custom(|iterations| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iterations {
                    let first = n;
                    n += threads * per_thread;
                    let start = std::sync::Arc::new(std::sync::Barrier::new(threads as usize + 1));
                    let workers: Vec<_> = (0..threads)
                        .map(|t| {
                            let (platform, actor, addressee, start) = (
                                fx.platform.clone(),
                                actor.clone(),
                                fx.addressee.clone(),
                                start.clone(),
                            );
                            std::thread::spawn(move || {
                                start.wait();
                                for i in 0..per_thread {
                                    let n = first + t * per_thread + i + 1;
                                    platform
                                        .concerns()
                                        .lodge(&actor, lodge_command(n, &addressee), gsi_app::now())
                                        .unwrap();
                                }
                            })
                        })
                        .collect();
                    start.wait();
                    let began = std::time::Instant::now();
                    for w in workers {
                        w.join().unwrap();
                    }
                    total += began.elapsed();
                }
                total
            })
        });
        let stats = fx.platform.commit_stats();
        let (transactions, records) = (
            stats.transactions - stats_before.transactions,
            stats.records - stats_before.records,
        );
        if transactions > 0 {
            eprintln!(
                "lodge/{backend}/{threads} clients at once: {records} records in {transactions} \
                 transactions ({:.1} per transaction)",
                records as f64 / transactions as f64
            );
        }
    }
    group.finish();
}

fn appends(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    bench_appends(c, "sqlite", &url, dir.path());

    if let Ok(base) = std::env::var("GSI_TEST_POSTGRES_URL") {
        let schema = format!("gsi_bench_{}", std::process::id());
        let mut client = postgres_admin(&base);
        client(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ));
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
        bench_appends(c, "postgres", &url, dir.path());
        client(&format!("DROP SCHEMA {schema} CASCADE"));
    }
}

/// A closure that runs administrative SQL (creating and dropping the bench schema).
fn postgres_admin(url: &str) -> impl FnMut(&str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("PostgreSQL answers");
    move |sql| client.batch_execute(sql).unwrap()
}

fn large_log_dir(size: u64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../target/bench-data/log-{size}"))
}

/// Builds (once) a log of `size` records: two registrations, then lodged concerns.
fn large_log(size: u64) -> Arc<dyn Store> {
    let dir = large_log_dir(size);
    let url = format!("sqlite://{}", dir.join("gsi.db").display());
    let fx = fixture(&dir, &url);
    let store = gsi_app::open_store(&url).unwrap();
    let mut have = store.tree_size().unwrap();
    if have < size {
        eprintln!("building a {size}-record log in {} (once) …", dir.display());
    }
    let now = gsi_app::now();
    while have < size {
        let batch: Vec<NewRecord> = (have..(have + 10_000).min(size))
            .map(|n| fx.record(n, now))
            .collect();
        store.append_batch(batch).unwrap();
        have = store.tree_size().unwrap();
    }
    fx.platform.checkpoint().unwrap();
    eprintln!(
        "time a full verify of this log with:\n  time target/release/gsi --data-dir {0} --database sqlite://{0}/gsi.db verify",
        dir.display()
    );
    store
}

fn proofs(c: &mut Criterion) {
    let size: u64 = std::env::var("GSI_BENCH_LOG_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let store = large_log(size);
    let mut group = c.benchmark_group(format!("proof/{size} records"));
    group.throughput(Throughput::Elements(1));
    let mut i = 0u64;
    group.bench_function("inclusion", |b| {
        b.iter(|| {
            i = (i + 7_919) % size;
            store.inclusion_proof(i, size).unwrap()
        })
    });
    group.bench_function("consistency", |b| {
        b.iter(|| {
            i = (i + 7_919) % size;
            store.consistency_proof(i.max(1), size).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, appends, proofs);
criterion_main!(benches);
