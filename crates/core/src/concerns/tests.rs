use proptest::prelude::*;

use super::*;
use crate::{Role, State};

fn party(s: &str) -> PartyId {
    PartyId::parse(s).unwrap()
}

fn actor(p: &str, role: Role) -> Actor {
    Actor {
        user: format!("user-of-{p}"),
        party: party(p),
        roles: vec![role],
    }
}

fn t(ms: i64) -> Timestamp {
    Timestamp::from_millis(1_800_000_000_000 + ms)
}

fn lodge_cmd(addressees: &[&str]) -> LodgeConcern {
    LodgeConcern {
        id: ConcernId::from_random([1; 16]),
        title: "Transboundary river flow data".into(),
        description: "Upstream release schedules are not shared before the dry season.".into(),
        domain: SecurityDomain::NonTraditional,
        priorities: vec![PriorityRef::parse("III.11").unwrap()],
        addressees: addressees.iter().map(|p| party(p)).collect(),
        un_references: vec![],
        response_due: None,
        distribution: None,
    }
}

/// Lodges a concern by `by` to `to` through decide + apply, as the platform does.
fn lodged(by: &str, to: &[&str]) -> Concern {
    let event = decide_lodge(
        &actor(by, Role::Delegate),
        lodge_cmd(to),
        None,
        &|_| true,
        t(0),
    )
    .unwrap();
    apply(None, &meta(by, 0), &event).unwrap()
}

fn meta(author: &str, ms: i64) -> RecordMeta {
    RecordMeta {
        author: party(author),
        key_id: "k".into(),
        time: t(ms),
    }
}

fn step(concern: &Concern, by: &str, ms: i64, event: ConcernEvent) -> Concern {
    apply(Some(concern), &meta(by, ms), &event).unwrap()
}

#[test]
fn a_party_cannot_address_a_concern_to_itself() {
    let err = decide_lodge(
        &actor("KAZ", Role::Delegate),
        lodge_cmd(&["CHN", "KAZ"]),
        None,
        &|_| true,
        t(0),
    )
    .unwrap_err();
    assert!(
        matches!(err, DomainError::Invalid(ref m) if m.to_string().contains("itself")),
        "{err}"
    );
}

#[test]
fn lodging_needs_addressees_priorities_and_known_parties() {
    let a = actor("KAZ", Role::Delegate);
    assert!(decide_lodge(&a, lodge_cmd(&[]), None, &|_| true, t(0)).is_err());
    let mut no_priority = lodge_cmd(&["CHN"]);
    no_priority.priorities.clear();
    assert!(decide_lodge(&a, no_priority, None, &|_| true, t(0)).is_err());
    let unknown = decide_lodge(
        &a,
        lodge_cmd(&["CHN"]),
        None,
        &|p| p.as_str() != "CHN",
        t(0),
    );
    assert!(matches!(unknown, Err(DomainError::NotFound(_))));
    assert!(decide_lodge(&a, lodge_cmd(&["CHN", "CHN"]), None, &|_| true, t(0)).is_err());
    let mut blank = lodge_cmd(&["CHN"]);
    blank.title = "   ".into();
    assert!(decide_lodge(&a, blank, None, &|_| true, t(0)).is_err());
    let mut past = lodge_cmd(&["CHN"]);
    past.response_due = Some(t(-1));
    assert!(decide_lodge(&a, past, None, &|_| true, t(0)).is_err());
}

#[test]
fn a_lodging_gathers_every_refusal_of_its_fields_and_decide_gives_the_first() {
    let a = actor("KAZ", Role::Delegate);
    let mut bad = lodge_cmd(&["KAZ", "ATL"]);
    bad.title = " ".into();
    bad.priorities.clear();
    bad.response_due = Some(t(-1));
    let ids = checked_lodging(&a, bad.clone(), &|p| p.as_str() != "ATL", t(0))
        .unwrap_err()
        .ids();
    assert_eq!(
        ids,
        [
            "text-empty",
            "concern-addressed-to-itself",
            "party-not-registered",
            "concern-no-priority",
            "concern-response-date-past"
        ]
    );
    let first = decide_lodge(&a, bad, None, &|p| p.as_str() != "ATL", t(0)).unwrap_err();
    assert_eq!(first.refusal().id(), "text-empty");
    let good = checked_lodging(&a, lodge_cmd(&["CHN"]), &|_| true, t(0)).unwrap();
    assert_eq!(good.title, "Transboundary river flow data");
}

