//! Projections: concerns, memberships and dialogue objects, kept and filtered.

use super::*;

/// Parties, keys and concerns are upserted and read back equal; concerns filter by status,
/// party (lodger or addressee) and priority, page with limit and offset, newest first.
pub fn projections_are_kept_and_filtered<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    let rus = TestParty::new(4, "RUS");
    mirror.append(&store, vec![sco.register(), kaz.register()]);
    mirror.append(&store, vec![chn.register()]);
    mirror.append(&store, vec![rus.register()]);
    assert_eq!(
        store.party(chn.id()).unwrap(),
        Some(Versioned {
            value: chn.party.clone(),
            version: 2
        })
    );
    assert_eq!(store.party(&PartyId::parse("USA").unwrap()).unwrap(), None);
    assert_eq!(
        store.party_keys().unwrap(),
        [&chn, &kaz, &rus, &sco].map(|p| p.party_key()),
        "keys as registered, in party order"
    );

    let (c1, c2, c3, c4) = (concern_id(1), concern_id(2), concern_id(3), concern_id(4));
    mirror.append(
        &store,
        vec![chn.lodge(&c1, &[&kaz], &[1, 3], &minutes_after(TIME, 1))],
    );
    mirror.append(
        &store,
        vec![
            kaz.lodge(&c2, &[&chn, &sco], &[3], &minutes_after(TIME, 2)),
            sco.lodge(&c3, &[&kaz], &[20], &minutes_after(TIME, 3)),
        ],
    );
    // Lodged in the same millisecond as c3 but later in the log: newer.
    mirror.append(
        &store,
        vec![rus.lodge(&c4, &[&chn], &[7], &minutes_after(TIME, 3))],
    );
    let close = Event::Concern(ConcernEvent::Closed {
        concern: c1.clone(),
        outcome: gsi_core::concerns::ClosingOutcome::Addressed,
        note: Some("Addressed in consultations.".to_owned()),
    });
    let current = mirror.concern(&c1);
    mirror.append(
        &store,
        vec![chn.on_concern(&current, close, &minutes_after(TIME, 10))],
    );
    let current = mirror.concern(&c2);
    let respond = Event::Concern(ConcernEvent::Responded {
        concern: c2.clone(),
        text: "Our response.".to_owned(),
    });
    mirror.append(
        &store,
        vec![sco.on_concern(&current, respond, &minutes_after(TIME, 11))],
    );
    mirror.check(&store);
    let c1_stored = store.concern(&c1).unwrap().unwrap();
    assert_eq!(c1_stored.value.status, ConcernStatus::Addressed);
    assert_eq!(c1_stored.version, 8);
    assert_eq!(store.concern(&concern_id(99)).unwrap(), None);

    let open = ConcernStatus::Open;
    let cases: Vec<(Filter, Vec<&ConcernId>)> = vec![
        (Filter::all(), vec![&c4, &c3, &c2, &c1]),
        (Filter::all().status(open), vec![&c4, &c3, &c2]),
        (Filter::all().status(ConcernStatus::Addressed), vec![&c1]),
        (Filter::all().status(ConcernStatus::Withdrawn), vec![]),
        (Filter::all().party(&kaz), vec![&c3, &c2, &c1]),
        (Filter::all().party(&sco), vec![&c3, &c2]),
        (Filter::all().party(&chn), vec![&c4, &c2, &c1]),
        (Filter::all().party(&TestParty::new(9, "USA")), vec![]),
        (Filter::all().priority(3), vec![&c2, &c1]),
        (Filter::all().priority(20), vec![&c3]),
        (Filter::all().priority(2), vec![]),
        (
            Filter::all().status(open).party(&chn).priority(3),
            vec![&c2],
        ),
        (Filter::all().limit(2), vec![&c4, &c3]),
        (Filter::all().limit(2).offset(1), vec![&c3, &c2]),
        (Filter::all().offset(3), vec![&c1]),
        (Filter::all().offset(4), vec![]),
        (Filter::all().limit(0), vec![]),
        (Filter::all().party(&kaz).limit(1).offset(1), vec![&c2]),
    ];
    for (Filter(filter), expected) in cases {
        let listed = store.concerns(&filter).unwrap();
        for c in &listed {
            assert_eq!(
                *c, mirror.state.concerns[&c.id],
                "listed concern {} as stored",
                c.id
            );
        }
        let ids: Vec<&ConcernId> = listed.iter().map(|c| &c.id).collect();
        assert_eq!(ids, expected, "concerns({filter:?}), newest first");
    }
}

