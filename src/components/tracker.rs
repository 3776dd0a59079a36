//! The tracker laid out: the hero (album, headline counter, clock, "as of", the reader's controls), the
//! timeline strip, the tracks, the milestones, and folded: pace and projections, anniversaries and other
//! dates; then the data check's warnings. A card or a counter layout shows its own head instead, the
//! card with the rest under "All milestones". `App` holds the state (`use_tracker`) and passes it here.

use super::album_header::{album_header, data_note};
use super::anniversaries::anniversary_list;
use super::as_of::{as_of, AsOfProps};
use super::clock::Clock;
use super::controls::{controls, ControlsProps};
use super::day_counter::{day_counter, Counter};
use super::error_panel::{error_panel, PanelKind};
use super::event_list::event_list;
use super::layouts::{card_head, counter_line};
use super::markup::Markup;
use super::milestone_list::MilestoneList;
use super::projection_list::projection_list;
use super::timeline::timeline;
use super::track_list::track_list;
use super::use_tracker::TrackerHandle;
use super::Shared;
use super::ZonesHandle;
use crate::i18n::{text, Language};
use milestone_core::days::count_days;
use milestone_core::model::Dataset;
use milestone_core::options::{Layout, Options};
use milestone_core::problem::{Location, Msg, Problem};
use milestone_core::state::Fold;
use milestone_core::words::OptionName;
use yew::prelude::*;

/// What the page gave the tracker (`App`'s props, borrowed).
pub struct Page<'a> {
    pub language: &'a Language,
    pub options: &'a Options,
    pub option_problems: &'a [Problem],
    pub data_notice: Option<&'a Problem>,
    pub zones: &'a ZonesHandle,
    pub local_zone: &'a Option<AttrValue>,
    pub prerendered: bool,
    /// "Try again" for a URL whose refresh failed (its kept copy is shown).
    pub retry: Html,
}

/// The tracker for `dataset` (shown with its data check's `warnings`), in the state `tracker` holds.
pub fn tracker(
    props: Page,
    dataset: &Shared<Dataset>,
    warnings: &[Problem],
    tracker: TrackerHandle,
) -> Html {
    let l = props.language;
    let subject = &dataset.subject;
    let theme = props.options.theme.as_str();
    let notices = props
        .option_problems
        .iter()
        .chain(props.data_notice)
        .chain(&tracker.zone_problem);
    let today = match tracker.today {
        Ok(today) => today,
        Err(e) => {
            let zone = Problem::error(Location::Option(OptionName::Tz), Msg::UnknownZone(e.0));
            return html! {
                <div class="mt" data-theme={theme} data-state="error" lang={l.tag()} dir={l.dir()}>
                    { error_panel(l, notices.chain([&zone]), PanelKind::Errors) }
                </div>
            };
        }
    };
    let release = subject.release_date();
    let (mode, folds) = (tracker.state.count, tracker.state.folds);
    let zone_name: AttrValue = tracker.zone_name.clone().into();
    let layout = props.options.layout;
    let clock = html! {
        <Clock language={l.clone()} zone={zone_name.clone()} zones={props.zones.clone()} {release} {today}
            offset_ms={tracker.state.offset_ms} ondaychange={tracker.ondaychange} />
    };
    // The first screen (the hero) and what follows it, by layout: the whole tracker; a card whose
    // rest folds under "All milestones"; one line (the clock, hidden, still turns the day at midnight).
    let full = layout == Layout::Full;
    let (head, rest) = match layout {
        Layout::Counter | Layout::Line => {
            let album = (layout == Layout::Line).then_some(subject.album.as_str());
            (
                counter_line(l, album, release, today, mode),
                Html::default(),
            )
        }
        _ => {
            let rest = html! {
                <>
                    // The strip ends today: the live app draws it; the prerender keeps its place.
                    if props.prerendered {
                        <figure class="mt-timeline mt-timeline--later" aria-hidden="true"></figure>
                    } else {
                        { timeline(l, dataset, today, mode) }
                    }
                    { track_list(l, subject, today, mode) }
                    <MilestoneList language={l.clone()} {today} dataset={dataset.clone()} zone={zone_name.clone()} zones={props.zones.clone()}
                        focus={tracker.state.focus.clone().map(AttrValue::from)} />
                    // Projections and upcoming anniversaries are about today only: the live app adds
                    // them (below the first screen), the build-time prerender leaves them out.
                    if !props.prerendered {
                        { projection_list(l, dataset, today, folds.is_open(Fold::Projections)) }
                        { anniversary_list(l, dataset, today, mode, folds.is_open(Fold::Anniversaries)) }
                    }
                    { event_list(l, &dataset.events, today, folds.is_open(Fold::Events)) }
                    { error_panel(l, warnings, PanelKind::Warnings) }
                </>
            };
            if full {
                // The album and the headline counter are text (no handler).
                let mut head = Markup::new();
                album_header(l, subject, &mut head);
                day_counter(
                    l,
                    Counter::album(&subject.album, release, today, mode),
                    &mut head,
                );
                (head.into_html(), rest)
            } else {
                let mut note = Markup::new();
                data_note(l, subject, &mut note);
                let rest = html! {
                    <details class="mt-all"><summary>{ l.t.all_milestones }</summary>{ note.into_html() }{ rest }</details>
                };
                (
                    card_head(l, dataset, today, mode, &**props.zones, &zone_name),
                    rest,
                )
            }
        }
    };
    // The live region that announces a new day stays Yew's: a screen reader announces changes in a
    // region that stays, not in a new one.
    html! {
        <div class="mt" ref={tracker.root.clone()} data-theme={theme} data-state={if props.prerendered { "prerendered" } else { "ready" }}
             data-layout={layout.as_str()} lang={l.tag()} dir={l.dir()} data-today={today.to_string()} data-count-mode={mode.as_str()}>
            { error_panel(l, notices, PanelKind::Options) }
            { props.retry }
            <section class="mt-hero" aria-label={props.options.region_name(&subject.album)}>
                { head }
                <p class="mt-visually-hidden" aria-live="polite" data-announce="day">
                    { text::day_announcement(l, &subject.album, mode, count_days(mode, release, today)) }
                </p>
                { clock }
                if full {
                    { as_of(l, AsOfProps { release, today, live_today: tracker.live_today, onasof: tracker.onasof }) }
                    { controls(l, ControlsProps { count: mode, zone: tracker.state.zone.clone(), zone_name: tracker.zone_name.clone(),
                        home_zone: subject.home_zone.clone(), local_zone: props.local_zone.clone(),
                        onsetcount: tracker.onsetcount, onsetzone: tracker.onsetzone }) }
                }
            </section>
            { rest }
        </div>
    }
}
