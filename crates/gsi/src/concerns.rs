//! `gsi concern`: security concerns from the command line — list and show them, lodge one,
//! acknowledge, respond, propose consultations and close, each as the token's party.
//!
//! Thin like the other commands: parse into the core's types (a bad value is refused with a
//! sentence before anything is opened), call `platform.concerns()` and print.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use clap::Subcommand;
use gsi_app::read::ConcernFilter;
use gsi_core::concerns::{ClosingOutcome, Concern, ConcernStatus, LodgeConcern};
use gsi_core::framework::{PriorityRef, SecurityDomain, UnSymbol};
use gsi_core::{ConcernId, Distribution, EntityKey, PartyId, Reader, Timestamp};

use crate::cli::{NodeArgs, TokenArgs};
use crate::commands::{open, open_as, priority_list, require_token};

#[derive(Subcommand)]
pub enum ConcernCommand {
    /// List concerns, newest first; every option narrows the list.
    List {
        /// open, addressed, withdrawn or all.
        #[arg(long, default_value = "all")]
        status: String,
        /// Concerns this party lodged or is addressed by.
        #[arg(long)]
        party: Option<String>,
        /// Concerns tagged with this priority area, such as III.11.
        #[arg(long)]
        priority: Option<String>,
        /// Print the list as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show a concern: its text, each addressee's clocks, and the records that made it.
    Show {
        /// The concern's id (from `gsi concern list`).
        id: String,
        /// Print the concern as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Lodge a security concern as the token's party; prints its id.
    Lodge {
        #[arg(long)]
        title: String,
        #[arg(long)]
        description: String,
        /// traditional or non_traditional.
        #[arg(long)]
        domain: String,
        /// Priority areas (III.1 to III.20), comma-separated or repeated.
        #[arg(long = "priority", required = true, value_name = "III.N")]
        priorities: Vec<String>,
        /// The parties it is addressed to, comma-separated or repeated.
        #[arg(
            long = "to",
            required = true,
            value_delimiter = ',',
            value_name = "PARTY"
        )]
        addressees: Vec<String>,
        /// UN documents it refers to, such as "S/RES/2231 (2015)" (repeat for each).
        #[arg(long = "un-reference", value_name = "SYMBOL")]
        un_references: Vec<String>,
        /// When responses are due: a date (the end of that day, UTC) or an RFC 3339 time
        /// [default: 30 days after lodging].
        #[arg(long, value_name = "DATE")]
        respond_by: Option<String>,
        /// The concern's id, to make a retry idempotent [default: a new random id].
        #[arg(long)]
        id: Option<String>,
        /// Who may read it: public, or parties:CHN,RUS (who must include every addressee)
        /// [default: the token's party and the addressees].
        #[arg(long, value_name = "DISTRIBUTION")]
        readers: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Let more parties read a concern the token's party lodged, and every record about it.
    /// What was disclosed cannot be taken back: a distribution is only ever widened.
    Widen {
        id: String,
        /// The wider distribution: public, or parties:CHN,RUS,KAZ.
        #[arg(long, value_name = "DISTRIBUTION")]
        readers: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Acknowledge a concern the token's party is addressed by.
    Acknowledge {
        id: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Respond to a concern the token's party is addressed by.
    Respond {
        id: String,
        #[arg(long)]
        text: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Propose consultations on a concern (as its lodger or an addressee).
    Consult {
        id: String,
        #[arg(long)]
        text: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Close a concern the token's party lodged, as addressed or withdrawn.
    Close {
        id: String,
        /// addressed or withdrawn.
        #[arg(long)]
        outcome: String,
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
}

fn concern_id(s: &str) -> Result<ConcernId> {
    Ok(ConcernId::parse(s.trim())?)
}

/// A date is the end of that day in UTC; anything else must be an RFC 3339 time.
fn respond_by(s: &str) -> Result<Timestamp> {
    let s = s.trim();
    if let Ok(date) = s.parse::<chrono::NaiveDate>() {
        return Ok(Timestamp::parse(&format!("{date}T23:59:59Z"))?);
    }
    Timestamp::parse(s).with_context(|| format!("\"{s}\" is not a date (YYYY-MM-DD) or a time"))
}

pub fn concern(node: &NodeArgs, cmd: ConcernCommand) -> Result<i32> {
    let now = gsi_app::now();
    match cmd {
        ConcernCommand::List {
            status,
            party,
            priority,
            json,
        } => {
            let filter = ConcernFilter {
                status: ConcernStatus::parse_filter(&status)?,
                party: party.as_deref().map(PartyId::parse).transpose()?,
                priority: priority
                    .as_deref()
                    .map(PriorityRef::parse)
                    .transpose()?
                    .map(|p| p.number()),
                ..ConcernFilter::default()
            };
            // The operator's command line reads the node's database, so everything in it.
            let concerns = open(node)?.concerns().list(&Reader::Node, &filter)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&concerns)?);
            } else {
                print!("{}", list_text(&concerns, now));
            }
        }
        ConcernCommand::Show { id, json } => {
            let id = concern_id(&id)?;
            let platform = open(node)?;
            let concern = platform.concerns().get(&Reader::Node, &id)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&concern)?);
            } else {
                let records = platform.records_about(&Reader::Node, &EntityKey::Concern(id))?;
                let mut text = concern_text(&concern, now);
                text.push_str("\nRecords:\n");
                for r in records {
                    let _ = writeln!(
                        text,
                        "  #{:<8} {:<32} {:<10} {}",
                        r.index,
                        r.kind().unwrap_or_default(),
                        r.author.as_deref().unwrap_or_default(),
                        r.time
                    );
                }
                print!("{text}");
            }
        }
        ConcernCommand::Lodge {
            title,
            description,
            domain,
            priorities,
            addressees,
            un_references,
            respond_by: due,
            id,
            readers,
            auth,
        } => {
            require_token(&auth)?;
            let command = LodgeConcern {
                id: match id {
                    Some(id) => concern_id(&id)?,
                    None => ConcernId::from_random(gsi_app::random_id_bytes()),
                },
                title,
                description,
                domain: SecurityDomain::parse(&domain)?,
                priorities: priority_list(&priorities.join(","))?,
                addressees: addressees
                    .iter()
                    .map(|p| PartyId::parse(p.trim()))
                    .collect::<Result<_, _>>()?,
                un_references: un_references
                    .iter()
                    .map(|s| UnSymbol::parse(s))
                    .collect::<Result<_, _>>()?,
                response_due: due.as_deref().map(respond_by).transpose()?,
                distribution: readers.as_deref().map(Distribution::parse).transpose()?,
            };
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) = platform.concerns().lodge(&actor, command, now)?;
            eprintln!(
                "{} lodged concern \"{}\" with {}; responses are due by {} (record {}).",
                c.lodged_by,
                c.title,
                addressee_list(&c),
                c.response_due,
                receipt.index
            );
            println!("{}", c.id);
        }
        ConcernCommand::Widen { id, readers, auth } => {
            let id = concern_id(&id)?;
            let to = Distribution::parse(&readers)?;
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) = platform.concerns().widen(&actor, &id, to, now)?;
            println!(
                "{} widened who reads concern {} to {} ({}; record {}).",
                actor.party,
                c.id,
                c.distribution,
                c.distribution.tlp().as_str(),
                receipt.index
            );
        }
        ConcernCommand::Acknowledge { id, auth } => {
            let id = concern_id(&id)?;
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) = platform.concerns().acknowledge(&actor, &id, now)?;
            println!(
                "{} acknowledged concern {} of {} (record {}).",
                actor.party, c.id, c.lodged_by, receipt.index
            );
        }
        ConcernCommand::Respond { id, text, auth } => {
            let id = concern_id(&id)?;
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) = platform.concerns().respond(&actor, &id, &text, now)?;
            println!(
                "{} responded to concern {} of {} (record {}).",
                actor.party, c.id, c.lodged_by, receipt.index
            );
        }
        ConcernCommand::Consult { id, text, auth } => {
            let id = concern_id(&id)?;
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) = platform
                .concerns()
                .propose_consultations(&actor, &id, &text, now)?;
            println!(
                "{} proposed consultations on concern {} (record {}).",
                actor.party, c.id, receipt.index
            );
        }
        ConcernCommand::Close {
            id,
            outcome,
            note,
            auth,
        } => {
            let id = concern_id(&id)?;
            let outcome = ClosingOutcome::parse(&outcome)?;
            let (platform, actor) = open_as(node, &auth, "concerns")?;
            let (c, receipt) =
                platform
                    .concerns()
                    .close(&actor, &id, outcome, note.as_deref(), now)?;
            println!(
                "{} closed concern {} as {} (record {}).",
                actor.party,
                c.id,
                outcome.as_str(),
                receipt.index
            );
        }
    }
    Ok(0)
}

