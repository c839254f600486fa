//! Drafting and amending outcome documents.

use super::*;

#[test]
fn only_the_convener_or_approved_members_draft_and_amend() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.register("TKM", Some(Observer), false).unwrap();
    // Observers, requests and strangers neither draft nor amend.
    for who in ["UZB", "TKM", "MNG", SCO] {
        let m = forbidden(d.draft(who, 1, &PARAS));
        assert!(
            m.contains("neither the convener nor an approved member"),
            "{who}: {m}"
        );
    }
    forbidden(d.act_as(&actor("KGZ", Role::Reader), |a, s, _| {
        let command = DraftDocument {
            id: doc_id(1),
            meeting: meeting_id(),
            title: "Joint statement".into(),
            priorities: vec![],
            paragraphs: vec!["Text.".into()],
        };
        decide_draft(a, meeting_of(s), command, false)
    }));
    assert!(d.state.documents.is_empty());

    // A member drafts; the document is chaired by the convener all the same.
    d.draft("KGZ", 1, &PARAS).unwrap();
    let doc = d.doc(1);
    assert_eq!(
        (doc.proposed_by.as_str(), doc.convener.as_str()),
        ("KGZ", "KAZ")
    );
    assert_eq!(doc.status, DocumentStatus::Drafting);
    assert_eq!(doc.current().texts(), PARAS.to_vec());
    conflict(d.draft("KAZ", 1, &PARAS));
    d.draft("KAZ", 2, &PARAS[..1]).unwrap();
    invalid(d.draft("KAZ", 3, &[]));

    let edit = || EditByNumber::Replace {
        paragraph: 1,
        text: "The participants met in Astana on 2 March 2026.".into(),
    };
    for who in ["UZB", "TKM", "MNG"] {
        forbidden(d.amend(who, 1, edit()));
    }
    d.amend("TJK", 1, edit()).unwrap();
    d.amend("KAZ", 1, edit()).unwrap();
    let by: Vec<&str> = d.doc(1).amendments.iter().map(|a| a.by.as_str()).collect();
    assert_eq!(by, vec!["TJK", "KAZ"]);

    // A member that withdraws no longer amends.
    d.withdraw("TJK").unwrap();
    forbidden(d.amend("TJK", 1, edit()));
    assert_eq!(d.doc(1).amendments.len(), 2);
}

#[test]
fn accepted_amendments_make_new_versions_with_the_consolidated_text() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let replaced = "They agree to share river flow data every month.";
    // All three are proposed against the draft, by paragraph number.
    d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 2,
            text: replaced.into(),
        },
    )
    .unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    d.amend("KAZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    // An amendment that changes nothing or names no paragraph of the text is refused.
    invalid(d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: PARAS[0].into(),
        },
    ));
    for edit in [
        EditByNumber::Replace {
            paragraph: 4,
            text: "x".into(),
        },
        EditByNumber::Insert {
            after: 4,
            text: "x".into(),
        },
        EditByNumber::Delete { paragraph: 0 },
    ] {
        let m = invalid(d.amend("KGZ", 1, edit));
        assert!(m.contains("version 1 has paragraphs 1 to 3"), "{m}");
    }
    let doc = d.doc(1);
    assert_eq!(doc.versions.len(), 1);
    assert_eq!(
        doc.amendments[0].edit,
        Edit::Replace {
            paragraph: 2,
            text: replaced.into()
        }
    );
    assert_eq!(doc.amendments[2].edit, Edit::Delete { paragraph: 3 });
    assert!(doc.amendments.iter().all(|a| a.against == 1));
    assert!(
        doc.amendments
            .iter()
            .all(|a| a.status == AmendmentStatus::Proposed)
    );

    forbidden(d.settle("KGZ", 1, 1, true));
    d.settle("KAZ", 1, 1, true).unwrap();
    d.settle("KAZ", 1, 2, true).unwrap();
    d.settle("KAZ", 1, 3, true).unwrap();
    conflict(d.settle("KAZ", 1, 3, false));
    not_found(d.settle("KAZ", 1, 4, true));

    let doc = d.doc(1);
    let texts: Vec<Vec<String>> = doc
        .versions
        .iter()
        .map(|v| doc.version(v.number).unwrap().texts())
        .collect();
    assert_eq!(
        texts,
        vec![
            vec![PARAS[0], PARAS[1], PARAS[2]],
            vec![PARAS[0], replaced, PARAS[2]],
            vec!["Preamble.", PARAS[0], replaced, PARAS[2]],
            vec!["Preamble.", PARAS[0], replaced],
        ]
    );
    let numbers: Vec<(u32, Option<u32>)> = doc
        .versions
        .iter()
        .map(|v| (v.number, v.amendment))
        .collect();
    assert_eq!(
        numbers,
        vec![(1, None), (2, Some(1)), (3, Some(2)), (4, Some(3))]
    );
    let produced: Vec<Option<u32>> = doc.amendments.iter().map(|a| a.produced).collect();
    assert_eq!(produced, vec![Some(2), Some(3), Some(4)]);
    assert!(
        doc.amendments
            .iter()
            .all(|a| a.status == AmendmentStatus::Accepted && a.decided_at.is_some())
    );
    // The inserted paragraph has a new id; the others keep theirs.
    let ids: Vec<u32> = doc.current().paragraphs.iter().map(|x| x.id).collect();
    assert_eq!(ids, vec![4, 1, 2]);
    assert_eq!(doc.current().number_of(2), Some(3));

    // A rejected amendment makes no version; the next is proposed against the current one.
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 })
        .unwrap();
    d.settle("KAZ", 1, 4, false).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.amendments[3].status, AmendmentStatus::Rejected);
    assert_eq!(doc.amendments[3].against, 4);
    assert_eq!(doc.amendments[3].produced, None);
    assert_eq!(doc.versions.len(), 4);
}

