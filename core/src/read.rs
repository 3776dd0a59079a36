//! Dataset text to the model, through serde: the model's derives are the format (`model`).
//!
//! serde_json reads the text once into a `json::Tree` (checking its syntax: RFC 8259 strictly, nesting
//! to `json::MAX_DEPTH`); `Located`, a serde `Deserializer` over that tree, gives it to the model's
//! derives, so that
//! - every problem names its JSON path and its line and column (found again in the text by `Places`
//!   when there is a problem to place), in the typed words of `Msg`, never serde's programmer text;
//! - the problems of every entry are found together: each entry of a list (and the subject) is read on
//!   its own (`model::ENTRY`), and a key outside the format, or given twice, is reported where it is
//!   met; within one entry, a member whose value is wrong is left out and the entry read again
//!   (`Entry`, `Attempts`), so one wrong value hides none of the others (an object inside an entry,
//!   such as a milestone's metric, still stops at its first).

use crate::date::{CalendarDate, DateValue};
use crate::json::{Raw, Tree, Value};
use crate::model::{Dataset, Scope, DATE, DAY, ENTRY, SCOPE};
use crate::problem::{Expected, Found, JsonPath, Location, Msg, Pos, Problem, Step, Syntax};
use crate::product::MAX_LISTED_PROBLEMS;
use serde::de::{
    self, value::StrDeserializer, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer,
    MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde::Deserialize;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;

/// The dataset in `text`, or every problem that keeps it from being read.
pub fn dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    let tree = Tree::parse(text).map_err(|e| vec![syntax_problem(text, &e)])?;
    let sink = Sink {
        places: RefCell::new(Places::new(text)),
        problems: RefCell::default(),
        unlisted: RefCell::default(),
    };
    let root = Located {
        node: &tree,
        trail: &Trail::Root,
        sink: &sink,
        attempts: None,
    };
    let mut read = Dataset::deserialize(root);
    if let Err(Fault::Unplaced(msg)) = &mut read {
        root.record(msg.take(), Expected::Object);
    }
    let problems = sink.finish();
    match read {
        Ok(dataset) if problems.is_empty() => Ok(dataset),
        _ => Err(problems),
    }
}

/// The syntax error of `text`, if it has one.
pub fn syntax_of(text: &str) -> Option<Problem> {
    Raw::parse(text).err().map(|e| syntax_problem(text, &e))
}

/// Every problem the located reader finds in `text` (none: it reads as a dataset).
pub fn problems_of(text: &str) -> Vec<Problem> {
    dataset(text).err().unwrap_or_default()
}

/// A syntax error, at its line and column.
pub fn syntax_problem(text: &str, e: &serde_json::Error) -> Problem {
    let syntax = syntax(e);
    let mut at = error_offset(text, e);
    if syntax == Syntax::ControlCharacter {
        // serde_json names the place before it; the author needs the character itself.
        at += text
            .get(at..)
            .and_then(|rest| rest.find(char::is_control))
            .unwrap_or(0);
    }
    Problem::error(Location::Text(Pos::of(text, at)), Msg::Malformed(syntax))
}

/// The byte offset serde_json's line and (byte) column point at.
fn error_offset(text: &str, e: &serde_json::Error) -> usize {
    if e.classify() == serde_json::error::Category::Eof {
        return text.len();
    }
    let line_start: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + e.column()).saturating_sub(1)
}

/// What serde_json's syntax error is. serde_json keeps its error codes private and gives each a fixed
/// text; this table maps those texts (`tests` meets every one of them).
fn syntax(e: &serde_json::Error) -> Syntax {
    if e.classify() == serde_json::error::Category::Eof {
        return Syntax::Eof;
    }
    const CODES: [(&str, Syntax); 14] = [
        ("expected `:`", Syntax::Colon),
        ("expected `,` or", Syntax::Comma),
        ("expected value", Syntax::Value),
        ("expected ident", Syntax::Value),
        ("invalid escape", Syntax::Escape),
        ("invalid unicode code point", Syntax::Escape),
        ("lone leading surrogate", Syntax::Escape),
        ("unexpected end of hex escape", Syntax::Escape),
        ("invalid number", Syntax::Number),
        ("number out of range", Syntax::Number),
        ("control character", Syntax::ControlCharacter),
        ("key must be a string", Syntax::KeyNotString),
        ("trailing comma", Syntax::TrailingComma),
        ("trailing characters", Syntax::Trailing),
    ];
    let said = e.to_string();
    CODES
        .iter()
        .find(|(text, _)| said.starts_with(text))
        .map_or(
            if said.starts_with("recursion limit") {
                Syntax::TooDeep
            } else {
                Syntax::Value
            },
            |(_, syntax)| *syntax,
        )
}

