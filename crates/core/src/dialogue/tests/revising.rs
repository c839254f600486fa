//! Revising a meeting.

use super::*;

fn pr(s: &str) -> PriorityRef {
    PriorityRef::parse(s).unwrap()
}

fn retitled(title: &str) -> MeetingRevision {
    MeetingRevision {
        title: Some(title.into()),
        ..MeetingRevision::default()
    }
}

fn agenda_revision(changes: Vec<AgendaChange>) -> MeetingRevision {
    MeetingRevision {
        agenda: changes,
        ..MeetingRevision::default()
    }
}

fn remove(item: u32) -> AgendaChange {
    AgendaChange::Remove { item }
}

fn speakers_of(d: &Dialogue, item: usize) -> Vec<String> {
    d.meeting().agenda[item]
        .speakers
        .iter()
        .map(|s| s.party.to_string())
        .collect()
}

#[test]
fn only_the_convener_revises_a_meeting() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &["UZB"]);
    let revision = retitled("Consultations on water security, second session");
    for who in ["KGZ", "UZB", "MNG"] {
        let m = forbidden(d.revise(who, revision.clone()));
        assert!(
            m.contains("only the convener, KAZ, may revise the meeting"),
            "{who}: {m}"
        );
    }
    // The convener's readers author nothing.
    forbidden(d.revise_as(&actor("KAZ", Role::Reader), revision.clone()));
    assert_eq!(d.meeting().revised_at, None);
    assert_eq!(
        d.meeting().title,
        "Consultations on transboundary water security"
    );

    let at = d.now();
    d.revise("KAZ", revision).unwrap();
    assert_eq!(
        d.meeting().title,
        "Consultations on water security, second session"
    );
    assert_eq!(d.meeting().revised_at, Some(at));

    // In a mechanism's meeting the mechanism revises, through its secretariat; a member does not.
    let mut d = sco_meeting(&[RuleKind::Consensus], &["KAZ"]);
    let online = MeetingRevision {
        place: Some(String::new()),
        online: Some(" https://meet.example.org/sco ".into()),
        ..MeetingRevision::default()
    };
    forbidden(d.revise("KAZ", online.clone()));
    d.revise_as(&actor(SCO, Role::Secretariat), online).unwrap();
    assert_eq!(d.meeting().place, None);
    assert_eq!(
        d.meeting().online.as_deref(),
        Some("https://meet.example.org/sco")
    );
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_revision_prepared_on_an_older_meeting_is_refused() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    // Never revised: a form built now names no earlier revision.
    require_unrevised_since(d.meeting(), None).unwrap();
    let at = d.now();
    d.revise("KAZ", retitled("Second session")).unwrap();
    let stale = require_unrevised_since(d.meeting(), None);
    assert!(
        matches!(&stale, Err(DomainError::Conflict(m)) if m.to_string().contains("revised after this form was opened")),
        "{stale:?}"
    );
    require_unrevised_since(d.meeting(), Some(at)).unwrap();
    assert!(require_unrevised_since(d.meeting(), Some(t(0))).is_err());
}

