//! Located problems with a dataset: syntax (line, column), type (JSON path), facts (duplicate ids,
//! unknown references, impossible orderings) and claimed figures that disagree with the computed ones.

use crate::days::{count_days, counting_date, CountMode};
use crate::message::{Msg, Syntax};
use crate::model::{is_http_url, parse_duration, Dataset, DateValue, Scope, SourceRef};
use crate::zone::Zones;
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The data cannot be shown as it is.
    Error,
    /// Shown, but the author should look (a claimed figure that disagrees, a link that will not be a link).
    Warning,
}

/// Where a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the JSON text (syntax errors).
    Text { line: usize, column: usize },
    /// A JSON path such as `milestones[3].date`, with the text position where known.
    Path {
        path: String,
        line: usize,
        column: usize,
    },
    /// An option of the widget (`tz`, `count`...).
    Option(String),
}

impl fmt::Display for Location {
    /// In English (the dataset checker, the `data-problem-location` attribute); each language's table
    /// renders it for readers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::location(&crate::i18n::en::TEXTS, self))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub location: Location,
    pub message: Msg,
}

impl Problem {
    pub fn error(location: Location, message: Msg) -> Problem {
        Problem {
            severity: Severity::Error,
            location,
            message,
        }
    }
    pub fn warning(location: Location, message: Msg) -> Problem {
        Problem {
            severity: Severity::Warning,
            location,
            message,
        }
    }
    fn at(path: impl Into<String>) -> Location {
        Location::Path {
            path: path.into(),
            line: 0,
            column: 0,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: {}", self.location, self.message)
    }
}

/// The result of loading: the dataset when it can be shown, and every problem found.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }
}

/// Parse and validate: the single entry point for text from anywhere (embedded file, page, fuzzer).
pub fn load(json: &str, zones: &dyn Zones) -> Loaded {
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Dataset::deserialize(&mut de);
    if let (Ok(_), Err(trailing)) = (&parsed, de.end()) {
        let problem = Problem::error(
            Location::Text {
                line: trailing.line(),
                column: trailing.column(),
            },
            Msg::Malformed(Syntax::read(&strip_position(&trailing.to_string()))),
        );
        return Loaded {
            dataset: None,
            problems: vec![problem],
        };
    }
    match parsed {
        Ok(dataset) => {
            let problems = check(&dataset, zones);
            let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
            Loaded {
                dataset: (!has_errors).then_some(dataset),
                problems,
            }
        }
        Err(err) => Loaded {
            dataset: None,
            problems: vec![decode_problem(text, &err)],
        },
    }
}

fn decode_problem(text: &str, err: &serde_json::Error) -> Problem {
    let (line, column) = (err.line(), err.column());
    let message = strip_position(&err.to_string());
    use serde_json::error::Category;
    match err.classify() {
        Category::Syntax | Category::Eof | Category::Io => Problem::error(
            Location::Text { line, column },
            Msg::Malformed(Syntax::read(&message)),
        ),
        Category::Data => {
            // An empty path is the top level, shown as such in each language.
            let path = path_at(text, line, column);
            Problem::error(
                Location::Path { path, line, column },
                Msg::from_serde(&message),
            )
        }
    }
}

