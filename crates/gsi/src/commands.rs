//! One function per command; each opens what it needs and prints plain sentences.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use gsi_app::{NodeIdentity, Platform, demo};
use gsi_core::framework::PriorityRef;
use gsi_core::{Actor, PartyId, Reader, Role};

use gsi_app::tokens::{Scope, TokenRequest, is_expired};

use crate::cli::{
    Cli, Command, InitArgs, LogCommand, NodeArgs, TokenArgs, TokenCommand, UserCommand,
};
use crate::registry::{ImportCommand, catalogue, import_registry, registry};

const DEMO_TOKENS: &str = "demo-users.txt";

/// Runs the command; the result is the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    let node = &cli.node;
    match cli.command {
        Command::Init(args) => {
            let platform = init(node, &args)?;
            println!(
                "Node ready: log {} in {}.",
                platform.node().origin(),
                database_url(node)
            );
            Ok(0)
        }
        Command::Serve {
            init: args,
            listen,
            base_url,
            quota,
            sign_in,
            connections,
        } => {
            let platform = init(node, &args)?.with_write_quota(quota.settings());
            let settings = gsi_web::EdgeSettings {
                public_url: base_url,
                sign_in: sign_in.settings(),
                connections: connections.settings(),
            };
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            runtime
                .block_on(gsi_web::serve(platform, listen, settings, |addr| {
                    println!("GSI Platform is serving on http://{addr}/ (Ctrl-C stops it)");
                }))
                .with_context(|| format!("serving on {listen}"))?;
            Ok(0)
        }
        Command::Verify { json } => verify(node, json),
        Command::Status { json } => status(node, json),
        Command::Log(cmd) => log(node, cmd),
        Command::Registry(cmd) => registry(node, cmd),
        Command::Catalogue { json } => catalogue(json),
        Command::Import(ImportCommand::Registry { file }) => import_registry(node, &file),
        Command::User(cmd) => user(node, cmd),
        Command::Token(cmd) => token(node, cmd),
        Command::Concern(cmd) => crate::concerns::concern(node, cmd),
        Command::Meeting(cmd) => crate::dialogue::meeting(node, cmd),
        Command::Decide(cmd) => crate::dialogue::decide(node, cmd),
        Command::Awaiting { party } => crate::dialogue::awaiting(node, &party),
    }
}

fn database_url(node: &NodeArgs) -> String {
    node.database
        .clone()
        .filter(|url| !url.trim().is_empty())
        .unwrap_or_else(|| format!("sqlite://{}", node.data_dir.join("gsi.db").display()))
}

/// Opens an existing node.
pub(crate) fn open(node: &NodeArgs) -> Result<Platform> {
    let identity = NodeIdentity::load(&node.data_dir)?;
    let store = gsi_app::open_store(&database_url(node))?;
    Ok(Platform::new(store, Arc::new(identity)))
}

/// Creates the node if needed, opens it, and seeds the demo when asked.
fn init(node: &NodeArgs, args: &InitArgs) -> Result<Platform> {
    let (identity, created) = NodeIdentity::load_or_create(&node.data_dir, &args.origin)?;
    if created {
        println!(
            "Created node identity {} in {}.",
            identity.origin(),
            node.data_dir.display()
        );
    }
    let store = gsi_app::open_store(&database_url(node))?;
    let platform = Platform::new(store, Arc::new(identity));
    let loaded = platform.registry().load(gsi_app::now())?;
    if loaded.parties_registered + loaded.memberships_recorded > 0 {
        println!(
            "Registry loaded: {} parties registered, {} memberships recorded ({} unchanged).",
            loaded.parties_registered, loaded.memberships_recorded, loaded.memberships_unchanged
        );
    }
    if args.demo {
        seed_demo(&platform, &node.data_dir)?;
    }
    Ok(platform)
}

/// Seeds the demo once; its tokens are kept in the data directory so every start can show them.
fn seed_demo(platform: &Platform, data_dir: &Path) -> Result<()> {
    let users = demo::seed(platform, gsi_app::now())?;
    let path = data_dir.join(DEMO_TOKENS);
    if !users.is_empty() {
        let mut text = String::from(
            "# Demo users: name, party, role, API token, password (demo only; delete this file in production)\n",
        );
        for u in &users {
            text.push_str(&format!(
                "{:<22} {:<16} {:<12} {} {}\n",
                u.name,
                u.party,
                u.role.as_str(),
                u.token,
                u.password
            ));
        }
        write_private(&path, &text)?;
    }
    match fs::read_to_string(&path) {
        Ok(text) => {
            println!(
                "Demo users (name, party, role, API token for `Authorization: Bearer`, password):"
            );
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                println!("  {line}");
            }
        }
        Err(_) => println!(
            "The demo was seeded earlier; create a token with `gsi token create kaz.delegate`."
        ),
    }
    Ok(())
}

fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options
        .open(path)
        .with_context(|| format!("writing {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

/// The log's size and each author's share of it, all time and in the last 24 hours.
fn status(node: &NodeArgs, json: bool) -> Result<i32> {
    let platform = open(node)?;
    let now = gsi_app::now();
    let day_ago = gsi_core::Timestamp::from_millis(now.millis() - 24 * 3_600_000);
    let tree_size = platform.tree_size()?;
    let all = platform.journal_growth(None)?;
    let recent = platform.journal_growth(Some(day_ago))?;
    let quota = gsi_app::write_quota::WriteQuotaSettings::default();
    let last_day = |author: &str| {
        recent
            .iter()
            .find(|g| g.author == author)
            .map_or((0, 0), |g| (g.records, g.bytes))
    };
    if json {
        let authors: Vec<serde_json::Value> = all
            .iter()
            .map(|g| {
                let (records, bytes) = last_day(&g.author);
                serde_json::json!({
                    "author": g.author,
                    "records": g.records,
                    "bytes": g.bytes,
                    "records_last_24h": records,
                    "bytes_last_24h": bytes,
                })
            })
            .collect();
        let report = serde_json::json!({
            "origin": platform.node().origin(),
            "as_of": now.to_string(),
            "tree_size": tree_size,
            "write_quota_defaults": {
                "per_user": quota.per_user.to_string(),
                "per_party": quota.per_party.to_string(),
                "bytes_per_party": quota.bytes_per_party.to_string(),
            },
            "authors": authors,
        });
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(0);
    }
    println!(
        "Log {}: {tree_size} records as of {now}.",
        platform.node().origin()
    );
    println!(
        "Write quotas of gsi serve by default: {} per user, {} per party, {} of bytes per party.",
        quota.per_user, quota.per_party, quota.bytes_per_party
    );
    if all.is_empty() {
        println!("No party has appended a record yet.");
        return Ok(0);
    }
    println!(
        "{:<16} {:>10} {:>12} {:>14} {:>16}",
        "author", "records", "bytes", "records (24 h)", "bytes (24 h)"
    );
    for g in &all {
        let (records, bytes) = last_day(&g.author);
        println!(
            "{:<16} {:>10} {:>12} {:>14} {:>16}",
            g.author, g.records, g.bytes, records, bytes
        );
    }
    Ok(0)
}

fn verify(node: &NodeArgs, json: bool) -> Result<i32> {
    let platform = open(node)?;
    let report = platform.verify()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else if report.ok() {
        println!(
            "Verified {} records, {} tree nodes, {} checkpoints and {} projections: all consistent.",
            report.records, report.tree_nodes, report.checkpoints, report.projections
        );
    } else {
        println!(
            "Verification FAILED: {} problems in {} records.",
            report.problems.len() as u64 + report.more_problems,
            report.records
        );
        for p in &report.problems {
            println!("  {p}");
        }
        if report.more_problems > 0 {
            println!("  … and {} more", report.more_problems);
        }
    }
    Ok(if report.ok() { 0 } else { 1 })
}

fn log(node: &NodeArgs, cmd: LogCommand) -> Result<i32> {
    if let LogCommand::Key = cmd {
        let identity = NodeIdentity::load(&node.data_dir)?;
        println!("{}", identity.verifier().to_verifier_key());
        return Ok(0);
    }
    let platform = open(node)?;
    match cmd {
        LogCommand::List { from, limit } => {
            // The operator's command line reads the node's database, so every record whole.
            let records = platform.records(&Reader::Node, from, limit)?;
            if records.is_empty() {
                println!(
                    "No records from index {from} (the log holds {}).",
                    platform.tree_size()?
                );
            }
            for r in records {
                let sealed = if r.is_sealed() { "sealed" } else { "" };
                let (kind, subject) = r.content.map(|c| (c.kind, c.subject)).unwrap_or_default();
                let author = r.author.unwrap_or_default();
                println!(
                    "{:>8}  {}  {kind:<32} {author:<5} {subject} {sealed}",
                    r.index, r.time
                );
            }
        }
        LogCommand::Show { index } => {
            let size = platform.tree_size()?;
            if index >= size {
                bail!(
                    "there is no record {index}: the log holds {size} records (0 to {})",
                    size.saturating_sub(1)
                );
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&platform.record_proof(&Reader::Node, index)?)?
            );
        }
        LogCommand::Checkpoint => print!("{}", platform.checkpoint()?.note),
        LogCommand::Key => unreachable!("handled above"),
    }
    Ok(0)
}

/// The acting user's API token, which every writing command needs. Checked before the node is
/// opened, so a command without a token neither reads nor writes anything.
pub(crate) fn require_token(auth: &TokenArgs) -> Result<&str> {
    auth.token
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            anyhow!(
                "this command records an act of a party and needs the acting user's API token: \
                 pass --token TOKEN or set GSI_TOKEN (the operator cannot act for a party)"
            )
        })
}

