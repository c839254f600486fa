//! Declaring rules and convening meetings.

use super::*;

#[test]
fn declaring_rules_is_for_the_mechanism_alone() {
    let mut d = Dialogue::new();
    use RuleKind::{Consensus, ConsensusMinusX, SimpleMajority};
    let m = forbidden(d.declare("KAZ", SCO, Consensus, &[Consensus], "GSI/SCO"));
    assert!(m.contains("cannot act for sco"), "{m}");
    let m = invalid(d.declare("KAZ", "KAZ", Consensus, &[Consensus], "GSI/KAZ"));
    assert!(m.contains("is a state"), "{m}");
    invalid(d.declare(SCO, SCO, SimpleMajority, &[Consensus], "GSI/SCO"));
    invalid(d.declare(SCO, SCO, Consensus, &[], "GSI/SCO"));
    invalid(d.declare(SCO, SCO, Consensus, &[Consensus], "gsi/sco"));
    assert!(d.state.rules.is_empty());
    let at = d.now();
    d.declare(
        SCO,
        SCO,
        Consensus,
        &[ConsensusMinusX, Consensus, ConsensusMinusX],
        " GSI/SCO ",
    )
    .unwrap();
    let rules = &d.state.rules[&p(SCO)];
    assert_eq!(rules.allowed, vec![Consensus, ConsensusMinusX]);
    assert_eq!(rules.series, "GSI/SCO");
    assert_eq!(rules.declared_at, Some(at));
}

#[test]
fn a_mechanism_meeting_is_convened_only_by_the_mechanism() {
    let mut d = Dialogue::new();
    let command = convening(Some(SCO), &[("KAZ", Member), ("KGZ", Member)]);
    let m = forbidden(d.convene("KAZ", command.clone()));
    assert!(m.contains("cannot act for sco"), "{m}");
    forbidden(d.convene_as(&actor(SCO, Role::Reader), command.clone()));
    assert!(d.state.meetings.is_empty());

    d.convene_as(&actor(SCO, Role::Secretariat), command.clone())
        .unwrap();
    let m = d.meeting();
    assert_eq!(m.convener, p(SCO));
    assert_eq!(m.mechanism, Some(p(SCO)));
    // The secretariat serves the meeting; it is not one of its participants.
    assert!(m.participant(&p(SCO)).is_none());
    assert!(
        m.participants
            .iter()
            .all(|x| x.status == Registration::Invited)
    );
    assert_eq!(m.agenda.len(), 2);
    assert_eq!(m.agenda[1].number, 2);
    conflict(d.convene(SCO, command));
}

#[test]
fn an_ad_hoc_meeting_needs_at_least_one_invited_member() {
    let mut d = Dialogue::new();
    for invited in [&[][..], &[("KGZ", Observer), ("TJK", Observer)][..]] {
        let m = invalid(d.convene("KAZ", convening(None, invited)));
        assert!(m.contains("invite at least one as a member"), "{m}");
    }
    // Inviting itself, inviting twice or inviting an unknown party does not count either.
    invalid(d.convene("KAZ", convening(None, &[("KAZ", Member)])));
    invalid(d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("KGZ", Observer)]),
    ));
    not_found(d.convene("KAZ", convening(None, &[("AFG", Member)])));
    assert!(d.state.meetings.is_empty());

    d.convene(
        "KAZ",
        convening(None, &[("KGZ", Member), ("TJK", Observer)]),
    )
    .unwrap();
    let m = d.meeting();
    assert_eq!((m.convener.as_str(), m.mechanism.as_ref()), ("KAZ", None));
    // The convening party takes part by convening; the others are only offered a seat.
    assert_eq!(d.status("KAZ"), Some(Registration::Approved));
    assert_eq!(d.status("KGZ"), Some(Registration::Invited));
    assert_eq!(d.status("TJK"), Some(Registration::Invited));
    assert_eq!(m.rule, RuleKind::Consensus);
    assert_eq!(m.allowed_rules, RuleKind::ALL.to_vec());
    assert_eq!(m.series, "GSI/KAZ");
}

