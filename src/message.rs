//! What a problem says, as data: every message a data author or an embedder can see, with its
//! arguments, so each language's table renders it (`i18n`) and the dataset checker prints the English.
//! serde and serde_json report in English sentences; `from_serde` reads those few fixed shapes back
//! into messages, and anything it does not recognise is kept, word for word, as `Msg::Serde`.

use std::fmt;

/// A JSON value that was not what the field needs, as serde described it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    /// `true` or `false`.
    Bool(String),
    Integer(String),
    Float(String),
    /// The string as serde quoted it, quotes included.
    Str(String),
    List,
    Object,
    Other(String),
}

/// What a field needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    WholeNonNegative,
    Whole,
    Number,
    Bool,
    Null,
    /// One of the forms of `DateValue` (2023-09-08, an instant, 2023-10, 2025).
    Date,
    Other(String),
}

/// A JSON syntax error (serde_json's error codes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The text ended inside a value.
    Eof,
    Colon,
    Comma,
    Value,
    Escape,
    Number,
    NumberRange,
    ControlCharacter,
    KeyNotString,
    TrailingComma,
    /// Text after the document.
    Trailing,
    TooDeep,
    Other(String),
}

/// A date's precision, as in `DateValue::precision`.
pub type Precision = &'static str;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Malformed(Syntax),
    WrongType {
        found: Found,
        expected: Expected,
    },
    WrongValue {
        found: Found,
        expected: Expected,
    },
    MissingField(String),
    /// `allowed` as serde listed them (`` `a`, `b` ``); empty when the object takes no fields.
    UnknownField {
        field: String,
        allowed: String,
    },
    UnknownVariant {
        variant: String,
        allowed: String,
    },
    DuplicateField(String),
    /// A message serde wrote that none of the above describes.
    Serde(String),
    // Dates
    NotADate(String),
    NotAnInstant(String),
    NoSuchMonth(String, u32),
    NotARealDate(String),
    /// A source's publication date that is not a calendar day.
    NotADay(String, Precision),
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
    ClaimDisagrees {
        claimed: i64,
        inclusive: bool,
        release: String,
        reached: String,
        computed: i64,
    },
    ClaimImprecise(Precision),
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
    /// The home zone in use.
    NoLocalZone(String),
    /// The zone asked for, and the home zone in use.
    ZoneFallback(String, String),
    /// An embed's `data-source` selector that matches nothing.
    NoDataElement(String),
}

impl fmt::Display for Msg {
    /// The English text (the dataset checker's output, logs and tests).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(crate::i18n::en::TEXTS.problem)(self))
    }
}

/// Marks a message that one of our own deserializers encoded (see `Msg::encode`) inside serde's text.
const MARK: char = '\u{1}';

impl Msg {
    /// A date error as the text of a serde custom error, so `from_serde` can read it back.
    pub fn encode(&self) -> String {
        let (code, text) = match self {
            Msg::NotADate(t) => ('d', t),
            Msg::NotAnInstant(t) => ('i', t),
            Msg::NoSuchMonth(t, _) => ('m', t),
            Msg::NotARealDate(t) => ('r', t),
            Msg::NotADay(t, _) => ('c', t),
            other => return other.to_string(),
        };
        format!("{MARK}{code}{text}")
    }

    /// Reads serde's message (its position already removed) back into a message.
    pub fn from_serde(message: &str) -> Msg {
        if let Some(code) = message.strip_prefix(MARK) {
            let mut chars = code.chars();
            let kind = chars.next();
            let text = chars.as_str().to_string();
            return match kind {
                Some('i') => Msg::NotAnInstant(text),
                Some('m') => {
                    let month = text.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
                    Msg::NoSuchMonth(text, month)
                }
                Some('r') => Msg::NotARealDate(text),
                Some('c') => {
                    let precision =
                        crate::model::DateValue::parse(&text).map_or("day", |d| d.precision());
                    Msg::NotADay(text, precision)
                }
                _ => Msg::NotADate(text),
            };
        }
        let between = |prefix: &str| -> Option<(Found, Expected)> {
            let rest = message.strip_prefix(prefix)?;
            let at = rest.rfind(", expected ")?;
            Some((Found::read(&rest[..at]), Expected::read(&rest[at + 11..])))
        };
        if let Some((found, expected)) = between("invalid type: ") {
            return Msg::WrongType { found, expected };
        }
        if let Some((found, expected)) = between("invalid value: ") {
            return Msg::WrongValue { found, expected };
        }
        let named = |prefix: &str| -> Option<(String, String)> {
            let rest = message.strip_prefix(prefix)?;
            for end in ["`, expected ", "`, there are no "] {
                if let Some(at) = rest.rfind(end) {
                    let allowed = if end.contains("no ") {
                        ""
                    } else {
                        rest[at + end.len()..].trim_start_matches("one of ")
                    };
                    return Some((rest[..at].to_string(), allowed.to_string()));
                }
            }
            Some((rest.strip_suffix('`')?.to_string(), String::new()))
        };
        if let Some((field, allowed)) = named("unknown field `") {
            return Msg::UnknownField { field, allowed };
        }
        if let Some((variant, allowed)) = named("unknown variant `") {
            return Msg::UnknownVariant { variant, allowed };
        }
        if let Some((field, _)) = named("missing field `") {
            return Msg::MissingField(field);
        }
        if let Some((field, _)) = named("duplicate field `") {
            return Msg::DuplicateField(field);
        }
        Msg::Serde(message.to_string())
    }
}

