//! The committed `data/world.tsv` is what `tools/map/convert.py` writes from world-atlas
//! 2.0.2. This test re-runs the converter when it can: set `GSI_MAP_WORLD_ATLAS` to the
//! tarball that `npm pack world-atlas@2.0.2` writes (or to its `countries-50m.json`) and
//! have `python3` on the PATH. Without them it says so and passes, as the build itself never
//! needs the network, npm or Python.

use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn converter_reproduces_the_committed_data() {
    let Some(source) = std::env::var_os("GSI_MAP_WORLD_ATLAS") else {
        eprintln!(
            "skipped: set GSI_MAP_WORLD_ATLAS to world-atlas-2.0.2.tgz (npm pack world-atlas@2.0.2) \
             to re-run tools/map/convert.py"
        );
        return;
    };
    let source = PathBuf::from(source);
    assert!(
        source.is_file(),
        "GSI_MAP_WORLD_ATLAS={} is not a file",
        source.display()
    );
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 is not on the PATH");
        return;
    }
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = crate_dir.join("../../tools/map/convert.py");
    let output = std::env::temp_dir().join(format!("gsi-map-world-{}.tsv", std::process::id()));
    let status = Command::new("python3")
        .arg(&script)
        .arg(&source)
        .arg("--output")
        .arg(&output)
        .status()
        .expect("run python3");
    assert!(status.success(), "convert.py failed: {status}");
    let fresh = std::fs::read_to_string(&output).expect("read the converter's output");
    let _ = std::fs::remove_file(&output);
    let committed = std::fs::read_to_string(crate_dir.join("data/world.tsv")).unwrap();
    assert!(
        fresh == committed,
        "tools/map/convert.py output differs from crates/map/data/world.tsv: re-run it (see data/README.md)"
    );
}
