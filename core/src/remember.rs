//! The reader's remembered choices (counting zone, headline count), as stored text: one key per dataset,
//! a version inside, and anything unreadable, foreign or from another version ignored. Pure; the
//! storage itself is read and written at the edge.

use crate::days::CountMode;
use crate::json::{quote, Raw, Value};
use crate::options::ZoneChoice;
use crate::words::Word;

/// Bumped when the stored shape changes; other versions are ignored, never migrated by guesswork.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remembered {
    pub zone: Option<ZoneChoice>,
    pub count: Option<CountMode>,
}

/// What was stored, if it is this version's and makes sense; otherwise nothing (the defaults apply).
/// A field that does not make sense is ignored alone.
pub fn parse(text: &str) -> Remembered {
    let Ok(root) = Raw::parse(text) else {
        return Remembered::default();
    };
    let Value::Object(members) = root.value() else {
        return Remembered::default();
    };
    let field = |key: &str| {
        members
            .iter()
            .find(|(k, _)| k.text().as_deref() == Some(key))
            .map(|(_, v)| v.value())
    };
    if !matches!(field("v"), Some(Value::Number(v)) if v == VERSION.to_string()) {
        return Remembered::default();
    }
    let word = |key: &str| match field(key) {
        Some(Value::Text(t)) => Some(t),
        _ => None,
    };
    Remembered {
        zone: word("tz").and_then(|t| ZoneChoice::parse(&t)),
        count: word("count").and_then(|t| CountMode::from_word(&t)),
    }
}

pub fn to_text(remembered: &Remembered) -> String {
    let mut fields = vec![format!("\"v\":{VERSION}")];
    if let Some(zone) = &remembered.zone {
        fields.push(format!("\"tz\":{}", quote(zone.as_written())));
    }
    if let Some(count) = remembered.count {
        fields.push(format!("\"count\":{}", quote(count.as_str())));
    }
    format!("{{{}}}", fields.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for zone in [
            ZoneChoice::Home,
            ZoneChoice::Local,
            ZoneChoice::Named("America/New_York".into()),
        ] {
            let r = Remembered {
                zone: Some(zone),
                count: Some(CountMode::Inclusive),
            };
            assert_eq!(parse(&to_text(&r)), r);
        }
        assert_eq!(
            to_text(&Remembered {
                zone: Some(ZoneChoice::Local),
                count: None
            }),
            r#"{"v":1,"tz":"local"}"#
        );
    }

    #[test]
    fn corrupt_foreign_or_other_versions_are_ignored() {
        for text in [
            "",
            "{",
            "null",
            "[]",
            "\"inclusive\"",
            r#"{"v":2,"count":"inclusive"}"#,
            r#"{"v":"1","count":"inclusive"}"#,
            r#"{"count":"inclusive"}"#,
            r#"{"v":1,"count":"korean"}"#,
            r#"{"v":1,"count":7}"#,
        ] {
            assert_eq!(parse(text), Remembered::default(), "{text}");
        }
        assert_eq!(parse(r#"{"v":1,"tz":"<script>"}"#).zone, None);
        assert_eq!(
            parse(r#"{"v":1,"tz":"local","extra":true}"#).zone,
            Some(ZoneChoice::Local)
        );
    }
}
