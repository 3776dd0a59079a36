//! Counting days: elapsed ("days since", the day itself is 0), inclusive (the Korean fan count, the day
//! itself is day 1), the day a milestone was reached, and the next anniversaries with countdowns.
//! Pure: `today` is always an argument, computed at the edge from the clock and the counting zone.

use crate::model::DateValue;
use crate::zone::{local_date, UnknownZone, Zones};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Which count is the headline figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CountMode {
    /// Days since: 0 on the day itself.
    #[default]
    Elapsed,
    /// The fan count: the day itself is day 1 (2023-12-16 is Layover's 100th day).
    Inclusive,
}

impl CountMode {
    pub fn as_str(self) -> &'static str {
        match self {
            CountMode::Elapsed => "elapsed",
            CountMode::Inclusive => "inclusive",
        }
    }
}

/// Anniversary steps: product decisions, named once.
pub const HUNDRED_DAY_STEP: i64 = 100;
/// How many upcoming anniversaries the widget lists.
pub const UPCOMING_ANNIVERSARIES: usize = 4;

/// `today − date` in days: 0 on the day itself, negative before it.
pub fn elapsed_days(date: NaiveDate, today: NaiveDate) -> i64 {
    (today - date).num_days()
}

/// The fan count: `elapsed + 1` from the day itself on, `elapsed` (negative) before it.
pub fn inclusive_days(date: NaiveDate, today: NaiveDate) -> i64 {
    let elapsed = elapsed_days(date, today);
    if elapsed >= 0 {
        elapsed + 1
    } else {
        elapsed
    }
}

/// The headline count under `mode`.
pub fn count_days(mode: CountMode, date: NaiveDate, today: NaiveDate) -> i64 {
    match mode {
        CountMode::Elapsed => elapsed_days(date, today),
        CountMode::Inclusive => inclusive_days(date, today),
    }
}

/// The calendar date a dated value counts as in `zone`: a calendar date as written, an instant as its
/// date in the counting zone; a month or a year has no day, so `Ok(None)`.
pub fn counting_date(
    value: &DateValue,
    zones: &dyn Zones,
    zone: &str,
) -> Result<Option<NaiveDate>, UnknownZone> {
    match value {
        DateValue::Day(d) => Ok(Some(*d)),
        DateValue::Instant(t) => local_date(zones, zone, t.with_timezone(&Utc)).map(Some),
        DateValue::Month { .. } | DateValue::Year(_) => Ok(None),
    }
}

/// "Today" for a reader of `zone` at `now`.
pub fn today_in(
    zones: &dyn Zones,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<NaiveDate, UnknownZone> {
    local_date(zones, zone, now)
}

/// What an anniversary marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnniversaryKind {
    /// The Nth day under the count mode (100, 200, ...).
    Day(i64),
    /// The Nth year: the same calendar date (a 29 February release falls on 28 February in common years).
    Year(i32),
}

/// An upcoming anniversary and its countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anniversary {
    pub kind: AnniversaryKind,
    pub date: NaiveDate,
    /// Days from today until it: 0 on the day itself.
    pub days_until: i64,
}

/// The date that carries day number `n` under `mode` (n ≥ 1 for inclusive).
pub fn date_of_day(mode: CountMode, release: NaiveDate, n: i64) -> Option<NaiveDate> {
    let offset = match mode {
        CountMode::Elapsed => n,
        CountMode::Inclusive => n - 1,
    };
    release.checked_add_signed(Duration::try_days(offset)?)
}

