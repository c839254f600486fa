//! Benchmarks of the dialogue lists at 100,000 objects (see docs/benchmarks.md): what the
//! meetings, documents and commitments lists and "My party" read from an indexed store, beside a
//! full read of every object of the kind (what each list did before lists were indexed).
//!
//! The data set starts from the old-journal fixture (`crates/gsi/tests/fixtures/journal-v1`: the
//! registry, meetings, an adopted document with commitments) and adds `GSI_BENCH_OBJECTS`
//! objects (default 100,000): 60 % meetings between four states each, 40 % documents on them,
//! one document in ten adopted with a commitment of two parties. They are copies of the
//! fixture's own meetings and documents with other ids, parties and dates, each appended with a
//! signed record, so the store indexes them as it indexes any object; the journal does not
//! replay to them (this is a read benchmark, not a log `gsi verify` accepts). It is built once
//! under `target/bench-data/` and reused.
//!
//! - `lists/meetings/past page`: the meetings page: the count and the first 50 past meetings;
//! - `lists/meetings/of a party`: `GET /api/v1/meetings?party=…` (first 100);
//! - `lists/documents/of a meeting`: a meeting's page reads its documents;
//! - `lists/commitments/of a party`: `GET /api/v1/commitments?party=…`;
//! - `lists/my party/awaiting`: what waits for a party, as "My party" and `gsi awaiting` show;
//! - `lists/full read/…`: every meeting or document parsed, as every list did before.
//!
//! With `GSI_BENCH_DATABASE=postgres://…` the same lists are measured on PostgreSQL (see
//! `postgres_data_set`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gsi_app::dialogue::{Closing, CommitmentQuery, DocumentQuery, MeetingQuery};
use gsi_app::platform::prepare_record;
use gsi_app::{NodeIdentity, Platform};
use gsi_core::dialogue::documents::OutcomeDocument;
use gsi_core::dialogue::meetings::Meeting;
use gsi_core::registry::RegistryEvent;
use gsi_core::state::Nothing;
use gsi_core::{DocumentId, Event, MeetingId, Party, PartyId, PartyKind, Projection};
use gsi_store::{NewRecord, ObjectKind, Store};

const BATCH: usize = 1_000;

fn objects() -> usize {
    std::env::var("GSI_BENCH_OBJECTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../gsi/tests/fixtures/journal-v1")
}

fn open(dir: &Path) -> Platform {
    open_at(dir, &format!("sqlite://{}", dir.join("gsi.db").display()))
}

/// The platform of the node identity in `dir` over the store at `url`.
fn open_at(dir: &Path, url: &str) -> Platform {
    let (node, _) = NodeIdentity::load_or_create(dir, "unused").unwrap();
    Platform::new(gsi_app::open_store(url).unwrap(), Arc::new(node))
}

/// A 16-byte id for the n-th object of a family.
fn id_bytes(family: u8, n: usize) -> [u8; 16] {
    let mut id = [0u8; 16];
    id[0] = 0xb0 | family;
    id[8..].copy_from_slice(&(n as u64).to_be_bytes());
    id
}