#[test]
fn a_concern_id_cannot_be_lodged_twice() {
    let c = lodged("KAZ", &["CHN"]);
    let err = decide_lodge(
        &actor("KAZ", Role::Delegate),
        lodge_cmd(&["CHN"]),
        Some(&c),
        &|_| true,
        t(1),
    );
    assert!(matches!(err, Err(DomainError::Conflict(_))));
}

#[test]
fn readers_cannot_lodge_or_act() {
    let err = decide_lodge(
        &actor("KAZ", Role::Reader),
        lodge_cmd(&["CHN"]),
        None,
        &|_| true,
        t(0),
    );
    assert!(matches!(err, Err(DomainError::Forbidden(_))));
    let c = lodged("KAZ", &["CHN"]);
    assert!(matches!(
        decide_acknowledge(&actor("CHN", Role::Reader), &c),
        Err(DomainError::Forbidden(_))
    ));
}

#[test]
fn only_addressees_can_acknowledge_or_respond() {
    let c = lodged("KAZ", &["CHN", "PAK"]);
    for outsider in ["BRA", "KAZ"] {
        let a = actor(outsider, Role::Delegate);
        assert!(
            matches!(decide_acknowledge(&a, &c), Err(DomainError::Forbidden(_))),
            "{outsider}"
        );
        assert!(matches!(
            decide_respond(&a, &c, "text"),
            Err(DomainError::Forbidden(_))
        ));
        assert!(matches!(
            decide_propose_consultations(&a, &c, "text"),
            Err(DomainError::Forbidden(_))
        ));
    }
    assert!(decide_acknowledge(&actor("PAK", Role::FocalPoint), &c).is_ok());
    assert!(
        decide_respond(
            &actor("CHN", Role::Delegate),
            &c,
            "We will share the schedule."
        )
        .is_ok()
    );
}

#[test]
fn only_the_lodging_party_can_close_or_withdraw() {
    let c = lodged("KAZ", &["CHN"]);
    for outcome in [ClosingOutcome::Addressed, ClosingOutcome::Withdrawn] {
        let err = decide_close(&actor("CHN", Role::Delegate), &c, outcome, None);
        assert!(matches!(err, Err(DomainError::Forbidden(_))));
        assert!(decide_close(&actor("KAZ", Role::Delegate), &c, outcome, Some("done")).is_ok());
    }
}

#[test]
fn a_closed_concern_accepts_no_further_steps() {
    let c = lodged("KAZ", &["CHN"]);
    let close = decide_close(
        &actor("KAZ", Role::Delegate),
        &c,
        ClosingOutcome::Withdrawn,
        None,
    )
    .unwrap();
    let closed = step(&c, "KAZ", 5, close);
    assert_eq!(closed.status, ConcernStatus::Withdrawn);
    assert!(matches!(
        decide_respond(&actor("CHN", Role::Delegate), &closed, "x"),
        Err(DomainError::Conflict(_))
    ));
    assert!(matches!(
        decide_close(
            &actor("KAZ", Role::Delegate),
            &closed,
            ClosingOutcome::Addressed,
            None
        ),
        Err(DomainError::Conflict(_))
    ));
}

#[test]
fn acknowledging_twice_is_a_conflict() {
    let c = lodged("KAZ", &["CHN"]);
    let ack = decide_acknowledge(&actor("CHN", Role::Delegate), &c).unwrap();
    let c = step(&c, "CHN", 10, ack);
    assert!(matches!(
        decide_acknowledge(&actor("CHN", Role::Delegate), &c),
        Err(DomainError::Conflict(_))
    ));
}

