//! What a problem says and where it is, as data: a message code with its arguments (`Msg`), a place
//! (`Location`) and a severity. Every language's table renders them (`i18n::render`); nothing here
//! is worded.

use crate::date::{DateError, Precision};
use crate::words::OptionName;
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The data cannot be shown as it is.
    Error,
    /// Shown, but the author should look (a claimed figure that disagrees, a link that will not be a link).
    Warning,
}

/// A place in a text: line and column, both from 1; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// The line and column of byte `offset` in `text`.
    pub fn of(text: &str, offset: usize) -> Pos {
        let before = &text[..floor_char_boundary(text, offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One step of a JSON path: a member's key or a list's index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A JSON path such as `milestones[3].date`: built step by step, written only when shown (`Display`),
/// never parsed back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Step>);

impl JsonPath {
    /// The document as a whole.
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> JsonPath {
        self.0.push(Step::Key(key.into()));
        self
    }

    pub fn index(mut self, index: usize) -> JsonPath {
        self.0.push(Step::Index(index));
        self
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }
}

impl fmt::Display for JsonPath {
    /// `milestones[3].date`; the root is the empty string.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Where a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the JSON text (syntax errors).
    Text(Pos),
    /// A value named by its JSON path (the root: the document as a whole), with its place in the text
    /// where the text is known.
    Path { path: JsonPath, pos: Option<Pos> },
    /// An option of the widget (`tz`, `count`, an in-page mount's `data-source`).
    Option(OptionName),
}

impl Location {
    /// A path whose place in the text is not known yet.
    pub fn path(path: JsonPath) -> Location {
        Location::Path { path, pos: None }
    }
}

/// A JSON value that was not what the field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    /// A number as written (`12345`, `1.5`, `-3`).
    Number(String),
    /// A string, shown cut short when long.
    Text(String),
    List,
    Object,
}

/// What a field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    /// A whole number, 0 or more.
    WholeNonNegative,
    /// A whole number, negative allowed.
    Whole,
    /// A whole number from 0 to this.
    WholeUpTo(u64),
    Bool,
    /// One of the four forms of a date (2023-09-08, an instant, 2023-10, 2025).
    Date,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// `album`, `every_track` or `track:<track id>`.
    Scope,
}

/// A JSON syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The text ended inside a value.
    Eof,
    Colon,
    /// A comma or a closing bracket was expected.
    Comma,
    Value,
    Escape,
    Number,
    ControlCharacter,
    KeyNotString,
    TrailingComma,
    /// Text after the document.
    Trailing,
    TooDeep,
}

/// Why a dataset's URL gave no dataset text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchWhy {
    /// The server answered with this HTTP status (404, 500...).
    Status(u16),
    /// The server answered, but not to another origin: it sends no CORS header for the page.
    Cors,
    /// No answer: offline, a wrong host name, a refused connection.
    Network,
    /// No complete answer within `product::DATA_TIMEOUT_MS`.
    Timeout,
    /// The file is larger than `product::DATA_MAX_BYTES`.
    TooLarge,
    /// Not an http(s) URL.
    NotHttp,
    /// The server answered with a web page (`text/html`: a login, parking or error page), not data.
    NotData,
    /// The file there now has errors; the last good copy is shown instead.
    NewCopyHasErrors,
}

/// Every message a data author, an embedder or a reader can be shown about data and options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // The JSON text and its shape
    Malformed(Syntax),
    /// The value has the wrong JSON type (a number where a string goes).
    WrongType {
        found: Found,
        expected: Expected,
    },
    /// The right JSON type, but not a value the field takes (a negative count, 1.5 days).
    WrongValue {
        found: Found,
        expected: Expected,
    },
    MissingField(&'static str),
    /// With the fields the object takes (none: an empty list).
    UnknownField {
        field: String,
        allowed: &'static [&'static str],
    },
    /// A word the field does not take, with those it does.
    UnknownWord {
        word: String,
        allowed: &'static [&'static str],
    },
    DuplicateField(String),
    Date(DateError),
    /// More problems than are listed: how many more.
    MoreProblems(usize),
    // Facts
    UnknownZone(String),
    ReleaseNotADay(String, Precision),
    Empty,
    NoSource,
    /// The value and an example duration.
    NotADuration(String, &'static str),
    NoSuchTrack(String),
    /// The total as written and the sum of the tracks in seconds.
    DurationSum(String, u32),
    /// A date and the release.
    BeforeRelease(String, String),
    /// A source dated before the day it reports: its date and the milestone's.
    SourceBeforeDate(String, String),
    /// A track marked released before the album, dated after it: its date and the album's.
    PreReleasedAfter(String, String),
    ClaimDisagrees {
        claimed: i64,
        inclusive: bool,
        release: String,
        reached: String,
        computed: i64,
    },
    ClaimImprecise(Precision),
    /// A date worked out from a claim that has no claim to work it out from.
    WorkedOutWithoutClaim,
    NoSuchMilestone(String),
    NegativeDays(i64),
    CountNeedsDay(String, Precision),
    CountDecreased {
        value: u64,
        day: String,
        earlier_value: u64,
        earlier_day: String,
    },
    NotAnId(String),
    IdTwice(String),
    NotAScope(String),
    NotALink,
    // Options; each names the default in use.
    BadNow(String),
    BadTz(String),
    BadCount(String),
    BadLang(String),
    BadTheme(String),
    BadLayout(String),
    /// The home zone in use.
    NoLocalZone(String),
    /// The zone asked for, and the home zone in use.
    ZoneFallback(String, String),
    /// An in-page mount's `data-source` that matches nothing.
    NoDataElement(String),
    /// The dataset's URL gave no dataset text.
    FetchFailed {
        url: String,
        why: FetchWhy,
    },
    /// A refresh of the URL failed: the last good copy is shown, fetched at this instant.
    StaleCopy {
        url: String,
        why: FetchWhy,
        fetched: crate::calendar::DateTime<crate::calendar::Utc>,
    },
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
}

#[cfg(test)]
mod tests {
    use super::{JsonPath, Pos};

    #[test]
    fn paths_are_written_as_json_paths() {
        let path = JsonPath::root()
            .key("milestones")
            .index(3)
            .key("claim")
            .key("days");
        assert_eq!(path.to_string(), "milestones[3].claim.days");
        assert_eq!(JsonPath::root().index(2).key("a").to_string(), "[2].a");
        assert_eq!(JsonPath::root().to_string(), "");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "{\n  \"앨범\": x";
        assert_eq!(Pos::of(text, 0), Pos { line: 1, column: 1 });
        assert_eq!(Pos::of(text, 2), Pos { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(Pos::of(text, x), Pos { line: 2, column: 9 });
        assert_eq!(
            Pos::of(text, text.len() + 5),
            Pos {
                line: 2,
                column: 10
            }
        );
    }
}
