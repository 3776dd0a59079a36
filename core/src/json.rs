//! A JSON text as serde_json reads it, one level at a time: each value is its own slice of the text
//! (serde_json's `RawValue`), so its place is known, numbers stay as written and members keep their
//! order (and any key given twice). For what has no model type: the located reader's view of a value
//! (`read`), the editor's import (`draft`), stored choices (`remember`) and language tables.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::fmt;

/// How deep arrays and objects may nest: serde_json's limit (128 levels counted from 0).
pub const MAX_DEPTH: usize = 127;

/// One value of a text that passed serde_json's syntax check: exactly its slice, no space around.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raw<'t>(pub &'t str);

/// What a value is, one level deep. (A container whose text is not well-formed reads as empty: callers
/// that need to know check the syntax with `Raw::parse`.)
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'t> {
    Null,
    Bool(bool),
    /// As written: `-12`, `1.5e3`.
    Number(&'t str),
    Text(Cow<'t, str>),
    List(Vec<Raw<'t>>),
    /// Members in the order written, each key as its own raw string; a key given twice is kept twice.
    Object(Vec<(Raw<'t>, Raw<'t>)>),
}

impl<'t> Raw<'t> {
    /// The document, once serde_json has found its syntax right (nesting to `MAX_DEPTH`).
    pub fn parse(text: &'t str) -> Result<Raw<'t>, serde_json::Error> {
        Tree::parse(text)?;
        Ok(Raw::document(text))
    }

    /// The document's value, without checking it.
    pub fn document(text: &'t str) -> Raw<'t> {
        Raw(text.trim_matches([' ', '\t', '\n', '\r']))
    }

    /// Where the value starts in `text`, the whole text it is a slice of.
    pub fn offset_in(self, text: &str) -> usize {
        (self.0.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
    }

    /// The string this value is (its escapes undone), or `None` for another type.
    pub fn text(self) -> Option<Cow<'t, str>> {
        let bytes = self.0.as_bytes();
        if bytes.len() < 2 || bytes[0] != b'"' || bytes[bytes.len() - 1] != b'"' {
            return None;
        }
        let inner = &self.0[1..self.0.len() - 1];
        if !inner.contains('\\') {
            return Some(Cow::Borrowed(inner));
        }
        serde_json::from_str::<String>(self.0).ok().map(Cow::Owned)
    }

    pub fn value(self) -> Value<'t> {
        match self.0.as_bytes().first() {
            Some(b'{') => Value::Object(members(self.0)),
            Some(b'[') => Value::List(
                serde_json::from_str::<Vec<&RawValue>>(self.0)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|r| Raw(r.get()))
                    .collect(),
            ),
            Some(b'"') => Value::Text(self.text().unwrap_or_default()),
            Some(b't') => Value::Bool(true),
            Some(b'f') => Value::Bool(false),
            Some(b'n') | None => Value::Null,
            Some(_) => Value::Number(self.0),
        }
    }
}

/// A whole document in one pass of serde_json, which checks its syntax and nesting (`MAX_DEPTH`) as it
/// goes: strings borrowed from the text where they have no escapes, numbers as serde_json reads them,
/// members in order (a key given twice kept twice). Where a value is, `read::Places` finds again.
#[derive(Clone, Debug, PartialEq)]
pub enum Tree<'t> {
    Null,
    Bool(bool),
    Whole(u64),
    Negative(i64),
    /// A number with a fraction or an exponent, or beyond 64 bits.
    Fraction(f64),
    Text(Cow<'t, str>),
    List(Vec<Tree<'t>>),
    Object(Vec<(Cow<'t, str>, Tree<'t>)>),
}

impl<'t> Tree<'t> {
    pub fn parse(text: &'t str) -> Result<Tree<'t>, serde_json::Error> {
        let mut d = serde_json::Deserializer::from_str(text);
        let tree = d.deserialize_any(Grow)?;
        d.end()?;
        Ok(tree)
    }
}

/// Grows a `Tree`; also a key's string.
struct Grow;

impl<'de> de::DeserializeSeed<'de> for Grow {
    type Value = Tree<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Grow {
    type Value = Tree<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Tree<'de>, E> {
        Ok(Tree::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Tree<'de>, E> {
        Ok(Tree::Negative(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Tree<'de>, E> {
        Ok(Tree::Whole(n))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Tree<'de>, E> {
        Ok(Tree::Fraction(n))
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Tree<'de>, E> {
        Ok(Tree::Text(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Tree<'de>, E> {
        Ok(Tree::Text(Cow::Owned(text.to_string())))
    }

    fn visit_unit<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree<'de>, A::Error> {
        let mut items = Vec::with_capacity(4);
        while let Some(item) = seq.next_element_seed(Grow)? {
            items.push(item);
        }
        Ok(Tree::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        // Most of the format's objects have 4 to 10 members: one allocation for most.
        let mut members = Vec::with_capacity(8);
        while let Some(key) = map.next_key_seed(Grow)? {
            let Tree::Text(key) = key else {
                return Err(de::Error::custom("key"));
            };
            members.push((key, map.next_value_seed(Grow)?));
        }
        Ok(Tree::Object(members))
    }
}

/// An object's members as (key, value) slices, in order, keys given twice kept.
fn members(raw: &str) -> Vec<(Raw<'_>, Raw<'_>)> {
    struct Pairs;
    impl<'de> Visitor<'de> for Pairs {
        type Value = Vec<(Raw<'de>, Raw<'de>)>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(key) = map.next_key::<&RawValue>()? {
                pairs.push((Raw(key.get()), Raw(map.next_value::<&RawValue>()?.get())));
            }
            Ok(pairs)
        }
    }
    let mut d = serde_json::Deserializer::from_str(raw);
    d.deserialize_map(Pairs)
        .and_then(|pairs| d.end().map(|()| pairs))
        .unwrap_or_default()
}

/// `text` as a JSON string.
pub fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// A JSON list of strings (a language's table), or `None` for anything else.
pub fn strings(text: &str) -> Option<Vec<String>> {
    Vec::<String>::deserialize(&mut serde_json::Deserializer::from_str(text)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_one_level_at_a_time_with_their_places() {
        let text = " {\"a\": [1, -2.5e3], \"a\": \"x\\u0041\", \"b\": {\"c\": null}} ";
        let root = Raw::parse(text).unwrap();
        assert_eq!(root.offset_in(text), 1);
        let Value::Object(members) = root.value() else {
            panic!("an object")
        };
        let keys: Vec<_> = members.iter().map(|(k, _)| k.text().unwrap()).collect();
        assert_eq!(keys, ["a", "a", "b"]);
        let Value::List(items) = members[0].1.value() else {
            panic!("a list")
        };
        assert_eq!(items[1].value(), Value::Number("-2.5e3"));
        assert_eq!(items[1].offset_in(text), text.find("-2.5").unwrap());
        assert_eq!(members[1].1.value(), Value::Text("xA".into()));
        assert_eq!(members[0].0.offset_in(text), 2);
    }

    #[test]
    fn strings_are_quoted_as_json() {
        assert_eq!(quote("a\"b\\\n\u{1}é"), "\"a\\\"b\\\\\\n\\u0001é\"");
        assert_eq!(
            strings("[\"a\", \"\\u00e9\"]"),
            Some(vec!["a".into(), "é".into()])
        );
        assert_eq!(strings("[1]"), None);
    }
}
