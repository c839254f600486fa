//! The dashboard: principles, priorities with their open concerns, the world map and the latest
//! records.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use gsi_app::Platform;
use gsi_app::read::ConcernFilter;
use gsi_core::concerns::ConcernStatus;
use gsi_i18n::Lang;
use gsi_map::{MapOptions, Shade, world_svg};

use super::party::{Waiting, waiting_for};
use super::transparency::Row;
use super::{Frame, PageResult};

pub struct Entry {
    pub id: String,
    pub title: String,
    pub note: String,
    pub href: String,
}

pub struct LegendItem {
    pub level: u8,
    pub label: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    f: Frame,
    principles: Vec<Entry>,
    priorities: Vec<Entry>,
    map: String,
    legend: Vec<LegendItem>,
    records: Vec<Row>,
    stats: String,
    /// For a signed-in user: what waits for its party, first on the page.
    waiting: Option<Waiting>,
}

/// A framework entry's title in the page's language (the catalogue has English and Chinese).
pub fn title_in(lang: Lang, en: &str, zh: &str) -> String {
    if lang == Lang::Zh { zh } else { en }.to_owned()
}

pub async fn page(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let reader = frame.reader();
    let party = frame.user.as_ref().map(|u| u.actor.party.clone());
    let (open, records, size, parties, awaiting) = frame
        .run(&platform, move |p| {
            let open = p.concerns().list(
                &reader,
                &ConcernFilter {
                    status: Some(ConcernStatus::Open),
                    ..ConcernFilter::default()
                },
            )?;
            let size = p.tree_size()?;
            let records = p.records(&reader, size.saturating_sub(10), 10)?;
            let awaiting = party
                .map(|party| {
                    Ok::<_, gsi_app::AppError>((
                        p.dialogue().awaiting(&party, gsi_app::now())?,
                        party,
                    ))
                })
                .transpose()?;
            Ok((open, records, size, p.parties()?.len(), awaiting))
        })
        .await?;
    let f = frame.clone().at("home", frame.t("home-title"));
    let waiting = awaiting.map(|(awaiting, party)| waiting_for(&f, &party, &open, &awaiting));
    let catalogue = gsi_core::catalogue::catalogue();

    let principles = catalogue
        .principles
        .iter()
        .map(|p| Entry {
            id: p.id.clone(),
            title: title_in(f.lang, &p.title, &p.title_zh),
            note: if f.lang == Lang::Zh {
                p.role_zh.clone()
            } else {
                p.role.clone()
            },
            href: format!("/catalogue/{}", p.id),
        })
        .collect();

    let mut per_priority: BTreeMap<u8, usize> = BTreeMap::new();
    let mut per_party: BTreeMap<String, usize> = BTreeMap::new();
    for c in &open {
        for p in &c.priorities {
            *per_priority.entry(p.number()).or_default() += 1;
        }
        *per_party.entry(c.lodged_by.to_string()).or_default() += 1;
        for a in &c.addressees {
            *per_party.entry(a.party.to_string()).or_default() += 1;
        }
    }
    let priorities = catalogue
        .priorities
        .iter()
        .map(|p| {
            let n = per_priority.get(&p.id.number()).copied().unwrap_or(0);
            Entry {
                id: p.id.to_string(),
                title: title_in(f.lang, &p.title, &p.title_zh),
                note: f.ta("home-priority-open", &[("open", n.into())]),
                href: format!("/concerns?priority={}&status=open", p.id),
            }
        })
        .collect();

    let shades: Vec<Shade> = gsi_registry::registry()
        .states()
        .iter()
        .map(|s| {
            let n = per_party.get(&s.alpha3).copied().unwrap_or(0);
            let level = n.min(usize::from(gsi_map::MAX_LEVEL)) as u8;
            let label = format!(
                "{} — {}",
                f.party(&s.alpha3, None),
                f.ta("home-priority-open", &[("open", n.into())])
            );
            Shade::new(s.numeric, level, label).with_href(format!("/registry/{}", s.alpha3))
        })
        .collect();
    let map = world_svg(
        &shades,
        &MapOptions {
            title: f.t("home-map-title"),
            css_class: "world-map".into(),
            id: "world-map-svg".into(),
            default_style: false,
            // The shapes are a cached asset; the page carries only each country's shade.
            shapes_href: Some(super::asset_href("world.svg")),
        },
    );
    let legend = (0..=gsi_map::MAX_LEVEL)
        .map(|level| LegendItem {
            level,
            label: if level == gsi_map::MAX_LEVEL {
                f.ta("home-map-legend-many", &[("count", level.into())])
            } else {
                f.ta("home-priority-open", &[("open", level.into())])
            },
        })
        .collect();

    let records = records.into_iter().rev().map(|r| Row::new(&f, r)).collect();
    let stats = format!(
        "{} · {}",
        f.ta("home-stat-parties", &[("count", parties.into())]),
        f.ta("home-stat-records", &[("count", size.into())])
    );
    frame.render(&Home {
        f,
        principles,
        priorities,
        map,
        legend,
        records,
        stats,
        waiting,
    })
}
