//! A node's files are private to the account that runs it: the data directory is 0700 and the
//! files in it (`node.json`, `gsi.db`, `gsi.db-wal`, `gsi.db-shm`) are 0600, because they hold the
//! node key, password hashes and sealed signing keys. New ones are created so; an existing one
//! that group or others may use is narrowed when the node opens it, with a warning.
//! (On systems without Unix permissions these are no-ops.)

use std::io;
use std::path::Path;

/// The mode of the data directory.
pub const DIR_MODE: u32 = 0o700;
/// The mode of every file in it.
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` and any missing parents with [`DIR_MODE`]; an existing directory is left as is.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Creates an empty file with [`FILE_MODE`] unless one exists (SQLite starts a new database
/// in an empty file, and gives its `-wal` and `-shm` files the database file's mode).
pub fn create_file(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options.open(path).map(drop)
}

/// Narrows `path` to `mode` if group or others have any permission on it, and warns that it did;
/// a path that does not exist is left alone.
pub fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let current = match std::fs::metadata(path) {
            Ok(meta) => meta.permissions().mode() & 0o777,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if current & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
            tracing::warn!(
                "{} was readable by other accounts (mode {current:o}); it is now {mode:o}",
                path.display()
            );
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}