/// The data set: built on the first run, then reused.
fn data_set() -> (tempfile::TempDir, Platform, Vec<PartyId>) {
    let n = objects();
    if let Ok(url) = std::env::var("GSI_BENCH_DATABASE") {
        return postgres_data_set(&url, n);
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/bench-data")
        .join(format!("lists-{n}"));
    if !built.join("complete").exists() {
        std::fs::create_dir_all(&built).unwrap();
        for file in ["gsi.db", "node.json"] {
            std::fs::copy(fixture().join(file), built.join(file)).unwrap();
        }
        build(&open(&built), n);
        std::fs::write(built.join("complete"), "").unwrap();
    }
    // Each run reads a copy, so a run never changes the data set.
    let run = tempfile::tempdir().unwrap();
    for file in ["gsi.db", "node.json"] {
        std::fs::copy(built.join(file), run.path().join(file)).unwrap();
    }
    let platform = open(run.path());
    let states = states(&platform);
    (run, platform, states)
}

/// The data set in PostgreSQL (`GSI_BENCH_DATABASE`), in the schema `gsi_bench_lists_<n>`:
/// the registry and the demo (whose China–Kazakhstan minutes are adopted with a commitment, as
/// the fixture's are) plus the same `n` objects, built once and reused. The node identity that
/// holds the parties' keys is kept under `target/bench-data/lists-pg-<n>/`.
fn postgres_data_set(base: &str, n: usize) -> (tempfile::TempDir, Platform, Vec<PartyId>) {
    let schema = format!("gsi_bench_lists_{n}");
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/bench-data")
        .join(format!("lists-pg-{n}"));
    let mut client = postgres::Client::connect(base, postgres::NoTls).unwrap();
    let exists = client
        .query_opt(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = $1",
            &[&schema],
        )
        .unwrap()
        .is_some();
    if !exists || !dir.join("complete").exists() {
        client
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
            ))
            .unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let platform = open_at(&dir, &url);
        let now = gsi_app::now();
        platform.registry().load(now).unwrap();
        gsi_app::demo::seed(&platform, now).unwrap();
        build(&platform, n);
        std::fs::write(dir.join("complete"), "").unwrap();
    }
    let platform = open_at(&dir, &url);
    let states = states(&platform);
    (tempfile::tempdir().unwrap(), platform, states)
}

fn states(platform: &Platform) -> Vec<PartyId> {
    platform
        .parties()
        .unwrap()
        .into_iter()
        .filter(|p| p.kind == PartyKind::State)
        .map(|p| p.id)
        .collect()
}

fn build(platform: &Platform, n: usize) {
    let started = std::time::Instant::now();
    let states = states(platform);
    let dialogue = platform.dialogue();
    let meeting = dialogue
        .meetings(&MeetingQuery::default())
        .unwrap()
        .into_iter()
        .find(|m| m.mechanism.is_none())
        .expect("the fixture has an ad hoc meeting");
    let adopted = dialogue
        .documents(&DocumentQuery::default())
        .unwrap()
        .into_iter()
        .find(|d| !d.commitments.is_empty())
        .expect("the fixture has a document with commitments");
    let author = meeting.convener.clone();
    let sealed = platform.store().sealed_key(&author).unwrap().unwrap();
    let key = platform.node().unseal(&sealed).unwrap();
    let now = gsi_app::now();
    // Each object's record: a signed registration of its author, carrying the object.
    let party = platform.party(&author).unwrap().unwrap().value;
    let signed = |projection: Projection| -> NewRecord {
        let event = Event::Registry(RegistryEvent::PartyRegistered {
            party: Party::clone(&party),
            public_key: String::new(),
        });
        let mut record = prepare_record(&author, &key, &event, &Nothing, Vec::new(), now).unwrap();
        record.subject = projection.entity().to_string();
        record.projections = vec![projection];
        record
    };
    let pick = |i: usize, k: usize| states[(i * 7 + k * 31) % states.len()].clone();
    let meetings = n * 6 / 10;
    let mut batch = Vec::with_capacity(BATCH);
    for i in 0..n {
        let projection = if i < meetings {
            Projection::Meeting(meeting_like(&meeting, i, &pick))
        } else {
            let j = i - meetings;
            Projection::Document(document_like(&adopted, j, j % meetings, &pick))
        };
        batch.push(signed(projection));
        if batch.len() == BATCH {
            platform
                .store()
                .append_batch(std::mem::take(&mut batch))
                .unwrap();
        }
    }
    if !batch.is_empty() {
        platform.store().append_batch(batch).unwrap();
    }
    eprintln!("built {n} objects in {:.1?}", started.elapsed());
}

/// Meeting `i`: convened by one state with three others invited, on a day between 2000 and 2030.
fn meeting_like(template: &Meeting, i: usize, pick: &dyn Fn(usize, usize) -> PartyId) -> Meeting {
    let mut m = template.clone();
    m.id = MeetingId::from_random(id_bytes(1, i));
    m.title = format!("Consultations {i}");
    m.convener = pick(i, 0);
    let participant = template.participants[0].clone();
    m.participants = (1..4)
        .map(|k| {
            let mut p = participant.clone();
            p.party = pick(i, k);
            p
        })
        .collect();
    let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
        + chrono::Days::new((i * 11 % 11_000) as u64);
    m.opens = day;
    m.closes = day + chrono::Days::new(1);
    m
}

