use proptest::prelude::*;

use super::*;
use crate::Role;

use Position::{Abstain, No, Object, OptOut, StandAside, Support, Yes};

fn p(s: &str) -> PartyId {
    PartyId::parse(s).unwrap()
}

fn t(ms: i64) -> Timestamp {
    Timestamp::from_millis(1_800_000_000_000 + ms)
}

fn actor(party: &str, role: Role) -> Actor {
    Actor {
        user: format!("user-of-{party}"),
        party: p(party),
        roles: vec![role],
    }
}

fn members(ids: &[&str]) -> Vec<Member> {
    ids.iter()
        .map(|id| Member {
            party: p(id),
            permanent: false,
        })
        .collect()
}

/// A body of `ids`, all present except `absent`, with the given positions.
fn ballot(ids: &[&str], absent: &[&str], positions: &[(&str, Position)]) -> Ballot {
    Ballot {
        members: members(ids),
        present: ids
            .iter()
            .filter(|id| !absent.contains(id))
            .map(|id| p(id))
            .collect(),
        positions: positions
            .iter()
            .map(|(id, pos)| (p(id), (*pos, None, t(0))))
            .collect(),
        quorum: None,
    }
}

fn ids(list: &[PartyId]) -> Vec<&str> {
    list.iter().map(PartyId::as_str).collect()
}

fn invalid(r: Result<Outcome, DomainError>) -> String {
    match r {
        Err(DomainError::Invalid(m)) => m.to_string(),
        other => panic!("expected an invalid ballot, got {other:?}"),
    }
}

const ASEAN: [&str; 11] = [
    "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM",
];

// ---------------------------------------------------------------- consensus

#[test]
fn a_rule_takes_exactly_the_parameters_it_needs() {
    let with = |deadline: Option<i64>, concerned: Option<&str>, chapter_vi: Option<&[&str]>| {
        RuleParameters {
            deadline: deadline.map(t),
            party_concerned: concerned.map(p),
            chapter_vi_parties: chapter_vi.map(|ids| ids.iter().map(|i| p(i)).collect()),
        }
    };
    assert_eq!(
        Rule::from_kind(RuleKind::Silence, with(Some(5), None, None)),
        Ok(Rule::Silence { deadline: t(5) })
    );
    assert_eq!(
        Rule::from_kind(RuleKind::ConsensusMinusOne, with(None, Some("AZE"), None)),
        Ok(Rule::ConsensusMinusOne {
            party_concerned: p("AZE")
        })
    );
    assert_eq!(
        Rule::from_kind(RuleKind::SecurityCouncil, RuleParameters::default()),
        Ok(Rule::SecurityCouncil {
            chapter_vi_parties: Vec::new()
        })
    );
    for kind in RuleKind::ALL {
        let built = Rule::from_kind(kind, with(Some(5), Some("AZE"), Some(&["ARM"])));
        assert!(
            built.is_err(),
            "{kind:?} refuses parameters it does not take"
        );
        if !matches!(kind, RuleKind::Silence | RuleKind::ConsensusMinusOne) {
            assert_eq!(
                Rule::from_kind(kind, RuleParameters::default()).map(|r| r.kind()),
                Ok(kind)
            );
        }
    }
    let missing = Rule::from_kind(RuleKind::Silence, RuleParameters::default()).unwrap_err();
    assert!(
        missing.to_string().contains("needs a deadline"),
        "{missing}"
    );
    let unused = Rule::from_kind(RuleKind::Consensus, with(Some(5), None, None)).unwrap_err();
    assert!(
        unused.to_string().contains("deadline does not apply"),
        "{unused}"
    );
}

#[test]
fn consensus_is_adopted_when_every_member_present_supports() {
    let b = ballot(
        &["KAZ", "KGZ", "TJK"],
        &[],
        &[("KAZ", Support), ("KGZ", Support), ("TJK", Support)],
    );
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(o.adopted && !o.pending, "{o:?}");
    assert_eq!(o.reason.to_string(), "Adopted: no member present objected.");
    assert_eq!(o.tally.support, 3);
}

#[test]
fn one_formal_objection_blocks_consensus() {
    let b = ballot(
        &["KAZ", "KGZ", "TJK"],
        &[],
        &[("KAZ", Support), ("KGZ", Object), ("TJK", Support)],
    );
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: formal objection by KGZ."
    );
    assert_eq!(o.tally.object, 1);
}

#[test]
fn standing_aside_does_not_block_consensus() {
    let b = ballot(
        &["KAZ", "KGZ", "TJK"],
        &[],
        &[("KAZ", Support), ("KGZ", StandAside), ("TJK", StandAside)],
    );
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!((o.tally.support, o.tally.stand_aside), (1, 2));
}

#[test]
fn absent_members_do_not_block_consensus_and_cannot_take_positions() {
    let b = ballot(&["KAZ", "KGZ", "TJK"], &["TJK"], &[("KAZ", Support)]);
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!(o.tally.not_voting, 2);
    // An absent member's objection is not counted: it cannot even be cast.
    let mut absent_objects = b.clone();
    absent_objects
        .positions
        .insert(p("TJK"), (Object, None, t(0)));
    assert!(
        invalid(decide(&Rule::Consensus, &absent_objects, t(1))).contains("TJK is not present")
    );
}

#[test]
fn consensus_needs_at_least_one_member_present() {
    let b = ballot(&["KAZ", "KGZ"], &["KAZ", "KGZ"], &[]);
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert_eq!(o.reason.to_string(), "Not adopted: no member was present.");
}

