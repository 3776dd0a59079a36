//! "As of": pick a day (a date field, or a slider over the album's life) and the whole tracker shows
//! what it said then; "Back to now" returns to the live clock.

use crate::i18n::Language;
use milestone_core::calendar::{Duration, NaiveDate};
use milestone_core::date::DateValue;
use milestone_core::days::elapsed_days;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub struct AsOfProps {
    pub release: NaiveDate,
    /// The day shown now.
    pub today: NaiveDate,
    /// The day it is on the live clock.
    pub live_today: NaiveDate,
    /// A chosen day, or `None` for the live clock.
    pub onasof: Callback<Option<NaiveDate>>,
}

fn input_value(e: &Event) -> Option<String> {
    e.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|input| input.value())
}

pub fn as_of(l: &Language, props: AsOfProps) -> Html {
    let t = l.t;
    let last = props.live_today.max(props.release);
    let span = elapsed_days(props.release, last);
    let ondate = {
        let onasof = props.onasof.clone();
        Callback::from(move |e: Event| {
            // The dataset's date parser, not chrono's general one (which would add its parser to the wasm).
            if let Some(DateValue::Day(day)) =
                input_value(&e).and_then(|v| DateValue::parse(&v).ok())
            {
                onasof.emit(Some(day));
            }
        })
    };
    let onslide = {
        let (onasof, release) = (props.onasof.clone(), props.release);
        Callback::from(move |e: InputEvent| {
            let value = input_value(&e).and_then(|v| v.parse::<i64>().ok());
            if let Some(day) = value.and_then(|d| release.checked_add_signed(Duration::days(d))) {
                onasof.emit(Some(day));
            }
        })
    };
    let onlive = props.onasof.reform(|_: MouseEvent| None);
    let travelling = props.today != props.live_today;
    html! {
        <div class="mt-as-of" role="group" aria-label={t.as_of_group} data-as-of={travelling.then(|| props.today.to_string())}>
            <label for="mt-as-of-date">{ t.as_of }</label>
            <input id="mt-as-of-date" type="date" value={props.today.to_string()} min={props.release.to_string()}
                max={last.to_string()} onchange={ondate} />
            <input type="range" class="mt-as-of-slider" aria-label={t.as_of_slider} min="0" max={span.to_string()}
                value={elapsed_days(props.release, props.today).clamp(0, span).to_string()} oninput={onslide} />
            if travelling {
                <button type="button" class="mt-toggle" data-action="live" onclick={onlive}>{ t.back_to_now }</button>
            }
        </div>
    }
}
