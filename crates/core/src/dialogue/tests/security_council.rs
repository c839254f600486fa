//! Decisions of the Security Council.

use super::*;

const PERMANENT: [&str; 5] = ["CHN", "FRA", "GBR", "RUS", "USA"];
/// Elected members serving in 2026.
const ELECTED: [&str; 10] = [
    "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR",
];

/// The Security Council (`unsc`) declares its rule and series and meets with its fifteen
/// members, who accept; the mechanism drafts document 1.
fn council() -> Dialogue {
    let mut ids = vec!["unsc"];
    ids.extend(PERMANENT);
    ids.extend(ELECTED);
    let mut d = Dialogue::with_parties(&ids);
    let sc = RuleKind::SecurityCouncil;
    d.declare("unsc", "unsc", sc, &[sc], "S/RES").unwrap();
    let invited: Vec<(&str, Attendance)> = PERMANENT
        .iter()
        .chain(&ELECTED)
        .map(|m| (*m, Member))
        .collect();
    d.convene("unsc", convening(Some("unsc"), &invited))
        .unwrap();
    for m in PERMANENT.iter().chain(&ELECTED) {
        d.register(m, None, true).unwrap();
    }
    d.draft("unsc", 1, &PARAS).unwrap();
    d
}

#[test]
fn a_permanent_members_no_vetoes_and_its_abstention_does_not() {
    let mut d = council();
    let sc = || Rule::SecurityCouncil {
        chapter_vi_parties: vec![],
    };
    let permanent = |x: &PartyId| PERMANENT.contains(&x.as_str());
    // A body with four permanent members is not the Council.
    let m = invalid(d.open_with("unsc", 1, sc(), &|x| PERMANENT[..4].contains(&x.as_str())));
    assert!(m.contains("15 members of which 5 are permanent"), "{m}");

    d.open_with("unsc", 1, sc(), &permanent).unwrap();
    let decision = d.doc(1).open_decision().unwrap();
    assert_eq!(decision.members.len(), 15);
    assert_eq!(decision.members.iter().filter(|m| m.permanent).count(), 5);
    d.take("CHN", 1, No).unwrap();
    for m in PERMANENT[1..].iter().chain(&ELECTED[..6]) {
        d.take(m, 1, Yes).unwrap();
    }
    d.close("unsc", 1).unwrap();
    let outcome = d.doc(1).decisions[0].outcome.clone().unwrap();
    assert!(!outcome.adopted);
    assert_eq!((outcome.tally.yes, outcome.tally.no), (10, 1));
    assert_eq!(
        outcome.reason.to_string(),
        "Not adopted: vetoed by CHN (permanent member)."
    );
    assert!(d.doc(1).adoption.is_none());

    d.open_with("unsc", 1, sc(), &permanent).unwrap();
    d.take("CHN", 1, Abstain).unwrap();
    for m in PERMANENT[1..].iter().chain(&ELECTED[..5]) {
        d.take(m, 1, Yes).unwrap();
    }
    // An elected member's vote against is no veto.
    d.take(ELECTED[5], 1, No).unwrap();
    d.close("unsc", 1).unwrap();
    let doc = d.doc(1);
    let outcome = doc.decisions[1].outcome.as_ref().unwrap();
    assert!(outcome.adopted, "{}", outcome.reason);
    assert_eq!(
        (outcome.tally.yes, outcome.tally.no, outcome.tally.abstain),
        (9, 1, 1)
    );
    assert_eq!(doc.adoption.as_ref().unwrap().symbol, "S/RES/2026/1");
}

#[test]
fn a_decision_needs_a_body_that_fits_its_rule() {
    // The Council's rule needs fifteen members of which five are permanent.
    let mut d = council();
    let sc = || Rule::SecurityCouncil {
        chapter_vi_parties: vec![],
    };
    let permanent = |x: &PartyId| PERMANENT.contains(&x.as_str());
    let m = invalid(d.open_with("unsc", 1, sc(), &|_| false));
    assert!(
        m.contains("this body has 15 members of which 0 are permanent"),
        "{m}"
    );
    d.withdraw(ELECTED[9]).unwrap();
    let m = invalid(d.open_with("unsc", 1, sc(), &permanent));
    assert!(
        m.contains("this body has 14 members of which 5 are permanent"),
        "{m}"
    );
    assert!(d.doc(1).decisions.is_empty());
    d.register(ELECTED[9], None, true).unwrap();
    d.answer("unsc", ELECTED[9], true).unwrap();
    d.open_with("unsc", 1, sc(), &permanent).unwrap();

    // Consensus minus one needs the party concerned among the members.
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    d.draft("KAZ", 1, &PARAS).unwrap();
    for concerned in ["UZB", "MNG"] {
        let rule = Rule::ConsensusMinusOne {
            party_concerned: p(concerned),
        };
        let m = invalid(d.open("KAZ", 1, rule));
        assert!(
            m.contains(&format!(
                "the party concerned, {concerned}, is not a member of the body"
            )),
            "{m}"
        );
    }
    assert!(d.doc(1).decisions.is_empty());
    d.open(
        "KAZ",
        1,
        Rule::ConsensusMinusOne {
            party_concerned: p("TJK"),
        },
    )
    .unwrap();

    // Any rule needs a body: a mechanism's meeting without approved members cannot decide.
    let mut d = sco_meeting(&[RuleKind::Consensus], &[]);
    d.draft(SCO, 1, &PARAS).unwrap();
    let m = conflict(d.open(SCO, 1, Rule::Consensus));
    assert!(m.contains("no approved members"), "{m}");
}
