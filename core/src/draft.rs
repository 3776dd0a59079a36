//! The editor's draft of a dataset: the data format as a description (`Shape`s of `Field`s), a draft
//! that holds every field as the author typed it (so a half-typed date or a word in a number field is
//! kept, exported, and reported by the widget's own checks where it is), reading a dataset file into a
//! draft, and writing a draft as the dataset file. Pure: the editor (`src/editor`) draws the form from
//! the shapes, and `validate::load` checks what `to_json` writes.
//!
//! Reading then writing a dataset gives the same data: every field of the format has its place here
//! (`tests/draft.rs` checks it with the Layover and the sample datasets). A key that is not part of the
//! format is left out and reported.

use crate::days::CountMode;
use crate::json::{quote, Raw, Value as JsonValue};
use crate::model::{DatedBy, EventKind, MilestoneKind};
use crate::problem::{JsonPath, Location, Msg, Problem, Step};
use crate::read::syntax_problem;
use crate::words::Word;

/// What a field holds, and so which control edits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Text that may run long (a note, a record, a claim).
    Long,
    /// A date (`2023-09-08`), an instant, a month or a year, as the format takes them.
    Date,
    /// A whole number, written as a JSON number.
    Number,
    /// An IANA time zone name.
    Zone,
    /// One of these words.
    Words(&'static [&'static str]),
    /// true or false (or absent).
    Check,
    /// A list of strings, one per line.
    Lines,
    /// An object of this shape (absent when all its fields are empty).
    Object(&'static Shape),
    /// A list of objects of this shape.
    Rows(&'static Shape),
}

/// A field of an object: its key in the file and what it holds. `required` fields are marked so in the
/// form; the widget's own checks report them when missing.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
}

/// An object of the format: its name (`subject`, `milestone`...) and its fields in the file's order.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    pub name: &'static str,
    pub fields: &'static [Field],
    /// The field a row's automatic `id` is made from, when the author leaves `id` empty.
    pub id_from: Option<&'static str>,
}

const fn field(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        required: false,
    }
}

const fn needed(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        required: true,
    }
}

pub static SOURCE: Shape = Shape {
    name: "source",
    fields: &[
        needed("publication", Kind::Text),
        needed("date", Kind::Date),
        field("url", Kind::Text),
        field("via", Kind::Text),
    ],
    id_from: None,
};

pub static TRACK: Shape = Shape {
    name: "track",
    fields: &[
        field("id", Kind::Text),
        needed("title", Kind::Text),
        field("duration", Kind::Text),
        field("release", Kind::Date),
        field("pre_released", Kind::Check),
    ],
    id_from: Some("title"),
};

pub static SUBJECT: Shape = Shape {
    name: "subject",
    fields: &[
        needed("artist", Kind::Text),
        needed("album", Kind::Text),
        needed("home_zone", Kind::Zone),
        needed("release", Kind::Date),
        field("tracks", Kind::Rows(&TRACK)),
        field("genres", Kind::Lines),
        field("lead_track", Kind::Text),
        field("total_duration", Kind::Text),
        field("music_videos", Kind::Number),
        field("note", Kind::Long),
        needed("sources", Kind::Rows(&SOURCE)),
    ],
    id_from: None,
};

pub static METRIC: Shape = Shape {
    name: "metric",
    fields: &[
        field("platform", Kind::Text),
        needed("measure", Kind::Text),
        needed("value", Kind::Number),
        needed("scope", Kind::Text),
    ],
    id_from: None,
};

pub static CLAIM: Shape = Shape {
    name: "claim",
    fields: &[
        needed("text", Kind::Long),
        needed("days", Kind::Number),
        needed("count", Kind::Words(CountMode::WORDS)),
    ],
    id_from: None,
};

pub static MILESTONE: Shape = Shape {
    name: "milestone",
    fields: &[
        field("id", Kind::Text),
        needed("date", Kind::Date),
        field("dated_by", Kind::Words(DatedBy::WORDS)),
        needed("kind", Kind::Words(MilestoneKind::WORDS)),
        needed("title", Kind::Text),
        field("metric", Kind::Object(&METRIC)),
        field("record", Kind::Long),
        field("claim", Kind::Object(&CLAIM)),
        field("note", Kind::Long),
        needed("source", Kind::Object(&SOURCE)),
    ],
    id_from: Some("title"),
};

