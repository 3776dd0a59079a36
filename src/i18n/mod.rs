//! Languages: one table of every reader-facing string per language (`en.rs`, `ko.rs`, `ja.rs`, `es.rs`),
//! and the choice of language from the `lang` option or the reader's browser. Plural categories come
//! from the browser's `Intl.PluralRules`, numbers and dates from `Intl` too (see `browser.rs`).
//! Messages for data authors and embedders (validation, option notices) are data (`message::Msg`),
//! rendered by each table's `problem` and, for where they are, by `location` with the table's words.

pub mod en;
pub mod es;
pub mod ja;
pub mod ko;

use crate::message::Msg;
use crate::model::MilestoneKind;
use crate::validate::Location;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
    Ja,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ko, Lang::Ja, Lang::Es];

    /// The BCP 47 tag, for `lang=` attributes and `Intl`.
    pub fn tag(self) -> &'static str {
        self.texts().tag
    }

    /// The language of a tag (`ko-KR` is Korean), if the widget has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The `lang` option when the widget has that language, else the first of the reader's browser
    /// languages it has, else English.
    pub fn negotiate(option: Option<&str>, browser: &[String]) -> Lang {
        option
            .into_iter()
            .chain(browser.iter().map(String::as_str))
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Ko => &ko::TEXTS,
            Lang::Ja => &ja::TEXTS,
            Lang::Es => &es::TEXTS,
        }
    }
}

