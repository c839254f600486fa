//! Dialogue from the command line, end to end on the real binary: a mechanism's meeting convened,
//! delegations registered and approved, a draft amended and adopted by consensus with a series
//! symbol, commitments reported on; every writing command needs the acting user's own token, and
//! bad input is refused with one sentence.

mod support;

use support::Node;

use support::{stderr, stdout};

fn log_size(node: &Node) -> usize {
    node.gsi_ok(&["log", "list", "--limit", "100000"])
        .lines()
        .count()
}

/// A demo node, initialised without a server running.
fn demo() -> Node {
    demo_on(Node::sqlite())
}

fn demo_on(node: Node) -> Node {
    node.gsi_ok(&["init", "--demo"]);
    node
}

/// The first word of the listing's first line: an id.
fn first_id(listing: &str) -> String {
    listing
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().next())
        .expect("a listing with one row")
        .to_owned()
}

#[test]
fn a_meeting_adopts_an_amended_document_by_consensus() {
    adopts_an_amended_document_by_consensus(&demo());
}

#[test]
fn a_meeting_adopts_an_amended_document_by_consensus_on_postgres() {
    if let Some(node) = Node::postgres() {
        adopts_an_amended_document_by_consensus(&demo_on(node));
    }
}

/// Answers the meeting's id.
fn adopts_an_amended_document_by_consensus(node: &Node) -> String {
    let sco = node.demo_token("sco.secretariat");
    let kaz = node.demo_token("kaz.delegate");
    let chn = node.demo_token("chn.delegate");
    let rus = node.demo_token("rus.delegate");
    let pak = node.demo_token("pak.focal");

    let rules = node.gsi_ok(&["meeting", "rules", "sco"]);
    assert!(
        rules.contains("consensus_minus_x") && rules.contains("SCO/GSI"),
        "{rules}"
    );

    // The SCO convenes; --token here, GSI_TOKEN elsewhere.
    let convened = node.gsi_as(
        None,
        &[
            "meeting",
            "convene",
            "--mechanism",
            "sco",
            "--kind",
            "ministerial",
            "--title",
            "SCO ministerial on early warning",
            "--opens",
            "2026-12-01",
            "--closes",
            "2026-12-02",
            "--place",
            "Astana",
            "--online",
            "https://meet.example.org/sco",
            "--language",
            "en",
            "--language",
            "zh",
            "--item",
            "Adoption of the agenda",
            "--item",
            "Early warning on shared rivers|III.11,III.20",
            "--invite",
            "PAK:observer",
            "--token",
            &sco,
        ],
    );
    assert!(convened.status.success(), "{}", stderr(&convened));
    let meeting = stdout(&convened).trim().to_owned();
    assert_eq!(meeting.len(), 26, "the id alone on stdout: {meeting}");
    assert!(
        stderr(&convened).contains("convened"),
        "{}",
        stderr(&convened)
    );

    for (token, head) in [
        (&kaz, "A. Kazakh"),
        (&chn, "C. Chinese"),
        (&rus, "R. Russian"),
    ] {
        let registered = node.ok_as(
            token,
            &["meeting", "register", &meeting, "--delegate", head],
        );
        assert!(registered.contains("awaiting the convener"), "{registered}");
    }
    for party in ["KAZ", "CHN", "RUS"] {
        node.ok_as(&sco, &["meeting", "approve", &meeting, party]);
    }
    // Pakistan accepts its invitation by registering: no approval needed.
    let accepted = node.ok_as(
        &pak,
        &[
            "meeting",
            "register",
            &meeting,
            "--delegate",
            "P. Pakistani",
        ],
    );
    assert!(
        accepted.contains("as observer") && accepted.contains("approved"),
        "{accepted}"
    );
    node.ok_as(
        &kaz,
        &["meeting", "speak", &meeting, "2", "--delegate", "A. Kazakh"],
    );
    node.ok_as(
        &chn,
        &[
            "meeting",
            "attach",
            &meeting,
            "2",
            "--title",
            "Background note",
            "--url",
            "https://example.org/background.pdf",
        ],
    );
    // The secretariat revises the provisional agenda and moves the closing day; the item with a
    // speaker and a document keeps both under its new number.
    let revised = node.ok_as(
        &sco,
        &[
            "meeting",
            "revise",
            &meeting,
            "--closes",
            "2026-12-03",
            "--add-item",
            "Opening of the meeting",
            "--add-after",
            "0",
            "--retitle-item",
            "2",
            "--title-of-item",
            "Early warning on shared rivers and glaciers",
        ],
    );
    for expected in [
        "sco revised \"SCO ministerial on early warning\"",
        "2026-12-01 to 2026-12-03, Astana and https://meet.example.org/sco, in en, zh.",
        "  1. Opening of the meeting (0 speakers, 0 documents)",
        "  2. Adoption of the agenda",
        "  3. Early warning on shared rivers and glaciers (1 speaker, 1 document)",
    ] {
        assert!(revised.contains(expected), "{expected:?} in {revised}");
    }
    // An item with a speaker stays; a retitling needs what to change.
    let err = node.refused(
        Some(&sco),
        &["meeting", "revise", &meeting, "--remove-item", "3"],
    );
    assert!(
        err.contains("item 3 (\"Early warning on shared rivers and glaciers\") cannot be removed"),
        "{err}"
    );
    let err = node.refused(
        Some(&sco),
        &["meeting", "revise", &meeting, "--retitle-item", "3"],
    );
    assert!(err.contains("--title-of-item"), "{err}");
    let err = node.refused(
        Some(&sco),
        &["meeting", "revise", &meeting, "--closes", "2026-12-03"],
    );
    assert!(err.contains("the revision changes nothing"), "{err}");

    let shown = node.gsi_ok(&["meeting", "show", &meeting]);
    for expected in [
        "SCO ministerial on early warning",
        "2026-12-01 to 2026-12-03",
        "3. Early warning on shared rivers and glaciers [III.11, III.20]",
        "speaker 1: A. Kazakh (KAZ)",
        "Background note",
        "KAZ        member    approved",
        "PAK        observer  approved",
        "delegates: C. Chinese",
        "  revised     ",
    ] {
        assert!(shown.contains(expected), "{expected:?} in {shown}");
    }
    let listed = node.gsi_ok(&["meeting", "list", "--party", "RUS"]);
    assert!(
        listed.contains(&meeting) && listed.contains("1 meeting."),
        "{listed}"
    );

    // Kazakhstan tables a draft from a file: paragraphs separated by blank lines.
    let file = node.data_dir().join("draft.txt");
    std::fs::write(
        &file,
        "The ministers recall the Global Security Initiative.\n\n\
         They agree to notify downstream parties of planned releases\n\
         fourteen days in advance.\n\n\
         They will designate focal points by the end of the year.\n",
    )
    .unwrap();
    let document = node
        .ok_as(
            &kaz,
            &[
                "decide",
                "draft",
                "--meeting",
                &meeting,
                "--title",
                "Joint statement on early warning",
                "--priority",
                "III.11",
                "--file",
                file.to_str().unwrap(),
            ],
        )
        .trim()
        .to_owned();
    assert_eq!(document.len(), 26, "{document}");

    let amended = node.ok_as(
        &chn,
        &[
            "decide",
            "amend",
            &document,
            "--replace",
            "2",
            "--text",
            "They agree to notify downstream parties of planned releases thirty days in advance.",
            "--reason",
            "Flood preparation takes a month.",
        ],
    );
    assert!(amended.contains("amendment 1"), "{amended}");
    let accepted = node.ok_as(&sco, &["decide", "accept", &document, "1"]);
    assert!(accepted.contains("version 2"), "{accepted}");

    let diff = node.gsi_ok(&["decide", "diff", &document]);
    assert!(diff.contains("Paragraph 2 changed:"), "{diff}");
    assert!(diff.lines().any(|l| l.trim() == "- fourteen"), "{diff}");
    assert!(diff.lines().any(|l| l.trim() == "+ thirty"), "{diff}");
    assert!(diff.contains("Unchanged: paragraphs 1, 3."), "{diff}");

    let opened = node.ok_as(&sco, &["decide", "open", &document, "--rule", "consensus"]);
    assert!(opened.contains("members: KAZ, CHN, RUS."), "{opened}");
    node.ok_as(
        &kaz,
        &[
            "decide",
            "position",
            &document,
            "support",
            "--comfort",
            "can_live_with_it",
        ],
    );
    node.ok_as(&chn, &["decide", "position", &document, "support"]);
    node.ok_as(&rus, &["decide", "position", &document, "stand_aside"]);
    let tally = node.gsi_ok(&["decide", "tally", &document]);
    assert!(
        tally.contains("2 support, 1 stand aside, 0 object") && tally.contains("if closed now"),
        "{tally}"
    );

    let before = gsi_core::dialogue::documents::now_year(gsi_app::now());
    let closed = node.ok_as(&sco, &["decide", "close", &document]);
    let after = gsi_core::dialogue::documents::now_year(gsi_app::now());
    assert!(closed.contains("Adopted"), "{closed}");
    let symbol = closed
        .split_whitespace()
        .find(|w| w.starts_with("SCO/GSI/"))
        .expect("the symbol is printed")
        .to_owned();
    let parts: Vec<&str> = symbol.split('/').collect();
    assert_eq!(parts.len(), 4, "{symbol}");
    let year: i32 = parts[2].parse().unwrap();
    assert!(year == before || year == after, "{symbol}");
    assert!(parts[3].parse::<u32>().unwrap() >= 1, "{symbol}");

    let show = node.gsi_ok(&["decide", "show", &symbol]);
    for expected in [
        "status      adopted",
        &format!("as {symbol}"),
        "text SHA-256",
        "2. They agree to notify downstream parties of planned releases thirty days in advance.",
        "1. CHN to version 1: replace paragraph 2",
        "KAZ        support (can_live_with_it)",
        "outcome: Adopted",
    ] {
        assert!(show.contains(expected), "{expected:?} in {show}");
    }

    // Commitments: marked by the chair, reported on by a committed party with GSI_TOKEN.
    let committed = node.ok_as(
        &sco,
        &[
            "decide",
            "commit",
            &document,
            "--paragraph",
            "2",
            "--party",
            "KAZ",
            "--party",
            "CHN",
            "--due",
            "2027-06-30",
        ],
    );
    assert!(committed.contains("Commitment 1"), "{committed}");
    node.ok_as(
        &kaz,
        &[
            "decide",
            "report",
            &symbol,
            "1",
            "--status",
            "in_progress",
            "--narrative",
            "The water agency drafted the notification procedure.",
            "--evidence",
            "https://example.org/procedure.pdf",
        ],
    );
    node.refused(
        Some(&rus),
        &[
            "decide",
            "report",
            &document,
            "1",
            "--status",
            "completed",
            "--narrative",
            "Not ours.",
        ],
    );
    let table = node.gsi_ok(&["decide", "commitments", "--party", "KAZ"]);
    assert!(
        table.contains(&symbol)
            && table.contains("KAZ:in_progress")
            && table.contains("CHN:no report")
            && table.contains("2027-06-30"),
        "{table}"
    );
    let none = node.gsi_ok(&["decide", "commitments", "--priority", "III.1"]);
    assert!(none.contains("0 commitments."), "{none}");

    // Calendars: iCalendar with CRLF line ends, to stdout or to a file.
    let ical = node.gsi_as(None, &["meeting", "ical", &meeting]);
    assert!(ical.status.success(), "{}", stderr(&ical));
    let ics = stdout(&ical);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    assert!(
        ics.contains("SUMMARY:SCO ministerial on early warning"),
        "{ics}"
    );
    let out = node.data_dir().join("kaz.ics");
    let wrote = node.gsi_ok(&["meeting", "calendar", "KAZ", "--out", out.to_str().unwrap()]);
    assert!(
        wrote.contains("5 events"),
        "the demo's two meetings and its commitment, this meeting and the commitment due on \
         2027-06-30: {wrote}"
    );
    let feed = std::fs::read_to_string(&out).unwrap();
    assert!(feed.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(feed.contains("DTSTART;VALUE=DATE:20270630"), "{feed}");
    // Entries link to the public address given, without a doubled slash.
    let linked = node.gsi_ok(&[
        "meeting",
        "ical",
        &meeting,
        "--base-url",
        "https://gsi.example.org/",
    ]);
    assert!(
        linked.replace("\r\n ", "").contains(&format!(
            "URL:https://gsi.example.org/meetings/{meeting}\r\n"
        )),
        "{linked}"
    );
    // An address that is not one is refused with a sentence, and nothing is written.
    let refused = node.gsi_as(
        None,
        &["meeting", "ical", &meeting, "--base-url", "gsi.example.org"],
    );
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("must start with https:// or http://"),
        "{}",
        stderr(&refused)
    );
    assert!(stdout(&refused).is_empty());

    let verified = node.gsi_ok(&["verify"]);
    assert!(verified.contains("all consistent"), "{verified}");
    meeting
}

