//! The dataset: one subject (an album, its tracks), its milestones, comparisons, other dated events
//! and dated counts, each with its source. Any album by any artist; nothing here knows about Layover.
//!
//! The serde attributes here are the data format: field names, which fields may be left out and what
//! they default to, the words a field takes, and that a key outside the format is refused. `read` reads
//! a file through them, `validate` checks the facts, and the JSON Schema is generated from them
//! (`schema`).

use crate::calendar::NaiveDate;
use crate::date::{CalendarDate, DateValue};
use crate::days::CountMode;
use crate::word_enum;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

word_enum! {
    /// Whether a date is when the thing happened, when a source reported it, or worked out.
    #[derive(Default)]
    pub enum DatedBy {
        /// The date it happened (or was reached).
        #[default]
        Event = "event",
        /// The source's date: it had happened by then; the source gives no earlier date.
        Report = "report",
        /// Worked out from the source's figure (the release plus the days a claim gives), not stated.
        WorkedOut = "worked_out",
    }
}

word_enum! {
    #[derive(Default)]
    pub enum MilestoneKind {
        #[default]
        Streaming = "streaming",
        Chart = "chart",
        Award = "award",
        Other = "other",
    }
}

word_enum! {
    #[derive(Default)]
    pub enum EventKind {
        #[default]
        Release = "release",
        Nomination = "nomination",
        Award = "award",
        FanMeeting = "fan_meeting",
        Appearance = "appearance",
        Enlistment = "enlistment",
        Discharge = "discharge",
        Other = "other",
    }
}

/// What a metric or a count is of.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    #[default]
    Album,
    /// Every track: the lowest of them.
    EveryTrack,
    /// One track, by id.
    Track(String),
}

impl Scope {
    /// `album`, `every_track` or `track:<id>`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Scope> {
        match text {
            "album" => Some(Scope::Album),
            "every_track" => Some(Scope::EveryTrack),
            other => other
                .strip_prefix("track:")
                .filter(|id| !id.is_empty())
                .map(|id| Scope::Track(id.to_string())),
        }
    }
}

impl std::fmt::Display for Scope {
    /// As written in the data.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Album => f.write_str("album"),
            Scope::EveryTrack => f.write_str("every_track"),
            Scope::Track(id) => write!(f, "track:{id}"),
        }
    }
}

/// The whole dataset.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    #[serde(deserialize_with = "entry")]
    pub subject: Subject,
    #[serde(
        default,
        deserialize_with = "entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub milestones: Vec<Milestone>,
    #[serde(
        default,
        deserialize_with = "entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub comparisons: Vec<Comparison>,
    #[serde(
        default,
        deserialize_with = "entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub events: Vec<Event>,
    /// Dated counts (streams so far) for the album, a track or every track: the pace and projections.
    #[serde(
        default,
        deserialize_with = "entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub snapshots: Vec<Snapshot>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub artist: String,
    pub album: String,
    /// IANA zone whose calendar the counts use by default (`Asia/Seoul`).
    pub home_zone: String,
    /// The release: a calendar date (or an instant).
    pub release: DateValue,
    #[serde(
        default,
        deserialize_with = "entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tracks: Vec<Track>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genres: Vec<String>,
    /// The id of the lead track.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_track: Option<String>,
    /// `m:ss` or `h:mm:ss`, e.g. `17:36`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^(\d+:)?\d+:\d{2}$")))]
    pub total_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub music_videos: Option<u32>,
    /// What the author wants a reader to know about the data as a whole (what comes from elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where the subject's facts come from.
    #[serde(deserialize_with = "entries")]
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Track {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Za-z0-9_-]+$")))]
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^(\d+:)?\d+:\d{2}$")))]
    pub duration: Option<String>,
    /// The track's own release, when it differs from the album's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<DateValue>,
    /// Released before the album (a pre-release single), whether or not its date is known.
    #[serde(default, skip_serializing_if = "is_default")]
    pub pre_released: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Za-z0-9_-]+$")))]
    pub id: String,
    pub date: DateValue,
    #[serde(default, skip_serializing_if = "is_default")]
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Metric {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// What is counted: `streams`, `weeks on chart`...
    pub measure: String,
    pub value: u64,
    pub scope: Scope,
}

/// The figure a source gives for how long it took: "in 48 days" (elapsed) or "the 100th day" (inclusive).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The source's own words, shown in quotation marks.
    pub text: String,
    pub days: i64,
    pub count: CountMode,
}

/// Another album's time to the same milestone: FACE took 179 days.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Za-z0-9_-]+$")))]
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

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Za-z0-9_-]+$")))]
    pub id: String,
    pub date: DateValue,
    #[serde(default, skip_serializing_if = "is_default")]
    pub dated_by: DatedBy,
    /// An expected date ("discharge expected in 2025").
    #[serde(default, skip_serializing_if = "is_default")]
    pub expected: bool,
    pub kind: EventKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub source: SourceRef,
}