/// Memberships are upserted by entity (mechanism, member, role, start date) and read back equal
/// to the core's replay, with their versions; a later record of the same membership (setting
/// `to`) replaces it, also within one batch. They filter by mechanism, member or both, and
/// list by mechanism, member, role name, then start date with no start date first.
pub fn memberships_are_kept_and_filtered<H: Harness>(harness: &H) {
    use MembershipRole::{DialoguePartner, Member, Observer};
    let store = harness.open();
    let mut mirror = Mirror::default();
    let sco = TestParty::mechanism(10, "sco");
    let brics = TestParty::of_kind(11, "brics", PartyKind::Forum);
    let (chn, kaz, ind, blr, rus) = (
        TestParty::new(1, "CHN"),
        TestParty::new(2, "KAZ"),
        TestParty::new(3, "IND"),
        TestParty::new(4, "BLR"),
        TestParty::new(5, "RUS"),
    );
    mirror.append(
        &store,
        [&sco, &brics, &chn, &kaz, &ind, &blr, &rus]
            .map(TestParty::register)
            .to_vec(),
    );
    assert!(
        store
            .memberships(&MembershipFilter::default())
            .unwrap()
            .is_empty()
    );

    let record = |mechanism: &TestParty, m: &Membership, minutes: i64| {
        mechanism.record_membership(
            m,
            vec![expect_new(m.entity())],
            &minutes_after(TIME, minutes),
        )
    };
    let m = |mechanism: &TestParty, member: &TestParty, role, from: Option<&str>| {
        membership(mechanism, member, role, from, None)
    };
    let kaz_founding = m(&sco, &kaz, Member, Some("2001-06-15"));
    let kaz_undated = m(&sco, &kaz, Member, None);
    let ind_observer = m(&sco, &ind, Observer, Some("2005-07-05"));
    let blr_member = m(&sco, &blr, Member, Some("2024-07-04"));
    let mut blr_partner = m(&sco, &blr, DialoguePartner, Some("2010-04-28"));
    blr_partner.note = Some("Dialogue partner until it became an observer.".to_owned());
    let blr_observer = m(&sco, &blr, Observer, Some("2015-07-10"));
    mirror.append(
        &store,
        vec![
            record(&sco, &kaz_founding, 1),
            record(&sco, &ind_observer, 1),
            record(&sco, &blr_member, 2),
            record(&sco, &blr_partner, 2),
        ],
    );
    let second = mirror.append(
        &store,
        vec![
            record(&sco, &blr_observer, 3),
            record(&sco, &kaz_undated, 3),
            record(&sco, &m(&sco, &chn, Member, Some("2001-06-15")), 3),
            record(&brics, &m(&brics, &chn, Member, Some("2009-06-16")), 4),
            record(&brics, &m(&brics, &rus, Member, Some("2009-06-16")), 4),
        ],
    );
    mirror.check(&store);

    // India leaves the observers (the same membership, now with an end) and joins as a member.
    let ind_entity = ind_observer.entity();
    let ind_at = store
        .memberships(&MembershipFilter {
            mechanism: Some(sco.id().clone()),
            member: Some(ind.id().clone()),
        })
        .unwrap();
    assert_eq!(ind_at.len(), 1);
    let ended = Membership {
        to: Some("2017-06-08".parse().unwrap()),
        ..ind_observer.clone()
    };
    let receipts = mirror.append(
        &store,
        vec![
            sco.record_membership(
                &ended,
                vec![expect_version(&ind_entity, ind_at[0].version)],
                &minutes_after(TIME, 5),
            ),
            record(&sco, &m(&sco, &ind, Member, Some("2017-06-09")), 5),
        ],
    );
    assert_eq!(
        ended.entity(),
        ind_entity,
        "the end date is not part of the key"
    );
    // Recording it as new again conflicts on its entity.
    expect_conflict_naming(store.append(record(&sco, &ended, 6)), &ind_entity);
    // Within one batch the later record of a membership wins.
    let mut rus_noted = m(&brics, &rus, Member, Some("2009-06-16"));
    rus_noted.note = Some("Founding member.".to_owned());
    let rus_left = Membership {
        to: Some("2030-01-01".parse().unwrap()),
        ..rus_noted.clone()
    };
    let batch = mirror.append(
        &store,
        vec![
            brics.record_membership(&rus_noted, Vec::new(), &minutes_after(TIME, 7)),
            brics.record_membership(&rus_left, Vec::new(), &minutes_after(TIME, 7)),
        ],
    );
    mirror.check(&store);

    let all = store.memberships(&MembershipFilter::default()).unwrap();
    assert_eq!(
        all.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
        mirror
            .memberships(&MembershipFilter::default())
            .into_iter()
            .map(|v| v.value)
            .collect::<Vec<_>>()
    );
    let ind_now = all
        .iter()
        .find(|v| v.value.entity() == ind_entity)
        .expect("the observer membership is still listed");
    assert_eq!(ind_now.value, ended, "replaced by the later record");
    assert_eq!(ind_now.version, receipts[0].index);
    assert_eq!(mirror.state.memberships[&ind_entity], ended);
    let rus_now = all
        .iter()
        .find(|v| v.value.entity() == rus_left.entity())
        .unwrap();
    assert_eq!(
        *rus_now,
        Versioned {
            value: rus_left.clone(),
            version: batch[1].index
        }
    );
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&(ind_entity.to_string(), receipts[0].index))
    );
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&("membership:sco:KAZ:member:-".to_owned(), second[1].index))
    );

    // The order, spelled out: brics before sco; within sco BLR, CHN, IND, KAZ; roles by name
    // (dialogue_partner, member, observer), then the start date with no start first.
    let key = |v: &Versioned<Membership>| v.value.entity().to_string();
    assert_eq!(
        all.iter().map(key).collect::<Vec<_>>(),
        [
            "membership:brics:CHN:member:2009-06-16",
            "membership:brics:RUS:member:2009-06-16",
            "membership:sco:BLR:dialogue_partner:2010-04-28",
            "membership:sco:BLR:member:2024-07-04",
            "membership:sco:BLR:observer:2015-07-10",
            "membership:sco:CHN:member:2001-06-15",
            "membership:sco:IND:member:2017-06-09",
            "membership:sco:IND:observer:2005-07-05",
            "membership:sco:KAZ:member:-",
            "membership:sco:KAZ:member:2001-06-15",
        ]
    );

    let filter = |mechanism: Option<&TestParty>, member: Option<&TestParty>| MembershipFilter {
        mechanism: mechanism.map(|p| p.id().clone()),
        member: member.map(|p| p.id().clone()),
    };
    let usa = TestParty::new(9, "USA");
    let cases = [
        (filter(Some(&sco), None), 8),
        (filter(Some(&brics), None), 2),
        (filter(None, Some(&chn)), 2),
        (filter(None, Some(&blr)), 3),
        (filter(None, Some(&kaz)), 2),
        (filter(Some(&sco), Some(&chn)), 1),
        (filter(Some(&brics), Some(&kaz)), 0),
        (filter(Some(&usa), None), 0),
        (filter(None, Some(&usa)), 0),
        (filter(Some(&chn), None), 0),
    ];
    for (f, count) in cases {
        let listed = store.memberships(&f).unwrap();
        assert_eq!(listed, mirror.memberships(&f), "memberships({f:?})");
        assert_eq!(listed.len(), count, "memberships({f:?})");
    }
    assert_eq!(
        store
            .records_about(&format!("membership:{}:{}", sco.id(), ind.id()))
            .unwrap()
            .len(),
        3,
        "records about India in the SCO"
    );
}