/// Opens the node and authenticates the token's user for a change in `module`.
pub(crate) fn open_as(
    node: &NodeArgs,
    auth: &TokenArgs,
    module: &'static str,
) -> Result<(Platform, Actor)> {
    let token = require_token(auth)?;
    let platform = open(node)?;
    let actor = platform.authenticate(token, Scope::Write(module), gsi_app::now())?;
    Ok((platform, actor))
}

/// Priorities written as `III.11,III.20` (empty: none).
pub(crate) fn priority_list(s: &str) -> Result<Vec<PriorityRef>> {
    Ok(s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(PriorityRef::parse)
        .collect::<Result<Vec<_>, _>>()?)
}

pub(crate) fn date(s: Option<&str>) -> Result<Option<NaiveDate>> {
    s.map(|d| {
        d.parse::<NaiveDate>()
            .map_err(|_| gsi_core::refusals::not_a_date(d).into())
    })
    .transpose()
}

fn user(node: &NodeArgs, cmd: UserCommand) -> Result<i32> {
    let platform = open(node)?;
    match cmd {
        UserCommand::Add { party, name, role } => {
            let roles = role
                .iter()
                .map(|r| Role::parse(r))
                .collect::<Result<Vec<_>, _>>()?;
            let user = platform.add_user(&name, &PartyId::parse(&party)?, roles, gsi_app::now())?;
            println!(
                "Added user {} of {}; create a token with `gsi token create {}`.",
                user.name, user.party, user.name
            );
        }
        UserCommand::List => {
            for u in platform.users()? {
                let roles: Vec<_> = u.roles.iter().map(|r| r.as_str()).collect();
                let state = if u.disabled { "disabled" } else { "active" };
                println!(
                    "{:<20} {:<8} {:<24} {}",
                    u.name,
                    u.party,
                    roles.join(","),
                    state
                );
            }
        }
        UserCommand::Passwd {
            name,
            revoke_tokens,
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            platform.set_password(&name, password)?;
            println!("Set the password of {name}; its open sessions were ended.");
            report_tokens(&platform, &name, revoke_tokens)?;
        }
        UserCommand::SignOut {
            name,
            revoke_tokens,
        } => {
            platform.sign_out_everywhere(&name, false)?;
            println!("Ended every session of {name}.");
            report_tokens(&platform, &name, revoke_tokens)?;
        }
        UserCommand::Disable { name } => {
            platform.disable_user(&name)?;
            println!("Disabled {name}; its tokens and sessions no longer work.");
        }
    }
    Ok(0)
}

/// Revokes a user's tokens when asked, else says how many still work and how to revoke them.
fn report_tokens(platform: &Platform, name: &str, revoke: bool) -> Result<()> {
    if revoke {
        let revoked = platform.sign_out_everywhere(name, true)?;
        println!("Revoked {revoked} API token(s) of {name}.");
    } else {
        let active = platform.active_tokens(name, gsi_app::now())?;
        if active > 0 {
            println!(
                "{active} API token(s) of {name} still work; revoke them with --revoke-tokens or \
                 one by one with `gsi token revoke ID`."
            );
        }
    }
    Ok(())
}

fn token(node: &NodeArgs, cmd: TokenCommand) -> Result<i32> {
    let platform = open(node)?;
    match cmd {
        TokenCommand::Create {
            name,
            label,
            scope,
            days,
        } => {
            let scopes = scope
                .iter()
                .map(|s| Scope::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            let request = TokenRequest {
                label,
                days: Some(days),
                scopes,
            };
            let (row, secret) = platform.create_token(&name, request, gsi_app::now())?;
            eprintln!(
                "Token {} for {name}, allowed {}, until {}; it is shown once, keep it safe:",
                row.id,
                row.scopes.join(", "),
                row.expires_at
            );
            println!("{secret}");
        }
        TokenCommand::Revoke { id } => {
            platform.revoke_token(&id)?;
            println!("Revoked token {id}.");
        }
        TokenCommand::List { name } => {
            let now = gsi_app::now();
            println!(
                "{:<16}  {:<12}  {:<24}  {:<24}  {:<24}  {:<8}  SCOPES",
                "ID", "LABEL", "CREATED", "EXPIRES", "LAST USED", "STATE"
            );
            for t in platform.tokens_of(&name)? {
                let state = if t.revoked {
                    "revoked"
                } else if is_expired(&t, now) {
                    "expired"
                } else {
                    "active"
                };
                println!(
                    "{:<16}  {:<12}  {:<24}  {:<24}  {:<24}  {:<8}  {}",
                    t.id,
                    t.label,
                    t.created_at,
                    t.expires_at,
                    t.last_used_at.as_deref().unwrap_or("never"),
                    state,
                    t.scopes.join(",")
                );
            }
        }
    }
    Ok(0)
}
