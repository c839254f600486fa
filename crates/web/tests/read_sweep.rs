//! The read side of "who sees each record": a concern KAZ lodged to CHN alone is looked for on
//! every GET route — each operation the OpenAPI document describes (so a new route cannot be
//! missed) and every page — by parties it is not for (RUS; BRA's reader; the SCO's secretariat,
//! a mechanism), by a signed-out client, and by the two parties entitled to it. The outsiders
//! get the concern's own routes as a 404 that cannot be told from an unknown id's, and no other
//! route names it; KAZ and CHN read it. Runs the real router in process on SQLite.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use gsi_core::concerns::LodgeConcern;
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_core::{ConcernId, EntityKey, PartyId, Reader};
use http_body_util::BodyExt;
use tower::ServiceExt;

mod support;

const TITLE: &str = "Laboratory incident reports withheld";
const DESCRIPTION: &str = "Notifications of the spring incidents came nine weeks late.";
const UNKNOWN: &str = "00000000000000000000000000";

struct Fixture {
    node: support::DemoNode,
    /// The restricted concern, and the index of the record that lodged it.
    concern: String,
    lodged: u64,
    meeting: String,
    document: String,
}

fn fixture() -> Fixture {
    let node = support::DemoNode::new();
    let p = &node.platform;
    let kaz = p
        .authenticate(
            &node.user("kaz.delegate").token,
            gsi_app::tokens::Scope::Read,
            gsi_app::now(),
        )
        .unwrap();
    let command = LodgeConcern {
        id: ConcernId::from_random([42; 16]),
        title: TITLE.into(),
        description: DESCRIPTION.into(),
        domain: SecurityDomain::NonTraditional,
        priorities: vec![PriorityRef::parse("III.14").unwrap()],
        addressees: vec![PartyId::parse("CHN").unwrap()],
        un_references: vec![],
        response_due: None,
        // The default: the lodger and its addressees.
        distribution: None,
    };
    let (concern, receipt) = p.concerns().lodge(&kaz, command, gsi_app::now()).unwrap();
    let meeting = p
        .dialogue()
        .meetings(&Default::default())
        .unwrap()
        .remove(0)
        .id;
    let document = p
        .dialogue()
        .documents(&gsi_app::dialogue::DocumentQuery::of_meeting(&meeting))
        .unwrap()
        .remove(0)
        .id;
    Fixture {
        concern: concern.id.to_string(),
        lodged: receipt.index,
        meeting: meeting.to_string(),
        document: document.to_string(),
        node,
    }
}

/// Who asks: a bearer token for the API, a session cookie for the pages; neither when signed out.
struct Asker {
    name: &'static str,
    token: Option<String>,
    cookie: Option<String>,
}

struct Answer {
    status: StatusCode,
    body: String,
}

impl Fixture {
    async fn get(&self, asker: &Asker, path: &str) -> Answer {
        let mut request = Request::get(path);
        if path.starts_with("/api/") {
            if let Some(t) = &asker.token {
                request = request.header(header::AUTHORIZATION, format!("Bearer {t}"));
            }
        } else if let Some(c) = &asker.cookie {
            request = request.header(header::COOKIE, c);
        }
        let response = gsi_web::router(self.node.platform.clone())
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn asker(&self, name: &'static str) -> Asker {
        let user = self.node.user(name);
        let form = format!(
            "user={name}&password={}&next=%2F",
            user.password.replace('+', "%2B")
        );
        let response = gsi_web::router(self.node.platform.clone())
            .oneshot(
                Request::post("/login")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(form))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name} signs in");
        let cookie = response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        Asker {
            name,
            token: Some(user.token.clone()),
            cookie: Some(cookie),
        }
    }

    /// A concrete path for each GET operation of the API's document, with the concern, the
    /// lodging record and demo objects in its parameters, plus the filtered lists a reader
    /// would use to look for the concern.
    fn api_paths(&self) -> Vec<String> {
        let document = serde_json::to_value(gsi_web::openapi()).unwrap();
        let mut paths = Vec::new();
        for (template, item) in document["paths"].as_object().unwrap() {
            if item.get("get").is_none() {
                continue;
            }
            let path = template
                .replace("/concerns/{id}", &format!("/concerns/{}", self.concern))
                .replace("/meetings/{id}", &format!("/meetings/{}", self.meeting))
                .replace("/documents/{id}", &format!("/documents/{}", self.document))
                .replace("/mechanisms/{id}", "/mechanisms/sco")
                .replace("/parties/{id}", "/parties/KAZ")
                .replace("{index}", &self.lodged.to_string());
            assert!(
                !path.contains('{'),
                "a parameter of {template} is not filled"
            );
            paths.push(path);
        }
        let n = self.lodged;
        paths.extend([
            "/api/v1/concerns?party=CHN".to_owned(),
            "/api/v1/concerns?priority=III.14&status=open".to_owned(),
            "/api/v1/parties/CHN".to_owned(),
            "/api/v1/parties/CHN/calendar".to_owned(),
            format!("/api/v1/log/records?from={n}&limit=5"),
            format!("/api/v1/log/consistency?from=1&to={}", n + 1),
        ]);
        paths
    }