/// CLDR plural categories, as `Intl.PluralRules` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn from_category(category: &str) -> Plural {
        match category {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// Every reader-facing string of one language. Functions take numbers already chosen and, where the
/// language has plural forms, the plural category of the number.
pub struct Texts {
    pub tag: &'static str,
    // Sections and labels
    pub tracks: &'static str,
    pub milestones: &'static str,
    pub coming_up: &'static str,
    pub other_dates: &'static str,
    pub released: &'static str,
    pub genres: &'static str,
    pub length: &'static str,
    pub lead_track: &'static str,
    pub music_videos: &'static str,
    pub source: &'static str,
    pub via: fn(&str) -> String,
    pub by_date: fn(&str) -> String,
    pub expected: fn(&str) -> String,
    pub the_source_says: fn(&str) -> String,
    pub metric_on: fn(&str) -> String,
    pub scope_album: &'static str,
    pub scope_every_track: &'static str,
    pub kind: fn(MilestoneKind) -> &'static str,
    pub lead_track_note: &'static str,
    pub pre_released_note: &'static str,
    // Counters
    pub since_release: fn(Plural) -> &'static str,
    pub until_release: fn(Plural) -> &'static str,
    pub inclusive_caption: &'static str,
    pub fan_day: fn(i64) -> String,
    pub days_elapsed: fn(i64, Plural) -> String,
    pub days: fn(i64, Plural) -> String,
    /// After the seconds clock's day count, with its own spacing: "d ", "일 ".
    pub day_unit: &'static str,
    pub clock_since: fn(&str) -> String,
    pub clock_until: fn(&str) -> String,
    pub announce_since: fn(&str, i64, Plural) -> String,
    pub announce_day: fn(&str, i64) -> String,
    pub announce_until: fn(&str, i64, Plural) -> String,
    // Milestone days
    pub on_release_day: &'static str,
    pub day_after_release: fn(i64) -> String,
    pub days_before_release: fn(i64, Plural) -> String,
    pub reported_on: fn(i64) -> String,
    pub later_milestones: fn(usize, Plural) -> String,
    // Anniversaries
    pub day_n: fn(i64) -> String,
    pub nth_anniversary: fn(i32) -> String,
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub in_days: fn(i64, Plural) -> String,
    pub calendar_button: &'static str,
    // Controls
    pub headline_count: &'static str,
    pub count_elapsed: &'static str,
    pub count_inclusive: &'static str,
    pub counting_zone: &'static str,
    pub home_zone: fn(&str) -> String,
    pub your_zone: fn(&str) -> String,
    pub days_change_at: fn(&str) -> String,
    pub as_of: &'static str,
    pub as_of_group: &'static str,
    pub as_of_slider: &'static str,
    pub back_to_now: &'static str,
    // Sharing and embedding
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub save_image: &'static str,
    pub embed_title: &'static str,
    pub embed_iframe: &'static str,
    pub embed_mount: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    // Pace and projections
    pub projections_title: &'static str,
    pub count_by: fn(&str, &str) -> String,
    pub pace_a_day: fn(&str) -> String,
    pub next_around: fn(&str, &str) -> String,
    pub no_pace: &'static str,
    pub basis_two_newest: fn(&str, &str) -> String,
    pub basis_since_release: &'static str,
    pub stale_count: fn(i64, Plural) -> String,
    // Problems
    pub data_error_title: &'static str,
    pub data_warnings: fn(usize, Plural) -> String,
    /// Shown in place of the widget after an internal error (a panic), with its message.
    pub crashed: fn(&str) -> String,
    /// A problem's message (validation, option notices), for data authors and embedders.
    pub problem: fn(&Msg) -> String,
    // Where a problem is (see `location`, which holds the rules for every language).
    /// A place in the JSON text: "line 3, column 19".
    pub line_column: fn(usize, usize) -> String,
    /// The whole document, for an error about it as a whole.
    pub top_level: &'static str,
    /// A JSON path with its place in the text (the second argument, from `line_column`).
    pub path_at: fn(&str, &str) -> String,
    /// A widget option: "option tz".
    pub option_named: fn(&str) -> String,
}

/// Where a problem is, in the words of `t`. The rules are the same in every language: an empty path
/// is the document as a whole, and a path whose place in the text is unknown (a fact check) is shown
/// alone.
pub fn location(t: &Texts, l: &Location) -> String {
    match l {
        Location::Text { line, column } => (t.line_column)(*line, *column),
        Location::Path { path, .. } if path.is_empty() => t.top_level.to_string(),
        Location::Path { path, line: 0, .. } => path.clone(),
        Location::Path { path, line, column } => {
            (t.path_at)(path, &(t.line_column)(*line, *column))
        }
        Location::Option(name) => (t.option_named)(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate(Some("ko-KR"), &[]), Lang::Ko);
        assert_eq!(
            Lang::negotiate(Some("xx"), &["ja-JP".into(), "en".into()]),
            Lang::Ja
        );
        assert_eq!(
            Lang::negotiate(None, &["fr-FR".into(), "es-419".into()]),
            Lang::Es
        );
        assert_eq!(Lang::negotiate(None, &["fr".into()]), Lang::En);
    }

    #[test]
    fn every_language_fills_every_string() {
        for lang in Lang::ALL {
            let t = lang.texts();
            assert_eq!(Lang::from_tag(t.tag), Some(lang));
            let fixed = [
                t.tracks,
                t.milestones,
                t.coming_up,
                t.other_dates,
                t.released,
                t.source,
                t.inclusive_caption,
                t.today,
                t.calendar_button,
                t.count_elapsed,
                t.count_inclusive,
                t.as_of,
                t.back_to_now,
                t.copy_link,
                t.save_image,
                t.embed_title,
                t.data_error_title,
                t.on_release_day,
                t.scope_album,
                t.scope_every_track,
            ];
            assert!(fixed.iter().all(|s| !s.is_empty()), "{lang:?}");
            assert!((t.fan_day)(100).contains("100"), "{lang:?}");
            assert!((t.days)(47, Plural::Other).contains("47"), "{lang:?}");
            assert!((t.nth_anniversary)(2).contains('2'), "{lang:?}");
            assert!((t.crashed)("boom").contains("boom"), "{lang:?}");
        }
        // Distinct tables, not English copied four times.
        let captions: std::collections::HashSet<&str> = Lang::ALL
            .iter()
            .map(|l| l.texts().inclusive_caption)
            .collect();
        assert_eq!(captions.len(), 4);
    }

    /// One of each message a data author or an embedder can see.
    fn every_message() -> Vec<Msg> {
        use crate::message::{Expected, Found, Syntax};
        let s = || "x".to_string();
        let mut all = vec![
            Msg::MissingField(s()),
            Msg::UnknownField {
                field: s(),
                allowed: "`a`".into(),
            },
            Msg::UnknownField {
                field: s(),
                allowed: String::new(),
            },
            Msg::UnknownVariant {
                variant: s(),
                allowed: "`a`".into(),
            },
            Msg::DuplicateField(s()),
            Msg::NotADate(s()),
            Msg::NotAnInstant(s()),
            Msg::NoSuchMonth(s(), 13),
            Msg::NotARealDate(s()),
            Msg::NotADay(s(), "month"),
            Msg::UnknownZone(s()),
            Msg::ReleaseNotADay(s(), "year"),
            Msg::Empty,
            Msg::NoSource,
            Msg::NotADuration(s(), "3:45"),
            Msg::NoSuchTrack(s()),
            Msg::DurationSum(s(), 61),
            Msg::BeforeRelease(s(), s()),
            Msg::ClaimDisagrees {
                claimed: 49,
                inclusive: true,
                release: s(),
                reached: s(),
                computed: 48,
            },
            Msg::ClaimImprecise("month"),
            Msg::NoSuchMilestone(s()),
            Msg::NegativeDays(-1),
            Msg::CountNeedsDay(s(), "month"),
            Msg::CountDecreased {
                value: 1,
                day: s(),
                earlier_value: 2,
                earlier_day: s(),
            },
            Msg::NotAnId(s()),
            Msg::IdTwice(s()),
            Msg::NotAScope(s()),
            Msg::NotALink,
            Msg::BadNow(s()),
            Msg::BadTz(s()),
            Msg::BadCount(s()),
            Msg::BadLang(s()),
            Msg::BadTheme(s()),
            Msg::NoLocalZone(s()),
            Msg::ZoneFallback(s(), s()),
            Msg::NoDataElement(s()),
        ];
        for syntax in [
            Syntax::Eof,
            Syntax::Colon,
            Syntax::Comma,
            Syntax::Value,
            Syntax::Escape,
            Syntax::Number,
            Syntax::NumberRange,
            Syntax::ControlCharacter,
            Syntax::KeyNotString,
            Syntax::TrailingComma,
            Syntax::Trailing,
            Syntax::TooDeep,
        ] {
            all.push(Msg::Malformed(syntax));
        }
        let found = [
            Found::Null,
            Found::Bool("true".into()),
            Found::Integer("3".into()),
            Found::Float("1.5".into()),
            Found::Str("\"x\"".into()),
            Found::List,
            Found::Object,
        ];
        let expected = [
            Expected::Object,
            Expected::List,
            Expected::Text,
            Expected::WholeNonNegative,
            Expected::Whole,
            Expected::Number,
            Expected::Bool,
            Expected::Null,
            Expected::Date,
        ];
        for (f, e) in found.iter().cycle().zip(expected.iter()) {
            all.push(Msg::WrongType {
                found: f.clone(),
                expected: e.clone(),
            });
            all.push(Msg::WrongValue {
                found: f.clone(),
                expected: e.clone(),
            });
        }
        all
    }

    #[test]
    fn every_language_words_every_problem_its_own_way() {
        let locations = [
            Location::Text { line: 3, column: 9 },
            Location::Path {
                path: String::new(),
                line: 1,
                column: 1,
            },
            Location::Path {
                path: "milestones[0].date".into(),
                line: 3,
                column: 9,
            },
            Location::Option("tz".into()),
        ];
        let native = |lang: Lang, text: &str| match lang {
            Lang::En | Lang::Es => text.chars().any(|c| c.is_ascii_alphabetic()),
            Lang::Ko => text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
            Lang::Ja => text.chars().any(|c| {
                ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
            }),
        };
        for lang in Lang::ALL {
            let t = lang.texts();
            for m in every_message() {
                let text = (t.problem)(&m);
                assert!(native(lang, &text), "{lang:?} {m:?}: {text}");
                if lang != Lang::En {
                    assert_ne!(
                        text,
                        (en::TEXTS.problem)(&m),
                        "{lang:?} copies English for {m:?}"
                    );
                }
            }
            for l in &locations {
                let text = location(t, l);
                if lang != Lang::En && !matches!(l, Location::Path { line: 0, .. }) {
                    assert_ne!(text, location(&en::TEXTS, l), "{lang:?} {l:?}");
                }
            }
        }
    }
}
