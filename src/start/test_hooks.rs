//! Hooks for the end-to-end tests and the benchmark, compiled only with the `test-hooks` feature: the
//! release `dist/` has none of them, so no page script can crash a mount through them.

use crate::web::intl::IntlZones;
use wasm_bindgen::prelude::*;

/// For `./scripts/bench`: parses and validates `json` as a mount would and returns the milliseconds it
/// took (`performance.now()`), so the browser's parse time is measured apart from rendering.
#[wasm_bindgen(js_name = measureLoad)]
pub fn measure_load(json: &str) -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map_or(0.0, |p| p.now());
    let start = now();
    let loaded = milestone_core::validate::load(json, &IntlZones::default());
    let elapsed = now() - start;
    std::hint::black_box(loaded);
    elapsed
}

/// Panics on purpose: the end-to-end tests call it to prove a crash stays in its own widget.
#[wasm_bindgen(js_name = panicForTests)]
pub fn panic_for_tests() {
    panic!("a deliberate panic, called from a test");
}

/// The same, for one in-page mount: its instance panics when its root gets the event `panic-for-tests`
/// (embed.js gives each mount a module instance of its own, which the page cannot reach).
pub fn panic_on_event(root: &web_sys::Element) {
    gloo::events::EventListener::new(root, "panic-for-tests", |_| panic_for_tests()).forget();
}