#[test]
fn comfort_levels_are_recorded_in_the_outcome_and_tally() {
    let mut b = ballot(&["KAZ", "KGZ", "TJK", "UZB"], &[], &[]);
    b.positions
        .insert(p("KAZ"), (Support, Some(Comfort::Support), t(0)));
    b.positions
        .insert(p("KGZ"), (Support, Some(Comfort::CanLiveWithIt), t(0)));
    b.positions
        .insert(p("TJK"), (StandAside, Some(Comfort::Reservations), t(0)));
    b.positions.insert(p("UZB"), (Support, None, t(0)));
    let o = decide(&Rule::Consensus, &b, t(1)).unwrap();
    assert!(o.adopted);
    assert_eq!(o.comfort.len(), 3);
    assert_eq!(o.comfort[&p("KGZ")], Comfort::CanLiveWithIt);
    assert_eq!(o.comfort[&p("TJK")], Comfort::Reservations);
    assert_eq!(
        (
            o.tally.comfort_support,
            o.tally.comfort_can_live_with_it,
            o.tally.comfort_reservations
        ),
        (1, 1, 1)
    );
    // A comfort level goes with going along, not with an objection.
    let mut objecting = b.clone();
    objecting
        .positions
        .insert(p("UZB"), (Object, Some(Comfort::Reservations), t(0)));
    assert!(invalid(decide(&Rule::Consensus, &objecting, t(1))).contains("comfort level"));
}

// ---------------------------------------------------------------- ASEAN minus X