pub static COMPARISON: Shape = Shape {
    name: "comparison",
    fields: &[
        field("id", Kind::Text),
        needed("milestone", Kind::Text),
        needed("album", Kind::Text),
        field("artist", Kind::Text),
        needed("days", Kind::Number),
        needed("source", Kind::Object(&SOURCE)),
    ],
    id_from: Some("album"),
};

pub static EVENT: Shape = Shape {
    name: "event",
    fields: &[
        field("id", Kind::Text),
        needed("date", Kind::Date),
        field("dated_by", Kind::Words(DatedBy::WORDS)),
        field("expected", Kind::Check),
        needed("kind", Kind::Words(EventKind::WORDS)),
        needed("title", Kind::Text),
        field("detail", Kind::Long),
        needed("source", Kind::Object(&SOURCE)),
    ],
    id_from: Some("title"),
};

pub static SNAPSHOT: Shape = Shape {
    name: "snapshot",
    fields: &[
        needed("date", Kind::Date),
        field("dated_by", Kind::Words(DatedBy::WORDS)),
        needed("scope", Kind::Text),
        field("platform", Kind::Text),
        needed("measure", Kind::Text),
        needed("value", Kind::Number),
        field("note", Kind::Long),
        needed("source", Kind::Object(&SOURCE)),
    ],
    id_from: None,
};

/// The whole dataset.
pub static DATASET: Shape = Shape {
    name: "dataset",
    fields: &[
        needed("subject", Kind::Object(&SUBJECT)),
        field("milestones", Kind::Rows(&MILESTONE)),
        field("comparisons", Kind::Rows(&COMPARISON)),
        field("events", Kind::Rows(&EVENT)),
        field("snapshots", Kind::Rows(&SNAPSHOT)),
    ],
    id_from: None,
};

/// A field's value in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Text, words, dates, numbers and lines, as typed (empty: absent).
    Text(String),
    /// `Some` when the file says true or false.
    Check(Option<bool>),
    Object(Object),
    Rows(Vec<Object>),
    /// A value of the wrong type in an imported file (`"tracks": "three"`), kept as its JSON text and
    /// written back as it was, so the widget's checks report it at its place until the author clears it.
    Wrong(String),
}

/// An empty value of `kind`.
pub fn empty_value(kind: Kind) -> Value {
    match kind {
        Kind::Check => Value::Check(None),
        Kind::Object(inner) => Value::Object(Object::empty(inner)),
        Kind::Rows(_) => Value::Rows(Vec::new()),
        _ => Value::Text(String::new()),
    }
}

/// An object's values, one per field of its shape, in the shape's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Object(pub Vec<Value>);

impl Object {
    /// Every field empty.
    pub fn empty(shape: &Shape) -> Object {
        Object(shape.fields.iter().map(|f| empty_value(f.kind)).collect())
    }

    /// A new row of `shape`: empty, but for its own required words, which start at their first word
    /// (a milestone's kind is `streaming` until the author picks another).
    pub fn row(shape: &Shape) -> Object {
        let mut row = Object::empty(shape);
        for (field, value) in shape.fields.iter().zip(&mut row.0) {
            if let (Kind::Words(words), true) = (field.kind, field.required) {
                *value = Value::Text(words.first().copied().unwrap_or_default().to_string());
            }
        }
        row
    }

    /// The text of field `key` (empty where it is not text).
    pub fn text(&self, shape: &Shape, key: &str) -> &str {
        match shape
            .fields
            .iter()
            .position(|f| f.key == key)
            .and_then(|i| self.0.get(i))
        {
            Some(Value::Text(t)) => t,
            _ => "",
        }
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|v| match v {
            Value::Text(t) => t.trim().is_empty(),
            Value::Check(c) => c.is_none(),
            Value::Object(o) => o.is_empty(),
            Value::Rows(rows) => rows.is_empty(),
            Value::Wrong(_) => false,
        })
    }
}

/// A new draft: an empty dataset, its home zone `zone` (the author's own), one empty source.
pub fn blank(zone: &str) -> Object {
    let mut draft = Object::empty(&DATASET);
    if let Some(Value::Object(subject)) = draft.0.get_mut(0) {
        subject.0[2] = Value::Text(zone.to_string());
        subject.0[10] = Value::Rows(vec![Object::empty(&SOURCE)]);
    }
    draft
}

