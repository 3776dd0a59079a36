//! Starting the app at the edge: the page's own mount (`index.html`, also inside an iframe, where it
//! reports its height to the parent), and `mount_tracker`, which `embed.js` calls for each in-page mount.
//! A panic (a bug: `panic = "abort"` ends this wasm instance) replaces this instance's widgets with a
//! visible error; `embed.js` gives every in-page mount its own instance, so the others keep working.

use crate::browser::{decode_component, local_zone_name, IntlZones};
use crate::components::{App, AppProps, ZonesHandle};
use crate::options::{parse_options, query_pairs};
use crate::snippet::{base_of, focus_from_hash};
use crate::validate::{Location, Problem};
use crate::{DATA_ID, DEFAULT_DATASET, MOUNT_ID};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// The message a framed tracker posts to its parent; `embed.js` listens for it.
pub const HEIGHT_MESSAGE: &str = "milestone-tracker:height";

/// Where the dataset comes from for one mount.
enum Data {
    Text(String),
    /// `data-source` named an element that is not on the page.
    Missing(String),
}

thread_local! {
    /// The roots this wasm instance has mounted, for the panic hook.
    static ROOTS: std::cell::RefCell<Vec<(Element, crate::i18n::Lang)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Shows a panic in every widget of this instance: the Yew root is hidden (Yew may still touch it)
/// and an alert goes in its place. Also logged to the console for bug reports.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&format!("milestone tracker: {message}").into());
    ROOTS.with(|roots| {
        for (root, lang) in roots.borrow().iter() {
            let Some(parent) = root.parent_node() else {
                continue;
            };
            let _ = root.set_attribute("hidden", "");
            let Ok(alert) = gloo::utils::document().create_element("div") else {
                continue;
            };
            alert.set_class_name("mt mt-panel mt-panel--errors");
            let _ = alert.set_attribute("role", "alert");
            let _ = alert.set_attribute("data-panel", "crash");
            let _ = alert.set_attribute("lang", lang.tag());
            alert.set_text_content(Some(&(lang.texts().crashed)(&message)));
            let _ = parent.insert_before(&alert, Some(root));
        }
        roots.borrow_mut().clear();
    });
}

/// For `./scripts/bench`: parses and validates `json` as a mount would and returns the milliseconds it
/// took (`performance.now()`), so the browser's parse time is measured apart from rendering.
#[wasm_bindgen(js_name = measureLoad)]
pub fn measure_load(json: &str) -> f64 {
    let now = || {
        let performance =
            js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap_or_default();
        js_sys::Reflect::get(&performance, &"now".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&performance).ok())
            .and_then(|v| v.as_f64())
            .unwrap_or_default()
    };
    let start = now();
    let loaded = crate::validate::load(json, &IntlZones::default());
    let elapsed = now() - start;
    std::hint::black_box(loaded);
    elapsed
}

/// Panics on purpose: the end-to-end tests call it to prove a crash stays in its own widget.
#[wasm_bindgen(js_name = panicForTests)]
pub fn panic_for_tests() {
    panic!("a deliberate panic, called from a test");
}

