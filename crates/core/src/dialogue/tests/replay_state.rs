//! Replay checks the state each event needs.

use super::*;

#[test]
fn replay_refuses_a_decision_on_a_registration_nobody_asked_for() {
    // TKM is invited but has not accepted; UZB accepted its invitation and then withdrew; KGZ
    // accepted; MNG asks to observe, uninvited.
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TKM", Member), ("UZB", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("KGZ", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    d.withdraw("UZB").unwrap();
    d.register("MNG", None, false).unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Invited));
    assert_eq!(d.status("UZB"), Some(Registration::Withdrawn));
    assert_eq!(d.status("MNG"), Some(Registration::Requested));

    let decided = |party: &str, approved: bool| {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::RegistrationDecided {
            meeting: meeting_id(),
            party: p(party),
            approved,
            note: None,
        }))
    };
    for party in ["TKM", "UZB"] {
        // The rules refuse it, and replay refuses the convener's own row making the party a
        // participant (or declining what it never asked for).
        conflict(d.answer("KAZ", party, true));
        for approved in [true, false] {
            let m = conflict(row(&mut d, "KAZ", &decided(party, approved)));
            assert!(
                m.contains(&format!("{party} has no registration awaiting a decision")),
                "{m}"
            );
        }
    }
    // A registration already approved is not decided again.
    conflict(row(&mut d, "KAZ", &decided("KGZ", false)));
    assert_eq!(d.status("TKM"), Some(Registration::Invited));
    assert_eq!(d.status("UZB"), Some(Registration::Withdrawn));
    assert_eq!(d.status("KGZ"), Some(Registration::Approved));

    // The convener's decision on MNG's request replays.
    row_at(&mut d.state.clone(), "KAZ", d.now(), &decided("MNG", true)).unwrap();
    d.answer("KAZ", "MNG", true).unwrap();
    assert_eq!(d.status("MNG"), Some(Registration::Approved));
    // Once decided, it is not decided again.
    conflict(row(&mut d, "KAZ", &decided("MNG", false)));
    assert_eq!(d.status("MNG"), Some(Registration::Approved));
    // Nothing refused reached the journal, which still rebuilds the state.
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_amendments_once_a_document_is_adopted_or_in_decision() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: "The participants met in Astana in March.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.settle("KAZ", 1, 2, false).unwrap();

    let decided = |amendment: u32, accepted: bool| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentDecided {
            document: doc_id(1),
            amendment,
            accepted,
        }))
    };
    // An amendment already accepted or rejected is not decided again, not even by the convener
    // (re-accepting the rejected one would otherwise make a new version).
    for (n, accepted) in [(1, true), (1, false), (2, true), (2, false)] {
        conflict(d.settle("KAZ", 1, n, accepted));
        let m = conflict(row(&mut d, "KAZ", &decided(n, accepted)));
        assert!(
            m.contains(&format!("amendment {n} is not awaiting a decision")),
            "{m}"
        );
    }
    assert_eq!(d.doc(1).versions.len(), 2);

    // While drafting, a member's proposal and the convener's decision on it replay.
    let proposed = Event::Dialogue(DialogueEvent::Document(DocumentEvent::AmendmentProposed {
        document: doc_id(1),
        edit: Edit::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
        reason: None,
    }));
    row_at(&mut d.state.clone(), "KGZ", d.now(), &proposed).unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    row_at(&mut d.state.clone(), "KAZ", d.now(), &decided(3, true)).unwrap();
    d.settle("KAZ", 1, 3, true).unwrap();

    // While a decision is open the text is fixed.
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    for who in ["KGZ", "TJK", "KAZ"] {
        let m = conflict(row(&mut d, who, &proposed));
        assert!(m.contains("a decision is open"), "{who}: {m}");
    }
    for n in 1..=3 {
        let m = conflict(row(&mut d, "KAZ", &decided(n, true)));
        assert!(m.contains("a decision is open"), "{m}");
    }

    // Once adopted, for good.
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    for who in ["KGZ", "TJK", "KAZ"] {
        let m = conflict(row(&mut d, who, &proposed));
        assert!(m.contains("the document is adopted"), "{who}: {m}");
    }
    for (n, accepted) in [(1, false), (2, true), (3, false)] {
        let m = conflict(row(&mut d, "KAZ", &decided(n, accepted)));
        assert!(m.contains("the document is adopted"), "{m}");
    }

    let doc = d.doc(1);
    assert_eq!(doc.amendments.len(), 3);
    assert_eq!(doc.versions.len(), 3);
    let statuses: Vec<_> = doc.amendments.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses,
        vec![
            AmendmentStatus::Accepted,
            AmendmentStatus::Rejected,
            AmendmentStatus::Accepted
        ]
    );
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_closing_a_silence_procedure_before_its_deadline() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let closed = |symbol: Option<&str>| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::DecisionClosed {
            document: doc_id(1),
            symbol: symbol.map(str::to_owned),
        }))
    };

    // The rules refuse it, and replay refuses the convener's row closing it, as not adopted or
    // as adopted, while silence runs (up to the last millisecond before the deadline).
    conflict(d.close("KAZ", 1));
    let last = Timestamp::from_millis(deadline.millis() - 1);
    for time in [d.now(), last] {
        for symbol in [None, Some("GSI/KAZ/2026/1")] {
            let m = conflict(row_at(&mut d.state, "KAZ", time, &closed(symbol)));
            assert!(m.contains("the silence procedure runs until"), "{m}");
        }
    }
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    assert!(d.doc(1).open_decision().is_some());
    assert!(
        !d.state
            .series
            .contains_key(&Series::entity_of("GSI/KAZ", 2026))
    );

    // After the deadline, silence unbroken adopts: closing as not adopted is still refused, and
    // the convener's closing with the series' symbol replays.
    d.clock += 60;
    assert!(d.now() >= deadline);
    let m = conflict(row(&mut d, "KAZ", &closed(None)));
    assert!(m.contains("where the series gives"), "{m}");
    row_at(
        &mut d.state.clone(),
        "KAZ",
        d.now(),
        &closed(Some("GSI/KAZ/2026/1")),
    )
    .unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_positions_after_the_silence_deadline() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let objected = d.now();
    d.take("TJK", 1, Object).unwrap();
    let position = |position: Position| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
            document: doc_id(1),
            position,
            comfort: None,
        }))
    };

    // Before the deadline TJK's own row replacing its objection by support replays, and would
    // mend the silence.
    let mut before_deadline = d.state.clone();
    row_at(&mut before_deadline, "TJK", d.now(), &position(Support)).unwrap();
    let decision = document_of(&before_deadline, 1)
        .unwrap()
        .open_decision()
        .unwrap()
        .clone();
    assert!(decision.outcome_at(deadline).unwrap().adopted);

    d.clock += 60;
    assert!(d.now() >= deadline);
    // The rules refuse it after the deadline, and so does replay of TJK's own row, at the
    // deadline or later; nor is any other member's position taken then.
    conflict(d.take("TJK", 1, Support));
    for time in [deadline, d.now(), t(d.clock + DAY)] {
        for (who, taken) in [
            ("TJK", Support),
            ("TJK", StandAside),
            ("KGZ", Object),
            ("KAZ", Support),
        ] {
            let m = conflict(row_at(&mut d.state, who, time, &position(taken)));
            assert!(m.contains("the silence procedure ended"), "{who}: {m}");
        }
    }
    let positions = &d.doc(1).open_decision().unwrap().positions;
    assert_eq!(positions[&p("TJK")], (Object, None, objected));
    assert_eq!(positions.len(), 2);

    // The broken silence stays broken.
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: silence broken by TJK."
    );
    assert_eq!(doc.status, DocumentStatus::NotAdopted);
    assert!(doc.adoption.is_none());
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn replay_refuses_commitments_of_parties_that_did_not_join() {
    // KAZ and TJK support; KGZ stands aside; UZB opts out; TKM observes.
    let mut d = adopted_with_an_opt_out();
    let marked = |parties: &[&str]| {
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::CommitmentMarked {
            document: doc_id(1),
            paragraph: 2,
            parties: parties.iter().map(|x| p(x)).collect(),
            due: None,
        }))
    };
    for (parties, culprit) in [
        (&["UZB"][..], "UZB"),
        (&["KGZ"][..], "KGZ"),
        (&["KAZ", "UZB"][..], "UZB"),
        (&["KGZ", "TJK"][..], "KGZ"),
        (&["TKM"][..], "TKM"),
        (&[SCO][..], SCO),
    ] {
        // The rules refuse it, and replay refuses the convener's own row.
        invalid(d.commit(SCO, 1, 2, parties));
        let m = invalid(row(&mut d, SCO, &marked(parties)));
        assert!(
            m.contains(&format!("{culprit} did not join the adoption")),
            "{parties:?}: {m}"
        );
    }
    assert!(d.doc(1).commitments.is_empty());

    // Committing the parties that joined replays.
    row_at(&mut d.state.clone(), SCO, d.now(), &marked(&["KAZ", "TJK"])).unwrap();
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    assert_eq!(ids(&d.doc(1).commitments[0].parties), vec!["KAZ", "TJK"]);
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_cancelled_meetings_documents_are_neither_amended_nor_decided() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.draft("KAZ", 2, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.cancel("KAZ", "Postponed.").unwrap();

    let edit = || EditByNumber::Delete { paragraph: 1 };
    for who in ["KGZ", "KAZ"] {
        let m = conflict(d.amend(who, 1, edit()));
        assert!(
            m.contains("the meeting was cancelled (Postponed.)"),
            "{who}: {m}"
        );
    }
    for doc in [1, 2] {
        let m = conflict(d.open("KAZ", doc, Rule::Consensus));
        assert!(m.contains("the meeting was cancelled"), "{m}");
    }
    let m = conflict(d.draft("KGZ", 3, &PARAS));
    assert!(m.contains("the meeting was cancelled"), "{m}");
    assert_eq!(d.doc(1).amendments.len(), 1);
    assert!(d.doc(1).decisions.is_empty() && d.doc(2).decisions.is_empty());
    assert_eq!(d.doc(1).status, DocumentStatus::Drafting);
}
