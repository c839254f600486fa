//! `gsi`, the one binary of the GSI Platform: a thin command-line edge over `gsi-app` and
//! `gsi-web`. It parses arguments, opens the node (data directory + database), runs one command
//! and prints the result as plain sentences. Errors end the process with exit code 1 and one
//! line that says what went wrong and, where it helps, what to do.

#![forbid(unsafe_code)]

mod cli;
mod commands;
mod concerns;
mod dialogue;
mod registry;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("GSI_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match commands::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("gsi: {e:#}");
            std::process::exit(1);
        }
    }
}
