//! Languages: one table of every reader-facing string per language (`en.rs`, `ko.rs`, `ja.rs`, `es.rs`),
//! written as data (words with numbered holes), and the `Locale` that formats numbers and dates and
//! picks plural forms (the browser's `Intl` in the app, `native::NativeLocale` natively). `render` puts
//! problems into words, `text` composes the counters' and anniversaries' wording. Depends on the core.

pub mod en;
pub mod es;
pub mod ja;
pub mod ko;
pub mod native;
pub mod render;
pub mod text;

use chrono::NaiveDate;
use std::rc::Rc;

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

/// What a language needs formatted by the platform: plural categories, numbers and dates.
pub trait Locale {
    /// The CLDR plural category of `n`.
    fn plural(&self, n: i64) -> Plural;
    /// `600,000,000` in English, `600.000.000` in Spanish.
    fn number(&self, n: u64) -> String;
    /// A short form of a large number (`6억`, `6億`), where the language has one.
    fn compact(&self, n: u64) -> Option<String>;
    /// A calendar date in words (`September 8, 2023`, `2023년 9월 8일`), never shifted by a zone.
    fn date(&self, date: NaiveDate) -> String;
    /// A month in words (`October 2023`).
    fn month(&self, year: i32, month: u32) -> String;
}

/// Words with numbered holes, `{0}` to `{9}`: "{0} days since".
pub type Tpl = &'static str;

/// A wording for a count of one and for other counts (languages without plurals give the same twice).
#[derive(Clone, Copy, Debug)]
pub struct Forms {
    pub one: Tpl,
    pub other: Tpl,
}

