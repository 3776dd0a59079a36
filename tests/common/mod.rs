//! Native test helpers of the app's tests: the native zone answerer and the server render. (Dates and
//! instants for tests are built by the core's helpers, `core/tests/common`.)
#![allow(dead_code)] // each test binary uses a different part

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

/// The whole page as Yew's server renderer writes it for `json` and the options in `query`, with the
/// native zone answerer.
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