/// The JSON path (`milestones[3].date`) of the value being read at serde_json's error position (line
/// and byte column, both from 1). The text up to there is well-formed JSON, since serde_json got that
/// far before a data error; a small scan follows its objects, keys and array indexes. (This replaces
/// tracking the path while deserializing, which doubled the deserializer's code in the wasm.)
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(text.len());
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        // A key cut off by the error position is shown as far as it goes.
                        let raw = String::from_utf8_lossy(&bytes[start..(i + 1).min(end)]);
                        *key = Some(
                            serde_json::from_str(&raw)
                                .unwrap_or_else(|_| raw.trim_matches('"').to_string()),
                        );
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(_)) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// serde_json appends " at line L column C"; the location is shown separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Checks the facts of a well-typed dataset.
pub fn check(data: &Dataset, zones: &dyn Zones) -> Vec<Problem> {
    let mut problems = Vec::new();
    let subject = &data.subject;

    if let Err(e) = zones.offset_seconds(&subject.home_zone, chrono::DateTime::UNIX_EPOCH) {
        problems.push(Problem::error(
            Problem::at("subject.home_zone"),
            Msg::UnknownZone(e.0),
        ));
    }
    if !matches!(subject.release, DateValue::Day(_) | DateValue::Instant(_)) {
        problems.push(Problem::error(
            Problem::at("subject.release"),
            Msg::ReleaseNotADay(subject.release.to_string(), subject.release.precision()),
        ));
    }
    for (field, text) in [
        ("subject.artist", &subject.artist),
        ("subject.album", &subject.album),
    ] {
        if text.trim().is_empty() {
            problems.push(Problem::error(Problem::at(field), Msg::Empty));
        }
    }
    if subject.sources.is_empty() {
        problems.push(Problem::error(
            Problem::at("subject.sources"),
            Msg::NoSource,
        ));
    }
    for (i, source) in subject.sources.iter().enumerate() {
        check_source(source, &format!("subject.sources[{i}]"), &mut problems);
    }

    let mut track_ids = HashSet::new();
    for (i, track) in subject.tracks.iter().enumerate() {
        check_id(
            &track.id,
            &format!("subject.tracks[{i}].id"),
            &mut track_ids,
            &mut problems,
        );
        if let Some(d) = &track.duration {
            if parse_duration(d).is_none() {
                problems.push(Problem::error(
                    Problem::at(format!("subject.tracks[{i}].duration")),
                    Msg::NotADuration(d.clone(), "3:45"),
                ));
            }
        }
    }
    if let Some(lead) = &subject.lead_track {
        if !track_ids.contains(lead.as_str()) {
            problems.push(Problem::error(
                Problem::at("subject.lead_track"),
                Msg::NoSuchTrack(lead.clone()),
            ));
        }
    }
    if let Some(total) = &subject.total_duration {
        match parse_duration(total) {
            None => problems.push(Problem::error(
                Problem::at("subject.total_duration"),
                Msg::NotADuration(total.clone(), "17:36"),
            )),
            Some(total_secs) => {
                let durations: Option<Vec<u32>> = subject
                    .tracks
                    .iter()
                    .map(|t| t.duration.as_deref().and_then(parse_duration))
                    .collect();
                if let Some(sum) = durations
                    .filter(|d| !d.is_empty())
                    .map(|d| d.iter().sum::<u32>())
                {
                    if sum != total_secs {
                        problems.push(Problem::warning(
                            Problem::at("subject.total_duration"),
                            Msg::DurationSum(total.clone(), sum),
                        ));
                    }
                }
            }
        }
    }

    let release = subject.release_date();
    let mut milestone_ids = HashSet::new();
    for (i, m) in data.milestones.iter().enumerate() {
        let here = format!("milestones[{i}]");
        check_id(
            &m.id,
            &format!("{here}.id"),
            &mut milestone_ids,
            &mut problems,
        );
        check_source(&m.source, &format!("{here}.source"), &mut problems);
        if let Some(metric) = &m.metric {
            check_scope(
                &metric.scope,
                metric.scope(),
                &format!("{here}.metric.scope"),
                &track_ids,
                &mut problems,
            );
        }
        if m.date.earliest_date() < release && m.date.written_date().is_some() {
            problems.push(Problem::warning(
                Problem::at(format!("{here}.date")),
                Msg::BeforeRelease(m.date.to_string(), subject.release.to_string()),
            ));
        }
        if let Some(claim) = &m.claim {
            // A claim counts in the album's home calendar, where the source counted.
            match counting_date(&m.date, zones, &subject.home_zone) {
                Ok(Some(reached)) => {
                    let computed = count_days(claim.count, release, reached);
                    if computed != claim.days {
                        problems.push(Problem::warning(
                            Problem::at(format!("{here}.claim.days")),
                            Msg::ClaimDisagrees {
                                claimed: claim.days,
                                inclusive: claim.count == CountMode::Inclusive,
                                release: subject.release.to_string(),
                                reached: reached.to_string(),
                                computed,
                            },
                        ));
                    }
                }
                Ok(None) => problems.push(Problem::warning(
                    Problem::at(format!("{here}.claim")),
                    Msg::ClaimImprecise(m.date.precision()),
                )),
                Err(_) => {} // already reported on subject.home_zone
            }
        }
    }

    let mut comparison_ids = HashSet::new();
    for (i, c) in data.comparisons.iter().enumerate() {
        let here = format!("comparisons[{i}]");
        check_id(
            &c.id,
            &format!("{here}.id"),
            &mut comparison_ids,
            &mut problems,
        );
        if !milestone_ids.contains(c.milestone.as_str()) {
            problems.push(Problem::error(
                Problem::at(format!("{here}.milestone")),
                Msg::NoSuchMilestone(c.milestone.clone()),
            ));
        }
        if c.days < 0 {
            problems.push(Problem::error(
                Problem::at(format!("{here}.days")),
                Msg::NegativeDays(c.days),
            ));
        }
        check_source(&c.source, &format!("{here}.source"), &mut problems);
    }

    let mut latest: std::collections::HashMap<&str, (chrono::NaiveDate, u64)> =
        std::collections::HashMap::new();
    for (i, snap) in data.snapshots.iter().enumerate() {
        let here = format!("snapshots[{i}]");
        check_source(&snap.source, &format!("{here}.source"), &mut problems);
        check_scope(
            &snap.scope,
            snap.scope(),
            &format!("{here}.scope"),
            &track_ids,
            &mut problems,
        );
        let Some(day) = snap.date.written_date() else {
            problems.push(Problem::error(
                Problem::at(format!("{here}.date")),
                Msg::CountNeedsDay(snap.date.to_string(), snap.date.precision()),
            ));
            continue;
        };
        // Counts so far only grow: a smaller one later is a typo or another platform mixed in.
        if let Some((before, value)) = latest.get(snap.scope.as_str()) {
            if *before < day && *value > snap.value {
                problems.push(Problem::warning(
                    Problem::at(format!("{here}.value")),
                    Msg::CountDecreased {
                        value: snap.value,
                        day: day.to_string(),
                        earlier_value: *value,
                        earlier_day: before.to_string(),
                    },
                ));
            }
        }
        if latest
            .get(snap.scope.as_str())
            .is_none_or(|(before, _)| *before < day)
        {
            latest.insert(snap.scope.as_str(), (day, snap.value));
        }
    }

    let mut event_ids = HashSet::new();
    for (i, e) in data.events.iter().enumerate() {
        let here = format!("events[{i}]");
        check_id(&e.id, &format!("{here}.id"), &mut event_ids, &mut problems);
        check_source(&e.source, &format!("{here}.source"), &mut problems);
    }
    problems
}

