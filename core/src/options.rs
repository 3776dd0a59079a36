//! The widget's options (`now`, `tz`, `count`, `lang`, `theme`) from name-value pairs: a URL query or an
//! in-page mount's `data-*` attributes. A bad value gives a problem naming the option, and its default.

use crate::calendar::{DateTime, Utc};
use crate::date::{utc_text, Instant};
use crate::days::CountMode;
use crate::problem::{Location, Msg, Problem};
use crate::word_enum;
use crate::words::{OptionName, Word};

/// Which calendar the counts use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ZoneChoice {
    /// The dataset's home zone (Asia/Seoul for Layover).
    #[default]
    Home,
    /// The reader's own zone, as the browser reports it.
    Local,
    /// An IANA zone by name; checked against the browser's zone data at the edge.
    Named(String),
}

impl ZoneChoice {
    /// As written in a query (`tz=local`); the home zone is `home`.
    pub fn as_written(&self) -> &str {
        match self {
            ZoneChoice::Home => "home",
            ZoneChoice::Local => "local",
            ZoneChoice::Named(name) => name,
        }
    }

    /// Reads `home`, `local` (or nothing, the home zone) or a plausible IANA name.
    pub fn parse(text: &str) -> Option<ZoneChoice> {
        match text {
            "" | "home" => Some(ZoneChoice::Home),
            "local" => Some(ZoneChoice::Local),
            name if plausible_zone_name(name) => Some(ZoneChoice::Named(name.to_string())),
            _ => None,
        }
    }
}

word_enum! {
    /// How much of the tracker a mount shows.
    #[derive(Default)]
    pub enum Layout {
        /// The whole tracker.
        #[default]
        Full = "full",
        /// For a post or a sidebar: the album, its counter, the next anniversary, the latest milestone
        /// reached, and the rest folded under "All milestones".
        Card = "card",
        /// The count alone, as words that sit in a sentence: "99 days", "D+100".
        Counter = "counter",
        /// One line: the album and its count, for a header.
        Line = "line",
    }
}

impl Layout {
    /// The height of an iframe showing this layout, before `embed.js` sizes it (see `product`).
    pub fn iframe_height(self) -> u32 {
        use crate::product::{IFRAME_HEIGHT_CARD, IFRAME_HEIGHT_FULL, IFRAME_HEIGHT_LINE};
        match self {
            Layout::Full => IFRAME_HEIGHT_FULL,
            Layout::Card => IFRAME_HEIGHT_CARD,
            Layout::Counter | Layout::Line => IFRAME_HEIGHT_LINE,
        }
    }
}

word_enum! {
    #[derive(Default)]
    pub enum Theme {
        /// Follows the reader's `prefers-color-scheme`.
        #[default]
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Where the clock starts ("as of" views, tests); it runs on from there. `None`: the real clock.
    pub now: Option<DateTime<Utc>>,
    /// The zone given; `None`: the home zone, unless the reader chose another.
    pub tz: Option<ZoneChoice>,
    /// The count given; `None`: elapsed, unless the reader chose another.
    pub count: Option<CountMode>,
    /// A BCP 47 language tag; `None`: the reader's browser decides.
    pub lang: Option<String>,
    pub theme: Theme,
    pub layout: Layout,
    /// The dataset's URL (`?data=` on the page, an in-page mount's `data-source` URL), absolute once
    /// the page has resolved it; `None`: the data in the page or the build.
    pub data: Option<String>,
    /// The name of the tracker's region (`label`); `None`: the album's, numbered from the page's second
    /// tracker on (`ordinal`), so every tracker on a page has a name of its own.
    pub label: Option<String>,
    /// Which tracker of the page this is, 1 for the first (`embed.js` counts them); not an option.
    pub ordinal: u32,
}

impl Options {
    /// The name of the tracker's region for screen readers: the `label` given, else the album's, with
    /// the tracker's number on the page from the second on ("Layover (2)").
    pub fn region_name(&self, album: &str) -> String {
        match (&self.label, self.ordinal) {
            (Some(label), _) => label.clone(),
            (None, n) if n > 1 => format!("{album} ({n})"),
            (None, _) => album.to_string(),
        }
    }
}

/// Reads the options; names that are not options are left alone (a host page's own query parameters).
pub fn parse_options<K: AsRef<str>, V: AsRef<str>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> (Options, Vec<Problem>) {
    let mut options = Options::default();
    let mut problems = Vec::new();
    for (key, value) in pairs {
        let Some(name) = OptionName::from_word(key.as_ref()) else {
            continue;
        };
        let raw = value.as_ref();
        let value = raw.trim();
        let bad = match name {
            OptionName::Now => match Instant::parse(value) {
                Some(t) => {
                    options.now = Some(t.utc);
                    None
                }
                None => Some(Msg::BadNow(raw.to_string())),
            },
            OptionName::Tz => match ZoneChoice::parse(value) {
                Some(zone) => {
                    options.tz = Some(zone);
                    None
                }
                None => Some(Msg::BadTz(raw.to_string())),
            },
            OptionName::Count => match CountMode::from_word(value) {
                Some(count) => {
                    options.count = Some(count);
                    None
                }
                None => Some(Msg::BadCount(raw.to_string())),
            },
            OptionName::Lang if plausible_language_tag(value) => {
                options.lang = Some(value.to_string());
                None
            }
            OptionName::Lang => Some(Msg::BadLang(raw.to_string())),
            OptionName::Theme => match Theme::from_word(value) {
                Some(theme) => {
                    options.theme = theme;
                    None
                }
                None => Some(Msg::BadTheme(raw.to_string())),
            },
            OptionName::Layout => match Layout::from_word(value) {
                Some(layout) => {
                    options.layout = layout;
                    None
                }
                None => Some(Msg::BadLayout(raw.to_string())),
            },
            OptionName::Data => {
                options.data = (!value.is_empty()).then(|| value.to_string());
                None
            }
            OptionName::Label => {
                options.label = (!value.is_empty()).then(|| value.to_string());
                None
            }
            OptionName::Source => None,
        };
        problems.extend(bad.map(|message| Problem::warning(Location::Option(name), message)));
    }
    (options, problems)
}

/// The options as (name, value) pairs with `count` and `tz` as in use, defaults left out: the same for
/// a query and for `data-*` attributes.
pub fn option_pairs(
    options: &Options,
    count: CountMode,
    zone: &ZoneChoice,
) -> Vec<(OptionName, String)> {
    let mut pairs = Vec::new();
    if let Some(now) = options.now {
        pairs.push((OptionName::Now, utc_text(now)));
    }
    if *zone != ZoneChoice::Home {
        pairs.push((OptionName::Tz, zone.as_written().to_string()));
    }
    if count != CountMode::default() {
        pairs.push((OptionName::Count, count.as_str().to_string()));
    }
    if let Some(lang) = &options.lang {
        pairs.push((OptionName::Lang, lang.clone()));
    }
    if let Some(url) = &options.data {
        pairs.push((OptionName::Data, url.clone()));
    }
    if options.theme != Theme::default() {
        pairs.push((OptionName::Theme, options.theme.as_str().to_string()));
    }
    if let Some(label) = &options.label {
        pairs.push((OptionName::Label, label.clone()));
    }
    if options.layout != Layout::default() {
        pairs.push((OptionName::Layout, options.layout.as_str().to_string()));
    }
    pairs
}

fn plausible_zone_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
        && !name.starts_with('/')
        && !name.ends_with('/')
}

