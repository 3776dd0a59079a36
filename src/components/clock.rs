//! The seconds-resolution "time since release" clock: the only component with a timer, so a tick
//! re-renders this leaf alone. It reports a new calendar day to the top, which recounts the days.

use super::ZonesHandle;
use crate::browser::clock_now_ms;
use crate::text;
use crate::zone::local_datetime;
use chrono::{DateTime, NaiveDate, Utc};
use yew::prelude::*;

/// How often the clock recomputes from the real clock (never incremented: a sleeping tab catches up).
pub const TICK_MS: u32 = 1_000;

#[derive(Properties, PartialEq)]
pub struct ClockProps {
    pub zone: AttrValue,
    pub zones: ZonesHandle,
    pub release: NaiveDate,
    /// The day the rest of the widget shows; a different local date is reported through `ondaychange`.
    pub today: NaiveDate,
    /// Added to the real clock: the `now` option's shift, 0 for the real time.
    pub offset_ms: i64,
    pub ondaychange: Callback<DateTime<Utc>>,
}

fn current(offset_ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(clock_now_ms().saturating_add(offset_ms)).unwrap_or_default()
}

#[function_component(Clock)]
pub fn clock(props: &ClockProps) -> Html {
    let now = use_state(|| current(props.offset_ms));
    {
        let now = now.clone();
        use_effect_with(props.offset_ms, move |offset| {
            let offset = *offset;
            now.set(current(offset));
            let interval =
                gloo::timers::callback::Interval::new(TICK_MS, move || now.set(current(offset)));
            move || drop(interval)
        });
    }
    let local = local_datetime(&*props.zones, &props.zone, *now).ok();
    {
        let local_date = local.map(|l| l.date());
        let (today, ondaychange, instant) = (props.today, props.ondaychange.clone(), *now);
        use_effect_with(local_date, move |local_date| {
            if local_date.is_some_and(|d| d != today) {
                ondaychange.emit(instant);
            }
        });
    }
    let Some(local) = local else {
        return Html::default();
    };
    let release_midnight = props.release.and_hms_opt(0, 0, 0).unwrap_or_default();
    let seconds = (local - release_midnight).num_seconds();
    html! {
        <p class="mt-clock" data-clock="release" aria-live="off">
            <span class="mt-clock-value">{ text::time_span(seconds) }</span>
            <span class="mt-clock-caption">
                { format!(" {} release, {} time", if seconds < 0 { "until" } else { "since" }, props.zone) }
            </span>
        </p>
    }
}
