//! End to end through the real binary and real HTTP: a concern is lodged, acknowledged, answered
//! and closed by different parties' tokens; the rules hold at the API; every step is provable
//! from the log; `gsi verify` passes. Runs on SQLite, and on PostgreSQL when configured.

mod support;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::blocking::{Client, Response};
use serde_json::{Value, json};
use support::{Node, Server};

fn call(
    client: &Client,
    server: &Server,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Response {
    let mut req = client.request(method.parse().unwrap(), server.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().unwrap()
}

fn expect(resp: Response, status: u16) -> Value {
    let code = resp.status().as_u16();
    let problem = resp
        .headers()
        .get("content-type")
        .is_some_and(|v| v == "application/problem+json");
    let body: Value = resp.json().unwrap_or(Value::Null);
    assert_eq!(code, status, "unexpected status; body: {body}");
    if status >= 400 {
        assert!(problem, "errors are problem+json: {body}");
        assert_eq!(body["status"], status);
        assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    body
}

/// Checks a record proof from the API offline: leaf hash from the bytes, signature under the
/// author's registered key (fetched from the party's registration record), inclusion in the
/// signed checkpoint.
fn check_proof(
    proof: &Value,
    verifier: &gsi_ledger::NoteVerifier,
    author_key: &gsi_ledger::VerifyingKey,
) {
    let bytes = STANDARD
        .decode(proof["canonical_bytes"].as_str().unwrap())
        .unwrap();
    let sig: [u8; 64] = STANDARD
        .decode(proof["signature"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let leaf = gsi_ledger::leaf_hash(&bytes, &sig);
    assert_eq!(
        gsi_ledger::to_hex(&leaf),
        proof["leaf_hash"].as_str().unwrap()
    );
    let disclosure = proof["disclosure"]
        .as_str()
        .map(|d| STANDARD.decode(d).unwrap());
    let entry = gsi_ledger::LogEntry::from_stored(&bytes, &sig, disclosure.as_deref()).unwrap();
    assert_eq!(entry.leaf_hash().unwrap(), leaf);
    entry
        .verify(author_key)
        .expect("signed by the author's key, and the disclosure is the one committed to");
    assert_eq!(
        serde_json::to_value(entry.record()).unwrap(),
        proof["record"],
        "the record shown is the one signed or disclosed"
    );
    let checkpoint =
        gsi_ledger::open_checkpoint(proof["checkpoint"].as_str().unwrap(), verifier).unwrap();
    let path: Vec<[u8; 32]> = proof["inclusion_proof"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            STANDARD
                .decode(h.as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect();
    let index = proof["index"].as_u64().unwrap();
    gsi_ledger::verify_inclusion(&leaf, index, checkpoint.size, &path, &checkpoint.root).unwrap();
    let mut wrong = leaf;
    wrong[0] ^= 1;
    assert!(
        gsi_ledger::verify_inclusion(&wrong, index, checkpoint.size, &path, &checkpoint.root)
            .is_err()
    );
}

/// Runs docs/verify_proof.py on one record response; `None` (with a message) when python3 is
/// not installed.
fn python_verifier_accepts(response: &Value) -> Option<bool> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("record.json");
    std::fs::write(&file, response.to_string()).unwrap();
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/verify_proof.py");
    match std::process::Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
    {
        Ok(out) => Some(out.status.success()),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping verify_proof.py: python3 not available ({e})");
            None
        }
        Err(e) => panic!("CI runs verify_proof.py, but python3 is not available: {e}"),
    }
}

fn party_key(client: &Client, server: &Server, party: &str) -> gsi_ledger::VerifyingKey {
    // The party's self-signed registration record carries its public key.
    let mut from = 0;
    let index = loop {
        let path = format!("/api/v1/log/records?from={from}&limit=1000");
        let page = expect(call(client, server, "GET", &path, None, None), 200);
        let records = page["records"].as_array().unwrap();
        assert!(!records.is_empty(), "{party} has no registration record");
        let found = records
            .iter()
            .find(|r| r["kind"] == "party.registered" && r["author"] == party);
        if let Some(r) = found {
            break r["index"].as_u64().unwrap();
        }
        from = records.last().unwrap()["index"].as_u64().unwrap() + 1;
    };
    let rec = expect(
        call(
            client,
            server,
            "GET",
            &format!("/api/v1/log/records/{index}"),
            None,
            None,
        ),
        200,
    );
    let pk: [u8; 32] = STANDARD
        .decode(rec["record"]["body"]["public_key"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    gsi_ledger::VerifyingKey::from_bytes(&pk).unwrap()
}

fn lifecycle(node: Node) {
    let server = node.serve();
    let client = Client::new();
    let (kaz, chn, pak, bra, rus) = (
        server.token("kaz.delegate"),
        server.token("chn.delegate"),
        server.token("pak.focal"),
        server.token("bra.reader"),
        server.token("rus.delegate"),
    );

    // Authentication and bad input are refused with problem documents, and store nothing.
    let before = expect(
        call(&client, &server, "GET", "/api/v1/log/records", None, None),
        200,
    )["tree_size"]
        .clone();
    // Without a token the register shows its public concerns only.
    let public = expect(
        call(&client, &server, "GET", "/api/v1/concerns", None, None),
        200,
    );
    assert!(
        public
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["distribution"]["to"] == "public" && c["tlp"] == "TLP:CLEAR"),
        "{public}"
    );
    expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/concerns",
            Some("gsi_forged"),
            None,
        ),
        401,
    );
    let lodge = json!({
        "title": "Piracy reports in shared sea lanes",
        "description": "Incidents are reported to us days late; we ask for a shared reporting channel.",
        "domain": "non_traditional",
        "priorities": ["III.11"],
        "addressees": ["CHN", "PAK"],
        "un_references": ["S/RES/2634 (2022)"]
    });
    let mut to_self = lodge.clone();
    to_self["addressees"] = json!(["KAZ"]);
    // A refusal by a rule carries its message id and values as extension members, for a
    // client that says it in its own language.
    let refused = expect(
        call(
            &client,
            &server,
            "POST",
            "/api/v1/concerns",
            Some(&kaz),
            Some(to_self),
        ),
        422,
    );
    assert_eq!(
        refused["refusal"], "concern-addressed-to-itself",
        "{refused}"
    );
    assert_eq!(refused["values"], json!({"party": "KAZ"}), "{refused}");
    assert_eq!(refused["detail"], "KAZ cannot address a concern to itself");
    let mut bad_priority = lodge.clone();
    bad_priority["priorities"] = json!(["III.42"]);
    expect(
        call(
            &client,
            &server,
            "POST",
            "/api/v1/concerns",
            Some(&kaz),
            Some(bad_priority),
        ),
        422,
    );
    let mut control_characters = lodge.clone();
    control_characters["title"] = json!("Piracy\u{0} reports \u{1b}[2J in sea lanes");
    let refused = expect(
        call(
            &client,
            &server,
            "POST",
            "/api/v1/concerns",
            Some(&kaz),
            Some(control_characters),
        ),
        422,
    );
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .starts_with("the title contains the control character U+0000"),
        "{refused}"
    );
    let broken = client
        .post(server.url("/api/v1/concerns"))
        .bearer_auth(&kaz)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .unwrap();
    expect(broken, 400);
    expect(
        call(
            &client,
            &server,
            "POST",
            "/api/v1/concerns",
            Some(&bra),
            Some(lodge.clone()),
        ),
        403,
    );
    let after = expect(
        call(&client, &server, "GET", "/api/v1/log/records", None, None),
        200,
    )["tree_size"]
        .clone();
    assert_eq!(before, after, "refused requests append nothing");

    // Lodge, then each addressee acts with its own token.
    let created = expect(
        call(
            &client,
            &server,
            "POST",
            "/api/v1/concerns",
            Some(&kaz),
            Some(lodge),
        ),
        201,
    );
    let id = created["concern"]["id"].as_str().unwrap().to_owned();
    assert_eq!(created["concern"]["lodged_by"], "KAZ");
    assert_eq!(created["concern"]["status"], "open");
    let path = |action: &str| format!("/api/v1/concerns/{id}/{action}");

    expect(
        call(
            &client,
            &server,
            "POST",
            &path("acknowledge"),
            Some(&kaz),
            None,
        ),
        403,
    );
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("respond"),
            Some(&bra),
            Some(json!({"text": "x"})),
        ),
        403,
    );
    // RUS may respond to concerns, but not to one it may not know exists.
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("respond"),
            Some(&rus),
            Some(json!({"text": "x"})),
        ),
        404,
    );
    let acked = expect(
        call(
            &client,
            &server,
            "POST",
            &path("acknowledge"),
            Some(&chn),
            None,
        ),
        200,
    );
    assert!(acked["concern"]["clocks"][0]["to_acknowledgement_ms"].is_u64());
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("acknowledge"),
            Some(&chn),
            None,
        ),
        409,
    );
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("respond"),
            Some(&chn),
            Some(json!({"text": "We will share incident reports within 24 hours."})),
        ),
        200,
    );
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("consultations"),
            Some(&pak),
            Some(json!({"text": "Expert consultations in Karachi in March."})),
        ),
        200,
    );
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("close"),
            Some(&chn),
            Some(json!({"outcome": "addressed"})),
        ),
        403,
    );
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("close"),
            Some(&kaz),
            Some(json!({"outcome": "resolved"})),
        ),
        422,
    );
    let closed = expect(
        call(
            &client,
            &server,
            "POST",
            &path("close"),
            Some(&kaz),
            Some(json!({"outcome": "addressed", "note": "Channel agreed."})),
        ),
        200,
    );
    assert_eq!(closed["concern"]["status"], "addressed");
    expect(
        call(
            &client,
            &server,
            "POST",
            &path("respond"),
            Some(&pak),
            Some(json!({"text": "late"})),
        ),
        409,
    );

    // Lists and filters.
    let open = expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/concerns?status=open",
            Some(&bra),
            None,
        ),
        200,
    );
    assert!(
        open.as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != id.as_str())
    );
    // The concern was lodged to CHN and PAK: they read it, BRA and the public do not.
    let listed = |token: Option<&str>| {
        expect(
            call(
                &client,
                &server,
                "GET",
                "/api/v1/concerns?party=PAK&status=addressed",
                token,
                None,
            ),
            200,
        )
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(listed(Some(&pak)), 1);
    assert_eq!(listed(Some(&kaz)), 1);
    assert_eq!(
        listed(Some(&bra)),
        0,
        "counts exclude what BRA may not read"
    );
    assert_eq!(listed(None), 0);
    for token in [Some(bra.as_str()), None] {
        let hidden = expect(
            call(
                &client,
                &server,
                "GET",
                &format!("/api/v1/concerns/{id}"),
                token,
                None,
            ),
            404,
        );
        let unknown = expect(
            call(
                &client,
                &server,
                "GET",
                "/api/v1/concerns/00000000000000000000000000",
                token,
                None,
            ),
            404,
        );
        assert_eq!(
            hidden["title"], unknown["title"],
            "the same as an unknown id"
        );
    }
    // In the public log the lodging record is an envelope: signed, provable, and saying
    // nothing of what was lodged.
    let lodged_at = created["record"]["index"].as_u64().unwrap();
    let envelope = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/log/records/{lodged_at}"),
            Some(&bra),
            None,
        ),
        200,
    );
    assert!(envelope["record"].is_null(), "{envelope}");
    assert!(envelope.get("disclosure").is_none(), "{envelope}");
    let envelope_text = envelope.to_string();
    assert!(!envelope_text.contains("Piracy") && !envelope_text.contains(&id));
    let summaries = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/log/records?from={lodged_at}&limit=1"),
            None,
            None,
        ),
        200,
    );
    let summary = &summaries["records"][0];
    assert_eq!(summary["sealed"], true, "{summary}");
    assert!(
        summary["kind"].is_null() && summary["subject"].is_null(),
        "{summary}"
    );
    let disclosed = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/log/records/{lodged_at}"),
            Some(&chn),
            None,
        ),
        200,
    );
    assert_eq!(
        disclosed["record"]["body"]["title"],
        "Piracy reports in shared sea lanes"
    );
    assert_eq!(disclosed["leaf_hash"], envelope["leaf_hash"]);
    // The outsider's verifier (docs/ledger.md 5.2) accepts both as the API gave them, and
    // refuses a disclosure that is not the one committed to.
    let mut tampered = disclosed.clone();
    let mut bytes = STANDARD
        .decode(disclosed["disclosure"].as_str().unwrap())
        .unwrap();
    let last = bytes.len() - 3;
    bytes[last] ^= 1;
    tampered["disclosure"] = json!(STANDARD.encode(bytes));
    for (response, good) in [(&envelope, true), (&disclosed, true), (&tampered, false)] {
        if let Some(accepted) = python_verifier_accepts(response) {
            assert_eq!(accepted, good, "verify_proof.py on {response}");
        }
    }
    expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/concerns?status=pending",
            Some(&bra),
            None,
        ),
        422,
    );
    expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/concerns/00000000000000000000000000",
            Some(&bra),
            None,
        ),
        404,
    );

    // The history: five signed records by three parties, each provable offline.
    let shown = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/concerns/{id}"),
            Some(&chn),
            None,
        ),
        200,
    );
    assert_eq!(shown["tlp"], "TLP:AMBER+STRICT");
    assert_eq!(
        shown["distribution"],
        json!({"to": "parties", "parties": ["CHN", "PAK"]})
    );
    let history = shown["history"].as_array().unwrap();
    let kinds: Vec<&str> = history
        .iter()
        .map(|r| r["record"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "concern.lodged",
            "concern.acknowledged",
            "concern.responded",
            "concern.consultations_proposed",
            "concern.closed"
        ]
    );
    let key_text = client
        .get(server.url("/checkpoint/key"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    let verifier = gsi_ledger::NoteVerifier::parse_verifier_key(key_text.trim()).unwrap();
    for record in history {
        let author = record["record"]["author"].as_str().unwrap();
        check_proof(record, &verifier, &party_key(&client, &server, author));
    }

    // Only the lodger widens; RUS, which may not know the concern exists, is told it does not.
    let widen = |token: &str, to: Value| {
        call(
            &client,
            &server,
            "POST",
            &path("distribution"),
            Some(token),
            Some(json!({"distribution": to})),
        )
    };
    expect(widen(&rus, json!({"to": "public"})), 404);
    expect(widen(&chn, json!({"to": "public"})), 403);
    let narrower = expect(
        widen(&kaz, json!({"to": "parties", "parties": ["CHN"]})),
        422,
    );
    assert_eq!(narrower["refusal"], "distribution-not-wider", "{narrower}");
    let unknown = expect(
        widen(
            &kaz,
            json!({"to": "parties", "parties": ["CHN", "PAK", "ZZZ"]}),
        ),
        404,
    );
    assert_eq!(unknown["refusal"], "party-not-registered", "{unknown}");
    let widened = expect(widen(&kaz, json!({"to": "public"})), 200);
    assert_eq!(widened["concern"]["tlp"], "TLP:CLEAR");
    // Now the public reads the concern and its whole history, each record with its disclosure.
    let public_view = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/concerns/{id}"),
            None,
            None,
        ),
        200,
    );
    let public_history = public_view["history"].as_array().unwrap();
    assert_eq!(public_history.len(), history.len() + 1, "{public_view}");
    for record in public_history {
        let author = record["record"]["author"].as_str().unwrap();
        check_proof(record, &verifier, &party_key(&client, &server, author));
    }

    // Consistency between an early and the latest checkpoint.
    let latest = gsi_ledger::open_checkpoint(
        &client
            .get(server.url("/checkpoint"))
            .send()
            .unwrap()
            .text()
            .unwrap(),
        &verifier,
    )
    .unwrap();
    let c = expect(
        call(
            &client,
            &server,
            "GET",
            &format!("/api/v1/log/consistency?from=3&to={}", latest.size),
            None,
            None,
        ),
        200,
    );
    let decode = |v: &Value| -> [u8; 32] {
        STANDARD
            .decode(v.as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap()
    };
    let proof: Vec<[u8; 32]> = c["proof"].as_array().unwrap().iter().map(decode).collect();
    assert_eq!(decode(&c["to_root"]), latest.root);
    gsi_ledger::verify_consistency(
        3,
        latest.size,
        &decode(&c["from_root"]),
        &latest.root,
        &proof,
    )
    .unwrap();
    expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/log/consistency?from=5&to=2",
            None,
            None,
        ),
        422,
    );
    expect(
        call(
            &client,
            &server,
            "GET",
            "/api/v1/log/records/99999",
            None,
            None,
        ),
        404,
    );

    // The API describes itself, and the docs page is served from the binary.
    let doc = expect(
        call(&client, &server, "GET", "/api/v1/openapi.json", None, None),
        200,
    );
    assert!(doc["paths"]["/api/v1/concerns/{id}/close"]["post"].is_object());
    let page = client
        .get(server.url("/api/v1/docs"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(page.contains("/api/v1/openapi.json") && !page.contains("https://"));

    drop(server);
    let out = node.gsi_ok(&["verify"]);
    assert!(out.contains("all consistent"), "{out}");
}

#[test]
fn concern_lifecycle_on_sqlite() {
    lifecycle(Node::sqlite());
}

#[test]
fn concern_lifecycle_on_postgres() {
    if let Some(node) = Node::postgres() {
        lifecycle(node);
    }
}
