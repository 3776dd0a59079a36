//! Languages: one table of every reader-facing string per language (`en.rs`, and the twelve others in
//! `others/`; docs/languages.md), written as data (words with numbered holes), and the `Locale` that
//! formats numbers and dates and picks plural forms (the browser's `Intl` in the app,
//! `native::NativeLocale` natively). `render` puts problems into words, `text` composes the counters'
//! and anniversaries' wording. Depends on the core.

pub mod en;
// The other languages are compiled in natively and in debug builds; a release wasm loads the
// reader's one table when it is needed (`install`), so the default page carries English only.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub mod others {
    pub mod ar;
    pub mod es;
    pub mod fil;
    pub mod id;
    pub mod ja;
    pub mod ko;
    pub mod ms;
    pub mod pt_br;
    pub mod th;
    pub mod vi;
    pub mod zh_hans;
    pub mod zh_hant;
}
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub use others::*;
pub mod native;
pub mod render;
pub mod text;

use milestone_core::calendar::NaiveDate;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
    Ja,
    Es,
    Id,
    PtBr,
    Th,
    Vi,
    ZhHans,
    ZhHant,
    Fil,
    Ms,
    Ar,
}

/// How many languages the tracker speaks.
pub const LANGS: usize = 13;

/// `lang`'s table: English's as given, every other language's the `TEXTS` of the module named after
/// it where the macro is used (`ko::TEXTS`): the widget's tables here, the editor's in `editor::langs`.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
macro_rules! each_language {
    ($lang:expr, $english:expr) => {
        match $lang {
            Lang::En => $english,
            Lang::Ko => &ko::TEXTS,
            Lang::Ja => &ja::TEXTS,
            Lang::Es => &es::TEXTS,
            Lang::Id => &id::TEXTS,
            Lang::PtBr => &pt_br::TEXTS,
            Lang::Th => &th::TEXTS,
            Lang::Vi => &vi::TEXTS,
            Lang::ZhHans => &zh_hans::TEXTS,
            Lang::ZhHant => &zh_hant::TEXTS,
            Lang::Fil => &fil::TEXTS,
            Lang::Ms => &ms::TEXTS,
            Lang::Ar => &ar::TEXTS,
        }
    };
}
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub(crate) use each_language;

impl Lang {
    pub const ALL: [Lang; LANGS] = [
        Lang::En,
        Lang::Ko,
        Lang::Ja,
        Lang::Es,
        Lang::Id,
        Lang::PtBr,
        Lang::Th,
        Lang::Vi,
        Lang::ZhHans,
        Lang::ZhHant,
        Lang::Fil,
        Lang::Ms,
        Lang::Ar,
    ];

    /// The BCP 47 tag, for `lang=` attributes and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::Es => "es",
            Lang::Id => "id",
            Lang::PtBr => "pt-BR",
            Lang::Th => "th",
            Lang::Vi => "vi",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Fil => "fil",
            Lang::Ms => "ms",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as a picker lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
            Lang::Es => "Español",
            Lang::Id => "Bahasa Indonesia",
            Lang::PtBr => "Português (Brasil)",
            Lang::Th => "ไทย",
            Lang::Vi => "Tiếng Việt",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::Fil => "Filipino",
            Lang::Ms => "Bahasa Melayu",
            Lang::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Whether readers of the language take large figures best in its own short form beside the
    /// digits (6억, 6亿, 600 jt, 600 مليون); English, Spanish, Thai and Filipino readers get the digits.
    pub fn shows_compact(self) -> bool {
        !matches!(self, Lang::En | Lang::Es | Lang::Th | Lang::Fil)
    }

