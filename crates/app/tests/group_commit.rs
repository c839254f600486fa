//! Group commit under real concurrency, on SQLite and on PostgreSQL (`GSI_TEST_POSTGRES_URL`):
//! many commands appending at once share transactions, each gets its own receipt, a command whose
//! expectation fails in a shared batch is the only one refused, and the log verifies whole.

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};

use gsi_app::{AppError, NodeIdentity, Platform, open_store, verify};
use gsi_core::concerns::LodgeConcern;
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_core::{Actor, ConcernId, Party, PartyId, PartyKind, Role};
use gsi_store::StoreError;

const THREADS: usize = 12;
const EACH: usize = 15;

struct Node {
    platform: Platform,
    _dir: tempfile::TempDir,
    drop_schema: Option<(String, String)>,
}

impl Drop for Node {
    fn drop(&mut self) {
        if let Some((base, schema)) = &self.drop_schema
            && let Ok(mut client) = postgres::Client::connect(base, postgres::NoTls)
        {
            let _ = client.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
        }
    }
}

fn node(database: Option<(String, String)>) -> Node {
    let dir = tempfile::tempdir().unwrap();
    let url = match &database {
        None => format!("sqlite://{}/gsi.db", dir.path().display()),
        Some((base, schema)) => {
            let sep = if base.contains('?') { '&' } else { '?' };
            format!("{base}{sep}options=-csearch_path%3D{schema}")
        }
    };
    let (identity, _) = NodeIdentity::load_or_create(dir.path(), "test.example/log").unwrap();
    let platform = Platform::new(open_store(&url).unwrap(), Arc::new(identity));
    for (id, name) in [("KAZ", "Kazakhstan"), ("CHN", "China")] {
        let party = Party::new(PartyId::parse(id).unwrap(), PartyKind::State, name).unwrap();
        platform.register_party(party, gsi_app::now()).unwrap();
    }
    Node {
        platform,
        _dir: dir,
        drop_schema: database,
    }
}

fn postgres_schema() -> Option<(String, String)> {
    let Ok(base) = std::env::var("GSI_TEST_POSTGRES_URL") else {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "PostgreSQL tests must run in CI: set GSI_TEST_POSTGRES_URL"
        );
        eprintln!("skipping: GSI_TEST_POSTGRES_URL is not set");
        return None;
    };
    let schema = format!("gsi_group_{}_{}", std::process::id(), rand_suffix());
    let mut client = postgres::Client::connect(&base, postgres::NoTls).expect("PostgreSQL answers");
    client
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .unwrap();
    Some((base, schema))
}

fn rand_suffix() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
}

fn kaz() -> Actor {
    Actor {
        user: "kaz.delegate".into(),
        party: PartyId::parse("KAZ").unwrap(),
        roles: vec![Role::Delegate],
    }
}

fn concern(n: u64) -> LodgeConcern {
    let mut id = [0u8; 16];
    id[8..].copy_from_slice(&n.to_be_bytes());
    id[0] = 0x6c;
    LodgeConcern {
        id: ConcernId::from_random(id),
        title: format!("Concern {n} lodged at the same moment as others"),
        description: "Lodged by one of many threads at once.".into(),
        domain: SecurityDomain::NonTraditional,
        priorities: vec![PriorityRef::parse("III.11").unwrap()],
        addressees: vec![PartyId::parse("CHN").unwrap()],
        un_references: vec![],
        response_due: None,
        distribution: None,
    }
}

fn concurrent_commands_share_transactions_and_keep_their_own_receipts(node: &Node) {
    let p = &node.platform;
    let before = p.store().tree_size().unwrap();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (p, start) = (p.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                (0..EACH)
                    .map(|i| {
                        let n = (t * EACH + i) as u64;
                        let (concern, receipt) = p
                            .concerns()
                            .lodge(&kaz(), concern(n), gsi_app::now())
                            .unwrap();
                        (concern.id, receipt.index)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let lodged: Vec<(ConcernId, u64)> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(lodged.len(), THREADS * EACH);
    let indices: BTreeSet<u64> = lodged.iter().map(|(_, i)| *i).collect();
    assert_eq!(
        indices.len(),
        lodged.len(),
        "every receipt names its own index"
    );
    assert_eq!(p.store().tree_size().unwrap(), before + lodged.len() as u64);
    // Each command's receipt names the record of its own concern.
    for (id, index) in &lodged {
        let record = p.store().record(*index).unwrap().unwrap();
        assert_eq!(record.subject, format!("concern:{id}"));
    }
    let stats = p.commit_stats();
    assert_eq!(stats.records, lodged.len() as u64);
    assert!(
        stats.transactions < stats.records,
        "{THREADS} threads appending at once shared transactions: {stats:?}"
    );
    let report = verify(p.store(), &p.node().verifier()).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
}

fn only_the_conflicting_command_is_refused(node: &Node) {
    let p = &node.platform;
    // The same concern lodged by every thread at once: exactly one lodges it; the others learn
    // that it exists, whether their record shared a transaction with the winner's or not.
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let (p, start) = (p.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                p.concerns()
                    .lodge(&kaz(), concern(1_000_000), gsi_app::now())
            })
        })
        .collect();
    let outcomes: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let won = outcomes.iter().filter(|o| o.is_ok()).count();
    assert_eq!(won, 1, "{outcomes:?}");
    for refused in outcomes.iter().filter_map(|o| o.as_ref().err()) {
        assert!(
            matches!(
                refused,
                AppError::Store(StoreError::Conflict(_)) | AppError::Domain(_)
            ),
            "{refused:?}"
        );
    }
    let report = verify(p.store(), &p.node().verifier()).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
}

#[test]
fn group_commit_on_sqlite() {
    let node = node(None);
    concurrent_commands_share_transactions_and_keep_their_own_receipts(&node);
    only_the_conflicting_command_is_refused(&node);
}

#[test]
fn group_commit_on_postgres() {
    let Some(schema) = postgres_schema() else {
        return;
    };
    let node = node(Some(schema));
    concurrent_commands_share_transactions_and_keep_their_own_receipts(&node);
    only_the_conflicting_command_is_refused(&node);
}
