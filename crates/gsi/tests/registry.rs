//! The registry and catalogue end to end: loaded by `gsi init`, queried by date from the CLI and
//! the API, updated by a mechanism's secretariat and by `gsi import registry` (all or nothing).

mod support;

use reqwest::blocking::Client;
use serde_json::{Value, json};
use support::Node;

fn ids(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter(|l| !l.ends_with("parties."))
        .map(|l| l.split_whitespace().next().unwrap().to_owned())
        .collect()
}

fn log_size(node: &Node) -> usize {
    node.gsi_ok(&["log", "list", "--limit", "100000"])
        .lines()
        .count()
}

#[test]
fn init_loads_the_registry_and_answers_by_date() {
    let node = Node::sqlite();
    let first = node.gsi_ok(&["init"]);
    assert!(first.contains("Registry loaded"), "{first}");
    let states = node.gsi_ok(&["registry", "list", "--kind", "state"]);
    // 193 members, 2 observers, and the self-governing states that are members of mechanisms.
    assert!(ids(&states).len() >= 195, "{states}");
    let size = log_size(&node);
    let again = node.gsi_ok(&["init"]);
    assert!(
        !again.contains("Registry loaded"),
        "a second init adds nothing: {again}"
    );
    assert_eq!(log_size(&node), size);

    let lmc = ids(&node.gsi_ok(&["registry", "list", "--mechanism", "lmc"]));
    assert_eq!(lmc, ["CHN", "KHM", "LAO", "MMR", "THA", "VNM"]);
    let before = ids(&node.gsi_ok(&[
        "registry",
        "list",
        "--mechanism",
        "sco",
        "--as-of",
        "2024-07-03",
    ]));
    let after = ids(&node.gsi_ok(&[
        "registry",
        "list",
        "--mechanism",
        "sco",
        "--as-of",
        "2024-07-05",
    ]));
    assert!(!before.contains(&"BLR".to_owned()) && after.contains(&"BLR".to_owned()));
    let chinese = ids(&node.gsi_ok(&["registry", "list", "--search", "中国", "--kind", "state"]));
    assert_eq!(chinese, ["CHN"], "names in Chinese are searchable");
    assert_eq!(
        ids(&node.gsi_ok(&["registry", "list", "--search", "Кения"])),
        ["KEN"],
        "and in Russian"
    );
    let weog = ids(&node.gsi_ok(&["registry", "list", "--group", "weog"]));
    assert!(weog.contains(&"FRA".to_owned()) && !weog.contains(&"CHN".to_owned()));

    let council: Value =
        serde_json::from_str(&node.gsi_ok(&["registry", "show", "unsc", "--as-of", "2026-06-01"]))
            .unwrap();
    assert_eq!(council["members"].as_array().unwrap().len(), 15);
    assert!(
        council["members"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| !m["source"].as_str().unwrap().is_empty())
    );
    let china: Value = serde_json::from_str(&node.gsi_ok(&["registry", "show", "CHN"])).unwrap();
    assert_eq!(china["reference"]["entry"]["alpha2"], "CN");
    assert!(
        china["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["mechanism"] == "sco")
    );

    let catalogue = node.gsi_ok(&["catalogue"]);
    assert!(
        catalogue.contains("II.6") && catalogue.contains("III.20") && catalogue.contains("IV.5")
    );

    let bad = node.gsi(&[
        "registry",
        "list",
        "--as-of",
        "yesterday",
        "--mechanism",
        "sco",
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a date"));
    assert!(node.gsi_ok(&["verify"]).contains("all consistent"));
}

#[test]
fn import_is_all_or_nothing_and_reports_each_bad_row() {
    let node = Node::sqlite();
    node.gsi_ok(&["init"]);
    let size = log_size(&node);
    let bad = node.data_dir().join("bad.csv");
    std::fs::write(
        &bad,
        "mechanism,member,role,from,to,source,as_of\n\
         sco,AZE,partner,2025-09-01,,SCO Secretariat press release,2025-09-02\n\
         sco,XXX,member,2025-09-01,,SCO Secretariat press release,2025-09-02\n\
         sco,ARM,partner,2025-13-01,,SCO Secretariat press release,2025-09-02\n",
    )
    .unwrap();
    let out = node.gsi(&["import", "registry", bad.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("line 3") && err.contains("line 4") && !err.contains("line 2:"),
        "{err}"
    );
    assert_eq!(log_size(&node), size, "nothing was imported");

    let good = node.data_dir().join("good.csv");
    std::fs::write(
        &good,
        "mechanism,member,role,from,to,source,as_of\n\
         sco,AZE,partner,2025-09-01,,SCO Secretariat press release,2025-09-02\n",
    )
    .unwrap();
    let out = node.gsi_ok(&["import", "registry", good.to_str().unwrap()]);
    assert!(out.contains("1 memberships recorded"), "{out}");
    assert_eq!(log_size(&node), size + 1);
    let again = node.gsi_ok(&["import", "registry", good.to_str().unwrap()]);
    assert!(again.contains("0 memberships recorded"), "{again}");
    let partners = ids(&node.gsi_ok(&[
        "registry",
        "list",
        "--mechanism",
        "sco",
        "--as-of",
        "2025-10-01",
    ]));
    assert!(partners.contains(&"AZE".to_owned()));
    assert!(node.gsi_ok(&["verify"]).contains("all consistent"));
}

fn api(node: Node) {
    let server = node.serve();
    let client = Client::new();
    let get = |path: &str| -> Value {
        let r = client.get(server.url(path)).send().unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        r.json().unwrap()
    };
    let sids = get("/api/v1/parties?category=sids&region=009");
    assert!(sids.as_array().unwrap().iter().any(|p| p["id"] == "FJI"));
    assert!(
        sids.as_array()
            .unwrap()
            .iter()
            .all(|p| p["kind"] == "state")
    );
    let brics_2024 = get("/api/v1/parties?mechanism=brics&as_of=2024-12-31");
    let brics_2025 = get("/api/v1/parties?mechanism=brics&as_of=2025-01-07");
    let has = |v: &Value, id: &str| v.as_array().unwrap().iter().any(|p| p["id"] == id);
    assert!(!has(&brics_2024, "IDN") && has(&brics_2025, "IDN"));
    let mechanisms = get("/api/v1/mechanisms?as_of=2026-06-01");
    let unsc = mechanisms
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "unsc")
        .unwrap();
    assert_eq!(unsc["members"], 15);
    assert_eq!(
        get("/api/v1/catalogue")["priorities"]
            .as_array()
            .unwrap()
            .len(),
        20
    );
    let r = client
        .get(server.url("/api/v1/parties?group=nordic"))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);

    let membership = json!({
        "mechanism": "sco", "member": "AZE", "role": "partner", "from": "2025-09-01",
        "source": "SCO Secretariat", "as_of": "2025-09-02"
    });
    let post = |token: &str, path: &str, body: &Value| {
        client
            .post(server.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .unwrap()
    };
    assert_eq!(
        post(
            &server.token("kaz.delegate"),
            "/api/v1/memberships",
            &membership
        )
        .status()
        .as_u16(),
        403
    );
    assert_eq!(
        post(
            &server.token("sco.secretariat"),
            "/api/v1/memberships",
            &membership
        )
        .status()
        .as_u16(),
        201
    );
    assert!(has(
        &get("/api/v1/parties?mechanism=sco&as_of=2025-10-01"),
        "AZE"
    ));

    let think_tank = json!({"id": "sipri-demo", "kind": "think_tank", "name": "Demo Peace Institute", "source": "Forum registration"});
    assert_eq!(
        post(
            &server.token("kaz.delegate"),
            "/api/v1/parties",
            &think_tank
        )
        .status()
        .as_u16(),
        403
    );
    assert_eq!(
        post(
            &server.token("xiangshan.secretariat"),
            "/api/v1/parties",
            &think_tank
        )
        .status()
        .as_u16(),
        201
    );
    let forum = get("/api/v1/parties/xiangshan-forum");
    assert!(
        forum["members"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["member"] == "sipri-demo" && m["role"] == "participant")
    );
    let state = json!({"id": "ATL", "kind": "state", "name": "Atlantis", "source": "x"});
    assert_eq!(
        post(
            &server.token("xiangshan.secretariat"),
            "/api/v1/parties",
            &state
        )
        .status()
        .as_u16(),
        422
    );

    drop(server);
    assert!(node.gsi_ok(&["verify"]).contains("all consistent"));
}

#[test]
fn registry_api_on_sqlite() {
    api(Node::sqlite());
}

#[test]
fn registry_api_on_postgres() {
    if let Some(node) = Node::postgres() {
        api(node);
    }
}
