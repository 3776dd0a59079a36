//! Chooses the dataset compiled into the wasm: `static/layover.json`, or the file named by the
//! MILESTONE_DATA environment variable (`./scripts/build --data other.json` sets it).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=MILESTONE_DATA");
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let source = match std::env::var("MILESTONE_DATA") {
        Ok(path) if !path.is_empty() => manifest.join(path),
        _ => manifest.join("static/layover.json"),
    };
    println!("cargo:rerun-if-changed={}", source.display());
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.json");
    if let Err(e) = std::fs::copy(&source, &out) {
        panic!("cannot read the dataset {}: {e}", source.display());
    }
}
