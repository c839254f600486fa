//! The framework catalogue: principles (II), priorities (III) and platforms (IV), each with its
//! summary, domains, instruments, linked mechanisms, modules and the concerns tagged with it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use gsi_app::Platform;
use gsi_app::read::ConcernFilter;
use gsi_core::catalogue::{Module, catalogue};
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_i18n::Lang;

use crate::concerns::pages::{ConcernRow, concern_row};
use crate::pages::home::title_in;
use crate::pages::{Frame, PageResult, PartyLink};

pub struct Item {
    pub id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "registry/catalogue.html")]
struct Index {
    f: Frame,
    version: String,
    source: String,
    principles: Vec<Item>,
    priorities: Vec<Item>,
    platforms: Vec<Item>,
}

pub async fn index(frame: Frame) -> PageResult {
    let f = frame.clone().at("catalogue", frame.t("catalogue-title"));
    let c = catalogue();
    let lang = f.lang;
    let page = Index {
        version: f.ta(
            "catalogue-version",
            &[("version", c.version.as_str().into())],
        ),
        source: c.source.clone(),
        principles: c
            .principles
            .iter()
            .map(|p| Item {
                id: p.id.clone(),
                title: title_in(lang, &p.title, &p.title_zh),
                summary: p.summary.clone(),
            })
            .collect(),
        priorities: c
            .priorities
            .iter()
            .map(|p| Item {
                id: p.id.to_string(),
                title: title_in(lang, &p.title, &p.title_zh),
                summary: p.summary.clone(),
            })
            .collect(),
        platforms: c
            .platforms
            .iter()
            .map(|p| Item {
                id: p.id.clone(),
                title: title_in(lang, &p.title, &p.title_zh),
                summary: p.summary.clone(),
            })
            .collect(),
        f,
    };
    frame.render(&page)
}

pub struct InstrumentRow {
    pub name: String,
    pub year: String,
    pub symbol: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "registry/catalogue_entry.html")]
struct Entry {
    f: Frame,
    id: String,
    section: String,
    title: String,
    other_title: Option<String>,
    summary: String,
    role: Option<String>,
    domains: Vec<String>,
    instruments: Vec<InstrumentRow>,
    mechanisms: Vec<PartyLink>,
    bodies: Vec<String>,
    modules: Vec<String>,
    commitment: Option<String>,
    is_priority: bool,
    concerns: Vec<ConcernRow>,
}

fn module_label(f: &Frame, m: Module) -> String {
    f.t(&format!(
        "catalogue-module-{}",
        m.as_str().replace(['.', '_'], "-")
    ))
}

pub async fn entry(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    let c = catalogue();
    let lang = frame.lang;
    let other = |en: &str, zh: &str| {
        if lang == Lang::Zh {
            Some(en.to_owned())
        } else {
            Some(zh.to_owned())
        }
    };
    let links = |f: &Frame, slugs: &[String]| {
        slugs
            .iter()
            .filter_map(|s| gsi_core::PartyId::parse(s).ok())
            .map(|id| PartyLink::new(f, &id))
            .collect::<Vec<_>>()
    };
    let f = frame.clone();
    let mut page = if let Some(p) = c.principle(&id) {
        Entry {
            section: f.ta("catalogue-section", &[("section", "II".into())]),
            title: title_in(lang, &p.title, &p.title_zh),
            other_title: other(&p.title, &p.title_zh),
            summary: p.summary.clone(),
            role: Some(if lang == Lang::Zh {
                p.role_zh.clone()
            } else {
                p.role.clone()
            }),
            domains: vec![],
            instruments: vec![],
            mechanisms: vec![],
            bodies: vec![],
            modules: vec![],
            commitment: None,
            is_priority: false,
            concerns: vec![],
            id: p.id.clone(),
            f: f.clone(),
        }
    } else if let Ok(pr) = PriorityRef::parse(&id) {
        let p = c.priority(pr);
        Entry {
            section: f.ta("catalogue-section", &[("section", "III".into())]),
            title: title_in(lang, &p.title, &p.title_zh),
            other_title: other(&p.title, &p.title_zh),
            summary: p.summary.clone(),
            role: None,
            domains: p
                .domains
                .iter()
                .map(|d| {
                    f.t(match d {
                        SecurityDomain::Traditional => "catalogue-domain-traditional",
                        SecurityDomain::NonTraditional => "catalogue-domain-non-traditional",
                    })
                })
                .collect(),
            instruments: p
                .instruments
                .iter()
                .map(|i| InstrumentRow {
                    name: i.name.clone(),
                    year: i.year.map(|y| y.to_string()).unwrap_or_default(),
                    symbol: i.un_symbol.clone().map(String::from).unwrap_or_default(),
                    note: i.note.clone().unwrap_or_default(),
                })
                .collect(),
            mechanisms: links(&f, &p.mechanisms),
            bodies: p.bodies.clone(),
            modules: p.modules.iter().map(|m| module_label(&f, *m)).collect(),
            commitment: None,
            is_priority: true,
            concerns: vec![],
            id: p.id.to_string(),
            f: f.clone(),
        }
    } else if let Some(p) = c.platform(&id) {
        Entry {
            section: f.ta("catalogue-section", &[("section", "IV".into())]),
            title: title_in(lang, &p.title, &p.title_zh),
            other_title: other(&p.title, &p.title_zh),
            summary: p.summary.clone(),
            role: None,
            domains: vec![],
            instruments: vec![],
            mechanisms: links(&f, &p.mechanisms),
            bodies: p.bodies.clone(),
            modules: p.modules.iter().map(|m| module_label(&f, *m)).collect(),
            commitment: p.commitment.as_ref().map(|c| c.summary.clone()),
            is_priority: false,
            concerns: vec![],
            id: p.id.clone(),
            f: f.clone(),
        }
    } else {
        return Err(frame.error(StatusCode::NOT_FOUND, None));
    };
    if let Ok(pr) = PriorityRef::parse(&id) {
        let reader = frame.reader();
        let found = frame
            .run(&platform, move |p| {
                p.concerns().list(
                    &reader,
                    &ConcernFilter {
                        priority: Some(pr.number()),
                        limit: Some(200),
                        ..ConcernFilter::default()
                    },
                )
            })
            .await?;
        page.concerns = found.iter().map(|c| concern_row(&f, c)).collect();
    }
    page.f = frame
        .clone()
        .at("catalogue", format!("{} {}", page.id, page.title));
    frame.render(&page)
}
