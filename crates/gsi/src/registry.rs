//! `gsi registry`, `gsi catalogue` and `gsi import registry`: the parties, mechanisms and
//! memberships over time, and the framework of the Concept Paper — declared with clap and run.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Subcommand;
use gsi_app::registry::PartyQuery;
use gsi_core::{Party, PartyId, PartyKind};

use crate::cli::NodeArgs;
use crate::commands::{date, open};

#[derive(Subcommand)]
pub enum RegistryCommand {
    /// List parties; every option narrows the list.
    List {
        /// state, territory, organisation, organ, mechanism, forum, fund, treaty, …
        #[arg(long)]
        kind: Option<String>,
        /// M49 region, sub-region or intermediate region (code or English name).
        #[arg(long)]
        region: Option<String>,
        /// UN regional group: african, asia_pacific, eastern_european, latin_american_caribbean, weog.
        #[arg(long)]
        group: Option<String>,
        /// ldc, lldc or sids.
        #[arg(long)]
        category: Option<String>,
        /// Members of this mechanism (id such as sco, brics, npt).
        #[arg(long)]
        mechanism: Option<String>,
        /// Date for --mechanism (YYYY-MM-DD; default today).
        #[arg(long)]
        as_of: Option<String>,
        /// Text in any name (any language the registry has), alias or code.
        #[arg(long)]
        search: Option<String>,
    },
    /// Show a party with its memberships over time (and a mechanism's members).
    Show {
        /// ISO 3166-1 alpha-3 code or id.
        id: String,
        /// Members as of this date (YYYY-MM-DD); all periods when omitted.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Register a party that is not in the registry, with a new signing key.
    Add {
        /// ISO 3166-1 alpha-3 code for a state, or a lowercase slug.
        #[arg(long)]
        id: String,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Import membership rows (CSV, see docs/registry-format.md); all or nothing.
    Registry { file: PathBuf },
}

pub fn registry(node: &NodeArgs, cmd: RegistryCommand) -> Result<i32> {
    let platform = open(node)?;
    match cmd {
        RegistryCommand::List {
            kind,
            region,
            group,
            category,
            mechanism,
            as_of,
            search,
        } => {
            let query = PartyQuery {
                kind: kind.as_deref().map(PartyKind::parse).transpose()?,
                region,
                group,
                category,
                mechanism: mechanism.as_deref().map(PartyId::parse).transpose()?,
                as_of: date(as_of.as_deref())?,
                text: search,
            };
            let parties = platform.registry().find_parties(&query)?;
            for p in &parties {
                println!("{:<26} {:<20} {}", p.id, p.kind.as_str(), p.name);
            }
            println!("{} parties.", parties.len());
        }
        RegistryCommand::Show { id, as_of } => {
            let detail = platform
                .registry()
                .party_detail(&PartyId::parse(&id)?, date(as_of.as_deref())?)?;
            println!("{}", serde_json::to_string_pretty(&detail)?);
        }
        RegistryCommand::Add { id, kind, name } => {
            let party = Party::new(PartyId::parse(&id)?, PartyKind::parse(&kind)?, &name)?;
            let receipt = platform.register_party(party, gsi_app::now())?;
            println!("Registered {id} ({name}) as record {}.", receipt.index);
        }
    }
    Ok(0)
}

pub fn catalogue(json: bool) -> Result<i32> {
    let c = gsi_core::catalogue::catalogue();
    if json {
        println!("{}", serde_json::to_string_pretty(c)?);
        return Ok(0);
    }
    println!(
        "GSI framework catalogue, version {} ({})",
        c.version, c.source
    );
    println!("\nPrinciples (II)");
    for p in &c.principles {
        println!("  {:<6} {}", p.id, p.title);
    }
    println!("\nPriorities of cooperation (III)");
    for p in &c.priorities {
        println!("  {:<6} {}", p.id.to_string(), p.title);
    }
    println!("\nPlatforms and mechanisms (IV)");
    for p in &c.platforms {
        println!("  {:<6} {}", p.id, p.title);
    }
    Ok(0)
}

pub fn import_registry(node: &NodeArgs, file: &Path) -> Result<i32> {
    let platform = open(node)?;
    let text = fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let summary = platform.registry().import(&text, gsi_app::now())?;
    println!(
        "Imported {}: {} memberships recorded, {} already recorded unchanged.",
        file.display(),
        summary.memberships_recorded,
        summary.memberships_unchanged
    );
    Ok(0)
}
