//! A dataset read from a URL (`?data=` on the page, a `data-source` URL on an in-page mount). The last
//! good copy the browser keeps of it is shown at once; the URL is fetched without credentials, within
//! `DATA_TIMEOUT_MS` and `DATA_MAX_BYTES`; what arrives is shown (its problems located, the URL named),
//! and kept when it loads without errors. When the fetch fails, the kept copy is shown with a line
//! saying why and when it was fetched, or, without one, an error naming the URL and why; both with
//! "Try again". Each mount fetches, keeps and fails on its own.

use crate::components::markup::Markup;
use crate::components::{App, AppProps, Shared};
use crate::i18n::fill;
use crate::i18n::render::problem_line;
use crate::web::fetch::fetch_text;
use crate::web::platform::{clock_now, store, stored};
use milestone_core::kept;
use milestone_core::problem::{FetchWhy, Location, Msg, Problem, Severity};
use milestone_core::product::{DATA_MAX_BYTES, DATA_TIMEOUT_MS};
use milestone_core::storage::StorageKey;
use milestone_core::validate::load;
use milestone_core::words::OptionName;
use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

/// One mount's URL and what it shows.
struct Remote {
    url: String,
    /// The option that gave the URL (`data` on the page, `data-source` on a mount): where problems are.
    named_by: OptionName,
    root: Element,
    /// The props, but for the data.
    base: AppProps,
    kept: RefCell<Option<kept::Copy>>,
    app: RefCell<Option<AppHandle<App>>>,
    /// Fetching now: "Try again" waits.
    busy: std::cell::Cell<bool>,
}

enum Status {
    Loading,
    Loaded(String),
    Failed(FetchWhy),
}

/// Shows the dataset at `url` in `root`, with `base`'s props for the rest.
pub fn show(root: Element, base: AppProps, url: String, named_by: OptionName) {
    let kept = stored(&StorageKey::Data(&url).to_string()).and_then(|entry| kept::read(&entry));
    let http = url.starts_with("https://") || url.starts_with("http://");
    let remote = Rc::new(Remote {
        url,
        named_by,
        root,
        base,
        kept: RefCell::new(kept),
        app: RefCell::new(None),
        busy: std::cell::Cell::new(false),
    });
    if http {
        remote.render(Status::Loading);
        fetch(remote);
    } else {
        remote.render(Status::Failed(FetchWhy::NotHttp));
    }
}

fn fetch(remote: Rc<Remote>) {
    remote.busy.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let status = match fetch_text(&remote.url, DATA_TIMEOUT_MS, DATA_MAX_BYTES).await {
            Ok(text) => remote.arrived(text),
            Err(why) => Status::Failed(why),
        };
        remote.busy.set(false);
        remote.render(status);
    });
}

impl Remote {
    /// A new copy: kept as the last good one if it loads without errors. One with errors is shown with
    /// them only to a reader who has no good copy; a reader who has one keeps seeing it, with a notice,
    /// and the errors go to the console, where the blogger looks.
    fn arrived(&self, text: String) -> Status {
        let loaded = load(&text, &*self.base.zones);
        let errors: Vec<&Problem> = loaded
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        if loaded.dataset.is_some() && errors.is_empty() {
            self.keep(&text);
            return Status::Loaded(text);
        }
        if self.kept.borrow().is_none() {
            return Status::Loaded(text);
        }
        let english = crate::web::intl::language(crate::i18n::Lang::En);
        let listed: Vec<String> = errors.iter().map(|p| problem_line(&english, p)).collect();
        web_sys::console::warn_1(
            &format!(
                "milestone tracker: {} has errors, so the last good copy is shown:\n{}",
                self.url,
                listed.join("\n")
            )
            .into(),
        );
        Status::Failed(FetchWhy::NewCopyHasErrors)
    }

    /// Keeps `text`, which loaded without errors, as the last good copy.
    fn keep(&self, text: &str) {
        let fetched = clock_now(0);
        store(
            &StorageKey::Data(&self.url).to_string(),
            &kept::entry(fetched, text),
        );
        *self.kept.borrow_mut() = Some(kept::Copy {
            fetched,
            text: text.to_string(),
        });
    }

    fn render(self: &Rc<Self>, status: Status) {
        let mut props = self.base.clone();
        let kept = self.kept.borrow().clone();
        match status {
            Status::Loading => match kept {
                Some(copy) => props.json = copy.text.into(),
                None => return self.loading(),
            },
            Status::Loaded(text) => props.json = text.into(),
            Status::Failed(why) => {
                // "Try again" (a button of the app's error and notice panels) fetches the URL again.
                props.onretry = (why != FetchWhy::NotHttp).then(|| {
                    let again = self.clone();
                    yew::Callback::from(move |()| {
                        if !again.busy.get() {
                            again.render(Status::Loading);
                            fetch(again.clone());
                        }
                    })
                });
                let at = Location::Option(self.named_by);
                let url = self.url.clone();
                match kept {
                    Some(copy) => {
                        let fetched = copy.fetched;
                        let stale = Problem::warning(at, Msg::StaleCopy { url, why, fetched });
                        props.data_notice = Some(Shared(Rc::new(stale)));
                        props.json = copy.text.into();
                    }
                    None => {
                        let failed = Problem::error(at, Msg::FetchFailed { url, why });
                        props.source_problem = Some(Shared(Rc::new(failed)));
                    }
                }
            }
        }
        let mut app = self.app.borrow_mut();
        match &mut *app {
            Some(app) => app.update(props),
            None => {
                self.root.set_inner_html(""); // the loading line
                *app = Some(
                    yew::Renderer::<App>::with_root_and_props(self.root.clone(), props).render(),
                )
            }
        }
    }

    /// "Loading the data from <url>…", before there is anything to show (the app is not started yet:
    /// a plain status line).
    fn loading(&self) {
        if self.app.borrow().is_some() {
            return; // a retry after a failure: the failure stays until the answer
        }
        let l = &self.base.language;
        let mut m = Markup::new();
        m.open(
            "div",
            &[
                ("class", Some("mt")),
                ("data-theme", Some(self.base.options.theme.as_str())),
                ("data-state", Some("loading")),
                ("lang", Some(l.tag())),
                ("dir", Some(l.dir())),
            ],
        )
        .open(
            "p",
            &[
                ("class", Some("mt-panel mt-loading")),
                ("role", Some("status")),
            ],
        )
        .text(&fill(l.t.loading_data, &[&self.url]))
        .close("p")
        .close("div");
        self.root.set_inner_html(m.as_str());
    }
}
