//! Benchmarks of drafting (see docs/benchmarks.md): how the cost of one amendment grows with the
//! number of amendments a document has already taken.
//!
//! - `dialogue/accept/<M>`: the projection of accepting an amendment to a 40-paragraph document
//!   that has taken M amendments, serialised as the store writes it;
//! - `dialogue/read/<M>`: parsing that document's stored JSON, as every page and API read does;
//! - `dialogue/amend_accept/sqlite`: a whole propose-and-accept cycle through the platform on
//!   SQLite, on a document that has taken 200 amendments.
//!
//! The stored JSON size for each M is printed once.

use std::sync::Arc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use gsi_app::{NodeIdentity, Platform};
use gsi_core::dialogue::DialogueEvent;
use gsi_core::dialogue::documents::DocumentEvent;
use gsi_core::dialogue::documents::{self, DraftDocument, EditByNumber, OutcomeDocument};
use gsi_core::dialogue::meetings::{self, Attendance, ConveneMeeting, MeetingKind, NewAgendaItem};
use gsi_core::event::RecordMeta;
use gsi_core::registry::RegistryEvent;
use gsi_core::state::project;
use gsi_core::{
    Actor, DocumentId, Event, MeetingId, Party, PartyId, PartyKind, Role, State, Timestamp,
};

const PARAGRAPHS: usize = 40;

fn actor(party: &str) -> Actor {
    Actor {
        user: format!("{party}.delegate"),
        party: PartyId::parse(party).unwrap(),
        roles: vec![Role::Delegate],
    }
}

fn paragraph(n: usize, round: usize) -> String {
    format!(
        "Paragraph {n}, wording {round}: the participants agree to exchange notice of planned \
         water releases on shared rivers, to designate focal points in their water agencies, to \
         meet at expert level twice a year and to report on implementation to the next session."
    )
}

fn convene(id: &MeetingId) -> ConveneMeeting {
    ConveneMeeting {
        id: id.clone(),
        mechanism: None,
        kind: MeetingKind::Consultation,
        title: "Consultations on shared rivers".into(),
        opens: "2026-12-01".parse().unwrap(),
        closes: "2026-12-02".parse().unwrap(),
        place: Some("Astana".into()),
        online: None,
        languages: vec!["en".into()],
        agenda: vec![NewAgendaItem {
            title: "Outcome document".into(),
            priorities: Vec::new(),
        }],
        invited: vec![(PartyId::parse("CHN").unwrap(), Attendance::Member)],
        rule: None,
    }
}

fn draft(id: &DocumentId, meeting: &MeetingId) -> DraftDocument {
    DraftDocument {
        id: id.clone(),
        meeting: meeting.clone(),
        title: "Joint statement on shared rivers".into(),
        priorities: Vec::new(),
        paragraphs: (1..=PARAGRAPHS).map(|n| paragraph(n, 0)).collect(),
    }
}

/// A state in which KAZ convened, CHN joined, KAZ drafted and `m` amendments were accepted,
/// plus one more proposed (the one the bench accepts).
struct Drafting {
    state: State,
    document: DocumentId,
    time: i64,
}

impl Drafting {
    fn apply(&mut self, by: &Actor, event: impl Into<Event>) {
        self.time += 60_000;
        let meta = RecordMeta {
            author: by.party.clone(),
            key_id: "bench".into(),
            time: Timestamp::from_millis(self.time),
        };
        self.state.apply(&meta, &event.into()).unwrap();
    }

    fn document(&self) -> &OutcomeDocument {
        &self.state.documents[&self.document]
    }