/// A change the author makes. A path leads from the dataset to a value: a field's index in its
/// object's shape, and after a list of rows, a row's index (`[1, 0, 4]`: the first milestone's title).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The text of a text, date, number, words, zone or lines field.
    Set(Vec<usize>, String),
    /// A true/false field, ticked or not.
    Tick(Vec<usize>, bool),
    /// An empty row of `shape` at the end of the list at the path.
    Add(Vec<usize>, &'static Shape),
    /// Row `n` of the list at the path, gone.
    Remove(Vec<usize>, usize),
    /// Row `from` of the list at the path, moved to `to`.
    Move(Vec<usize>, usize, usize),
    /// Another draft altogether (imported, or started over).
    Replace(Object),
    /// The value at the path, replaced (a wrong-typed value cleared to its kind's empty value).
    Reset(Vec<usize>, Value),
}

fn value_mut<'a>(object: &'a mut Object, path: &[usize]) -> Option<&'a mut Value> {
    let (first, rest) = path.split_first()?;
    let value = object.0.get_mut(*first)?;
    match (rest.split_first(), value) {
        (None, value) => Some(value),
        (Some(_), Value::Object(inner)) => value_mut(inner, rest),
        (Some((row, rest)), Value::Rows(rows)) => value_mut(rows.get_mut(*row)?, rest),
        _ => None,
    }
}

/// Makes the change; a path that leads nowhere changes nothing.
pub fn apply(draft: &mut Object, action: Action) {
    match action {
        Action::Replace(other) => *draft = other,
        Action::Reset(path, value) => {
            if let Some(at) = value_mut(draft, &path) {
                *at = value;
            }
        }
        Action::Set(path, text) => {
            if let Some(Value::Text(t)) = value_mut(draft, &path) {
                *t = text;
            }
        }
        Action::Tick(path, ticked) => {
            if let Some(Value::Check(c)) = value_mut(draft, &path) {
                *c = Some(ticked);
            }
        }
        Action::Add(path, shape) => {
            if let Some(Value::Rows(rows)) = value_mut(draft, &path) {
                rows.push(Object::row(shape));
            }
        }
        Action::Remove(path, n) => {
            if let Some(Value::Rows(rows)) = value_mut(draft, &path) {
                if n < rows.len() {
                    rows.remove(n);
                }
            }
        }
        Action::Move(path, from, to) => {
            if let Some(Value::Rows(rows)) = value_mut(draft, &path) {
                if from < rows.len() && to < rows.len() {
                    let row = rows.remove(from);
                    rows.insert(to, row);
                }
            }
        }
    }
}

/// What reading a file gave: the draft, and the keys that are not part of the format (left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    pub draft: Object,
    /// Their JSON paths (`milestones[2].colour`).
    pub left_out: Vec<String>,
}

/// Reads a dataset file into a draft. A syntax error is located by line and column.
/// The problem is boxed: it is large and rare, and the result travels on every import.
pub fn read(text: &str) -> Result<Read, Box<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = Raw::parse(text).map_err(|e| Box::new(syntax_problem(text, &e)))?;
    // A file that is not an object (`[1, 2, 3]`, `null`, a number) is no dataset: nothing of it is read.
    if let Some(found) = not_an_object(root.value()) {
        return Err(Box::new(Problem::error(
            Location::Path {
                path: JsonPath::root(),
                pos: None,
            },
            Msg::WrongType {
                found,
                expected: crate::problem::Expected::Object,
            },
        )));
    }
    let mut left_out = Vec::new();
    let draft = object(&DATASET, root, &JsonPath::root(), &mut left_out);
    let left_out = left_out
        .iter()
        .map(|path: &JsonPath| {
            if path.is_root() {
                "(top level)".to_string()
            } else {
                path.to_string()
            }
        })
        .collect();
    Ok(Read { draft, left_out })
}

/// What a document is when it is not an object.
fn not_an_object(value: JsonValue) -> Option<crate::problem::Found> {
    use crate::problem::Found;
    Some(match value {
        JsonValue::Object(_) => return None,
        JsonValue::Null => Found::Null,
        JsonValue::Bool(b) => Found::Bool(b),
        JsonValue::Number(n) => Found::Number(n.to_string()),
        JsonValue::Text(t) => Found::Text(t.chars().take(40).collect()),
        JsonValue::List(_) => Found::List,
    })
}

