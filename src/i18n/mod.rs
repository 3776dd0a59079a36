//! Languages: one table of every reader-facing string per language (`en.rs`, `ko.rs`, `ja.rs`, `es.rs`),
//! and the choice of language from the `lang` option or the reader's browser. Plural categories come
//! from the browser's `Intl.PluralRules`, numbers and dates from `Intl` too (see `browser.rs`).
//! Messages for data authors and embedders (validation, option notices) stay in English.

pub mod en;
pub mod es;
pub mod ja;
pub mod ko;

use crate::model::MilestoneKind;

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
        }
        // Distinct tables, not English copied four times.
        let captions: std::collections::HashSet<&str> = Lang::ALL
            .iter()
            .map(|l| l.texts().inclusive_caption)
            .collect();
        assert_eq!(captions.len(), 4);
    }
}