    /// The tags a reader's browser may give, lower case, matched whole subtag by whole subtag and
    /// in this order (so `zh-hant-hk` is Traditional before `zh-hk` is looked at): the older and
    /// regional names of a language the tracker has go to it.
    pub const TAGS: [(&'static str, Lang); 19] = [
        ("en", Lang::En),
        ("ko", Lang::Ko),
        ("ja", Lang::Ja),
        ("es", Lang::Es),
        ("id", Lang::Id),
        ("in", Lang::Id),
        ("pt", Lang::PtBr),
        ("th", Lang::Th),
        ("vi", Lang::Vi),
        ("zh-hans", Lang::ZhHans),
        ("zh-hant", Lang::ZhHant),
        ("zh-tw", Lang::ZhHant),
        ("zh-hk", Lang::ZhHant),
        ("zh-mo", Lang::ZhHant),
        ("zh", Lang::ZhHans),
        ("fil", Lang::Fil),
        ("tl", Lang::Fil),
        ("ms", Lang::Ms),
        ("ar", Lang::Ar),
    ];

    /// The language of a tag (`ko-KR` is Korean, `zh-TW` Traditional Chinese, `pt` Brazilian
    /// Portuguese, `in` Indonesian), if the widget has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().as_bytes();
        Lang::TAGS.into_iter().find_map(|(prefix, lang)| {
            let (head, rest) = tag.split_at_checked(prefix.len())?;
            let whole = head.eq_ignore_ascii_case(prefix.as_bytes())
                && matches!(rest.first(), None | Some(b'-' | b'_'));
            whole.then_some(lang)
        })
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

    /// The language's table; English while another language's table is not installed.
    pub fn texts(self) -> &'static Texts {
        self.compiled_in()
            .or_else(|| INSTALLED.with(|shelf| shelf.get(self)))
            .unwrap_or(&en::TEXTS)
    }

    /// The table compiled into this build, if it is.
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    fn compiled_in(self) -> Option<&'static Texts> {
        Some(each_language!(self, &en::TEXTS))
    }

    #[cfg(not(any(not(target_arch = "wasm32"), debug_assertions)))]
    fn compiled_in(self) -> Option<&'static Texts> {
        (self == Lang::En).then_some(&en::TEXTS)
    }

    /// This language if its table is here, else English (whose table always is).
    pub fn or_english(self) -> Lang {
        if self.ready() {
            self
        } else {
            Lang::En
        }
    }

    /// Whether the language's table is here (compiled in or installed).
    pub fn ready(self) -> bool {
        self.compiled_in().is_some() || INSTALLED.with(|shelf| shelf.get(self).is_some())
    }

    /// The direction the language is written in, for `dir=`.
    pub fn dir(self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The name of the file that holds this language's table in a release build: its tag and the
    /// tables' version (a hash of `src/i18n`, from build.rs), so a cached table of another build is
    /// never read as this one's.
    pub fn table_file(self) -> String {
        format!("lang-{}-{}.json", self.tag(), TABLES_VERSION)
    }
}

/// A hash of the language tables' source, from build.rs.
pub const TABLES_VERSION: &str = env!("MILESTONE_TABLES_VERSION");

/// Tables of one kind (the widget's, the editor's) installed from their files, by `Lang` (leaked: one
/// per language, for the page's life).
pub struct Shelf<T: 'static>(std::cell::RefCell<[Option<&'static T>; LANGS]>);

impl<T: Strings> Shelf<T> {
    pub const fn empty() -> Shelf<T> {
        Shelf(std::cell::RefCell::new([None; LANGS]))
    }

    /// `lang`'s table, if it was installed.
    pub fn get(&self, lang: Lang) -> Option<&'static T> {
        self.0.borrow()[lang as usize]
    }

    /// `lang`'s table from its file: a JSON list of every string in the table's order, the tag first.
    /// Anything else (another language's or another build's table, a broken file) is refused.
    pub fn install(&self, lang: Lang, json: &str) -> bool {
        match table_from_json::<T>(json) {
            Some(table) if table.texts().first() == Some(&lang.tag()) => {
                self.0.borrow_mut()[lang as usize] = Some(table);
                true
            }
            _ => false,
        }
    }
}

thread_local! {
    static INSTALLED: Shelf<Texts> = const { Shelf::empty() };
}