#[test]
fn a_document_keeps_at_least_one_paragraph() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let m = invalid(d.draft("KAZ", 1, &[]));
    assert!(m.contains("1 to 500 paragraphs"), "{m}");
    invalid(d.draft("KAZ", 1, &["  "]));
    d.draft("KAZ", 1, &PARAS[..1]).unwrap();
    let m = invalid(d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 }));
    assert!(m.contains("keeps at least one paragraph"), "{m}");

    // Two deletions proposed against two paragraphs: once one is accepted, the other would
    // leave nothing, and can only be rejected.
    d.draft("KAZ", 2, &PARAS[..2]).unwrap();
    d.amend("KGZ", 2, EditByNumber::Delete { paragraph: 1 })
        .unwrap();
    d.amend("KAZ", 2, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    d.settle("KAZ", 2, 1, true).unwrap();
    assert_eq!(d.doc(2).current().texts(), vec![PARAS[1]]);
    conflict(d.settle("KAZ", 2, 2, true));
    assert_eq!(d.doc(2).versions.len(), 2);
    d.settle("KAZ", 2, 2, false).unwrap();
    assert_eq!(d.doc(2).current().texts(), vec![PARAS[1]]);
}

#[test]
fn paragraph_ids_are_stable_so_amendments_to_one_version_are_accepted_in_either_order() {
    let orders = [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 1],
        [3, 1, 2],
        [3, 2, 1],
    ];
    let mut results = Vec::new();
    for order in orders {
        let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
        d.draft("KAZ", 1, &PARAS).unwrap();
        // Against version 1: replace paragraph 3, insert after paragraph 2, delete paragraph 1.
        d.amend(
            "KGZ",
            1,
            EditByNumber::Replace {
                paragraph: 3,
                text: "They will meet again in Bishkek.".into(),
            },
        )
        .unwrap();
        d.amend(
            "TJK",
            1,
            EditByNumber::Insert {
                after: 2,
                text: "They will share glacier data as well.".into(),
            },
        )
        .unwrap();
        d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 1 })
            .unwrap();
        for number in order {
            d.settle("KAZ", 1, number, true).unwrap();
        }
        let doc = d.doc(1);
        assert_eq!(doc.versions.len(), 4, "{order:?}");
        let current: Vec<(u32, String)> = doc
            .current()
            .paragraphs
            .iter()
            .map(|x| (x.id, x.text.clone()))
            .collect();
        results.push(current);
    }
    let expected = vec![
        (2, PARAS[1].to_owned()),
        (4, "They will share glacier data as well.".to_owned()),
        (3, "They will meet again in Bishkek.".to_owned()),
    ];
    for (order, result) in orders.iter().zip(&results) {
        assert_eq!(result, &expected, "accepted in the order {order:?}");
    }
}

