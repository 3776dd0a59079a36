//! The seconds-resolution "time since release" clock: the only component with a timer, so a tick
//! re-renders this leaf alone. It reports a new calendar day to the top, which recounts the days.
//! It ticks only while the tab is visible and the clock is on screen; while visible but scrolled away it
//! wakes once at the counting zone's next midnight; while hidden nothing runs. Every wake-up recomputes
//! from the real clock, so a sleeping tab catches up at once.

use super::hooks::use_tab_visible;
use super::ZonesHandle;
use crate::i18n::{text, Language};
use crate::web::platform::clock_now;
use milestone_core::calendar::{DateTime, NaiveDate, Timelike, Utc};
use milestone_core::product::{MIDNIGHT_MARGIN_MS, TICK_MS};
use milestone_core::zone::local_datetime;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClockProps {
    pub language: Language,
    pub zone: AttrValue,
    pub zones: ZonesHandle,
    pub release: NaiveDate,
    /// The day the rest of the widget shows; a different local date is reported through `ondaychange`.
    pub today: NaiveDate,
    /// Added to the real clock: the `now` option's shift, 0 for the real time.
    pub offset_ms: i64,
    pub ondaychange: Callback<DateTime<Utc>>,
}

#[function_component(Clock)]
pub fn clock(props: &ClockProps) -> Html {
    let l = &props.language;
    let now = use_state(|| clock_now(props.offset_ms));
    // Two independent facts, each set by its own listener (never merged from a stale snapshot).
    let tab_visible = use_tab_visible();
    let on_screen = use_state(|| true);
    let node = use_node_ref();
    use_on_screen(&node, &on_screen);

    let local = local_datetime(&*props.zones, &props.zone, *now).ok();
    {
        // Seen: tick. Visible but scrolled away: wake at the next local midnight. Hidden: nothing.
        let now = now.clone();
        let seconds_to_midnight = local.map_or(86_400, |l| {
            86_400 - i64::from(l.num_seconds_from_midnight())
        });
        let deps = (
            props.offset_ms,
            tab_visible,
            *on_screen,
            (!*on_screen).then_some(seconds_to_midnight),
        );
        use_effect_with(deps, move |&(offset, tab_visible, on_screen, _)| {
            now.set(clock_now(offset));
            let timer = match (tab_visible, on_screen) {
                (true, true) => Some(Timer::Tick(gloo::timers::callback::Interval::new(
                    TICK_MS,
                    move || now.set(clock_now(offset)),
                ))),
                (true, false) => {
                    let wait = u32::try_from(seconds_to_midnight * 1000)
                        .unwrap_or(u32::MAX)
                        .saturating_add(MIDNIGHT_MARGIN_MS);
                    Some(Timer::Midnight(gloo::timers::callback::Timeout::new(
                        wait,
                        move || now.set(clock_now(offset)),
                    )))
                }
                (false, _) => None,
            };
            move || drop(timer)
        });
    }
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
        return html! { <p class="mt-clock" ref={node} /> };
    };
    let release_midnight = props.release.and_hms_opt(0, 0, 0).unwrap_or_default();
    let seconds = (local - release_midnight).num_seconds();
    html! {
        <p class="mt-clock" data-clock="release" data-ticking={(tab_visible && *on_screen).to_string()} aria-live="off" ref={node}>
            <span class="mt-clock-value">{ text::time_span(l, seconds) }</span>
            <span class="mt-clock-caption">
                { text::clock_caption(l, seconds, &props.zone) }
            </span>
        </p>
    }
}

/// Held only to be dropped: dropping cancels.
#[allow(dead_code)]
enum Timer {
    Tick(gloo::timers::callback::Interval),
    Midnight(gloo::timers::callback::Timeout),
}

/// Follows whether the clock is on screen.
#[hook]
fn use_on_screen(node: &NodeRef, on_screen: &UseStateHandle<bool>) {
    let (node, on_screen) = (node.clone(), on_screen.clone());
    use_effect_with((), move |_| {
        let observer = node
            .cast::<web_sys::Element>()
            .and_then(|el| observe_on_screen(&el, on_screen));
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

type OnScreenCallback = wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>;

fn observe_on_screen(
    el: &web_sys::Element,
    on_screen: UseStateHandle<bool>,
) -> Option<(web_sys::IntersectionObserver, OnScreenCallback)> {
    use wasm_bindgen::JsCast;
    let callback = OnScreenCallback::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_screen.set(entry.is_intersecting());
        }
    });
    let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some((observer, callback))
}
