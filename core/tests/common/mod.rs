//! Native test helpers: the native zone answerer, the datasets and short constructors.
#![allow(dead_code, unused_imports)] // each test binary uses a different part

use chrono::{DateTime, Utc};

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

/// The Layover dataset, as compiled into the widget by default.
pub const LAYOVER: &str = include_str!("../../../static/layover.json");
/// The made-up second sample.
pub const SAMPLE: &str = include_str!("../../../static/samples/example-artist.json");

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

pub fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("test date")
}