#[test]
fn asean_minus_x_an_opt_out_does_not_block_where_an_objection_would() {
    let fourth = ASEAN[3];
    let supports: Vec<(&str, Position)> = ASEAN
        .iter()
        .filter(|m| **m != fourth)
        .map(|m| (*m, Support))
        .collect();

    let mut objecting = supports.clone();
    objecting.push((fourth, Object));
    let o = decide(&Rule::Consensus, &ballot(&ASEAN, &[], &objecting), t(1)).unwrap();
    assert!(!o.adopted);
    assert!(o.reason.to_string().contains(fourth), "{}", o.reason);

    let mut opting_out = supports.clone();
    opting_out.push((fourth, OptOut));
    let b = ballot(&ASEAN, &[], &opting_out);
    // Opting out is not a position under plain consensus…
    assert!(invalid(decide(&Rule::Consensus, &b, t(1))).contains("does not fit consensus"));
    // …but under consensus minus X it does not block, and the lists say who is in and out.
    let o = decide(&Rule::ConsensusMinusX, &b, t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!(ids(&o.out), [fourth]);
    let mut expected_in: Vec<&str> = ASEAN.iter().copied().filter(|m| *m != fourth).collect();
    expected_in.sort();
    assert_eq!(ids(&o.in_), expected_in);
    assert_eq!(o.tally.opt_out, 1);
    assert!(
        o.reason.to_string().contains("10 in, 1 opted out (LAO)"),
        "{}",
        o.reason
    );
}

#[test]
fn an_objection_still_blocks_under_consensus_minus_x() {
    let b = ballot(
        &ASEAN,
        &[],
        &[("BRN", OptOut), ("KHM", Object), ("IDN", Support)],
    );
    let o = decide(&Rule::ConsensusMinusX, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: formal objection by KHM."
    );
    assert_eq!(ids(&o.out), ["BRN"]);
    assert!(!o.in_.contains(&p("KHM")) && !o.in_.contains(&p("BRN")));
}

#[test]
fn consensus_minus_x_needs_at_least_one_member_in() {
    let b = ballot(
        &["BRN", "KHM", "IDN"],
        &["IDN"],
        &[("BRN", OptOut), ("KHM", OptOut)],
    );
    let o = decide(&Rule::ConsensusMinusX, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert!(o.in_.is_empty(), "an absent member is neither in nor out");
    assert_eq!(ids(&o.out), ["BRN", "KHM"]);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: every member present opted out."
    );
}

// ---------------------------------------------------------------- consensus minus one

const BODY: [&str; 5] = ["AUT", "CHE", "FIN", "IRL", "MLT"];

#[test]
fn the_party_concerneds_objection_does_not_block_consensus_minus_one() {
    // Any member may be the party concerned: the rule names it, not a particular state.
    for concerned in BODY {
        let positions: Vec<(&str, Position)> = BODY
            .iter()
            .map(|m| (*m, if *m == concerned { Object } else { Support }))
            .collect();
        let b = ballot(&BODY, &[], &positions);
        let rule = Rule::ConsensusMinusOne {
            party_concerned: p(concerned),
        };
        let o = decide(&rule, &b, t(1)).unwrap();
        assert!(o.adopted, "{concerned}: {o:?}");
        assert!(
            o.reason.to_string().contains("party concerned"),
            "{}",
            o.reason
        );
        assert!(!decide(&Rule::Consensus, &b, t(1)).unwrap().adopted);
    }
}

#[test]
fn anyone_elses_objection_blocks_consensus_minus_one() {
    let rule = Rule::ConsensusMinusOne {
        party_concerned: p("AUT"),
    };
    let b = ballot(&BODY, &[], &[("AUT", Object), ("CHE", Object)]);
    let o = decide(&rule, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: formal objection by CHE."
    );
    // Only the party concerned present: no one else took the decision.
    let alone = ballot(&BODY, &BODY[1..], &[("AUT", Object)]);
    assert!(!decide(&rule, &alone, t(1)).unwrap().adopted);
    // The party concerned must belong to the body.
    let outsider = Rule::ConsensusMinusOne {
        party_concerned: p("SWE"),
    };
    assert!(invalid(decide(&outsider, &b, t(1))).contains("not a member"));
}

// ---------------------------------------------------------------- silence procedure

fn silence() -> Rule {
    Rule::Silence { deadline: t(1_000) }
}

#[test]
fn silence_is_pending_before_the_deadline_without_a_break() {
    let b = ballot(&BODY, &[], &[("AUT", Support)]);
    let o = decide(&silence(), &b, t(999)).unwrap();
    assert!(o.pending && !o.adopted, "{o:?}");
    assert!(o.reason.to_string().starts_with("Pending"), "{}", o.reason);
}

#[test]
fn silence_is_adopted_at_and_after_the_deadline_without_a_break() {
    let b = ballot(&BODY, &[], &[]);
    for now in [t(1_000), t(5_000)] {
        let o = decide(&silence(), &b, now).unwrap();
        assert!(o.adopted && !o.pending, "{o:?}");
    }
}

#[test]
fn breaking_silence_before_the_deadline_means_not_adopted() {
    let mut b = ballot(&BODY, &[], &[]);
    b.positions.insert(p("FIN"), (Object, None, t(999)));
    for now in [t(999), t(1_000), t(5_000)] {
        let o = decide(&silence(), &b, now).unwrap();
        assert!(!o.adopted && !o.pending, "{o:?}");
        assert_eq!(o.reason.to_string(), "Not adopted: silence broken by FIN.");
    }
}

#[test]
fn an_objection_recorded_after_the_deadline_does_not_break_silence() {
    let mut b = ballot(&BODY, &[], &[]);
    b.positions.insert(p("FIN"), (Object, None, t(1_000)));
    b.positions.insert(p("IRL"), (Object, None, t(2_000)));
    let o = decide(&silence(), &b, t(3_000)).unwrap();
    assert!(o.adopted, "{o:?}");
}

#[test]
fn presence_does_not_apply_to_the_silence_procedure() {
    // Nobody is in the room: members break silence (or not) in writing.
    let mut b = ballot(&BODY, &BODY, &[]);
    b.positions.insert(p("MLT"), (Object, None, t(10)));
    let o = decide(&silence(), &b, t(20)).unwrap();
    assert!(!o.adopted && !o.pending);
    b.quorum = Some(Quorum::Count(1));
    assert!(invalid(decide(&silence(), &b, t(20))).contains("no quorum"));
}

// ---------------------------------------------------------------- majorities

const ASSEMBLY: [&str; 9] = [
    "BRA", "EGY", "IND", "IDN", "KEN", "MEX", "NGA", "VNM", "ZAF",
];

#[test]
fn abstentions_are_not_counted_in_a_simple_majority() {
    let b = ballot(
        &ASSEMBLY,
        &[],
        &[
            ("BRA", Yes),
            ("EGY", Yes),
            ("IND", No),
            ("IDN", Abstain),
            ("KEN", Abstain),
            ("MEX", Abstain),
            ("NGA", Abstain),
        ],
    );
    let o = decide(&Rule::SimpleMajority, &b, t(1)).unwrap();
    assert!(o.adopted, "2 in favour, 1 against, 4 abstaining: {o:?}");
    assert_eq!(
        (o.tally.yes, o.tally.no, o.tally.abstain, o.tally.not_voting),
        (2, 1, 4, 2)
    );
    assert_eq!(
        o.reason.to_string(),
        "Adopted by simple majority: 2 in favour, 1 against, 4 abstaining."
    );
    // Nor do abstentions help: 1 in favour, 2 against fails however many abstain.
    let mut fewer = b.clone();
    fewer.positions.insert(p("EGY"), (No, None, t(0)));
    assert!(!decide(&Rule::SimpleMajority, &fewer, t(1)).unwrap().adopted);
}

#[test]
fn a_tie_fails_a_simple_majority() {
    let b = ballot(
        &ASSEMBLY,
        &[],
        &[
            ("BRA", Yes),
            ("EGY", Yes),
            ("IND", No),
            ("IDN", No),
            ("KEN", Abstain),
        ],
    );
    let o = decide(&Rule::SimpleMajority, &b, t(1)).unwrap();
    assert!(!o.adopted);
    assert!(o.reason.to_string().contains("a tie fails"), "{}", o.reason);
    let nobody = ballot(&ASSEMBLY, &[], &[("KEN", Abstain)]);
    assert!(
        !decide(&Rule::SimpleMajority, &nobody, t(1))
            .unwrap()
            .adopted
    );
}

#[test]
fn a_quorum_by_count_or_fraction_that_is_not_met_is_an_outcome_not_an_error() {
    let absent = &ASSEMBLY[4..]; // 4 of 9 present
    let mut b = ballot(&ASSEMBLY, absent, &[("BRA", Yes), ("EGY", Yes)]);
    assert!(decide(&Rule::SimpleMajority, &b, t(1)).unwrap().adopted);

    b.quorum = Some(Quorum::Count(5));
    let o = decide(&Rule::SimpleMajority, &b, t(1)).unwrap();
    assert!(!o.adopted && !o.pending);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: no quorum (4 of 9 members present; 5 required)."
    );
    assert_eq!(o.tally.yes, 2, "the tally is still reported");
    b.quorum = Some(Quorum::Count(4));
    assert!(decide(&Rule::SimpleMajority, &b, t(1)).unwrap().adopted);

    // A majority of the members: 5 of 9.
    b.quorum = Some(Quorum::Fraction { num: 1, den: 2 });
    assert!(
        decide(&Rule::SimpleMajority, &b, t(1))
            .unwrap()
            .reason
            .to_string()
            .contains("no quorum")
    );
    // Four ninths exactly.
    b.quorum = Some(Quorum::Fraction { num: 4, den: 9 });
    assert!(decide(&Rule::SimpleMajority, &b, t(1)).unwrap().adopted);
    b.quorum = Some(Quorum::Fraction { num: 1, den: 0 });
    assert!(decide(&Rule::SimpleMajority, &b, t(1)).is_err());
    b.quorum = Some(Quorum::Fraction { num: 3, den: 2 });
    assert!(decide(&Rule::SimpleMajority, &b, t(1)).is_err());
}

