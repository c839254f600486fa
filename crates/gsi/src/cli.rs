//! The command line, declared with clap.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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
    },
    /// Recompute every hash, signature, checkpoint and projection from the journal.
    Verify {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Read the transparency log.
    #[command(subcommand)]
    Log(LogCommand),
    /// Parties and mechanisms: list, search, show memberships over time, register.
    #[command(subcommand)]
    Registry(RegistryCommand),
    /// The GSI framework: principles (II), priorities (III), platforms (IV).
    Catalogue {
        /// Print the whole catalogue as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Load data files into the node.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
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
    /// Set a user's password for signing in from a browser, read from standard input.
    Passwd { name: String },
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
    },
    /// Revoke a token by its id.
    Revoke { id: String },
    /// List a user's tokens.
    List { name: String },
}
