//! The dataset's serde types: subject (artist, album, tracks), milestones, comparisons, other events,
//! sources, and dates with their precision. Any album by any artist; nothing here knows about Layover.

use crate::days::CountMode;
use crate::message::Msg;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date as precise as the source is: a calendar date, an instant with offset, a month or a year.
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

/// What a string must look like to be a `DateValue`; shown in errors.
pub const DATE_FORMS: &str =
    "a date like 2023-09-08, an instant like 2023-10-26T09:00:00+09:00, a month like 2023-10 or a year like 2025";

impl DateValue {
    /// Parses the four forms; an impossible calendar date (2023-02-30) is an error that says so.
    pub fn parse(text: &str) -> Result<DateValue, Msg> {
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = text.split('-').collect();
        if text.len() > 10
            && text
                .as_bytes()
                .get(10)
                .is_some_and(|b| *b == b'T' || *b == b't')
        {
            return DateTime::parse_from_rfc3339(text)
                .map(DateValue::Instant)
                .map_err(|_| Msg::NotAnInstant(text.to_string()));
        }
        match parts.as_slice() {
            [y] if y.len() == 4 && all_digits(y) => {
                Ok(DateValue::Year(y.parse().unwrap_or_default()))
            }
            [y, m] if y.len() == 4 && m.len() == 2 && all_digits(y) && all_digits(m) => {
                let month: u32 = m.parse().unwrap_or_default();
                if (1..=12).contains(&month) {
                    Ok(DateValue::Month {
                        year: y.parse().unwrap_or_default(),
                        month,
                    })
                } else {
                    Err(Msg::NoSuchMonth(text.to_string(), month))
                }
            }
            [y, m, d]
                if y.len() == 4
                    && m.len() == 2
                    && d.len() == 2
                    && [y, m, d].iter().all(|p| all_digits(p)) =>
            {
                let (year, month, day) = (
                    y.parse().unwrap_or(0),
                    m.parse().unwrap_or(0),
                    d.parse().unwrap_or(0),
                );
                NaiveDate::from_ymd_opt(year, month, day)
                    .map(DateValue::Day)
                    .ok_or_else(|| Msg::NotARealDate(text.to_string()))
            }
            _ => Err(Msg::NotADate(text.to_string())),
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

    pub fn precision(&self) -> &'static str {
        match self {
            DateValue::Day(_) => "day",
            DateValue::Instant(_) => "instant",
            DateValue::Month { .. } => "month",
            DateValue::Year(_) => "year",
        }
    }
}

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

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = DateValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{DATE_FORMS}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateValue, E> {
                DateValue::parse(v).map_err(|m| E::custom(m.encode()))
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// A calendar date only (a source's publication date): the same parser, held to day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate(pub NaiveDate);

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match DateValue::deserialize(d)? {
            DateValue::Day(day) => Ok(CalendarDate(day)),
            other => Err(de::Error::custom(
                Msg::NotADay(other.to_string(), other.precision()).encode(),
            )),
        }
    }
}

/// Whether a date is when the thing happened or only when a source reported it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatedBy {
    /// The date it happened (or was reached).
    #[default]
    Event,
    /// The source's date: it had happened by then; the source gives no earlier date.
    Report,
}

impl DatedBy {
    fn is_event(&self) -> bool {
        *self == DatedBy::Event
    }
}

/// The whole dataset: one subject (an album), its milestones, comparisons and other dated events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub subject: Subject,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Dated counts (streams so far) for the album, a track or every track: the pace and projections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
}

/// A count as of a date: "Layover had 600,000,000 Spotify streams on 2023-10-26".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// A calendar date (the day the count was seen).
    pub date: DateValue,
    /// `album`, `every_track` (the lowest of the tracks) or `track:<track id>`.
    pub scope: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    pub measure: String,
    pub value: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: SourceRef,
}

impl Snapshot {
    pub fn scope(&self) -> Option<Scope<'_>> {
        parse_scope(&self.scope)
    }

    /// Reads a scope written as in the data (`album`, `every_track`, `track:<id>`).
    pub fn parse_scope_text(text: &str) -> Option<Scope<'_>> {
        parse_scope(text)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub artist: String,
    pub album: String,
    /// IANA zone whose calendar the counts use by default (`Asia/Seoul`).
    pub home_zone: String,
    /// The release: a calendar date (or an instant).
    pub release: DateValue,
    #[serde(default)]
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub genres: Vec<String>,
    /// The id of the lead track.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_track: Option<String>,
    /// `m:ss` or `h:mm:ss`, e.g. `17:36`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub music_videos: Option<u32>,
    /// Where the subject's facts come from.
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// The track's own release, when it differs from the album's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<DateValue>,
    /// Released before the album (a pre-release single), whether or not its date is known.
    #[serde(default)]
    pub pre_released: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Streaming,
    Chart,
    Award,
    Other,
}

impl MilestoneKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneKind::Streaming => "streaming",
            MilestoneKind::Chart => "chart",
            MilestoneKind::Award => "award",
            MilestoneKind::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    pub date: DateValue,
    #[serde(default, skip_serializing_if = "DatedBy::is_event")]
    pub dated_by: DatedBy,
    pub kind: MilestoneKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// The record claimed ("fastest album by a K-pop soloist to 600M Spotify streams").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The figure the source claims, checked against the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A measured quantity: `Spotify streams 600,000,000 for the album`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// What is counted: `streams`, `weeks on chart`...
    pub measure: String,
    pub value: u64,
    /// `album`, `every_track` or `track:<track id>`.
    pub scope: String,
}

