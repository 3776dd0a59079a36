//! JSON values (`json`) to the dataset's types (`model`): every value that is not what its field takes
//! gets a located problem naming its JSON path, what was found and what the field takes (for a word,
//! every word it takes). Reading goes on past a bad value, with the type's default in its place, so
//! one pass reports every problem; a dataset read with problems is never used (`Reader::failed`).

use crate::date::{CalendarDate, DateValue};
use crate::json::{Json, Member, Value};
use crate::model::{
    Claim, Comparison, Dataset, Event, Metric, Milestone, Scope, Snapshot, SourceRef, Subject,
    Track,
};
use crate::problem::{Expected, Found, Location, Msg, Pos, Problem};
use crate::product::MAX_LISTED_PROBLEMS;
use crate::words::Word;

/// A JSON path, built into text only when a problem needs it.
#[derive(Clone, Copy, Debug)]
pub enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'static str),
    Index(&'p Path<'p>, usize),
}

impl<'p> Path<'p> {
    pub fn key(&'p self, key: &'static str) -> Path<'p> {
        Path::Key(self, key)
    }

    pub fn index(&'p self, index: usize) -> Path<'p> {
        Path::Index(self, index)
    }

    /// `milestones[3].date`; the root is the empty path.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

/// Collects the problems of one reading.
pub struct Reader<'t> {
    text: &'t str,
    problems: Vec<Problem>,
    unlisted: usize,
}

/// An object being read: where it starts and its members.
pub struct Obj<'j, 'a> {
    at: usize,
    members: &'j [Member<'a>],
}

impl<'j, 'a> Obj<'j, 'a> {
    fn get(&self, key: &str) -> Option<&'j Json<'a>> {
        self.members.iter().find(|m| m.key == key).map(|m| &m.value)
    }
}

/// How one value is read: its value, or (with a problem recorded) the type's default.
pub type ReadFn<T> = fn(&mut Reader, &Json, &Path) -> T;

impl<'t> Reader<'t> {
    pub fn new(text: &'t str) -> Reader<'t> {
        Reader {
            text,
            problems: Vec::new(),
            unlisted: 0,
        }
    }

    /// Whether anything was wrong so far.
    pub fn failed(&self) -> bool {
        !self.problems.is_empty()
    }

    /// The problems, the unlisted ones counted in a last line.
    pub fn finish(mut self) -> Vec<Problem> {
        if self.unlisted > 0 {
            self.problems.push(Problem::error(
                Location::path(""),
                Msg::MoreProblems(self.unlisted),
            ));
        }
        self.problems
    }

    pub fn fail(&mut self, at: usize, path: &Path, message: Msg) {
        self.fail_at(at, path.render(), message);
    }

    fn fail_at(&mut self, at: usize, path: String, message: Msg) {
        if self.problems.len() >= MAX_LISTED_PROBLEMS {
            self.unlisted += 1;
            return;
        }
        self.problems.push(Problem::error(
            Location::Path {
                path,
                pos: Some(Pos::of(self.text, at)),
            },
            message,
        ));
    }

    fn wrong_type<T: Default>(&mut self, v: &Json, path: &Path, expected: Expected) -> T {
        self.fail(
            v.at,
            path,
            Msg::WrongType {
                found: found(v),
                expected,
            },
        );
        T::default()
    }

    fn wrong_value<T: Default>(&mut self, v: &Json, path: &Path, expected: Expected) -> T {
        self.fail(
            v.at,
            path,
            Msg::WrongValue {
                found: found(v),
                expected,
            },
        );
        T::default()
    }

    /// An object that takes the fields `fields`: any other field, and any field given twice, is a problem.
    pub fn object<'j, 'a>(
        &mut self,
        v: &'j Json<'a>,
        path: &Path,
        fields: &'static [&'static str],
    ) -> Option<Obj<'j, 'a>> {
        let Value::Object(members) = &v.value else {
            self.fail(
                v.at,
                path,
                Msg::WrongType {
                    found: found(v),
                    expected: Expected::Object,
                },
            );
            return None;
        };
        for (i, m) in members.iter().enumerate() {
            // Located at the key itself, named by the path to it.
            let here = || {
                let parent = path.render();
                if parent.is_empty() {
                    m.key.to_string()
                } else {
                    format!("{parent}.{}", m.key)
                }
            };
            if !fields.contains(&m.key.as_ref()) {
                let message = Msg::UnknownField {
                    field: m.key.to_string(),
                    allowed: fields,
                };
                self.fail_at(m.at, here(), message);
            } else if members[..i].iter().any(|earlier| earlier.key == m.key) {
                self.fail_at(m.at, here(), Msg::DuplicateField(m.key.to_string()));
            }
        }
        Some(Obj { at: v.at, members })
    }

