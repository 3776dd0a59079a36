//! `publish`: the default dataset's page of its own, written by `scripts/build --embed-base URL` into
//! `dist/<album>/` (Layover's: `dist/layover/`): the same folder the editor's "A page of its own" makes
//! (`export::publish::folder`: its page with link-preview tags, oEmbed answers and frames, the calendar
//! feed, the data, README.txt), its 1200 × 630 picture drawn here (`raster.rs`) instead of on a canvas.
//! The addresses in it are absolute, as oEmbed and link previews need, so it needs the public address.
//!
//! Usage: `publish --base URL --out DIR`, URL where the widget's files (`embed.js`) are served.

#[cfg(not(target_arch = "wasm32"))]
mod raster;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(why) = run(std::env::args().skip(1).collect()) {
        eprintln!("publish: {why}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<(), String> {
    use milestone_core::calendar::Utc;
    use milestone_core::days::{today_in, CountMode};
    use milestone_core::validate::load;
    use milestone_core::zone::TzDatabase;
    use milestone_tracker::editor::texts::EN;
    use milestone_tracker::export::ics::anniversaries_ics;
    use milestone_tracker::export::publish::{self, Site};
    use milestone_tracker::export::slug;
    use milestone_tracker::i18n::native::NativeLocale;
    use milestone_tracker::i18n::{Lang, Language};
    use milestone_tracker::DEFAULT_DATASET;
    use std::rc::Rc;

    let (base, out) = match args.as_slice() {
        [b, base, o, out] if b == "--base" && o == "--out" => (base, out),
        _ => return Err("usage: publish --base URL --out DIR".into()),
    };
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        return Err(format!("--base {base}: an http(s) address is needed"));
    }
    let widget = format!("{}/", base.trim_end_matches('/'));
    let dataset = load(DEFAULT_DATASET, &TzDatabase)
        .dataset
        .ok_or("the default dataset has errors (cargo run --bin check-dataset)")?;
    let stem = slug(&dataset.subject.album);
    let folder = format!("{widget}{stem}/");
    let data_name = format!("{stem}.json");
    let l = Language::new(Lang::En, Rc::new(NativeLocale::new(Lang::En)));
    let now = Utc::now();
    let today = today_in(&TzDatabase, &dataset.subject.home_zone, now)
        .map_err(|_| "the dataset's home zone is unknown")?;
    let site = Site {
        l: &l,
        dataset: &dataset,
        zones: &TzDatabase,
        folder: &folder,
        widget: &widget,
        data_name: &data_name,
        today,
        mode: CountMode::Elapsed,
        pairs: &[],
    };
    let fonts = raster::Fonts::load()?;
    let png = raster::card_png(&publish::card(&site), &fonts)?;
    let calendar = anniversaries_ics(&l, &dataset.subject, CountMode::Elapsed, today, now);
    let files = publish::folder(&site, DEFAULT_DATASET, calendar, png, EN.publish.readme);
    let dir = std::path::Path::new(out).join(&stem);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, bytes) in &files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "{}/: {} files, served at {folder}",
        dir.display(),
        files.len()
    );
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