/// What a metric's scope names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    Album,
    EveryTrack,
    Track(&'a str),
}

impl Metric {
    pub fn scope(&self) -> Option<Scope<'_>> {
        parse_scope(&self.scope)
    }
}

fn parse_scope(text: &str) -> Option<Scope<'_>> {
    match text {
        "album" => Some(Scope::Album),
        "every_track" => Some(Scope::EveryTrack),
        other => other
            .strip_prefix("track:")
            .filter(|id| !id.is_empty())
            .map(Scope::Track),
    }
}

/// The figure a source gives for how long it took: "in 48 days" (elapsed) or "on the 100th day" (inclusive).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The source's words.
    pub text: String,
    pub days: i64,
    /// How the source counts: `elapsed` (in 48 days) or `inclusive` (the 100th day).
    pub count: CountMode,
}

/// Another album's time to the same milestone: FACE took 179 days.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    /// The id of the milestone compared.
    pub milestone: String,
    pub album: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artist: Option<String>,
    /// Elapsed days that album took.
    pub days: i64,
    pub source: SourceRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Release,
    Nomination,
    Award,
    FanMeeting,
    Appearance,
    Enlistment,
    Discharge,
    Other,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Release => "release",
            EventKind::Nomination => "nomination",
            EventKind::Award => "award",
            EventKind::FanMeeting => "fan_meeting",
            EventKind::Appearance => "appearance",
            EventKind::Enlistment => "enlistment",
            EventKind::Discharge => "discharge",
            EventKind::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: DateValue,
    #[serde(default, skip_serializing_if = "DatedBy::is_event")]
    pub dated_by: DatedBy,
    /// An expected date ("discharge expected in 2025").
    #[serde(default)]
    pub expected: bool,
    pub kind: EventKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub source: SourceRef,
}

/// Where a fact comes from: publication and date, with an optional link and relay ("via @Taeguide on X").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub publication: String,
    pub date: CalendarDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

impl SourceRef {
    /// The URL only when it is safe to make a link of: `http:` or `https:`, nothing else.
    pub fn safe_url(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| is_http_url(u))
    }
}

/// True for `http://…` and `https://…` (any case), the only links the widget makes.
pub fn is_http_url(url: &str) -> bool {
    let lower = url
        .trim_start()
        .get(..8)
        .unwrap_or(url)
        .to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

impl Event {
    /// Whether the tracker knew of this event on `day`: an expected one once its source had said so,
    /// any other once its date (as early as its precision allows) had come.
    pub fn known_on(&self, day: NaiveDate) -> bool {
        if self.expected {
            self.source.date.0 <= day
        } else {
            self.date.earliest_date() <= day
        }
    }
}

impl Subject {
    /// The release as a calendar date (instants as written; validation requires day precision or finer).
    pub fn release_date(&self) -> NaiveDate {
        self.release.earliest_date()
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }
}

/// Parses `m:ss` or `h:mm:ss` into seconds.
pub fn parse_duration(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.split(':').collect();
    let num = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [m, s] if s.len() == 2 => Some(num(m)? * 60 + num(s).filter(|s| *s < 60)?),
        [h, m, s] if m.len() == 2 && s.len() == 2 => {
            Some(num(h)? * 3600 + num(m).filter(|m| *m < 60)? * 60 + num(s).filter(|s| *s < 60)?)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_four_precisions() {
        assert_eq!(
            DateValue::parse("2023-09-08"),
            Ok(DateValue::Day(NaiveDate::from_ymd_opt(2023, 9, 8).unwrap()))
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
        assert_eq!(
            instant.written_date(),
            NaiveDate::from_ymd_opt(2023, 10, 26)
        );
        assert_eq!(instant.to_string(), "2023-10-26T23:30:00-05:00");
    }

    #[test]
    fn impossible_and_malformed_dates_say_why() {
        let said = |text: &str| DateValue::parse(text).unwrap_err().to_string();
        assert!(said("2023-02-30").contains("not a real calendar date"));
        assert!(said("2023-13").contains("no month 13"));
        assert!(said("08/09/2023").contains("expected a date like"));
        assert!(said("2023-10-26T25:00:00Z").contains("not a valid instant"));
        assert!(DateValue::parse("").is_err());
        assert!(DateValue::parse("２０２３").is_err());
    }

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_http_url("https://example.org/a"));
        assert!(is_http_url("HTTP://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("data:text/html,<b>"));
        assert!(!is_http_url(" javascript:alert(1)//https://"));
        assert!(!is_http_url("https://exa mple.org"));
    }

    #[test]
    fn events_are_known_from_their_date_or_when_announced() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let source = SourceRef {
            publication: "P".into(),
            date: CalendarDate(day("2023-12-16")),
            url: None,
            via: None,
        };
        let mut e = Event {
            id: "e".into(),
            date: DateValue::Year(2025),
            dated_by: DatedBy::Event,
            expected: true,
            kind: EventKind::Discharge,
            title: "T".into(),
            detail: None,
            source,
        };
        assert!(!e.known_on(day("2023-12-15")));
        assert!(e.known_on(day("2023-12-16")));
        e.expected = false;
        assert!(!e.known_on(day("2024-12-31")));
        assert!(e.known_on(day("2025-01-01")));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("17:36"), Some(1056));
        assert_eq!(parse_duration("1:02:03"), Some(3723));
        assert_eq!(parse_duration("3:75"), None);
        assert_eq!(parse_duration("abc"), None);
    }
}