#[test]
fn exactly_two_thirds_passes_and_just_below_fails() {
    // 6 yes, 3 no: exactly two thirds.
    let exactly = ballot(
        &ASSEMBLY,
        &[],
        &[
            ("BRA", Yes),
            ("EGY", Yes),
            ("IND", Yes),
            ("IDN", Yes),
            ("KEN", Yes),
            ("MEX", Yes),
            ("NGA", No),
            ("VNM", No),
            ("ZAF", No),
        ],
    );
    assert!(
        decide(&Rule::TwoThirdsMajority, &exactly, t(1))
            .unwrap()
            .adopted
    );
    // 5 yes, 3 no (62.5 %): just below, however many abstain.
    let mut below = exactly.clone();
    below.positions.insert(p("MEX"), (Abstain, None, t(0)));
    let o = decide(&Rule::TwoThirdsMajority, &below, t(1)).unwrap();
    assert!(!o.adopted, "{o:?}");
    // 2 yes, 1 no passes; abstentions are not counted.
    let small = ballot(
        &ASSEMBLY,
        &[],
        &[
            ("BRA", Yes),
            ("EGY", Yes),
            ("IND", No),
            ("IDN", Abstain),
            ("KEN", Abstain),
        ],
    );
    assert!(
        decide(&Rule::TwoThirdsMajority, &small, t(1))
            .unwrap()
            .adopted
    );
}

#[test]
fn two_thirds_needs_at_least_one_vote_in_favour() {
    let all_abstain = ballot(&ASSEMBLY, &[], &[("BRA", Abstain), ("EGY", Abstain)]);
    assert!(
        !decide(&Rule::TwoThirdsMajority, &all_abstain, t(1))
            .unwrap()
            .adopted
    );
}

// ---------------------------------------------------------------- Security Council

const PERMANENT: [&str; 5] = ["CHN", "FRA", "GBR", "RUS", "USA"];
/// Elected members serving in 2026.
const ELECTED: [&str; 10] = [
    "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR",
];

fn council() -> Vec<Member> {
    PERMANENT
        .iter()
        .map(|m| (m, true))
        .chain(ELECTED.iter().map(|m| (m, false)))
        .map(|(m, permanent)| Member {
            party: p(m),
            permanent,
        })
        .collect()
}

/// The Council with everyone present except `absent`, voting as given.
fn council_vote(votes: &[(&str, Position)], absent: &[&str]) -> Ballot {
    let mut b = ballot(&[], &[], votes);
    b.members = council();
    b.present = b
        .members
        .iter()
        .map(|m| m.party.clone())
        .filter(|m| !absent.contains(&m.as_str()))
        .collect();
    b
}

fn sc(parties: &[&str]) -> Rule {
    Rule::SecurityCouncil {
        chapter_vi_parties: parties.iter().map(|m| p(m)).collect(),
    }
}

/// `n` of the elected members voting yes.
fn elected_yes(n: usize) -> Vec<(&'static str, Position)> {
    ELECTED[..n].iter().map(|m| (*m, Yes)).collect()
}