    /// A field that must be there.
    pub fn field<T: Default>(
        &mut self,
        o: &Obj,
        path: &Path,
        key: &'static str,
        read: ReadFn<T>,
    ) -> T {
        match o.get(key) {
            Some(v) => read(self, v, &path.key(key)),
            None => {
                self.fail(o.at, path, Msg::MissingField(key));
                T::default()
            }
        }
    }

    /// A field that may be left out (or be `null`): `None` then.
    pub fn optional<T: Default>(
        &mut self,
        o: &Obj,
        path: &Path,
        key: &'static str,
        read: ReadFn<T>,
    ) -> Option<T> {
        match o.get(key) {
            None
            | Some(Json {
                value: Value::Null, ..
            }) => None,
            Some(v) => Some(read(self, v, &path.key(key))),
        }
    }

    /// A field that may be left out, for its default then.
    pub fn or_default<T: Default>(
        &mut self,
        o: &Obj,
        path: &Path,
        key: &'static str,
        read: ReadFn<T>,
    ) -> T {
        match o.get(key) {
            None => T::default(),
            Some(v) => read(self, v, &path.key(key)),
        }
    }

    /// A list field that may be left out (empty then), each item read by `item`.
    pub fn items<T>(&mut self, o: &Obj, path: &Path, key: &'static str, item: ReadFn<T>) -> Vec<T> {
        match o.get(key) {
            None => Vec::new(),
            Some(v) => self.list(v, &path.key(key), item),
        }
    }

    pub fn list<T>(&mut self, v: &Json, path: &Path, item: ReadFn<T>) -> Vec<T> {
        let Value::List(values) = &v.value else {
            self.fail(
                v.at,
                path,
                Msg::WrongType {
                    found: found(v),
                    expected: Expected::List,
                },
            );
            return Vec::new();
        };
        values
            .iter()
            .enumerate()
            .map(|(i, value)| item(self, value, &path.index(i)))
            .collect()
    }
}