    fn page_paths(&self) -> Vec<String> {
        let n = self.lodged;
        [
            "/",
            "/catalogue",
            "/catalogue/III.14",
            "/commitments",
            "/concerns",
            "/concerns?party=CHN",
            "/concerns?priority=III.14&status=open",
            "/meetings",
            "/meetings/calendar/KAZ.ics",
            "/meetings/calendar/CHN.ics",
            "/my-party",
            "/registry",
            "/registry/KAZ",
            "/registry/CHN",
            "/transparency",
        ]
        .into_iter()
        .map(str::to_owned)
        .chain([
            format!("/concerns/{}", self.concern),
            format!("/meetings/{}", self.meeting),
            format!("/meetings/{}/calendar.ics", self.meeting),
            format!("/documents/{}", self.document),
            format!("/transparency?from={n}"),
            format!("/transparency/records/{n}"),
        ])
        .collect()
    }
}

/// What would give the concern away.
fn names_the_concern(body: &str, concern: &str) -> bool {
    body.contains(TITLE) || body.contains(DESCRIPTION) || body.contains(concern)
}

#[tokio::test]
async fn a_restricted_concern_is_found_on_no_route_by_those_it_is_not_for() {
    let fx = fixture();
    let own = [
        format!("/api/v1/concerns/{}", fx.concern),
        format!("/concerns/{}", fx.concern),
    ];
    let mut outsiders = vec![Asker {
        name: "a signed-out client",
        token: None,
        cookie: None,
    }];
    for name in ["rus.delegate", "bra.reader", "sco.secretariat"] {
        outsiders.push(fx.asker(name).await);
    }
    let paths: Vec<String> = fx.api_paths().into_iter().chain(fx.page_paths()).collect();
    assert!(paths.len() > 40, "{paths:?}");
    for asker in &outsiders {
        for path in &paths {
            let answer = fx.get(asker, path).await;
            let who = asker.name;
            assert!(
                !answer.status.is_server_error(),
                "{who} GET {path}: {}",
                answer.status
            );
            if own.contains(path) {
                let unknown = fx.get(asker, &path.replace(&fx.concern, UNKNOWN)).await;
                assert_eq!(answer.status, StatusCode::NOT_FOUND, "{who} GET {path}");
                assert_eq!(
                    answer.body.replace(&fx.concern, UNKNOWN),
                    unknown.body,
                    "{who} GET {path} tells the concern from an unknown id"
                );
            } else {
                assert!(
                    !names_the_concern(&answer.body, &fx.concern),
                    "{who} GET {path} ({}) names the concern: {}",
                    answer.status,
                    answer.body
                );
            }
        }
    }

    // The demo's public concern, by contrast, is read by every one of them.
    for asker in &outsiders {
        for path in [
            format!("/api/v1/concerns/{}", fx.node.concern),
            format!("/concerns/{}", fx.node.concern),
        ] {
            assert_eq!(
                fx.get(asker, &path).await.status,
                StatusCode::OK,
                "{} {path}",
                asker.name
            );
        }
    }

    // The entitled parties find it where it is listed, and read its body from the log.
    let n = fx.lodged;
    for name in ["kaz.delegate", "chn.delegate"] {
        let asker = fx.asker(name).await;
        for path in own.iter().cloned().chain([
            "/api/v1/concerns".to_owned(),
            "/api/v1/concerns?party=CHN".to_owned(),
            "/concerns".to_owned(),
            "/concerns?priority=III.14&status=open".to_owned(),
            "/registry/KAZ".to_owned(),
            "/catalogue/III.14".to_owned(),
            format!("/transparency/records/{n}"),
            format!("/api/v1/log/records/{n}"),
        ]) {
            let answer = fx.get(&asker, &path).await;
            assert_eq!(answer.status, StatusCode::OK, "{name} GET {path}");
            assert!(
                answer.body.contains(TITLE) || answer.body.contains("disclosure"),
                "{name} GET {path} shows the concern: {}",
                answer.body
            );
        }
    }
    // The node reads everything; what the outsiders were refused exists.
    let p = &fx.node.platform;
    let id = ConcernId::parse(&fx.concern).unwrap();
    assert_eq!(p.concerns().get(&Reader::Node, &id).unwrap().title, TITLE);
    assert_eq!(
        p.records_about(&Reader::Node, &EntityKey::Concern(id))
            .unwrap()
            .len(),
        1
    );
}
