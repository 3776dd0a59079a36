//! Calendar dates, wall-clock times and UTC instants: chrono's, with only the features the wasm needs
//! (no clock and no time-zone tables: in the browser the clock is read at the edge and zones come from
//! `Intl`; natively `Utc::now` and chrono-tz are there for the tools and the tests).

pub use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeDelta, Timelike, Utc,
};