impl Found {
    fn read(text: &str) -> Found {
        let quoted = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|t| t.strip_prefix('`'))
                .and_then(|t| t.strip_suffix('`'))
                .map(str::to_string)
        };
        if text == "null" || text == "unit value" {
            Found::Null
        } else if text == "sequence" {
            Found::List
        } else if text == "map" {
            Found::Object
        } else if let Some(s) = text.strip_prefix("string ") {
            Found::Str(s.to_string())
        } else if let Some(b) = quoted("boolean ") {
            Found::Bool(b)
        } else if let Some(n) = quoted("integer ") {
            Found::Integer(n)
        } else if let Some(n) = quoted("floating point ") {
            Found::Float(n)
        } else {
            Found::Other(text.to_string())
        }
    }
}

impl Expected {
    fn read(text: &str) -> Expected {
        match text {
            "a sequence" => Expected::List,
            "a string" | "a borrowed string" => Expected::Text,
            "u8" | "u16" | "u32" | "u64" | "usize" => Expected::WholeNonNegative,
            "i8" | "i16" | "i32" | "i64" | "isize" => Expected::Whole,
            "f32" | "f64" => Expected::Number,
            "a boolean" => Expected::Bool,
            "unit" => Expected::Null,
            t if t == crate::model::DATE_FORMS => Expected::Date,
            t if t.starts_with("struct ") => Expected::Object,
            t => Expected::Other(t.to_string()),
        }
    }
}

impl Syntax {
    /// serde_json's syntax message (its position already removed).
    pub fn read(message: &str) -> Syntax {
        match message {
            m if m.starts_with("EOF while parsing") => Syntax::Eof,
            "expected `:`" => Syntax::Colon,
            "expected `,` or `]`" | "expected `,` or `}`" => Syntax::Comma,
            "expected value" | "expected ident" => Syntax::Value,
            "invalid escape" | "invalid unicode code point" | "unexpected end of hex escape" => {
                Syntax::Escape
            }
            m if m.starts_with("lone leading surrogate") => Syntax::Escape,
            "invalid number" => Syntax::Number,
            "number out of range" => Syntax::NumberRange,
            m if m.starts_with("control character") => Syntax::ControlCharacter,
            "key must be a string" => Syntax::KeyNotString,
            "trailing comma" => Syntax::TrailingComma,
            "trailing characters" => Syntax::Trailing,
            "recursion limit exceeded" => Syntax::TooDeep,
            m => Syntax::Other(m.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_sentences_read_back_into_messages() {
        assert_eq!(
            Msg::from_serde("invalid type: integer `3`, expected struct Subject"),
            Msg::WrongType {
                found: Found::Integer("3".into()),
                expected: Expected::Object
            }
        );
        // A hostile string that itself says ", expected " is still only the found value.
        assert_eq!(
            Msg::from_serde(r#"invalid type: string "a, expected b", expected u64"#),
            Msg::WrongType {
                found: Found::Str(r#""a, expected b""#.into()),
                expected: Expected::WholeNonNegative
            }
        );
        assert_eq!(
            Msg::from_serde("unknown field `titel`, expected one of `id`, `title`"),
            Msg::UnknownField {
                field: "titel".into(),
                allowed: "`id`, `title`".into()
            }
        );
        assert_eq!(
            Msg::from_serde("unknown field `x`, there are no fields"),
            Msg::UnknownField {
                field: "x".into(),
                allowed: String::new()
            }
        );
        assert_eq!(
            Msg::from_serde("missing field `title`"),
            Msg::MissingField("title".into())
        );
        assert_eq!(
            Msg::from_serde("something new"),
            Msg::Serde("something new".into())
        );
    }

    #[test]
    fn encoded_date_errors_survive_the_round_trip() {
        for msg in [
            Msg::NotADate("08/09/2023".into()),
            Msg::NotAnInstant("2023-10-26T25:00:00Z".into()),
            Msg::NoSuchMonth("2023-13".into(), 13),
            Msg::NotARealDate("2023-02-30".into()),
            Msg::NotADay("2023-10".into(), "month"),
        ] {
            assert_eq!(Msg::from_serde(&msg.encode()), msg);
        }
    }
}
