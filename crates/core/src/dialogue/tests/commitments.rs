//! Commitments and implementation reports.

use super::*;

#[test]
fn commitments_are_marked_only_on_adopted_documents() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let m = conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    assert!(m.contains("only an adopted document"), "{m}");
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    d.take("KGZ", 1, Object).unwrap();
    conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    d.close("KAZ", 1).unwrap();
    conflict(d.commit("KAZ", 1, 2, &["KGZ"]));
    d.amend(
        "KGZ",
        1,
        EditByNumber::Insert {
            after: 0,
            text: "Preamble.".into(),
        },
    )
    .unwrap();
    d.settle("KAZ", 1, 1, true).unwrap();
    d.adopt("KAZ", 1, &["KAZ", "KGZ"]);

    forbidden(d.commit("KGZ", 1, 3, &["KGZ"]));
    invalid(d.commit("KAZ", 1, 5, &["KGZ"]));
    d.commit("KAZ", 1, 3, &["KGZ"]).unwrap();
    let c = &d.doc(1).commitments[0];
    // Paragraph 3 of the adopted text is the draft's paragraph 2, by id.
    assert_eq!((c.number, c.paragraph), (1, 2));
    assert!(c.reports.is_empty());
}

#[test]
fn only_parties_that_joined_the_adoption_can_be_committed() {
    let mut d = adopted_with_an_opt_out();
    // Not the member that opted out, not the member that stood aside (standing aside does not
    // join a consensus, though it does not block it), not an observer, not the secretariat, not
    // nobody.
    for parties in [
        &["UZB"][..],
        &["KAZ", "UZB"][..],
        &["KGZ"][..],
        &["KAZ", "KGZ", "TJK"][..],
        &["TKM"][..],
        &[SCO][..],
        &[][..],
    ] {
        invalid(d.commit(SCO, 1, 2, parties));
    }
    let m = invalid(d.commit(SCO, 1, 2, &["KGZ"]));
    assert!(m.contains("KGZ did not join the adoption"), "{m}");
    assert!(d.doc(1).commitments.is_empty());
    d.commit(SCO, 1, 2, &["TJK", "KAZ", "TJK"]).unwrap();
    assert_eq!(ids(&d.doc(1).commitments[0].parties), vec!["KAZ", "TJK"]);

    // Under a vote, those that voted against did not join.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::SimpleMajority).unwrap();
    d.take("KAZ", 1, Yes).unwrap();
    d.take("KGZ", 1, Yes).unwrap();
    d.take("TJK", 1, No).unwrap();
    d.close("KAZ", 1).unwrap();
    let m = invalid(d.commit("KAZ", 1, 1, &["TJK"]));
    assert!(m.contains("TJK did not join the adoption"), "{m}");
    d.commit("KAZ", 1, 1, &["KAZ", "KGZ"]).unwrap();

    // Nor those that abstained, nor a member that took no position (absent).
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open("KAZ", 1, Rule::SimpleMajority).unwrap();
    d.take("KAZ", 1, Yes).unwrap();
    d.take("KGZ", 1, Abstain).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    let m = invalid(d.commit("KAZ", 1, 1, &["KGZ"]));
    assert!(m.contains("KGZ did not join the adoption"), "{m}");
    let m = invalid(d.commit("KAZ", 1, 1, &["UZB"]));
    assert!(m.contains("UZB did not join the adoption"), "{m}");
    d.commit("KAZ", 1, 1, &["KAZ"]).unwrap();

    // Under a silence procedure, keeping silent is consent: a member that took no position
    // joined; one that stood aside did not.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 1, Rule::Silence { deadline }).unwrap();
    d.take("TJK", 1, StandAside).unwrap();
    d.clock += 60;
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    invalid(d.commit("KAZ", 1, 1, &["TJK"]));
    d.commit("KAZ", 1, 1, &["KAZ", "KGZ"]).unwrap();

    // Under consensus minus one, the party concerned's objection does not block, but it did
    // not join either.
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.open(
        "KAZ",
        1,
        Rule::ConsensusMinusOne {
            party_concerned: p("TJK"),
        },
    )
    .unwrap();
    d.take("KAZ", 1, Support).unwrap();
    d.take("TJK", 1, Object).unwrap();
    d.close("KAZ", 1).unwrap();
    assert_eq!(d.doc(1).status, DocumentStatus::Adopted);
    invalid(d.commit("KAZ", 1, 1, &["TJK"]));
}

#[test]
fn only_committed_parties_report_and_each_report_is_their_own() {
    let mut d = adopted_with_an_opt_out();
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    for who in ["KGZ", "UZB", "TKM", SCO] {
        let m = forbidden(d.report(who, 1, 1, Implementation::Completed));
        assert!(m.contains("is not committed by commitment 1"), "{who}: {m}");
    }
    forbidden(d.report_as(&actor("KAZ", Role::Reader), 1, 1, Implementation::Completed));
    not_found(d.report("KAZ", 1, 2, Implementation::Completed));
    let too_much = d.act("KAZ", |a, s, _| {
        decide_report(
            a,
            document_of(s, 1)?,
            1,
            Implementation::InProgress,
            "Data portal online.",
            vec!["not a link".into()],
        )
    });
    invalid(too_much);
    let event = d.report("KAZ", 1, 1, Implementation::InProgress).unwrap();
    // The event names no party: the report is its author's.
    assert!(matches!(
        event,
        Event::Dialogue(DialogueEvent::Document(
            DocumentEvent::ImplementationReported { commitment: 1, .. }
        ))
    ));
    let reports = &d.doc(1).commitments[0].reports;
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].party, p("KAZ"));
    assert_eq!(reports[0].evidence, vec!["https://example.org/evidence"]);
    assert_eq!(reports[0].narrative, "KAZ reports in_progress.");
}

#[test]
fn the_latest_report_is_each_partys_current_status() {
    let mut d = adopted_with_an_opt_out();
    // Only KAZ and TJK joined the adoption (KGZ stood aside, UZB opted out).
    d.commit(SCO, 1, 2, &["KAZ", "TJK"]).unwrap();
    d.commit(SCO, 1, 3, &["KAZ", "TJK"]).unwrap();
    d.report("KAZ", 1, 1, Implementation::InProgress).unwrap();
    d.report("TJK", 1, 1, Implementation::Delayed).unwrap();
    d.report("KAZ", 1, 1, Implementation::Completed).unwrap();
    d.report("KAZ", 1, 2, Implementation::NotStarted).unwrap();
    let c = &d.doc(1).commitments[0];
    assert_eq!(c.reports.len(), 3);
    let latest = |party: &str| c.latest(&p(party)).map(|r| r.status);
    assert_eq!(latest("KAZ"), Some(Implementation::Completed));
    assert_eq!(latest("TJK"), Some(Implementation::Delayed));
    // Each commitment has its own reports: TJK has not reported on the second.
    let second = &d.doc(1).commitments[1];
    let latest = |party: &str| second.latest(&p(party)).map(|r| r.status);
    assert_eq!(latest("KAZ"), Some(Implementation::NotStarted));
    assert_eq!(latest("TJK"), None);
}