fn addressee_list(c: &Concern) -> String {
    c.addressees
        .iter()
        .map(|a| a.party.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_text(concerns: &[Concern], now: Timestamp) -> String {
    if concerns.is_empty() {
        return "No concern matches.\n".into();
    }
    let mut out = format!(
        "{:<32}  {:<9}  {:<8}  {:<20}  {:<24}  {:<8}  TITLE\n",
        "ID", "STATUS", "LODGER", "TO", "RESPONSES DUE", "OVERDUE"
    );
    for c in concerns {
        let _ = writeln!(
            out,
            "{:<32}  {:<9}  {:<8}  {:<20}  {:<24}  {:<8}  {}",
            c.id.as_str(),
            c.status.as_str(),
            c.lodged_by.as_str(),
            addressee_list(c),
            c.response_due.to_string(),
            if c.is_overdue(now) { "yes" } else { "no" },
            c.title
        );
    }
    out
}

fn concern_text(c: &Concern, now: Timestamp) -> String {
    let priorities: Vec<String> = c.priorities.iter().map(|p| p.to_string()).collect();
    let mut out = format!(
        "Concern {}: {}\nLodged by {} at {}; {} security; priorities {}\nStatus: {}\n",
        c.id,
        c.title,
        c.lodged_by,
        c.lodged_at,
        c.domain.as_str().replace('_', "-"),
        priorities.join(", "),
        c.status.as_str()
    );
    if let Some(closed) = c.closed_at {
        let _ = writeln!(
            out,
            "Closed at {closed}{}",
            c.closing_note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        );
    }
    if !c.un_references.is_empty() {
        let refs: Vec<String> = c.un_references.iter().map(|u| u.to_string()).collect();
        let _ = writeln!(out, "UN references: {}", refs.join("; "));
    }
    let _ = writeln!(out, "\n{}\n", c.description);
    let _ = writeln!(out, "Addressees (responses due by {}):", c.response_due);
    for clock in c.clocks(now) {
        let a = c.addressee(&clock.party);
        let acknowledged = a.and_then(|a| a.acknowledged_at).map_or_else(
            || "not acknowledged".to_owned(),
            |t| format!("acknowledged {t}"),
        );
        let _ = writeln!(
            out,
            "  {:<8} {}; {} response(s), {} consultation proposal(s){}{}",
            clock.party.as_str(),
            acknowledged,
            a.map_or(0, |a| a.responses),
            a.map_or(0, |a| a.consultations_proposed),
            if clock.acknowledgement_overdue {
                "; acknowledgement overdue"
            } else {
                ""
            },
            if clock.response_overdue {
                "; response overdue"
            } else {
                ""
            },
        );
    }
    out
}
