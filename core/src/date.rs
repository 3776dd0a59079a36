//! Dates as precise as a source is: a calendar date, an instant with its offset, a month or a year,
//! and the errors a written date can have. Imports nothing else of the crate.

use crate::calendar::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use std::fmt;

/// A date as precise as the source is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// `2023-09-08`: counts as written, whatever the counting zone.
    Day(NaiveDate),
    /// `2023-10-26T09:00:00+09:00`: counts as its calendar date in the counting zone.
    Instant(Instant),
    /// `2023-10`
    Month { year: i32, month: u32 },
    /// `2025` ("discharge expected in 2025")
    Year(i32),
}

/// A stand-in while a file with problems is read (such a dataset is never shown).
impl Default for DateValue {
    fn default() -> DateValue {
        DateValue::Day(NaiveDate::default())
    }
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Day,
    Instant,
    Month,
    Year,
}

/// Why a string is not a date; each names the text as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// None of the four forms.
    NotADate(String),
    /// Looks like an instant but is not a valid RFC 3339 one.
    NotAnInstant(String),
    /// `2023-13`: the month.
    NoSuchMonth(String, u32),
    /// `2023-02-30`
    NotARealDate(String),
    /// A calendar date was needed (a source's date); this one has another precision.
    NotADay(String, Precision),
}

impl DateValue {
    /// Parses the four forms; an impossible calendar date (2023-02-30) is an error that says so.
    pub fn parse(text: &str) -> Result<DateValue, DateError> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if text.len() > 10 && matches!(text.as_bytes()[10], b'T' | b't') {
            return Instant::parse(text)
                .map(DateValue::Instant)
                .ok_or_else(|| DateError::NotAnInstant(text.to_string()));
        }
        let number = |s: &str| s.parse::<u32>().unwrap_or(0);
        let mut parts = text.split('-');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), None, None, None) if digits(y, 4) => Ok(DateValue::Year(number(y) as i32)),
            (Some(y), Some(m), None, None) if digits(y, 4) && digits(m, 2) => {
                let month = number(m);
                if (1..=12).contains(&month) {
                    Ok(DateValue::Month {
                        year: number(y) as i32,
                        month,
                    })
                } else {
                    Err(DateError::NoSuchMonth(text.to_string(), month))
                }
            }
            (Some(y), Some(m), Some(d), None) if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                NaiveDate::from_ymd_opt(number(y) as i32, number(m), number(d))
                    .map(DateValue::Day)
                    .ok_or_else(|| DateError::NotARealDate(text.to_string()))
            }
            _ => Err(DateError::NotADate(text.to_string())),
        }
    }

    /// The calendar date when the value is precise to the day or finer (instants as written).
    pub fn written_date(&self) -> Option<NaiveDate> {
        match self {
            DateValue::Day(d) => Some(*d),
            DateValue::Instant(t) => Some(t.local().date()),
            _ => None,
        }
    }

    /// The earliest calendar date the value can mean: for ordering mixed precisions in time.
    pub fn earliest_date(&self) -> NaiveDate {
        match self {
            DateValue::Day(d) => *d,
            DateValue::Instant(t) => t.local().date(),
            DateValue::Month { year, month } => {
                NaiveDate::from_ymd_opt(*year, *month, 1).unwrap_or_default()
            }
            DateValue::Year(y) => NaiveDate::from_ymd_opt(*y, 1, 1).unwrap_or_default(),
        }
    }

    pub fn precision(&self) -> Precision {
        match self {
            DateValue::Day(_) => Precision::Day,
            DateValue::Instant(_) => Precision::Instant,
            DateValue::Month { .. } => Precision::Month,
            DateValue::Year(_) => Precision::Year,
        }
    }
}

/// As written in the data (`2023-09-08`, `2023-10-26T09:00:00+09:00`, `2023-10`, `2025`).
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{d}"),
            DateValue::Instant(t) => write!(f, "{t}"),
            DateValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// An instant as an RFC 3339 text gives it (`2023-10-26T09:00:00+09:00`): the moment, and the offset it
/// was written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instant {
    pub utc: DateTime<Utc>,
    /// Seconds east of UTC, as written.
    pub offset_seconds: i32,
}

impl Instant {
    /// RFC 3339 as chrono reads it: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, `T` and `Z` in either
    /// case; a leap second (`:60`) counts as the second before it.
    pub fn parse(text: &str) -> Option<Instant> {
        // chrono also takes a space between date and time; the format does not.
        if !matches!(text.as_bytes().get(10), Some(b'T' | b't')) {
            return None;
        }
        let written = DateTime::parse_from_rfc3339(text).ok()?;
        let utc = written.with_timezone(&Utc);
        // chrono keeps a leap second as a 60th second's worth of nanoseconds; the counters do not.
        let utc = utc.with_nanosecond(utc.nanosecond() % 1_000_000_000)?;
        Some(Instant {
            utc,
            offset_seconds: written.offset().local_minus_utc(),
        })
    }

