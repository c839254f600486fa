//! Replay checks authorship: a forged record does not apply.

use super::*;

/// Whether replay accepts `event` authored by `by` on top of `state`; names it if so.
fn accepted_forgery(state: &State, by: &str, time: Timestamp, event: &Event) -> Option<String> {
    let accepted = state.clone().apply(&meta(by, time), event).is_ok();
    accepted.then(|| format!("{} by {by}", event.to_kind_body().0))
}

/// Checks that replay refuses `event` authored by `forger`, leaving the state as it was, where
/// it accepts the same event from `rightful` (so that the author alone makes the difference);
/// names the event if replay accepted the forgery.
fn forge(d: &mut Dialogue, rightful: &str, forger: &str, event: &Event) -> Option<String> {
    let now = d.now();
    assert!(
        accepted_forgery(&d.state, rightful, now, event).is_some(),
        "{event:?} by {rightful} must replay"
    );
    if let Some(name) = accepted_forgery(&d.state, forger, now, event) {
        return Some(name);
    }
    let before = d.state.clone();
    match d.state.apply(&meta(forger, now), event) {
        Err(DomainError::Forbidden(_)) => {}
        other => panic!("{event:?} by {forger}: expected Forbidden, got {other:?}"),
    }
    assert_eq!(d.state, before, "a refused event changed the state");
    None
}

#[test]
fn replay_refuses_dialogue_events_from_parties_without_the_right() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.register("TKM", None, false).unwrap();
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    let mut accepted = Vec::new();

    // Meeting events: the convener alone answers and cancels; approved participants speak; the
    // convener or a participant attaches.
    let decided = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::RegistrationDecided {
        meeting: meeting_id(),
        party: p("TKM"),
        approved: true,
        note: None,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &decided));
    accepted.extend(forge(&mut d, "KAZ", "TKM", &decided));
    let cancelled = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Cancelled {
        meeting: meeting_id(),
        reason: "Forged.".into(),
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &cancelled));
    let floor = |party: &str| {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::FloorRequested {
            meeting: meeting_id(),
            item: 1,
            delegate: head(party),
        }))
    };
    for stranger in ["MNG", "TKM"] {
        accepted.extend(forge(&mut d, "UZB", stranger, &floor(stranger)));
    }
    let attached = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::DocumentAttached {
        meeting: meeting_id(),
        item: 1,
        title: "Paper".into(),
        url: "https://example.org/paper".into(),
    }));
    accepted.extend(forge(&mut d, "UZB", "MNG", &attached));

    // Document events: the convener or approved members draft and amend; the convener alone
    // decides amendments.
    let drafted = Event::Dialogue(DialogueEvent::Document(DocumentEvent::Drafted(
        DraftDocument {
            id: doc_id(9),
            meeting: meeting_id(),
            title: "Forged statement".into(),
            priorities: vec![],
            paragraphs: vec!["Forged.".into()],
        },
    )));
    for stranger in ["MNG", "UZB", "TKM"] {
        accepted.extend(forge(&mut d, "KGZ", stranger, &drafted));
    }
    let proposed = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentProposed {
        document: doc_id(1),
        edit: Edit::Replace {
            paragraph: 1,
            text: "Forged.".into(),
        },
        reason: None,
    }));
    for stranger in ["MNG", "UZB", "TKM"] {
        accepted.extend(forge(&mut d, "TJK", stranger, &proposed));
    }
    let settled = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentDecided {
        document: doc_id(1),
        amendment: 1,
        accepted: true,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &settled));
    d.settle("KAZ", 1, 1, false).unwrap();

    // The convener alone opens and closes decisions; members alone take positions.
    let opened = decide_open(
        &delegate("KAZ"),
        d.meeting(),
        d.doc(1),
        Rule::Consensus,
        &|_| false,
        d.now(),
    )
    .unwrap();
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &opened.into()));
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    let position = Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
        document: doc_id(1),
        position: Object,
        comfort: None,
    }));
    for stranger in ["UZB", "MNG"] {
        accepted.extend(forge(&mut d, "TJK", stranger, &position));
    }
    let closed = close_in(&delegate("KAZ"), &d.state, 1, d.now()).unwrap();
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &closed.into()));
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);

    // The convener alone marks commitments; committed parties alone report.
    let marked = Event::Dialogue(DialogueEvent::Document(DocumentEvent::CommitmentMarked {
        document: doc_id(1),
        paragraph: 2,
        parties: vec![p("KAZ"), p("KGZ")],
        due: None,
    }));
    accepted.extend(forge(&mut d, "KAZ", "KGZ", &marked));
    d.commit("KAZ", 1, 2, &["KAZ", "KGZ"]).unwrap();
    let reported = Event::Dialogue(DialogueEvent::Document(
        DocumentEvent::ImplementationReported {
            document: doc_id(1),
            commitment: 1,
            status: Implementation::Completed,
            narrative: "Done.".into(),
            evidence: vec![],
        },
    ));
    for stranger in ["TJK", "UZB", "MNG"] {
        accepted.extend(forge(&mut d, "KGZ", stranger, &reported));
    }

    assert!(
        accepted.is_empty(),
        "replay accepted forgeries: {accepted:?}"
    );
    // Nothing forged reached the journal, which still rebuilds the state.
    assert_eq!(replay(&d.journal), d.state);
    assert_eq!(d.status("TKM"), Some(Registration::Requested));
    assert!(d.meeting().cancelled.is_none());
    assert!(d.meeting().agenda[0].speakers.is_empty());
    assert!(d.meeting().agenda[0].documents.is_empty());
    assert!(!d.state.documents.contains_key(&doc_id(9)));
    assert_eq!(d.doc(1).amendments.len(), 1);
    assert!(d.doc(1).commitments[0].reports.is_empty());
}

#[test]
fn replay_refuses_a_revision_authored_by_anyone_else() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    let revised = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: MeetingRevision {
            title: Some("Forged title".into()),
            agenda: vec![add("Forged item", Some(0))],
            ..MeetingRevision::default()
        },
    }));
    let mut accepted = Vec::new();
    // Members, observers and strangers alike.
    for forger in ["KGZ", "UZB", "MNG", SCO] {
        accepted.extend(forge(&mut d, "KAZ", forger, &revised));
    }
    // In a mechanism's meeting, the mechanism alone: not even an approved member.
    let mut sco = sco_meeting(&[RuleKind::Consensus], &["KAZ", "KGZ"]);
    for forger in ["KAZ", "KGZ"] {
        accepted.extend(forge(&mut sco, SCO, forger, &revised));
    }
    assert!(
        accepted.is_empty(),
        "replay accepted forgeries: {accepted:?}"
    );
    for d in [&d, &sco] {
        assert_eq!(
            d.meeting().title,
            "Consultations on transboundary water security"
        );
        assert_eq!(d.meeting().revised_at, None);
        assert_eq!(d.meeting().agenda.len(), 2);
        assert_eq!(replay(&d.journal), d.state);
    }
}