/// The problems of one reading, the first `MAX_LISTED_PROBLEMS` listed, and where they are.
struct Sink<'t> {
    places: RefCell<Places<'t>>,
    problems: RefCell<Vec<Problem>>,
    unlisted: RefCell<usize>,
}

impl Sink<'_> {
    /// Records a problem at `path` (at its `nth` key of that name when `key` is given).
    fn push(&self, path: JsonPath, key: Option<usize>, message: Msg) {
        let mut problems = self.problems.borrow_mut();
        if problems.len() >= MAX_LISTED_PROBLEMS {
            *self.unlisted.borrow_mut() += 1;
            return;
        }
        let mut places = self.places.borrow_mut();
        let pos = match key {
            Some(nth) => places.key_of(&path, nth),
            None => places.of(&path),
        };
        problems.push(Problem::error(Location::Path { path, pos }, message));
    }

    /// How many problems are recorded so far, listed and not.
    fn mark(&self) -> (usize, usize) {
        (self.problems.borrow().len(), *self.unlisted.borrow())
    }

    /// Before an entry is read again: only the last problem since `mark` stays (its failed member's,
    /// which is left out from now on); the others, met again, are recorded again.
    fn keep_last_since(&self, (listed, unlisted): (usize, usize)) {
        let mut problems = self.problems.borrow_mut();
        let mut more = self.unlisted.borrow_mut();
        let last = (*more == unlisted).then(|| problems.pop()).flatten();
        problems.truncate(listed);
        problems.extend(last);
        *more = unlisted + usize::from(*more > unlisted);
    }

    fn finish(self) -> Vec<Problem> {
        let mut problems = self.problems.into_inner();
        let unlisted = self.unlisted.into_inner();
        if unlisted > 0 {
            problems.push(Problem::error(
                Location::path(JsonPath::root()),
                Msg::MoreProblems(unlisted),
            ));
        }
        problems
    }
}

/// The way to a value, written out as a `JsonPath` only when a problem needs it.
#[derive(Clone, Copy)]
enum Trail<'p> {
    Root,
    Key(&'p Trail<'p>, &'p str),
    Index(&'p Trail<'p>, usize),
}

impl Trail<'_> {
    fn path(&self) -> JsonPath {
        match self {
            Trail::Root => JsonPath::root(),
            Trail::Key(parent, key) => parent.path().key(key.to_string()),
            Trail::Index(parent, index) => parent.path().index(*index),
        }
    }
}

/// The located reader's error: recorded already (with its place), or said by a visitor (a derive's
/// missing field, a word it does not know; `None`: a value it refused) and placed by the value read.
/// (Boxed: a `Result` of it is a word wide, which keeps the derives' many early returns small.)
#[derive(Debug)]
enum Fault {
    Recorded,
    Unplaced(Option<Box<Msg>>),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Fault {}

impl de::Error for Fault {
    fn custom<T: fmt::Display>(_: T) -> Fault {
        Fault::Unplaced(None)
    }

    fn missing_field(field: &'static str) -> Fault {
        Fault::Unplaced(Some(Box::new(Msg::MissingField(field))))
    }

    fn unknown_field(field: &str, allowed: &'static [&'static str]) -> Fault {
        Fault::Unplaced(Some(Box::new(Msg::UnknownField {
            field: field.to_string(),
            allowed,
        })))
    }

