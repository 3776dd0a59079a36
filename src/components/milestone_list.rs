//! The milestones in time order, each with the day after release it was reached in the counting zone.
//! In the browser a long list arrives in steps (`STEP` milestones a task, the next one after a zero
//! timeout, none while the tab is hidden), so 10,000 milestones never block the page for long; the
//! server render has them all. One listener on the list answers every card's share buttons, and a
//! deep link's card is scrolled into view once it is shown.

use super::hooks::use_tab_visible;
use super::milestone_chunk::{MilestoneChunk, Row};
use super::share::{share, Share};
use super::{Shared, ZonesHandle};
use crate::i18n::{text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{counting_date, elapsed_days};
use milestone_core::model::Dataset;
use milestone_core::order::{day_key, sort_by};
use milestone_core::product::LIST_STEP as STEP;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MilestoneListProps {
    pub language: Language,
    pub dataset: Shared<Dataset>,
    pub zone: AttrValue,
    pub zones: ZonesHandle,
    /// The milestone a deep link points at.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// The day shown: milestones reached after it are left out ("as of" views).
    pub today: NaiveDate,
}

#[function_component(MilestoneList)]
pub fn milestone_list(props: &MilestoneListProps) -> Html {
    let l = &props.language;
    // Each milestone with the date it counts as in this zone, in time order. Computed again only when
    // the data or the zone changes (each date asks the zone answerer, `Intl` in the browser), not when
    // the shown day moves.
    let rows = use_memo(
        (props.dataset.clone(), props.zone.clone()),
        |(dataset, zone)| {
            let mut rows: Vec<Row> = dataset
                .milestones
                .iter()
                .enumerate()
                .map(|(index, m)| {
                    let date = counting_date(&m.date, &*props.zones, zone).ok().flatten();
                    Row {
                        index,
                        date,
                        sort: date.unwrap_or_else(|| m.date.earliest_date()),
                    }
                })
                .collect();
            sort_by(&mut rows, |r| day_key(r.sort));
            Shared(Rc::new(rows))
        },
    );
    // Those after the shown day wait: the rows are in time order, so the shown ones are a prefix.
    let reached = rows.partition_point(|r| r.sort <= props.today);
    let later = rows.len() - reached;
    // How many are rendered: all on the server; in the browser one step, then a step per task.
    let shown = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            STEP
        } else {
            usize::MAX
        }
    });
    // A hidden tab waits, so it runs no timers.
    let tab_visible = use_tab_visible();
    {
        let shown = shown.clone();
        use_effect_with(
            (*shown, reached, tab_visible),
            move |&(count, total, visible)| {
                let next = (visible && count < total).then(|| {
                    gloo::timers::callback::Timeout::new(0, move || shown.set(count + STEP))
                });
                move || drop(next)
            },
        );
    }
    let visible = reached.min(*shown);
    // A deep link's card, once it is shown, is scrolled into view (once per link).
    let list = use_node_ref();
    let scrolled = use_mut_ref(|| None::<AttrValue>);
    {
        let (list, focus) = (list.clone(), props.focus.clone());
        use_effect_with((focus, visible), move |(focus, _)| {
            let card = focus.as_ref().and_then(|id| {
                let list = list.cast::<web_sys::Element>()?;
                list.query_selector(&format!("#m-{id}")).ok().flatten()
            });
            if let Some(card) = card {
                if *scrolled.borrow() != *focus {
                    card.scroll_into_view();
                    *scrolled.borrow_mut() = focus.clone();
                }
            }
        });
    }
    let onclick = {
        let (dataset, rows, l) = (props.dataset.clone(), rows.clone(), props.language.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(button) = clicked_button(&e) else {
                return;
            };
            let action = button.get_attribute("data-action").unwrap_or_default();
            let id = button
                .closest("[data-milestone-id]")
                .ok()
                .flatten()
                .and_then(|card| card.get_attribute("data-milestone-id"));
            let (Some(what), Some(id)) = (Share::from_action(&action), id) else {
                return;
            };
            let release = dataset.subject.release_date();
            let found = rows.iter().find(|r| dataset.milestones[r.index].id == id);
            if let Some(row) = found {
                let m = &dataset.milestones[row.index];
                let day = row.date.map(|d| elapsed_days(release, d));
                share(&l, &dataset.subject, m, row.date, day, what, move |label| {
                    button.set_text_content(Some(label))
                });
            }
        })
    };
    if props.dataset.milestones.is_empty() {
        return Html::default();
    }
    html! {
        <section class="mt-section mt-milestones" aria-labelledby="mt-milestones-title">
            <h2 id="mt-milestones-title">{ l.t.milestones }</h2>
            <ol class="mt-milestone-list" data-shown={visible.to_string()} ref={list} {onclick}>
                for start in (0..visible).step_by(STEP) {
                    <MilestoneChunk key={start} language={props.language.clone()} rows={(*rows).clone()} {start} end={(start + STEP).min(visible)}
                        dataset={props.dataset.clone()} focus={props.focus.clone()} />
                }
            </ol>
            if later > 0 {
                <p class="mt-later" data-later={later.to_string()}>{ text::later_milestones(l, later) }</p>
            }
        </section>
    }
}

/// The share button a click landed on, if it landed on one.
fn clicked_button(e: &MouseEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("button[data-action]").ok().flatten()
}
