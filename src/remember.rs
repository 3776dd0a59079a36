//! The reader's remembered choices (counting zone, headline count), as stored text: one key per dataset,
//! a version inside, and anything unreadable, foreign or from another version ignored. Pure; the
//! storage itself is read and written at the edge (`browser.rs`).

use crate::days::CountMode;
use crate::model::Subject;
use crate::options::ZoneChoice;
use serde::{Deserialize, Serialize};

/// Bumped when the stored shape changes; other versions are ignored, never migrated by guesswork.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remembered {
    pub zone: Option<ZoneChoice>,
    pub count: Option<CountMode>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    v: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tz: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    count: Option<CountMode>,
}

/// One key per dataset, so two trackers for two albums on one site keep their own choices.
pub fn storage_key(subject: &Subject) -> String {
    format!(
        "milestone-tracker/v{VERSION}/{}/{}/{}",
        subject.artist, subject.album, subject.release
    )
}

/// What was stored, if it is this version's and makes sense; otherwise nothing (the defaults apply).
pub fn parse(text: &str) -> Remembered {
    let Ok(stored) = serde_json::from_str::<Stored>(text) else {
        return Remembered::default();
    };
    if stored.v != VERSION {
        return Remembered::default();
    }
    let (options, problems) =
        crate::options::parse_options(stored.tz.iter().map(|tz| ("tz", tz.as_str())));
    Remembered {
        zone: (stored.tz.is_some() && problems.is_empty()).then_some(options.tz),
        count: stored.count,
    }
}

pub fn to_text(remembered: &Remembered) -> String {
    let stored = Stored {
        v: VERSION,
        tz: remembered
            .zone
            .as_ref()
            .map(|z| z.to_query_value().unwrap_or_else(|| "home".into())),
        count: remembered.count,
    };
    serde_json::to_string(&stored).unwrap_or_default()
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