#[test]
fn nine_yes_with_every_permanent_member_in_favour_passes() {
    let mut votes: Vec<_> = PERMANENT.iter().map(|m| (*m, Yes)).collect();
    votes.extend(elected_yes(4));
    votes.extend(ELECTED[4..].iter().map(|m| (*m, No)));
    let o = decide(&sc(&[]), &council_vote(&votes, &[]), t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!((o.tally.yes, o.tally.no), (9, 6));
}

#[test]
fn a_permanent_members_negative_vote_is_a_veto_named_in_the_reason() {
    let mut votes: Vec<_> = PERMANENT
        .iter()
        .map(|m| (*m, if *m == "RUS" { No } else { Yes }))
        .collect();
    votes.extend(elected_yes(10));
    let o = decide(&sc(&[]), &council_vote(&votes, &[]), t(1)).unwrap();
    assert!(!o.adopted);
    assert_eq!(
        o.reason.to_string(),
        "Not adopted: vetoed by RUS (permanent member)."
    );
    // The reason is data too, so pages can say it in their own language.
    assert_eq!(
        o.reason,
        Reason::CouncilVeto {
            parties: vec![p("RUS")]
        }
    );
    assert_eq!(
        serde_json::to_value(&o.reason).unwrap(),
        serde_json::json!({"code": "council_veto", "parties": ["RUS"]})
    );
    // The same negative vote from an elected member is no veto.
    let mut elected_no: Vec<_> = PERMANENT.iter().map(|m| (*m, Yes)).collect();
    elected_no.extend(elected_yes(9));
    elected_no.push((ELECTED[9], No));
    assert!(
        decide(&sc(&[]), &council_vote(&elected_no, &[]), t(1))
            .unwrap()
            .adopted
    );
}

#[test]
fn a_permanent_members_abstention_is_not_a_veto() {
    let mut votes: Vec<_> = PERMANENT
        .iter()
        .map(|m| (*m, if *m == "RUS" { Abstain } else { Yes }))
        .collect();
    votes.extend(elected_yes(5));
    let o = decide(&sc(&[]), &council_vote(&votes, &[]), t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!(o.tally.yes, 9);
}

#[test]
fn a_permanent_members_absence_is_not_a_veto() {
    let mut votes: Vec<_> = PERMANENT
        .iter()
        .filter(|m| **m != "RUS")
        .map(|m| (*m, Yes))
        .collect();
    votes.extend(elected_yes(5));
    let o = decide(&sc(&[]), &council_vote(&votes, &["RUS"]), t(1)).unwrap();
    assert!(o.adopted, "{o:?}");
}

#[test]
fn eight_yes_fail_in_the_security_council() {
    let mut votes: Vec<_> = PERMANENT.iter().map(|m| (*m, Yes)).collect();
    votes.extend(elected_yes(3));
    votes.extend(ELECTED[3..].iter().map(|m| (*m, Abstain)));
    let o = decide(&sc(&[]), &council_vote(&votes, &[]), t(1)).unwrap();
    assert!(!o.adopted);
    assert!(
        o.reason.to_string().contains("9 in favour are required"),
        "{}",
        o.reason
    );
}

#[test]
fn a_chapter_vi_party_voting_yes_or_no_is_an_error() {
    for vote in [Yes, No] {
        let mut votes = elected_yes(9);
        votes.push(("LVA", vote));
        let err = invalid(decide(
            &sc(&["LVA", "GBR"]),
            &council_vote(&votes, &[]),
            t(1),
        ));
        assert!(err.contains("LVA") && err.contains("Chapter VI"), "{err}");
    }
}

#[test]
fn a_chapter_vi_partys_abstention_is_not_counted_against() {
    // A permanent member party to the dispute abstains: no veto; an elected one too.
    let mut votes: Vec<_> = PERMANENT
        .iter()
        .map(|m| (*m, if *m == "GBR" { Abstain } else { Yes }))
        .collect();
    votes.extend(elected_yes(5));
    votes.push(("LBR", Abstain));
    let o = decide(
        &sc(&["GBR", "LBR", "ARG"]),
        &council_vote(&votes, &[]),
        t(1),
    )
    .unwrap();
    assert!(o.adopted, "{o:?}");
    assert_eq!((o.tally.yes, o.tally.no, o.tally.abstain), (9, 0, 2));
}

#[test]
fn the_security_council_has_fifteen_members_five_of_them_permanent() {
    let votes = elected_yes(9);
    let mut fourteen = council_vote(&votes, &[]);
    fourteen.members.pop();
    fourteen.present.remove(&p(ELECTED[9]));
    assert!(invalid(decide(&sc(&[]), &fourteen, t(1))).contains("15 members"));
    let mut six_permanent = council_vote(&votes, &[]);
    six_permanent.members[5].permanent = true;
    assert!(decide(&sc(&[]), &six_permanent, t(1)).is_err());
    // Outside the Council the flag means nothing: a "permanent" No is an ordinary No.
    let mut assembly = council_vote(&votes, &[]);
    assembly.positions.insert(p("RUS"), (No, None, t(0)));
    assert!(
        decide(&Rule::SimpleMajority, &assembly, t(1))
            .unwrap()
            .adopted
    );
}

// ---------------------------------------------------------------- validation

#[test]
fn positions_from_non_members_are_refused() {
    let mut b = ballot(&["KAZ", "KGZ"], &[], &[]);
    b.positions.insert(p("TKM"), (Support, None, t(0)));
    assert!(invalid(decide(&Rule::Consensus, &b, t(1))).contains("TKM is not a member"));
    let mut stranger_present = ballot(&["KAZ", "KGZ"], &[], &[]);
    stranger_present.present.insert(p("TKM"));
    assert!(decide(&Rule::Consensus, &stranger_present, t(1)).is_err());
}

#[test]
fn a_position_must_fit_the_rule() {
    let rules = [
        Rule::Consensus,
        Rule::ConsensusMinusX,
        Rule::ConsensusMinusOne {
            party_concerned: p("KGZ"),
        },
        Rule::Silence { deadline: t(5) },
        Rule::SimpleMajority,
        Rule::TwoThirdsMajority,
    ];
    for rule in &rules {
        for position in [Support, StandAside, Object, OptOut, Yes, No, Abstain] {
            let b = ballot(&["KAZ", "KGZ"], &[], &[("KAZ", position)]);
            let fits = match position {
                Yes | No | Abstain => {
                    matches!(rule, Rule::SimpleMajority | Rule::TwoThirdsMajority)
                }
                Support | StandAside | Object => {
                    !matches!(rule, Rule::SimpleMajority | Rule::TwoThirdsMajority)
                }
                OptOut => matches!(rule, Rule::ConsensusMinusX),
            };
            assert_eq!(
                decide(rule, &b, t(1)).is_ok(),
                fits,
                "{position:?} under {rule:?}"
            );
        }
    }
}

#[test]
fn duplicate_or_missing_members_are_refused() {
    let mut b = ballot(&["KAZ", "KGZ"], &[], &[]);
    b.members.push(Member {
        party: p("KAZ"),
        permanent: false,
    });
    assert!(invalid(decide(&Rule::Consensus, &b, t(1))).contains("KAZ is listed twice"));
    assert!(decide(&Rule::Consensus, &Ballot::default(), t(1)).is_err());
}

// ---------------------------------------------------------------- recording positions

#[test]
fn a_party_records_only_its_own_position() {
    let mut b = ballot(&["KAZ", "KGZ"], &[], &[("KGZ", Object)]);
    record_position(
        &mut b,
        &actor("KAZ", Role::Delegate),
        Support,
        Some(Comfort::CanLiveWithIt),
        t(7),
    )
    .unwrap();
    assert_eq!(
        b.positions[&p("KAZ")],
        (Support, Some(Comfort::CanLiveWithIt), t(7))
    );
    // Changing its mind replaces its own entry.
    record_position(
        &mut b,
        &actor("KAZ", Role::FocalPoint),
        StandAside,
        None,
        t(8),
    )
    .unwrap();
    assert_eq!(b.positions[&p("KAZ")], (StandAside, None, t(8)));
    let before = b.clone();
    // A reader authors nothing; a non-member has no position; a secretariat has no vote of its own.
    for (who, role) in [
        ("KAZ", Role::Reader),
        ("TKM", Role::Delegate),
        ("sco", Role::Secretariat),
    ] {
        let err = record_position(&mut b, &actor(who, role), Support, None, t(9)).unwrap_err();
        assert!(matches!(err, DomainError::Forbidden(_)), "{who}: {err}");
    }
    assert!(
        record_position(
            &mut b,
            &actor("KAZ", Role::Delegate),
            Object,
            Some(Comfort::Support),
            t(9)
        )
        .is_err()
    );
    assert_eq!(b, before, "a refused position changes nothing");
}

#[test]
fn repeating_an_objection_after_the_deadline_does_not_mend_broken_silence() {
    let mut b = ballot(&BODY, &[], &[]);
    let fin = actor("FIN", Role::Delegate);
    record_position(&mut b, &fin, Object, None, t(500)).unwrap();
    record_position(&mut b, &fin, Object, None, t(1_500)).unwrap();
    assert_eq!(b.positions[&p("FIN")].2, t(500));
    assert!(!decide(&silence(), &b, t(2_000)).unwrap().adopted);
}

#[test]
fn rules_ballots_and_outcomes_round_trip_through_json() {
    let rule = Rule::ConsensusMinusOne {
        party_concerned: p("AUT"),
    };
    let json = serde_json::to_value(&rule).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "consensus_minus_one": { "party_concerned": "AUT" } })
    );
    assert_eq!(serde_json::from_value::<Rule>(json).unwrap(), rule);
    assert_eq!(serde_json::to_value(Rule::Consensus).unwrap(), "consensus");

    let mut b = ballot(&BODY, &["MLT"], &[("AUT", Object), ("CHE", StandAside)]);
    b.positions
        .insert(p("FIN"), (Support, Some(Comfort::CanLiveWithIt), t(3)));
    b.quorum = Some(Quorum::Fraction { num: 1, den: 2 });
    let back: Ballot = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
    assert_eq!(back, b);

    let o = decide(&rule, &b, t(4)).unwrap();
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(v["comfort"]["FIN"], "can_live_with_it");
    assert!(v.get("in").is_some());
    assert_eq!(serde_json::from_value::<Outcome>(v).unwrap(), o);
}

