//! One live counter: the headline count under the current mode, and the other count beside it.

use crate::i18n::{text, Language};
use chrono::NaiveDate;
use milestone_core::days::{count_days, elapsed_days, inclusive_days, CountMode};
use yew::prelude::*;

/// What one counter shows.
pub struct Counter {
    /// `album` or `track:<id>`: the stable hook `data-counter`.
    pub counter_id: String,
    pub label: String,
    pub date: NaiveDate,
    pub today: NaiveDate,
    pub mode: CountMode,
    pub note: Option<String>,
    pub large: bool,
}

pub fn day_counter(l: &Language, props: Counter) -> Html {
    let headline = count_days(props.mode, props.date, props.today);
    let elapsed = elapsed_days(props.date, props.today);
    let inclusive = inclusive_days(props.date, props.today);
    let class = if props.large {
        "mt-counter mt-counter--large"
    } else {
        "mt-counter"
    };
    html! {
        <div {class} data-counter={props.counter_id} data-days={headline.to_string()}>
            <span class="mt-counter-label">{ props.label }</span>
            <span class="mt-counter-value">{ text::counter_figure(props.mode, headline) }</span>
            <span class="mt-counter-caption">{ text::counter_caption(l, props.mode, headline) }</span>
            <span class="mt-counter-alt">{ text::counter_alternative(l, props.mode, elapsed, inclusive) }</span>
            if let Some(note) = props.note {
                <span class="mt-counter-note">{ note }</span>
            }
        </div>
    }
}
