//! The next anniversaries (every 100th day under the count mode, every year) with countdowns, and
//! the same as a calendar file to download.

use crate::export::ics::{anniversaries_ics, file_name};
use crate::i18n::{text, Language};
use crate::web::platform::{clock_now, download_text};
use chrono::NaiveDate;
use milestone_core::days::{anniversaries, CountMode};
use milestone_core::model::Subject;
use milestone_core::product::UPCOMING_ANNIVERSARIES;
use yew::prelude::*;

pub fn anniversary_list(
    l: &Language,
    subject: &Subject,
    today: NaiveDate,
    mode: CountMode,
) -> Html {
    let next = anniversaries(mode, subject.release_date(), today).take(UPCOMING_ANNIVERSARIES);
    let ondownload = {
        let (subject, l) = (subject.clone(), l.clone());
        Callback::from(move |_: MouseEvent| {
            let ics = anniversaries_ics(&l, &subject, mode, today, clock_now(0));
            download_text(&file_name(&subject), "text/calendar", &ics);
        })
    };
    html! {
        <section class="mt-section mt-anniversaries" aria-labelledby="mt-anniversaries-title">
            <h2 id="mt-anniversaries-title">{ l.t.coming_up }</h2>
            <ol class="mt-anniversary-list">
                for a in next {
                    <li class="mt-anniversary" data-anniversary={a.date.to_string()} data-days-until={a.days_until(today).to_string()}>
                        <span class="mt-anniversary-title">{ text::anniversary_title(l, a.kind) }</span>
                        { " · " }
                        <time datetime={a.date.to_string()}>{ l.date(a.date) }</time>
                        { " · " }
                        <span class="mt-countdown">{ text::countdown(l, a.days_until(today)) }</span>
                    </li>
                }
            </ol>
            <button type="button" class="mt-toggle mt-calendar" data-action="calendar" onclick={ondownload}>
                { l.t.calendar_button }
            </button>
        </section>
    }
}
