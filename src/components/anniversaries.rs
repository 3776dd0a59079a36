//! The next anniversaries (every 100th day under the count mode, every year) with countdowns, and
//! the same as a calendar file to download.

use super::markup::Markup;
use super::Shared;
use crate::export::ics::{anniversaries_ics, file_name};
use crate::i18n::{text, Language};
use crate::web::platform::{clock_now, download_text};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{anniversaries, Anniversary, CountMode};
use milestone_core::model::Dataset;
use milestone_core::product::UPCOMING_ANNIVERSARIES;
use milestone_core::state::Fold;
use yew::prelude::*;

pub fn anniversary_list(
    l: &Language,
    dataset: &Shared<Dataset>,
    today: NaiveDate,
    mode: CountMode,
    open: bool,
) -> Html {
    let subject = &dataset.subject;
    let next = anniversaries(mode, subject.release_date(), today).take(UPCOMING_ANNIVERSARIES);
    let ondownload = {
        let (dataset, l) = (dataset.clone(), l.clone());
        Callback::from(move |_: MouseEvent| {
            let subject = &dataset.subject;
            let ics = anniversaries_ics(&l, subject, mode, today, clock_now(0));
            download_text(&file_name(subject), "text/calendar", &ics);
        })
    };
    // The list is text (no handler); the button is Yew's.
    let mut list = Markup::new();
    list.class("ol", "mt-anniversary-list");
    for a in next {
        let (date, until) = (a.date.to_string(), a.days_until(today));
        list.open(
            "li",
            &[
                ("class", Some("mt-anniversary")),
                ("data-anniversary", Some(&date)),
                ("data-days-until", Some(&until.to_string())),
            ],
        );
        anniversary_line(l, &a, today, &mut list);
        list.close("li");
    }
    list.close("ol");
    html! {
        <section class="mt-section mt-anniversaries" aria-labelledby="mt-anniversaries-title">
            <details class="mt-fold" data-fold={Fold::Anniversaries.name()} {open}>
                <summary><h2 id="mt-anniversaries-title">{ l.t.coming_up }</h2></summary>
                { list.into_html() }
                <button type="button" class="mt-toggle mt-calendar" data-action="calendar" onclick={ondownload}>
                    { l.t.calendar_button }
                </button>
            </details>
        </section>
    }
}

/// An anniversary in words: its title, its date and the countdown to it (`Day 100 · December 16, 2023
/// · today`), as the list and the card's next anniversary show it.
pub fn anniversary_line(l: &Language, a: &Anniversary, today: NaiveDate, m: &mut Markup) {
    m.line(
        "span",
        "mt-anniversary-title",
        &text::anniversary_title(l, a.kind),
    )
    .text(" · ")
    .time(&a.date.to_string(), &l.date(a.date))
    .text(" · ")
    .line(
        "span",
        "mt-countdown",
        &text::countdown(l, a.days_until(today)),
    );
}