/// Document `j` of meeting `meeting`: one in ten adopted with a commitment of two parties.
fn document_like(
    template: &OutcomeDocument,
    j: usize,
    meeting: usize,
    pick: &dyn Fn(usize, usize) -> PartyId,
) -> OutcomeDocument {
    let mut d = template.clone();
    d.id = DocumentId::from_random(id_bytes(2, j));
    d.meeting = MeetingId::from_random(id_bytes(1, meeting));
    d.convener = pick(meeting, 0);
    d.proposed_by = pick(meeting, 1);
    for decision in &mut d.decisions {
        for (k, member) in decision.members.iter_mut().enumerate() {
            member.party = pick(meeting, k % 4);
        }
    }
    if j.is_multiple_of(10) {
        if let Some(a) = &mut d.adoption {
            a.symbol = format!("BENCH/{j}");
        }
        d.commitments.truncate(1);
        for c in &mut d.commitments {
            c.parties = vec![pick(meeting, 1), pick(meeting, 2)];
            c.reports.clear();
        }
    } else {
        d.adoption = None;
        d.commitments.clear();
    }
    d
}

fn bench_lists(c: &mut Criterion) {
    let (_run, platform, states) = data_set();
    let dialogue = platform.dialogue();
    let party = states[states.len() / 2].clone();
    let today = chrono::Utc::now().date_naive();
    let some_meeting = dialogue
        .meetings(&MeetingQuery {
            party: Some(party.clone()),
            limit: Some(1),
            ..MeetingQuery::default()
        })
        .unwrap()
        .remove(0)
        .id;
    let mut group = c.benchmark_group("lists");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(20);
    group.bench_function("meetings/past page", |b| {
        b.iter(|| {
            let past = MeetingQuery {
                closing: Some(Closing::Before(today)),
                ..MeetingQuery::default()
            };
            let total = dialogue.count_meetings(&past).unwrap();
            let page = dialogue
                .meetings(&MeetingQuery {
                    limit: Some(50),
                    ..past
                })
                .unwrap();
            (total, page.len())
        })
    });
    group.bench_function("meetings/of a party", |b| {
        b.iter(|| {
            dialogue
                .meetings(&MeetingQuery {
                    party: Some(party.clone()),
                    limit: Some(100),
                    ..MeetingQuery::default()
                })
                .unwrap()
                .len()
        })
    });
    group.bench_function("documents/of a meeting", |b| {
        b.iter(|| {
            dialogue
                .documents(&DocumentQuery::of_meeting(&some_meeting))
                .unwrap()
                .len()
        })
    });
    group.bench_function("commitments/of a party", |b| {
        b.iter(|| {
            dialogue
                .commitments(&CommitmentQuery {
                    party: Some(party.clone()),
                    ..CommitmentQuery::default()
                })
                .unwrap()
                .len()
        })
    });
    group.bench_function("my party/awaiting", |b| {
        b.iter(|| dialogue.awaiting(&party, gsi_app::now()).unwrap())
    });
    group.bench_function("full read/meetings", |b| {
        b.iter(|| full_read::<Meeting>(platform.store(), ObjectKind::Meeting))
    });
    group.bench_function("full read/documents", |b| {
        b.iter(|| full_read::<OutcomeDocument>(platform.store(), ObjectKind::Document))
    });
    group.finish();
    let involved = dialogue
        .count_meetings(&MeetingQuery {
            party: Some(party.clone()),
            ..MeetingQuery::default()
        })
        .unwrap();
    let a = dialogue.awaiting(&party, gsi_app::now()).unwrap();
    eprintln!(
        "{party} takes part in {involved} meetings; {} commitments and {} registrations await it",
        a.commitments.len(),
        a.registrations.len()
    );
}

/// Every object of a kind, parsed: what each list read before lists were indexed.
fn full_read<T: serde::de::DeserializeOwned>(store: &dyn Store, kind: ObjectKind) -> Vec<T> {
    store
        .objects(kind)
        .unwrap()
        .iter()
        .map(|o| serde_json::from_str::<T>(&o.value).unwrap())
        .collect()
}

criterion_group!(benches, bench_lists);
criterion_main!(benches);
