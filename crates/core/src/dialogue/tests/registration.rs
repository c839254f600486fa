//! Registration and consent.

use super::*;

#[test]
fn an_invited_party_takes_part_only_by_its_own_registration() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Member), ("UZB", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    // An invitation is an offer: the invited party does not take part until it accepts.
    for party in ["KGZ", "TJK", "UZB"] {
        assert_eq!(d.status(party), Some(Registration::Invited));
        assert!(!d.meeting().takes_part(&p(party)));
    }
    // The convener cannot accept it for the party, and nobody else's registration counts.
    let m = conflict(d.answer("KAZ", "KGZ", true));
    assert!(m.contains("KGZ's registration is invited"), "{m}");
    d.register("TJK", None, false).unwrap();
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    // Only a role that may author records accepts for the party.
    forbidden(d.register_as(&actor("KGZ", Role::Reader), None, false));
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    forbidden(d.floor("KGZ", 1, &head("KGZ")));

    // The party's own registration accepts the invitation in the capacity offered.
    let at = d.now();
    d.register("KGZ", None, false).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(kgz.status, Registration::Approved);
    assert_eq!(kgz.attendance, Member);
    assert_eq!(kgz.delegates, delegation("KGZ"));
    assert_eq!(kgz.since, at);
    assert!(d.meeting().takes_part(&p("KGZ")));
    assert_eq!(d.status("TJK"), Some(Registration::Approved));
    d.register("UZB", Some(Observer), false).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));

    // Declining an invitation is withdrawing; coming back then waits for the convener.
    let mut d = Dialogue::new();
    d.convene("KAZ", convening(None, &invited)).unwrap();
    d.withdraw("TJK").unwrap();
    assert_eq!(d.status("TJK"), Some(Registration::Withdrawn));
    assert!(!d.meeting().takes_part(&p("TJK")));
    d.register("TJK", None, false).unwrap();
    assert_eq!(d.status("TJK"), Some(Registration::Requested));
    assert!(!d.meeting().takes_part(&p("TJK")));
    d.answer("KAZ", "TJK", true).unwrap();
    assert!(d.meeting().takes_part(&p("TJK")));
}

#[test]
fn a_non_member_cannot_register_as_a_member_of_a_mechanism_meeting() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    let m = forbidden(d.register("TKM", Some(Member), false));
    assert!(
        m.contains("TKM is not a member of sco on 2026-03-02"),
        "{m}"
    );
    assert!(m.contains("may register as an observer"), "{m}");
    assert!(d.meeting().participant(&p("TKM")).is_none());
    // Unset, a non-member's capacity is observer; it asks, and waits for the convener.
    d.register("TKM", None, false).unwrap();
    let tkm = d.meeting().participant(&p("TKM")).unwrap();
    assert_eq!(
        (tkm.attendance, tkm.status),
        (Observer, Registration::Requested)
    );
    // Asking to become a member later is refused the same way.
    forbidden(d.register("TKM", Some(Member), false));
    assert_eq!(
        d.meeting().participant(&p("TKM")).unwrap().attendance,
        Observer
    );
    d.answer(SCO, "TKM", true).unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Approved));

    // A member of the mechanism may register as a member without being invited.
    d.register("KGZ", Some(Member), true).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Member, Registration::Requested)
    );
}

#[test]
fn registrations_that_were_not_invited_wait_for_the_convener() {
    let mut d = Dialogue::new();
    let invited = [("KGZ", Member), ("TJK", Observer)];
    d.convene("KAZ", convening(None, &invited)).unwrap();
    // A state that was not invited asks to observe.
    d.register("UZB", None, false).unwrap();
    let uzb = d.meeting().participant(&p("UZB")).unwrap();
    assert_eq!(
        (uzb.attendance, uzb.status),
        (Observer, Registration::Requested)
    );
    assert_eq!(uzb.delegates, delegation("UZB"));
    assert!(!d.meeting().takes_part(&p("UZB")));
    // It cannot make itself a member of an ad hoc meeting, nor can a party invited to observe.
    let m = forbidden(d.register("TKM", Some(Member), false));
    assert!(m.contains("was not invited as a member"), "{m}");
    forbidden(d.register("TJK", Some(Member), false));
    assert_eq!(d.status("TJK"), Some(Registration::Invited));
    // A state is a member or an observer, never a guest; an organisation asks as a guest.
    let m = invalid(d.register("TKM", Some(Guest), false));
    assert!(m.contains("is a state or organisation"), "{m}");
    d.register(SCO, None, false).unwrap();
    let sco = d.meeting().participant(&p(SCO)).unwrap();
    assert_eq!(
        (sco.attendance, sco.status),
        (Guest, Registration::Requested)
    );
    // An invited party asking in another capacity than the one offered waits too.
    d.register("KGZ", Some(Observer), false).unwrap();
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Observer, Registration::Requested)
    );
    assert!(!d.meeting().takes_part(&p("KGZ")));

    d.answer("KAZ", "UZB", true).unwrap();
    d.answer("KAZ", SCO, false).unwrap();
    d.answer("KAZ", "KGZ", true).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));
    assert_eq!(d.status(SCO), Some(Registration::Declined));
    let kgz = d.meeting().participant(&p("KGZ")).unwrap();
    assert_eq!(
        (kgz.attendance, kgz.status),
        (Observer, Registration::Approved)
    );
    assert_eq!(kgz.note.as_deref(), Some("noted"));
    assert!(d.meeting().takes_part(&p("UZB")));
    assert!(!d.meeting().takes_part(&p(SCO)));
}

