//! The dataset: one subject (an album, its tracks), its milestones, comparisons, other dated events
//! and dated counts, each with its source. Any album by any artist; nothing here knows about Layover.
//! Read from JSON by `read`, checked by `validate`.

use crate::calendar::NaiveDate;
use crate::date::{CalendarDate, DateValue};
use crate::days::CountMode;
use crate::word_enum;

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub subject: Subject,
    pub milestones: Vec<Milestone>,
    pub comparisons: Vec<Comparison>,
    pub events: Vec<Event>,
    /// Dated counts (streams so far) for the album, a track or every track: the pace and projections.
    pub snapshots: Vec<Snapshot>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    pub artist: String,
    pub album: String,
    /// IANA zone whose calendar the counts use by default (`Asia/Seoul`).
    pub home_zone: String,
    /// The release: a calendar date (or an instant).
    pub release: DateValue,
    pub tracks: Vec<Track>,
    pub genres: Vec<String>,
    /// The id of the lead track.
    pub lead_track: Option<String>,
    /// `m:ss` or `h:mm:ss`, e.g. `17:36`.
    pub total_duration: Option<String>,
    pub music_videos: Option<u32>,
    /// What the author wants a reader to know about the data as a whole (what comes from elsewhere).
    pub note: Option<String>,
    /// Where the subject's facts come from.
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Track {
    pub id: String,
    pub title: String,
    pub duration: Option<String>,
    /// The track's own release, when it differs from the album's.
    pub release: Option<DateValue>,
    /// Released before the album (a pre-release single), whether or not its date is known.
    pub pre_released: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Milestone {
    pub id: String,
    pub date: DateValue,
    pub dated_by: DatedBy,
    pub kind: MilestoneKind,
    pub title: String,
    pub metric: Option<Metric>,
    /// The record claimed ("fastest album by a K-pop soloist to 600M Spotify streams").
    pub record: Option<String>,
    /// The figure the source claims, checked against the computed one.
    pub claim: Option<Claim>,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A measured quantity: `Spotify streams 600,000,000 for the album`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metric {
    pub platform: Option<String>,
    /// What is counted: `streams`, `weeks on chart`...
    pub measure: String,
    pub value: u64,
    pub scope: Scope,
}

/// The figure a source gives for how long it took: "in 48 days" (elapsed) or "the 100th day" (inclusive).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Claim {
    /// The source's own words, shown in quotation marks.
    pub text: String,
    pub days: i64,
    pub count: CountMode,
}

/// Another album's time to the same milestone: FACE took 179 days.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub id: String,
    /// The id of the milestone compared.
    pub milestone: String,
    pub album: String,
    pub artist: Option<String>,
    /// Elapsed days that album took.
    pub days: i64,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: DateValue,
    pub dated_by: DatedBy,
    /// An expected date ("discharge expected in 2025").
    pub expected: bool,
    pub kind: EventKind,
    pub title: String,
    pub detail: Option<String>,
    pub source: SourceRef,
}

/// A count as of a date: "Layover had 600,000,000 Spotify streams on 2023-10-26".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// A calendar date (the day the count was seen).
    pub date: DateValue,
    pub dated_by: DatedBy,
    pub scope: Scope,
    pub platform: Option<String>,
    pub measure: String,
    pub value: u64,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// Where a fact comes from: publication and date, with an optional link and relay ("via @Taeguide on X").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceRef {
    pub publication: String,
    pub date: CalendarDate,
    pub url: Option<String>,
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
