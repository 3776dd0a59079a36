//! Native test helpers: the native zone answerer and short constructors.
#![allow(dead_code)] // each test binary uses a different part

use chrono::{DateTime, Utc};

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

pub fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("test date")
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
        focus: None,
        base_url: Some("https://fan.example/tracker/".into()),
        language: Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang))),
        prerendered: false,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
}