    fn unknown_variant(word: &str, allowed: &'static [&'static str]) -> Fault {
        Fault::Unplaced(Some(Box::new(Msg::UnknownWord {
            word: word.to_string(),
            allowed,
        })))
    }

    fn duplicate_field(field: &'static str) -> Fault {
        Fault::Unplaced(Some(Box::new(Msg::DuplicateField(field.to_string()))))
    }
}

/// One value of the document, as serde reads it: the value, the way to it, and where problems go.
#[derive(Clone, Copy)]
struct Located<'a, 'de> {
    node: &'a Tree<'de>,
    trail: &'a Trail<'a>,
    sink: &'a Sink<'de>,
    /// The attempts at an entry, when this value is that entry's object (`Entry`).
    attempts: Option<&'a Attempts>,
}

/// An entry's object read again after a member failed, that member left out, until no member fails:
/// the members left out (a bit each, by their place in the object) and the one that failed last.
#[derive(Default)]
struct Attempts {
    skip: Cell<u64>,
    failed: Cell<Option<usize>>,
}

impl Attempts {
    fn skips(&self, member: usize) -> bool {
        member < 64 && self.skip.get() & (1 << member) != 0
    }

    /// A derive's "missing field" for a member that was there, but left out after it failed.
    fn left_out(&self, fault: &Fault, members: &[(Cow<'_, str>, Tree<'_>)]) -> bool {
        let Fault::Unplaced(Some(msg)) = fault else {
            return false;
        };
        let Msg::MissingField(field) = msg.as_ref() else {
            return false;
        };
        members
            .iter()
            .enumerate()
            .any(|(i, (key, _))| key == field && self.skips(i))
    }
}

impl<'a, 'de> Located<'a, 'de> {
    /// Records a problem with this value: `msg`, or (none: a visitor refused it) that it is not what
    /// the field takes.
    fn record(&self, msg: Option<Box<Msg>>, expected: Expected) {
        let message = match msg {
            Some(msg) => *msg,
            None => Msg::WrongValue {
                found: self.found(),
                expected,
            },
        };
        self.sink.push(self.trail.path(), None, message);
    }

    fn fail<T>(&self, msg: Msg) -> Result<T, Fault> {
        self.record(Some(Box::new(msg)), Expected::Text);
        Err(Fault::Recorded)
    }

    fn wrong_type<T>(&self, expected: Expected) -> Result<T, Fault> {
        self.fail(Msg::WrongType {
            found: self.found(),
            expected,
        })
    }

    fn wrong_value<T>(&self, expected: Expected) -> Result<T, Fault> {
        self.fail(Msg::WrongValue {
            found: self.found(),
            expected,
        })
    }

    /// A visitor's answer, its problems placed at this value.
    fn placed<T>(&self, result: Result<T, Fault>, expected: Expected) -> Result<T, Fault> {
        result.map_err(|fault| self.place(fault, expected))
    }

    /// An object's fault, placed; but a "missing field" for a member an entry left out after it
    /// failed (`Attempts`) is no problem of its own.
    #[inline(never)]
    fn object_fault(&self, fault: Fault, members: &[(Cow<'_, str>, Tree<'_>)]) -> Fault {
        match self.attempts {
            Some(attempts) if attempts.left_out(&fault, members) => Fault::Recorded,
            _ => self.place(fault, Expected::Object),
        }
    }

    fn place(&self, fault: Fault, expected: Expected) -> Fault {
        if let Fault::Unplaced(msg) = fault {
            self.record(msg, expected);
        }
        Fault::Recorded
    }

    /// What the value is, for a problem: scalars as written (a long string cut short).
    fn found(&self) -> Found {
        match self.node {
            Tree::Null => Found::Null,
            Tree::Bool(b) => Found::Bool(*b),
            Tree::Text(text) => Found::Text(shown(text)),
            Tree::List(_) => Found::List,
            Tree::Object(_) => Found::Object,
            Tree::Whole(_) | Tree::Negative(_) | Tree::Fraction(_) => {
                Found::Number(self.as_written().unwrap_or_default().to_string())
            }
        }
    }