/// The `n`th yearly anniversary of `release`.
pub fn year_anniversary(release: NaiveDate, n: i32) -> Option<NaiveDate> {
    let year = release.year().checked_add(n)?;
    NaiveDate::from_ymd_opt(year, release.month(), release.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// The next `limit` anniversaries on or after `today` (every 100th day under `mode`, every year), soonest first.
pub fn upcoming_anniversaries(
    mode: CountMode,
    release: NaiveDate,
    today: NaiveDate,
    limit: usize,
) -> Vec<Anniversary> {
    let mut found = Vec::with_capacity(limit * 2);
    let current = count_days(mode, release, today).max(0);
    let mut n = (current / HUNDRED_DAY_STEP).max(0) * HUNDRED_DAY_STEP;
    while found.len() < limit {
        if n > 0 {
            match date_of_day(mode, release, n) {
                Some(date) if date >= today => found.push(Anniversary {
                    kind: AnniversaryKind::Day(n),
                    date,
                    days_until: elapsed_days(today, date),
                }),
                Some(_) => {}
                None => break,
            }
        }
        n += HUNDRED_DAY_STEP;
    }
    let mut year = (today.year() - release.year() - 1).max(1);
    let mut years = 0;
    while years < limit {
        match year_anniversary(release, year) {
            Some(date) if date >= today => {
                found.push(Anniversary {
                    kind: AnniversaryKind::Year(year),
                    date,
                    days_until: elapsed_days(today, date),
                });
                years += 1;
            }
            Some(_) => {}
            None => break,
        }
        year += 1;
    }
    found.sort_by_key(|a| (a.date, matches!(a.kind, AnniversaryKind::Year(_))));
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_itself_is_zero_elapsed_and_day_one_inclusive() {
        assert_eq!(elapsed_days(d("2023-09-08"), d("2023-09-08")), 0);
        assert_eq!(inclusive_days(d("2023-09-08"), d("2023-09-08")), 1);
    }

    #[test]
    fn layover_anchor_figures() {
        let release = d("2023-09-08");
        assert_eq!(elapsed_days(release, d("2023-10-26")), 48);
        assert_eq!(elapsed_days(release, d("2023-10-25")), 47);
        assert_eq!(inclusive_days(release, d("2023-12-16")), 100);
        assert_eq!(elapsed_days(release, d("2023-12-16")), 99);
    }

    #[test]
    fn before_the_day_both_counts_are_negative_and_equal() {
        assert_eq!(elapsed_days(d("2023-09-08"), d("2023-09-07")), -1);
        assert_eq!(inclusive_days(d("2023-09-08"), d("2023-09-07")), -1);
    }

    #[test]
    fn leap_day_and_year_end() {
        assert_eq!(elapsed_days(d("2024-02-28"), d("2024-03-01")), 2);
        assert_eq!(elapsed_days(d("2023-02-28"), d("2023-03-01")), 1);
        assert_eq!(elapsed_days(d("2023-12-31"), d("2024-01-01")), 1);
        assert_eq!(elapsed_days(d("2023-09-08"), d("2024-09-08")), 366);
    }

    #[test]
    fn hundredth_day_follows_the_count_mode() {
        let release = d("2023-09-08");
        assert_eq!(
            date_of_day(CountMode::Inclusive, release, 100),
            Some(d("2023-12-16"))
        );
        assert_eq!(
            date_of_day(CountMode::Elapsed, release, 100),
            Some(d("2023-12-17"))
        );
    }

    #[test]
    fn upcoming_anniversaries_from_day_ninety_nine() {
        let release = d("2023-09-08");
        let next = upcoming_anniversaries(CountMode::Inclusive, release, d("2023-12-15"), 4);
        assert_eq!(
            next[0],
            Anniversary {
                kind: AnniversaryKind::Day(100),
                date: d("2023-12-16"),
                days_until: 1
            }
        );
        assert_eq!(next[1].kind, AnniversaryKind::Day(200));
        assert_eq!(next[1].date, d("2024-03-25"));
        assert_eq!(next.len(), 4);
        assert!(next.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(next
            .iter()
            .any(|a| a.kind == AnniversaryKind::Year(1) && a.date == d("2024-09-08")));
    }

    #[test]
    fn an_anniversary_today_counts_down_to_zero() {
        let next =
            upcoming_anniversaries(CountMode::Inclusive, d("2023-09-08"), d("2023-12-16"), 2);
        assert_eq!(next[0].days_until, 0);
        assert_eq!(next[0].kind, AnniversaryKind::Day(100));
    }

    #[test]
    fn before_release_the_first_anniversary_is_day_one_hundred() {
        let next = upcoming_anniversaries(CountMode::Elapsed, d("2023-09-08"), d("2023-01-01"), 1);
        assert_eq!(next[0].kind, AnniversaryKind::Day(100));
    }

    #[test]
    fn leap_day_release_has_a_yearly_anniversary_every_year() {
        assert_eq!(year_anniversary(d("2024-02-29"), 1), Some(d("2025-02-28")));
        assert_eq!(year_anniversary(d("2024-02-29"), 4), Some(d("2028-02-29")));
    }
}