/// Rules, meetings (and by the same path documents and series) are kept whole, read back by
/// entity with the version of the last record that wrote them, listed by kind in entity order,
/// and guarded by expectations like every projection.
pub fn dialogue_objects_are_kept_whole<H: Harness>(harness: &H) {
    use gsi_core::MeetingId;
    use gsi_core::decisions::RuleKind;
    use gsi_core::dialogue::meetings::Attendance;
    use gsi_core::dialogue::rules::DeclareRules;

    let store = harness.open();
    let mut mirror = Mirror::default();
    let sco = TestParty::mechanism(10, "sco");
    let (kaz, chn) = (TestParty::new(2, "KAZ"), TestParty::new(1, "CHN"));
    mirror.append(&store, [&sco, &kaz, &chn].map(TestParty::register).to_vec());
    let all_meetings = crate::ObjectQuery::all(crate::ObjectKind::Meeting);
    assert!(store.meetings_where(&all_meetings).unwrap().is_empty());
    assert!(store.rules(sco.id()).unwrap().is_none());

    let rules = Event::Dialogue(DialogueEvent::Rules(RulesEvent::Declared(DeclareRules {
        mechanism: sco.id().clone(),
        default: RuleKind::Consensus,
        allowed: vec![RuleKind::Consensus, RuleKind::ConsensusMinusX],
        quorum: None,
        series: "SCO/GSI".into(),
    })));
    let declared = new_record(sco.sign(&rules, TIME), None, vec![expect_new("rules:sco")]);
    let [declared_at] = mirror.append(&store, vec![declared])[..] else {
        unreachable!()
    };
    let stored_rules = store.rules(sco.id()).unwrap().expect("the rules are kept");
    assert_eq!(stored_rules.version, declared_at.index);
    assert_eq!(stored_rules.value, mirror.state.rules[sco.id()]);

    let meeting_id = |n: u8| MeetingId::from_random([n; 16]);
    let convene = |n: u8, opens: &str| convening(&sco, n, opens, &chn);
    let mut prior = State::default();
    prior
        .rules
        .insert(sco.id().clone(), mirror.state.rules[sco.id()].clone());
    // Two meetings in one batch; the later-opening one has the smaller id.
    let batch = vec![
        new_record_with(
            sco.sign(&convene(2, "2027-03-01"), TIME),
            &prior,
            vec![expect_new(format!("meeting:{}", meeting_id(2)))],
        ),
        new_record_with(
            sco.sign(&convene(1, "2027-05-01"), TIME),
            &prior,
            vec![expect_new(format!("meeting:{}", meeting_id(1)))],
        ),
    ];
    mirror.append(&store, batch);
    let listed = store.meetings_where(&all_meetings).unwrap();
    assert_eq!(
        listed.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
        vec![meeting_id(2), meeting_id(1)],
        "meetings are listed by closing date"
    );
    assert_eq!(store.objects(crate::ObjectKind::Meeting).unwrap().len(), 2);
    assert_eq!(store.objects(crate::ObjectKind::Document).unwrap().len(), 0);

    // KAZ registers: the meeting is rewritten whole and its version moves on.
    let before = store.meeting(&meeting_id(1)).unwrap().expect("kept");
    let register = Event::Dialogue(DialogueEvent::Meeting(
        MeetingEvent::RegistrationRequested {
            meeting: meeting_id(1),
            attendance: Attendance::Member,
            delegates: vec!["Head of delegation".into()],
        },
    ));
    let mut prior = State::default();
    prior
        .meetings
        .insert(before.value.id.clone(), before.value.clone());
    let registered = new_record_with(
        kaz.sign(&register, &minutes_after(TIME, 1)),
        &prior,
        vec![expect_version(before.value.entity(), before.version)],
    );
    let [receipt] = mirror.append(&store, vec![registered.clone()])[..] else {
        unreachable!()
    };
    let after = store.meeting(&meeting_id(1)).unwrap().expect("kept");
    assert_eq!(after.version, receipt.index);
    assert_eq!(after.value, mirror.state.meetings[&meeting_id(1)]);
    assert!(after.value.participant(kaz.id()).is_some());

    // The same registration against the old version conflicts and writes nothing.
    let size = store.tree_size().unwrap();
    assert!(matches!(
        store.append(registered),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.tree_size().unwrap(), size);
    assert_eq!(store.meeting(&meeting_id(1)).unwrap().unwrap(), after);

    // The index follows the object: KAZ is now a party to meeting 1, and to it alone.
    let ids = |q: &crate::ObjectQuery| -> Vec<MeetingId> {
        let listed = store.meetings_where(q).unwrap();
        assert_eq!(
            store.count_objects(q).unwrap() as usize,
            listed.len(),
            "{q:?}"
        );
        listed.into_iter().map(|m| m.id).collect()
    };
    let of_party = |p: &TestParty| all_meetings.clone().with(format!("party:{}", p.id()));
    assert_eq!(ids(&of_party(&kaz)), vec![meeting_id(1)]);
    assert_eq!(ids(&of_party(&chn)), vec![meeting_id(2), meeting_id(1)]);
    assert_eq!(
        ids(&of_party(&kaz).with(format!("mechanism:{}", sco.id()))),
        vec![meeting_id(1)],
        "terms combine"
    );
    assert!(ids(&all_meetings.clone().with("mechanism:cica")).is_empty());
    assert_eq!(
        store
            .object_terms(crate::ObjectKind::Meeting, "mechanism:")
            .unwrap(),
        vec![format!("mechanism:{}", sco.id())]
    );
    assert!(
        store
            .object_terms(crate::ObjectKind::Document, "mechanism:")
            .unwrap()
            .is_empty(),
        "terms are of one kind"
    );
    // The stored index, as `gsi verify` reads it, is the one the core derives.
    let stored = store.object_indexes().unwrap();
    for m in mirror.state.meetings.values() {
        let derived = m.index();
        let mut terms: Vec<String> = derived.terms.iter().map(ToString::to_string).collect();
        terms.sort();
        assert_eq!(
            stored[&m.entity().to_string()],
            crate::StoredIndex {
                sort: Some(derived.sort),
                terms
            },
            "{}",
            m.id
        );
    }
    // Ranges and order of the sort key ("<closes> <opens>"), and pages.
    let closing_from = crate::ObjectQuery {
        sort_from: Some("2027-04-01".into()),
        ..all_meetings.clone()
    };
    assert_eq!(ids(&closing_from), vec![meeting_id(1)]);
    let closed_before = crate::ObjectQuery {
        sort_before: Some("2027-06-01".into()),
        descending: true,
        ..all_meetings.clone()
    };
    assert_eq!(ids(&closed_before), vec![meeting_id(1), meeting_id(2)]);
    let second = crate::ObjectQuery {
        limit: Some(1),
        offset: 1,
        ..closed_before.clone()
    };
    assert_eq!(
        store
            .meetings_where(&second)
            .unwrap()
            .into_iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        vec![meeting_id(2)]
    );
    assert_eq!(
        store.count_objects(&second).unwrap(),
        2,
        "a count ignores the page"
    );
    let skipped = crate::ObjectQuery {
        offset: 1,
        ..all_meetings.clone()
    };
    assert_eq!(store.meetings_where(&skipped).unwrap().len(), 1);
}