    /// The value as written in the text.
    fn as_written(&self) -> Option<&'de str> {
        let raw = self.sink.places.borrow_mut().raw(&self.trail.path())?;
        Some(raw.0)
    }

    fn string(&self, expected: Expected) -> Result<&'a str, Fault> {
        match self.node {
            Tree::Text(text) => Ok(text),
            _ => self.wrong_type(expected),
        }
    }

    /// A whole number 0 or more, up to `top`.
    fn unsigned(&self, top: u64) -> Result<u64, Fault> {
        let expected = Expected::WholeNonNegative;
        match self.node {
            Tree::Whole(n) if *n <= top => Ok(*n),
            Tree::Whole(_) => self.wrong_value(Expected::WholeUpTo(top)),
            Tree::Negative(_) => self.wrong_value(expected),
            Tree::Fraction(_) if self.beyond_64_bits() => {
                self.wrong_value(Expected::WholeUpTo(top))
            }
            Tree::Fraction(_) => self.wrong_value(expected),
            _ => self.wrong_type(expected),
        }
    }

    /// A whole number written without fraction or exponent that serde_json read as a float: one too
    /// large for 64 bits.
    fn beyond_64_bits(&self) -> bool {
        self.as_written()
            .is_some_and(|n| !n.contains(['.', 'e', 'E']))
    }

    fn child<'b>(&self, node: &'b Tree<'de>, trail: &'b Trail<'b>) -> Located<'b, 'de>
    where
        'a: 'b,
    {
        Located {
            node,
            trail,
            sink: self.sink,
            attempts: None,
        }
    }

    /// Reports a key `fields` does not take, or one given again (`earlier`: the members before it), at
    /// that key.
    fn bad_key(
        &self,
        key: &str,
        earlier: &[(Cow<'de, str>, Tree<'de>)],
        fields: &'static [&'static str],
    ) {
        let msg = if fields.contains(&key) {
            Msg::DuplicateField(key.to_string())
        } else {
            Msg::UnknownField {
                field: key.to_string(),
                allowed: fields,
            }
        };
        let nth = earlier.iter().filter(|(k, _)| k == key).count();
        let path = self.trail.path().key(key.to_string());
        self.sink.push(path, Some(nth), msg);
    }

    /// A string with a meaning (a date, a day, a scope): checked here, so its problem is in words.
    fn parsed<V: Visitor<'de>>(&self, token: &str, visitor: V) -> Result<V::Value, Fault> {
        let expected = if token == SCOPE {
            Expected::Scope
        } else {
            Expected::Date
        };
        let text = self.string(expected.clone())?;
        let problem = match token {
            DATE => DateValue::parse(text).err().map(Msg::Date),
            DAY => CalendarDate::parse(text).err().map(Msg::Date),
            _ => Scope::parse(text)
                .is_none()
                .then(|| Msg::NotAScope(text.to_string())),
        };
        if let Some(msg) = problem {
            return self.fail(msg);
        }
        self.placed(visitor.visit_newtype_struct(*self), expected)
    }

    fn visit_str<V: Visitor<'de>>(
        &self,
        visitor: V,
        expected: Expected,
    ) -> Result<V::Value, Fault> {
        let result = match self.node {
            Tree::Text(Cow::Borrowed(text)) => visitor.visit_borrowed_str(text),
            Tree::Text(Cow::Owned(text)) => visitor.visit_str(text),
            _ => return self.wrong_type(expected),
        };
        self.placed(result, expected)
    }
}

/// How much of a wrong string a problem shows.
const SHOWN_CHARS: usize = 40;

fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

