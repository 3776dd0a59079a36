//! Chooses the dataset compiled into the wasm: `static/layover.json`, or the file named by the
//! MILESTONE_DATA environment variable (`./scripts/build --data other.json` sets it); and the version of
//! the language tables, which names the files that carry them to a release wasm.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=MILESTONE_DATA");
    // `./scripts/build --embed-base URL`: read by `option_env!` in src/start.
    println!("cargo:rerun-if-env-changed=MILESTONE_EMBED_BASE");
    tables_version();
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

/// A hash of the language tables' source (src/i18n, the editor's words), for the names of the files that carry the tables
/// to a release wasm: a table file of another build is never taken for this build's.
fn tables_version() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for part in ["src/i18n", "src/editor/langs", "src/editor/texts.rs"] {
        let path = manifest.join(part);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            source_files(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        for byte in std::fs::read(&file).expect("a readable table") {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!(
        "cargo:rustc-env=MILESTONE_TABLES_VERSION={:012x}",
        hash >> 16
    );
}

/// Every file under `dir`, its folders' too (each folder watched for new files).
fn source_files(dir: &std::path::Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the tables' folder is there") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            source_files(&path, files);
        } else {
            files.push(path);
        }
    }
}
