//! Starting the app, the top of the layers (browser only): the page's own mount (`index.html`,
//! `standalone.html`, also inside an iframe, where it reports its height to the parent, see `page`), and
//! `mount_tracker`, which `embed.js` calls for each in-page mount. A reader whose language this build
//! does not carry gets its table first (`web::language`). A panic shows a notice in place of this instance's
//! widgets (`panic`); `embed.js` gives every in-page mount its own instance.

mod page;
mod panic;
mod remote;
#[cfg(feature = "test-hooks")]
pub mod test_hooks;

use crate::components::{App, AppProps, Shared};
use crate::i18n::Lang;
use crate::web::intl::{self, local_zone_name, reader_languages, IntlZones};
use crate::web::platform::{absolute_url, decode_component, page_hash};
use milestone_core::link::{focus_from_hash, query_pairs};
use milestone_core::options::parse_options;
use milestone_core::problem::{Location, Msg, Problem};
use milestone_core::words::OptionName;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;

pub use page::run;

/// Where the dataset comes from for one mount.
enum Data {
    Text(String),
    /// `data-source` named an element that is not on the page.
    Missing(String),
    /// A URL to fetch (`?data=` on the page, a `data-source` URL on a mount), absolute, and the option
    /// that gave it.
    Url(String, OptionName),
}

/// One tracker to start.
struct Mount {
    root: Element,
    /// The options, as a URL query.
    query: String,
    data: Data,
    /// Where the widget's files are (ends with `/`).
    base_url: String,
    /// The tracker is the page (`index.html`, `standalone.html`, an iframe): the page's background
    /// follows its theme.
    own_page: bool,
    /// Which tracker of the page this is (1 for the first).
    ordinal: u32,
}

/// Starts a mount: reads its options and language, gets the language's table if this build does not
/// carry it, then runs `before` (the page's hand-over from its prerender) and renders.
fn start(mut mount: Mount, before: impl FnOnce() + 'static) {
    let (mut options, option_problems) = parse_options(query_pairs(&mount.query, decode_component));
    options.ordinal = mount.ordinal;
    // The page's `?data=<url>` (relative to the page) comes before the data in the page.
    if let (true, Some(url)) = (mount.own_page, &options.data) {
        let page = gloo::utils::window().location().href().unwrap_or_default();
        mount.data = Data::Url(absolute_url(url, &page), OptionName::Data);
    }
    let lang = Lang::negotiate(options.lang.as_deref(), &reader_languages());
    let base = mount.base_url.clone();
    // The reader's zone, asked now: the first use of `Intl` on a page costs its engine tens of
    // milliseconds (it loads its locale data), a task of its own, so the render that follows in the
    // next task stays short (no long task once the wasm has arrived).
    let local_zone = local_zone_name();
    let render = move || {
        before();
        render(mount, options, option_problems, lang, local_zone);
    };
    if lang.ready() {
        soon_after(0, Box::new(render));
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            crate::web::language::load(lang, &base).await;
            render();
        });
    }
}

fn render(
    mount: Mount,
    mut options: milestone_core::options::Options,
    option_problems: Vec<Problem>,
    lang: Lang,
    local_zone: Option<String>,
) {
    yew::set_custom_panic_hook(Box::new(panic::on_panic));
    // A language whose table did not arrive is spoken as English, its numbers and dates too.
    let language = intl::language(lang);
    if mount.own_page {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-mt-theme", options.theme.as_str());
        }
    }
    let (json, source_problem) = match &mount.data {
        Data::Text(json) => (json.clone(), None),
        Data::Missing(selector) => (
            String::new(),
            Some(Shared(Rc::new(Problem::error(
                Location::Option(OptionName::Source),
                Msg::NoDataElement(selector.clone()),
            )))),
        ),
        Data::Url(url, _) => {
            // The error panel names it.
            options.data = Some(url.clone());
            (String::new(), None)
        }
    };
    panic::watch(mount.root.clone(), language.lang);
    // In a sandboxed frame nothing can be copied or saved: the share buttons are not offered.
    if crate::web::platform::opaque_origin() {
        let _ = mount.root.set_attribute("data-mt-opaque", "");
    }
    let props = AppProps {
        source_problem,
        local_zone: local_zone.map(Into::into),
        focus: focus_from_hash(&page_hash(), decode_component).map(Into::into),
        ..AppProps::new(
            json,
            options,
            option_problems,
            Rc::new(IntlZones::default()),
            language,
        )
    };
    match mount.data {
        Data::Url(url, named_by) => remote::show(mount.root, props, url, named_by),
        _ => {
            yew::Renderer::<App>::with_root_and_props(mount.root, props).render();
        }
    }
}

/// Runs `then` in a task of its own, `ms` milliseconds from now, or at once where the browser refuses
/// a timer: the app must start whatever happens. (One closure type for every caller: each type of
/// closure handed to JavaScript costs the wasm its own shims.)
fn soon_after(ms: i32, then: Box<dyn FnOnce()>) {
    let slot = Rc::new(std::cell::RefCell::new(Some(then)));
    let queued = slot.clone();
    let f = Closure::once_into_js(move || {
        if let Some(then) = queued.borrow_mut().take() {
            then();
        }
    });
    let scheduled = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms)
        .is_ok();
    if !scheduled {
        if let Some(then) = slot.borrow_mut().take() {
            then();
        }
    }
}

/// Called by `embed.js` for each `<div data-milestone-tracker>`: `query` holds its `data-*` options,
/// `json` the text of its `data-source` element, else `source` is the `data-source`: an `#id` that
/// matches nothing, or a URL (`embed.js` resolved it against the host page); `base_url` is where the
/// widget's files are. Neither `json` nor `source`: the built-in dataset.
#[wasm_bindgen]
pub fn mount_tracker(
    root: Element,
    query: String,
    json: Option<String>,
    source: Option<String>,
    base_url: String,
    ordinal: u32,
) {
    let data = match (json, source) {
        (Some(json), _) => Data::Text(json),
        (None, Some(id)) if id.starts_with('#') => Data::Missing(id),
        (None, Some(url)) => Data::Url(url, OptionName::Source),
        (None, None) => Data::Text(crate::DEFAULT_DATASET.to_string()),
    };
    #[cfg(feature = "test-hooks")]
    test_hooks::panic_on_event(&root);
    let mount = Mount {
        root,
        query,
        data,
        base_url,
        own_page: false,
        ordinal,
    };
    start(mount, || {});
}