#[test]
fn replay_refuses_events_from_the_wrong_party() {
    let c = lodged("KAZ", &["CHN"]);
    let close = ConcernEvent::Closed {
        concern: c.id.clone(),
        outcome: ClosingOutcome::Addressed,
        note: None,
    };
    assert!(apply(Some(&c), &meta("CHN", 1), &close).is_err());
    let ack = ConcernEvent::Acknowledged {
        concern: c.id.clone(),
    };
    assert!(apply(Some(&c), &meta("BRA", 1), &ack).is_err());
    assert!(apply(None, &meta("CHN", 1), &ack).is_err());
}

#[test]
fn response_clocks_measure_each_addressee_and_flag_overdue() {
    let day = 86_400_000;
    let c = lodged("KAZ", &["CHN", "PAK"]);
    let c = step(
        &c,
        "CHN",
        2 * day,
        ConcernEvent::Acknowledged {
            concern: c.id.clone(),
        },
    );
    let c = step(
        &c,
        "CHN",
        5 * day,
        ConcernEvent::Responded {
            concern: c.id.clone(),
            text: "ok".into(),
        },
    );
    let clocks = c.clocks(t(20 * day));
    assert_eq!(clocks[0].to_acknowledgement_ms, Some(2 * day));
    assert_eq!(clocks[0].to_response_ms, Some(5 * day));
    assert!(!clocks[0].acknowledgement_overdue && !clocks[0].response_overdue);
    assert!(
        clocks[1].acknowledgement_overdue,
        "PAK has not acknowledged after 20 days"
    );
    assert!(
        !clocks[1].response_overdue,
        "responses are due after 60 days"
    );
    assert!(!c.is_overdue(t(13 * day)));
    assert!(c.is_overdue(t(15 * day)));
    assert!(c.clocks(t(61 * day))[1].response_overdue);
    let closed = step(
        &c,
        "KAZ",
        70 * day,
        ConcernEvent::Closed {
            concern: c.id.clone(),
            outcome: ClosingOutcome::Withdrawn,
            note: None,
        },
    );
    assert!(
        !closed.is_overdue(t(90 * day)),
        "closed concerns are never overdue"
    );
}

#[test]
fn a_consultation_proposal_stops_the_response_clock() {
    let c = lodged("KAZ", &["CHN"]);
    let c = step(
        &c,
        "CHN",
        7,
        ConcernEvent::ConsultationsProposed {
            concern: c.id.clone(),
            text: "Meet in Almaty".into(),
        },
    );
    let clock = &c.clocks(t(100))[0];
    assert_eq!(clock.to_response_ms, Some(7));
    assert_eq!(
        clock.to_acknowledgement_ms,
        Some(7),
        "a proposal counts as acknowledgement"
    );
}

#[test]
fn events_round_trip_through_kind_and_body() {
    let c = lodged("KAZ", &["CHN"]);
    let events = [
        decide_lodge(
            &actor("KAZ", Role::Delegate),
            lodge_cmd(&["CHN"]),
            None,
            &|_| true,
            t(0),
        )
        .unwrap(),
        decide_respond(&actor("CHN", Role::Delegate), &c, "A reply").unwrap(),
        decide_close(
            &actor("KAZ", Role::Delegate),
            &c,
            ClosingOutcome::Addressed,
            Some("Thanks"),
        )
        .unwrap(),
    ];
    for e in events {
        let (kind, body) = Event::from(e.clone()).to_kind_body();
        assert!(kind.starts_with("concern."));
        assert_eq!(Event::from_kind_body(&kind, &body).unwrap(), Event::from(e));
    }
    assert!(Event::from_kind_body("concern.closed", &serde_json::json!({"concern": 3})).is_err());
}

const STATES: [&str; 6] = ["CHN", "KAZ", "PAK", "BRA", "ZAF", "TUV"];

/// An action a user may try on a concern, independent of who tries it.
#[derive(Debug, Clone)]
enum Try {
    Ack,
    Respond,
    Propose,
    Close(ClosingOutcome),
}

fn try_action(actor: &Actor, c: &Concern, action: &Try) -> Result<ConcernEvent, DomainError> {
    match action {
        Try::Ack => decide_acknowledge(actor, c),
        Try::Respond => decide_respond(actor, c, "text"),
        Try::Propose => decide_propose_consultations(actor, c, "text"),
        Try::Close(o) => decide_close(actor, c, *o, None),
    }
}

