//! "What is the UTC offset of zone Z at instant T": a small trait, so day counting stays pure.
//! The browser answers it with `Intl` (`web/intl.rs` in the app); natively (the dataset checker, tests)
//! chrono-tz answers it, and is never compiled into the wasm.

use crate::calendar::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

/// A zone name the answering side does not know (`Mars/Olympus_Mons`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownZone(pub String);

/// Answers offset questions for IANA zone names.
pub trait Zones {
    /// Seconds to add to UTC to get the wall clock of `zone` at `at`.
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone>;
}

/// The wall-clock date and time of `zone` at `at`.
pub fn local_datetime(
    zones: &dyn Zones,
    zone: &str,
    at: DateTime<Utc>,
) -> Result<NaiveDateTime, UnknownZone> {
    let offset = zones.offset_seconds(zone, at)?;
    Ok(at.naive_utc() + Duration::seconds(i64::from(offset)))
}

/// The calendar date of `zone` at `at`: "today" for a reader in that zone.
pub fn local_date(
    zones: &dyn Zones,
    zone: &str,
    at: DateTime<Utc>,
) -> Result<NaiveDate, UnknownZone> {
    local_datetime(zones, zone, at).map(|dt| dt.date())
}

/// Only UTC: what pure code can answer without a tz database (a fallback, and a test double).
#[derive(Clone, Copy, Debug, Default)]
pub struct UtcOnly;

impl Zones for UtcOnly {
    fn offset_seconds(&self, zone: &str, _at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        match zone {
            "UTC" | "Etc/UTC" | "Etc/GMT" | "GMT" => Ok(0),
            other => Err(UnknownZone(other.to_string())),
        }
    }
}

/// Zone answers from chrono-tz's compiled IANA database (native builds only).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, Default)]
pub struct TzDatabase;

#[cfg(not(target_arch = "wasm32"))]
impl Zones for TzDatabase {
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        use chrono::{Offset, TimeZone};
        let tz: chrono_tz::Tz = zone.parse().map_err(|_| UnknownZone(zone.to_string()))?;
        let at = chrono::DateTime::from_timestamp_millis(at.timestamp_millis())
            .ok_or_else(|| UnknownZone(zone.to_string()))?;
        Ok(tz
            .offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc())
    }
}
