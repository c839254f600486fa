//! Decisions under the meeting's rule, and document symbols.

use super::*;

#[test]
fn only_the_convener_opens_and_closes_decisions() {
    let mut d = ad_hoc(&["KGZ"], &["TJK"]);
    d.draft("KGZ", 1, &PARAS).unwrap();
    // Not even the member that drafted the document.
    for who in ["KGZ", "TJK", "MNG"] {
        let m = forbidden(d.open(who, 1, Rule::Consensus));
        assert!(
            m.contains("only the convener, KAZ, may open a decision"),
            "{who}: {m}"
        );
    }
    assert!(d.doc(1).decisions.is_empty());
    conflict(d.close("KAZ", 1));
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    conflict(d.open("KAZ", 1, Rule::Consensus));
    d.take("KGZ", 1, Support).unwrap();
    for who in ["KGZ", "TJK", "MNG"] {
        let m = forbidden(d.close(who, 1));
        assert!(
            m.contains("only the convener, KAZ, may close a decision"),
            "{who}: {m}"
        );
    }
    forbidden(d.act_as(&actor("KAZ", Role::Reader), |a, s, now| {
        close_in(a, s, 1, now)
    }));
    assert!(d.doc(1).open_decision().is_some());
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
}

#[test]
fn three_members_adopt_by_consensus_and_the_document_is_numbered_in_its_series() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    let members: Vec<&str> = d
        .doc(1)
        .open_decision()
        .unwrap()
        .members
        .iter()
        .map(|m| m.party.as_str())
        .collect();
    // The body is the approved members; the observer is not one of them.
    assert_eq!(members, vec!["KAZ", "KGZ", "TJK"]);
    d.take("KAZ", 1, Support).unwrap();
    d.take_as(&delegate("KGZ"), 1, Support, Some(Comfort::CanLiveWithIt))
        .unwrap();
    d.take("TJK", 1, StandAside).unwrap();
    let closed_at = d.now();
    d.close("KAZ", 1).unwrap();

    let doc = d.doc(1);
    assert_eq!(doc.status, DocumentStatus::Adopted);
    let adoption = doc.adoption.as_ref().unwrap();
    assert_eq!(adoption.symbol, "GSI/KAZ/2026/1");
    assert_eq!((adoption.decision, adoption.version), (1, 1));
    assert_eq!(adoption.at, closed_at);
    assert_eq!(
        adoption.text_hash,
        doc.text_hash(&doc.version(adoption.version).unwrap())
    );
    let decision = &doc.decisions[0];
    assert_eq!(decision.text_hash, adoption.text_hash);
    assert_eq!(decision.rule, Rule::Consensus);
    assert_eq!(decision.closed_at, Some(closed_at));
    let positions: Vec<(&str, Position, Option<Comfort>)> = decision
        .positions
        .iter()
        .map(|(party, (x, c, _))| (party.as_str(), *x, *c))
        .collect();
    assert_eq!(
        positions,
        vec![
            ("KAZ", Support, None),
            ("KGZ", Support, Some(Comfort::CanLiveWithIt)),
            ("TJK", StandAside, None),
        ]
    );
    let outcome = decision.outcome.as_ref().unwrap();
    assert!(outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Adopted: no member present objected."
    );
    assert_eq!((outcome.tally.support, outcome.tally.stand_aside), (2, 1));
    assert_eq!(
        outcome.comfort.get(&p("KGZ")),
        Some(&Comfort::CanLiveWithIt)
    );
    let series = &d.state.series[&Series::entity_of("GSI/KAZ", 2026)];
    assert_eq!(
        (series.series.as_str(), series.year, series.count),
        ("GSI/KAZ", 2026, 1)
    );
}

#[test]
fn a_fourth_members_objection_blocks_consensus_and_it_may_opt_out_under_consensus_minus_x() {
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    // Opting out is no consensus position.
    invalid(d.take("UZB", 1, OptOut));
    d.take("UZB", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.status, DocumentStatus::NotAdopted);
    assert!(doc.adoption.is_none());
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: formal objection by UZB."
    );
    assert!(
        !d.state
            .series
            .contains_key(&Series::entity_of("GSI/KAZ", 2026))
    );

    // Under consensus minus X the fourth member opts out and the others adopt.
    d.open("KAZ", 1, Rule::ConsensusMinusX).unwrap();
    for m in ["KAZ", "KGZ", "TJK"] {
        d.take(m, 1, Support).unwrap();
    }
    d.take("UZB", 1, OptOut).unwrap();
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.decisions.len(), 2);
    let outcome = doc.decisions[1].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert_eq!(ids(&outcome.out), vec!["UZB"]);
    assert_eq!(ids(&outcome.in_), vec!["KAZ", "KGZ", "TJK"]);
    let adoption = doc.adoption.as_ref().unwrap();
    assert_eq!(
        (adoption.symbol.as_str(), adoption.decision),
        ("GSI/KAZ/2026/1", 2)
    );
    assert_eq!(doc.decisions[1].rule, Rule::ConsensusMinusX);
}