#[test]
fn a_revision_is_checked_as_a_convening_is() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let before = d.meeting().clone();
    let dates = |opens: Option<NaiveDate>, closes: Option<NaiveDate>| MeetingRevision {
        opens,
        closes,
        ..MeetingRevision::default()
    };
    // Moving the opening past the closing; moving both is fine.
    let m = invalid(d.revise("KAZ", dates(Some(date(2026, 3, 5)), None)));
    assert!(
        m.contains("closes (2026-03-03) before it opens (2026-03-05)"),
        "{m}"
    );
    invalid(d.revise("KAZ", retitled("  ")));
    invalid(d.revise("KAZ", retitled(&"x".repeat(301))));
    // Neither a venue nor an online address.
    let m = invalid(d.revise(
        "KAZ",
        MeetingRevision {
            place: Some("  ".into()),
            ..MeetingRevision::default()
        },
    ));
    assert!(
        m.contains("needs a place, an online address, or both"),
        "{m}"
    );
    invalid(d.revise(
        "KAZ",
        MeetingRevision {
            online: Some("meet.example.org".into()),
            ..MeetingRevision::default()
        },
    ));
    let languages = |l: &[&str]| MeetingRevision {
        languages: Some(l.iter().map(|x| (*x).to_owned()).collect()),
        ..MeetingRevision::default()
    };
    invalid(d.revise("KAZ", languages(&[])));
    let m = invalid(d.revise("KAZ", languages(&["english"])));
    assert!(m.contains("is not a language code"), "{m}");
    // The agenda: items that exist, each changed once, at least one left, titles given.
    let m = invalid(d.revise("KAZ", agenda_revision(vec![remove(3)])));
    assert!(
        m.contains("the agenda has items 1 to 2; there is no item 3"),
        "{m}"
    );
    invalid(d.revise("KAZ", agenda_revision(vec![remove(0)])));
    invalid(d.revise("KAZ", agenda_revision(vec![add("Late item", Some(3))])));
    invalid(d.revise("KAZ", agenda_revision(vec![add(" ", None)])));
    let m = invalid(d.revise("KAZ", agenda_revision(vec![remove(1), remove(2)])));
    assert!(m.contains("the agenda needs at least one item"), "{m}");
    let twice = vec![
        AgendaChange::Retitle {
            item: 1,
            title: Some("Opening".into()),
            priorities: None,
        },
        remove(1),
    ];
    let m = invalid(d.revise("KAZ", agenda_revision(twice)));
    assert!(m.contains("item 1 is changed more than once"), "{m}");
    let empty = AgendaChange::Retitle {
        item: 1,
        title: None,
        priorities: None,
    };
    invalid(d.revise("KAZ", agenda_revision(vec![empty])));
    assert_eq!(*d.meeting(), before, "nothing refused changed the meeting");

    d.revise(
        "KAZ",
        MeetingRevision {
            opens: Some(date(2026, 3, 5)),
            closes: Some(date(2026, 3, 6)),
            languages: Some(vec!["ZH".into(), " zh".into(), "en".into()]),
            ..MeetingRevision::default()
        },
    )
    .unwrap();
    let m = d.meeting();
    assert_eq!((m.opens, m.closes), (date(2026, 3, 5), date(2026, 3, 6)));
    assert_eq!(m.languages, vec!["zh", "en"], "each language listed once");
}

