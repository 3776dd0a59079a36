//! Other dated events (nominations, enlistment, an expected discharge) at the precision the source gives.

use super::hooks::use_language;
use super::source_line::SourceLine;
use crate::i18n::{fill, text};
use chrono::NaiveDate;
use milestone_core::model::{DatedBy, Event};
use milestone_core::order::{day_key, sort_by};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub events: Vec<Event>,
    /// The day shown: events not yet known then are left out ("as of" views).
    pub today: NaiveDate,
}

#[function_component(EventList)]
pub fn event_list(props: &EventListProps) -> Html {
    let l = use_language();
    let mut events: Vec<&Event> = props
        .events
        .iter()
        .filter(|e| e.known_on(props.today))
        .collect();
    if events.is_empty() {
        return Html::default();
    }
    sort_by(&mut events, |e| day_key(e.date.earliest_date()));
    html! {
        <section class="mt-section mt-events" aria-labelledby="mt-events-title">
            <h2 id="mt-events-title">{ l.t.other_dates }</h2>
            <ol class="mt-event-list">
                for e in events {
                    <li class={classes!("mt-event", format!("mt-event--{}", e.kind.as_str()))} key={e.id.clone()} data-event-id={e.id.clone()}>
                        <p class="mt-event-when">
                            <time datetime={e.date.to_string()}>{{
                                let shown = text::date_value(&l, &e.date);
                                if e.expected && e.dated_by == DatedBy::Event { fill(l.t.expected, &[&shown]) } else { text::dated(&l, e.dated_by, shown) }
                            }}</time>
                        </p>
                        <p class="mt-event-title">{ e.title.clone() }</p>
                        if let Some(detail) = &e.detail {
                            <p class="mt-event-detail">{ detail.clone() }</p>
                        }
                        <SourceLine source={e.source.clone()} />
                    </li>
                }
            </ol>
        </section>
    }
}
