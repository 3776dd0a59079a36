//! The widget's options (`now`, `tz`, `count`, `lang`, `theme`) from key-value pairs: a URL query today,
//! `data-*` attributes of an in-page mount later. A bad value gives a problem and the default.

use crate::days::CountMode;
use crate::message::Msg;
use crate::validate::{Location, Problem};
use chrono::{DateTime, Utc};

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
    /// The value as written in a query (`tz=local`).
    pub fn to_query_value(&self) -> Option<String> {
        match self {
            ZoneChoice::Home => None,
            ZoneChoice::Local => Some("local".into()),
            ZoneChoice::Named(name) => Some(name.clone()),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Where the clock starts ("as of" views, tests); it runs on from there. `None`: the real clock.
    pub now: Option<DateTime<Utc>>,
    pub tz: ZoneChoice,
    pub count: CountMode,
    /// A BCP 47 language tag; `None`: the reader's browser decides.
    pub lang: Option<String>,
    pub theme: Theme,
    /// `tz` was given (and valid): it wins over a remembered choice.
    pub tz_given: bool,
    /// `count` was given (and valid): it wins over a remembered choice.
    pub count_given: bool,
}

/// Reads the options; unknown keys are left alone (a host page's own query parameters).
pub fn parse_options<K: AsRef<str>, V: AsRef<str>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> (Options, Vec<Problem>) {
    let mut options = Options::default();
    let mut problems = Vec::new();
    let mut complain = |name: &str, message: Msg| {
        problems.push(Problem::warning(
            Location::Option(name.to_string()),
            message,
        ));
    };
    for (key, value) in pairs {
        let (key, raw) = (key.as_ref(), value.as_ref());
        let value = raw.trim();
        match key {
            "now" => match DateTime::parse_from_rfc3339(value) {
                Ok(t) => options.now = Some(t.with_timezone(&Utc)),
                Err(_) => complain("now", Msg::BadNow(raw.to_string())),
            },
            "tz" => match value {
                "" | "home" => (options.tz, options.tz_given) = (ZoneChoice::Home, true),
                "local" => (options.tz, options.tz_given) = (ZoneChoice::Local, true),
                name if plausible_zone_name(name) => {
                    (options.tz, options.tz_given) = (ZoneChoice::Named(name.to_string()), true)
                }
                _ => complain("tz", Msg::BadTz(raw.to_string())),
            },
            "count" => match value {
                "elapsed" => (options.count, options.count_given) = (CountMode::Elapsed, true),
                "inclusive" => (options.count, options.count_given) = (CountMode::Inclusive, true),
                _ => complain("count", Msg::BadCount(raw.to_string())),
            },
            "lang" => {
                if plausible_language_tag(value) {
                    options.lang = Some(value.to_string());
                } else {
                    complain("lang", Msg::BadLang(raw.to_string()));
                }
            }
            "theme" => match value {
                "auto" => options.theme = Theme::Auto,
                "light" => options.theme = Theme::Light,
                "dark" => options.theme = Theme::Dark,
                _ => complain("theme", Msg::BadTheme(raw.to_string())),
            },
            _ => {}
        }
    }
    (options, problems)
}

/// Splits a URL query (`?tz=local&count=inclusive`) into pairs; `decode` undoes percent-encoding.
pub fn query_pairs(query: &str, decode: impl Fn(&str) -> String) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

fn plausible_zone_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
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
        assert_eq!(o.now.unwrap().to_rfc3339(), "2023-12-16T00:00:00+00:00");
        assert_eq!(o.tz, ZoneChoice::Named("America/St_Johns".into()));
        assert_eq!(o.count, CountMode::Inclusive);
        assert_eq!(o.lang.as_deref(), Some("ko-KR"));
        assert_eq!(o.theme, Theme::Dark);
    }

    #[test]
    fn query_strings_split_into_pairs() {
        let pairs = query_pairs("?tz=local&count=inclusive&flag&x=a+b", |s| s.to_string());
        assert_eq!(pairs[0], ("tz".to_string(), "local".to_string()));
        assert_eq!(pairs[2], ("flag".to_string(), String::new()));
        assert_eq!(pairs[3].1, "a b");
    }

    #[test]
    fn bad_values_name_the_option_and_keep_the_default() {
        let (o, problems) = parse_options([
            ("now", "yesterday"),
            ("count", "korean"),
            ("tz", "<script>"),
            ("theme", "neon"),
        ]);
        assert_eq!(o, Options::default());
        let names: Vec<String> = problems.iter().map(|p| p.location.to_string()).collect();
        assert_eq!(
            names,
            ["option now", "option count", "option tz", "option theme"]
        );
        assert!(problems[1]
            .message
            .to_string()
            .contains("\"korean\" is not elapsed or inclusive"));
    }
}
