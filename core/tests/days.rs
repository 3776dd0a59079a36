//! Day counting across zones (UTC−11 to UTC+14, 30- and 45-minute offsets, DST changes), leap days and
//! year ends, with property tests against chrono-tz and chrono's own day count.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{day, utc, TzDb};
use milestone_core::calendar::{DateTime, Duration, NaiveDate, Utc};
use milestone_core::date::DateValue;
use milestone_core::days::{
    count_days, counting_date, elapsed_days, inclusive_days, today_in, CountMode,
};
use milestone_core::zone::local_date;
use proptest::prelude::*;

/// Today in `zone` at `instant`, via the trait the app uses.
fn today(zone: &str, instant: &str) -> NaiveDate {
    today_in(&TzDb, zone, utc(instant)).unwrap()
}

#[test]
fn seoul_midnight_turns_the_day() {
    // 2023-10-26 00:00 KST is 2023-10-25 15:00 UTC.
    assert_eq!(
        today("Asia/Seoul", "2023-10-25T14:59:59Z"),
        day("2023-10-25")
    );
    assert_eq!(
        today("Asia/Seoul", "2023-10-25T15:00:00Z"),
        day("2023-10-26")
    );
    let release = day("2023-09-08");
    assert_eq!(
        elapsed_days(release, today("Asia/Seoul", "2023-10-25T15:00:00Z")),
        48
    );
    assert_eq!(
        inclusive_days(release, today("Asia/Seoul", "2023-12-15T15:00:00Z")),
        100
    );
    assert_eq!(
        inclusive_days(release, today("Asia/Seoul", "2023-12-15T14:59:59Z")),
        99
    );
}

#[test]
fn the_extremes_utc_minus_11_and_utc_plus_14() {
    // At 2023-12-15T10:30Z it is already the 16th in Kiritimati (+14) and still the 14th in Pago Pago (−11).
    assert_eq!(
        today("Pacific/Kiritimati", "2023-12-15T10:30:00Z"),
        day("2023-12-16")
    );
    assert_eq!(
        today("Pacific/Pago_Pago", "2023-12-15T10:30:00Z"),
        day("2023-12-14")
    );
    assert_eq!(
        today("Pacific/Kiritimati", "2023-12-15T09:59:59Z"),
        day("2023-12-15")
    );
    assert_eq!(
        today("Pacific/Pago_Pago", "2023-12-15T11:00:00Z"),
        day("2023-12-15")
    );
}

#[test]
fn thirty_and_forty_five_minute_offsets() {
    assert_eq!(
        today("Asia/Kolkata", "2023-12-15T18:29:59Z"),
        day("2023-12-15")
    );
    assert_eq!(
        today("Asia/Kolkata", "2023-12-15T18:30:00Z"),
        day("2023-12-16")
    );
    assert_eq!(
        today("Asia/Kathmandu", "2023-12-15T18:14:59Z"),
        day("2023-12-15")
    );
    assert_eq!(
        today("Asia/Kathmandu", "2023-12-15T18:15:00Z"),
        day("2023-12-16")
    );
    assert_eq!(
        today("Australia/Eucla", "2023-12-15T15:15:00Z"),
        day("2023-12-16")
    );
    // Chatham: +13:45 in its summer.
    assert_eq!(
        today("Pacific/Chatham", "2023-12-15T10:15:00Z"),
        day("2023-12-16")
    );
    assert_eq!(
        today("Pacific/Chatham", "2023-12-15T10:14:59Z"),
        day("2023-12-15")
    );
    // St John's: −3:30 in winter.
    assert_eq!(
        today("America/St_Johns", "2023-12-16T03:29:59Z"),
        day("2023-12-15")
    );
    assert_eq!(
        today("America/St_Johns", "2023-12-16T03:30:00Z"),
        day("2023-12-16")
    );
}

#[test]
fn dst_changes_move_midnight() {
    // New York: EST (−5) before 2024-03-10, EDT (−4) after; midnight of the 11th is 04:00Z.
    assert_eq!(
        today("America/New_York", "2024-03-10T04:59:59Z"),
        day("2024-03-09")
    );
    assert_eq!(
        today("America/New_York", "2024-03-10T05:00:00Z"),
        day("2024-03-10")
    );
    assert_eq!(
        today("America/New_York", "2024-03-11T03:59:59Z"),
        day("2024-03-10")
    );
    assert_eq!(
        today("America/New_York", "2024-03-11T04:00:00Z"),
        day("2024-03-11")
    );
    // Lord Howe shifts by half an hour: +11 in summer, +10:30 in winter.
    assert_eq!(
        today("Australia/Lord_Howe", "2023-12-15T13:00:00Z"),
        day("2023-12-16")
    );
    assert_eq!(
        today("Australia/Lord_Howe", "2023-06-15T13:30:00Z"),
        day("2023-06-16")
    );
    assert_eq!(
        today("Australia/Lord_Howe", "2023-06-15T13:29:59Z"),
        day("2023-06-15")
    );
    // Samoa skipped 2011-12-30 entirely.
    assert_eq!(
        today("Pacific/Apia", "2011-12-30T09:59:59Z"),
        day("2011-12-29")
    );
    assert_eq!(
        today("Pacific/Apia", "2011-12-30T10:00:00Z"),
        day("2011-12-31")
    );
}

