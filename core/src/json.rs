//! JSON text to a tree of values that remember where they are (a byte offset), so every later problem
//! can name its line and column. RFC 8259 strictly: no comments, no trailing commas, no NaN; nesting
//! deeper than `MAX_DEPTH` is refused. Numbers stay as written; `read` decides what they mean.
//! (Hand-written rather than serde_json: the same answers, checked against serde_json in
//! `tests/json_oracle.rs`, for about a fifth of the bytes in the wasm.)

use crate::problem::Syntax;
use std::borrow::Cow;

/// How deep arrays and objects may nest (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// A value and the byte offset where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Json<'a> {
    pub at: usize,
    pub value: Value<'a>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// As written: `-12`, `1.5e3`.
    Number(&'a str),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    /// Members in the order written; a key given twice is kept twice (the reader reports it).
    Object(Vec<Member<'a>>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member<'a> {
    pub key: Cow<'a, str>,
    /// Where the key starts.
    pub at: usize,
    pub value: Json<'a>,
}

/// A syntax error and the byte offset it was found at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub syntax: Syntax,
}

/// Parses a whole document.
pub fn parse(text: &str) -> Result<Json<'_>, SyntaxError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.whitespace();
    if p.i < p.bytes.len() {
        return Err(p.error(p.i, Syntax::Trailing));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, at: usize, syntax: Syntax) -> SyntaxError {
        SyntaxError { at, syntax }
    }

    /// The error for the byte at `at`: the text ended there, or it is not what was expected.
    fn unexpected(&self, at: usize, syntax: Syntax) -> SyntaxError {
        self.error(
            at,
            if at >= self.bytes.len() {
                Syntax::Eof
            } else {
                syntax
            },
        )
    }

    fn whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.i) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.whitespace();
        let at = self.i;
        let value = match self.bytes.get(at) {
            Some(b'{') => self.object()?,
            Some(b'[') => self.list()?,
            Some(b'"') => Value::Text(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b't') => self.word("true", Value::Bool(true))?,
            Some(b'f') => self.word("false", Value::Bool(false))?,
            Some(b'n') => self.word("null", Value::Null)?,
            _ => return Err(self.unexpected(at, Syntax::Value)),
        };
        Ok(Json { at, value })
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        let rest = &self.bytes[self.i..];
        if rest.starts_with(word.as_bytes()) {
            self.i += word.len();
            return Ok(value);
        }
        let same = rest
            .iter()
            .zip(word.as_bytes())
            .take_while(|(a, b)| a == b)
            .count();
        Err(self.unexpected(self.i + same, Syntax::Value))
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(self.i, Syntax::TooDeep));
        }
        self.i += 1;
        self.whitespace();
        Ok(())
    }

    /// After a member or an item: a comma (not before the closing bracket) or the closing bracket.
    /// True when the container goes on.
    fn next_or_close(&mut self, close: u8) -> Result<bool, SyntaxError> {
        self.whitespace();
        match self.bytes.get(self.i) {
            Some(b',') => {
                self.i += 1;
                self.whitespace();
                if self.bytes.get(self.i) == Some(&close) {
                    return Err(self.error(self.i, Syntax::TrailingComma));
                }
                Ok(true)
            }
            Some(&b) if b == close => {
                self.i += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.unexpected(self.i, Syntax::Comma)),
        }
    }

    fn list(&mut self) -> Result<Value<'a>, SyntaxError> {
        self.enter()?;
        let mut items = Vec::new();
        if self.bytes.get(self.i) == Some(&b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::List(items));
        }
        loop {
            items.push(self.value()?);
            if !self.next_or_close(b']')? {
                return Ok(Value::List(items));
            }
        }
    }

    fn object(&mut self) -> Result<Value<'a>, SyntaxError> {
        self.enter()?;
        let mut members = Vec::new();
        if self.bytes.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::Object(members));
        }
        loop {
            let at = self.i;
            if self.bytes.get(at) != Some(&b'"') {
                return Err(self.unexpected(at, Syntax::KeyNotString));
            }
            let key = self.string()?;
            self.whitespace();
            if self.bytes.get(self.i) != Some(&b':') {
                return Err(self.unexpected(self.i, Syntax::Colon));
            }
            self.i += 1;
            let value = self.value()?;
            members.push(Member { key, at, value });
            if !self.next_or_close(b'}')? {
                return Ok(Value::Object(members));
            }
        }
    }

    /// A string from its opening quote: borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.i += 1;
        let start = self.i;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            match self.bytes.get(self.i) {
                None => return Err(self.error(self.i, Syntax::Eof)),
                Some(b'"') => {
                    let tail = &self.text[run..self.i];
                    self.i += 1;
                    return Ok(match owned {
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                        None => Cow::Borrowed(tail),
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.i]);
                    let escape_at = self.i;
                    self.i += 1;
                    let c = match self.bytes.get(self.i) {
                        None => return Err(self.error(self.i, Syntax::Eof)),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape(escape_at)?,
                        Some(_) => return Err(self.error(self.i, Syntax::Escape)),
                    };
                    s.push(c);
                    self.i += 1;
                    run = self.i;
                }
                Some(b) if *b < 0x20 => return Err(self.error(self.i, Syntax::ControlCharacter)),
                Some(_) => self.i += 1,
            }
        }
    }

    /// `\uXXXX` (with `self.i` on the `u`), a surrogate pair taking two; leaves `self.i` on the last digit.
    fn unicode_escape(&mut self, escape_at: usize) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.i + 1..self.i + 3) != Some(b"\\u") {
                    return Err(self.unexpected(self.i + 1, Syntax::Escape));
                }
                self.i += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error(escape_at, Syntax::Escape));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error(escape_at, Syntax::Escape)),
            code => code,
        };
        char::from_u32(code).ok_or(self.error(escape_at, Syntax::Escape))
    }

    /// Four hex digits after the `u` at `self.i`; leaves `self.i` on the last one.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            self.i += 1;
            let digit = match self.bytes.get(self.i) {
                None => return Err(self.error(self.i, Syntax::Eof)),
                Some(b) => (*b as char)
                    .to_digit(16)
                    .ok_or(self.error(self.i, Syntax::Escape))?,
            };
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.bytes.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.i;
        if self.bytes[self.i] == b'-' {
            self.i += 1;
        }
        let int_start = self.i;
        match self.digits() {
            0 => return Err(self.unexpected(self.i, Syntax::Number)),
            n if n > 1 && self.bytes[int_start] == b'0' => {
                return Err(self.error(int_start + 1, Syntax::Number))
            }
            _ => {}
        }
        if self.bytes.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.unexpected(self.i, Syntax::Number));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.i) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.unexpected(self.i, Syntax::Number));
            }
        }
        Ok(&self.text[start..self.i])
    }
}