#[test]
fn acting_needs_the_acting_users_own_token() {
    let node = demo();
    let meeting = first_id(&node.gsi_ok(&["meeting", "list", "--mechanism", "sco"]));
    let document = first_id(&node.gsi_ok(&["decide", "list", "--meeting", &meeting]));
    let size = log_size(&node);

    // No token: refused before anything is read or written.
    for args in [
        vec!["meeting", "register", &meeting, "--delegate", "Someone"],
        vec!["meeting", "approve", &meeting, "KAZ"],
        vec!["meeting", "revise", &meeting, "--title", "T"],
        vec!["decide", "position", &document, "support"],
        vec![
            "meeting",
            "convene",
            "--mechanism",
            "sco",
            "--kind",
            "forum",
            "--title",
            "T",
            "--opens",
            "2026-12-01",
            "--place",
            "Beijing",
            "--language",
            "en",
            "--item",
            "A",
        ],
    ] {
        let err = node.refused(None, &args);
        assert!(err.contains("API token"), "{err}");
        assert!(
            err.contains("--token") && err.contains("GSI_TOKEN"),
            "{err}"
        );
    }
    assert_eq!(log_size(&node), size, "nothing was written");

    // A reader's token authors nothing; an unknown token is no one's.
    let reader = node.demo_token("bra.reader");
    let err = node.refused(
        Some(&reader),
        &[
            "meeting",
            "register",
            &meeting,
            "--delegate",
            "A. Brazilian",
        ],
    );
    assert!(
        err.contains("bra.reader") && err.contains("no role"),
        "{err}"
    );
    let err = node.refused(
        Some("gsi_not-a-real-token"),
        &["meeting", "withdraw", &meeting],
    );
    assert!(err.contains("not known"), "{err}");

    // A party's token acts for that party only: Kazakhstan cannot act as the SCO's chair.
    let kaz = node.demo_token("kaz.delegate");
    let err = node.refused(
        Some(&kaz),
        &[
            "meeting",
            "cancel",
            &meeting,
            "--reason",
            "Not mine to cancel",
        ],
    );
    assert!(err.contains("only the convener"), "{err}");
    let err = node.refused(
        Some(&kaz),
        &[
            "meeting",
            "revise",
            &meeting,
            "--title",
            "Kazakhstan's agenda",
            "--add-item",
            "Another item",
        ],
    );
    assert!(
        err.contains("only the convener, sco, may revise the meeting"),
        "{err}"
    );
    let err = node.refused(
        Some(&kaz),
        &["decide", "open", &document, "--rule", "consensus"],
    );
    assert!(err.contains("only the convener"), "{err}");
    let err = node.refused(
        Some(&kaz),
        &[
            "meeting",
            "declare-rules",
            "--default",
            "consensus",
            "--allow",
            "consensus",
            "--series",
            "KAZ/X",
        ],
    );
    assert!(err.contains("KAZ is a state"), "{err}");
    assert_eq!(log_size(&node), size, "nothing was written");

    // Reading needs no token.
    let shown = node.gsi_as(None, &["decide", "show", &document]);
    assert!(shown.status.success() && stdout(&shown).contains("1. The participants recall"));
}

