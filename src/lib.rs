//! The milestone tracker app. Its layers, each importing only those below it:
//! - `start`: starting the app in the browser (the page, `embed.js`'s mounts, the crash notice), and
//!   beside it `editor`, the editor page's own app (its own wasm build, `src/bin/editor.rs`);
//! - `components`: the Yew view, one component per file;
//! - `web`: the browser's services (`Intl`, clock, storage, clipboard, downloads, canvas);
//! - `export`: the `.ics` file, the share card's lines, the snippets;
//! - `i18n`: the language tables and the wording composed from them;
//! - the pure core, the `milestone-core` crate (`core/`): model, reading, checking, days, options, state.
//!
//! Also here: the default dataset and the names the page and `embed.js` share with the app.

pub mod components;
pub mod export;
pub mod i18n;
pub mod web;

pub mod editor;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod start;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use start::run;

// Talc instead of the default dlmalloc: about 5 kB less wasm, and faster (the wasm is single-threaded).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The default dataset, compiled in (`static/layover.json` unless `./scripts/build --data` chose another);
/// a page's `<script type="application/json" id="milestone-data">` replaces it.
pub const DEFAULT_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// The id of the element the page's own tracker mounts into.
pub const MOUNT_ID: &str = "milestone-tracker";
/// The id of a page's own dataset.
pub const DATA_ID: &str = "milestone-data";
/// The message a framed tracker posts to its parent with its height; `embed.js` listens for it.
pub const HEIGHT_MESSAGE: &str = "milestone-tracker:height";