fn check_id<'a>(id: &'a str, path: &str, seen: &mut HashSet<&'a str>, problems: &mut Vec<Problem>) {
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        problems.push(Problem::error(
            Problem::at(path),
            Msg::NotAnId(id.to_string()),
        ));
    } else if !seen.insert(id) {
        problems.push(Problem::error(
            Problem::at(path),
            Msg::IdTwice(id.to_string()),
        ));
    }
}

/// A metric's or a count's scope: `album`, `every_track`, or `track:<id>` of a track that exists.
fn check_scope(
    text: &str,
    parsed: Option<Scope<'_>>,
    path: &str,
    track_ids: &HashSet<&str>,
    problems: &mut Vec<Problem>,
) {
    match parsed {
        None => problems.push(Problem::error(
            Problem::at(path),
            Msg::NotAScope(text.to_string()),
        )),
        Some(Scope::Track(id)) if !track_ids.contains(id) => problems.push(Problem::error(
            Problem::at(path),
            Msg::NoSuchTrack(id.to_string()),
        )),
        Some(_) => {}
    }
}

fn check_source(source: &SourceRef, path: &str, problems: &mut Vec<Problem>) {
    if let Some(url) = &source.url {
        if !is_http_url(url) {
            problems.push(Problem::warning(
                Problem::at(format!("{path}.url")),
                Msg::NotALink,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::UtcOnly;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let loaded = load("{\n  \"subject\": {,\n}", &UtcOnly);
        assert!(loaded.dataset.is_none());
        assert_eq!(
            loaded.problems[0].location,
            Location::Text {
                line: 2,
                column: 15
            }
        );
        assert!(matches!(loaded.problems[0].message, Msg::Malformed(_)));
    }

    #[test]
    fn an_empty_document_is_a_located_error() {
        let loaded = load("", &UtcOnly);
        assert!(matches!(
            loaded.problems[0].location,
            Location::Text { line: 1, .. }
        ));
    }
}
