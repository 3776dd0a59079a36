//! Native test helpers: the native zone answerer and short constructors.
#![allow(dead_code)] // each test binary uses a different part

use chrono::{DateTime, Utc};

/// The native zone answerer the checker uses too.
pub use milestone_tracker::zone::TzDatabase as TzDb;

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

pub fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("test date")
}
