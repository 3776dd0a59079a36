//! The milestone tracker: a pure core (model, validation, day counting, options, state, text) and a
//! thin Yew edge (components, `browser`, and `embed`, which reads the page or a mount and starts the app).

pub mod browser;
pub mod calendar;
pub mod components;
pub mod days;
pub mod i18n;
pub mod message;

pub mod model;
pub mod options;
pub mod projections;
pub mod remember;
pub mod share_card;
pub mod snippet;
pub mod state;
pub mod text;
pub mod validate;
pub mod zone;

/// The default dataset, compiled in (`static/layover.json` unless `./scripts/build --data` chose another);
/// a page's `<script type="application/json" id="milestone-data">` replaces it.
pub const DEFAULT_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// The id of the element the app mounts into (the body when absent).
pub const MOUNT_ID: &str = "milestone-tracker";
/// The id of a page's own dataset.
pub const DATA_ID: &str = "milestone-data";

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::run;
