//! Hooks shared by components.

use yew::prelude::*;

/// Whether the tab is visible (`document.hidden` is false), following `visibilitychange`. Work that
/// only matters to a reader looking (the seconds clock, rendering the rest of a long list) waits
/// while it is false, so a hidden tab runs no timers.
#[hook]
pub fn use_tab_visible() -> bool {
    let visible = use_state(|| true);
    {
        let visible = visible.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            visible.set(!document.hidden());
            let listener = gloo::events::EventListener::new(
                &document.clone(),
                "visibilitychange",
                move |_| {
                    visible.set(!document.hidden());
                },
            );
            move || drop(listener)
        });
    }
    *visible
}
