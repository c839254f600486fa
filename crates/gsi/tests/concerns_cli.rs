//! `gsi concern` end to end on the real binary: a concern lodged, acknowledged, answered,
//! consultations proposed and closed, each as the token's own party; every refusal is one
//! sentence and records nothing.

mod support;

use support::Node;

fn log_size(node: &Node) -> usize {
    node.gsi_ok(&["log", "list", "--limit", "100000"])
        .lines()
        .count()
}

#[test]
fn a_concern_goes_from_lodging_to_closing_from_the_command_line() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    lodges_answers_and_closes(&node);
}

#[test]
fn a_concern_goes_from_lodging_to_closing_from_the_command_line_on_postgres() {
    if let Some(node) = Node::postgres() {
        node.gsi_ok(&["init", "--demo"]);
        lodges_answers_and_closes(&node);
    }
}

fn lodges_answers_and_closes(node: &Node) {
    let chn = node.demo_token("chn.delegate");
    let pak = node.demo_token("pak.focal");
    let kaz = node.demo_token("kaz.delegate");

    let id = node
        .ok_as(
            &chn,
            &[
                "concern",
                "lodge",
                "--title",
                "Shared river water levels",
                "--description",
                "Upstream works change the season's flow.",
                "--domain",
                "non_traditional",
                "--priority",
                "III.18,III.20",
                "--to",
                "PAK",
                "--un-reference",
                "A/RES/76/234",
                "--respond-by",
                "2099-01-31",
            ],
        )
        .trim()
        .to_owned();
    assert_eq!(id.len(), 26, "the new id on stdout: {id}");

    let listed = node.gsi_ok(&["concern", "list", "--status", "open", "--party", "PAK"]);
    let row = listed
        .lines()
        .find(|l| l.starts_with(&id))
        .unwrap_or_else(|| panic!("{id} in {listed}"));
    assert!(
        row.contains("CHN") && row.contains("PAK") && row.contains("Shared river"),
        "{row}"
    );
    let none = node.gsi_ok(&["concern", "list", "--status", "withdrawn"]);
    assert!(!none.contains(&id), "{none}");

    // The concern is read by CHN and PAK alone: to KAZ it does not exist.
    let before = log_size(node);
    let err = node.refused(Some(&kaz), &["concern", "acknowledge", &id]);
    assert_eq!(err.trim(), format!("gsi: no concern {id}"));
    assert_eq!(log_size(node), before);

    // The lodger widens it to everyone; a narrower distribution is refused with a sentence.
    let err = node.refused(
        Some(&chn),
        &["concern", "widen", &id, "--readers", "originator"],
    );
    assert!(err.contains("cannot be taken back"), "{err}");
    let err = node.refused(
        Some(&chn),
        &["concern", "widen", &id, "--readers", "parties:PAK"],
    );
    assert!(err.contains("nothing to widen"), "{err}");
    let widened = node.ok_as(&chn, &["concern", "widen", &id, "--readers", "public"]);
    assert!(widened.contains("TLP:CLEAR"), "{widened}");

    // Only an addressee acknowledges; KAZ is not one, and nothing is recorded for its try.
    let before = log_size(node);
    let err = node.refused(Some(&kaz), &["concern", "acknowledge", &id]);
    assert!(err.contains("not an addressee"), "{err}");
    assert_eq!(log_size(node), before);

    let acknowledged = node.ok_as(&pak, &["concern", "acknowledge", &id]);
    assert!(
        acknowledged.starts_with("PAK acknowledged concern"),
        "{acknowledged}"
    );
    node.ok_as(
        &pak,
        &[
            "concern",
            "respond",
            &id,
            "--text",
            "The works pause in spring.",
        ],
    );
    node.ok_as(
        &pak,
        &[
            "concern",
            "consult",
            &id,
            "--text",
            "Experts meet in March.",
        ],
    );

    // Only the lodger closes.
    let err = node.refused(
        Some(&pak),
        &["concern", "close", &id, "--outcome", "addressed"],
    );
    assert!(err.contains("lodg"), "{err}");
    let closed = node.ok_as(
        &chn,
        &[
            "concern",
            "close",
            &id,
            "--outcome",
            "addressed",
            "--note",
            "Agreed at the experts' meeting.",
        ],
    );
    assert!(closed.contains("as addressed"), "{closed}");

    let shown = node.gsi_ok(&["concern", "show", &id]);
    for expected in [
        "Shared river water levels",
        "Status: addressed",
        "Agreed at the experts' meeting.",
        "A/RES/76/234",
        "III.18, III.20",
        "acknowledged 20",
        "1 response(s), 1 consultation proposal(s)",
        "concern.lodged",
        "concern.acknowledged",
        "concern.responded",
        "concern.consultations_proposed",
        "concern.closed",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&node.gsi_ok(&["concern", "show", &id, "--json"])).unwrap();
    assert_eq!(json["status"], "addressed");
    assert_eq!(json["addressees"][0]["responses"], 1);
    node.gsi_ok(&["verify"]);
}

#[test]
fn bad_input_and_missing_rights_are_refused_with_a_sentence_and_record_nothing() {
    let node = Node::sqlite();
    node.gsi_ok(&["init", "--demo"]);
    let chn = node.demo_token("chn.delegate");
    let lodge = |domain: &'static str, to: &'static str| -> Vec<&'static str> {
        vec![
            "concern",
            "lodge",
            "--title",
            "T",
            "--description",
            "D",
            "--domain",
            domain,
            "--priority",
            "III.1",
            "--to",
            to,
        ]
    };
    let before = log_size(&node);

    let err = node.refused(None, &lodge("traditional", "PAK"));
    assert!(err.contains("needs the acting user's API token"), "{err}");
    let err = node.refused(Some(&chn), &lodge("maritime", "PAK"));
    assert!(
        err.contains("\"maritime\" is not a security domain"),
        "{err}"
    );
    let err = node.refused(Some(&chn), &lodge("traditional", "ATLANTIS"));
    assert!(err.contains("ATLANTIS"), "{err}");
    let err = node.refused(Some(&chn), &lodge("traditional", "CHN"));
    assert!(err.contains("itself"), "{err}");
    let err = node.refused(None, &["concern", "list", "--status", "pending"]);
    assert!(err.contains("\"pending\" is not a status"), "{err}");
    let err = node.refused(None, &["concern", "show", "2a797jxsh8rjddpm17b6zc7376"]);
    assert!(err.contains("no concern"), "{err}");

    // A token limited to reading cannot lodge.
    let read_only = node
        .gsi_ok(&["token", "create", "chn.delegate", "--scope", "read"])
        .trim()
        .to_owned();
    let err = node.refused(Some(&read_only), &lodge("traditional", "PAK"));
    assert!(err.contains("write:concerns"), "{err}");

    assert_eq!(log_size(&node), before, "no refusal recorded anything");
}
