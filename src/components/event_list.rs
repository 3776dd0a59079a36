//! Other dated events (nominations, enlistment, an expected discharge) at the precision the source gives.

use super::markup::Markup;
use super::source_line::source_line;
use crate::i18n::{fill, text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::model::{DatedBy, Event};
use milestone_core::order::{day_key, sort_by};
use milestone_core::state::Fold;
use yew::prelude::*;

/// `today` is the day shown: events not yet known then are left out ("as of" views).
pub fn event_list(l: &Language, events: &[Event], today: NaiveDate, open: bool) -> Html {
    let mut events: Vec<&Event> = events.iter().filter(|e| e.known_on(today)).collect();
    if events.is_empty() {
        return Html::default();
    }
    sort_by(&mut events, |e| day_key(e.date.earliest_date()));
    let mut m = Markup::new();
    let fold = Some(open);
    m.section(Fold::Events.name(), l.t.other_dates, fold)
        .class("ol", "mt-event-list");
    for e in events {
        let shown = text::date_value(l, &e.date);
        let shown = if e.expected && e.dated_by == DatedBy::Event {
            fill(l.t.expected, &[&shown])
        } else {
            text::dated(l, e.dated_by, shown)
        };
        m.open(
            "li",
            &[
                (
                    "class",
                    Some(&format!("mt-event mt-event--{}", e.kind.as_str())),
                ),
                ("data-event-id", Some(&e.id)),
                ("id", Some(&format!("e-{}", e.id))),
            ],
        )
        .class("p", "mt-event-when")
        .time(&e.date.to_string(), &shown)
        .close("p")
        .user_line("p", "mt-event-title", &e.title);
        if let Some(detail) = &e.detail {
            m.user_line("p", "mt-event-detail", detail);
        }
        source_line(l, &e.source, &mut m);
        m.close("li");
    }
    m.close("ol").end_section(fold);
    m.into_html()
}