/// Whether the author has typed nothing worth keeping: every field empty but the home zone a new
/// draft starts with, and rows that are themselves empty (a new draft's one empty source).
pub fn is_untouched(draft: &Object) -> bool {
    fn empty(object: &Object) -> bool {
        object.0.iter().all(|v| match v {
            Value::Text(t) => t.trim().is_empty(),
            Value::Check(c) => c.is_none(),
            Value::Object(o) => empty(o),
            Value::Rows(rows) => rows.iter().all(empty),
            Value::Wrong(_) => false,
        })
    }
    let mut draft = draft.clone();
    if let Some(Value::Object(subject)) = draft.0.get_mut(0) {
        subject.0[2] = Value::Text(String::new());
    }
    empty(&draft)
}

fn object(shape: &Shape, raw: Raw, path: &JsonPath, left_out: &mut Vec<JsonPath>) -> Object {
    let mut out = Object::empty(shape);
    let tree = raw.value();
    let JsonValue::Object(members) = tree else {
        if tree != JsonValue::Null {
            left_out.push(path.clone());
        }
        return out;
    };
    for (key, value) in members {
        let key = key.text().unwrap_or_default();
        let here = path.clone().key(key.to_string());
        let Some(i) = shape.fields.iter().position(|f| f.key == key) else {
            left_out.push(here);
            continue;
        };
        out.0[i] = self::value(shape.fields[i].kind, value, &here, left_out);
    }
    out
}

fn value(kind: Kind, raw: Raw, path: &JsonPath, left_out: &mut Vec<JsonPath>) -> Value {
    match (kind, raw.value()) {
        (_, JsonValue::Null) => empty_value(kind),
        (Kind::Object(shape), JsonValue::Object(_)) => {
            Value::Object(object(shape, raw, path, left_out))
        }
        (Kind::Rows(shape), JsonValue::List(items)) => Value::Rows(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| object(shape, item, &path.clone().index(i), left_out))
                .collect(),
        ),
        (Kind::Check, JsonValue::Bool(b)) => Value::Check(Some(b)),
        (Kind::Lines, JsonValue::List(items)) => {
            let lines: Option<Vec<String>> = items.iter().map(|i| scalar(i.value())).collect();
            lines.map_or_else(
                || Value::Wrong(raw.0.to_string()),
                |l| Value::Text(l.join("\n")),
            )
        }
        (Kind::Object(_) | Kind::Rows(_) | Kind::Check | Kind::Lines, _) => {
            Value::Wrong(raw.0.to_string())
        }
        (_, tree) => scalar(tree).map_or_else(|| Value::Wrong(raw.0.to_string()), Value::Text),
    }
}

/// A string, a number as written, or true/false, as text; `None` for a list or an object.
fn scalar(tree: JsonValue) -> Option<String> {
    match tree {
        JsonValue::Null => Some(String::new()),
        JsonValue::Bool(b) => Some(b.to_string()),
        JsonValue::Number(n) => Some(n.to_string()),
        JsonValue::Text(t) => Some(t.into_owned()),
        JsonValue::List(_) | JsonValue::Object(_) => None,
    }
}

/// A row's id when the author left it empty: its `id_from` field in lower-case ASCII words joined by
/// `-` (`"Love Me Again"` -> `love-me-again`), else the shape's name and the row's number.
pub fn automatic_id(shape: &Shape, row: &Object, index: usize) -> String {
    let from = shape.id_from.map_or("", |key| row.text(shape, key));
    let words: Vec<String> = from
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        format!("{}-{}", shape.name, index + 1)
    } else {
        words.join("-")
    }
}

/// What `to_json` writes for an `id` the author left empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ids {
    /// The row's automatic id (`automatic_id`, unique in its list): the dataset file.
    Automatic,
    /// Nothing, as typed: the editor's own copy of the draft, so an id stays automatic.
    AsTyped,
}

/// The draft as a dataset file: two-space indented JSON, fields in the format's order, empty fields
/// left out, a number field that is not a JSON number written as a string (so the widget's checks name
/// it), and an empty `id` as `ids` says.
pub fn to_json(draft: &Object, ids: Ids) -> String {
    let mut out = String::new();
    write_object(&mut out, &DATASET, draft, 0, ids);
    out.push('\n');
    out
}

