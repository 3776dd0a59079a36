//! The editor (`editor.html`, its own wasm build: `src/bin/editor.rs`): a fan makes a tracker for any
//! album without writing JSON. A form drawn from the format's description (`milestone_core::draft`),
//! the widget's own checks under each field, the real widget previewing the draft, import and export.
//! A top layer beside `start`: it uses the components, the browser edge, the exports and the core.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod draft_hook;
#[cfg(target_arch = "wasm32")]
mod export;
pub mod focus;
pub mod form;
#[cfg(target_arch = "wasm32")]
mod import;
mod langs;
#[cfg(target_arch = "wasm32")]
mod panels;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod publish;
pub mod site;
#[cfg(target_arch = "wasm32")]
mod site_check;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub use browser::run;

/// The made-up sample album, to start from.
pub const SAMPLE_DATASET: &str = include_str!("../../static/samples/example-artist.json");

/// The id of the element the editor mounts into.
pub const EDITOR_ID: &str = "editor";

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::app::{Editor, EditorProps};
    use super::texts::EditorLang;
    use super::EDITOR_ID;
    use crate::web::intl::{local_zone_name, reader_languages};
    use crate::web::js;
    use crate::web::platform::{decode_component, page_url, stored};
    use milestone_core::draft::{blank, read};
    use milestone_core::link::{base_of, query_pairs};
    use milestone_core::storage::StorageKey;
    use std::rc::Rc;

    /// The zones the browser's `Intl` knows (`Intl.supportedValuesOf("timeZone")`), where it says.
    fn known_zones() -> Vec<String> {
        let intl = js::global("Intl");
        js::call(&intl, "supportedValuesOf", &[&"timeZone".into()])
            .map(|list| js::strings(&list))
            .unwrap_or_default()
    }

    /// Mounts the editor into `#editor`, with the kept draft (or a new one in the author's zone).
    pub fn run() {
        let Some(root) = gloo::utils::document().get_element_by_id(EDITOR_ID) else {
            return;
        };
        let href = page_url();
        let query = href.split_once('?').map_or("", |(_, q)| q);
        let asked: Vec<String> = query_pairs(
            query.split('#').next().unwrap_or_default(),
            decode_component,
        )
        .into_iter()
        .filter(|(k, _)| k == "lang")
        .map(|(_, v)| v)
        .chain(reader_languages())
        .collect();
        let local_zone = local_zone_name();
        let zone = local_zone.clone().unwrap_or_else(|| "UTC".to_string());
        // Come to embed the tracker (`#embed`) with no draft of one's own: the tracker as built.
        let fresh = || match href.ends_with("#embed") {
            true => read(crate::DEFAULT_DATASET).map_or_else(|_| blank(&zone), |r| r.draft),
            false => blank(&zone),
        };
        let (start, unreadable) =
            match stored(&StorageKey::EditorDraft.to_string()).map(|text| read(&text)) {
                Some(Ok(kept)) => (kept.draft, false),
                Some(Err(_)) => (blank(&zone), true),
                None => (fresh(), false),
            };
        let props = EditorProps {
            start: Rc::new(start),
            unreadable,
            lang: EditorLang::negotiate(None, &asked),
            local_zone: local_zone.map(Into::into),
            base_url: base_of(&href).into(),
            zones: Rc::new(known_zones()),
        };
        wasm_bindgen_futures::spawn_local(async move {
            // The fan's language before the first drawing, so the editor does not flash English.
            let (lang, base) = (props.lang, props.base_url.to_string());
            if !lang.editor_ready() {
                super::app::load_words(lang, &base).await;
            }
            if !lang.ready() {
                crate::web::language::load(lang, &base).await;
            }
            root.set_inner_html(""); // "Loading the editor…"
            yew::Renderer::<Editor>::with_root_and_props(root, props).render();
            // `editor.html#embed` (the tracker page's "Embed this tracker"): to the snippets, once drawn.
            if href.ends_with("#embed") {
                gloo::timers::callback::Timeout::new(50, || {
                    if let Some(el) = gloo::utils::document().get_element_by_id("embed") {
                        el.scroll_into_view();
                    }
                })
                .forget();
            }
        });
    }
}
