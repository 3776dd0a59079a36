//! Counting days: elapsed ("days since", the day itself is 0), inclusive (the Korean fan count, the day
//! itself is day 1), the date a dated value counts as in a zone, and the anniversaries (every 100th day,
//! every year) for the list, the countdowns and the calendar file alike.
//! Pure: `today` is always an argument, computed at the edge from the clock and the counting zone.

use crate::calendar::{DateTime, Datelike, Duration, NaiveDate, Utc};
use crate::date::DateValue;
use crate::product::HUNDRED_DAY_STEP;
use crate::word_enum;
use crate::zone::{local_date, UnknownZone, Zones};

word_enum! {
    /// Which count is the headline figure.
    #[derive(Default)]
    pub enum CountMode {
        /// Days since: 0 on the day itself.
        #[default]
        Elapsed = "elapsed",
        /// The fan count: the day itself is day 1 (2023-12-16 is Layover's 100th day).
        Inclusive = "inclusive",
    }
}

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
        DateValue::Instant(t) => local_date(zones, zone, t.utc).map(Some),
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

/// The date that carries day number `n` under `mode` (n ≥ 1 for inclusive).
pub fn date_of_day(mode: CountMode, release: NaiveDate, n: i64) -> Option<NaiveDate> {
    let offset = match mode {
        CountMode::Elapsed => n,
        CountMode::Inclusive => n - 1,
    };
    release.checked_add_signed(Duration::try_days(offset)?)
}

/// The `n`th yearly anniversary of `release` (a 29 February release falls on 28 February in common years).
pub fn year_anniversary(release: NaiveDate, n: i32) -> Option<NaiveDate> {
    let year = release.year().checked_add(n)?;
    NaiveDate::from_ymd_opt(year, release.month(), release.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// What an anniversary marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnniversaryKind {
    /// The Nth day under the count mode (100, 200, ...).
    Day(i64),
    /// The Nth year.
    Year(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anniversary {
    pub kind: AnniversaryKind,
    pub date: NaiveDate,
}

impl Anniversary {
    /// Days from `today` until it: 0 on the day itself.
    pub fn days_until(&self, today: NaiveDate) -> i64 {
        elapsed_days(today, self.date)
    }
}

/// Every 100th day under `mode` on or after `from`, soonest first.
pub fn hundred_days(
    mode: CountMode,
    release: NaiveDate,
    from: NaiveDate,
) -> impl Iterator<Item = Anniversary> {
    let current = count_days(mode, release, from).max(0);
    let first = ((current + HUNDRED_DAY_STEP - 1) / HUNDRED_DAY_STEP).max(1);
    (first..)
        .map(move |k| {
            let n = k * HUNDRED_DAY_STEP;
            date_of_day(mode, release, n).map(|date| Anniversary {
                kind: AnniversaryKind::Day(n),
                date,
            })
        })
        .map_while(|a| a)
        .filter(move |a| a.date >= from)
}

/// Every yearly anniversary on or after `from`, soonest first.
pub fn yearly(release: NaiveDate, from: NaiveDate) -> impl Iterator<Item = Anniversary> {
    let first = (from.year() - release.year() - 1).max(1);
    (first..)
        .map(move |n| {
            year_anniversary(release, n).map(|date| Anniversary {
                kind: AnniversaryKind::Year(n),
                date,
            })
        })
        .map_while(|a| a)
        .filter(move |a| a.date >= from)
}

/// Two lists of anniversaries, each soonest first, as one (a 100th day before a year on the same date).
pub fn merge(
    a: impl Iterator<Item = Anniversary>,
    b: impl Iterator<Item = Anniversary>,
) -> impl Iterator<Item = Anniversary> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.date < x.date => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// Every anniversary on or after `from`, soonest first: what the tracker lists and counts down to.
pub fn anniversaries(
    mode: CountMode,
    release: NaiveDate,
    from: NaiveDate,
) -> impl Iterator<Item = Anniversary> {
    merge(hundred_days(mode, release, from), yearly(release, from))
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
    fn anniversaries_from_day_ninety_nine() {
        let release = d("2023-09-08");
        let today = d("2023-12-15");
        let next: Vec<_> = anniversaries(CountMode::Inclusive, release, today)
            .take(4)
            .collect();
        assert_eq!(
            next[0],
            Anniversary {
                kind: AnniversaryKind::Day(100),
                date: d("2023-12-16")
            }
        );
        assert_eq!(next[0].days_until(today), 1);
        assert_eq!(next[1].kind, AnniversaryKind::Day(200));
        assert_eq!(next[1].date, d("2024-03-25"));
        assert!(next.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(next
            .iter()
            .any(|a| a.kind == AnniversaryKind::Year(1) && a.date == d("2024-09-08")));
    }

    #[test]
    fn an_anniversary_today_counts_down_to_zero() {
        let today = d("2023-12-16");
        let next = anniversaries(CountMode::Inclusive, d("2023-09-08"), today)
            .next()
            .unwrap();
        assert_eq!(
            (next.kind, next.days_until(today)),
            (AnniversaryKind::Day(100), 0)
        );
        let elapsed = anniversaries(CountMode::Elapsed, d("2023-09-08"), d("2023-12-17"))
            .next()
            .unwrap();
        assert_eq!(elapsed.kind, AnniversaryKind::Day(100));
    }

    #[test]
    fn before_release_the_first_anniversary_is_day_one_hundred() {
        let next = anniversaries(CountMode::Elapsed, d("2023-09-08"), d("2023-01-01"))
            .next()
            .unwrap();
        assert_eq!(next.kind, AnniversaryKind::Day(100));
    }

    #[test]
    fn leap_day_release_has_a_yearly_anniversary_every_year() {
        assert_eq!(year_anniversary(d("2024-02-29"), 1), Some(d("2025-02-28")));
        assert_eq!(year_anniversary(d("2024-02-29"), 4), Some(d("2028-02-29")));
        let years: Vec<_> = yearly(d("2024-02-29"), d("2025-03-01")).take(2).collect();
        assert_eq!(years[0].kind, AnniversaryKind::Year(2));
    }

    #[test]
    fn a_tie_puts_the_hundredth_day_first() {
        let a = [Anniversary {
            kind: AnniversaryKind::Day(100),
            date: d("2024-01-01"),
        }];
        let b = [Anniversary {
            kind: AnniversaryKind::Year(1),
            date: d("2024-01-01"),
        }];
        let merged: Vec<_> = merge(a.into_iter(), b.into_iter()).collect();
        assert_eq!(merged[0].kind, AnniversaryKind::Day(100));
        assert_eq!(merged.len(), 2);
    }

    #[test]
    fn the_far_future_ends_the_lists_instead_of_looping() {
        let release = NaiveDate::MAX - Duration::days(150);
        assert!(hundred_days(CountMode::Elapsed, release, release).count() <= 2);
        assert!(yearly(release, release).next().is_none());
    }
}
