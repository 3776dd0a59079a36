//! One live counter: the headline count under the current mode, and the other count beside it.

use super::hooks::use_language;
use crate::i18n::text;
use chrono::NaiveDate;
use milestone_core::days::{count_days, elapsed_days, inclusive_days, CountMode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayCounterProps {
    /// `album` or `track:<id>`: the stable hook `data-counter`.
    pub counter_id: AttrValue,
    pub label: AttrValue,
    pub date: NaiveDate,
    pub today: NaiveDate,
    pub mode: CountMode,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub large: bool,
}

#[function_component(DayCounter)]
pub fn day_counter(props: &DayCounterProps) -> Html {
    let l = use_language();
    let headline = count_days(props.mode, props.date, props.today);
    let elapsed = elapsed_days(props.date, props.today);
    let inclusive = inclusive_days(props.date, props.today);
    let class = classes!("mt-counter", props.large.then_some("mt-counter--large"));
    html! {
        <div {class} data-counter={props.counter_id.clone()} data-days={headline.to_string()}>
            <span class="mt-counter-label">{ props.label.clone() }</span>
            <span class="mt-counter-value">{ text::counter_figure(props.mode, headline) }</span>
            <span class="mt-counter-caption">{ text::counter_caption(&l, props.mode, headline) }</span>
            <span class="mt-counter-alt">{ text::counter_alternative(&l, props.mode, elapsed, inclusive) }</span>
            if let Some(note) = &props.note {
                <span class="mt-counter-note">{ note.clone() }</span>
            }
        </div>
    }
}
