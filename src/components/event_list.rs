//! Other dated events (nominations, enlistment, an expected discharge) at the precision the source gives.

use super::source_line::SourceLine;
use crate::browser::{format_date, format_month};
use crate::model::{DateValue, DatedBy, Event};
use chrono::NaiveDate;
use chrono::Timelike;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub events: Vec<Event>,
    pub lang: AttrValue,
    /// The day shown: events not yet known then are left out ("as of" views).
    pub today: NaiveDate,
}

fn date_text(date: &DateValue, lang: &str) -> String {
    match date {
        DateValue::Day(d) => format_date(*d, lang),
        DateValue::Instant(t) => {
            format!(
                "{} {:02}:{:02} (UTC{})",
                format_date(t.date_naive(), lang),
                t.hour(),
                t.minute(),
                t.offset()
            )
        }
        DateValue::Month { year, month } => format_month(*year, *month, lang),
        DateValue::Year(y) => y.to_string(),
    }
}

#[function_component(EventList)]
pub fn event_list(props: &EventListProps) -> Html {
    let t = super::hooks::use_texts();
    if props.events.is_empty() {
        return Html::default();
    }
    let mut events: Vec<&Event> = props
        .events
        .iter()
        .filter(|e| e.known_on(props.today))
        .collect();
    if events.is_empty() {
        return Html::default();
    }
    events.sort_by_key(|e| e.date.earliest_date());
    html! {
        <section class="mt-section mt-events" aria-labelledby="mt-events-title">
            <h2 id="mt-events-title">{ t.other_dates }</h2>
            <ol class="mt-event-list">
                for e in events {
                    <li class={classes!("mt-event", format!("mt-event--{}", e.kind.as_str()))} key={e.id.clone()} data-event-id={e.id.clone()}>
                        <p class="mt-event-when">
                            <time datetime={e.date.to_string()}>{{
                                let shown = date_text(&e.date, &props.lang);
                                match (e.dated_by == DatedBy::Report, e.expected) {
                                    (true, _) => (t.by_date)(&shown),
                                    (false, true) => (t.expected)(&shown),
                                    (false, false) => shown,
                                }
                            }}</time>
                        </p>
                        <p class="mt-event-title">{ e.title.clone() }</p>
                        if let Some(detail) = &e.detail {
                            <p class="mt-event-detail">{ detail.clone() }</p>
                        }
                        <SourceLine source={e.source.clone()} lang={props.lang.clone()} />
                    </li>
                }
            </ol>
        </section>
    }
}