/// How many strings a table holds.
pub const TABLE_STRINGS: usize = std::mem::size_of::<Texts>() / std::mem::size_of::<&str>();
// Every field is a string or made of strings (`table!` allows nothing else), so the table is exactly
// its strings, one after the other.
const _: () = assert!(TABLE_STRINGS * std::mem::size_of::<&str>() == std::mem::size_of::<Texts>());
const _: () = assert!(std::mem::align_of::<Texts>() == std::mem::align_of::<&str>());

/// A language's table from its file (see `Shelf::install`).
pub fn install(lang: Lang, json: &str) -> bool {
    INSTALLED.with(|shelf| shelf.install(lang, json))
}

/// A table (`table!`) from its file, a JSON list of its strings in field order, kept for the page's
/// life; `None` for a broken file or another count of strings.
pub fn table_from_json<T: Strings>(json: &str) -> Option<&'static T> {
    let strings: Vec<&'static str> = milestone_core::json::strings(json)?
        .into_iter()
        .map(|t| &*Box::leak(t.into_boxed_str()))
        .collect();
    table_from_strings(strings)
}

/// A table (`table!`) from its strings in field order, kept for the page's life; `None` for another
/// count.
pub fn table_from_strings<T: Strings>(strings: Vec<&'static str>) -> Option<&'static T> {
    if strings.len() * std::mem::size_of::<Text>() != std::mem::size_of::<T>() {
        return None;
    }
    let strings: &'static [Text] = Box::leak(strings.into_boxed_slice());
    // SAFETY: a `Strings` type is, in memory, its strings one after the other, aligned as a `Text`
    // (the trait's contract); `strings` holds exactly as many, so it is a `T`.
    Some(unsafe { &*strings.as_ptr().cast::<T>() })
}

/// A table (`table!`) as its file holds it (see `table_from_json`).
pub fn table_to_json<T: Strings>(table: &T) -> String {
    let quoted: Vec<String> = table
        .texts()
        .iter()
        .map(|s| milestone_core::json::quote(s))
        .collect();
    format!("[{}]\n", quoted.join(",\n"))
}

impl Texts {
    /// Every string of the table, in field order.
    pub fn strings(&self) -> &[&'static str; TABLE_STRINGS] {
        // SAFETY: `Texts` is `repr(C)` and made of `&'static str` alone, directly or in `repr(C)`
        // structs and arrays of them (`table!` allows nothing else); its size and alignment are those
        // of `TABLE_STRINGS` strings (checked above), so it is that array.
        unsafe { &*(self as *const Texts).cast::<[&'static str; TABLE_STRINGS]>() }
    }

    /// A table from its strings in field order, kept for the page's life; `None` for another count.
    pub fn from_strings(strings: Vec<&'static str>) -> Option<&'static Texts> {
        table_from_strings(strings)
    }

    /// The table as its file holds it (see `install`).
    pub fn to_json(&self) -> String {
        table_to_json(self)
    }
}

/// CLDR plural categories, as `Intl.PluralRules` names them, in `Forms`' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero = 0,
    One = 1,
    Two = 2,
    Few = 3,
    Many = 4,
    Other = 5,
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

    /// A data author's text inside one of the tracker's right-to-left sentences, kept in its own
    /// direction with Unicode's first-strong isolate (the plain-text `<bdi>`): an English measure or
    /// platform in an Arabic sentence. In a left-to-right tracker the text is left as it is: the
    /// paragraph's own direction already keeps an Arabic run whole, and the `.ics` file and the
    /// share card's words stay free of invisible marks.
    pub fn isolate(&self, text: &str) -> String {
        if self.lang.rtl() {
            ["\u{2068}", text, "\u{2069}"].concat()
        } else {
            text.to_string()
        }
    }

    /// The direction the language is written in, for `dir=` on the root of each mount: set for
    /// every language, so an English tracker on an Arabic blog still reads left to right.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The form of `forms` for `n`, filled with `args`.
    pub fn count(&self, forms: &Forms, n: i64, args: &[&str]) -> String {
        fill(forms.of(self.locale.plural(n)), args)
    }

    pub fn date(&self, date: NaiveDate) -> String {
        self.locale.date(date)
    }

    pub fn number(&self, n: u64) -> String {
        self.locale.number(n)
    }
}

/// A string of a table.
pub type Text = &'static str;

/// A type made of strings alone, laid out one after the other: what a `table!` may hold.
///
/// # Safety
/// Implemented only for `Text`, arrays of it and the `repr(C)` structs `table!` declares (whose every
/// field it checks is `Strings`), so a value of it is, in memory, a list of `Text`s and nothing else.
pub unsafe trait Strings: Sized {
    /// The strings, in field order.
    fn texts(&self) -> &[Text] {
        let n = std::mem::size_of::<Self>() / std::mem::size_of::<Text>();
        // SAFETY: a `Strings` value is `n` `Text`s one after the other (the trait's contract).
        unsafe { std::slice::from_raw_parts((self as *const Self).cast::<Text>(), n) }
    }
}
// SAFETY: one string.
unsafe impl Strings for Text {}
// SAFETY: strings one after the other.
unsafe impl<const N: usize> Strings for [Text; N] {}

/// Declares a table of strings: a `#[repr(C)]` struct whose fields can only be strings or other such
/// tables (the compiler checks each field is `Strings`), so the whole table is, in memory, one list of
/// strings in field order (`strings`, `from_strings`). That is how a language travels as a file to a
/// release wasm and back without code for each of its 170 fields.
macro_rules! table {
    ($(#[$meta:meta])* pub struct $name:ident { $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        #[repr(C)]
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty ),* }
        // SAFETY: `repr(C)`, and every field is `Strings` (checked just below).
        unsafe impl $crate::i18n::Strings for $name {}
        const _: () = {
            const fn strings<T: $crate::i18n::Strings>() {}
            $( strings::<$ty>(); )*
        };
    };
}
pub(crate) use table;

table! {
/// A wording for each of CLDR's plural categories (`Intl.PluralRules`), in `Plural`'s order (zero,
/// one, two, few, many, other): English needs one and other, Arabic all six, Korean one for all.
/// Built with `forms`, `same` or `six`.
#[derive(Clone, Copy, Debug)]
pub struct Forms {
    pub by_category: [Tpl; 6],
}
}

impl Forms {
    /// The wording for a category.
    pub fn of(&self, plural: Plural) -> Tpl {
        self.by_category[plural as usize]
    }

    /// The wording for other counts (English's plural).
    pub fn other(&self) -> Tpl {
        self.of(Plural::Other)
    }
}

/// A wording for one and another for every other count (English, Spanish, Portuguese).
pub const fn forms(one: Tpl, other: Tpl) -> Forms {
    six(other, one, other, other, other, other)
}

/// One wording for every count (languages whose nouns do not change with the number).
pub const fn same(text: Tpl) -> Forms {
    forms(text, text)
}

/// A wording for each category, in CLDR's order: zero, one, two, few, many, other (Arabic).
pub const fn six(zero: Tpl, one: Tpl, two: Tpl, few: Tpl, many: Tpl, other: Tpl) -> Forms {
    Forms {
        by_category: [zero, one, two, few, many, other],
    }
}

table! {
/// The kinds of milestone in words (`MilestoneKinds::of`).
pub struct MilestoneKinds {
    pub streaming: Text,
    pub chart: Text,
    pub award: Text,
    pub other: Text,
}
}

impl MilestoneKinds {
    pub fn of(&self, kind: milestone_core::model::MilestoneKind) -> Text {
        use milestone_core::model::MilestoneKind as K;
        match kind {
            K::Streaming => self.streaming,
            K::Chart => self.chart,
            K::Award => self.award,
            K::Other => self.other,
        }
    }
}

table! {
/// What is wrong with malformed JSON, in words (`SyntaxWords::of`).
pub struct SyntaxWords {
    pub eof: Text,
    pub colon: Text,
    pub comma: Text,
    pub value: Text,
    pub escape: Text,
    pub number: Text,
    pub control_character: Text,
    pub key_not_string: Text,
    pub trailing_comma: Text,
    pub trailing: Text,
    pub too_deep: Text,
}
}

impl SyntaxWords {
    pub fn of(&self, syntax: milestone_core::problem::Syntax) -> Text {
        use milestone_core::problem::Syntax as S;
        match syntax {
            S::Eof => self.eof,
            S::Colon => self.colon,
            S::Comma => self.comma,
            S::Value => self.value,
            S::Escape => self.escape,
            S::Number => self.number,
            S::ControlCharacter => self.control_character,
            S::KeyNotString => self.key_not_string,
            S::TrailingComma => self.trailing_comma,
            S::Trailing => self.trailing,
            S::TooDeep => self.too_deep,
        }
    }
}

table! {
/// A date's precision in words (`Precisions::of`).
pub struct Precisions {
    pub day: Text,
    pub instant: Text,
    pub month: Text,
    pub year: Text,
}
}

impl Precisions {
    pub fn of(&self, precision: milestone_core::date::Precision) -> Text {
        use milestone_core::date::Precision as P;
        match precision {
            P::Day => self.day,
            P::Instant => self.instant,
            P::Month => self.month,
            P::Year => self.year,
        }
    }
}

table! {
/// Why a URL gave no data, in words, for every reason but an HTTP status (which has its template).
pub struct FetchWhyWords {
    pub cors: Text,
    pub network: Text,
    pub timeout: Text,
    pub too_large: Text,
    pub not_http: Text,
    pub not_data: Text,
    pub new_copy_has_errors: Text,
}
}

table! {
/// Every reader-facing string of one language. `Tpl` fields have numbered holes; `Forms` fields have a
/// form for one and for other counts.
pub struct Texts {
    pub tag: Text,
    // Sections and labels
    pub tracks: Text,
    pub milestones: Text,
    pub coming_up: Text,
    pub other_dates: Text,
    pub released: Text,
    pub genres: Text,
    pub length: Text,
    pub lead_track: Text,
    pub music_videos: Text,
    pub about_the_data: Text,
    pub source: Text,
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
    pub scope_album: Text,
    pub scope_every_track: Text,
    pub milestone_kinds: MilestoneKinds,
    pub lead_track_note: Text,
    pub pre_released_note: Text,
    // Counters
    pub since_release: Forms,
    pub until_release: Forms,
    pub inclusive_caption: Text,
    /// {0}: the fan count.
    pub fan_day: Tpl,
    /// {0}: days.
    pub days_elapsed: Forms,
    pub days: Forms,
    /// After the seconds clock's day count, with its own spacing: "d ", "일 ".
    pub day_unit: Text,
    /// {0}: the counting zone.
    pub clock_since: Tpl,
    pub clock_until: Tpl,
    /// {0}: the album, {1}: days.
    pub announce_since: Forms,
    pub announce_day: Tpl,
    pub announce_until: Forms,
    // Milestone days
    pub on_release_day: Text,
    /// {0}: days after release.
    pub day_after_release: Tpl,
    pub days_before_release: Forms,
    pub reported_on_release_day: Text,
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
    pub ordinal_suffixes: [Text; 4],
    pub today: Text,
    pub tomorrow: Text,
    pub in_days: Forms,
    pub calendar_button: Text,
    // Controls
    pub headline_count: Text,
    pub count_elapsed: Text,
    pub count_inclusive: Text,
    pub counting_zone: Text,
    /// {0}: a zone.
    pub home_zone: Tpl,
    pub your_zone: Tpl,
    pub days_change_at: Tpl,
    pub as_of: Text,
    pub as_of_group: Text,
    pub as_of_slider: Text,
    pub back_to_now: Text,
    // Sharing
    pub copy_link: Text,
    pub link_copied: Text,
    pub link_not_copied: Text,
    pub save_image: Text,
    // Pace and projections
    pub projections_title: Text,
    /// {0}: a count, {1}: its date.
    pub count_by: Tpl,
    pub pace_a_day: Tpl,
    /// {0}: the next round figure, {1}: its estimated date.
    pub next_around: Tpl,
    pub no_pace: Text,
    /// {0}, {1}: the two dates.
    pub basis_two_newest: Tpl,
    pub basis_since_release: Text,
    pub stale_count: Forms,
    // Problems
    pub data_error_title: Text,
    pub data_warnings: Forms,
    /// Shown in place of the widget after an internal error (a panic), with its message.
    pub crashed: Tpl,
    /// `embed.js` shows this (with the reason) when the wasm cannot start; it keeps a copy.
    pub could_not_start: Text,
    // Data from a URL
    /// {0}: the data's URL.
    pub loading_data: Tpl,
    // Layouts, tracks, the timeline
    /// {0}: how many tracks count from the album's release.
    pub all_tracks: Tpl,
    pub all_milestones: Text,
    pub latest_milestone: Text,
    pub timeline_title: Text,
    /// {0}: milestones, {1}: other dates, {2}: days.
    pub timeline_caption: Tpl,
    pub release_word: Text,
    pub try_again: Text,
    /// {0}: the data's URL.
    pub data_from: Tpl,
    pub msg: Messages,
}
}

table! {
/// The words of problems for data authors and embedders (see `render`).
pub struct Messages {
    // Where
    /// {0}: line, {1}: column.
    pub line_column: Tpl,
    /// The whole document.
    pub top_level: Text,
    /// {0}: a JSON path, {1}: its line and column.
    pub path_at: Tpl,
    /// {0}: an option's name.
    pub option_named: Tpl,
    // What was found
    pub found_null: Text,
    pub found_bool: Tpl,
    pub found_number: Tpl,
    pub found_text: Tpl,
    pub found_list: Text,
    pub found_object: Text,
    // What a field takes
    pub expected_object: Text,
    pub expected_list: Text,
    pub expected_text: Text,
    pub expected_whole_non_negative: Text,
    pub expected_whole: Text,
    /// {0}: the largest.
    pub expected_whole_up_to: Tpl,
    pub expected_bool: Text,
    pub expected_date: Text,
    /// {0}: the words, listed.
    pub expected_one_of: Tpl,
    pub expected_scope: Text,
    pub syntax: SyntaxWords,
    pub precisions: Precisions,
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
    pub empty: Text,
    pub no_source: Text,
    /// {0}: the value, {1}: an example.
    pub not_a_duration: Tpl,
    pub no_such_track: Tpl,
    /// {0}: the total as written, {1}: the tracks' sum as m:ss.
    pub duration_sum: Tpl,
    /// {0}: a date, {1}: the release.
    pub before_release: Tpl,
    /// {0}: the source's date, {1}: the milestone's.
    pub source_before_date: Tpl,
    /// {0}: the track's date, {1}: the album's release.
    pub pre_released_after: Tpl,
    /// {0}: claimed, {1}: the count's name, {2}: release, {3}: reached, {4}: computed.
    pub claim_disagrees: Tpl,
    pub claim_count_inclusive: Text,
    pub claim_count_elapsed: Text,
    /// {0}: a precision.
    pub claim_imprecise: Tpl,
    pub worked_out_without_claim: Text,
    pub no_such_milestone: Tpl,
    pub negative_days: Tpl,
    /// {0}: the date as written, {1}: its precision.
    pub count_needs_day: Tpl,
    /// {0}: value, {1}: day, {2}: earlier value, {3}: earlier day.
    pub count_decreased: Tpl,
    pub not_an_id: Tpl,
    pub id_twice: Tpl,
    pub not_a_scope: Tpl,
    pub not_a_link: Text,
    // Options: {0} the value given
    pub bad_now: Tpl,
    pub bad_tz: Tpl,
    pub bad_count: Tpl,
    pub bad_lang: Tpl,
    pub bad_theme: Tpl,
    pub bad_layout: Tpl,
    /// {0}: the home zone in use.
    pub no_local_zone: Tpl,
    /// {0}: the zone asked for, {1}: the home zone in use.
    pub zone_fallback: Tpl,
    /// {0}: the selector.
    pub no_data_element: Tpl,
    /// {0}: the URL, {1}: why.
    pub fetch_failed: Tpl,
    /// {0}: the URL, {1}: why, {2}: when the copy shown was fetched.
    pub stale_copy: Tpl,
    /// {0}: an HTTP status.
    pub fetch_status: Tpl,
    /// Every reason but an HTTP status.
    pub fetch_why: FetchWhyWords,
}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        let of = |tag: &str| Lang::negotiate(None, &[tag.to_string()]);
        assert_eq!(of("zh-TW"), Lang::ZhHant);
        assert_eq!(of("zh-HK"), Lang::ZhHant);
        assert_eq!(of("zh-Hant-HK"), Lang::ZhHant);
        assert_eq!(of("zh-Hans-HK"), Lang::ZhHans);
        assert_eq!(of("zh-CN"), Lang::ZhHans);
        assert_eq!(of("zh"), Lang::ZhHans);
        assert_eq!(of("pt"), Lang::PtBr);
        assert_eq!(of("pt-PT"), Lang::PtBr);
        assert_eq!(of("in"), Lang::Id);
        assert_eq!(of("id-ID"), Lang::Id);
        assert_eq!(of("tl"), Lang::Fil);
        assert_eq!(of("fil-PH"), Lang::Fil);
        assert_eq!(of("ms_MY"), Lang::Ms);
        assert_eq!(of("ar-EG"), Lang::Ar);
        assert_eq!(of("th-TH"), Lang::Th);
        assert_eq!(of("vi"), Lang::Vi);
        // A tag is matched subtag by subtag: "zhx" is not Chinese, "ind" is not Indonesian.
        assert_eq!(of("zhx"), Lang::En);
        assert_eq!(of("ind"), Lang::En);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang), "{lang:?}");
        }
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
    fn a_table_goes_to_its_file_and_back() {
        for lang in Lang::ALL {
            let json = lang.texts().to_json();
            let strings = lang.texts().strings();
            assert_eq!(strings[0], lang.tag());
            assert_eq!(strings[1], lang.texts().tracks);
            assert_eq!(
                strings[TABLE_STRINGS - 1],
                lang.texts().msg.fetch_why.new_copy_has_errors
            );
            assert!(install(lang, &json), "{lang:?}");
            let back = Texts::from_strings(strings.to_vec()).unwrap();
            assert_eq!(back.msg.syntax.too_deep, lang.texts().msg.syntax.too_deep);
            assert_eq!(back.days.other(), lang.texts().days.other());
        }
        // Another language's table, a short one, a long one or a broken file is refused.
        let korean = Lang::Ko.texts().to_json();
        assert!(!install(Lang::Ja, &korean));
        assert!(!install(Lang::Ko, &korean.replacen("[\"ko\",", "[", 1)));
        assert!(!install(Lang::Ko, &korean.replacen("]", ",\"x\"]", 1)));
        assert!(!install(Lang::Ko, "{"));
        assert_eq!(
            Lang::Ko.table_file(),
            format!("lang-ko-{TABLES_VERSION}.json")
        );
    }

    /// The numbered holes a string has (`{0}`..`{9}`), as a set of digits.
    fn holes(text: &str) -> [bool; 10] {
        let mut found = [false; 10];
        for (i, _) in text.match_indices('{') {
            if let [d @ b'0'..=b'9', b'}', ..] = text.as_bytes()[i + 1..] {
                found[usize::from(d - b'0')] = true;
            }
        }
        found
    }

    /// The places in a table's strings (`Texts::strings`) of the plural forms that may say their
    /// number in words (Arabic's يوم واحد, يومان): zero, one and two of every `Forms` field.
    fn forms_in_words(t: &Texts) -> Vec<usize> {
        let every: [&Forms; 12] = [
            &t.since_release,
            &t.until_release,
            &t.days_elapsed,
            &t.days,
            &t.announce_since,
            &t.announce_until,
            &t.days_before_release,
            &t.later_milestones,
            &t.in_days,
            &t.stale_count,
            &t.data_warnings,
            &t.msg.more_problems,
        ];
        let base = t as *const Texts as usize;
        let at = |s: &Text| (s as *const Text as usize - base) / std::mem::size_of::<Text>();
        every
            .iter()
            .flat_map(|f| f.by_category[..3].iter().map(at))
            .collect()
    }

    #[test]
    fn every_language_has_englishs_holes() {
        // A translation that loses a hole drops a figure; one with a hole English lacks shows nothing
        // there. Compared string by string, in field order, against English; a plural form for zero,
        // one or two may leave out the count, which it says in words.
        let english = Lang::En.texts().strings();
        let in_words = forms_in_words(Lang::En.texts());
        assert_eq!(in_words.len(), 36);
        assert_eq!(
            english[in_words[7]],
            Lang::En.texts().days_elapsed.of(Plural::One)
        );
        for lang in Lang::ALL {
            for (i, (theirs, ours)) in lang.texts().strings().iter().zip(english).enumerate() {
                let (theirs_holes, ours_holes) = (holes(theirs), holes(ours));
                let fits = if in_words.contains(&i) {
                    (0..10).all(|h| !theirs_holes[h] || ours_holes[h])
                        && (0..10)
                            .all(|h| theirs_holes[h] || !ours_holes[h] || h == count_hole(ours))
                } else {
                    theirs_holes == ours_holes
                };
                assert!(
                    fits,
                    "{lang:?}, string {i}: {theirs:?} against English's {ours:?}"
                );
            }
        }
    }

    /// The hole that holds the count in a plural form: the last one (`{0}: {1} days` counts in {1}).
    fn count_hole(text: &str) -> usize {
        (0..10).rev().find(|h| holes(text)[*h]).unwrap_or(0)
    }

    #[test]
    fn every_plural_form_is_written_where_the_language_has_it() {
        // A language with the category (Intl's rules, as the native locale has them) fills it in;
        // the test reads the forms a count of 0, 1, 2, 3 and 11 picks.
        for lang in Lang::ALL {
            let l = Language::new(lang, Rc::new(native::NativeLocale::new(lang)));
            for n in [0, 1, 2, 3, 11, 100] {
                let text = l.count(&l.t.days, n, &[&n.to_string()]);
                assert!(!text.is_empty(), "{lang:?} {n}");
                if text.contains(&n.to_string()) || n > 2 {
                    assert!(text.contains(&n.to_string()), "{lang:?} {n}: {text}");
                }
            }
        }
    }

    #[test]
    fn no_english_is_left_in_another_table() {
        // A string equal to English's in another language is English left untranslated, unless it
        // has no words at all ("{0} ({1})", "d ") or only the format's own words, names and the loanwords
        // these languages' fans write as English does (streaming, chart, Timeline).
        let english = Lang::En.texts().strings();
        const NAMES: [&str; 7] = [
            "true",
            "false",
            "JSON",
            "streaming",
            "chart",
            "Timeline",
            "via",
        ];
        let allowed = |s: &str| {
            let words = NAMES
                .iter()
                .fold(fill(s, &[]), |s, name| s.replace(name, ""));
            // A unit's one letter ("d " for días, dias) is no English left.
            !words
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word.chars().count() > 1)
        };
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for (i, (theirs, ours)) in lang.texts().strings().iter().zip(english).enumerate() {
                assert!(
                    i == 0 || theirs != ours || allowed(ours),
                    "{lang:?}, string {i}: {theirs:?} is English's"
                );
            }
        }
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
