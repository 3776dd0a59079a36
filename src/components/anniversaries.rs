//! The next anniversaries (every 100th day under the count mode, every year) with countdowns.

use crate::browser::format_date;
use crate::days::{upcoming_anniversaries, CountMode, UPCOMING_ANNIVERSARIES};
use crate::text;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnniversariesProps {
    pub release: NaiveDate,
    pub today: NaiveDate,
    pub mode: CountMode,
    pub lang: AttrValue,
}

#[function_component(Anniversaries)]
pub fn anniversaries(props: &AnniversariesProps) -> Html {
    let next = upcoming_anniversaries(
        props.mode,
        props.release,
        props.today,
        UPCOMING_ANNIVERSARIES,
    );
    html! {
        <section class="mt-section mt-anniversaries" aria-labelledby="mt-anniversaries-title">
            <h2 id="mt-anniversaries-title">{ "Coming up" }</h2>
            <ol class="mt-anniversary-list">
                for a in next {
                    <li class="mt-anniversary" data-anniversary={a.date.to_string()} data-days-until={a.days_until.to_string()}>
                        <span class="mt-anniversary-title">{ text::anniversary_title(a.kind) }</span>
                        { " · " }
                        <time datetime={a.date.to_string()}>{ format_date(a.date, &props.lang) }</time>
                        { " · " }
                        <span class="mt-countdown">{ text::countdown(a.days_until) }</span>
                    </li>
                }
            </ol>
        </section>
    }
}
