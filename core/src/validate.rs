//! Loading a dataset: JSON syntax and shape (`read`: each problem with its JSON path, line and column)
//! and then the facts, section by section: ids unique and well formed, references that resolve,
//! dates in order, and claimed figures that agree with the computed ones.

use crate::calendar::NaiveDate;
use crate::date::DateValue;
use crate::days::{count_days, counting_date, CountMode};
use crate::model::{is_http_url, parse_duration, Dataset, DatedBy, Scope, SourceRef, Subject};
use crate::problem::{JsonPath, Location, Msg, Problem, Severity};
use crate::read::{self, Places};
use crate::zone::Zones;
use std::collections::HashSet;

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

/// A data block written as `<!--{…}-->` (the snippets wrap their JSON so that a platform stripping
/// `<script>` leaves a comment, not the data as text): the JSON with the markers as spaces, so every
/// problem keeps its line and column. None when the text is not wrapped.
fn without_comment(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
    let start = text.find("<!--")?;
    let end = start + 4 + inner.len();
    Some(format!(
        "{}    {inner}   {}",
        &text[..start],
        &text[end + 3..]
    ))
}

/// Parse, read and check: the single entry point for dataset text from anywhere (the compiled-in
/// default, a page, a URL, the editor, the fuzzer).
pub fn load(json: &str, zones: &dyn Zones) -> Loaded {
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    let unwrapped = without_comment(text);
    let text = unwrapped.as_deref().unwrap_or(text);
    let dataset = match read::dataset(text) {
        Ok(dataset) => dataset,
        Err(problems) => {
            return Loaded {
                dataset: None,
                problems,
            }
        }
    };
    let mut problems = check(&dataset, zones);
    let mut places = Places::new(text);
    for p in &mut problems {
        if let Location::Path {
            path,
            pos: pos @ None,
        } = &mut p.location
        {
            *pos = places.of(path);
        }
    }
    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    Loaded {
        dataset: (!has_errors).then_some(dataset),
        problems,
    }
}

/// Checks the facts of a well-formed dataset.
pub fn check(data: &Dataset, zones: &dyn Zones) -> Vec<Problem> {
    let mut c = Checker::default();
    c.subject(&data.subject, zones);
    let tracks = c.tracks(&data.subject);
    let milestones = c.milestones(data, zones, &tracks);
    c.comparisons(data, &milestones);
    c.snapshots(data, &tracks);
    c.events(data);
    c.problems
}

/// The ids already seen in one list.
type Ids<'d> = HashSet<&'d str>;

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

/// An item of a list (`milestones[3]`): the path of one of its fields is written only when a problem
/// needs it, so a clean file of 10,000 milestones writes none.
#[derive(Clone, Copy)]
struct Here {
    list: &'static [&'static str],
    index: usize,
}

impl Here {
    fn at(self, field: &[&'static str]) -> JsonPath {
        let item = keys(self.list).index(self.index);
        field.iter().fold(item, |path, key| path.key(*key))
    }
}

/// The path of these keys from the root.
fn keys(keys: &[&'static str]) -> JsonPath {
    keys.iter()
        .fold(JsonPath::root(), |path, key| path.key(*key))
}

impl Checker {
    fn error(&mut self, path: JsonPath, message: Msg) {
        self.problems
            .push(Problem::error(Location::path(path), message));
    }

    fn warning(&mut self, path: JsonPath, message: Msg) {
        self.problems
            .push(Problem::warning(Location::path(path), message));
    }

    /// What every listed item shares: an id of letters, digits, `-` and `_`, unique in its list, and a
    /// source whose link can be a link.
    fn item<'d>(&mut self, here: Here, id: &'d str, source: &SourceRef, ids: &mut Ids<'d>) {
        self.id(here, id, ids);
        self.source(source, here, &["source", "url"]);
    }

    fn id<'d>(&mut self, here: Here, id: &'d str, ids: &mut Ids<'d>) {
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !well_formed {
            self.error(here.at(&["id"]), Msg::NotAnId(id.to_string()));
        } else if !ids.insert(id) {
            self.error(here.at(&["id"]), Msg::IdTwice(id.to_string()));
        }
    }

