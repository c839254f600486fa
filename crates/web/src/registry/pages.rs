//! The registry: parties with search and filters, and each party with its names, codes,
//! memberships over time, members (for mechanisms) and concerns.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::NaiveDate;
use gsi_app::Platform;
use gsi_app::read::ConcernFilter;
use gsi_app::registry::{PartyQuery, PartyView};
use gsi_core::membership::Membership;
use gsi_core::{PartyId, PartyKind};
use gsi_i18n::Lang;
use gsi_registry::M49Level;

use crate::concerns::pages::{ConcernRow, concern_row};
use crate::pages::{Frame, Opt, PageResult};

fn opts(current: &str, items: impl IntoIterator<Item = (String, String)>) -> Vec<Opt> {
    items
        .into_iter()
        .map(|(value, label)| Opt {
            selected: value == current,
            value,
            label,
        })
        .collect()
}

pub fn kind_label(f: &Frame, kind: PartyKind) -> String {
    f.t(&format!(
        "registry-kind-{}",
        kind.as_str().replace('_', "-")
    ))
}

pub struct PartyRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub region: String,
    pub group: String,
}

#[derive(Template)]
#[template(path = "registry/registry.html")]
struct RegistryList {
    f: Frame,
    q: String,
    as_of: String,
    kinds: Vec<Opt>,
    groups: Vec<Opt>,
    regions: Vec<Opt>,
    categories: Vec<Opt>,
    mechanisms: Vec<Opt>,
    rows: Vec<PartyRow>,
    count: String,
    error: Option<String>,
}

fn group_label(f: &Frame, s: &gsi_registry::StateEntry) -> String {
    match s.group {
        Some(g) => {
            let mut label = f.t(&format!(
                "registry-group-{}",
                g.group.as_str().replace('_', "-")
            ));
            if g.status.as_str() == "observer" {
                label = format!("{label} ({})", f.t("registry-group-observer"));
            }
            label
        }
        None => String::new(),
    }
}