#[test]
fn an_amendment_to_a_deleted_paragraph_can_be_rejected_but_not_accepted() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Replace {
            paragraph: 2,
            text: "They agree to share data.".into(),
        },
    )
    .unwrap();
    d.amend(
        "TJK",
        1,
        EditByNumber::Insert {
            after: 2,
            text: "A new paragraph.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    let m = conflict(d.settle("KAZ", 1, 2, true));
    assert!(m.contains("amendment 2 no longer applies"), "{m}");
    // Inserting after the deleted paragraph no longer applies either.
    conflict(d.settle("KAZ", 1, 3, true));
    let doc = d.doc(1);
    assert_eq!(doc.versions.len(), 2);
    assert_eq!(doc.amendments[1].status, AmendmentStatus::Proposed);
    d.settle("KAZ", 1, 2, false).unwrap();
    d.settle("KAZ", 1, 3, false).unwrap();
    let doc = d.doc(1);
    assert_eq!(doc.amendments[1].status, AmendmentStatus::Rejected);
    assert_eq!(doc.amendments[2].status, AmendmentStatus::Rejected);
    assert_eq!(doc.versions.len(), 2);
    assert_eq!(doc.current().texts(), vec![PARAS[0], PARAS[2]]);
}

#[test]
fn no_amendments_while_a_decision_is_open() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::InDecision);
    let edit = || EditByNumber::Insert {
        after: 3,
        text: "They thank Kazakhstan.".into(),
    };
    let m = conflict(d.amend("KGZ", 1, edit()));
    assert!(m.contains("a decision is open"), "{m}");
    conflict(d.amend("KAZ", 1, edit()));
    assert!(d.doc(1).amendments.is_empty());

    // Once the decision fails, drafting goes on.
    d.take("KGZ", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::NotAdopted);
    d.amend("KGZ", 1, edit()).unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Drafting);

    // Once adopted, the text is fixed for good.
    d.adopt("KAZ", 1, &["KAZ", "KGZ"]);
    let m = conflict(d.amend("KGZ", 1, edit()));
    assert!(m.contains("the document is adopted"), "{m}");
    conflict(d.open("KAZ", 1, Rule::Consensus));
}

#[test]
fn a_decision_cannot_open_while_an_amendment_is_undecided() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 3 })
        .unwrap();
    d.amend("KGZ", 1, EditByNumber::Delete { paragraph: 2 })
        .unwrap();
    let m = conflict(d.open("KAZ", 1, Rule::Consensus));
    assert!(
        m.contains("amendment 1 is still to be accepted or rejected"),
        "{m}"
    );
    d.settle("KAZ", 1, 1, true).unwrap();
    let m = conflict(d.open("KAZ", 1, Rule::Consensus));
    assert!(m.contains("amendment 2 is still"), "{m}");
    assert!(d.doc(1).decisions.is_empty());
    d.settle("KAZ", 1, 2, false).unwrap();
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    // The decision is on the version the accepted amendment produced.
    let doc = d.doc(1);
    let decision = doc.open_decision().unwrap();
    assert_eq!(decision.version, 2);
    assert_eq!(decision.text_hash, doc.text_hash(&doc.version(2).unwrap()));
}

/// What a page asks before it offers a form: the actor may author for its party, and the rule
/// lets the party past.
fn may<T>(a: &Actor, rule: impl FnOnce(&PartyId) -> Result<T, DomainError>) -> bool {
    a.require_author(&a.party).is_ok() && rule(&a.party).is_ok()
}

