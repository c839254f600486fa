//! The accountability tracker: every commitment of every adopted outcome document, with the
//! latest status each committed party reported, summed up per document, per party and per
//! priority of the Concept Paper, with filters.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use gsi_app::Platform;
use gsi_app::dialogue::CommitmentView;
use gsi_core::PartyId;
use gsi_core::dialogue::documents::Implementation;
use gsi_core::framework::PriorityRef;

use super::documents::CommittedParty;
use super::pages::{PriorityLink, implementation_code, implementation_label, param, priority_link};
use crate::pages::Opt;
use crate::pages::{Frame, PageResult, Pager, PartyLink};
use gsi_app::registry::today;

/// Counts of (commitment, party) pairs by their latest reported status. A party that has not
/// reported counts as not started.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub completed: usize,
    pub in_progress: usize,
    pub not_started: usize,
    pub delayed: usize,
}

impl Counts {
    fn add(&mut self, s: Option<Implementation>) {
        match s {
            Some(Implementation::Completed) => self.completed += 1,
            Some(Implementation::InProgress) => self.in_progress += 1,
            Some(Implementation::Delayed) => self.delayed += 1,
            Some(Implementation::NotStarted) | None => self.not_started += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.completed + self.in_progress + self.not_started + self.delayed
    }

    /// Completed, in percent of all (0 when there is nothing).
    pub fn percent(&self) -> usize {
        match self.total() {
            0 => 0,
            t => self.completed * 100 / t,
        }
    }
}

/// One line of a progress table (a document, a party or a priority).
pub struct ProgressRow {
    pub key: String,
    pub label: String,
    pub href: String,
    pub note: String,
    pub commitments: usize,
    pub counts: Counts,
    pub progress: String,
}

pub struct CommitmentItem {
    pub document: String,
    pub symbol: String,
    pub title: String,
    pub number: u32,
    pub paragraph: u32,
    pub text: String,
    pub priorities: Vec<PriorityLink>,
    pub due: Option<String>,
    pub overdue: bool,
    pub parties: Vec<CommittedParty>,
    pub reports: String,
}

#[derive(Template)]
#[template(path = "dialogue/commitments.html")]
struct Tracker {
    f: Frame,
    documents: Vec<Opt>,
    parties: Vec<Opt>,
    priorities: Vec<Opt>,
    statuses: Vec<Opt>,
    filtered: bool,
    count: String,
    overall: Counts,
    overall_progress: String,
    by_document: Vec<ProgressRow>,
    by_party: Vec<ProgressRow>,
    by_priority: Vec<ProgressRow>,
    items: Vec<CommitmentItem>,
    pager: Pager,
}

#[derive(Default)]
struct Group {
    label: String,
    href: String,
    note: String,
    commitments: usize,
    counts: Counts,
}

fn rows(f: &Frame, groups: BTreeMap<String, Group>) -> Vec<ProgressRow> {
    let mut out: Vec<ProgressRow> = groups
        .into_iter()
        .map(|(key, g)| ProgressRow {
            progress: f.ta(
                "dialogue-commitments-progress",
                &[
                    ("completed", g.counts.completed.into()),
                    ("total", g.counts.total().into()),
                ],
            ),
            key,
            label: g.label,
            href: g.href,
            note: g.note,
            commitments: g.commitments,
            counts: g.counts,
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out
}

pub async fn tracker(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let document = param(&frame, "document").to_owned();
    let party = param(&frame, "party").to_owned();
    let priority = param(&frame, "priority").to_owned();
    let status = param(&frame, "status").to_owned();
    // The options and the aggregates are of every commitment; the store reads only the
    // documents that have commitments.
    let all: Vec<CommitmentView> = frame
        .run(&platform, |p| {
            p.dialogue()
                .commitments(&gsi_app::dialogue::CommitmentQuery::default())
        })
        .await?;
    let f = frame
        .clone()
        .at("commitments", frame.t("dialogue-commitments-title"));
    let status_filter = Implementation::parse(&status).ok();
    let party_filter = PartyId::parse(&party).ok();
    let priority_filter = PriorityRef::parse(&priority).ok().map(|p| p.to_string());
    let today = today();

    // Filter options come from everything, not from what the filters leave.
    let mut documents: Vec<Opt> = Vec::new();
    let mut parties: Vec<Opt> = Vec::new();
    let mut priorities: Vec<String> = Vec::new();
    for c in &all {
        if !documents.iter().any(|o| o.value == c.document.as_str()) {
            documents.push(Opt {
                value: c.document.to_string(),
                label: format!("{} — {}", c.symbol, c.title),
                selected: c.document.as_str() == document,
            });
        }
        for (p, _) in &c.parties {
            if !parties.iter().any(|o| o.value == p.as_str()) {
                parties.push(Opt {
                    value: p.to_string(),
                    label: f.party(p.as_str(), None),
                    selected: p.as_str() == party,
                });
            }
        }
        for p in &c.priorities {
            if !priorities.contains(p) {
                priorities.push(p.clone());
            }
        }
    }
    parties.sort_by(|a, b| a.label.cmp(&b.label));
    let mut priority_refs: Vec<PriorityRef> = priorities
        .iter()
        .filter_map(|p| PriorityRef::parse(p).ok())
        .collect();
    priority_refs.sort();
    let priority_opts: Vec<Opt> = priority_refs
        .iter()
        .map(|p| {
            let l = priority_link(&f, *p);
            Opt {
                selected: l.id == priority,
                label: format!("{} {}", l.id, l.title),
                value: l.id,
            }
        })
        .collect();
    let statuses = Implementation::ALL
        .into_iter()
        .map(|s| Opt {
            value: s.as_str().into(),
            label: implementation_label(&f, Some(s)),
            selected: s.as_str() == status,
        })
        .collect();

    let mut overall = Counts::default();
    let mut by_document: BTreeMap<String, Group> = BTreeMap::new();
    let mut by_party: BTreeMap<String, Group> = BTreeMap::new();
    let mut by_priority: BTreeMap<String, Group> = BTreeMap::new();
    let mut items = Vec::new();
    for c in &all {
        if !document.is_empty() && c.document.as_str() != document {
            continue;
        }
        if priority_filter
            .as_ref()
            .is_some_and(|p| !c.priorities.contains(p))
        {
            continue;
        }
        let pairs: Vec<&(PartyId, Option<Implementation>)> = c
            .parties
            .iter()
            .filter(|(p, _)| party_filter.as_ref().is_none_or(|x| x == p))
            .filter(|(_, s)| {
                status_filter.is_none_or(|x| s.unwrap_or(Implementation::NotStarted) == x)
            })
            .collect();
        if pairs.is_empty() {
            continue;
        }
        let doc = by_document
            .entry(c.document.to_string())
            .or_insert_with(|| Group {
                label: c.symbol.clone(),
                href: format!("/documents/{}#commitments", c.document),
                note: c.title.clone(),
                ..Group::default()
            });
        doc.commitments += 1;
        for (p, s) in &pairs {
            doc.counts.add(*s);
            overall.add(*s);
            let g = by_party.entry(p.to_string()).or_insert_with(|| Group {
                label: f.party(p.as_str(), None),
                href: format!("/registry/{p}"),
                ..Group::default()
            });
            g.commitments += 1;
            g.counts.add(*s);
        }
        for pr in c
            .priorities
            .iter()
            .filter_map(|p| PriorityRef::parse(p).ok())
        {
            let l = priority_link(&f, pr);
            let g = by_priority.entry(l.id.clone()).or_insert_with(|| Group {
                label: l.id.clone(),
                href: format!("/catalogue/{}", l.id),
                note: l.title.clone(),
                ..Group::default()
            });
            g.commitments += 1;
            for (_, s) in &pairs {
                g.counts.add(*s);
            }
        }
        let all_done = c
            .parties
            .iter()
            .all(|(_, s)| *s == Some(Implementation::Completed));
        items.push(CommitmentItem {
            document: c.document.to_string(),
            symbol: c.symbol.clone(),
            title: c.title.clone(),
            number: c.number,
            paragraph: c.paragraph,
            text: c.text.clone(),
            priorities: c
                .priorities
                .iter()
                .filter_map(|p| PriorityRef::parse(p).ok())
                .map(|p| priority_link(&f, p))
                .collect(),
            due: c.due.map(|d| d.to_string()),
            overdue: c.due.is_some_and(|d| d < today) && !all_done,
            parties: pairs
                .iter()
                .map(|(p, s)| CommittedParty {
                    party: PartyLink::new(&f, p),
                    status: implementation_label(&f, *s),
                    status_code: implementation_code(*s),
                })
                .collect(),
            reports: f.ta(
                "dialogue-commitments-reports",
                &[("count", c.reports.into())],
            ),
        });
    }
    // By priority, the catalogue's order (III.2 before III.11) rather than the text's.
    let mut by_priority_rows = rows(&f, by_priority);
    by_priority_rows.sort_by_key(|r| PriorityRef::parse(&r.key).ok());
    // The aggregates count every matching commitment; the list shows a page of them.
    let count = items.len();
    let (items, pager) = Pager::slice(&frame, items);
    let page = Tracker {
        documents,
        parties,
        priorities: priority_opts,
        statuses,
        filtered: !(document.is_empty()
            && party.is_empty()
            && priority.is_empty()
            && status.is_empty()),
        count: f.ta("dialogue-commitments-count", &[("count", count.into())]),
        overall_progress: f.ta(
            "dialogue-commitments-progress",
            &[
                ("completed", overall.completed.into()),
                ("total", overall.total().into()),
            ],
        ),
        overall,
        by_document: rows(&f, by_document),
        by_party: rows(&f, by_party),
        by_priority: by_priority_rows,
        items,
        pager,
        f,
    };
    frame.render(&page)
}