#[test]
fn only_the_convener_approves_or_declines_registrations() {
    let mut d = ad_hoc(&["KGZ"], &["TJK"]);
    d.register("UZB", None, false).unwrap();
    d.register("TKM", None, false).unwrap();
    for who in ["KGZ", "TJK", "UZB", "MNG"] {
        let m = forbidden(d.answer(who, "UZB", true));
        assert!(m.contains("only the convener, KAZ"), "{who}: {m}");
    }
    forbidden(d.answer_as(&actor("KAZ", Role::Reader), "UZB", true));
    assert_eq!(d.status("UZB"), Some(Registration::Requested));

    d.answer("KAZ", "UZB", true).unwrap();
    d.answer("KAZ", "TKM", false).unwrap();
    assert_eq!(d.status("UZB"), Some(Registration::Approved));
    assert_eq!(d.status("TKM"), Some(Registration::Declined));
    // A registration is answered once; a party that did not register has none to answer.
    conflict(d.answer("KAZ", "UZB", false));
    conflict(d.answer("KAZ", "TKM", true));
    conflict(d.answer("KAZ", "KGZ", false));
    not_found(d.answer("KAZ", "MNG", true));
    assert_eq!(d.status("UZB"), Some(Registration::Approved));

    // In a mechanism's meeting the mechanism answers, through its secretariat; a member does not.
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    d.register("TKM", None, false).unwrap();
    forbidden(d.answer("KAZ", "TKM", true));
    d.answer_as(&actor(SCO, Role::Secretariat), "TKM", true)
        .unwrap();
    assert_eq!(d.status("TKM"), Some(Registration::Approved));
}

#[test]
fn withdrawn_participants_leave_the_list_of_speakers() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("KGZ", 1, &head("KGZ")).unwrap();
    d.floor("TJK", 1, &head("TJK")).unwrap();
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.withdraw("KGZ").unwrap();
    assert_eq!(d.status("KGZ"), Some(Registration::Withdrawn));
    let speakers = |d: &Dialogue, item: usize| -> Vec<String> {
        d.meeting().agenda[item]
            .speakers
            .iter()
            .map(|s| s.party.to_string())
            .collect()
    };
    assert_eq!(speakers(&d, 0), vec!["TJK"]);
    assert!(speakers(&d, 1).is_empty());
    // Withdrawn, it no longer asks for the floor, and it has nothing left to withdraw.
    forbidden(d.floor("KGZ", 1, &head("KGZ")));
    conflict(d.withdraw("KGZ"));
    // The convener of an ad hoc meeting cancels it rather than withdrawing.
    let m = invalid(d.withdraw("KAZ"));
    assert!(m.contains("cancels it rather than withdrawing"), "{m}");
    // A party that never registered has nothing to withdraw.
    conflict(d.withdraw("MNG"));
}

#[test]
fn the_secretariat_does_not_register_in_its_own_meeting() {
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    for attendance in [None, Some(Member), Some(Observer), Some(Guest)] {
        let m = invalid(d.register(SCO, attendance, true));
        assert!(m.contains("serves it as secretariat"), "{m}");
    }
    assert!(d.meeting().participant(&p(SCO)).is_none());
    // It still chairs: it answers registrations and attaches documents.
    d.register("TKM", None, false).unwrap();
    d.answer(SCO, "TKM", true).unwrap();
    d.attach(SCO, 1, "https://example.org/agenda").unwrap();

    // The convener of an ad hoc meeting takes part, and registers its delegation.
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.register("KAZ", None, false).unwrap();
    let kaz = d.meeting().participant(&p("KAZ")).unwrap();
    assert_eq!(
        (kaz.attendance, kaz.status),
        (Member, Registration::Approved)
    );
    assert_eq!(kaz.delegates, delegation("KAZ"));
}

#[test]
fn a_cancelled_meeting_refuses_registrations() {
    let mut d = Dialogue::new();
    d.convene("KAZ", convening(None, &[("KGZ", Member), ("TJK", Member)]))
        .unwrap();
    d.register("TJK", None, false).unwrap();
    d.register("UZB", None, false).unwrap();
    // Only the convener cancels, and gives a reason.
    let m = forbidden(d.cancel("TJK", "Postponed."));
    assert!(
        m.contains("only the convener, KAZ, may cancel the meeting"),
        "{m}"
    );
    invalid(d.cancel("KAZ", "  "));
    assert_eq!(d.meeting().cancelled, None);
    d.cancel("KAZ", "Postponed to the autumn.").unwrap();
    assert_eq!(
        d.meeting().cancelled.as_deref(),
        Some("Postponed to the autumn.")
    );

    for (who, attendance) in [("KGZ", None), ("MNG", None), ("TJK", Some(Member))] {
        let m = conflict(d.register(who, attendance, false));
        assert!(
            m.contains("the meeting was cancelled (Postponed"),
            "{who}: {m}"
        );
    }
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    assert!(d.meeting().participant(&p("MNG")).is_none());
    conflict(d.answer("KAZ", "UZB", true));
    assert_eq!(d.status("UZB"), Some(Registration::Requested));
    conflict(d.withdraw("TJK"));
    conflict(d.floor("TJK", 1, &head("TJK")));
    conflict(d.attach("KAZ", 1, "https://example.org/paper"));
    conflict(d.cancel("KAZ", "Again."));
}