#[test]
fn bad_input_is_refused_with_a_sentence() {
    let node = demo();
    let sco = node.demo_token("sco.secretariat");
    let kaz = node.demo_token("kaz.delegate");
    let meeting = first_id(&node.gsi_ok(&["meeting", "list", "--mechanism", "sco"]));
    let document = first_id(&node.gsi_ok(&["decide", "list", "--meeting", &meeting]));
    let size = log_size(&node);
    let convene = |extra: &[&str]| {
        let mut args = vec![
            "meeting",
            "convene",
            "--mechanism",
            "sco",
            "--kind",
            "conference",
            "--title",
            "A conference",
            "--place",
            "Tashkent",
            "--language",
            "ru",
            "--item",
            "Opening",
        ];
        args.extend_from_slice(extra);
        node.refused(Some(&sco), &args)
    };
    let err = convene(&["--opens", "2026-13-01"]);
    assert!(err.contains("\"2026-13-01\" is not a date"), "{err}");
    let err = convene(&["--opens", "2026-12-01", "--rule", "unanimity"]);
    assert!(
        err.contains("\"unanimity\" is not a decision rule"),
        "{err}"
    );
    let err = convene(&["--opens", "2026-12-01", "--rule", "simple_majority"]);
    assert!(
        err.contains("does not allow the rule simple_majority"),
        "{err}"
    );
    let err = convene(&["--opens", "2026-12-01", "--closes", "2026-11-30"]);
    assert!(err.contains("closes (2026-11-30) before it opens"), "{err}");
    let err = convene(&["--opens", "2026-12-01", "--item", "Water|III.42"]);
    assert!(err.contains("\"III.42\" is not a priority"), "{err}");
    let err = convene(&["--opens", "2026-12-01", "--invite", "CHN:delegate"]);
    assert!(err.contains("is not a capacity"), "{err}");

    let err = node.refused(
        Some(&sco),
        &[
            "meeting",
            "declare-rules",
            "--default",
            "consensus",
            "--allow",
            "consensus,silence",
            "--quorum",
            "most",
            "--series",
            "SCO/GSI",
        ],
    );
    assert!(err.contains("\"most\" is not a quorum"), "{err}");
    let err = node.refused(Some(&kaz), &["decide", "position", &document, "maybe"]);
    assert!(err.contains("\"maybe\" is not a position"), "{err}");
    let err = node.refused(
        Some(&sco),
        &["decide", "open", &document, "--rule", "silence"],
    );
    assert!(err.contains("needs a deadline"), "{err}");
    let err = node.refused(
        Some(&kaz),
        &[
            "decide",
            "amend",
            &document,
            "--replace",
            "9",
            "--text",
            "New.",
        ],
    );
    assert!(err.contains("there is no paragraph 9"), "{err}");
    let err = node.refused(None, &["meeting", "show", "not-an-id"]);
    assert!(err.contains("is not a meeting id"), "{err}");
    assert_eq!(log_size(&node), size, "nothing was written");
}

