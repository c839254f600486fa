//! The command line, declared with clap.

use std::net::{IpAddr, SocketAddr};
use std::num::{NonZeroU32, NonZeroUsize};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use gsi_app::write_quota::{Rate, WriteQuotaSettings};

#[derive(Parser)]
#[command(
    name = "gsi",
    version,
    about = "GSI Platform: signed records of security cooperation in a verifiable log"
)]
pub struct Cli {
    #[command(flatten)]
    pub node: NodeArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Clone)]
pub struct NodeArgs {
    /// Directory holding the node identity (node.json) and, by default, the SQLite database.
    #[arg(long, global = true, env = "GSI_DATA_DIR", default_value = "gsi-data")]
    pub data_dir: PathBuf,
    /// Database URL: sqlite://PATH or postgres://USER@HOST:PORT/DB [default: sqlite://DATA_DIR/gsi.db]
    #[arg(long, global = true, env = "GSI_DATABASE_URL")]
    pub database: Option<String>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Create the node identity and database (and demo parties, users and tokens with --demo).
    Init(InitArgs),
    /// Run the web server and API.
    Serve {
        #[command(flatten)]
        init: InitArgs,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// The platform's public address (https://host[/path]), which calendar entries link to;
        /// without it, links follow each request's Host.
        #[arg(long, env = "GSI_BASE_URL", value_name = "URL")]
        base_url: Option<gsi_app::PublicUrl>,
        #[command(flatten)]
        quota: QuotaArgs,
        #[command(flatten)]
        sign_in: SignInArgs,
        #[command(flatten)]
        connections: ConnectionArgs,
    },
    /// Recompute every hash, signature, checkpoint and projection from the journal.
    Verify {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The log's size and how much each party has appended, in all and in the last 24 hours,
    /// beside the write quotas `gsi serve` applies by default.
    Status {
        /// Print the status as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Read the transparency log.
    #[command(subcommand)]
    Log(LogCommand),
    /// Parties and mechanisms: list, search, show memberships over time, register.
    #[command(subcommand)]
    Registry(crate::registry::RegistryCommand),
    /// The GSI framework: principles (II), priorities (III), platforms (IV).
    Catalogue {
        /// Print the whole catalogue as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Load data files into the node.
    #[command(subcommand)]
    Import(crate::registry::ImportCommand),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Security concerns (III, IV.1): lodge, acknowledge, respond, propose consultations, close.
    #[command(subcommand)]
    Concern(crate::concerns::ConcernCommand),
    /// Meetings (IV.1–IV.4): decision rules, convening, registration, speakers, calendars.
    #[command(subcommand)]
    Meeting(crate::dialogue::cli::MeetingCommand),
    /// Outcome documents: drafting, amendments, decisions, symbols and commitments.
    #[command(subcommand)]
    Decide(crate::dialogue::cli::DecideCommand),
    /// What waits for a party in dialogue: invitations, registrations and amendments to decide,
    /// positions to record, decisions to close, commitments to report on.
    Awaiting {
        /// The party's id, such as KAZ or sco.
        party: String,
    },
}

/// The write quota every user and party of `gsi serve` is counted against, the same for all
/// (N/s, N/min or N/h; bytes may end in KB or MB).
#[derive(Args, Clone)]
pub struct QuotaArgs {
    /// Records a user (all its tokens and sessions) may append.
    #[arg(
        long,
        env = "GSI_WRITE_QUOTA_PER_USER",
        default_value = "60/min",
        value_name = "RATE"
    )]
    pub write_quota_per_user: Rate,
    /// Records a party (all its users) may append.
    #[arg(
        long,
        env = "GSI_WRITE_QUOTA_PER_PARTY",
        default_value = "300/min",
        value_name = "RATE"
    )]
    pub write_quota_per_party: Rate,
    /// Bytes of signed records a party may append.
    #[arg(
        long,
        env = "GSI_WRITE_QUOTA_BYTES_PER_PARTY",
        default_value = "2MB/h",
        value_name = "RATE"
    )]
    pub write_quota_bytes_per_party: Rate,
}

impl QuotaArgs {
    pub fn settings(&self) -> WriteQuotaSettings {
        WriteQuotaSettings {
            per_user: self.write_quota_per_user,
            per_party: self.write_quota_per_party,
            bytes_per_party: self.write_quota_bytes_per_party,
        }
    }
}

/// How sign-in is throttled: per account and source address, per source, and how many
/// passwords are checked at once.
#[derive(Args, Clone)]
pub struct SignInArgs {
    /// Sign-ins one source address may try per minute, whatever the user names.
    #[arg(
        long,
        env = "GSI_SIGN_IN_PER_SOURCE",
        default_value = "60",
        value_name = "N"
    )]
    pub sign_in_per_source: NonZeroU32,
    /// Failed sign-ins of an account from one address before each further try waits 1 s,
    /// 2 s, 4 s … up to 15 minutes.
    #[arg(
        long,
        env = "GSI_SIGN_IN_FREE_FAILURES",
        default_value = "3",
        value_name = "N"
    )]
    pub sign_in_free_failures: u32,
    /// Failures of one account from all addresses within 15 minutes after which every address
    /// gets one free failure instead of the usual number (never none).
    #[arg(
        long,
        env = "GSI_SIGN_IN_ACCOUNT_CEILING",
        default_value = "20",
        value_name = "N"
    )]
    pub sign_in_account_ceiling: u32,
    /// Passwords checked at the same time [default: the number of cores].
    #[arg(long, env = "GSI_SIGN_IN_HASHING", value_name = "N")]
    pub sign_in_hashing: Option<NonZeroUsize>,
    /// Sign-ins that may wait for a password check before the answer is 503.
    #[arg(
        long,
        env = "GSI_SIGN_IN_QUEUE",
        default_value = "32",
        value_name = "N"
    )]
    pub sign_in_queue: usize,
    /// A reverse proxy whose `Forwarded` or `X-Forwarded-For` header names the client's address
    /// (repeat for several; comma-separated in the variable). Without it, such headers are
    /// ignored.
    #[arg(
        long,
        env = "GSI_TRUSTED_PROXY",
        value_delimiter = ',',
        value_name = "ADDRESS"
    )]
    pub trusted_proxy: Vec<IpAddr>,
}

