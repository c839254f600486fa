//! The node's files through the real binary: `gsi init` creates the data directory 0700 and its
//! files 0600, and a node whose files were opened up is narrowed again, with a warning, when the
//! next command opens it.

#![cfg(unix)]

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use support::GSI;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn gsi(data_dir: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(GSI)
        .args(args)
        .env("GSI_DATA_DIR", data_dir)
        .env_remove("GSI_DATABASE_URL")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "gsi {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn the_data_directory_is_0700_and_its_files_0600() {
    let parent = tempfile::tempdir().unwrap();
    std::fs::set_permissions(parent.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = parent.path().join("gsi-data");
    gsi(&data, &["init"]);
    let files = ["node.json", "gsi.db", "gsi.db-wal", "gsi.db-shm"];
    assert_eq!(mode(&data), 0o700, "the data directory");
    for file in files {
        let path = data.join(file);
        if file == "node.json" || file == "gsi.db" || path.exists() {
            assert_eq!(mode(&path), 0o600, "{file}");
        }
    }
    // A database written while the process runs keeps its WAL and shared memory: check them too.
    let mut reader = Command::new(GSI)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("GSI_DATA_DIR", &data)
        .env_remove("GSI_DATABASE_URL")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(reader.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let base = line
        .split("serving on ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let checkpoint = reqwest::blocking::get(format!("{base}checkpoint")).unwrap();
    assert_eq!(checkpoint.status(), 200, "the server reads its database");
    // SQLite creates and removes -wal and -shm as connections come and go: check what is there.
    for file in files {
        let path = data.join(file);
        if file == "gsi.db" || path.exists() {
            assert_eq!(mode(&path), 0o600, "{file} while serving");
        }
    }
    reader.kill().unwrap();
    reader.wait().unwrap();

    // Opened up by hand (or by an older version): the next command narrows them and says so.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let present: Vec<&str> = files
        .into_iter()
        .filter(|f| data.join(f).exists())
        .collect();
    assert!(present.contains(&"node.json") && present.contains(&"gsi.db"));
    for file in &present {
        std::fs::set_permissions(data.join(file), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = gsi(&data, &["log", "checkpoint"]);
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert_eq!(mode(&data), 0o700);
    for file in present {
        // The command's last connection may remove -wal and -shm as it closes.
        let path = data.join(file);
        if file == "node.json" || file == "gsi.db" || path.exists() {
            assert_eq!(mode(&path), 0o600, "{file} after opening");
        }
        assert!(
            warnings.contains(&format!("{file} was readable by other accounts (mode 644)")),
            "{file}: {warnings}"
        );
    }
}