fn any_try() -> impl Strategy<Value = Try> {
    prop_oneof![
        Just(Try::Ack),
        Just(Try::Respond),
        Just(Try::Propose),
        Just(Try::Close(ClosingOutcome::Addressed)),
        Just(Try::Close(ClosingOutcome::Withdrawn)),
    ]
}

/// Renames parties by a permutation of the state list.
fn rename(p: &str, perm: &[usize]) -> &'static str {
    STATES[perm[STATES.iter().position(|s| *s == p).unwrap()]]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every state has the same rights: renaming the states in a scenario never changes which
    /// actions are allowed.
    #[test]
    fn every_state_has_the_same_rights(
        perm in Just((0..STATES.len()).collect::<Vec<_>>()).prop_shuffle(),
        lodger in 0..STATES.len(),
        addressee_mask in 1u8..64,
        actor_ix in 0..STATES.len(),
        steps in proptest::collection::vec((0..STATES.len(), any_try()), 0..6),
        action in any_try(),
    ) {
        let lodger = STATES[lodger];
        let addressees: Vec<&str> = STATES.iter().enumerate()
            .filter(|(i, s)| addressee_mask & (1 << i) != 0 && **s != lodger)
            .map(|(_, s)| *s).collect();
        prop_assume!(!addressees.is_empty());
        let renamed: Vec<&str> = addressees.iter().map(|p| rename(p, &perm)).collect();
        let mut original = lodged(lodger, &addressees);
        let mut mirrored = lodged(rename(lodger, &perm), &renamed);
        for (who, act) in &steps {
            let a = actor(STATES[*who], Role::Delegate);
            let b = actor(rename(STATES[*who], &perm), Role::Delegate);
            let (ra, rb) = (try_action(&a, &original, act), try_action(&b, &mirrored, act));
            prop_assert_eq!(ra.is_ok(), rb.is_ok());
            if let (Ok(ea), Ok(eb)) = (ra, rb) {
                original = apply(Some(&original), &meta(&a.party.to_string(), 1), &ea).unwrap();
                mirrored = apply(Some(&mirrored), &meta(&b.party.to_string(), 1), &eb).unwrap();
            }
        }
        let a = actor(STATES[actor_ix], Role::Delegate);
        let b = actor(rename(STATES[actor_ix], &perm), Role::Delegate);
        let (ra, rb) = (try_action(&a, &original, &action), try_action(&b, &mirrored, &action));
        prop_assert_eq!(ra.is_ok(), rb.is_ok(), "{:?} by {} vs {}", action, a.party, b.party);
    }

    /// No command lets party A act as party B: whatever a user does, the decided event is
    /// authored by its own party, and anything decided applies only when that party is the author.
    #[test]
    fn no_command_lets_one_party_act_as_another(
        lodger in 0..STATES.len(),
        actor_ix in 0..STATES.len(),
        impostor in 0..STATES.len(),
        action in any_try(),
    ) {
        let lodger = STATES[lodger];
        let to: Vec<&str> = STATES.iter().copied().filter(|s| *s != lodger).take(2).collect();
        let c = lodged(lodger, &to);
        let a = actor(STATES[actor_ix], Role::Delegate);
        if let Ok(event) = try_action(&a, &c, &action) {
            let own = apply(Some(&c), &meta(&a.party.to_string(), 1), &event);
            prop_assert!(own.is_ok());
            if STATES[impostor] != STATES[actor_ix] {
                // The same event under another author is refused by replay, unless that other
                // party independently holds the same right (another addressee acknowledging).
                let other = apply(Some(&c), &meta(STATES[impostor], 1), &event);
                let other_has_right = try_action(&actor(STATES[impostor], Role::Delegate), &c, &action).is_ok();
                prop_assert_eq!(other.is_ok(), other_has_right);
            }
        }
    }

    /// Replaying through [`State`] gives the same concern as applying step by step.
    #[test]
    fn state_replay_matches_stepwise_apply(steps in proptest::collection::vec((0..STATES.len(), any_try()), 0..8)) {
        let c0 = lodged("KAZ", &["CHN", "PAK", "BRA"]);
        let mut state = State::default();
        let lodge = decide_lodge(&actor("KAZ", Role::Delegate), lodge_cmd(&["CHN", "PAK", "BRA"]), None, &|_| true, t(0)).unwrap();
        state.apply(&meta("KAZ", 0), &lodge.into()).unwrap();
        let mut c = c0;
        for (i, (who, act)) in steps.iter().enumerate() {
            let a = actor(STATES[*who], Role::Delegate);
            if let Ok(e) = try_action(&a, &c, act) {
                let m = meta(STATES[*who], i as i64 + 1);
                c = apply(Some(&c), &m, &e).unwrap();
                state.apply(&m, &e.into()).unwrap();
            }
        }
        prop_assert_eq!(state.concerns.get(&c.id), Some(&c));
    }
}

