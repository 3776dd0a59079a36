//! The next anniversaries (every 100th day under the count mode, every year) with countdowns, and
//! the same as a calendar file to download.

use super::hooks::use_language;
use crate::export::ics::{anniversaries_ics, file_name};
use crate::i18n::text;
use crate::web::platform::{clock_now, download_text};
use chrono::NaiveDate;
use milestone_core::days::{anniversaries, CountMode};
use milestone_core::model::Subject;
use milestone_core::product::UPCOMING_ANNIVERSARIES;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnniversariesProps {
    pub subject: Subject,
    pub today: NaiveDate,
    pub mode: CountMode,
}

#[function_component(Anniversaries)]
pub fn anniversaries_list(props: &AnniversariesProps) -> Html {
    let l = use_language();
    let next = anniversaries(props.mode, props.subject.release_date(), props.today)
        .take(UPCOMING_ANNIVERSARIES);
    let ondownload = {
        let (subject, mode, today, l) = (props.subject.clone(), props.mode, props.today, l.clone());
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
                    <li class="mt-anniversary" data-anniversary={a.date.to_string()} data-days-until={a.days_until(props.today).to_string()}>
                        <span class="mt-anniversary-title">{ text::anniversary_title(&l, a.kind) }</span>
                        { " · " }
                        <time datetime={a.date.to_string()}>{ l.date(a.date) }</time>
                        { " · " }
                        <span class="mt-countdown">{ text::countdown(&l, a.days_until(props.today)) }</span>
                    </li>
                }
            </ol>
            <button type="button" class="mt-toggle mt-calendar" data-action="calendar" onclick={ondownload}>
                { l.t.calendar_button }
            </button>
        </section>
    }
}