#[test]
fn a_rule_the_mechanism_does_not_allow_is_refused() {
    use RuleKind::{Consensus, ConsensusMinusX, SimpleMajority};
    let mut d = Dialogue::new();
    d.declare(
        SCO,
        SCO,
        Consensus,
        &[ConsensusMinusX, Consensus],
        "GSI/SCO",
    )
    .unwrap();
    let mut command = convening(Some(SCO), &[("KAZ", Member)]);
    command.rule = Some(SimpleMajority);
    let m = invalid(d.convene(SCO, command.clone()));
    assert!(m.contains("does not allow the rule simple_majority"), "{m}");

    command.rule = Some(ConsensusMinusX);
    d.convene(SCO, command).unwrap();
    let m = d.meeting();
    assert_eq!(m.rule, ConsensusMinusX);
    assert_eq!(m.allowed_rules, vec![Consensus, ConsensusMinusX]);
    assert_eq!(m.series, "GSI/SCO");

    // A decision under a rule the mechanism does not allow is refused as well.
    d.register("KAZ", None, true).unwrap();
    d.draft(SCO, 1, &PARAS).unwrap();
    let m = invalid(d.open(SCO, 1, Rule::SimpleMajority));
    assert!(m.contains("does not allow simple majority"), "{m}");
    d.open(SCO, 1, Rule::ConsensusMinusX).unwrap();
}

#[test]
fn an_undeclared_mechanism_defaults_to_consensus() {
    let mut d = Dialogue::new();
    let undeclared = MechanismRules::undeclared(&p(SCO));
    assert_eq!(undeclared.default, RuleKind::Consensus);
    assert_eq!(
        undeclared.allowed,
        vec![RuleKind::Consensus, RuleKind::Silence]
    );
    // Until it declares, the mechanism's meetings allow consensus or the silence procedure only
    // and number their documents in a series named after it.
    let mut command = convening(Some(SCO), &[("KAZ", Member)]);
    command.rule = Some(RuleKind::SimpleMajority);
    let m = invalid(d.convene(SCO, command.clone()));
    assert!(m.contains("does not allow the rule simple_majority"), "{m}");
    command.rule = None;
    d.convene(SCO, command).unwrap();
    let m = d.meeting();
    assert_eq!(m.rule, RuleKind::Consensus);
    assert_eq!(m.allowed_rules, undeclared.allowed);
    assert_eq!(m.series, "SCO");
}

#[test]
fn a_meeting_cannot_close_before_it_opens() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.closes = date(2026, 3, 1);
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("before it opens"), "{m}");
    // A one-day meeting opens and closes on the same day.
    command.closes = command.opens;
    d.convene("KAZ", command).unwrap();
}

#[test]
fn a_meeting_needs_a_place_or_an_online_address() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    for place in [None, Some("   ".to_owned())] {
        command.place = place;
        let m = invalid(d.convene("KAZ", command.clone()));
        assert!(m.contains("needs a place, an online address"), "{m}");
    }
    command.online = Some("meet.example.org/gsi".into());
    invalid(d.convene("KAZ", command.clone()));
    command.online = Some("https://meet.example.org/gsi".into());
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().place, None);
    assert_eq!(
        d.meeting().online.as_deref(),
        Some("https://meet.example.org/gsi")
    );
}

#[test]
fn a_working_language_is_listed_once() {
    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.languages = vec!["e1".into()];
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("is not a language code"), "{m}");
    command.languages = vec![" ".into()];
    invalid(d.convene("KAZ", command.clone()));
    command.languages = vec![];
    let m = invalid(d.convene("KAZ", command.clone()));
    assert!(m.contains("at least one language"), "{m}");
    // Codes are trimmed and lowercased, and a code given again (even apart, even in capitals) is
    // listed once, where it first appeared.
    command.languages = vec!["en".into(), "ru".into(), "EN".into()];
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().languages, vec!["en", "ru"]);

    let mut d = Dialogue::new();
    let mut command = convening(None, &[("KGZ", Member)]);
    command.languages = vec![
        " ZH ".into(),
        "ru".into(),
        "zh".into(),
        "RU".into(),
        "en".into(),
    ];
    d.convene("KAZ", command).unwrap();
    assert_eq!(d.meeting().languages, vec!["zh", "ru", "en"]);
}

#[test]
fn a_convening_gathers_every_refusal_of_its_fields_and_decide_gives_the_first() {
    let mut bad = convening(
        None,
        &[("KAZ", Attendance::Member), ("ATL", Attendance::Observer)],
    );
    bad.title = String::new();
    bad.closes = date(2026, 3, 1);
    bad.place = None;
    bad.languages = vec!["english".into()];
    bad.agenda[1].title = " ".into();
    let exists = |x: &PartyId| x.as_str() != "ATL";
    let ids = super::super::meetings::checked_convening(bad.clone(), &p("KAZ"), None, &exists)
        .unwrap_err()
        .ids();
    assert_eq!(
        ids,
        [
            "text-empty",
            "dialogue-closes-before-opens",
            "dialogue-no-place",
            "dialogue-not-a-language",
            "text-empty",
            "dialogue-convener-invites-itself",
            "party-not-registered",
        ]
    );
    let first =
        decide_convene(&actor("KAZ", Role::Delegate), bad, false, None, &exists).unwrap_err();
    assert_eq!(first.refusal().id(), "text-empty");
}
