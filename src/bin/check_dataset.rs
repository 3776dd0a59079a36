//! `check-dataset FILE...`: checks dataset files as the widget would and prints the same located errors
//! and warnings, in English (for authors editing JSON by hand). Exit status: 0 no errors, 1 errors,
//! 2 an unreadable file.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use milestone_core::problem::{Location, Severity};
    use milestone_core::validate::load;
    use milestone_core::zone::TzDatabase;
    use milestone_tracker::i18n::native::NativeLocale;
    use milestone_tracker::i18n::render::message;
    use milestone_tracker::i18n::{Lang, Language};

    let english = Language::new(Lang::En, std::rc::Rc::new(NativeLocale::new(Lang::En)));
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
            let said = message(&english, &p.message);
            match &p.location {
                Location::Text(pos) => {
                    println!("{file}:{}:{}: {label}: {said}", pos.line, pos.column)
                }
                Location::Path {
                    path,
                    pos: Some(pos),
                } => {
                    println!(
                        "{file}:{}:{}: {label}: {path}: {said}",
                        pos.line, pos.column
                    )
                }
                Location::Path { path, pos: None } => println!("{file}: {label}: {path}: {said}"),
                Location::Option(name) => {
                    println!("{file}: {label}: option {}: {said}", name.as_str())
                }
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
