//! Dates as precise as a source is: a calendar date, an instant with its offset, a month or a year,
//! and the errors a written date can have. Imports nothing else of the crate.

use chrono::{DateTime, FixedOffset, NaiveDate};
use std::fmt;

/// A date as precise as the source is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// `2023-09-08`: counts as written, whatever the counting zone.
    Day(NaiveDate),
    /// `2023-10-26T09:00:00+09:00`: counts as its calendar date in the counting zone.
    Instant(DateTime<FixedOffset>),
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
            return DateTime::parse_from_rfc3339(text)
                .map(DateValue::Instant)
                .map_err(|_| DateError::NotAnInstant(text.to_string()));
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
            DateValue::Instant(t) => Some(t.date_naive()),
            _ => None,
        }
    }

    /// The earliest calendar date the value can mean: for ordering mixed precisions in time.
    pub fn earliest_date(&self) -> NaiveDate {
        match self {
            DateValue::Day(d) => *d,
            DateValue::Instant(t) => t.date_naive(),
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
            DateValue::Instant(t) => write!(f, "{}", t.to_rfc3339()),
            DateValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
        }
    }
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
