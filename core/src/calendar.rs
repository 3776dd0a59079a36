//! Calendar dates, wall-clock times and UTC instants: the part of chrono the tracker uses, under
//! chrono's names, without its tables (about 2 kB of the wasm's brotli size). Proleptic Gregorian
//! calendar over chrono's range of years; dates are days from 1970-01-01 (Howard Hinnant's
//! `days_from_civil` and `civil_from_days`), instants milliseconds from 1970-01-01T00:00Z.
//! `tests/calendar_oracle.rs` checks every operation against chrono itself.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, Neg, Sub};

/// chrono's range: years -262143 to 262142.
const MIN_YEAR: i64 = -262_143;
const MAX_YEAR: i64 = 262_142;
const MS_PER_DAY: i64 = 86_400_000;

/// Days from 1970-01-01 to the date `y-m-d` (`m` and `d` already checked).
const fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = ((m + 9) % 12) as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` from 1970-01-01, as (year, month, day).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A span of time, to the millisecond.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    ms: i64,
}

pub type TimeDelta = Duration;

impl Duration {
    pub const fn milliseconds(ms: i64) -> Duration {
        Duration { ms }
    }
    pub const fn seconds(s: i64) -> Duration {
        Duration { ms: s * 1000 }
    }
    pub const fn minutes(m: i64) -> Duration {
        Duration::seconds(m * 60)
    }
    pub const fn hours(h: i64) -> Duration {
        Duration::seconds(h * 3600)
    }
    pub const fn days(d: i64) -> Duration {
        Duration { ms: d * MS_PER_DAY }
    }
    /// `d` days, if that many milliseconds fit.
    pub fn try_days(d: i64) -> Option<Duration> {
        d.checked_mul(MS_PER_DAY).map(|ms| Duration { ms })
    }
    /// Whole days, rounded toward zero.
    pub const fn num_days(&self) -> i64 {
        self.ms / MS_PER_DAY
    }
    pub const fn num_hours(&self) -> i64 {
        self.ms / 3_600_000
    }
    pub const fn num_minutes(&self) -> i64 {
        self.ms / 60_000
    }
    /// Whole seconds, rounded toward zero.
    pub const fn num_seconds(&self) -> i64 {
        self.ms / 1000
    }
    pub const fn num_milliseconds(&self) -> i64 {
        self.ms
    }
}

impl Add for Duration {
    type Output = Duration;
    fn add(self, other: Duration) -> Duration {
        Duration {
            ms: self.ms + other.ms,
        }
    }
}

impl Sub for Duration {
    type Output = Duration;
    fn sub(self, other: Duration) -> Duration {
        Duration {
            ms: self.ms - other.ms,
        }
    }
}

impl Neg for Duration {
    type Output = Duration;
    fn neg(self) -> Duration {
        Duration { ms: -self.ms }
    }
}

/// A calendar date, in no zone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NaiveDate {
    /// Days from 1970-01-01.
    days: i32,
}

impl Default for NaiveDate {
    /// 1970-01-01, as chrono's.
    fn default() -> NaiveDate {
        NaiveDate { days: 0 }
    }
}

impl NaiveDate {
    /// The first and last dates in range (chrono's).
    pub const MIN: NaiveDate = NaiveDate {
        days: days_from_civil(MIN_YEAR, 1, 1) as i32,
    };
    pub const MAX: NaiveDate = NaiveDate {
        days: days_from_civil(MAX_YEAR, 12, 31) as i32,
    };

    /// The date `year-month-day`, if there is one.
    pub fn from_ymd_opt(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        let y = i64::from(year);
        if !(MIN_YEAR..=MAX_YEAR).contains(&y)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(y, month)
        {
            return None;
        }
        Some(NaiveDate {
            days: days_from_civil(y, month, day) as i32,
        })
    }

    fn from_days(days: i64) -> Option<NaiveDate> {
        let (y, _, _) = civil_from_days(days);
        (MIN_YEAR..=MAX_YEAR)
            .contains(&y)
            .then_some(NaiveDate { days: days as i32 })
    }

    fn ymd(&self) -> (i64, u32, u32) {
        civil_from_days(i64::from(self.days))
    }

    /// The date `d` later (whole days of `d`; earlier when negative), if in range.
    pub fn checked_add_signed(self, d: Duration) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.days).checked_add(d.num_days())?)
    }

    pub fn checked_sub_signed(self, d: Duration) -> Option<NaiveDate> {
        self.checked_add_signed(-d)
    }

    pub fn succ_opt(&self) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.days) + 1)
    }

    pub fn pred_opt(&self) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.days) - 1)
    }

    /// The span from `other` to this date.
    pub fn signed_duration_since(self, other: NaiveDate) -> Duration {
        Duration::days(i64::from(self.days) - i64::from(other.days))
    }

    /// This date at `hour:min:sec` on the wall clock.
    pub fn and_hms_opt(&self, hour: u32, min: u32, sec: u32) -> Option<NaiveDateTime> {
        (hour < 24 && min < 60 && sec < 60).then(|| NaiveDateTime {
            ms: i64::from(self.days) * MS_PER_DAY + i64::from(hour * 3600 + min * 60 + sec) * 1000,
        })
    }
}

/// chrono's date accessors.
pub trait Datelike {
    fn year(&self) -> i32;
    fn month(&self) -> u32;
    fn day(&self) -> u32;
    /// Days from 0001-01-01, which is day 1.
    fn num_days_from_ce(&self) -> i32;
    /// The same month and day in `year`, if that year has it.
    fn with_year(&self, year: i32) -> Option<Self>
    where
        Self: Sized;
}

impl Datelike for NaiveDate {
    fn year(&self) -> i32 {
        self.ymd().0 as i32
    }
    fn month(&self) -> u32 {
        self.ymd().1
    }
    fn day(&self) -> u32 {
        self.ymd().2
    }
    fn num_days_from_ce(&self) -> i32 {
        // 0001-01-01 is 719,162 days before 1970-01-01.
        self.days + 719_163
    }
    fn with_year(&self, year: i32) -> Option<NaiveDate> {
        let (_, m, d) = self.ymd();
        NaiveDate::from_ymd_opt(year, m, d)
    }
}

impl Sub for NaiveDate {
    type Output = Duration;
    fn sub(self, other: NaiveDate) -> Duration {
        self.signed_duration_since(other)
    }
}

impl Add<Duration> for NaiveDate {
    type Output = NaiveDate;
    /// Panics out of range, as chrono's.
    fn add(self, d: Duration) -> NaiveDate {
        self.checked_add_signed(d).expect("date out of range")
    }
}

impl Sub<Duration> for NaiveDate {
    type Output = NaiveDate;
    fn sub(self, d: Duration) -> NaiveDate {
        self.checked_sub_signed(d).expect("date out of range")
    }
}

impl fmt::Display for NaiveDate {
    /// `2023-09-08`; a year past 9999 or before 0 has its sign, as chrono writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        if (0..=9999).contains(&y) {
            write!(f, "{y:04}-{m:02}-{d:02}")
        } else {
            write!(f, "{y:+05}-{m:02}-{d:02}")
        }
    }
}

impl std::str::FromStr for NaiveDate {
    type Err = ();
    /// `YYYY-MM-DD`, four-digit years (tests and tools; the data's dates go through `date::DateValue`).
    fn from_str(s: &str) -> Result<NaiveDate, ()> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(());
        }
        let n = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok()).ok_or(());
        NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?).ok_or(())
    }
}

impl fmt::Debug for NaiveDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A date and a wall-clock time, in no zone, to the millisecond.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct NaiveDateTime {
    /// Milliseconds from 1970-01-01T00:00.
    ms: i64,
}

impl NaiveDateTime {
    pub fn date(&self) -> NaiveDate {
        NaiveDate {
            days: self.ms.div_euclid(MS_PER_DAY) as i32,
        }
    }
    /// The instant at which UTC's wall clock shows this.
    pub fn and_utc(&self) -> DateTime<Utc> {
        DateTime::from_ms(self.ms)
    }
    fn ms_of_day(&self) -> u32 {
        self.ms.rem_euclid(MS_PER_DAY) as u32
    }
}

impl Add<Duration> for NaiveDateTime {
    type Output = NaiveDateTime;
    fn add(self, d: Duration) -> NaiveDateTime {
        NaiveDateTime { ms: self.ms + d.ms }
    }
}

impl Sub<Duration> for NaiveDateTime {
    type Output = NaiveDateTime;
    fn sub(self, d: Duration) -> NaiveDateTime {
        NaiveDateTime { ms: self.ms - d.ms }
    }
}

impl Sub for NaiveDateTime {
    type Output = Duration;
    fn sub(self, other: NaiveDateTime) -> Duration {
        Duration::milliseconds(self.ms - other.ms)
    }
}

impl Datelike for NaiveDateTime {
    fn year(&self) -> i32 {
        self.date().year()
    }
    fn month(&self) -> u32 {
        self.date().month()
    }
    fn day(&self) -> u32 {
        self.date().day()
    }
    fn num_days_from_ce(&self) -> i32 {
        self.date().num_days_from_ce()
    }
    fn with_year(&self, year: i32) -> Option<NaiveDateTime> {
        let date = self.date().with_year(year)?;
        Some(NaiveDateTime {
            ms: i64::from(date.days) * MS_PER_DAY + i64::from(self.ms_of_day()),
        })
    }
}

/// chrono's time-of-day accessors.
pub trait Timelike {
    fn hour(&self) -> u32;
    fn minute(&self) -> u32;
    fn second(&self) -> u32;
    /// Whole seconds since the day's midnight.
    fn num_seconds_from_midnight(&self) -> u32 {
        self.hour() * 3600 + self.minute() * 60 + self.second()
    }
}

impl Timelike for NaiveDateTime {
    fn hour(&self) -> u32 {
        self.ms_of_day() / 3_600_000
    }
    fn minute(&self) -> u32 {
        self.ms_of_day() / 60_000 % 60
    }
    fn second(&self) -> u32 {
        self.ms_of_day() / 1000 % 60
    }
}

/// The zone of `DateTime<Utc>`: the only one the tracker's instants are in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Utc;

#[cfg(not(target_arch = "wasm32"))]
impl Utc {
    /// The system clock (native builds: the prerender, tests; the wasm asks the browser).
    pub fn now() -> DateTime<Utc> {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        DateTime::from_ms(since)
    }
}

/// An instant, to the millisecond.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DateTime<Z = Utc> {
    /// Milliseconds from 1970-01-01T00:00Z.
    ms: i64,
    zone: PhantomData<Z>,
}

impl DateTime<Utc> {
    /// 1970-01-01T00:00Z.
    pub const UNIX_EPOCH: DateTime<Utc> = DateTime::from_ms(0);

    const fn from_ms(ms: i64) -> DateTime<Utc> {
        DateTime {
            ms,
            zone: PhantomData,
        }
    }
    /// The instant `ms` milliseconds from 1970-01-01T00:00Z, if its date is in range.
    pub fn from_timestamp_millis(ms: i64) -> Option<DateTime<Utc>> {
        NaiveDate::from_days(ms.div_euclid(MS_PER_DAY)).map(|_| DateTime::from_ms(ms))
    }
    /// The instant `secs` seconds and `nanos` nanoseconds from 1970-01-01T00:00Z (nanoseconds below a
    /// millisecond are dropped).
    pub fn from_timestamp(secs: i64, nanos: u32) -> Option<DateTime<Utc>> {
        let ms = secs
            .checked_mul(1000)?
            .checked_add(i64::from(nanos / 1_000_000))?;
        DateTime::from_timestamp_millis(ms)
    }
    /// Whole seconds from 1970-01-01T00:00Z, rounded down.
    pub fn timestamp(&self) -> i64 {
        self.ms.div_euclid(1000)
    }
    pub fn timestamp_millis(&self) -> i64 {
        self.ms
    }
    /// The milliseconds past the whole second.
    pub fn timestamp_subsec_millis(&self) -> u32 {
        self.ms.rem_euclid(1000) as u32
    }
    /// UTC's wall clock at this instant.
    pub fn naive_utc(&self) -> NaiveDateTime {
        NaiveDateTime { ms: self.ms }
    }
    /// UTC's date at this instant.
    pub fn date_naive(&self) -> NaiveDate {
        self.naive_utc().date()
    }
    pub fn checked_add_signed(self, d: Duration) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.ms.checked_add(d.ms)?)
    }
    pub fn checked_sub_signed(self, d: Duration) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.ms.checked_sub(d.ms)?)
    }
    pub fn signed_duration_since(self, other: DateTime<Utc>) -> Duration {
        Duration::milliseconds(self.ms - other.ms)
    }
}

impl Timelike for DateTime<Utc> {
    fn hour(&self) -> u32 {
        self.naive_utc().hour()
    }
    fn minute(&self) -> u32 {
        self.naive_utc().minute()
    }
    fn second(&self) -> u32 {
        self.naive_utc().second()
    }
}

impl Add<Duration> for DateTime<Utc> {
    type Output = DateTime<Utc>;
    fn add(self, d: Duration) -> DateTime<Utc> {
        DateTime::from_ms(self.ms + d.ms)
    }
}

impl Sub<Duration> for DateTime<Utc> {
    type Output = DateTime<Utc>;
    fn sub(self, d: Duration) -> DateTime<Utc> {
        DateTime::from_ms(self.ms - d.ms)
    }
}

impl Sub for DateTime<Utc> {
    type Output = Duration;
    fn sub(self, other: DateTime<Utc>) -> Duration {
        self.signed_duration_since(other)
    }
}

impl fmt::Display for DateTime<Utc> {
    /// `2023-09-08 12:00:00 UTC`, and `.500` before ` UTC` when there are milliseconds, as chrono's.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.naive_utc();
        write!(
            f,
            "{} {:02}:{:02}:{:02}",
            t.date(),
            t.hour(),
            t.minute(),
            t.second()
        )?;
        match t.ms_of_day() % 1000 {
            0 => f.write_str(" UTC"),
            ms => write!(f, ".{ms:03} UTC"),
        }
    }
}

impl fmt::Debug for DateTime<Utc> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_eras_and_leap_days() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (1900, 3, 1),
            (2023, 9, 8),
            (2023, 12, 16),
            (-1, 12, 31),
            (0, 2, 29),
            (262_142, 12, 31),
            (-262_143, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!((date.year(), date.month(), date.day()), (y, m, d));
        }
        assert!(NaiveDate::from_ymd_opt(1900, 2, 29).is_none());
        assert!(NaiveDate::from_ymd_opt(2023, 4, 31).is_none());
        assert!(NaiveDate::from_ymd_opt(262_143, 1, 1).is_none());
    }

    #[test]
    fn layover_counts() {
        let release = NaiveDate::from_ymd_opt(2023, 9, 8).unwrap();
        let hundredth = NaiveDate::from_ymd_opt(2023, 12, 16).unwrap();
        assert_eq!((hundredth - release).num_days(), 99);
        assert_eq!(release + Duration::days(99), hundredth);
        assert_eq!(hundredth.to_string(), "2023-12-16");
    }
}
