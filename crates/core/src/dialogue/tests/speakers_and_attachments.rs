//! Lists of speakers and attached documents.

use super::*;

#[test]
fn only_approved_participants_ask_for_the_floor() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.register("UZB", None, false).unwrap();
    d.register("TKM", None, false).unwrap();
    d.answer("KAZ", "TKM", false).unwrap();
    // Invited, requested, declined or a stranger: not a participant.
    for who in ["KGZ", "UZB", "TKM", "MNG"] {
        let m = forbidden(d.floor(who, 1, &head(who)));
        assert!(m.contains("is not an approved participant"), "{who}: {m}");
    }
    assert!(d.meeting().agenda.iter().all(|i| i.speakers.is_empty()));

    d.register("KGZ", None, false).unwrap();
    d.register("TJK", None, false).unwrap();
    d.answer("KAZ", "UZB", true).unwrap();
    // Members and observers alike speak, each for one of its delegates.
    for who in ["KGZ", "TJK", "UZB"] {
        d.floor(who, 1, &head(who)).unwrap();
    }
    forbidden(d.act_as(&actor("KGZ", Role::Reader), |a, s, _| {
        decide_request_floor(a, meeting_of(s), 2, &head("KGZ"))
    }));
    not_found(d.floor("KGZ", 3, &head("KGZ")));
    assert_eq!(d.meeting().agenda[0].speakers.len(), 3);
    assert!(d.meeting().agenda[1].speakers.is_empty());
}

#[test]
fn the_speaker_must_be_one_of_the_partys_delegates() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    for speaker in [head("TJK"), "Someone else".to_owned(), String::new()] {
        let m = invalid(d.floor("KGZ", 1, &speaker));
        assert!(m.contains("is not a delegate of KGZ"), "{speaker:?}: {m}");
    }
    // The convener of an ad hoc meeting has named no delegates until it registers them.
    invalid(d.floor("KAZ", 1, &head("KAZ")));
    assert!(d.meeting().agenda[0].speakers.is_empty());

    d.floor("KGZ", 1, "  Adviser of KGZ ").unwrap();
    d.register("KAZ", None, false).unwrap();
    d.floor("KAZ", 1, &head("KAZ")).unwrap();
    let speakers = &d.meeting().agenda[0].speakers;
    assert_eq!(speakers[0].party, p("KGZ"));
    assert_eq!(speakers[0].delegate, "Adviser of KGZ");
    assert_eq!(speakers[1].delegate, head("KAZ"));
}

#[test]
fn a_party_is_on_an_items_list_of_speakers_once() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("KGZ", 1, &head("KGZ")).unwrap();
    // Not again, not even for another of its delegates.
    let m = conflict(d.floor("KGZ", 1, "Adviser of KGZ"));
    assert!(
        m.contains("already on the list of speakers for item 1"),
        "{m}"
    );
    // Each item has its own list.
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.floor("TJK", 1, &head("TJK")).unwrap();
    assert_eq!(d.meeting().agenda[0].speakers.len(), 2);

    // Leaving the list lets it ask again, at the end of the list.
    d.unfloor("KGZ", 1).unwrap();
    conflict(d.unfloor("KGZ", 1));
    conflict(d.unfloor("UZB", 1));
    assert_eq!(d.meeting().agenda[1].speakers.len(), 1);
    d.floor("KGZ", 1, "Adviser of KGZ").unwrap();
    let speakers: Vec<(&str, &str)> = d.meeting().agenda[0]
        .speakers
        .iter()
        .map(|s| (s.party.as_str(), s.delegate.as_str()))
        .collect();
    assert_eq!(
        speakers,
        vec![("TJK", head("TJK").as_str()), ("KGZ", "Adviser of KGZ")]
    );
}

#[test]
fn speakers_are_listed_in_the_order_they_asked() {
    let mut d = ad_hoc(&["KGZ", "TJK", "UZB"], &["TKM"]);
    let mut times = Vec::new();
    for who in ["UZB", "TKM", "KGZ", "TJK"] {
        times.push(d.now());
        d.floor(who, 2, &head(who)).unwrap();
    }
    let speakers = &d.meeting().agenda[1].speakers;
    let order: Vec<&str> = speakers.iter().map(|s| s.party.as_str()).collect();
    // The order of asking, not of names, capacities or invitations.
    assert_eq!(order, vec!["UZB", "TKM", "KGZ", "TJK"]);
    let at: Vec<Timestamp> = speakers.iter().map(|s| s.at).collect();
    assert_eq!(at, times);
}

#[test]
fn only_the_convener_and_participants_attach_documents() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    d.register("TKM", None, false).unwrap();
    for who in ["TKM", "UZB"] {
        let m = forbidden(d.attach(who, 1, "https://example.org/paper"));
        assert!(m.contains("neither convenes nor takes part"), "{who}: {m}");
    }
    d.answer(SCO, "TKM", true).unwrap();
    // The convener (not a participant) and approved participants in any capacity attach.
    d.attach(SCO, 1, "https://example.org/agenda").unwrap();
    d.attach("KAZ", 1, " https://example.org/kaz ").unwrap();
    d.attach("TKM", 2, "https://example.org/tkm").unwrap();
    invalid(d.attach("KAZ", 1, "example.org/paper"));
    not_found(d.attach("KAZ", 3, "https://example.org/paper"));
    forbidden(d.act_as(&actor("KAZ", Role::Reader), |a, s, _| {
        decide_attach(a, meeting_of(s), 1, "Paper", "https://example.org/paper")
    }));
    let attached = |item: usize| -> Vec<(String, String)> {
        d.meeting().agenda[item]
            .documents
            .iter()
            .map(|x| (x.by.to_string(), x.url.clone()))
            .collect()
    };
    assert_eq!(
        attached(0),
        vec![
            (SCO.to_owned(), "https://example.org/agenda".to_owned()),
            ("KAZ".to_owned(), "https://example.org/kaz".to_owned()),
        ]
    );
    assert_eq!(
        attached(1),
        vec![("TKM".to_owned(), "https://example.org/tkm".to_owned())]
    );
}