/// A count as of a date: "Layover had 600,000,000 Spotify streams on 2023-10-26".
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// A calendar date (the day the count was seen).
    pub date: DateValue,
    #[serde(default, skip_serializing_if = "is_default")]
    pub dated_by: DatedBy,
    pub scope: Scope,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    pub measure: String,
    pub value: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: SourceRef,
}

/// Where a fact comes from: publication and date, with an optional link and relay ("via @Taeguide on X").
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    let scheme = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (scheme.starts_with("https://") || scheme.starts_with("http://"))
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

    /// The date a track counts from: its own release, or the album's.
    pub fn track_release(&self, track: &Track) -> NaiveDate {
        track
            .release
            .as_ref()
            .map_or_else(|| self.release_date(), DateValue::earliest_date)
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

// How the format's own kinds of string are read and written: a date, a source's day and a scope are
// JSON strings with a meaning. Each is read as a newtype named by one of these tokens, so that `read`'s
// located reader can check the string itself and name the problem in words (`read::Located`); serde_json
// passes the string straight through.

/// (Short, and each of its own length: a token is compared at every value that has one.)
/// A date of any precision (`DateValue`).
pub const DATE: &str = "$mt:d";
/// A calendar date (`CalendarDate`).
pub const DAY: &str = "$mt:dd";
/// A scope (`Scope`).
pub const SCOPE: &str = "$mt:ddd";
/// One entry of a list (or the subject): read on its own, so that `read`'s located reader reports its
/// problems and goes on with the next entry.
pub const ENTRY: &str = "$mt:dddd";

/// A string read by its own parser, under one of the tokens above.
struct Parsed<T>(&'static str, fn(&str) -> Option<T>);

impl<'de, T> Visitor<'de> for Parsed<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.1)(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(DATE, Parsed(DATE, |t| DateValue::parse(t).ok()))
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(DAY, Parsed(DAY, |t| CalendarDate::parse(t).ok()))
    }
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(SCOPE, Parsed(SCOPE, Scope::parse))
    }
}

/// Written as read: the text `Display` gives.
macro_rules! serialize_as_text {
    ($($t:ty),+) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    )+};
}
serialize_as_text!(DateValue, Scope);

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// Reads a field as one entry (see `ENTRY`).
pub fn entry<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    d.deserialize_newtype_struct(ENTRY, EntryVisitor(PhantomData))
}

/// Reads a list whose items are entries (see `ENTRY`).
pub fn entries<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    struct Entry<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de> + Default> de::DeserializeSeed<'de> for Entry<T> {
        type Value = T;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
            entry(d)
        }
    }
    struct Entries<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for Entries<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::new();
            while let Some(item) = seq.next_element_seed(Entry(PhantomData))? {
                list.push(item);
            }
            Ok(list)
        }
    }
    d.deserialize_seq(Entries(PhantomData))
}

struct EntryVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for EntryVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(ENTRY)
    }

    /// serde_json: the value itself.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }

    /// `read`'s located reader: a list of at most one value. None when the entry had problems (they
    /// are recorded); the stand-in default is never shown, as a dataset with problems is not used.
    /// When an attempt fails and the reader has another (`size_hint` one: it left the failed member
    /// out), it is read again, so every problem of the entry is found.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        loop {
            match seq.next_element() {
                Ok(read) => return Ok(read.unwrap_or_default()),
                Err(_) if seq.size_hint() == Some(1) => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// Parses `m:ss` or `h:mm:ss` into seconds.
pub fn parse_duration(text: &str) -> Option<u32> {
    let num = |s: &str, max: u32| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|n| *n <= max)
    };
    let mut parts = text.split(':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(s), None, None) if s.len() == 2 => Some(num(m, 9999)? * 60 + num(s, 59)?),
        (Some(h), Some(m), Some(s), None) if m.len() == 2 && s.len() == 2 => {
            Some(num(h, 9999)? * 3600 + num(m, 59)? * 60 + num(s, 59)?)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_http_url("https://example.org/a"));
        assert!(is_http_url("HTTP://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("data:text/html,<b>"));
        assert!(!is_http_url(" javascript:alert(1)//https://"));
        assert!(!is_http_url("https://exa mple.org"));
        assert!(!is_http_url("http"));
    }

    #[test]
    fn scopes_are_read_and_written_alike() {
        for text in ["album", "every_track", "track:blue"] {
            assert_eq!(Scope::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Scope::parse("track:"), None);
        assert_eq!(Scope::parse("Album"), None);
    }

    #[test]
    fn events_are_known_from_their_date_or_when_announced() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let mut e = Event {
            id: "e".into(),
            date: DateValue::Year(2025),
            dated_by: DatedBy::Event,
            expected: true,
            kind: EventKind::Discharge,
            title: "T".into(),
            detail: None,
            source: SourceRef {
                publication: "P".into(),
                date: CalendarDate(day("2023-12-16")),
                url: None,
                via: None,
            },
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
        assert_eq!(parse_duration("1:2:3:4"), None);
    }
}
