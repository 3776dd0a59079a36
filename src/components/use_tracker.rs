//! The tracker's state as a hook: the reducer (`milestone_core::state`), started from the options and
//! the reader's remembered choices; the counting zone and "today" resolved from it; the callbacks the
//! controls call; and deep links followed while the page is open. The clock is read here, at the top.

use super::ZonesHandle;
use crate::web::platform::{clock_now, clock_now_ms, decode_component, page_hash, store, stored};
use milestone_core::calendar::{DateTime, NaiveDate, Utc};
use milestone_core::days::{today_in, CountMode};
use milestone_core::link::focus_from_hash;
use milestone_core::model::Subject;
use milestone_core::options::{Options, ZoneChoice};
use milestone_core::problem::Problem;
use milestone_core::remember::{self, Remembered};
use milestone_core::state::{noon_of, resolve_zone, Action, Fold, Folds, TrackerState};
use milestone_core::storage::StorageKey;
use milestone_core::zone::UnknownZone;
use std::rc::Rc;
use yew::prelude::*;

struct Reducer(TrackerState);

impl Reducible for Reducer {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Reducer(self.0.reduce(action)))
    }
}

/// Two states that differ only in their folds render alike (`use_reducer_eq`): the page already shows a
/// section the reader opened or folded (the browser's own `<details>`), so recording it
/// (`Action::SetFold`) needs no re-render, which would replace the section's markup and take the focus
/// off its title. The next render for another reason writes it as the state has it.
impl PartialEq for Reducer {
    fn eq(&self, other: &Self) -> bool {
        let mut folds_aside = self.0.clone();
        folds_aside.folds = other.0.folds;
        folds_aside == other.0
    }
}

/// What the tracker's view needs: the state, what follows from it, and the reader's actions.
pub struct TrackerHandle {
    pub state: TrackerState,
    /// The zone the counts use, by name.
    pub zone_name: String,
    /// Why the zone asked for is not the one in use, if it is not.
    pub zone_problem: Option<Problem>,
    /// The day shown in the counting zone.
    pub today: Result<NaiveDate, UnknownZone>,
    /// The day it is on the live clock (not an "as of" day).
    pub live_today: NaiveDate,
    pub onsetcount: Callback<CountMode>,
    pub onsetzone: Callback<ZoneChoice>,
    pub ondaychange: Callback<DateTime<Utc>>,
    /// "As of" a chosen day, or back to the live clock (`None`).
    pub onasof: Callback<Option<NaiveDate>>,
    /// The tracker's root element: a folded section opened or closed there is remembered.
    pub root: NodeRef,
}

#[hook]
pub fn use_tracker(
    subject: &Subject,
    options: &Options,
    zones: &ZonesHandle,
    local_zone: Option<&str>,
    focus: Option<&str>,
) -> TrackerHandle {
    // The live clock: the real one, or the `now` option's shift of it; "as of" moves away from it.
    let live_offset_ms = *use_memo(options.now, |now| {
        now.map_or(0, |t| t.timestamp_millis() - clock_now_ms())
    });
    // The reader's remembered choices, one key per dataset.
    let storage_key = std::rc::Rc::new(StorageKey::Choices(subject).to_string());
    let state = use_reducer_eq(|| {
        let remembered = stored(&storage_key)
            .map(|text| remember::parse(&text))
            .unwrap_or_default();
        let folds = Fold::ALL.into_iter().fold(Folds::default(), |folds, fold| {
            let open = stored(&StorageKey::Fold(fold).to_string()).as_deref() == Some("1");
            folds.with(fold, open)
        });
        Reducer(TrackerState::start(
            options,
            remembered,
            clock_now(live_offset_ms),
            live_offset_ms,
            focus.map(str::to_string),
            folds,
        ))
    });
    {
        // A deep link followed while the page is open (`#m=<id>`) focuses that milestone.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let focus = focus_from_hash(&page_hash(), decode_component);
                    state.dispatch(Action::FocusMilestone(focus));
                });
            move || drop(listener)
        });
    }
    let (zone_name, zone_problem) =
        resolve_zone(&state.0.zone, &subject.home_zone, local_zone, &**zones);
    let today = today_in(&**zones, &zone_name, state.0.now);
    let live_today = today_in(&**zones, &zone_name, clock_now(live_offset_ms))
        .or_else(|_| today.clone())
        .unwrap_or_default();

    // Only the reader's own choices are remembered, never the embedder's options.
    let remember_choice = {
        let key = storage_key.clone();
        move |zone: &ZoneChoice, count: CountMode| {
            let remembered = Remembered {
                zone: Some(zone.clone()),
                count: Some(count),
            };
            store(&key, &remember::to_text(&remembered));
        }
    };
    let onsetcount = {
        let (state, remember_choice) = (state.clone(), remember_choice.clone());
        Callback::from(move |mode: CountMode| {
            remember_choice(&state.0.zone, mode);
            state.dispatch(Action::SetCountMode(mode))
        })
    };
    let onsetzone = {
        let state = state.clone();
        Callback::from(move |zone: ZoneChoice| {
            remember_choice(&zone, state.0.count);
            state.dispatch(Action::SetZone(zone, clock_now(state.0.offset_ms)))
        })
    };
    let ondaychange = {
        let state = state.clone();
        Callback::from(move |now: DateTime<Utc>| state.dispatch(Action::DayChanged(now)))
    };
    // "As of" a chosen day: the clock jumps to that day's noon in the counting zone and runs on.
    let onasof = {
        let (state, zones, zone) = (state.clone(), zones.clone(), zone_name.clone());
        Callback::from(move |day: Option<NaiveDate>| {
            let offset_ms = match day {
                Some(day) => noon_of(day, &zone, &*zones).timestamp_millis() - clock_now_ms(),
                None => live_offset_ms,
            };
            state.dispatch(Action::SetClock {
                offset_ms,
                now: clock_now(offset_ms),
            });
        })
    };
    // A section folded or opened by the reader: into the state, and remembered. `toggle` does not
    // bubble: caught on the way down, at the tracker's root (a mount's shadow root included).
    let root = use_node_ref();
    let listening = use_mut_ref(|| None::<gloo::events::EventListener>);
    {
        let (root, state) = (root.clone(), state.clone());
        // After each render, until the root is there (the data may come later, from a URL).
        use_effect(move || {
            if listening.borrow().is_some() {
                return;
            }
            *listening.borrow_mut() = root.cast::<web_sys::Element>().map(move |el| {
                let options = gloo::events::EventListenerOptions::run_in_capture_phase();
                gloo::events::EventListener::new_with_options(
                    &el,
                    "toggle",
                    options,
                    move |event| {
                        use wasm_bindgen::JsCast;
                        let details = event
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                        let fold = details
                            .as_ref()
                            .and_then(|d| Fold::from_name(&d.get_attribute("data-fold")?));
                        if let (Some(details), Some(fold)) = (details, fold) {
                            let open = details.has_attribute("open");
                            store(
                                &StorageKey::Fold(fold).to_string(),
                                if open { "1" } else { "0" },
                            );
                            state.dispatch(Action::SetFold(fold, open));
                        }
                    },
                )
            });
        });
    }
    TrackerHandle {
        root,
        state: state.0.clone(),
        zone_name,
        zone_problem,
        today,
        live_today,
        onsetcount,
        onsetzone,
        ondaychange,
        onasof,
    }
}