fn plausible_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let (o, problems) = parse_options([
            ("now", "2023-12-16T09:00:00+09:00"),
            ("tz", "America/St_Johns"),
            ("count", "inclusive"),
            ("lang", "ko-KR"),
            ("theme", "dark"),
            ("utm_source", "blog"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            crate::date::utc_text(o.now.unwrap()),
            "2023-12-16T00:00:00Z"
        );
        assert_eq!(o.tz, Some(ZoneChoice::Named("America/St_Johns".into())));
        assert_eq!(o.count, Some(CountMode::Inclusive));
        assert_eq!(o.lang.as_deref(), Some("ko-KR"));
        assert_eq!(o.theme, Theme::Dark);
    }

    #[test]
    fn bad_values_name_the_option_and_keep_the_default() {
        let (o, problems) = parse_options([
            ("now", "yesterday"),
            ("count", "korean"),
            ("tz", "<script>"),
            ("theme", "neon"),
            ("lang", "english please"),
        ]);
        assert_eq!(o, Options::default());
        let expected = [
            (OptionName::Now, Msg::BadNow("yesterday".into())),
            (OptionName::Count, Msg::BadCount("korean".into())),
            (OptionName::Tz, Msg::BadTz("<script>".into())),
            (OptionName::Theme, Msg::BadTheme("neon".into())),
            (OptionName::Lang, Msg::BadLang("english please".into())),
        ];
        let got: Vec<_> = problems
            .iter()
            .map(|p| (p.location.clone(), p.message.clone()))
            .collect();
        let expected: Vec<_> = expected
            .into_iter()
            .map(|(name, msg)| (Location::Option(name), msg))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn pairs_leave_out_defaults() {
        let (options, _) = parse_options([("now", "2023-12-16T09:00:00+09:00"), ("theme", "dark")]);
        let pairs = option_pairs(&options, CountMode::Inclusive, &ZoneChoice::Local);
        assert_eq!(
            pairs,
            [
                (OptionName::Now, "2023-12-16T00:00:00Z".to_string()),
                (OptionName::Tz, "local".to_string()),
                (OptionName::Count, "inclusive".to_string()),
                (OptionName::Theme, "dark".to_string()),
            ]
        );
        let plain = option_pairs(&Options::default(), CountMode::Elapsed, &ZoneChoice::Home);
        assert!(plain.is_empty());
    }

    #[test]
    fn every_tracker_on_a_page_names_its_region_apart() {
        let (first, _) = parse_options([("layout", "card")]);
        assert_eq!(first.region_name("Layover"), "Layover");
        let third = Options {
            ordinal: 3,
            ..first.clone()
        };
        assert_eq!(third.region_name("Layover"), "Layover (3)");
        let (labelled, problems) = parse_options([("label", " Layover, in short ")]);
        assert!(problems.is_empty());
        let labelled = Options {
            ordinal: 2,
            ..labelled
        };
        assert_eq!(labelled.region_name("Layover"), "Layover, in short");
    }
}