// ---------------------------------------------------------------- properties

/// Names a scenario's parties are drawn from; renaming permutes this pool.
const POOL: [&str; 20] = [
    "ARG", "BGD", "CUB", "DZA", "ETH", "FJI", "GHA", "HND", "IRN", "JAM", "KHM", "LKA", "MNG",
    "NPL", "OMN", "PER", "QAT", "SEN", "TUN", "URY",
];

/// A randomly drawn decision, expressed over indices into a list of names.
#[derive(Debug, Clone)]
struct Scenario {
    rule: u8,
    size: usize,
    present: u32,
    choices: Vec<(u8, u8, i64)>,
    concerned: usize,
    chapter_vi: u32,
    quorum: (u8, u32),
    now: i64,
}

fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_in(0..=6)
}

/// Scenarios under rules 0–3 (the consensus rules) or 4–6 (the voting rules), and so on.
fn scenario_in(rules: std::ops::RangeInclusive<u8>) -> impl Strategy<Value = Scenario> {
    (
        rules,
        1usize..=12,
        any::<u32>(),
        proptest::collection::vec((any::<u8>(), any::<u8>(), 0i64..2_000), 15),
        0usize..15,
        any::<u32>(),
        (0u8..6, 0u32..16),
        0i64..2_000,
    )
        .prop_map(
            |(rule, size, present, choices, concerned, chapter_vi, quorum, now)| {
                let size = if rule == 6 {
                    SECURITY_COUNCIL_SIZE
                } else {
                    size
                };
                Scenario {
                    rule,
                    size,
                    present,
                    choices,
                    concerned: concerned % size,
                    chapter_vi,
                    quorum,
                    now,
                }
            },
        )
}