#[test]
fn the_silence_procedure_adopts_after_its_deadline_unless_an_objection_breaks_it() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.draft("KAZ", 2, &PARAS).unwrap();
    // A deadline that has passed is refused.
    let m = invalid(d.open("KAZ", 1, Rule::Silence { deadline: d.now() }));
    assert!(m.contains("has already passed"), "{m}");

    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 1, Support).unwrap();
    let m = conflict(d.close("KAZ", 1));
    assert!(m.contains("the silence procedure runs until"), "{m}");
    assert!(d.doc(1).open_decision().is_some());
    d.clock += 60;
    assert!(d.now() >= deadline);
    // After the deadline no position is taken, not even one that would break silence.
    for (who, position) in [("TJK", Object), ("KGZ", StandAside)] {
        let m = conflict(d.take(who, 1, position));
        assert!(m.contains("the silence procedure ended"), "{m}");
    }
    d.close("KAZ", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert!(
        outcome
            .reason
            .to_string()
            .contains("no member broke silence")
    );
    assert_eq!(doc.adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");

    // An objection before the deadline breaks silence.
    let deadline = t(d.clock + 60);
    d.open("KAZ", 2, Rule::Silence { deadline }).unwrap();
    d.take("KGZ", 2, Support).unwrap();
    d.take("TJK", 2, Object).unwrap();
    d.clock += 60;
    conflict(d.take("TJK", 2, Support));
    d.close("KAZ", 2).unwrap();
    let doc = d.doc(2);
    let outcome = doc.decisions[0].outcome.as_ref().unwrap();
    assert!(!outcome.adopted && !outcome.pending);
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: silence broken by TJK."
    );
    assert!(doc.adoption.is_none());
}

#[test]
fn the_second_adopted_document_of_a_series_in_a_year_gets_the_next_number() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    for n in 1..=3 {
        d.draft("KAZ", n, &PARAS).unwrap();
    }
    assert_eq!(d.adopt("KAZ", 1, &["KAZ", "KGZ"]), "GSI/KAZ/2026/1");
    // A decision that fails takes no number.
    d.open("KAZ", 2, Rule::Consensus).unwrap();
    d.take("KGZ", 2, Object).unwrap();
    d.close("KAZ", 2).unwrap();
    assert!(d.doc(2).adoption.is_none());
    assert_eq!(d.adopt("KAZ", 2, &["KAZ", "KGZ"]), "GSI/KAZ/2026/2");
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2026)].count, 2);
    // The first number adopted each year restarts at 1.
    d.clock += 320 * DAY;
    assert_eq!(now_year(d.now()), 2027);
    assert_eq!(d.adopt("KAZ", 3, &["KAZ", "KGZ"]), "GSI/KAZ/2027/1");
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2027)].count, 1);
    assert_eq!(d.state.series[&Series::entity_of("GSI/KAZ", 2026)].count, 2);
    // Symbols already given stay.
    assert_eq!(d.doc(1).adoption.as_ref().unwrap().symbol, "GSI/KAZ/2026/1");
}

#[test]
fn a_party_records_only_its_own_position() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    let positions = |d: &Dialogue| d.doc(1).open_decision().unwrap().positions.clone();
    let first = d.now();
    d.take("TJK", 1, Object).unwrap();
    // The event names no party: the position is its author's.
    let event = d.take("KGZ", 1, Support).unwrap();
    assert!(matches!(
        event,
        Event::Dialogue(DialogueEvent::Document(DocumentEvent::PositionRecorded {
            position: Support,
            comfort: None,
            ..
        }))
    ));
    let before = positions(&d);
    assert_eq!(before[&p("TJK")], (Object, None, first));
    // Changing its own position leaves the others' as they were.
    d.take("KGZ", 1, StandAside).unwrap();
    let after = positions(&d);
    assert_eq!(after[&p("TJK")], before[&p("TJK")]);
    assert_eq!(after[&p("KGZ")].0, StandAside);
    assert!(!after.contains_key(&p("KAZ")));
    // A reader of a member records nothing, and the convener records only its own position.
    forbidden(d.take_as(&actor("KGZ", Role::Reader), 1, Support, None));
    d.take("KAZ", 1, Support).unwrap();
    let last = positions(&d);
    assert_eq!(last[&p("KGZ")], after[&p("KGZ")]);
    assert_eq!(last[&p("TJK")], after[&p("TJK")]);
    assert_eq!(last.len(), 3);
}

#[test]
fn observers_and_other_non_members_take_no_position() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TKM", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    // An invited member that accepts after the decision opened is not in its body either.
    d.register("TKM", None, false).unwrap();
    for who in ["TJK", "UZB", "TKM", "MNG", SCO] {
        let m = forbidden(d.take(who, 1, Support));
        assert!(m.contains("is not a member of this body"), "{who}: {m}");
    }
    assert!(d.doc(1).open_decision().unwrap().positions.is_empty());
    d.take("KGZ", 1, Support).unwrap();
    d.close("KAZ", 1).unwrap();
    let outcome = d.doc(1).decisions[0].outcome.clone().unwrap();
    assert!(outcome.adopted);
    assert_eq!(outcome.tally.support, 1);
    assert_eq!(outcome.tally.not_voting, 1);
}