    /// A source's link that cannot be a link (`field` is where its `url` is in `here`).
    fn source(&mut self, source: &SourceRef, here: Here, field: &[&'static str]) {
        if source.url.as_deref().is_some_and(|url| !is_http_url(url)) {
            self.warning(here.at(field), Msg::NotALink);
        }
    }

    /// A metric's or a count's scope names a track that exists.
    fn scope(&mut self, scope: &Scope, here: Here, field: &[&'static str], tracks: &Ids) {
        if let Scope::Track(id) = scope {
            if !tracks.contains(id.as_str()) {
                self.error(here.at(field), Msg::NoSuchTrack(id.clone()));
            }
        }
    }

    fn subject(&mut self, subject: &Subject, zones: &dyn Zones) {
        if let Err(e) =
            zones.offset_seconds(&subject.home_zone, crate::calendar::DateTime::UNIX_EPOCH)
        {
            self.error(keys(&["subject", "home_zone"]), Msg::UnknownZone(e.0));
        }
        if !matches!(subject.release, DateValue::Day(_) | DateValue::Instant(_)) {
            self.error(
                keys(&["subject", "release"]),
                Msg::ReleaseNotADay(subject.release.to_string(), subject.release.precision()),
            );
        }
        for (path, text) in [("artist", &subject.artist), ("album", &subject.album)] {
            if text.trim().is_empty() {
                self.error(keys(&["subject", path]), Msg::Empty);
            }
        }
        if subject.sources.is_empty() {
            self.error(keys(&["subject", "sources"]), Msg::NoSource);
        }
        for (index, source) in subject.sources.iter().enumerate() {
            let here = Here {
                list: &["subject", "sources"],
                index,
            };
            self.source(source, here, &["url"]);
        }
    }

    /// The tracks' ids, durations, the lead track and the total length; returns the track ids.
    fn tracks<'d>(&mut self, subject: &'d Subject) -> Ids<'d> {
        let mut ids = Ids::new();
        for (index, track) in subject.tracks.iter().enumerate() {
            let here = Here {
                list: &["subject", "tracks"],
                index,
            };
            self.id(here, &track.id, &mut ids);
            match &track.release {
                Some(d) if track.pre_released && d.earliest_date() > subject.release_date() => self
                    .warning(
                        here.at(&["release"]),
                        Msg::PreReleasedAfter(d.to_string(), subject.release.to_string()),
                    ),
                _ => {}
            }
            if let Some(d) = &track.duration {
                if parse_duration(d).is_none() {
                    self.error(here.at(&["duration"]), Msg::NotADuration(d.clone(), "3:45"));
                }
            }
        }
        if let Some(lead) = &subject.lead_track {
            if !ids.contains(lead.as_str()) {
                self.error(
                    keys(&["subject", "lead_track"]),
                    Msg::NoSuchTrack(lead.clone()),
                );
            }
        }
        if let Some(total) = &subject.total_duration {
            match parse_duration(total) {
                None => self.error(
                    keys(&["subject", "total_duration"]),
                    Msg::NotADuration(total.clone(), "17:36"),
                ),
                Some(total_secs) => {
                    let durations: Option<Vec<u32>> = subject
                        .tracks
                        .iter()
                        .map(|t| t.duration.as_deref().and_then(parse_duration))
                        .collect();
                    let sum = durations
                        .filter(|d| !d.is_empty())
                        .map(|d| d.iter().sum::<u32>());
                    if sum.is_some_and(|sum| sum != total_secs) {
                        self.warning(
                            keys(&["subject", "total_duration"]),
                            Msg::DurationSum(total.clone(), sum.unwrap_or_default()),
                        );
                    }
                }
            }
        }
        ids
    }