const DEADLINE: i64 = 1_000;

impl Scenario {
    fn is_chapter_vi(&self, i: usize) -> bool {
        // At most two members are parties to the dispute (index 15 names no one).
        let (a, b) = (self.chapter_vi % 16, (self.chapter_vi / 16) % 16);
        self.rule == 6 && (a as usize == i || b as usize == i)
    }

    /// The rule and ballot, with party `i` named `names[i]`.
    fn build(&self, names: &[PartyId]) -> (Rule, Ballot) {
        let rule = match self.rule {
            0 => Rule::Consensus,
            1 => Rule::ConsensusMinusX,
            2 => Rule::ConsensusMinusOne {
                party_concerned: names[self.concerned].clone(),
            },
            3 => Rule::Silence {
                deadline: t(DEADLINE),
            },
            4 => Rule::SimpleMajority,
            5 => Rule::TwoThirdsMajority,
            _ => Rule::SecurityCouncil {
                chapter_vi_parties: (0..self.size)
                    .filter(|i| self.is_chapter_vi(*i))
                    .map(|i| names[i].clone())
                    .collect(),
            },
        };
        let mut b = Ballot {
            members: (0..self.size)
                .map(|i| Member {
                    party: names[i].clone(),
                    permanent: self.rule == 6 && i < SECURITY_COUNCIL_PERMANENT,
                })
                .collect(),
            ..Ballot::default()
        };
        for (i, name) in names.iter().enumerate().take(self.size) {
            // The Council sits nearly in full and votes mostly in favour, so vetoes matter.
            let mask = if self.rule == 6 {
                self.present | self.present.rotate_left(16)
            } else {
                self.present
            };
            let present = mask & (1 << i) != 0;
            if present {
                b.present.insert(name.clone());
            }
            let silence = self.rule == 3;
            if !present && !silence {
                continue;
            }
            let allowed: &[Option<Position>] = match self.rule {
                0 | 2 | 3 => &[None, Some(Support), Some(StandAside), Some(Object)],
                1 => &[
                    None,
                    Some(Support),
                    Some(StandAside),
                    Some(Object),
                    Some(OptOut),
                ],
                6 if self.is_chapter_vi(i) => &[None, Some(Abstain)],
                6 => &[
                    None,
                    Some(Yes),
                    Some(Yes),
                    Some(Yes),
                    Some(Yes),
                    Some(No),
                    Some(Abstain),
                ],
                _ => &[None, Some(Yes), Some(No), Some(Abstain)],
            };
            let (choice, comfort, at) = self.choices[i];
            if let Some(position) = allowed[usize::from(choice) % allowed.len()] {
                let comfort = match (position, comfort % 4) {
                    (Support | StandAside, 1) => Some(Comfort::Support),
                    (Support | StandAside, 2) => Some(Comfort::CanLiveWithIt),
                    (Support | StandAside, 3) => Some(Comfort::Reservations),
                    _ => None,
                };
                b.positions.insert(name.clone(), (position, comfort, t(at)));
            }
        }
        b.quorum = match (self.rule, self.quorum.0) {
            (3, _) | (_, 0..=2) => None,
            (_, 3) => Some(Quorum::Count(self.quorum.1 % (count(self.size) + 2))),
            (_, _) => Some(Quorum::Fraction {
                num: self.quorum.1 % 5,
                den: 4,
            }),
        };
        (rule, b)
    }
}

fn pool() -> Vec<PartyId> {
    POOL.iter().map(|s| p(s)).collect()
}

fn renamed(list: &[PartyId], names: &[PartyId], perm: &[usize]) -> Vec<PartyId> {
    let mut out: Vec<PartyId> = list
        .iter()
        .map(|x| names[perm[names.iter().position(|n| n == x).unwrap()]].clone())
        .collect();
    out.sort();
    out
}

/// Member `i` records `position` at `at` through [`record_position`] (and, outside the silence
/// procedure, is marked present).
fn set(rule: &Rule, b: &mut Ballot, i: usize, position: Position, at: i64) {
    let party = b.members[i].party.clone();
    if !matches!(rule, Rule::Silence { .. }) {
        b.present.insert(party.clone());
    }
    record_position(
        b,
        &actor(party.as_str(), Role::Delegate),
        position,
        None,
        t(at),
    )
    .unwrap();
}