#[test]
fn the_rule_a_page_asks_is_the_rule_the_command_checks() {
    use crate::dialogue::documents::{
        may_amend, may_close_decision, may_decide_amendments, may_open_decision, may_table,
        may_take_position,
    };
    use crate::dialogue::meetings::{
        may_attach, may_cancel, may_decide_registrations, may_revise, may_take_the_floor,
    };
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.draft("KGZ", 1, &PARAS).unwrap();
    let actors = [
        delegate("KAZ"),
        delegate("KGZ"),
        delegate("UZB"),
        delegate("MNG"),
        actor("KGZ", Role::Reader),
        actor("KAZ", Role::Reader),
    ];
    let (meeting, document) = (meeting_of(&d.state), document_of(&d.state, 1).unwrap());
    let now = d.now();
    for a in &actors {
        let convener = a.party.as_str() == "KAZ" && a.require_author(&a.party).is_ok();
        // Commands that pass exactly when their rule does.
        let command = DraftDocument {
            id: doc_id(2),
            meeting: meeting_id(),
            title: "Joint statement".into(),
            priorities: vec![],
            paragraphs: vec!["Text.".into()],
        };
        let table = decide_draft(a, meeting, command, false);
        assert_eq!(may(a, |p| may_table(p, meeting)), table.is_ok(), "{a:?}");
        let edit = EditByNumber::Replace {
            paragraph: 1,
            text: "A new first paragraph.".into(),
        };
        let amend = decide_amend(a, meeting, document, edit, None);
        assert_eq!(
            may(a, |p| may_amend(p, meeting, document)),
            amend.is_ok(),
            "{a:?}"
        );
        let attach = decide_attach(a, meeting, 1, "Background note", "https://example.org/n");
        assert_eq!(may(a, |p| may_attach(p, meeting)), attach.is_ok(), "{a:?}");
        // The convener of an ad hoc meeting takes part without delegates: its request is
        // refused as naming no delegate of its own, after the rule let it past.
        let floor = decide_request_floor(a, meeting, 1, &head(a.party.as_str()));
        assert_eq!(
            may(a, |p| may_take_the_floor(p, meeting)),
            floor.is_ok() || convener && matches!(floor, Err(DomainError::Invalid(_))),
            "{a:?}"
        );
        let cancel = decide_cancel(a, meeting, "Postponed");
        assert_eq!(may(a, |p| may_cancel(p, meeting)), cancel.is_ok(), "{a:?}");
        let open = decide_open(a, meeting, document, Rule::Consensus, &|_| false, now);
        assert_eq!(
            may(a, |p| may_open_decision(p, meeting, document)),
            open.is_ok(),
            "{a:?}"
        );
        // Rules for the convener alone, whose commands refuse later for want of an object.
        for (rule, command) in [
            (
                may(a, |p| may_decide_amendments(p, document)),
                decide_amendment(a, document, 1, true).map(|_| ()),
            ),
            (
                may(a, |p| may_decide_registrations(p, meeting)),
                decide_registration(a, meeting, &p("MNG"), true, None).map(|_| ()),
            ),
            (
                may(a, |p| may_revise(p, meeting)),
                decide_revise(a, meeting, MeetingRevision::default()).map(|_| ()),
            ),
        ] {
            assert_eq!(rule, convener, "{a:?}");
            if !rule {
                assert!(matches!(command, Err(DomainError::Forbidden(_))), "{a:?}");
            }
        }
        // No decision is open yet: no one may take a position or close one.
        assert!(!may(a, |p| may_take_position(p, document, now)));
        assert!(!may(a, |p| may_close_decision(p, document, now)));
    }
    // Once a decision is open, its members take positions and the convener closes it.
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    let document = document_of(&d.state, 1).unwrap();
    let now = d.now();
    for a in &actors {
        // The convener of an ad hoc meeting takes part as a member.
        let member =
            ["KAZ", "KGZ", "TJK"].contains(&a.party.as_str()) && a.require_author(&a.party).is_ok();
        assert_eq!(
            may(a, |p| may_take_position(p, document, now)),
            member,
            "{a:?}"
        );
        let position = decide_position(a, document, Support, None, now);
        assert_eq!(position.is_ok(), member, "{a:?}");
    }
    assert!(may(&delegate("KAZ"), |p| may_close_decision(
        p, document, now
    )));
    assert!(!may(&delegate("KGZ"), |p| may_close_decision(
        p, document, now
    )));
}
