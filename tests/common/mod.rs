//! Native test helpers: zone answers from chrono-tz's full tz database (a dev-dependency only).
#![allow(dead_code)] // each test binary uses a different part

use chrono::{DateTime, Offset, TimeZone, Utc};
use milestone_tracker::zone::{UnknownZone, Zones};

pub struct TzDb;

impl Zones for TzDb {
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        let tz: chrono_tz::Tz = zone.parse().map_err(|_| UnknownZone(zone.to_string()))?;
        Ok(tz
            .offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc())
    }
}

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

pub fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("test date")
}
