//! The milestone tracker's pure core: the data model, reading and checking a dataset with located
//! problems, counting days, the options, the tracker's state and projections. No browser, no view, no
//! wording: `now` is always an argument, zones answer through the `Zones` trait, and problems are codes
//! that the app's language tables put into words.
//!
//! Layers inside, lowest first (each imports only those above it in this list):
//! `calendar`, `words`, `date`, `product`, `zone`, `link`, `order` → `problem`, `json`, `days` → `model` → `read` →
//! `validate`, `options`, `projections`, `kept`, `draft` → `remember` → `state`.

pub mod calendar;
pub mod words;

pub mod date;
pub mod days;
pub mod draft;
pub mod json;
pub mod kept;
pub mod link;
pub mod model;
pub mod options;
pub mod order;
pub mod problem;
pub mod product;
pub mod projections;
pub mod read;
pub mod remember;
#[cfg(feature = "schema")]
pub mod schema;
pub mod state;
pub mod storage;
pub mod validate;
pub mod zone;

#[cfg(test)]
mod tests {
    /// The Layover dataset, for tests of the pure code.
    pub const LAYOVER: &str = include_str!("../../static/layover.json");
}
