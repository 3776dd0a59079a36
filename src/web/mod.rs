//! The browser at the edge, below the components: `Intl` (zones, the reader's zone and languages,
//! numbers, dates, plurals), the platform's services (clock, storage, clipboard, downloads, the page's
//! address), fetching a file from a URL (and a language's table with it), and the share card's canvas. Natively each service has a twin that does nothing.

pub mod canvas;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod intl;
#[cfg(target_arch = "wasm32")]
pub mod js;
#[cfg(target_arch = "wasm32")]
pub mod language;
pub mod platform;