/// `text` as a JSON string, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> (usize, Syntax) {
        let e = parse(text).expect_err(text);
        (e.at, e.syntax)
    }

    #[test]
    fn values_and_their_places() {
        let v = parse(" {\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\ud83d\\ude00\"]}").unwrap();
        assert_eq!(v.at, 1);
        let Value::Object(members) = &v.value else {
            panic!()
        };
        assert_eq!((members[0].key.as_ref(), members[0].at), ("a", 2));
        let Value::List(items) = &members[0].value.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::Number("-2.5e3"));
        assert_eq!(items[1].at, 11);
        assert_eq!(items[4].value, Value::Text("xé😀".into()));
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        assert_eq!(syntax(""), (0, Syntax::Eof));
        assert_eq!(syntax("{\"a\" 1}"), (5, Syntax::Colon));
        assert_eq!(syntax("[1 2]"), (3, Syntax::Comma));
        assert_eq!(syntax("[1,]"), (3, Syntax::TrailingComma));
        assert_eq!(syntax("{\"a\":1,}"), (7, Syntax::TrailingComma));
        assert_eq!(syntax("{,}"), (1, Syntax::KeyNotString));
        assert_eq!(syntax("[tru]"), (4, Syntax::Value));
        assert_eq!(syntax("[tr"), (3, Syntax::Eof));
        assert_eq!(syntax("[NaN]"), (1, Syntax::Value));
        assert_eq!(syntax("[01]"), (2, Syntax::Number));
        assert_eq!(syntax("[1.]"), (3, Syntax::Number));
        assert_eq!(syntax("[-]"), (2, Syntax::Number));
        assert_eq!(syntax("\"a\\x\""), (3, Syntax::Escape));
        assert_eq!(syntax("\"\\ud800\""), (7, Syntax::Escape));
        assert_eq!(syntax("\"\\udc00\""), (1, Syntax::Escape));
        assert_eq!(syntax("\"a\nb\""), (2, Syntax::ControlCharacter));
        assert_eq!(syntax("{} x"), (3, Syntax::Trailing));
        assert_eq!(syntax("\"abc"), (4, Syntax::Eof));
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(syntax(&deep).1, Syntax::TooDeep);
        assert!(parse(&format!(
            "{}{}",
            "[".repeat(MAX_DEPTH),
            "]".repeat(MAX_DEPTH)
        ))
        .is_ok());
    }

    #[test]
    fn quoting_round_trips() {
        for text in ["plain", "a\"b\\c", "line\nbreak\t\u{1}", "한국어 😀"] {
            let quoted = quote(text);
            assert_eq!(parse(&quoted).unwrap().value, Value::Text(text.into()));
        }
    }
}