    /// Ids, sources, scopes, dates before the release and claims; returns the milestone ids.
    fn milestones<'d>(&mut self, data: &'d Dataset, zones: &dyn Zones, tracks: &Ids) -> Ids<'d> {
        let subject = &data.subject;
        let release = subject.release_date();
        let mut ids = Ids::new();
        for (index, m) in data.milestones.iter().enumerate() {
            let here = Here {
                list: &["milestones"],
                index,
            };
            self.item(here, &m.id, &m.source, &mut ids);
            if let Some(metric) = &m.metric {
                self.scope(&metric.scope, here, &["metric", "scope"], tracks);
            }
            if m.source.date.0 < m.date.earliest_date() {
                self.warning(
                    here.at(&["source", "date"]),
                    Msg::SourceBeforeDate(m.source.date.0.to_string(), m.date.to_string()),
                );
            }
            if m.date.earliest_date() < release && m.date.written_date().is_some() {
                self.warning(
                    here.at(&["date"]),
                    Msg::BeforeRelease(m.date.to_string(), subject.release.to_string()),
                );
            }
            match &m.claim {
                Some(claim) => self.claim(here, &m.date, claim.days, claim.count, subject, zones),
                None if m.dated_by == DatedBy::WorkedOut => {
                    self.warning(here.at(&["dated_by"]), Msg::WorkedOutWithoutClaim)
                }
                None => {}
            }
        }
        ids
    }

    /// A claim counts in the album's home calendar, where the source counted.
    fn claim(
        &mut self,
        here: Here,
        date: &DateValue,
        claimed: i64,
        count: CountMode,
        subject: &Subject,
        zones: &dyn Zones,
    ) {
        match counting_date(date, zones, &subject.home_zone) {
            Ok(Some(reached)) => {
                let computed = count_days(count, subject.release_date(), reached);
                if computed != claimed {
                    self.warning(
                        here.at(&["claim", "days"]),
                        Msg::ClaimDisagrees {
                            claimed,
                            inclusive: count == CountMode::Inclusive,
                            release: subject.release.to_string(),
                            reached: reached.to_string(),
                            computed,
                        },
                    );
                }
            }
            Ok(None) => self.warning(here.at(&["claim"]), Msg::ClaimImprecise(date.precision())),
            Err(_) => {} // already reported on subject.home_zone
        }
    }

    fn comparisons(&mut self, data: &Dataset, milestones: &Ids) {
        let mut ids = Ids::new();
        for (index, c) in data.comparisons.iter().enumerate() {
            let here = Here {
                list: &["comparisons"],
                index,
            };
            self.item(here, &c.id, &c.source, &mut ids);
            if !milestones.contains(c.milestone.as_str()) {
                self.error(
                    here.at(&["milestone"]),
                    Msg::NoSuchMilestone(c.milestone.clone()),
                );
            }
            if c.days < 0 {
                self.error(here.at(&["days"]), Msg::NegativeDays(c.days));
            }
        }
    }

    /// Counts need a day; counts so far only grow, so a smaller one later in the same scope is a typo
    /// or another platform mixed in.
    fn snapshots(&mut self, data: &Dataset, tracks: &Ids) {
        let mut latest: Vec<(&Scope, NaiveDate, u64)> = Vec::new();
        for (index, snap) in data.snapshots.iter().enumerate() {
            let here = Here {
                list: &["snapshots"],
                index,
            };
            self.source(&snap.source, here, &["source", "url"]);
            self.scope(&snap.scope, here, &["scope"], tracks);
            let Some(day) = snap.date.written_date() else {
                self.error(
                    here.at(&["date"]),
                    Msg::CountNeedsDay(snap.date.to_string(), snap.date.precision()),
                );
                continue;
            };
            match latest.iter_mut().find(|(scope, ..)| *scope == &snap.scope) {
                Some((_, before, value)) => {
                    if *before < day {
                        if *value > snap.value {
                            self.warning(
                                here.at(&["value"]),
                                Msg::CountDecreased {
                                    value: snap.value,
                                    day: day.to_string(),
                                    earlier_value: *value,
                                    earlier_day: before.to_string(),
                                },
                            );
                        }
                        (*before, *value) = (day, snap.value);
                    }
                }
                None => latest.push((&snap.scope, day, snap.value)),
            }
        }
    }

    fn events(&mut self, data: &Dataset) {
        let mut ids = Ids::new();
        for (index, e) in data.events.iter().enumerate() {
            let here = Here {
                list: &["events"],
                index,
            };
            self.item(here, &e.id, &e.source, &mut ids);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::{Pos, Syntax};
    use crate::zone::UtcOnly;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let loaded = load("{\n  \"subject\": {,\n}", &UtcOnly);
        assert!(loaded.dataset.is_none());
        assert_eq!(
            loaded.problems[0],
            Problem::error(
                Location::Text(Pos {
                    line: 2,
                    column: 15
                }),
                Msg::Malformed(Syntax::KeyNotString)
            )
        );
    }

    #[test]
    fn an_empty_document_is_a_located_error() {
        let loaded = load("", &UtcOnly);
        assert_eq!(
            loaded.problems[0].location,
            Location::Text(Pos { line: 1, column: 1 })
        );
    }

    #[test]
    fn a_data_block_wrapped_in_a_comment_reads_as_its_json_with_places_kept() {
        assert_eq!(
            without_comment("\n <!--{\"a\": 1}--> ").as_deref(),
            Some("\n     {\"a\": 1}    ")
        );
        assert_eq!(without_comment("{\"a\": \"<!--\"}"), None);
        let loaded = load("<!--{\n  \"subject\": {,\n}-->", &UtcOnly);
        assert_eq!(
            loaded.problems[0].location,
            Location::Text(Pos {
                line: 2,
                column: 15
            })
        );
    }
}