#[test]
fn leap_days_and_year_ends() {
    assert_eq!(elapsed_days(day("2024-02-28"), day("2024-03-01")), 2);
    assert_eq!(elapsed_days(day("2023-02-28"), day("2023-03-01")), 1);
    assert_eq!(elapsed_days(day("1900-02-28"), day("1900-03-01")), 1); // 1900: not a leap year
    assert_eq!(elapsed_days(day("2000-02-28"), day("2000-03-01")), 2); // 2000: a leap year
    assert_eq!(elapsed_days(day("2023-12-31"), day("2024-01-01")), 1);
    assert_eq!(
        today("Asia/Seoul", "2023-12-31T15:00:00Z"),
        day("2024-01-01")
    );
    assert_eq!(
        count_days(CountMode::Inclusive, day("2024-02-29"), day("2025-02-28")),
        366
    );
}

#[test]
fn dates_count_as_written_instants_in_the_counting_zone() {
    let written = DateValue::parse("2023-10-26").unwrap();
    let instant = DateValue::parse("2023-10-26T23:30:00-05:00").unwrap(); // 2023-10-27T04:30Z
    for zone in ["Asia/Seoul", "America/New_York", "Pacific/Pago_Pago"] {
        assert_eq!(
            counting_date(&written, &TzDb, zone).unwrap(),
            Some(day("2023-10-26"))
        );
    }
    assert_eq!(
        counting_date(&instant, &TzDb, "Asia/Seoul").unwrap(),
        Some(day("2023-10-27"))
    );
    assert_eq!(
        counting_date(&instant, &TzDb, "America/Chicago").unwrap(),
        Some(day("2023-10-26"))
    );
    assert_eq!(
        counting_date(&DateValue::Year(2025), &TzDb, "Asia/Seoul").unwrap(),
        None
    );
    assert!(counting_date(&instant, &TzDb, "Mars/Olympus").is_err());
}

/// Days from 0001-01-01 by chrono's day numbers (the oracle): the day counts under test subtract
/// dates in the counting zone; this counts from the era instead.
fn civil(date: NaiveDate) -> i64 {
    use chrono::Datelike as _;
    let theirs = chrono::NaiveDate::from_ymd_opt(date.year(), date.month(), date.day()).unwrap();
    i64::from(theirs.num_days_from_ce())
}

const ZONES: [&str; 14] = [
    "Pacific/Pago_Pago",
    "Pacific/Honolulu",
    "America/St_Johns",
    "America/New_York",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Eucla",
    "Asia/Seoul",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
];

/// Instants from 1900 to 2200.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (-2_208_988_800i64..7_258_118_400i64).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-25_567i64..84_006i64)
        .prop_map(|d| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Duration::days(d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn elapsed_matches_an_independent_civil_day_count(a in date(), b in date()) {
        prop_assert_eq!(elapsed_days(a, b), civil(b) - civil(a));
    }

    #[test]
    fn inclusive_is_elapsed_plus_one_from_the_day_itself(a in date(), b in date()) {
        let e = elapsed_days(a, b);
        prop_assert_eq!(inclusive_days(a, b), if e >= 0 { e + 1 } else { e });
        prop_assert!(inclusive_days(a, b) != 0);
    }

    #[test]
    fn local_date_agrees_with_chrono_tz(t in instant(), z in 0..ZONES.len()) {
        let tz: chrono_tz::Tz = ZONES[z].parse().unwrap();
        let theirs = chrono::DateTime::from_timestamp(t.timestamp(), 0).unwrap().with_timezone(&tz).date_naive();
        prop_assert_eq!(local_date(&TzDb, ZONES[z], t).unwrap().to_string(), theirs.to_string());
    }

    #[test]
    fn counters_step_by_exactly_one_day_at_local_midnight(t in instant(), z in 0..ZONES.len(), release in date()) {
        // Across one second the counter holds or moves on by one (none of these zones skips a day).
        let before = count_days(CountMode::Elapsed, release, local_date(&TzDb, ZONES[z], t).unwrap());
        let after = count_days(CountMode::Elapsed, release, local_date(&TzDb, ZONES[z], t + Duration::seconds(1)).unwrap());
        prop_assert!(after == before || after == before + 1);
    }
}