#[test]
fn control_characters_are_refused_when_deciding_but_replay_keeps_old_records() {
    let a = actor("KAZ", Role::Delegate);
    let mut cmd = lodge_cmd(&["CHN"]);
    cmd.title = "River\0flow \u{1b}[2J data".into();
    let err = decide_lodge(&a, cmd.clone(), None, &|_| true, t(0)).unwrap_err();
    assert!(
        matches!(err, DomainError::Invalid(ref m) if m.to_string().starts_with("the title contains the control character U+0000")),
        "{err}"
    );
    let c = lodged("KAZ", &["CHN"]);
    let chn = actor("CHN", Role::Delegate);
    assert!(decide_respond(&chn, &c, "Data\u{7}follows").is_err());
    assert_eq!(
        decide_respond(&chn, &c, "Data follows.\r\nSee annex.").unwrap(),
        ConcernEvent::Responded {
            concern: c.id.clone(),
            text: "Data follows.\nSee annex.".into()
        },
        "CR LF becomes LF"
    );

    // A record written before the check existed still applies: replay never re-checks text.
    let ConcernEvent::Lodged(mut old) =
        decide_lodge(&a, lodge_cmd(&["CHN"]), None, &|_| true, t(0)).unwrap()
    else {
        unreachable!()
    };
    old.title = cmd.title;
    let replayed = apply(None, &meta("KAZ", 0), &ConcernEvent::Lodged(old)).unwrap();
    assert!(replayed.title.contains('\0'));
}

#[test]
fn the_rule_a_page_asks_is_the_rule_the_command_and_replay_check() {
    let c = lodged("KAZ", &["CHN"]);
    let may = |a: &Actor, rule: fn(&PartyId, &Concern) -> Result<(), DomainError>| {
        a.require_author(&a.party).is_ok() && rule(&a.party, &c).is_ok()
    };
    for a in [
        actor("KAZ", Role::Delegate),
        actor("CHN", Role::Delegate),
        actor("PAK", Role::Delegate),
        actor("CHN", Role::Reader),
    ] {
        let ack = decide_acknowledge(&a, &c);
        assert_eq!(may(&a, may_acknowledge), ack.is_ok(), "{a:?}");
        let respond = decide_respond(&a, &c, "We will share the data.");
        assert_eq!(may(&a, may_respond), respond.is_ok(), "{a:?}");
        let close = decide_close(&a, &c, ClosingOutcome::Addressed, None);
        assert_eq!(may(&a, may_close), close.is_ok(), "{a:?}");
        // Replay asks the same rules of the record's author.
        if let Ok(event) = ack {
            assert!(apply(Some(&c), &meta(a.party.as_str(), 1), &event).is_ok());
            assert!(apply(Some(&c), &meta("PAK", 1), &event).is_err());
        }
    }
    // Once closed, no one may act on it, and a row saying otherwise does not replay.
    let closed = step(
        &c,
        "KAZ",
        2,
        ConcernEvent::Closed {
            concern: c.id.clone(),
            outcome: ClosingOutcome::Withdrawn,
            note: None,
        },
    );
    assert!(may_respond(&party("CHN"), &closed).is_err());
    let late = ConcernEvent::Responded {
        concern: c.id.clone(),
        text: "Too late.".into(),
    };
    assert!(apply(Some(&closed), &meta("CHN", 3), &late).is_err());
}

