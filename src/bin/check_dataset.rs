//! `check-dataset FILE...`: checks dataset files as the widget would and prints the same located errors
//! and warnings (for authors editing JSON by hand). Exit status: 0 no errors, 1 errors, 2 unreadable file.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use milestone_tracker::validate::{load, Location, Severity};
    use milestone_tracker::zone::TzDatabase;

    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: check-dataset FILE.json [FILE.json ...]\nChecks milestone-tracker datasets and prints located errors and warnings.");
        std::process::exit(2);
    }
    let mut status = 0;
    for file in &files {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                status = 2;
                continue;
            }
        };
        let loaded = load(&text, &TzDatabase);
        let (mut errors, mut warnings) = (0, 0);
        for p in &loaded.problems {
            let label = match p.severity {
                Severity::Error => {
                    errors += 1;
                    "error"
                }
                Severity::Warning => {
                    warnings += 1;
                    "warning"
                }
            };
            match &p.location {
                Location::Text { line, column } => {
                    println!("{file}:{line}:{column}: {label}: {}", p.message)
                }
                Location::Path { path, line, column } if *line > 0 => {
                    println!("{file}:{line}:{column}: {label}: {path}: {}", p.message)
                }
                Location::Path { path, .. } => println!("{file}: {label}: {path}: {}", p.message),
                Location::Option(name) => println!("{file}: {label}: option {name}: {}", p.message),
            }
        }
        match (errors, warnings) {
            (0, 0) => println!("{file}: ok"),
            (e, w) => println!(
                "{file}: {e} error{}, {w} warning{}",
                if e == 1 { "" } else { "s" },
                if w == 1 { "" } else { "s" }
            ),
        }
        if errors > 0 && status == 0 {
            status = 1;
        }
    }
    std::process::exit(status);
}

// The browser build has no files to check.
#[cfg(target_arch = "wasm32")]
fn main() {}