impl<'a, 'de> Deserializer<'de> for Located<'a, 'de> {
    type Error = Fault;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.node {
            Tree::Object(_) => self.deserialize_map(visitor),
            Tree::List(_) => self.deserialize_seq(visitor),
            Tree::Text(_) => self.deserialize_str(visitor),
            Tree::Bool(b) => self.placed(visitor.visit_bool(*b), Expected::Bool),
            Tree::Null => self.placed(visitor.visit_unit(), Expected::Text),
            Tree::Whole(n) => self.placed(visitor.visit_u64(*n), Expected::Whole),
            Tree::Negative(n) => self.placed(visitor.visit_i64(*n), Expected::Whole),
            Tree::Fraction(n) => self.placed(visitor.visit_f64(*n), Expected::Whole),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.node {
            Tree::Bool(b) => self.placed(visitor.visit_bool(*b), Expected::Bool),
            _ => self.wrong_type(Expected::Bool),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        let n = self.unsigned(u64::MAX)?;
        self.placed(visitor.visit_u64(n), Expected::WholeNonNegative)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        let n = self.unsigned(u64::from(u32::MAX))?;
        self.placed(visitor.visit_u64(n), Expected::WholeNonNegative)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        let n = match self.node {
            Tree::Negative(n) => *n,
            Tree::Whole(n) => match i64::try_from(*n) {
                Ok(n) => n,
                Err(_) => return self.wrong_value(Expected::Whole),
            },
            Tree::Fraction(_) => return self.wrong_value(Expected::Whole),
            _ => return self.wrong_type(Expected::Whole),
        };
        self.placed(visitor.visit_i64(n), Expected::Whole)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.visit_str(visitor, Expected::Text)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.visit_str(visitor, Expected::Text)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.node {
            Tree::Null => self.placed(visitor.visit_none(), Expected::Text),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        token: &'static str,
        visitor: V,
    ) -> Result<V::Value, Fault> {
        match token {
            ENTRY => visitor.visit_seq(Entry {
                value: Some(self),
                attempts: Attempts::default(),
            }),
            DATE | DAY | SCOPE => self.parsed(token, visitor),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        let Tree::List(items) = self.node else {
            return self.wrong_type(Expected::List);
        };
        let result = visitor.visit_seq(List {
            of: self,
            items: items.iter().enumerate(),
        });
        self.placed(result, Expected::List)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.deserialize_struct("", &[], visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fault> {
        let Tree::Object(members) = self.node else {
            return self.wrong_type(Expected::Object);
        };
        let result = visitor.visit_map(Members {
            of: self,
            fields,
            given: 0,
            all: members,
            next: 0,
            value: None,
        });
        result.map_err(|fault| self.object_fault(fault, members))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        words: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fault> {
        let word = self.string(Expected::OneOf(words))?;
        self.placed(visitor.visit_enum(Word(word)), Expected::OneOf(words))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u128 f32 f64 char bytes byte_buf unit unit_struct tuple tuple_struct
    }
}

/// An entry read on its own (`model::ENTRY`): its problems are recorded, and the reading goes on.
/// When a member of its object fails, the entry is read again without it (`size_hint` says one more
/// attempt), so one wrong value hides none of the entry's other problems; a member left out is then
/// not also reported missing.
struct Entry<'a, 'de> {
    value: Option<Located<'a, 'de>>,
    attempts: Attempts,
}

impl<'de> Entry<'_, 'de> {
    /// After an attempt failed: `Err` when another attempt, without the member that failed, can find
    /// more; else the entry is done with (`Ok`), its problems recorded.
    fn failed(
        &mut self,
        value: Located<'_, 'de>,
        fault: Fault,
        mark: (usize, usize),
    ) -> Result<(), Fault> {
        value.place(fault, Expected::Object);
        match self.attempts.failed.take() {
            Some(member) if member < 64 && !self.attempts.skips(member) => {
                self.attempts
                    .skip
                    .set(self.attempts.skip.get() | 1 << member);
                value.sink.keep_last_since(mark);
                Err(Fault::Recorded)
            }
            _ => {
                self.value = None;
                Ok(())
            }
        }
    }
}

impl<'de> SeqAccess<'de> for Entry<'_, 'de> {
    type Error = Fault;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Fault> {
        let Some(value) = self.value else {
            return Ok(None);
        };
        let attempt = Located {
            node: value.node,
            trail: value.trail,
            sink: value.sink,
            attempts: Some(&self.attempts),
        };
        let mark = value.sink.mark();
        match seed.deserialize(attempt) {
            Ok(read) => {
                self.value = None;
                Ok(Some(read))
            }
            Err(fault) => self.failed(value, fault, mark).map(|()| None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(usize::from(self.value.is_some()))
    }
}

struct List<'a, 'de, I> {
    of: Located<'a, 'de>,
    items: I,
}

impl<'a, 'de: 'a, I: Iterator<Item = (usize, &'a Tree<'de>)>> SeqAccess<'de> for List<'a, 'de, I> {
    type Error = Fault;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Fault> {
        let Some((index, node)) = self.items.next() else {
            return Ok(None);
        };
        let trail = Trail::Index(self.of.trail, index);
        seed.deserialize(self.of.child(node, &trail)).map(Some)
    }
}

/// An object's members the format takes, each once; any other key, or one given again, is reported
/// as it is met and left out.
struct Members<'a, 'de> {
    of: Located<'a, 'de>,
    fields: &'static [&'static str],
    /// The fields given so far, a bit each (the format's objects have fewer than 64 fields).
    given: u64,
    all: &'a [(Cow<'de, str>, Tree<'de>)],
    next: usize,
    value: Option<&'a (Cow<'de, str>, Tree<'de>)>,
}

impl<'a, 'de: 'a> MapAccess<'de> for Members<'a, 'de> {
    type Error = Fault;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Fault> {
        while let Some(member) = self.all.get(self.next) {
            self.next += 1;
            if self.of.attempts.is_some_and(|a| a.skips(self.next - 1)) {
                continue;
            }
            let key = member.0.as_ref();
            let taken = match self.fields.iter().position(|f| *f == key) {
                Some(f) if self.given & (1 << f) == 0 => {
                    self.given |= 1 << f;
                    true
                }
                // A map with no field list (`deserialize_map`) takes every key.
                None if self.fields.is_empty() => true,
                _ => false,
            };
            if taken {
                self.value = Some(member);
                return seed
                    .deserialize(StrDeserializer::<Fault>::new(key))
                    .map(Some);
            }
            self.of
                .bad_key(key, &self.all[..self.next - 1], self.fields);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Fault> {
        let (key, node) = self.value.take().ok_or(Fault::Unplaced(None))?;
        let trail = Trail::Key(self.of.trail, key);
        let read = seed.deserialize(self.of.child(node, &trail));
        if read.is_err() {
            self.failed();
        }
        read
    }
}

impl Members<'_, '_> {
    /// The member just read failed: an entry's object reads again without it (`Attempts`).
    #[inline(never)]
    fn failed(&self) {
        if let Some(attempts) = self.of.attempts {
            attempts.failed.set(Some(self.next - 1));
        }
    }
}

/// A word, as serde reads an enum's unit variant.
struct Word<'a>(&'a str);

impl<'a, 'de> EnumAccess<'de> for Word<'a> {
    type Error = Fault;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Fault> {
        let read = seed.deserialize(self.0.into_deserializer())?;
        Ok((read, self))
    }
}

impl<'de> VariantAccess<'de> for Word<'_> {
    type Error = Fault;

    fn unit_variant(self) -> Result<(), Fault> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Fault> {
        Err(Fault::Unplaced(None))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Fault> {
        Err(Fault::Unplaced(None))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Fault> {
        Err(Fault::Unplaced(None))
    }
}

/// Finds where values are, by their JSON paths, in a text that was read: each object and list met on
/// the way is split once, so placing many problems costs one pass over the text.
pub struct Places<'t> {
    text: &'t str,
    split: HashMap<usize, Value<'t>>,
}

impl<'t> Places<'t> {
    pub fn new(text: &'t str) -> Places<'t> {
        Places {
            text,
            split: HashMap::new(),
        }
    }

    /// The place of the value at `path`, if there is one.
    pub fn of(&mut self, path: &JsonPath) -> Option<Pos> {
        let raw = self.raw(path)?;
        Some(Pos::of(self.text, raw.offset_in(self.text)))
    }

    /// The place of the `nth` key (from 0) named as `path`'s last step, in the object before it.
    pub fn key_of(&mut self, path: &JsonPath, nth: usize) -> Option<Pos> {
        let (Step::Key(key), parent) = path.steps().split_last()? else {
            return None;
        };
        let object = self.raw(&JsonPath(parent.to_vec()))?;
        let text = self.text;
        let Value::Object(members) = self.split(object) else {
            return None;
        };
        let (found, _) = members
            .iter()
            .filter(|(k, _)| k.text().as_deref() == Some(key.as_ref()))
            .nth(nth)?;
        Some(Pos::of(text, found.offset_in(text)))
    }

    /// The text of the value at `path`.
    pub fn raw(&mut self, path: &JsonPath) -> Option<Raw<'t>> {
        let mut raw = Raw::document(self.text);
        for step in path.steps() {
            raw = match (step, self.split(raw)) {
                (Step::Key(key), Value::Object(members)) => {
                    members
                        .iter()
                        .find(|(k, _)| k.text().as_deref() == Some(key.as_ref()))?
                        .1
                }
                (Step::Index(index), Value::List(items)) => *items.get(*index)?,
                _ => return None,
            };
        }
        Some(raw)
    }

    fn split(&mut self, raw: Raw<'t>) -> &Value<'t> {
        self.split
            .entry(raw.offset_in(self.text))
            .or_insert_with(|| raw.value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax_of(text: &str) -> (Syntax, Pos) {
        let problem = super::syntax_of(text).unwrap();
        let (Location::Text(pos), Msg::Malformed(syntax)) = (problem.location, problem.message)
        else {
            panic!("a syntax error");
        };
        (syntax, pos)
    }

    #[test]
    fn every_syntax_error_has_its_word_and_place() {
        let pos = |line, column| Pos { line, column };
        let cases = [
            ("", Syntax::Eof, pos(1, 1)),
            ("{\"a\" 1}", Syntax::Colon, pos(1, 6)),
            ("[1 2]", Syntax::Comma, pos(1, 4)),
            ("{\"a\":1 \"b\"}", Syntax::Comma, pos(1, 8)),
            ("[1,:]", Syntax::Value, pos(1, 4)),
            ("[1e999]", Syntax::Number, pos(1, 6)),
            ("[tru]", Syntax::Value, pos(1, 5)),
            ("[\"\\x\"]", Syntax::Escape, pos(1, 4)),
            ("[\"\\uZZZZ\"]", Syntax::Escape, pos(1, 8)),
            ("[01]", Syntax::Number, pos(1, 3)),
            ("[-x]", Syntax::Number, pos(1, 3)),
            ("[\"a\u{1}\"]", Syntax::ControlCharacter, pos(1, 4)),
            ("{1:2}", Syntax::KeyNotString, pos(1, 2)),
            ("[1,]", Syntax::TrailingComma, pos(1, 4)),
            ("{} x", Syntax::Trailing, pos(1, 4)),
            (&"[".repeat(200), Syntax::TooDeep, pos(1, 128)),
            ("{\"앨범\": ,}", Syntax::Value, pos(1, 8)),
        ];
        for (text, syntax, place) in cases {
            assert_eq!(syntax_of(text), (syntax, place), "{text:?}");
        }
    }

    #[test]
    fn places_are_found_by_path() {
        let text = "{\"a\": [{\"b\": 1}, {\"b\": [5, 6]}], \"c\\u0041\": 2}";
        let mut places = Places::new(text);
        let path = JsonPath::root().key("a").index(1).key("b").index(1);
        assert_eq!(
            places.of(&path),
            Some(Pos {
                line: 1,
                column: 28
            })
        );
        assert_eq!(
            places.of(&JsonPath::root()),
            Some(Pos { line: 1, column: 1 })
        );
        assert_eq!(
            places.of(&JsonPath::root().key("cA")),
            Some(Pos {
                line: 1,
                column: 45
            })
        );
        assert_eq!(places.of(&JsonPath::root().key("a").index(2)), None);
        assert_eq!(places.of(&JsonPath::root().key("a").key("b")), None);
    }
}
