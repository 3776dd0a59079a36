//! Native test helpers of the app's tests: the native zone answerer and the server render. (Dates and
//! instants for tests are built by the core's helpers, `core/tests/common`.)
#![allow(dead_code)] // each test binary uses a different part

/// The native zone answerer the checker uses too.
pub use milestone_core::zone::TzDatabase as TzDb;

/// The whole page as Yew's server renderer writes it for `json` and the options in `query`, with the
/// native zone answerer.
pub async fn server_render(json: &str, query: &[(&str, &str)]) -> String {
    use milestone_tracker::components::{App, AppProps};
    use milestone_tracker::i18n::native::NativeLocale;
    use milestone_tracker::i18n::{Lang, Language};
    let (options, option_problems) = milestone_core::options::parse_options(query.iter().copied());
    let lang = Lang::negotiate(options.lang.as_deref(), &[]);
    let language = Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang)));
    let props = AppProps::new(
        json.to_string(),
        options,
        option_problems,
        std::rc::Rc::new(TzDb),
        language,
    );
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
}