#[test]
fn a_served_node_links_calendars_to_its_configured_public_address() {
    let node = demo();
    let refused = node.gsi_as(None, &["serve", "--base-url", "ftp://gsi.example.org"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("must start with https:// or http://"),
        "{}",
        stderr(&refused)
    );

    let server = node.serve_with(&["--base-url", "https://gsi.example.org"]);
    let feed = reqwest::blocking::Client::new()
        .get(format!("{}/meetings/calendar/KAZ.ics", server.base))
        .send()
        .unwrap();
    assert_eq!(feed.status().as_u16(), 200);
    let ics = feed.text().unwrap().replace("\r\n ", "");
    assert!(
        ics.contains("URL:https://gsi.example.org/meetings/"),
        "links name the public address, not the local one: {ics}"
    );
    assert!(!ics.contains("127.0.0.1"), "{ics}");
}

#[test]
fn awaiting_lists_what_only_that_party_can_do() {
    let node = demo();
    // The demo's adopted minutes commit China and Kazakhstan; neither has reported completion.
    for party in ["KAZ", "CHN"] {
        let shown = node.gsi_ok(&["awaiting", party]);
        assert!(
            shown.contains("commitment") && shown.contains("report on commitment 1 of GSI/CHN/"),
            "{party}: {shown}"
        );
    }
    let bra = node.gsi_ok(&["awaiting", "BRA"]);
    assert_eq!(bra.trim(), "Nothing waits for BRA.");
    let refused = node.gsi_as(None, &["awaiting", "ZZZ"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("no party ZZZ is registered"),
        "{}",
        stderr(&refused)
    );
}

/// Writes the old-journal fixture `tests/fixtures/journal-v1`: the demo, the consensus scenario
/// above, and decisions under two more rules (one adopted without a party that opted out, one
/// blocked by an objection). It was run once, at the version the fixture's README names; the
/// fixture is never written again — `old_journal.rs` reads it on every later version.
#[test]
#[ignore = "writes the old-journal fixture; see tests/fixtures/journal-v1/README.md"]
fn write_the_old_journal_fixture() {
    let target = std::env::var_os("GSI_WRITE_JOURNAL_FIXTURE")
        .expect("set GSI_WRITE_JOURNAL_FIXTURE to the directory to write");
    let node = demo();
    let meeting = adopts_an_amended_document_by_consensus(&node);
    let sco = node.demo_token("sco.secretariat");
    let kaz = node.demo_token("kaz.delegate");
    let chn = node.demo_token("chn.delegate");
    let rus = node.demo_token("rus.delegate");
    let draft = |title: &str| {
        node.ok_as(
            &kaz,
            &[
                "decide",
                "draft",
                "--meeting",
                &meeting,
                "--title",
                title,
                "--priority",
                "III.11",
                "--paragraph",
                "The parties exchange hydrological data in flood season.",
                "--paragraph",
                "They meet again within a year.",
            ],
        )
        .trim()
        .to_owned()
    };
    let minus_x = draft("Data exchange on shared rivers");
    node.ok_as(
        &sco,
        &["decide", "open", &minus_x, "--rule", "consensus_minus_x"],
    );
    for (token, position) in [(&kaz, "support"), (&chn, "support"), (&rus, "opt_out")] {
        node.ok_as(token, &["decide", "position", &minus_x, position]);
    }
    node.ok_as(&sco, &["decide", "close", &minus_x]);
    let blocked = draft("A standing river commission");
    node.ok_as(&sco, &["decide", "open", &blocked, "--rule", "consensus"]);
    for (token, position) in [(&kaz, "support"), (&chn, "object")] {
        node.ok_as(token, &["decide", "position", &blocked, position]);
    }
    node.ok_as(&sco, &["decide", "close", &blocked]);
    node.gsi_ok(&["log", "checkpoint"]);
    let target = std::path::PathBuf::from(target);
    std::fs::create_dir_all(&target).unwrap();
    std::fs::copy(node.data_dir().join("node.json"), target.join("node.json")).unwrap();
    // One self-contained file, with whatever the write-ahead log still held.
    rusqlite::Connection::open(node.data_dir().join("gsi.db"))
        .unwrap()
        .execute("VACUUM INTO ?1", [target.join("gsi.db").to_str().unwrap()])
        .unwrap();
}