#[test]
fn agenda_items_renumber_and_keep_their_speakers_and_documents() {
    let mut d = ad_hoc(&["KGZ", "TJK"], &[]);
    d.floor("TJK", 1, &head("TJK")).unwrap();
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.attach("TJK", 2, "https://example.org/flows").unwrap();

    // Numbers name the items as the agenda stands before the revision.
    d.revise(
        "KAZ",
        agenda_revision(vec![
            add("Adoption of the agenda", Some(0)),
            AgendaChange::Retitle {
                item: 2,
                title: Some(" Sharing river flow data ".into()),
                priorities: Some(vec![pr("III.20"), pr("III.11"), pr("III.11")]),
            },
            // After the last item and at the end are one place: items go there as given.
            add("Dates of the next session", Some(2)),
            add("Any other business", None),
        ]),
    )
    .unwrap();
    assert_eq!(
        d.agenda_titles(),
        vec![
            "Adoption of the agenda",
            "Opening statements",
            "Sharing river flow data",
            "Dates of the next session",
            "Any other business",
        ]
    );
    let numbers: Vec<u32> = d.meeting().agenda.iter().map(|i| i.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    // The speakers and documents moved with their items.
    assert_eq!(speakers_of(&d, 1), vec!["TJK"]);
    assert_eq!(speakers_of(&d, 2), vec!["KGZ"]);
    let item = &d.meeting().agenda[2];
    assert_eq!(item.documents.len(), 1);
    assert_eq!(item.documents[0].url, "https://example.org/flows");
    assert_eq!(item.priorities, vec![pr("III.11"), pr("III.20")]);
    assert!(d.meeting().agenda[0].speakers.is_empty());

    // Later acts use the new numbers.
    d.floor("TJK", 3, &head("TJK")).unwrap();
    assert_eq!(speakers_of(&d, 2), vec!["KGZ", "TJK"]);
    // Removing an empty item moves the later ones up.
    d.revise("KAZ", agenda_revision(vec![remove(1), remove(4)]))
        .unwrap();
    assert_eq!(
        d.agenda_titles(),
        vec![
            "Opening statements",
            "Sharing river flow data",
            "Any other business"
        ]
    );
    assert_eq!(speakers_of(&d, 0), vec!["TJK"]);
    assert_eq!(speakers_of(&d, 1), vec!["KGZ", "TJK"]);
    assert_eq!(d.meeting().agenda[1].number, 2);
    conflict(d.floor("KGZ", 2, &head("KGZ")));
    // The journal rebuilds the same agenda.
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn an_agenda_item_with_speakers_or_documents_cannot_be_removed() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.floor("KGZ", 2, &head("KGZ")).unwrap();
    d.attach("KAZ", 1, "https://example.org/agenda").unwrap();
    let m = conflict(d.revise("KAZ", agenda_revision(vec![remove(2)])));
    assert!(
        m.contains("item 2 (\"River flow data\") cannot be removed: it has 1 speaker on its list"),
        "{m}"
    );
    assert!(m.contains("drop them from the meeting's record"), "{m}");
    let m = conflict(d.revise("KAZ", agenda_revision(vec![remove(1)])));
    assert!(m.contains("1 attached document"), "{m}");
    assert_eq!(d.meeting().agenda.len(), 2);
    // Replay refuses the convener's own row doing it.
    let removed = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: agenda_revision(vec![remove(2)]),
    }));
    conflict(row(&mut d, "KAZ", &removed));

    // Once the speaker has left the list, the item can go.
    d.unfloor("KGZ", 2).unwrap();
    d.revise("KAZ", agenda_revision(vec![remove(2)])).unwrap();
    assert_eq!(d.agenda_titles(), vec!["Opening statements"]);
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_revision_that_changes_nothing_is_refused() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    let current = d.meeting().clone();
    let same = MeetingRevision {
        title: Some(format!("  {}  ", current.title)),
        opens: Some(current.opens),
        closes: Some(current.closes),
        place: Some("Astana".into()),
        online: Some(String::new()),
        languages: Some(vec!["EN".into(), "ru".into()]),
        agenda: vec![AgendaChange::Retitle {
            item: 1,
            title: Some("Opening statements".into()),
            priorities: Some(vec![]),
        }],
    };
    // Taking an empty item off and putting it back as it was changes nothing either.
    let back = agenda_revision(vec![remove(2), add("River flow data", Some(2))]);
    for revision in [MeetingRevision::default(), same.clone(), back] {
        let m = invalid(d.revise("KAZ", revision));
        assert_eq!(m, "the revision changes nothing");
    }
    assert_eq!(*d.meeting(), current);

    // The record keeps only what changes.
    let changed = MeetingRevision {
        place: Some("Bishkek".into()),
        ..same
    };
    match d.revise("KAZ", changed).unwrap() {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised { revision, .. })) => {
            assert_eq!(
                revision,
                MeetingRevision {
                    place: Some("Bishkek".into()),
                    ..MeetingRevision::default()
                }
            )
        }
        other => panic!("{other:?}"),
    }
    // Replay refuses a row that changes nothing.
    let again = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: MeetingRevision {
            place: Some("Bishkek".into()),
            ..MeetingRevision::default()
        },
    }));
    invalid(row(&mut d, "KAZ", &again));
    assert_eq!(replay(&d.journal), d.state);
}

#[test]
fn a_cancelled_meeting_is_not_revised() {
    let mut d = ad_hoc(&["KGZ"], &[]);
    d.cancel("KAZ", "Postponed to the autumn.").unwrap();
    let m = conflict(d.revise("KAZ", retitled("Autumn consultations")));
    assert!(
        m.contains("the meeting was cancelled (Postponed to the autumn.)"),
        "{m}"
    );
    // Replay refuses the convener's own row too.
    let revised = Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Revised {
        meeting: meeting_id(),
        revision: retitled("Autumn consultations"),
    }));
    conflict(row(&mut d, "KAZ", &revised));
    assert_eq!(
        d.meeting().title,
        "Consultations on transboundary water security"
    );
    assert_eq!(d.meeting().revised_at, None);
}