/// `own_page`: the tracker is the page (`index.html`, `standalone.html`, an iframe), so the page's
/// background follows its theme.
fn mount(root: Element, query: &str, data: Data, base_url: String, own_page: bool) {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let (options, option_problems) = parse_options(query_pairs(query, decode_component));
    if own_page {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-mt-theme", options.theme.as_str());
        }
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let (json, source_problem) = match data {
        Data::Text(json) => (json, None),
        Data::Missing(selector) => (
            String::new(),
            Some(Problem::error(
                Location::Option("data-source".into()),
                crate::message::Msg::NoDataElement(selector),
            )),
        ),
    };
    let lang =
        crate::i18n::Lang::negotiate(options.lang.as_deref(), &crate::browser::reader_languages());
    ROOTS.with(|roots| roots.borrow_mut().push((root.clone(), lang)));
    let props = AppProps {
        lang,
        json: json.into(),
        options,
        option_problems,
        source_problem,
        zones: ZonesHandle(Rc::new(IntlZones::default())),
        local_zone: local_zone_name().map(Into::into),
        focus: focus_from_hash(&hash, decode_component).map(Into::into),
        base_url: Some(base_url.into()),
        prerendered: false,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Mounts the page's own tracker into `#milestone-tracker`, if the page has one. (Under `embed.js` the
/// host page has none: its mounts are started by `mount_tracker`.)
pub fn run() {
    let window = gloo::utils::window();
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.get_element_by_id(MOUNT_ID) else {
        return;
    };
    let prerendered = root
        .query_selector("[data-state=prerendered]")
        .ok()
        .flatten()
        .is_some();
    if prerendered && !document.hidden() {
        // The build-time prerender (scripts/build) paints first: the live app starts only after the
        // next frame, so a wasm that arrives before the first paint cannot hold that paint back.
        after_next_paint(move || start_page(root, true));
    } else {
        start_page(root, prerendered);
    }
}

/// Runs `then` after the browser has painted the next frame: an animation frame callback runs just
/// before the paint, and a zero timeout set from it runs after.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let frame = Closure::once(move || gloo::timers::callback::Timeout::new(0, then).forget());
    if gloo::utils::window()
        .request_animation_frame(frame.as_ref().unchecked_ref())
        .is_ok()
    {
        frame.forget();
    }
}

fn start_page(root: Element, prerendered: bool) {
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    // The prerender is replaced, not adopted: the live render depends on the reader's clock, language
    // and remembered choices. Yew renders in a microtask, before the next paint, so the page never
    // shows an empty mount. A control the reader had focused keeps the focus.
    let focused = prerendered
        .then(|| focused_path(&root, document.active_element()))
        .flatten();
    if prerendered {
        root.set_inner_html("");
    }
    let json = document
        .get_element_by_id(DATA_ID)
        .and_then(|el| el.text_content());
    let search = window.location().search().unwrap_or_default();
    let base = base_of(&window.location().href().unwrap_or_default());
    mount(
        root.clone(),
        &search,
        Data::Text(json.unwrap_or_else(|| DEFAULT_DATASET.to_string())),
        base,
        true,
    );
    if let Some(path) = focused {
        gloo::timers::callback::Timeout::new(0, move || refocus(&root, &path)).forget();
    }
    if window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window)
    {
        report_height_to_parent();
    }
}

/// Where `focused` sits under `root`: the child index at each level and the element's tag.
fn focused_path(root: &Element, focused: Option<Element>) -> Option<(Vec<u32>, String)> {
    let focused = focused?;
    let tag = focused.tag_name();
    let mut path = Vec::new();
    let mut at = focused;
    while &at != root {
        let parent = at.parent_element()?;
        let mut index = 0;
        let mut sibling = at.previous_element_sibling();
        while let Some(before) = sibling {
            index += 1;
            sibling = before.previous_element_sibling();
        }
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some((path, tag))
}

/// Focuses the element at `path` under `root` if it is the same kind of element as before.
fn refocus(root: &Element, (path, tag): &(Vec<u32>, String)) {
    let mut at = root.clone();
    for &index in path {
        let Some(child) = at.children().item(index) else {
            return;
        };
        at = child;
    }
    if at.tag_name() == *tag {
        if let Ok(element) = at.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Called by `embed.js` for each `<div data-milestone-tracker>`: `query` holds its `data-*` options,
/// `json` the text of its `data-source` element (absent: the built-in dataset), `base_url` where the
/// widget's files are.
#[wasm_bindgen]
pub fn mount_tracker(
    root: Element,
    query: String,
    json: Option<String>,
    source: Option<String>,
    base_url: String,
) {
    let data = match (json, source) {
        (Some(json), _) => Data::Text(json),
        (None, Some(selector)) => Data::Missing(selector),
        (None, None) => Data::Text(DEFAULT_DATASET.to_string()),
    };
    mount(root, &query, data, base_url, false);
}

/// Posts the page's content height to the parent whenever it changes, so `embed.js` can size the iframe.
fn report_height_to_parent() {
    let post = Closure::<dyn FnMut()>::new(|| {
        let window = gloo::utils::window();
        let Some(html) = window.document().and_then(|d| d.document_element()) else {
            return;
        };
        let height = html.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            // The height is not a secret; embed.js checks the sender's origin and frame.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        if let Some(html) = gloo::utils::document().document_element() {
            observer.observe(&html);
        }
        // The observer and its callback live as long as the page does.
        std::mem::forget(observer);
        post.forget();
    }
}