proptest! {
    // Monotonicity properties discard the draws whose outcome does not fit their premise.
    #![proptest_config(ProptestConfig { max_global_rejects: 8192, ..ProptestConfig::with_cases(256) })]

    /// Sovereign equality: renaming the parties (the permanent flag travels with its member)
    /// never changes whether a ballot is valid, whether it is adopted, or the tally; the in and
    /// out lists are renamed alike.
    #[test]
    fn renaming_parties_never_changes_the_outcome(
        s in scenario(),
        perm in Just((0..POOL.len()).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let names = pool();
        let other: Vec<PartyId> = perm.iter().map(|i| names[*i].clone()).collect();
        let (rule_a, ballot_a) = s.build(&names);
        let (rule_b, ballot_b) = s.build(&other);
        let (a, b) = (decide(&rule_a, &ballot_a, t(s.now)), decide(&rule_b, &ballot_b, t(s.now)));
        prop_assert_eq!(a.is_ok(), b.is_ok(), "{:?} vs {:?}", a, b);
        if let (Ok(a), Ok(b)) = (a, b) {
            prop_assert_eq!(a.adopted, b.adopted, "{} / {}", a.reason, b.reason);
            prop_assert_eq!(a.pending, b.pending);
            prop_assert_eq!(a.tally, b.tally);
            prop_assert_eq!(renamed(&a.in_, &names, &perm), b.in_);
            prop_assert_eq!(renamed(&a.out, &names, &perm), b.out);
            prop_assert_eq!(a.comfort.len(), b.comfort.len());
        }
    }

    /// Going along never undoes a consensus: adding a Support or StandAside keeps it adopted.
    #[test]
    fn going_along_never_undoes_an_adopted_consensus(
        s in scenario_in(0..=3), who in 0usize..12, stand_aside in any::<bool>(), at in 0i64..2_000,
    ) {
        let (rule, mut b) = s.build(&pool());
        let before = decide(&rule, &b, t(s.now)).unwrap();
        prop_assume!(before.adopted);
        set(&rule, &mut b, who % s.size, if stand_aside { StandAside } else { Support }, at);
        let after = decide(&rule, &b, t(s.now)).unwrap();
        prop_assert!(after.adopted, "{}", after.reason);
    }

    /// An objection never carries a proposal: adding an Object keeps it not adopted.
    #[test]
    fn an_objection_never_carries_a_consensus(
        s in scenario_in(0..=3), who in 0usize..12, at in 0i64..2_000,
    ) {
        let (rule, mut b) = s.build(&pool());
        let before = decide(&rule, &b, t(s.now)).unwrap();
        prop_assume!(!before.adopted);
        let i = who % s.size;
        prop_assume!(s.rule == 3 || b.present.contains(&b.members[i].party));
        set(&rule, &mut b, i, Object, at);
        let after = decide(&rule, &b, t(s.now)).unwrap();
        prop_assert!(!after.adopted, "{}", after.reason);
    }

    /// Under every voting rule, one more vote in favour never defeats an adopted proposal.
    #[test]
    fn a_vote_in_favour_never_defeats_an_adopted_proposal(s in scenario_in(4..=6), who in 0usize..15) {
        let (rule, mut b) = s.build(&pool());
        let before = decide(&rule, &b, t(s.now)).unwrap();
        prop_assume!(before.adopted);
        let i = who % s.size;
        prop_assume!(!s.is_chapter_vi(i));
        set(&rule, &mut b, i, Yes, 0);
        let after = decide(&rule, &b, t(s.now)).unwrap();
        prop_assert!(after.adopted, "{}", after.reason);
    }

    /// No role lets a user cast or change another party's position.
    #[test]
    fn recording_a_position_never_changes_another_partys_entry(
        s in scenario(),
        who in 0usize..POOL.len(),
        role in proptest::sample::select(Role::ALL.to_vec()),
        position in proptest::sample::select(vec![Support, StandAside, Object, OptOut, Yes, No, Abstain]),
        comfort in proptest::option::of(proptest::sample::select(vec![Comfort::Support, Comfort::CanLiveWithIt, Comfort::Reservations])),
    ) {
        let names = pool();
        let (_, mut b) = s.build(&names);
        let before = b.clone();
        let a = actor(POOL[who], role);
        let result = record_position(&mut b, &a, position, comfort, t(5_000));
        prop_assert_eq!(&b.members, &before.members);
        prop_assert_eq!(&b.present, &before.present);
        for party in before.positions.keys().chain(b.positions.keys()) {
            if party != &a.party {
                prop_assert_eq!(before.positions.get(party), b.positions.get(party));
            }
        }
        match result {
            Ok(()) => {
                prop_assert!(before.members.iter().any(|m| m.party == a.party));
                let since = match before.positions.get(&a.party) {
                    Some((earlier, _, at)) if *earlier == position => *at,
                    _ => t(5_000),
                };
                prop_assert_eq!(b.positions.get(&a.party), Some(&(position, comfort, since)));
            }
            Err(_) => prop_assert_eq!(&b, &before),
        }
    }
}

#[test]
fn every_reason_serializes_under_its_own_code_and_reads_back() {
    let mut codes = BTreeSet::new();
    for reason in Reason::examples() {
        let json = serde_json::to_value(&reason).unwrap();
        assert_eq!(json["code"], reason.code(), "{json}");
        assert!(codes.insert(reason.code()), "{} twice", reason.code());
        let back: Reason = serde_json::from_value(json).unwrap();
        assert_eq!(back, reason);
        assert!(reason.to_string().ends_with('.'), "{reason}");
    }
    assert_eq!(codes.len(), 19, "one example of each reason");
}

#[test]
fn an_unknown_name_is_refused_with_every_name_listed() {
    assert_eq!(
        RuleKind::parse("unanimity").unwrap_err().to_string(),
        "\"unanimity\" is not a decision rule: use consensus, consensus_minus_x, \
         consensus_minus_one, silence, simple_majority, two_thirds_majority or security_council"
    );
    assert_eq!(
        Comfort::parse("happy").unwrap_err().to_string(),
        "\"happy\" is not a comfort level: use support, can_live_with_it or reservations"
    );
    assert_eq!(
        RuleKind::parse(" consensus-minus-x ").unwrap(),
        RuleKind::ConsensusMinusX
    );
    // A position's refusal also says which names go with which kind of rule.
    assert!(
        Position::parse("maybe")
            .unwrap_err()
            .to_string()
            .contains("under a vote")
    );
}
