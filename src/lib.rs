//! The milestone tracker: a pure core (model, validation, day counting, options, state, text) and a
//! thin Yew edge (components, `intl`, and `run`, which reads the page and mounts the app).

pub mod components;
pub mod days;
pub mod intl;
pub mod model;
pub mod options;
pub mod state;
pub mod text;
pub mod validate;
pub mod zone;

/// The default dataset, compiled in; a page's `<script type="application/json" id="milestone-data">` replaces it.
pub const DEFAULT_DATASET: &str = include_str!("../static/layover.json");

/// The id of the element the app mounts into (the body when absent).
pub const MOUNT_ID: &str = "milestone-tracker";
/// The id of a page's own dataset.
pub const DATA_ID: &str = "milestone-data";

/// Reads the page (query options, inline dataset) and mounts the app.
#[cfg(target_arch = "wasm32")]
pub fn run() {
    use components::{App, AppProps, ZonesHandle};
    use std::rc::Rc;

    let Some(document) = gloo::utils::window().document() else {
        return;
    };
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let pairs = options::query_pairs(&search, |s| {
        js_sys::decode_uri_component(s)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| s.to_string())
    });
    let (opts, option_problems) = options::parse_options(pairs);
    let json = document
        .get_element_by_id(DATA_ID)
        .and_then(|el| el.text_content())
        .unwrap_or_else(|| DEFAULT_DATASET.to_string());
    let props = AppProps {
        json: json.into(),
        options: opts,
        option_problems,
        zones: ZonesHandle(Rc::new(intl::IntlZones::default())),
        local_zone: intl::local_zone_name().map(Into::into),
    };
    match document.get_element_by_id(MOUNT_ID) {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}
