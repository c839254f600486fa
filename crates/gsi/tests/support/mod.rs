//! Shared helpers for the binary's end-to-end tests: run `gsi`, start and kill servers, and pick
//! a database (a temporary SQLite file, or a fresh PostgreSQL schema when GSI_TEST_POSTGRES_URL
//! is set).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

pub const GSI: &str = env!("CARGO_BIN_EXE_gsi");

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A node under test: a data directory and a database URL.
pub struct Node {
    pub dir: tempfile::TempDir,
    pub database: String,
    /// For PostgreSQL: the schema to drop afterwards.
    pub pg_schema: Option<(String, String)>,
}

impl Node {
    pub fn sqlite() -> Node {
        let dir = tempfile::tempdir().unwrap();
        let database = format!("sqlite://{}", dir.path().join("gsi.db").display());
        Node {
            dir,
            database,
            pg_schema: None,
        }
    }

    /// A node on a fresh PostgreSQL schema, or None (skip) when no server is configured.
    /// Under CI=true a missing server is a failure, not a skip.
    pub fn postgres() -> Option<Node> {
        let Ok(base) = std::env::var("GSI_TEST_POSTGRES_URL") else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("PostgreSQL tests must run in CI: set GSI_TEST_POSTGRES_URL");
            }
            eprintln!("skipping: GSI_TEST_POSTGRES_URL is not set");
            return None;
        };
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let schema = format!(
            "gsi_e2e_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos()
        );
        let mut client =
            postgres::Client::connect(&base, postgres::NoTls).expect("PostgreSQL answers");
        client
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        let database = format!("{base}{sep}options=-csearch_path%3D{schema}");
        Some(Node {
            dir: tempfile::tempdir().unwrap(),
            database,
            pg_schema: Some((base, schema)),
        })
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `gsi ARGS` against this node and returns its output.
    pub fn gsi(&self, args: &[&str]) -> Output {
        Command::new(GSI)
            .args(args)
            .env("GSI_DATA_DIR", self.data_dir())
            .env("GSI_DATABASE_URL", &self.database)
            .output()
            .expect("gsi runs")
    }

    /// Runs `gsi ARGS` and insists it succeeds; returns stdout.
    pub fn gsi_ok(&self, args: &[&str]) -> String {
        let out = self.gsi(args);
        assert!(
            out.status.success(),
            "gsi {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs `gsi ARGS` with `GSI_TOKEN` set to `token` (unset when `None`, whatever the
    /// environment of the test holds).
    pub fn gsi_as(&self, token: Option<&str>, args: &[&str]) -> Output {
        let mut command = Command::new(GSI);
        command
            .args(args)
            .env("GSI_DATA_DIR", self.data_dir())
            .env("GSI_DATABASE_URL", &self.database)
            .env_remove("GSI_TOKEN");
        if let Some(token) = token {
            command.env("GSI_TOKEN", token);
        }
        command.output().expect("gsi runs")
    }

    /// Runs `gsi ARGS` as the user with `token` and insists it succeeds; returns stdout.
    pub fn ok_as(&self, token: &str, args: &[&str]) -> String {
        let out = self.gsi_as(Some(token), args);
        assert!(
            out.status.success(),
            "gsi {args:?} failed: {}\n{}",
            stdout(&out),
            stderr(&out)
        );
        stdout(&out)
    }

    /// Runs `gsi ARGS` (as `token`, or with no token) and insists it fails with exit code 1 and
    /// one plain sentence on stderr; returns that sentence.
    pub fn refused(&self, token: Option<&str>, args: &[&str]) -> String {
        let out = self.gsi_as(token, args);
        let err = stderr(&out);
        assert_eq!(
            out.status.code(),
            Some(1),
            "gsi {args:?} should fail: {}\n{err}",
            stdout(&out)
        );
        assert!(
            stdout(&out).is_empty(),
            "nothing on stdout: {}",
            stdout(&out)
        );
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("gsi: "), "{err}");
        err
    }

    /// The demo users' API tokens, (name, token), as `gsi init --demo` keeps them in the data
    /// directory.
    pub fn demo_tokens(&self) -> Vec<(String, String)> {
        let text = std::fs::read_to_string(self.data_dir().join("demo-users.txt"))
            .expect("the demo was seeded (gsi init --demo)");
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let fields: Vec<&str> = l.split_whitespace().collect();
                (fields.len() == 5).then(|| (fields[0].to_owned(), fields[3].to_owned()))
            })
            .collect()
    }

    /// One demo user's API token.
    pub fn demo_token(&self, user: &str) -> String {
        self.demo_tokens()
            .into_iter()
            .find(|(u, _)| u == user)
            .unwrap_or_else(|| panic!("no demo token for {user}"))
            .1
    }

    /// Starts `gsi serve --demo` on a free port and waits until it listens.
    pub fn serve(&self) -> Server {
        self.serve_with(&[])
    }

    /// `gsi serve --demo` with more arguments.
    pub fn serve_with(&self, args: &[&str]) -> Server {
        self.start(&[&["--demo"], args].concat())
    }

    /// `gsi serve` on what the data directory already holds, seeding nothing.
    pub fn serve_as_it_is(&self) -> Server {
        self.start(&[])
    }

    fn start(&self, args: &[&str]) -> Server {
        let mut child = Command::new(GSI)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .env_remove("GSI_BASE_URL")
            .env("GSI_DATA_DIR", self.data_dir())
            .env("GSI_DATABASE_URL", &self.database)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("gsi serve starts");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut tokens = Vec::new();
        let mut passwords = Vec::new();
        let base = loop {
            let line = lines.next().expect("server printed its address").unwrap();
            if let Some(rest) = line.split("serving on ").nth(1) {
                break rest
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .trim_end_matches('/')
                    .to_owned();
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.len() == 5 && fields[3].starts_with("gsi_") {
                tokens.push((fields[0].to_owned(), fields[3].to_owned()));
                passwords.push((fields[0].to_owned(), fields[4].to_owned()));
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            base,
            tokens,
            passwords,
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        if let Some((base, schema)) = &self.pg_schema
            && let Ok(mut client) = postgres::Client::connect(base, postgres::NoTls)
        {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

pub struct Server {
    pub child: Child,
    pub base: String,
    /// Demo users' (name, token) as printed at start-up.
    pub tokens: Vec<(String, String)>,
    /// Demo users' (name, password).
    pub passwords: Vec<(String, String)>,
}

impl Server {
    pub fn token(&self, user: &str) -> String {
        self.tokens
            .iter()
            .find(|(u, _)| u == user)
            .unwrap_or_else(|| panic!("no demo token for {user} in {:?}", self.tokens))
            .1
            .clone()
    }

    pub fn password(&self, user: &str) -> String {
        self.passwords
            .iter()
            .find(|(u, _)| u == user)
            .unwrap()
            .1
            .clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// SIGKILL: no chance to flush or shut down cleanly.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
