//! A Security Council decision end to end, on the real registry: the Council declares its rule,
//! convenes a meeting, its fifteen members on the meeting's date register (the five permanent
//! ones from the registry's `permanent_member` rows), and a draft is decided twice — a permanent
//! member's negative vote defeats it, its abstention does not. The log then verifies whole.

use std::sync::Arc;

use gsi_app::{NodeIdentity, Platform, open_store, verify};
use gsi_core::decisions::{Position, Rule, RuleKind};
use gsi_core::dialogue::documents::{DocumentStatus, DraftDocument};
use gsi_core::dialogue::meetings::{ConveneMeeting, MeetingKind, NewAgendaItem};
use gsi_core::dialogue::rules::DeclareRules;
use gsi_core::membership::MembershipRole;
use gsi_core::{Actor, DocumentId, MeetingId, PartyId, Role, Timestamp};

fn at(time: &str) -> Timestamp {
    Timestamp::parse(time).unwrap()
}

fn delegate(party: &PartyId) -> Actor {
    Actor {
        user: format!("{}.delegate", party.as_str().to_lowercase()),
        party: party.clone(),
        roles: vec![Role::Delegate],
    }
}

#[test]
fn a_permanent_members_veto_defeats_a_draft_and_its_abstention_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let (node, _) = NodeIdentity::load_or_create(dir.path(), "test.example/log").unwrap();
    let store = open_store(&format!("sqlite://{}/gsi.db", dir.path().display())).unwrap();
    let platform = Platform::new(store, Arc::new(node));
    let now = at("2026-06-01T09:00:00Z");
    platform.registry().load(now).unwrap();

    let unsc = PartyId::parse("unsc").unwrap();
    let council = Actor {
        user: "unsc.secretariat".into(),
        party: unsc.clone(),
        roles: vec![Role::Secretariat],
    };
    platform
        .dialogue()
        .declare_rules(
            &council,
            DeclareRules {
                mechanism: unsc.clone(),
                default: RuleKind::SecurityCouncil,
                allowed: vec![RuleKind::SecurityCouncil],
                quorum: None,
                series: "GSI/UNSC".into(),
            },
            now,
        )
        .unwrap();
    let opens = "2026-06-02".parse().unwrap();
    let (meeting, _) = platform
        .dialogue()
        .convene(
            &council,
            ConveneMeeting {
                id: MeetingId::from_random([1; 16]),
                mechanism: Some(unsc.clone()),
                kind: MeetingKind::Consultation,
                title: "Open debate on cooperation in preventive diplomacy".into(),
                opens,
                closes: opens,
                place: Some("New York".into()),
                online: None,
                languages: vec!["en".into(), "zh".into()],
                agenda: vec![NewAgendaItem {
                    title: "Maintenance of international peace and security".into(),
                    priorities: Vec::new(),
                }],
                invited: Vec::new(),
                rule: None,
            },
            now,
        )
        .unwrap();

    let members = platform
        .registry()
        .memberships(Some(&unsc), None, Some(opens))
        .unwrap();
    assert_eq!(
        members.len(),
        15,
        "the Council has fifteen members on {opens}"
    );
    let permanent: Vec<PartyId> = members
        .iter()
        .filter(|m| m.role == MembershipRole::PermanentMember)
        .map(|m| m.member.clone())
        .collect();
    assert_eq!(permanent.len(), 5);
    for m in &members {
        let who = delegate(&m.member);
        platform
            .dialogue()
            .register(
                &who,
                &meeting.id,
                None,
                vec!["Permanent Representative".into()],
                now,
            )
            .unwrap();
        platform
            .dialogue()
            .decide_registration(&council, &meeting.id, &m.member, true, None, now)
            .unwrap();
    }

    let document = DocumentId::from_random([2; 16]);
    platform
        .dialogue()
        .draft(
            &council,
            DraftDocument {
                id: document.clone(),
                meeting: meeting.id.clone(),
                title: "Draft presidential text on preventive diplomacy".into(),
                priorities: Vec::new(),
                paragraphs: vec!["The Council underlines the value of early dialogue.".into()],
            },
            now,
        )
        .unwrap();

    let vetoing = &permanent[0];
    let vote = |round: &str, vetoer_position: Position| {
        let rule = Rule::SecurityCouncil {
            chapter_vi_parties: Vec::new(),
        };
        let opened = at(&format!("2026-06-02T{round}:00:00Z"));
        platform
            .dialogue()
            .open_decision(&council, &document, rule, opened)
            .unwrap();
        for m in &members {
            let position = if &m.member == vetoing {
                vetoer_position
            } else {
                Position::Yes
            };
            platform
                .dialogue()
                .record_position(&delegate(&m.member), &document, position, None, opened)
                .unwrap();
        }
        // A state that does not sit on the Council takes no position in it.
        let outsider = delegate(&PartyId::parse("KAZ").unwrap());
        assert!(members.iter().all(|m| m.member != outsider.party));
        let refused =
            platform
                .dialogue()
                .record_position(&outsider, &document, Position::Yes, None, opened);
        assert!(
            matches!(
                refused,
                Err(gsi_app::AppError::Domain(gsi_core::DomainError::Forbidden(
                    _
                )))
            ),
            "{refused:?}"
        );
        platform
            .dialogue()
            .close_decision(&council, &document, opened)
            .unwrap()
            .0
    };

    let vetoed = vote("10", Position::No);
    assert_eq!(vetoed.status, DocumentStatus::NotAdopted);
    let outcome = vetoed.decisions[0].outcome.clone().unwrap();
    assert!(!outcome.adopted);
    assert_eq!(outcome.tally.yes, 14);
    assert!(
        outcome.reason.to_string().contains(vetoing.as_str()),
        "the reason names the permanent member: {}",
        outcome.reason
    );

    let passed = vote("11", Position::Abstain);
    assert_eq!(passed.status, DocumentStatus::Adopted);
    let adoption = passed.adoption.clone().unwrap();
    assert_eq!(adoption.symbol, "GSI/UNSC/2026/1");
    assert_eq!(adoption.decision, 2);
    assert_eq!(adoption.text_hash, passed.text_hash(&passed.current()));

    let report = verify(platform.store(), &platform.node().verifier()).unwrap();
    assert!(report.ok(), "{report:?}");
}