#[test]
fn a_concern_is_read_by_its_lodger_and_addressees_unless_widened() {
    let c = lodged("KAZ", &["CHN", "PAK"]);
    assert_eq!(
        c.distribution,
        Distribution::parties([party("CHN"), party("PAK")])
    );
    for reader in ["KAZ", "CHN", "PAK"] {
        assert!(c.may_be_read_by(&Reader::Party(party(reader))), "{reader}");
    }
    assert!(!c.may_be_read_by(&Reader::Party(party("RUS"))));
    assert!(!c.may_be_read_by(&Reader::Anonymous));
    assert!(c.may_be_read_by(&Reader::Node));

    let widened = step(
        &c,
        "KAZ",
        1,
        decide_widen(
            &actor("KAZ", Role::Delegate),
            &c,
            Distribution::Public,
            &|_| true,
        )
        .unwrap(),
    );
    assert!(widened.may_be_read_by(&Reader::Anonymous));
    assert!(widened.may_be_read_by(&Reader::Party(party("RUS"))));
}

#[test]
fn a_lodging_may_not_leave_out_an_addressee() {
    let mut cmd = lodge_cmd(&["CHN", "PAK"]);
    cmd.distribution = Some(Distribution::parties([party("CHN")]));
    let err = decide_lodge(&actor("KAZ", Role::Delegate), cmd, None, &|_| true, t(0)).unwrap_err();
    assert_eq!(err.refusal().id(), "concern-addressee-left-out", "{err}");
    let mut unknown = lodge_cmd(&["CHN"]);
    unknown.distribution = Some(Distribution::parties([party("CHN"), party("ZZZ")]));
    let err = decide_lodge(
        &actor("KAZ", Role::Delegate),
        unknown,
        None,
        &|p: &PartyId| p.as_str() != "ZZZ",
        t(0),
    )
    .unwrap_err();
    assert_eq!(err.refusal().id(), "party-not-registered", "{err}");
    let mut public = lodge_cmd(&["CHN"]);
    public.distribution = Some(Distribution::Public);
    let event = decide_lodge(&actor("KAZ", Role::Delegate), public, None, &|_| true, t(0)).unwrap();
    assert!(
        apply(None, &meta("KAZ", 0), &event)
            .unwrap()
            .distribution
            .is_public()
    );
}

#[test]
fn only_the_lodger_widens_and_only_ever_wider() {
    let c = lodged("KAZ", &["CHN"]);
    let wider = Distribution::parties([party("CHN"), party("RUS")]);
    let refused = |by: &str, to: Distribution| {
        decide_widen(&actor(by, Role::Delegate), &c, to, &|_| true)
            .unwrap_err()
            .refusal()
            .id()
    };
    assert_eq!(
        refused("CHN", wider.clone()),
        "concern-only-the-lodger-widens"
    );
    assert_eq!(
        refused("KAZ", Distribution::Originator),
        "distribution-not-wider"
    );
    assert_eq!(
        refused("KAZ", Distribution::parties([party("CHN"), party("KAZ")])),
        "distribution-unchanged",
        "naming the lodger adds no reader"
    );
    // A distribution names registered parties only.
    let unregistered = decide_widen(
        &actor("KAZ", Role::Delegate),
        &c,
        wider.clone(),
        &|p: &PartyId| p.as_str() != "RUS",
    )
    .unwrap_err();
    assert_eq!(unregistered.refusal().id(), "party-not-registered");
    let widened = step(
        &c,
        "KAZ",
        1,
        decide_widen(&actor("KAZ", Role::Delegate), &c, wider.clone(), &|_| true).unwrap(),
    );
    assert_eq!(widened.distribution, wider);
    // Replay applies the same rule: a record narrowing the concern does not replay.
    let narrowing = ConcernEvent::DistributionWidened {
        concern: c.id.clone(),
        distribution: Distribution::parties([party("CHN")]),
    };
    assert!(apply(Some(&widened), &meta("KAZ", 2), &narrowing).is_err());
    assert!(
        apply(
            Some(&c),
            &meta("CHN", 2),
            &ConcernEvent::DistributionWidened {
                concern: c.id.clone(),
                distribution: Distribution::Public,
            }
        )
        .is_err()
    );
}
