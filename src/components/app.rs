//! The top component: loads and checks the dataset once per text, holds the reader's state
//! (`use_tracker`), and shows either the problems that stop the data from being shown or the tracker.

use super::error_panel::{error_panel, PanelKind};
use super::tracker::{tracker, Page};
use super::use_tracker::use_tracker;
use super::{Shared, ZonesHandle};
use crate::i18n::Language;
use milestone_core::model::Dataset;
use milestone_core::options::Options;
use milestone_core::problem::{Problem, Severity};
use milestone_core::validate::load;
use milestone_core::zone::Zones;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The dataset's JSON text (embedded default or the page's own).
    pub json: AttrValue,
    pub options: Options,
    /// Problems found while reading the options; shown with their defaults in use.
    pub option_problems: Shared<Vec<Problem>>,
    pub zones: ZonesHandle,
    /// The reader's language (the `lang` option, else the browser's, else English) and its locale.
    pub language: Language,
    /// The reader's zone for `tz=local`, as the browser reports it.
    #[prop_or_default]
    pub local_zone: Option<AttrValue>,
    /// Set when the dataset could not even be read (a `data-source` naming nothing, a URL that
    /// failed): shown instead.
    #[prop_or_default]
    pub source_problem: Option<Shared<Problem>>,
    /// A notice about the data shown (the kept copy of a URL whose refresh failed).
    #[prop_or_default]
    pub data_notice: Option<Shared<Problem>>,
    /// The milestone a deep link (`#m=<id>`) pointed at when the page opened.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// Rendered at build time into `index.html` (`src/bin/prerender.rs`): marked so, because the live
    /// app replaces it when the wasm starts.
    #[prop_or_default]
    pub prerendered: bool,
    /// The data's URL (`options.data`) failed and can be fetched again: a "Try again" button, which
    /// calls this (the start layer fetches again, `start/remote.rs`).
    #[prop_or_default]
    pub onretry: Option<Callback<()>>,
}

impl AppProps {
    /// The props every start needs: the data's text, the options with their problems, the zones and
    /// the language; the rest (`local_zone`, `source_problem`, `data_notice`, `focus`, `prerendered`,
    /// `onretry`) as none, set by the caller where it has them.
    pub fn new(
        json: impl Into<AttrValue>,
        options: Options,
        option_problems: Vec<Problem>,
        zones: Rc<dyn Zones>,
        language: Language,
    ) -> AppProps {
        AppProps {
            json: json.into(),
            options,
            option_problems: Shared(Rc::new(option_problems)),
            zones: ZonesHandle(zones),
            language,
            local_zone: None,
            source_problem: None,
            data_notice: None,
            focus: None,
            prerendered: false,
            onretry: None,
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Parsed once per JSON text; the dataset is shared (Rc), never copied on a re-render.
    let loaded = {
        let zones = props.zones.clone();
        use_memo(props.json.clone(), move |json| {
            let loaded = load(json, &*zones);
            let (warnings, errors): (Vec<Problem>, Vec<Problem>) = loaded
                .problems
                .into_iter()
                .partition(|p| p.severity == Severity::Warning);
            (loaded.dataset.map(Rc::new), warnings, errors)
        })
    };
    let (dataset, warnings, errors) = &*loaded;
    // The hooks run whether or not the data can be shown (a hook is never skipped); without data they
    // hold a stand-in's state, never shown.
    let stand_in = use_memo((), |_| Rc::new(Dataset::default()));
    let shown = dataset.as_ref().unwrap_or(&stand_in);
    let state = use_tracker(
        &shown.subject,
        &props.options,
        &props.zones,
        props.local_zone.as_deref(),
        props.focus.as_deref(),
    );
    let theme = props.options.theme.as_str();
    let l = &props.language;
    let retry = match props.onretry.clone() {
        Some(onretry) => html! {
            <button type="button" class="mt-toggle mt-retry" data-action="retry"
                onclick={move |_: MouseEvent| onretry.emit(())}>{ l.t.try_again }</button>
        },
        None => Html::default(),
    };
    match (&props.source_problem, dataset) {
        (None, Some(dataset)) => {
            let page = Page {
                language: &props.language,
                options: &props.options,
                option_problems: &props.option_problems,
                data_notice: props.data_notice.as_deref(),
                zones: &props.zones,
                local_zone: &props.local_zone,
                prerendered: props.prerendered,
                retry,
            };
            tracker(page, &Shared(dataset.clone()), warnings, state)
        }
        (source_problem, _) => {
            let errors: Vec<&Problem> = match source_problem {
                Some(p) => vec![&**p],
                None => errors.iter().collect(),
            };
            html! {
                <div class="mt" data-theme={theme} data-state="error" lang={l.tag()} dir={l.dir()}>
                    { error_panel(l, props.option_problems.iter(), PanelKind::Options) }
                    if let Some(url) = &props.options.data {
                        <p class="mt-data-from">{ crate::i18n::fill(l.t.data_from, &[url]) }</p>
                    }
                    { error_panel(l, errors, PanelKind::Errors) }
                    { retry }
                </div>
            }
        }
    }
}
