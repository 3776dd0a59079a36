//! The reader's choices: which count is the headline, and which calendar counts.

use crate::i18n::{fill, text, Language};
use milestone_core::days::CountMode;
use milestone_core::options::ZoneChoice;
use yew::prelude::*;

/// What the controls show, and where the reader's choices go.
pub struct ControlsProps {
    pub count: CountMode,
    pub zone: ZoneChoice,
    /// The zone in use, by name.
    pub zone_name: String,
    pub home_zone: String,
    pub local_zone: Option<AttrValue>,
    pub onsetcount: Callback<CountMode>,
    pub onsetzone: Callback<ZoneChoice>,
}

pub fn controls(l: &Language, props: ControlsProps) -> Html {
    let t = l.t;
    let count_button = |mode: CountMode| {
        let onclick = props.onsetcount.reform(move |_: MouseEvent| mode);
        html! {
            <button type="button" class="mt-toggle" aria-pressed={(props.count == mode).to_string()} data-count-mode={mode.as_str()} {onclick}>
                { text::count_mode_label(l, mode) }
            </button>
        }
    };
    let mut zones: Vec<(ZoneChoice, String)> =
        vec![(ZoneChoice::Home, fill(t.home_zone, &[&props.home_zone]))];
    if let Some(local) = &props.local_zone {
        zones.push((ZoneChoice::Local, fill(t.your_zone, &[local])));
    }
    if props.home_zone != "UTC" {
        zones.push((ZoneChoice::Named("UTC".into()), "UTC".into()));
    }
    if let ZoneChoice::Named(name) = &props.zone {
        if name != "UTC" {
            zones.push((props.zone.clone(), name.clone()));
        }
    }
    html! {
        <div class="mt-controls">
            <div class="mt-control-group" role="group" aria-label={t.headline_count}>
                { count_button(CountMode::Elapsed) }
                { count_button(CountMode::Inclusive) }
            </div>
            <div class="mt-control-group" role="group" aria-label={t.counting_zone}>
                for (choice, label) in zones {
                    {{
                        let pressed = choice == props.zone;
                        let value = choice.as_written().to_string();
                        let onclick = props.onsetzone.reform(move |_: MouseEvent| choice.clone());
                        html! {
                            <button type="button" class="mt-toggle" aria-pressed={pressed.to_string()} data-zone-choice={value} {onclick}>{ label }</button>
                        }
                    }}
                }
            </div>
            <p class="mt-zone-note" data-zone={props.zone_name.clone()}>{ fill(t.days_change_at, &[&props.zone_name]) }</p>
        </div>
    }
}
