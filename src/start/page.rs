//! The tracker's own page: it takes over from the build-time prerender after that has painted (keeping a
//! control the reader had focused), reads the page's own dataset, and in an iframe reports its height to
//! the parent for `embed.js`.

use super::{soon_after, start, Data, Mount};
use milestone_core::link::base_of;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Mounts the page's own tracker into `#milestone-tracker`, if the page has one. (Under `embed.js` the
/// host page has none: its mounts are started by `mount_tracker`.)
pub fn run() {
    let window = gloo::utils::window();
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.get_element_by_id(crate::MOUNT_ID) else {
        return;
    };
    let prerendered = root
        .query_selector("[data-state=prerendered]")
        .ok()
        .flatten()
        .is_some();
    if prerendered && !document.hidden() {
        // The build-time prerender (scripts/build) paints first: the live app starts only once that
        // paint has been presented, so a wasm that arrives early cannot hold it back, and the browser
        // has counted it (Chromium forgets a paint whose elements go before it is presented, and would
        // take the live app's later paint for the page's largest contentful paint).
        after_first_paint(Box::new(move || start_page(root, true)), PAINT_LOOKS);
    } else {
        start_page(root, prerendered);
    }
}

/// How often, and how many times, to look for the browser's report of the first contentful paint: a
/// browser without paint timing starts the app after the last look.
const PAINT_LOOK_MS: i32 = 20;
const PAINT_LOOKS: u32 = 15;

/// Runs `then` once the browser has reported the page's first contentful paint (its `paint` entry is
/// there), looking now and then every `PAINT_LOOK_MS`, at most `PAINT_LOOKS` times. Where the browser
/// refuses a timer, `then` runs at once: the app must start whatever happens.
fn after_first_paint(then: Box<dyn FnOnce()>, looks: u32) {
    let painted = gloo::utils::window()
        .performance()
        .is_some_and(|p| p.get_entries_by_type("paint").length() > 0);
    if painted || looks == 0 {
        return then();
    }
    soon_after(
        PAINT_LOOK_MS,
        Box::new(move || after_first_paint(then, looks - 1)),
    );
}

fn start_page(root: Element, prerendered: bool) {
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let json = document
        .get_element_by_id(crate::DATA_ID)
        .and_then(|el| el.text_content());
    let href = window.location().href().unwrap_or_default();
    let mount = Mount {
        root: root.clone(),
        query: window.location().search().unwrap_or_default(),
        data: Data::Text(json.unwrap_or_else(|| crate::DEFAULT_DATASET.to_string())),
        base_url: base_of(&href),
        own_page: true,
        ordinal: 1,
    };
    // The prerender is replaced, not adopted: the live render depends on the reader's clock, language
    // and remembered choices. It stays until the live app is ready to render (a language's table may
    // come first); Yew renders in a microtask, before the next paint, so the page never shows an empty
    // mount. A control the reader had focused keeps the focus.
    let hand_over = move || {
        if !prerendered {
            return;
        }
        let focused = focused_path(&root, gloo::utils::document().active_element());
        root.set_inner_html("");
        if let Some(path) = focused {
            soon_after(0, Box::new(move || refocus(&root, &path)));
        }
    };
    start(mount, hand_over);
    if window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window)
    {
        // In a frame the page is the tracker only: its footer's links belong to the tracker's own page.
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-framed", "");
        }
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

/// Posts the page's content height to the parent whenever it changes, so `embed.js` can size the iframe.
fn report_height_to_parent() {
    let post = Closure::<dyn FnMut()>::new(|| {
        let window = gloo::utils::window();
        let Some(html) = window.document().and_then(|d| d.document_element()) else {
            return;
        };
        let height = html.get_bounding_client_rect().height().ceil();
        let message = crate::web::js::object(&[
            ("type", &crate::HEIGHT_MESSAGE.into()),
            ("height", &height.into()),
        ]);
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