fn indent(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_object(out: &mut String, shape: &Shape, object: &Object, depth: usize, ids: Ids) {
    out.push('{');
    let mut first = true;
    for (field, value) in shape.fields.iter().zip(&object.0) {
        let mut member = |out: &mut String, write: &dyn Fn(&mut String)| {
            if !first {
                out.push(',');
            }
            first = false;
            indent(out, depth + 1);
            out.push_str(&quote(field.key));
            out.push_str(": ");
            write(out);
        };
        match value {
            Value::Text(t) if t.trim().is_empty() => {}
            Value::Text(t) => match field.kind {
                Kind::Number if is_json_number(t.trim()) => {
                    member(out, &|out| out.push_str(t.trim()))
                }
                Kind::Number if amount(t).is_some() => {
                    let n = amount(t).unwrap_or_default().to_string();
                    member(out, &|out| out.push_str(&n))
                }
                Kind::Lines => {
                    let lines: Vec<String> = t
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(quote)
                        .collect();
                    member(out, &|out| {
                        out.push('[');
                        out.push_str(&lines.join(", "));
                        out.push(']');
                    });
                }
                _ => member(out, &|out| out.push_str(&quote(t))),
            },
            Value::Check(Some(b)) => {
                member(out, &|out| out.push_str(if *b { "true" } else { "false" }))
            }
            Value::Check(None) => {}
            Value::Object(inner) if inner.is_empty() => {}
            Value::Object(inner) => {
                let Kind::Object(inner_shape) = field.kind else {
                    continue;
                };
                member(out, &|out| {
                    write_object(out, inner_shape, inner, depth + 1, ids)
                });
            }
            Value::Wrong(raw) => member(out, &|out| out.push_str(raw)),
            Value::Rows(rows) if rows.is_empty() => {}
            Value::Rows(rows) => {
                let Kind::Rows(row_shape) = field.kind else {
                    continue;
                };
                let automatic = match ids {
                    Ids::Automatic => unique_ids(row_shape, rows),
                    Ids::AsTyped => vec![None; rows.len()],
                };
                member(out, &|out| {
                    out.push('[');
                    for (i, row) in rows.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        indent(out, depth + 2);
                        let mut row = row.clone();
                        let id_field = row_shape.fields.iter().position(|f| f.key == "id");
                        if let (Some(id), Some(at)) = (&automatic[i], id_field) {
                            row.0[at] = Value::Text(id.clone());
                        }
                        write_object(out, row_shape, &row, depth + 2, ids);
                    }
                    indent(out, depth + 1);
                    out.push(']');
                });
            }
        }
    }
    if !first {
        indent(out, depth);
    }
    out.push('}');
}

/// The automatic ids of `rows` (`None` where the author wrote one), made unique against every id in
/// the list (`title`, `title-2`, ...).
fn unique_ids(shape: &Shape, rows: &[Object]) -> Vec<Option<String>> {
    if shape.id_from.is_none() {
        return vec![None; rows.len()];
    }
    let written: Vec<&str> = rows.iter().map(|r| r.text(shape, "id").trim()).collect();
    let mut taken: Vec<String> = written
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| w.to_string())
        .collect();
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            if !written[i].is_empty() {
                return None;
            }
            let base = automatic_id(shape, row, i);
            let mut id = base.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            taken.push(id.clone());
            Some(id)
        })
        .collect()
}

/// A whole amount as people write it, where that is unambiguous: `100000000`, `100,000,000` (commas
/// between groups of three), `100M`, `1.2B`, `3.5K` (thousand, million, billion, either case), and the
/// Korean `6억`, `3000만`. `None` for anything else, or a fraction of one (`1.2345678M`).
pub fn amount(text: &str) -> Option<u64> {
    let text = text.trim();
    let (figure, scale): (&str, u64) = match text.char_indices().last()? {
        (i, 'k' | 'K') => (&text[..i], 1_000),
        (i, 'm' | 'M') => (&text[..i], 1_000_000),
        (i, 'b' | 'B') => (&text[..i], 1_000_000_000),
        (i, '만') => (&text[..i], 10_000),
        (i, '억') => (&text[..i], 100_000_000),
        _ => (text, 1),
    };
    let figure = figure.trim_end();
    let (whole, fraction) = figure.split_once('.').unwrap_or((figure, ""));
    if fraction.len() > 9 || (scale == 1 && figure.contains('.')) {
        return None;
    }
    let whole = grouped_digits(whole)?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let exact = (fraction.parse::<u64>().unwrap_or(0) as u128) * scale as u128;
    let ten = 10u128.pow(fraction.len() as u32);
    if !exact.is_multiple_of(ten) {
        return None;
    }
    (whole as u128 * scale as u128 + exact / ten)
        .try_into()
        .ok()
}

