//! Other dated events (nominations, enlistment, an expected discharge) at the precision the source gives.

use super::source_line::source_line;
use crate::i18n::{fill, text, Language};
use chrono::NaiveDate;
use milestone_core::model::{DatedBy, Event};
use milestone_core::order::{day_key, sort_by};
use yew::prelude::*;

/// `today` is the day shown: events not yet known then are left out ("as of" views).
pub fn event_list(l: &Language, events: &[Event], today: NaiveDate) -> Html {
    let mut events: Vec<&Event> = events.iter().filter(|e| e.known_on(today)).collect();
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
                                let shown = text::date_value(l, &e.date);
                                if e.expected && e.dated_by == DatedBy::Event { fill(l.t.expected, &[&shown]) } else { text::dated(l, e.dated_by, shown) }
                            }}</time>
                        </p>
                        <p class="mt-event-title">{ e.title.clone() }</p>
                        if let Some(detail) = &e.detail {
                            <p class="mt-event-detail">{ detail.clone() }</p>
                        }
                        { source_line(l, &e.source) }
                    </li>
                }
            </ol>
        </section>
    }
}
