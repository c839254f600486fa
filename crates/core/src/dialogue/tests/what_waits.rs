//! What waits for a party.

use super::*;

#[test]
fn what_waits_for_a_party_is_only_what_it_alone_can_do() {
    use crate::dialogue::awaiting::awaiting;
    let today = date(2026, 3, 1);
    let waits = |d: &Dialogue, party: &str| {
        let meetings: Vec<Meeting> = d.state.meetings.values().cloned().collect();
        let documents: Vec<OutcomeDocument> = d.state.documents.values().cloned().collect();
        awaiting(&p(party), &meetings, &documents, today, d.now())
    };
    let mut d = Dialogue::new();
    d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("TJK", Member), ("UZB", Observer)]),
    )
    .unwrap();
    // Each invited party, and only it, has an invitation to answer.
    for party in ["KGZ", "TJK", "UZB"] {
        assert_eq!(waits(&d, party).invitations.len(), 1, "{party}");
    }
    assert!(waits(&d, "KAZ").is_empty());
    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    assert!(waits(&d, "KGZ").invitations.is_empty(), "answered");
    // A party that was not invited asks to take part: the convener, and only it, decides.
    d.register("MNG", Some(Observer), false).unwrap();
    let kaz = waits(&d, "KAZ");
    assert_eq!(kaz.registrations.len(), 1);
    assert_eq!(kaz.registrations[0].party.as_str(), "MNG");
    assert!(
        waits(&d, "MNG").is_empty(),
        "it waits for the convener, not itself"
    );
    d.answer("KAZ", "MNG", true).unwrap();
    assert!(waits(&d, "KAZ").registrations.is_empty());
    // Nor does an invitation wait once the meeting is over.
    let later = {
        let meetings: Vec<Meeting> = d.state.meetings.values().cloned().collect();
        awaiting(&p("UZB"), &meetings, &[], date(2026, 3, 4), d.now())
    };
    assert!(later.invitations.is_empty());

    // The convener chairs: amendments to decide.
    d.draft("KAZ", 1, &PARAS).unwrap();
    d.amend(
        "KGZ",
        1,
        EditByNumber::Replace {
            paragraph: 1,
            text: "Another first paragraph.".into(),
        },
    )
    .unwrap();
    let kaz = waits(&d, "KAZ");
    assert_eq!(kaz.amendments.len(), 1);
    assert_eq!(
        (kaz.amendments[0].number, kaz.amendments[0].by.as_str()),
        (1, "KGZ")
    );
    assert!(
        waits(&d, "KGZ").amendments.is_empty(),
        "only the chair decides"
    );
    d.settle("KAZ", 1, 1, true).unwrap();
    assert!(waits(&d, "KAZ").amendments.is_empty());

    // Members owe their own position on an open decision; a position taken is off the list.
    d.open("KAZ", 1, Rule::Consensus).unwrap();
    assert_eq!(waits(&d, "KGZ").positions.len(), 1);
    assert_eq!(
        waits(&d, "KGZ").positions[0].silence_until,
        None,
        "no deadline"
    );
    assert!(
        waits(&d, "UZB").positions.is_empty(),
        "an observer decides nothing"
    );
    d.take("KGZ", 1, Support).unwrap();
    assert!(waits(&d, "KGZ").positions.is_empty());
    d.take("TJK", 1, Support).unwrap();
    d.take("KAZ", 1, Support).unwrap();
    d.close("KAZ", 1).unwrap();
    assert!(waits(&d, "KGZ").positions.is_empty(), "closed");

    // Commitments wait for their parties until reported completed.
    d.commit("KAZ", 1, 2, &["KGZ", "TJK"]).unwrap();
    assert_eq!(waits(&d, "KGZ").commitments.len(), 1);
    assert!(
        waits(&d, "KAZ").commitments.is_empty(),
        "KAZ is not committed"
    );
    d.report("KGZ", 1, 1, Implementation::InProgress).unwrap();
    assert_eq!(
        waits(&d, "KGZ").commitments.len(),
        1,
        "in progress still waits"
    );
    d.report("KGZ", 1, 1, Implementation::Completed).unwrap();
    assert!(waits(&d, "KGZ").commitments.is_empty());
    assert_eq!(waits(&d, "TJK").commitments.len(), 1);

    // A silence procedure: members see its deadline; once it passes, the chair closes it.
    d.draft("KAZ", 2, &PARAS).unwrap();
    let deadline = t(d.clock + 60);
    d.open("KAZ", 2, Rule::Silence { deadline }).unwrap();
    assert_eq!(waits(&d, "TJK").positions[0].silence_until, Some(deadline));
    assert!(waits(&d, "KAZ").to_close.is_empty(), "still running");
    d.clock += 60;
    assert!(
        waits(&d, "TJK").positions.is_empty(),
        "too late to break silence"
    );
    assert_eq!(waits(&d, "KAZ").to_close.len(), 1);
    assert!(
        waits(&d, "KGZ").to_close.is_empty(),
        "only the chair closes"
    );
}