    fn new(m: usize) -> Self {
        let (kaz, chn) = (actor("KAZ"), actor("CHN"));
        let meeting = MeetingId::from_random([1; 16]);
        let document = DocumentId::from_random([2; 16]);
        let mut d = Self {
            state: State::default(),
            document: document.clone(),
            time: Timestamp::parse("2026-12-01T09:00:00Z").unwrap().millis(),
        };
        for (p, name) in [("KAZ", "Kazakhstan"), ("CHN", "China")] {
            let party = Party::new(PartyId::parse(p).unwrap(), PartyKind::State, name).unwrap();
            let event = Event::Registry(RegistryEvent::PartyRegistered {
                party,
                public_key: String::new(),
            });
            d.apply(&actor(p), event);
        }
        let exists = |_: &PartyId| true;
        let convened = meetings::decide_convene(&kaz, convene(&meeting), false, None, &exists);
        d.apply(&kaz, convened.unwrap());
        let standing = meetings::Standing {
            mechanism_member: false,
            state_or_organisation: true,
        };
        let m_now = d.state.meetings[&meeting].clone();
        let joined = meetings::decide_register(&chn, &m_now, None, vec!["Head".into()], standing);
        d.apply(&chn, joined.unwrap());
        let m_now = d.state.meetings[&meeting].clone();
        d.apply(
            &kaz,
            documents::decide_draft(&kaz, &m_now, draft(&document, &meeting), false).unwrap(),
        );
        for round in 1..=m + 1 {
            let m_now = d.state.meetings[&meeting].clone();
            let n = (round % PARAGRAPHS) as u32 + 1;
            let edit = EditByNumber::Replace {
                paragraph: n,
                text: paragraph(n as usize, round),
            };
            let proposed = documents::decide_amend(&chn, &m_now, d.document(), edit, None);
            d.apply(&chn, proposed.unwrap());
            if round <= m {
                let accepted =
                    documents::decide_amendment(&kaz, d.document(), round as u32, true).unwrap();
                d.apply(&kaz, accepted);
            }
        }
        d
    }
}

fn in_core(c: &mut Criterion) {
    let mut group = c.benchmark_group("dialogue");
    for m in [0usize, 100, 400] {
        let d = Drafting::new(m);
        let document = d.document().clone();
        let meeting = d.state.meetings[&document.meeting].clone();
        let json = serde_json::to_string(&document).unwrap();
        eprintln!(
            "dialogue: a {PARAGRAPHS}-paragraph document after {m} amendments is stored as {} bytes of JSON",
            json.len()
        );
        let accept = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentDecided {
            document: document.id.clone(),
            amendment: m as u32 + 1,
            accepted: true,
        }));
        let meta = RecordMeta {
            author: PartyId::parse("KAZ").unwrap(),
            key_id: "bench".into(),
            time: Timestamp::from_millis(d.time + 60_000),
        };
        // The earlier state the projection reads: the document and its meeting.
        let mut prior = State::default();
        prior
            .documents
            .insert(document.id.clone(), document.clone());
        prior.meetings.insert(meeting.id.clone(), meeting);
        group.bench_function(format!("accept/{m}"), |b| {
            b.iter(|| {
                let projections = project(&meta, &accept, &prior).unwrap();
                let gsi_core::Projection::Document(written) = &projections[0] else {
                    unreachable!()
                };
                serde_json::to_string(written).unwrap().len()
            })
        });
        group.bench_function(format!("read/{m}"), |b| {
            b.iter(|| serde_json::from_str::<OutcomeDocument>(&json).unwrap())
        });
    }
    group.finish();
}

fn through_the_platform(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (node, _) = NodeIdentity::load_or_create(dir.path(), "bench.localhost/log").unwrap();
    let store = gsi_app::open_store(&format!("sqlite://{}/gsi.db", dir.path().display())).unwrap();
    let platform = Platform::new(store, Arc::new(node));
    let now = gsi_app::now();
    for (p, name) in [("KAZ", "Kazakhstan"), ("CHN", "China")] {
        let party = Party::new(PartyId::parse(p).unwrap(), PartyKind::State, name).unwrap();
        platform.register_party(party, now).unwrap();
    }
    let (kaz, chn) = (actor("KAZ"), actor("CHN"));
    let meeting = MeetingId::from_random([1; 16]);
    let document = DocumentId::from_random([2; 16]);
    platform
        .dialogue()
        .convene(&kaz, convene(&meeting), now)
        .unwrap();
    platform
        .dialogue()
        .register(&chn, &meeting, None, vec!["Head".into()], now)
        .unwrap();
    platform
        .dialogue()
        .draft(&kaz, draft(&document, &meeting), now)
        .unwrap();
    let mut round = 0usize;
    let mut cycle = || {
        round += 1;
        let n = (round % PARAGRAPHS) as u32 + 1;
        let edit = EditByNumber::Replace {
            paragraph: n,
            text: paragraph(n as usize, round),
        };
        platform
            .dialogue()
            .amend(&chn, &document, edit, None, gsi_app::now())
            .unwrap();
        platform
            .dialogue()
            .decide_amendment(&kaz, &document, round as u32, true, gsi_app::now())
            .unwrap();
    };
    for _ in 0..200 {
        cycle();
    }
    let mut group = c.benchmark_group("dialogue");
    group.sample_size(10);
    group.bench_function("amend_accept/sqlite", |b| {
        b.iter_batched(|| (), |()| cycle(), BatchSize::PerIteration)
    });
    group.finish();
}

criterion_group!(benches, in_core, through_the_platform);
criterion_main!(benches);
