//! The next anniversaries (every 100th day under the count mode, every year) with countdowns, and
//! the same as a calendar file to download.

use crate::browser::{clock_now_ms, download_text, format_date};
use crate::calendar::{anniversaries_ics, file_name};
use crate::days::{upcoming_anniversaries, CountMode, UPCOMING_ANNIVERSARIES};
use crate::model::Subject;
use crate::text;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnniversariesProps {
    pub subject: Subject,
    pub today: NaiveDate,
    pub mode: CountMode,
    pub lang: AttrValue,
}

#[function_component(Anniversaries)]
pub fn anniversaries(props: &AnniversariesProps) -> Html {
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    let t = lang.texts();
    let next = upcoming_anniversaries(
        props.mode,
        props.subject.release_date(),
        props.today,
        UPCOMING_ANNIVERSARIES,
    );
    let ondownload = {
        let (subject, mode, today) = (props.subject.clone(), props.mode, props.today);
        Callback::from(move |_: MouseEvent| {
            let stamp = chrono::DateTime::from_timestamp_millis(clock_now_ms()).unwrap_or_default();
            download_text(
                &file_name(&subject),
                "text/calendar",
                &anniversaries_ics(lang.texts(), &subject, mode, today, stamp),
            );
        })
    };
    html! {
        <section class="mt-section mt-anniversaries" aria-labelledby="mt-anniversaries-title">
            <h2 id="mt-anniversaries-title">{ t.coming_up }</h2>
            <ol class="mt-anniversary-list">
                for a in next {
                    <li class="mt-anniversary" data-anniversary={a.date.to_string()} data-days-until={a.days_until.to_string()}>
                        <span class="mt-anniversary-title">{ text::anniversary_title(t, a.kind) }</span>
                        { " · " }
                        <time datetime={a.date.to_string()}>{ format_date(a.date, &props.lang) }</time>
                        { " · " }
                        <span class="mt-countdown">{ text::countdown(t, a.days_until) }</span>
                    </li>
                }
            </ol>
            <button type="button" class="mt-toggle mt-calendar" data-action="calendar" onclick={ondownload}>
                { t.calendar_button }
            </button>
        </section>
    }
}