/// Digits, alone or with commas between groups of three (`1,234,567`).
fn grouped_digits(text: &str) -> Option<u64> {
    let groups: Vec<&str> = text.split(',').collect();
    let well_grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits: String = groups.concat();
    if !well_grouped || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A JSON number token (`12`, `-1.5e3`).
fn is_json_number(text: &str) -> bool {
    matches!(Raw::parse(text).map(Raw::value), Ok(JsonValue::Number(_)))
}

/// Every required field the draft leaves empty, as the widget's checks say it ("missing field"), all
/// at once: the reader stops an object at its first missing field, the editor lists them all. An
/// optional object left empty needs nothing inside it; a required one left empty is itself missing.
pub fn missing(draft: &Object) -> Vec<Problem> {
    let mut found = Vec::new();
    missing_in(&DATASET, draft, &JsonPath::root(), &mut found);
    found
}

fn missing_in(shape: &Shape, object: &Object, path: &JsonPath, found: &mut Vec<Problem>) {
    for (field, value) in shape.fields.iter().zip(&object.0) {
        let empty = match value {
            Value::Text(t) => t.trim().is_empty(),
            Value::Check(c) => c.is_none(),
            Value::Object(o) => o.is_empty(),
            Value::Rows(rows) => rows.is_empty(),
            Value::Wrong(_) => false,
        };
        if empty {
            if field.required {
                found.push(Problem::error(
                    Location::path(path.clone()),
                    Msg::MissingField(field.key),
                ));
            }
            continue;
        }
        let here = path.clone().key(field.key.to_string());
        match (field.kind, value) {
            (Kind::Object(inner), Value::Object(o)) => missing_in(inner, o, &here, found),
            (Kind::Rows(inner), Value::Rows(rows)) => {
                for (i, row) in rows.iter().enumerate() {
                    missing_in(inner, row, &here.clone().index(i), found);
                }
            }
            _ => {}
        }
    }
}

/// The form field a problem concerns, as the path the editor gives its control's id: a JSON path
/// (`milestones[0].claim.days`) with indices as steps (`milestones.0.claim.days`); a missing field's
/// own key is added. `None` for a problem of the text itself (a syntax error) or of the document.
pub fn field_of(problem: &Problem) -> Option<String> {
    let Location::Path { path, .. } = &problem.location else {
        return None;
    };
    let mut steps: Vec<String> = path
        .steps()
        .iter()
        .map(|step| match step {
            Step::Key(key) => key.to_string(),
            Step::Index(index) => index.to_string(),
        })
        .collect();
    if let Msg::MissingField(key) = &problem.message {
        steps.push(key.to_string());
    }
    (!steps.is_empty()).then(|| steps.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Pos;

    #[test]
    fn amounts_read_as_people_write_them() {
        for (text, n) in [
            ("100000000", 100_000_000),
            ("100,000,000", 100_000_000),
            ("100M", 100_000_000),
            ("100 M", 100_000_000),
            ("1.2B", 1_200_000_000),
            ("3.5k", 3_500),
            ("1.25M", 1_250_000),
            ("6억", 600_000_000),
            ("3000만", 30_000_000),
            ("1.5억", 150_000_000),
        ] {
            assert_eq!(amount(text), Some(n), "{text}");
        }
        for text in [
            "1.2",
            "1.2345678M",
            "10,00",
            "1,0000",
            ",100",
            "M",
            "-5",
            "1e6",
            "100MM",
            "12a",
            "",
        ] {
            assert_eq!(amount(text), None, "{text}");
        }
    }

    #[test]
    fn a_number_written_as_people_write_it_is_written_as_the_number() {
        let text =
            r#"{"milestones": [{"title": "T", "metric": {"measure": "streams", "value": 1}}]}"#;
        let mut draft = read(text).unwrap().draft;
        // milestones (1) → row 0 → metric (5) → value (2)
        apply(&mut draft, Action::Set(vec![1, 0, 5, 2], "1.2B".into()));
        assert!(to_json(&draft, Ids::AsTyped).contains("\"value\": 1200000000"));
        apply(&mut draft, Action::Set(vec![1, 0, 5, 2], "lots".into()));
        assert!(to_json(&draft, Ids::AsTyped).contains("\"value\": \"lots\""));
    }

    #[test]
    fn a_blank_draft_writes_the_zone_and_an_empty_source() {
        assert_eq!(
            to_json(&blank("Europe/Berlin"), Ids::Automatic),
            "{\n  \"subject\": {\n    \"home_zone\": \"Europe/Berlin\",\n    \"sources\": [\n      {}\n    ]\n  }\n}\n"
        );
    }

    #[test]
    fn rows_get_unique_automatic_ids() {
        let text = r#"{"milestones": [{"title": "Top 10"}, {"title": "Top 10"}, {"id": "top-10-2", "title": "x"}, {"title": "레이오버"}]}"#;
        let read = read(text).unwrap();
        let out = to_json(&read.draft, Ids::Automatic);
        for id in [
            "\"top-10\"",
            "\"top-10-3\"",
            "\"top-10-2\"",
            "\"milestone-4\"",
        ] {
            assert!(out.contains(&format!("\"id\": {id}")), "{id} in {out}");
        }
    }

    #[test]
    fn what_is_not_a_json_number_stays_a_string() {
        let read =
            read(r#"{"subject": {"music_videos": "five"}, "snapshots": [{"value": 12}]}"#).unwrap();
        let out = to_json(&read.draft, Ids::Automatic);
        assert!(out.contains("\"music_videos\": \"five\""), "{out}");
        assert!(out.contains("\"value\": 12"), "{out}");
    }

    #[test]
    fn keys_outside_the_format_are_reported() {
        let read =
            read(r#"{"subject": {"colour": "red"}, "milestones": [{"x": 1}], "extra": true}"#)
                .unwrap();
        assert_eq!(
            read.left_out,
            ["subject.colour", "milestones[0].x", "extra"]
        );
    }

    #[test]
    fn a_syntax_error_has_its_line_and_column() {
        let e = read("{\n  \"subject\": {,\n}").unwrap_err();
        assert_eq!(
            e.location,
            Location::Text(Pos {
                line: 2,
                column: 15
            })
        );
    }

    #[test]
    fn changes_reach_their_fields_and_rows() {
        let mut d = blank("UTC");
        apply(&mut d, Action::Set(vec![0, 0], "Artist".into()));
        apply(&mut d, Action::Add(vec![1], &MILESTONE));
        apply(&mut d, Action::Add(vec![1], &MILESTONE));
        apply(&mut d, Action::Set(vec![1, 0, 4], "First".into()));
        apply(&mut d, Action::Set(vec![1, 1, 4], "Second".into()));
        apply(&mut d, Action::Set(vec![1, 1, 7, 1], "47".into()));
        apply(&mut d, Action::Move(vec![1], 1, 0));
        apply(&mut d, Action::Tick(vec![0, 4], true)); // not a check: nothing happens
        apply(&mut d, Action::Set(vec![9, 9], "nowhere".into()));
        let out = to_json(&d, Ids::Automatic);
        assert!(out.contains("\"artist\": \"Artist\""));
        let (second, first) = (out.find("Second").unwrap(), out.find("First").unwrap());
        assert!(second < first, "moved up: {out}");
        assert!(out.contains("\"days\": 47"), "{out}");
        apply(&mut d, Action::Remove(vec![1], 0));
        let out = to_json(&d, Ids::Automatic);
        assert!(!out.contains("Second") && out.contains("First"));
    }

    #[test]
    fn problems_lead_to_their_fields() {
        let at = |path: JsonPath, message| Problem::error(Location::path(path), message);
        let claim = JsonPath::root().key("milestones").index(0).key("claim");
        assert_eq!(
            field_of(&at(claim, Msg::MissingField("days"))).as_deref(),
            Some("milestones.0.claim.days")
        );
        let release = JsonPath::root().key("subject").key("release");
        assert_eq!(
            field_of(&at(release, Msg::Empty)).as_deref(),
            Some("subject.release")
        );
        assert_eq!(field_of(&at(JsonPath::root(), Msg::Empty)), None);
    }
}
