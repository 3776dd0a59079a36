//! Native test helpers: the native zone answerer and short constructors.
#![allow(dead_code)] // each test binary uses a different part

use milestone_core::calendar::{DateTime, NaiveDate, Utc};

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

/// An RFC 3339 instant, read by chrono (the tests' oracle, not the code under test).
pub fn utc(s: &str) -> DateTime<Utc> {
    let t = chrono::DateTime::parse_from_rfc3339(s).expect("test instant");
    DateTime::from_timestamp_millis(t.timestamp_millis()).expect("in range")
}

/// A `YYYY-MM-DD` date, read by chrono.
pub fn day(s: &str) -> NaiveDate {
    use chrono::Datelike;
    let d: chrono::NaiveDate = s.parse().expect("test date");
    NaiveDate::from_ymd_opt(d.year(), d.month(), d.day()).expect("in range")
}

/// The whole page as Yew's server renderer writes it for `json` and the options in `query`, with the
/// native zone answerer and an Embed panel (so its snippets are rendered too).
pub async fn server_render(json: &str, query: &[(&str, &str)]) -> String {
    use milestone_tracker::components::{App, AppProps, ZonesHandle};
    use milestone_tracker::i18n::native::NativeLocale;
    use milestone_tracker::i18n::{Lang, Language};
    let (options, option_problems) = milestone_core::options::parse_options(query.iter().copied());
    let lang = Lang::negotiate(options.lang.as_deref(), &[]);
    let props = AppProps {
        json: json.to_string().into(),
        options,
        option_problems: milestone_tracker::components::Shared(std::rc::Rc::new(option_problems)),
        zones: ZonesHandle(std::rc::Rc::new(TzDb)),
        local_zone: None,
        source_problem: None,
        data_notice: None,
        focus: None,
        language: Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang))),
        prerendered: false,
        retry: false,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
}