/// What a value is, for a problem: scalars as written (a long string cut short).
fn found(v: &Json) -> Found {
    match &v.value {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::Text(t) => Found::Text(match t.char_indices().nth(SHOWN_CHARS) {
            Some((cut, _)) => format!("{}…", &t[..cut]),
            None => t.to_string(),
        }),
        Value::List(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

/// How much of a wrong string a problem shows.
const SHOWN_CHARS: usize = 40;

pub fn text(r: &mut Reader, v: &Json, path: &Path) -> String {
    match &v.value {
        Value::Text(t) => t.to_string(),
        _ => r.wrong_type(v, path, Expected::Text),
    }
}

/// A number as written, when it is a whole number (no fraction, no exponent).
fn whole<'v>(r: &mut Reader, v: &'v Json, path: &Path, expected: Expected) -> Option<&'v str> {
    match &v.value {
        Value::Number(n) if !n.contains(['.', 'e', 'E']) => Some(n),
        Value::Number(_) => r.wrong_value(v, path, expected),
        _ => r.wrong_type(v, path, expected),
    }
}

pub fn whole_u64(r: &mut Reader, v: &Json, path: &Path) -> u64 {
    let Some(n) = whole(r, v, path, Expected::WholeNonNegative) else {
        return 0;
    };
    match n.parse() {
        Ok(value) => value,
        Err(_) if n.starts_with('-') => r.wrong_value(v, path, Expected::WholeNonNegative),
        Err(_) => r.wrong_value(v, path, Expected::WholeUpTo(u64::MAX)),
    }
}

pub fn whole_u32(r: &mut Reader, v: &Json, path: &Path) -> u32 {
    let Some(n) = whole(r, v, path, Expected::WholeNonNegative) else {
        return 0;
    };
    match n.parse() {
        Ok(value) => value,
        Err(_) if n.starts_with('-') => r.wrong_value(v, path, Expected::WholeNonNegative),
        Err(_) => r.wrong_value(v, path, Expected::WholeUpTo(u64::from(u32::MAX))),
    }
}

pub fn whole_i64(r: &mut Reader, v: &Json, path: &Path) -> i64 {
    let Some(n) = whole(r, v, path, Expected::Whole) else {
        return 0;
    };
    match n.parse() {
        Ok(value) => value,
        Err(_) => r.wrong_value(v, path, Expected::Whole),
    }
}

pub fn boolean(r: &mut Reader, v: &Json, path: &Path) -> bool {
    match &v.value {
        Value::Bool(b) => *b,
        _ => r.wrong_type(v, path, Expected::Bool),
    }
}

pub fn date(r: &mut Reader, v: &Json, path: &Path) -> DateValue {
    match &v.value {
        Value::Text(t) => DateValue::parse(t).unwrap_or_else(|e| {
            r.fail(v.at, path, Msg::Date(e));
            DateValue::default()
        }),
        _ => r.wrong_type(v, path, Expected::Date),
    }
}

pub fn calendar_date(r: &mut Reader, v: &Json, path: &Path) -> CalendarDate {
    match &v.value {
        Value::Text(t) => CalendarDate::parse(t).unwrap_or_else(|e| {
            r.fail(v.at, path, Msg::Date(e));
            CalendarDate::default()
        }),
        _ => r.wrong_type(v, path, Expected::Date),
    }
}

/// One of an enum's words; any other string names the words it takes, any other type too.
pub fn word<W: Word + Default>(r: &mut Reader, v: &Json, path: &Path) -> W {
    match &v.value {
        Value::Text(t) => W::from_word(t).unwrap_or_else(|| {
            r.fail(
                v.at,
                path,
                Msg::UnknownWord {
                    word: t.to_string(),
                    allowed: W::WORDS,
                },
            );
            W::default()
        }),
        _ => r.wrong_type(v, path, Expected::OneOf(W::WORDS)),
    }
}

pub fn scope(r: &mut Reader, v: &Json, path: &Path) -> Scope {
    match &v.value {
        Value::Text(t) => Scope::parse(t).unwrap_or_else(|| {
            r.fail(v.at, path, Msg::NotAScope(t.to_string()));
            Scope::default()
        }),
        _ => r.wrong_type(v, path, Expected::Scope),
    }
}

/// The whole document.
pub fn dataset(r: &mut Reader, v: &Json) -> Dataset {
    let path = Path::Root;
    let Some(o) = r.object(
        v,
        &path,
        &[
            "subject",
            "milestones",
            "comparisons",
            "events",
            "snapshots",
        ],
    ) else {
        return Default::default();
    };
    let subject = r.field(&o, &path, "subject", subject);
    let milestones = r.items(&o, &path, "milestones", milestone);
    let comparisons = r.items(&o, &path, "comparisons", comparison);
    let events = r.items(&o, &path, "events", event);
    let snapshots = r.items(&o, &path, "snapshots", snapshot);
    Dataset {
        subject,
        milestones,
        comparisons,
        events,
        snapshots,
    }
}

fn subject(r: &mut Reader, v: &Json, path: &Path) -> Subject {
    let Some(o) = r.object(
        v,
        path,
        &[
            "artist",
            "album",
            "home_zone",
            "release",
            "tracks",
            "genres",
            "lead_track",
            "total_duration",
            "music_videos",
            "note",
            "sources",
        ],
    ) else {
        return Default::default();
    };
    let artist = r.field(&o, path, "artist", text);
    let album = r.field(&o, path, "album", text);
    let home_zone = r.field(&o, path, "home_zone", text);
    let release = r.field(&o, path, "release", date);
    let tracks = r.items(&o, path, "tracks", track);
    let genres = r.items(&o, path, "genres", text);
    let lead_track = r.optional(&o, path, "lead_track", text);
    let total_duration = r.optional(&o, path, "total_duration", text);
    let music_videos = r.optional(&o, path, "music_videos", whole_u32);
    let note = r.optional(&o, path, "note", text);
    let sources = r.field(&o, path, "sources", |r, v, p| r.list(v, p, source));
    Subject {
        artist,
        album,
        home_zone,
        release,
        tracks,
        genres,
        lead_track,
        total_duration,
        music_videos,
        note,
        sources,
    }
}

fn track(r: &mut Reader, v: &Json, path: &Path) -> Track {
    let Some(o) = r.object(
        v,
        path,
        &["id", "title", "duration", "release", "pre_released"],
    ) else {
        return Default::default();
    };
    let id = r.field(&o, path, "id", text);
    let title = r.field(&o, path, "title", text);
    let duration = r.optional(&o, path, "duration", text);
    let release = r.optional(&o, path, "release", date);
    let pre_released = r.or_default(&o, path, "pre_released", boolean);
    Track {
        id,
        title,
        duration,
        release,
        pre_released,
    }
}

fn milestone(r: &mut Reader, v: &Json, path: &Path) -> Milestone {
    let Some(o) = r.object(
        v,
        path,
        &[
            "id", "date", "dated_by", "kind", "title", "metric", "record", "claim", "note",
            "source",
        ],
    ) else {
        return Default::default();
    };
    let id = r.field(&o, path, "id", text);
    let date = r.field(&o, path, "date", date);
    let dated_by = r.or_default(&o, path, "dated_by", word);
    let kind = r.field(&o, path, "kind", word);
    let title = r.field(&o, path, "title", text);
    let metric = r.optional(&o, path, "metric", metric);
    let record = r.optional(&o, path, "record", text);
    let claim = r.optional(&o, path, "claim", claim);
    let note = r.optional(&o, path, "note", text);
    let source = r.field(&o, path, "source", source);
    Milestone {
        id,
        date,
        dated_by,
        kind,
        title,
        metric,
        record,
        claim,
        note,
        source,
    }
}

fn metric(r: &mut Reader, v: &Json, path: &Path) -> Metric {
    let Some(o) = r.object(v, path, &["platform", "measure", "value", "scope"]) else {
        return Default::default();
    };
    let platform = r.optional(&o, path, "platform", text);
    let measure = r.field(&o, path, "measure", text);
    let value = r.field(&o, path, "value", whole_u64);
    let scope = r.field(&o, path, "scope", scope);
    Metric {
        platform,
        measure,
        value,
        scope,
    }
}

fn claim(r: &mut Reader, v: &Json, path: &Path) -> Claim {
    let Some(o) = r.object(v, path, &["text", "days", "count"]) else {
        return Default::default();
    };
    let text = r.field(&o, path, "text", text);
    let days = r.field(&o, path, "days", whole_i64);
    let count = r.field(&o, path, "count", word);
    Claim { text, days, count }
}

fn comparison(r: &mut Reader, v: &Json, path: &Path) -> Comparison {
    let Some(o) = r.object(
        v,
        path,
        &["id", "milestone", "album", "artist", "days", "source"],
    ) else {
        return Default::default();
    };
    let id = r.field(&o, path, "id", text);
    let milestone = r.field(&o, path, "milestone", text);
    let album = r.field(&o, path, "album", text);
    let artist = r.optional(&o, path, "artist", text);
    let days = r.field(&o, path, "days", whole_i64);
    let source = r.field(&o, path, "source", source);
    Comparison {
        id,
        milestone,
        album,
        artist,
        days,
        source,
    }
}

fn event(r: &mut Reader, v: &Json, path: &Path) -> Event {
    let Some(o) = r.object(
        v,
        path,
        &[
            "id", "date", "dated_by", "expected", "kind", "title", "detail", "source",
        ],
    ) else {
        return Default::default();
    };
    let id = r.field(&o, path, "id", text);
    let date = r.field(&o, path, "date", date);
    let dated_by = r.or_default(&o, path, "dated_by", word);
    let expected = r.or_default(&o, path, "expected", boolean);
    let kind = r.field(&o, path, "kind", word);
    let title = r.field(&o, path, "title", text);
    let detail = r.optional(&o, path, "detail", text);
    let source = r.field(&o, path, "source", source);
    Event {
        id,
        date,
        dated_by,
        expected,
        kind,
        title,
        detail,
        source,
    }
}

fn snapshot(r: &mut Reader, v: &Json, path: &Path) -> Snapshot {
    let Some(o) = r.object(
        v,
        path,
        &[
            "date", "dated_by", "scope", "platform", "measure", "value", "note", "source",
        ],
    ) else {
        return Default::default();
    };
    let date = r.field(&o, path, "date", date);
    let dated_by = r.or_default(&o, path, "dated_by", word);
    let scope = r.field(&o, path, "scope", scope);
    let platform = r.optional(&o, path, "platform", text);
    let measure = r.field(&o, path, "measure", text);
    let value = r.field(&o, path, "value", whole_u64);
    let note = r.optional(&o, path, "note", text);
    let source = r.field(&o, path, "source", source);
    Snapshot {
        date,
        dated_by,
        scope,
        platform,
        measure,
        value,
        note,
        source,
    }
}

fn source(r: &mut Reader, v: &Json, path: &Path) -> SourceRef {
    let Some(o) = r.object(v, path, &["publication", "date", "url", "via"]) else {
        return Default::default();
    };
    let publication = r.field(&o, path, "publication", text);
    let date = r.field(&o, path, "date", calendar_date);
    let url = r.optional(&o, path, "url", text);
    let via = r.optional(&o, path, "via", text);
    SourceRef {
        publication,
        date,
        url,
        via,
    }
}
