//! Native test helpers: the native zone answerer, the datasets and short constructors.
#![allow(dead_code, unused_imports)] // each test binary uses a different part

use milestone_core::calendar::{DateTime, NaiveDate, Utc};

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

/// The Layover dataset, as compiled into the widget by default.
pub const LAYOVER: &str = include_str!("../../../static/layover.json");
/// The made-up second sample.
pub const SAMPLE: &str = include_str!("../../../static/samples/example-artist.json");

/// An RFC 3339 instant, read by chrono (the tests' oracle, not the code under test).
pub fn utc(s: &str) -> DateTime<Utc> {
    let t = chrono::DateTime::parse_from_rfc3339(s).expect("test instant");
    DateTime::from_timestamp_millis(t.timestamp_millis()).expect("in range")
}

/// A `YYYY-MM-DD` date, read by chrono.
pub fn day(s: &str) -> NaiveDate {
    use chrono::Datelike;
    let d: chrono::NaiveDate = s.parse().expect("test date");
    NaiveDate::from_ymd_opt(d.year(), d.month(), d.day()).expect("in range")
}

/// Every value of `v`, containers and leaves, by its JSON pointer (the document itself: "").
pub fn json_pointers(v: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => map
                .iter()
                .for_each(|(k, item)| walk(item, format!("{at}/{k}"), out)),
            serde_json::Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, item)| walk(item, format!("{at}/{i}"), out)),
            _ => {}
        }
        out.push(at);
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}