impl SignInArgs {
    pub fn settings(&self) -> gsi_web::SignInSettings {
        let defaults = gsi_web::SignInSettings::default();
        gsi_web::SignInSettings {
            per_source: self.sign_in_per_source,
            free_failures: self.sign_in_free_failures,
            account_ceiling: self.sign_in_account_ceiling,
            hashing: self.sign_in_hashing.map_or(defaults.hashing, |n| n.get()),
            queue: self.sign_in_queue,
            trusted_proxies: self.trusted_proxy.clone(),
            ..defaults
        }
    }
}

/// How long clients may take and how many connections and requests the node holds at once
/// (durations such as 10s, 500ms or 2min).
#[derive(Args, Clone)]
pub struct ConnectionArgs {
    /// A connection that has not sent a whole request header in this time (from its start or
    /// from its last response) is closed.
    #[arg(long, env = "GSI_HEADER_READ_TIMEOUT", default_value = "10s", value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub header_read_timeout: Duration,
    /// A request not answered in this time gets 408 (a slow body, a long queue).
    #[arg(long, env = "GSI_REQUEST_TIMEOUT", default_value = "30s", value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub request_timeout: Duration,
    /// Open connections past which the node stops accepting until one closes.
    #[arg(
        long,
        env = "GSI_MAX_CONNECTIONS",
        default_value = "1024",
        value_name = "N"
    )]
    pub max_connections: NonZeroUsize,
    /// Requests handled at once; the others wait within their request timeout.
    #[arg(
        long,
        env = "GSI_MAX_CONCURRENT_REQUESTS",
        default_value = "128",
        value_name = "N"
    )]
    pub max_concurrent_requests: NonZeroUsize,
    /// On Ctrl-C or SIGTERM, how long requests in flight may still take before they are cut.
    #[arg(long, env = "GSI_SHUTDOWN_GRACE", default_value = "10s", value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub shutdown_grace: Duration,
}

impl ConnectionArgs {
    pub fn settings(&self) -> gsi_web::ConnectionSettings {
        gsi_web::ConnectionSettings {
            header_read_timeout: self.header_read_timeout,
            request_timeout: self.request_timeout,
            max_connections: self.max_connections.get(),
            max_concurrent_requests: self.max_concurrent_requests.get(),
            shutdown_grace: self.shutdown_grace,
        }
    }
}

#[derive(Args, Clone)]
pub struct InitArgs {
    /// Register demo parties, users and a sample concern (once), and print the users' tokens.
    #[arg(long)]
    pub demo: bool,
    /// The log's origin line (a schema-less URL naming this log), used when the node is created.
    #[arg(long, default_value = gsi_app::node::DEFAULT_ORIGIN)]
    pub origin: String,
}

#[derive(Subcommand)]
pub enum LogCommand {
    /// List records.
    List {
        #[arg(long, default_value_t = 0)]
        from: u64,
        #[arg(long, default_value_t = 50)]
        limit: u64,
    },
    /// Show one record with its inclusion proof (JSON).
    Show { index: u64 },
    /// Print the node's checkpoint verifier key (C2SP signed-note format).
    Key,
    /// Print the latest checkpoint (signing a new one if the log grew).
    Checkpoint,
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Add a user to a party.
    Add {
        /// The party's ISO 3166-1 alpha-3 code or id.
        #[arg(long)]
        party: String,
        #[arg(long)]
        name: String,
        /// delegate, focal_point, secretariat or reader (repeat or comma-separate for several).
        #[arg(long, required = true, value_delimiter = ',')]
        role: Vec<String>,
    },
    /// List users.
    List,
    /// Set a user's password for signing in from a browser, read from standard input. Ends the
    /// user's sessions; says how many of its API tokens still work.
    Passwd {
        name: String,
        /// Also revoke every API token of the user.
        #[arg(long)]
        revoke_tokens: bool,
    },
    /// End every session of a user, in every browser.
    SignOut {
        name: String,
        /// Also revoke every API token of the user.
        #[arg(long)]
        revoke_tokens: bool,
    },
    /// Disable a user: its tokens stop working.
    Disable { name: String },
}

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user and print it (once).
    Create {
        /// The user's name.
        name: String,
        #[arg(long, default_value = "cli")]
        label: String,
        /// What the token may do: `read`, `write:registry`, `write:concerns`, `write:dialogue`
        /// (repeat or comma-separate for several).
        #[arg(long, value_delimiter = ',', default_value = "read")]
        scope: Vec<String>,
        /// Days until the token expires (1 to 366).
        #[arg(long, default_value_t = gsi_app::tokens::DEFAULT_TOKEN_DAYS)]
        days: u32,
    },
    /// Revoke a token by its id.
    Revoke { id: String },
    /// List a user's tokens.
    List { name: String },
}

/// The acting user's credentials: every command that writes a record takes them, and the record is
/// authored (and signed) by that user's own party, never by another.
#[derive(Args, Clone)]
pub struct TokenArgs {
    /// The acting user's API token (from `gsi token create NAME`); the record is authored by
    /// that user's party.
    #[arg(long, env = "GSI_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
