//! `prerender`: the default dataset's tracker rendered by Yew's server renderer, printed as an HTML
//! fragment that `scripts/build` puts into `dist/index.html`. The milestones are then in the page before
//! the wasm runs (the first paint does not wait for it), readable without JavaScript and indexable.
//! The counts are those of the build day in the dataset's home zone; the live app replaces the
//! fragment when it starts (see `start/page.rs`). English, as `index.html` declares.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use milestone_core::options::Options;
    use milestone_core::zone::TzDatabase;
    use milestone_tracker::components::{App, AppProps};
    use milestone_tracker::i18n::native::NativeLocale;
    use milestone_tracker::i18n::{Lang, Language};
    use milestone_tracker::DEFAULT_DATASET;
    use std::rc::Rc;

    let now = milestone_core::calendar::Utc::now();
    let options = Options {
        now: Some(now),
        ..Default::default()
    };
    let language = Language::new(Lang::En, Rc::new(NativeLocale::new(Lang::En)));
    let props = AppProps {
        prerendered: true,
        ..AppProps::new(
            DEFAULT_DATASET,
            options,
            Vec::new(),
            Rc::new(TzDatabase),
            language,
        )
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a one-thread runtime");
    // Not hydratable: no component markers, since the live app replaces the fragment rather than
    // adopting it (its first render depends on the reader's clock, language and stored choices).
    let html = runtime.block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    if !html.contains("data-state=\"prerendered\"") {
        eprintln!("prerender: the default dataset did not render a tracker:\n{html}");
        std::process::exit(1);
    }
    println!("{html}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