/// Fills the holes of `tpl` with `args` (a hole without an argument stays empty; other braces stay).
pub fn fill(tpl: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(tpl.len() + 16);
    let mut rest = tpl;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.as_bytes() {
            [d @ b'0'..=b'9', b'}', ..] => {
                out.push_str(args.get(usize::from(d - b'0')).copied().unwrap_or(""));
                rest = &after[2..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A language in use: its table and its locale. Components get it from one context.
#[derive(Clone)]
pub struct Language {
    pub lang: Lang,
    pub t: &'static Texts,
    pub locale: Rc<dyn Locale>,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.locale, &other.locale)
    }
}

impl Language {
    pub fn new(lang: Lang, locale: Rc<dyn Locale>) -> Language {
        Language {
            lang,
            t: lang.texts(),
            locale,
        }
    }

    pub fn tag(&self) -> &'static str {
        self.t.tag
    }

    /// The form of `forms` for `n`, filled with `args`.
    pub fn count(&self, forms: &Forms, n: i64, args: &[&str]) -> String {
        let tpl = match self.locale.plural(n) {
            Plural::One => forms.one,
            _ => forms.other,
        };
        fill(tpl, args)
    }

    pub fn date(&self, date: NaiveDate) -> String {
        self.locale.date(date)
    }

    pub fn number(&self, n: u64) -> String {
        self.locale.number(n)
    }
}

/// Every reader-facing string of one language. `Tpl` fields have numbered holes; `Forms` fields have a
/// form for one and for other counts.
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
    pub about_the_data: &'static str,
    pub source: &'static str,
    /// {0}: the relay ("@Taeguide on X").
    pub via: Tpl,
    /// {0}: a date reported, not the day it happened.
    pub by_date: Tpl,
    /// {0}: an expected date.
    pub expected: Tpl,
    /// {0}: a date worked out from the source's figure.
    pub worked_out: Tpl,
    /// {0}: the source's own words.
    pub the_source_says: Tpl,
    /// {0}: a platform ("Spotify").
    pub metric_on: Tpl,
    pub scope_album: &'static str,
    pub scope_every_track: &'static str,
    /// In `MilestoneKind::ALL` order.
    pub milestone_kinds: [&'static str; 4],
    pub lead_track_note: &'static str,
    pub pre_released_note: &'static str,
    // Counters
    pub since_release: Forms,
    pub until_release: Forms,
    pub inclusive_caption: &'static str,
    /// {0}: the fan count.
    pub fan_day: Tpl,
    /// {0}: days.
    pub days_elapsed: Forms,
    pub days: Forms,
    /// After the seconds clock's day count, with its own spacing: "d ", "일 ".
    pub day_unit: &'static str,
    /// {0}: the counting zone.
    pub clock_since: Tpl,
    pub clock_until: Tpl,
    /// {0}: the album, {1}: days.
    pub announce_since: Forms,
    pub announce_day: Tpl,
    pub announce_until: Forms,
    // Milestone days
    pub on_release_day: &'static str,
    /// {0}: days after release.
    pub day_after_release: Tpl,
    pub days_before_release: Forms,
    pub reported_on_release_day: &'static str,
    pub reported_after: Tpl,
    pub reported_before: Tpl,
    /// {0}: how many milestones are left out of an "as of" view.
    pub later_milestones: Forms,
    // Anniversaries
    /// {0}: the day number.
    pub day_n: Tpl,
    /// {0}: the year number with its ordinal suffix.
    pub nth_anniversary: Tpl,
    /// English's 1st, 2nd, 3rd, 4th; empty elsewhere.
    pub ordinal_suffixes: [&'static str; 4],
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub in_days: Forms,
    pub calendar_button: &'static str,
    // Controls
    pub headline_count: &'static str,
    pub count_elapsed: &'static str,
    pub count_inclusive: &'static str,
    pub counting_zone: &'static str,
    /// {0}: a zone.
    pub home_zone: Tpl,
    pub your_zone: Tpl,
    pub days_change_at: Tpl,
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
    /// {0}: a count, {1}: its date.
    pub count_by: Tpl,
    pub pace_a_day: Tpl,
    /// {0}: the next round figure, {1}: its estimated date.
    pub next_around: Tpl,
    pub no_pace: &'static str,
    /// {0}, {1}: the two dates.
    pub basis_two_newest: Tpl,
    pub basis_since_release: &'static str,
    pub stale_count: Forms,
    // Problems
    pub data_error_title: &'static str,
    pub data_warnings: Forms,
    /// Shown in place of the widget after an internal error (a panic), with its message.
    pub crashed: Tpl,
    /// `embed.js` shows this (with the reason) when the wasm cannot start; it keeps a copy.
    pub could_not_start: &'static str,
    pub msg: Messages,
}

/// The words of problems for data authors and embedders (see `render`).
pub struct Messages {
    // Where
    /// {0}: line, {1}: column.
    pub line_column: Tpl,
    /// The whole document.
    pub top_level: &'static str,
    /// {0}: a JSON path, {1}: its line and column.
    pub path_at: Tpl,
    /// {0}: an option's name.
    pub option_named: Tpl,
    // What was found
    pub found_null: &'static str,
    pub found_bool: Tpl,
    pub found_number: Tpl,
    pub found_text: Tpl,
    pub found_list: &'static str,
    pub found_object: &'static str,
    // What a field takes
    pub expected_object: &'static str,
    pub expected_list: &'static str,
    pub expected_text: &'static str,
    pub expected_whole_non_negative: &'static str,
    pub expected_whole: &'static str,
    /// {0}: the largest.
    pub expected_whole_up_to: Tpl,
    pub expected_bool: &'static str,
    pub expected_date: &'static str,
    /// {0}: the words, listed.
    pub expected_one_of: Tpl,
    pub expected_scope: &'static str,
    /// In `Syntax` order.
    pub syntax: [&'static str; 11],
    /// In `Precision` order (day, instant, month, year).
    pub precisions: [&'static str; 4],
    // Shape
    pub malformed: Tpl,
    /// {0}: found, {1}: expected.
    pub wrong_type: Tpl,
    pub wrong_value: Tpl,
    pub missing_field: Tpl,
    /// {0}: the field, {1}: the fields the object takes.
    pub unknown_field: Tpl,
    pub unknown_field_none: Tpl,
    /// {0}: the word, {1}: the words the field takes.
    pub unknown_word: Tpl,
    pub duplicate_field: Tpl,
    pub more_problems: Forms,
    // Dates: {0} the text as written, {1} the date forms or a precision or a month
    pub not_a_date: Tpl,
    pub not_an_instant: Tpl,
    pub no_such_month: Tpl,
    pub not_a_real_date: Tpl,
    pub not_a_day: Tpl,
    // Facts
    pub unknown_zone: Tpl,
    /// {0}: the release as written, {1}: its precision.
    pub release_not_a_day: Tpl,
    pub empty: &'static str,
    pub no_source: &'static str,
    /// {0}: the value, {1}: an example.
    pub not_a_duration: Tpl,
    pub no_such_track: Tpl,
    /// {0}: the total as written, {1}: the tracks' sum as m:ss.
    pub duration_sum: Tpl,
    /// {0}: a date, {1}: the release.
    pub before_release: Tpl,
    /// {0}: claimed, {1}: the count's name, {2}: release, {3}: reached, {4}: computed.
    pub claim_disagrees: Tpl,
    pub claim_count_inclusive: &'static str,
    pub claim_count_elapsed: &'static str,
    /// {0}: a precision.
    pub claim_imprecise: Tpl,
    pub worked_out_without_claim: &'static str,
    pub no_such_milestone: Tpl,
    pub negative_days: Tpl,
    /// {0}: the date as written, {1}: its precision.
    pub count_needs_day: Tpl,
    /// {0}: value, {1}: day, {2}: earlier value, {3}: earlier day.
    pub count_decreased: Tpl,
    pub not_an_id: Tpl,
    pub id_twice: Tpl,
    pub not_a_scope: Tpl,
    pub not_a_link: &'static str,
    // Options: {0} the value given
    pub bad_now: Tpl,
    pub bad_tz: Tpl,
    pub bad_count: Tpl,
    pub bad_lang: Tpl,
    pub bad_theme: Tpl,
    /// {0}: the home zone in use.
    pub no_local_zone: Tpl,
    /// {0}: the zone asked for, {1}: the home zone in use.
    pub zone_fallback: Tpl,
    /// {0}: the selector.
    pub no_data_element: Tpl,
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
    fn holes_are_filled_and_other_braces_kept() {
        assert_eq!(fill("{0} of {1}", &["a", "b"]), "a of b");
        assert_eq!(fill("{1}{0}", &["a", "b"]), "ba");
        assert_eq!(fill("an object { ... } {2}", &["a"]), "an object { ... } ");
        assert_eq!(fill("{", &[]), "{");
        assert_eq!(fill("{x}{0", &["a"]), "{x}{0");
    }
}