fn party_row(f: &Frame, v: &PartyView) -> PartyRow {
    let (region, group) = match v.reference {
        Some(gsi_registry::Party::State(s)) => (s.sub_region.name.clone(), group_label(f, s)),
        _ => (String::new(), String::new()),
    };
    PartyRow {
        id: v.id.to_string(),
        name: f.party(v.id.as_str(), Some(&v.name)),
        kind: kind_label(f, v.kind),
        region,
        group,
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    s.trim().parse().ok()
}

pub async fn list(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let get = |k: &str| {
        frame
            .query
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let (q, kind, group, region, category, mechanism, as_of) = (
        get("q"),
        get("kind"),
        get("group"),
        get("region"),
        get("category"),
        get("mechanism"),
        get("as_of"),
    );
    let f = frame.clone().at("registry", frame.t("registry-title"));
    let mut error = None;
    let query = PartyQuery {
        kind: PartyKind::parse(&kind).ok(),
        region: Some(region.clone()).filter(|r| !r.is_empty()),
        group: Some(group.clone()).filter(|r| !r.is_empty()),
        category: Some(category.clone()).filter(|r| !r.is_empty()),
        mechanism: PartyId::parse(&mechanism).ok(),
        as_of: parse_date(&as_of),
        text: Some(q.clone()).filter(|r| !r.is_empty()),
    };
    if !as_of.is_empty() && query.as_of.is_none() {
        error = Some(f.t("common-error-422-detail"));
    }
    let (found, all) = frame
        .run(&platform, move |p| {
            let all = p.registry().find_parties(&PartyQuery::default())?;
            Ok((p.registry().find_parties(&query), all))
        })
        .await?;
    let found = match found {
        Ok(v) => v,
        Err(e) => {
            error = Some(crate::Problem::from(e).detail);
            Vec::new()
        }
    };
    let mut rows: Vec<PartyRow> = found.iter().map(|v| party_row(&f, v)).collect();
    let state = kind_label(&f, PartyKind::State);
    rows.sort_by(|a, b| {
        (a.kind != state, &a.kind, &a.name).cmp(&(b.kind != state, &b.kind, &b.name))
    });

    let kinds = opts(
        &kind,
        PartyKind::ALL
            .into_iter()
            .map(|k| (k.as_str().to_owned(), kind_label(&f, k))),
    );
    let groups = opts(
        &group,
        gsi_registry::RegionalGroup::TOKENS.iter().map(|g| {
            (
                (*g).to_owned(),
                f.t(&format!("registry-group-{}", g.replace('_', "-"))),
            )
        }),
    );
    let mut areas: Vec<&gsi_registry::M49Area> = gsi_registry::registry()
        .m49_areas()
        .filter(|a| matches!(a.level, M49Level::Region | M49Level::SubRegion))
        .collect();
    areas.sort_by(|a, b| a.code.cmp(&b.code));
    let regions = opts(
        &region,
        areas.into_iter().map(|a| (a.code.clone(), a.name.clone())),
    );
    let categories = opts(
        &category,
        [
            ("ldc", "registry-ldc"),
            ("lldc", "registry-lldc"),
            ("sids", "registry-sids"),
        ]
        .into_iter()
        .map(|(v, id)| (v.to_owned(), f.t(id))),
    );
    let mut mechs: Vec<(String, String)> = all
        .iter()
        .filter(|v| v.kind.has_members())
        .map(|v| (v.id.to_string(), f.party(v.id.as_str(), Some(&v.name))))
        .collect();
    mechs.sort_by(|a, b| a.1.cmp(&b.1));
    let mechanisms = opts(&mechanism, mechs);
    let count = f.ta("common-results", &[("count", rows.len().into())]);
    frame.render(&RegistryList {
        f,
        q,
        as_of,
        kinds,
        groups,
        regions,
        categories,
        mechanisms,
        rows,
        count,
        error,
    })
}

pub struct Fact {
    pub label: String,
    pub value: String,
    pub code: bool,
}

pub struct NameRow {
    pub lang: String,
    pub language: String,
    pub name: String,
}

pub struct MembershipRow {
    pub other_id: String,
    pub other: String,
    pub role: String,
    pub from: String,
    pub to: String,
    pub source: String,
    pub source_link: bool,
    pub as_of: String,
}

#[derive(Template)]
#[template(path = "registry/party.html")]
struct PartyPage {
    f: Frame,
    id: String,
    name: String,
    kind: String,
    names: Vec<NameRow>,
    facts: Vec<Fact>,
    memberships: Vec<MembershipRow>,
    has_members: bool,
    members_as_of: String,
    members_heading: String,
    members: Vec<MembershipRow>,
    concerns: Vec<ConcernRow>,
}

fn membership_row(f: &Frame, m: &Membership, other: &PartyId) -> MembershipRow {
    MembershipRow {
        other_id: other.to_string(),
        other: f.party(other.as_str(), None),
        role: f.t(&format!(
            "registry-role-{}",
            m.role.as_str().replace('_', "-")
        )),
        from: m.from.map(|d| d.to_string()).unwrap_or_default(),
        to: m.to.map(|d| d.to_string()).unwrap_or_default(),
        source_link: m.source.starts_with("https://") || m.source.starts_with("http://"),
        source: m.source.clone(),
        as_of: m.as_of.to_string(),
    }
}

pub async fn show(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
) -> PageResult {
    let id = PartyId::parse(&id).map_err(|_| frame.error(StatusCode::NOT_FOUND, None))?;
    let as_of_text = frame
        .query
        .iter()
        .find(|(k, _)| k == "as_of")
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty());
    let as_of = match &as_of_text {
        Some(t) => {
            Some(parse_date(t).ok_or_else(|| frame.error(StatusCode::UNPROCESSABLE_ENTITY, None))?)
        }
        None => None,
    };
    let date = as_of.unwrap_or_else(gsi_app::registry::today);
    let pid = id.clone();
    let reader = frame.reader();
    let (detail, concerns) = frame
        .run(&platform, move |p| {
            let detail = p.registry().party_detail(&pid, Some(date))?;
            let concerns = p.concerns().list(
                &reader,
                &ConcernFilter {
                    party: Some(pid),
                    limit: Some(200),
                    ..ConcernFilter::default()
                },
            )?;
            Ok((detail, concerns))
        })
        .await?;
    let name = frame.party(id.as_str(), Some(&detail.party.name));
    let f = frame.clone().at("registry", name.clone());
    let lang_name = |code: &str| {
        Lang::from_code(code)
            .map(|l| l.native_name().to_owned())
            .unwrap_or_else(|| code.to_owned())
    };
    let mut names = Vec::new();
    let mut facts = Vec::new();
    let fact = |label: String, value: String, code: bool| Fact { label, value, code };
    facts.push(fact(f.t("registry-code"), id.to_string(), true));
    facts.push(fact(
        f.t("registry-kind"),
        kind_label(&f, detail.party.kind),
        false,
    ));
    match detail.party.reference {
        Some(gsi_registry::Party::State(s)) => {
            for (code, n) in s.names.iter() {
                names.push(NameRow {
                    lang: code.to_owned(),
                    language: lang_name(code),
                    name: n.to_owned(),
                });
            }
            facts.push(fact(
                "ISO 3166-1".into(),
                format!("{} · {} · {}", s.alpha2, s.alpha3, s.numeric_code()),
                true,
            ));
            facts.push(fact(
                f.t("common-status"),
                if s.is_un_member() {
                    f.t("registry-un-member")
                } else {
                    f.t("registry-un-observer")
                },
                false,
            ));
            facts.push(fact(
                f.t("registry-region"),
                format!("{} ({})", s.region.name, s.region.code),
                false,
            ));
            facts.push(fact(
                f.t("registry-sub-region"),
                format!("{} ({})", s.sub_region.name, s.sub_region.code),
                false,
            ));
            if let Some(i) = &s.intermediate_region {
                facts.push(fact(
                    f.t("registry-intermediate-region"),
                    format!("{} ({})", i.name, i.code),
                    false,
                ));
            }
            if s.group.is_some() {
                facts.push(fact(
                    f.t("registry-regional-group"),
                    group_label(&f, s),
                    false,
                ));
            }
            for (flag, long) in [
                (s.ldc, "registry-ldc"),
                (s.lldc, "registry-lldc"),
                (s.sids, "registry-sids"),
            ] {
                facts.push(fact(
                    f.t(long),
                    f.t(if flag { "common-yes" } else { "common-no" }),
                    false,
                ));
            }
            if let Some(note) = &s.note {
                facts.push(fact(f.t("registry-note"), note.clone(), false));
            }
        }
        Some(gsi_registry::Party::Mechanism(m)) => {
            names.push(NameRow {
                lang: "en".into(),
                language: lang_name("en"),
                name: m.name_en.clone(),
            });
            if let Some(zh) = &m.name_zh {
                names.push(NameRow {
                    lang: "zh".into(),
                    language: lang_name("zh"),
                    name: zh.clone(),
                });
            }
            if let Some(s) = &m.short_name {
                facts.push(fact(f.t("registry-name"), s.clone(), false));
            }
            if let Some(e) = &m.established {
                facts.push(fact(f.t("registry-established"), e.clone(), false));
            }
            if let Some(w) = &m.website {
                facts.push(fact(f.t("registry-website"), w.clone(), true));
            }
            facts.push(fact(f.t("registry-source"), m.source.clone(), false));
            facts.push(fact(f.t("registry-as-of"), m.as_of.to_string(), true));
            if let Some(note) = &m.note {
                facts.push(fact(f.t("registry-note"), note.clone(), false));
            }
        }
        Some(gsi_registry::Party::Other(o)) => {
            names.push(NameRow {
                lang: "en".into(),
                language: lang_name("en"),
                name: o.name_en.clone(),
            });
            if let Some(zh) = &o.name_zh {
                names.push(NameRow {
                    lang: "zh".into(),
                    language: lang_name("zh"),
                    name: zh.clone(),
                });
            }
            facts.push(fact(f.t("registry-source"), o.source.clone(), false));
            facts.push(fact(f.t("registry-as-of"), o.as_of.to_string(), true));
        }
        None => names.push(NameRow {
            lang: "en".into(),
            language: lang_name("en"),
            name: detail.party.name.clone(),
        }),
    }
    facts.retain(|x| !x.label.is_empty());
    let memberships = detail
        .memberships
        .iter()
        .map(|m| membership_row(&f, m, &m.mechanism))
        .collect();
    let mut members: Vec<MembershipRow> = detail
        .members
        .iter()
        .map(|m| membership_row(&f, m, &m.member))
        .collect();
    members.sort_by(|a, b| a.other.cmp(&b.other));
    let members_heading = format!(
        "{} — {}",
        f.ta(
            "registry-members-as-of",
            &[("date", date.to_string().as_str().into())]
        ),
        f.ta("registry-member-count", &[("count", members.len().into())])
    );
    let concerns = concerns.iter().map(|c| concern_row(&f, c)).collect();
    frame.render(&PartyPage {
        id: id.to_string(),
        kind: kind_label(&f, detail.party.kind),
        name,
        names,
        facts,
        memberships,
        has_members: detail.party.kind.has_members(),
        members_as_of: date.to_string(),
        members_heading,
        members,
        concerns,
        f,
    })
}
