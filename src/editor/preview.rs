//! The preview: the real widget showing the draft, with the choices a blogger makes for a post (count,
//! zone, language, theme, layout). The snippets carry the same choices (`Choice::pairs`).

use super::texts::EditorTexts;
use crate::components::{App, Shared, ZonesHandle};
use crate::i18n::{Lang, Language};
use milestone_core::days::CountMode;
use milestone_core::options::{option_pairs, Layout, Options, Theme, ZoneChoice};
use milestone_core::words::{OptionName, Word};
use std::rc::Rc;
use yew::prelude::*;

/// The preview's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub lang: Lang,
    pub count: CountMode,
    pub zone: ZoneChoice,
    pub theme: Theme,
    pub layout: Layout,
}

impl Choice {
    pub fn new(lang: Lang) -> Choice {
        Choice {
            lang,
            count: CountMode::default(),
            zone: ZoneChoice::Home,
            theme: Theme::default(),
            layout: Layout::default(),
        }
    }

    /// The widget's options for these choices.
    pub fn options(&self) -> Options {
        Options {
            count: Some(self.count),
            tz: Some(self.zone.clone()),
            theme: self.theme,
            layout: self.layout,
            ..Default::default()
        }
    }

    /// The choices as a snippet writes them (those that differ from the widget's defaults).
    pub fn pairs(&self) -> Vec<(OptionName, String)> {
        option_pairs(&self.options(), self.count, &self.zone)
    }

    /// The choice `id` (a control's id) set to the word `value`; an unknown word gives the default.
    fn with(&self, id: &str, value: &str) -> Choice {
        let mut next = self.clone();
        match id {
            "ed-count" => next.count = CountMode::from_word(value).unwrap_or_default(),
            "ed-zone" => next.zone = ZoneChoice::parse(value).unwrap_or(ZoneChoice::Home),
            "ed-lang" => {
                next.lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.tag() == value)
                    .unwrap_or_default()
            }
            "ed-theme" => next.theme = Theme::from_word(value).unwrap_or_default(),
            _ => next.layout = Layout::from_word(value).unwrap_or_default(),
        }
        next
    }
}

/// A labelled choice among `choices` (value, words), `current` selected.
pub fn select(
    id: &'static str,
    label: &'static str,
    current: &str,
    choices: Vec<(String, String)>,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        onchange.emit(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    html! {
        <div class="ed-field ed-field--inline">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { for choices.into_iter().map(|(value, shown)| { let selected = value == current; html! { <option {selected} {value}>{ shown }</option> } }) }
            </select>
        </div>
    }
}

fn words_of(all: &[&str]) -> Vec<(String, String)> {
    all.iter().map(|w| (w.to_string(), w.to_string())).collect()
}

pub struct PreviewProps<'a> {
    pub t: &'static EditorTexts,
    pub choice: Choice,
    /// The draft's file as the preview takes it (a large one once typing pauses).
    pub json: AttrValue,
    pub zones: &'a ZonesHandle,
    pub language: Language,
    pub local_zone: Option<AttrValue>,
}

/// The choices, where the snippets they change follow (in the export panel); the preview follows them.
pub fn choices_view(t: &'static EditorTexts, choice: &UseStateHandle<Choice>) -> Html {
    let c = (**choice).clone();
    let set = |id: &'static str| {
        let choice = choice.clone();
        Callback::from(move |value: String| choice.set(choice.with(id, &value)))
    };
    let zones = ["home", "local", "UTC"].map(|z| (z.to_string(), z.to_string()));
    let langs = Lang::ALL.map(|l| (l.tag().to_string(), l.name().to_string()));
    html! {
        <div class="ed-preview-tools">
            { select("ed-count", t.preview_count, c.count.as_str(), words_of(CountMode::WORDS), set("ed-count")) }
            { select("ed-zone", t.preview_zone, c.zone.as_written(), zones.to_vec(), set("ed-zone")) }
            { select("ed-lang", t.preview_language, c.lang.tag(), langs.to_vec(), set("ed-lang")) }
            { select("ed-theme", t.preview_theme, c.theme.as_str(), words_of(Theme::WORDS), set("ed-theme")) }
            { select("ed-layout", t.preview_layout, c.layout.as_str(), words_of(Layout::WORDS), set("ed-layout")) }
        </div>
    }
}

/// The preview panel: the widget, as the choices (`choices_view`) say.
pub fn preview_panel(p: PreviewProps) -> Html {
    let t = p.t;
    html! {
        <aside class="ed-preview" aria-labelledby="ed-preview-title">
            <h2 id="ed-preview-title" tabindex="-1">{ t.preview_title }</h2>
            <p class="ed-hint">{ t.preview_choices_hint }</p>
            <div class="ed-preview-widget">
                <App json={p.json} options={p.choice.options()} option_problems={Shared(Rc::new(Vec::new()))}
                    zones={p.zones.clone()} language={p.language} local_zone={p.local_zone} />
            </div>
        </aside>
    }
}