    /// The wall clock it was written in.
    pub fn local(&self) -> NaiveDateTime {
        self.utc.naive_utc() + Duration::seconds(i64::from(self.offset_seconds))
    }

    /// The offset as written: `+09:00`, `-05:00`, `+00:00`.
    pub fn offset(&self) -> String {
        let sign = if self.offset_seconds < 0 { '-' } else { '+' };
        let minutes = self.offset_seconds.unsigned_abs() / 60;
        format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// RFC 3339, as written (to the second, or the millisecond when it has one).
impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.local();
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )?;
        let millis = self.utc.timestamp_subsec_millis();
        if millis > 0 {
            write!(f, ".{millis:03}")?;
        }
        f.write_str(&self.offset())
    }
}

/// A moment in UTC as RFC 3339 (`2023-12-16T00:00:00Z`).
pub fn utc_text(t: DateTime<Utc>) -> String {
    let z = Instant {
        utc: t,
        offset_seconds: 0,
    }
    .to_string();
    format!("{}Z", z.trim_end_matches("+00:00"))
}

/// A calendar date only (a source's publication date): the same parser, held to day precision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate(pub NaiveDate);

impl CalendarDate {
    pub fn parse(text: &str) -> Result<CalendarDate, DateError> {
        match DateValue::parse(text)? {
            DateValue::Day(day) => Ok(CalendarDate(day)),
            other => Err(DateError::NotADay(text.to_string(), other.precision())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_the_four_precisions() {
        assert_eq!(
            DateValue::parse("2023-09-08"),
            Ok(DateValue::Day(day("2023-09-08")))
        );
        assert_eq!(
            DateValue::parse("2023-10"),
            Ok(DateValue::Month {
                year: 2023,
                month: 10
            })
        );
        assert_eq!(DateValue::parse("2025"), Ok(DateValue::Year(2025)));
        let instant = DateValue::parse("2023-10-26T23:30:00-05:00").unwrap();
        assert_eq!(instant.written_date(), Some(day("2023-10-26")));
        assert_eq!(instant.precision(), Precision::Instant);
        assert_eq!(instant.to_string(), "2023-10-26T23:30:00-05:00");
    }

    #[test]
    fn impossible_and_malformed_dates_say_why() {
        assert_eq!(
            DateValue::parse("2023-02-30"),
            Err(DateError::NotARealDate("2023-02-30".into()))
        );
        assert_eq!(
            DateValue::parse("2023-13"),
            Err(DateError::NoSuchMonth("2023-13".into(), 13))
        );
        assert_eq!(
            DateValue::parse("08/09/2023"),
            Err(DateError::NotADate("08/09/2023".into()))
        );
        assert_eq!(
            DateValue::parse("2023-10-26T25:00:00Z"),
            Err(DateError::NotAnInstant("2023-10-26T25:00:00Z".into()))
        );
        for bad in ["", "２０２３", "2023-", "-2023", "2023-09-08-01", "+2023"] {
            assert!(
                matches!(DateValue::parse(bad), Err(DateError::NotADate(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn instants_are_read_and_written_as_rfc_3339() {
        let i = Instant::parse("2023-10-26T09:00:00+09:00").unwrap();
        assert_eq!(i.utc.to_string(), "2023-10-26 00:00:00 UTC");
        assert_eq!(i.local().date(), day("2023-10-26"));
        assert_eq!(i.to_string(), "2023-10-26T09:00:00+09:00");
        let i = Instant::parse("2023-10-26t23:30:00.5-05:30").unwrap();
        assert_eq!(i.to_string(), "2023-10-26T23:30:00.500-05:30");
        assert_eq!(i.utc.to_string(), "2023-10-27 05:00:00.500 UTC");
        assert_eq!(
            Instant::parse("2023-10-26T09:00:00Z").unwrap().offset(),
            "+00:00"
        );
        assert_eq!(
            utc_text(Instant::parse("2023-12-16T09:00:00+09:00").unwrap().utc),
            "2023-12-16T00:00:00Z"
        );
        assert_eq!(
            Instant::parse("2016-12-31T23:59:60Z").unwrap().to_string(),
            "2016-12-31T23:59:59+00:00"
        );
        for bad in [
            "2023-10-26T25:00:00Z",
            "2023-10-26T09:00:00",
            "2023-10-26T09:00:00+9:00",
            "2023-10-26T09:00:00+24:00",
            "2023-02-30T09:00:00Z",
            "2023-10-26T09:00Z",
            "2023-10-26T09:00:00.Z",
            "2023-10-26 09:00:00Z",
            "2023-10-26T09:00:00Zx",
            "2023-10-26T09:00:00+09:00:00",
        ] {
            assert_eq!(Instant::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_calendar_date_must_be_a_day() {
        assert_eq!(
            CalendarDate::parse("2023-12-16"),
            Ok(CalendarDate(day("2023-12-16")))
        );
        assert_eq!(
            CalendarDate::parse("2023-10"),
            Err(DateError::NotADay("2023-10".into(), Precision::Month))
        );
    }
}
