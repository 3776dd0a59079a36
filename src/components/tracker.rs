//! The tracker laid out: the hero (album, headline counter, clock, "as of", the reader's controls), the
//! tracks, the milestones, pace and projections, anniversaries, other dates, the data check's warnings and
//! the Embed panel. Its state comes from `use_tracker`; everything below gets props.

use super::album_header::album_header;
use super::anniversaries::anniversary_list;
use super::as_of::{as_of, AsOfProps};
use super::clock::Clock;
use super::controls::{controls, ControlsProps};
use super::day_counter::{day_counter, Counter};
use super::embed_panel::embed_panel;
use super::error_panel::{error_panel, PanelKind};
use super::event_list::event_list;
use super::markup::Markup;
use super::milestone_list::MilestoneList;
use super::projection_list::projection_list;
use super::track_list::track_list;
use super::use_tracker::use_tracker;
use super::{Shared, ZonesHandle};
use crate::i18n::{text, Language};
use milestone_core::days::count_days;
use milestone_core::model::Dataset;
use milestone_core::options::{option_pairs, Options};
use milestone_core::problem::{Location, Msg, Problem};
use milestone_core::words::OptionName;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackerProps {
    pub language: Language,
    pub dataset: Shared<Dataset>,
    /// The data check's warnings (the data is shown; its author should look).
    pub warnings: Shared<Vec<Problem>>,
    pub options: Options,
    pub option_problems: Shared<Vec<Problem>>,
    pub zones: ZonesHandle,
    pub local_zone: Option<AttrValue>,
    pub focus: Option<AttrValue>,
    pub base_url: Option<AttrValue>,
    pub prerendered: bool,
}

#[function_component(Tracker)]
pub fn tracker(props: &TrackerProps) -> Html {
    let l = &props.language;
    let subject = &props.dataset.subject;
    let tracker = use_tracker(
        subject,
        &props.options,
        &props.zones,
        props.local_zone.as_deref(),
        props.focus.as_deref(),
    );
    let theme = props.options.theme.as_str();
    let notices = props.option_problems.iter().chain(&tracker.zone_problem);
    let today = match tracker.today {
        Ok(today) => today,
        Err(e) => {
            let zone = Problem::error(Location::Option(OptionName::Tz), Msg::UnknownZone(e.0));
            return html! {
                <div class="mt" data-theme={theme} data-state="error" lang={l.tag()}>
                    { error_panel(l, notices.chain([&zone]), PanelKind::Errors) }
                </div>
            };
        }
    };
    let release = subject.release_date();
    let mode = tracker.state.count;
    let zone_name: AttrValue = tracker.zone_name.clone().into();
    // The album and the headline counter are text (no handler). The live region that announces a new
    // day stays Yew's: a screen reader announces changes in a region that stays, not in a new one.
    let mut header = Markup::new();
    album_header(l, subject, &mut header);
    let mut counter_markup = Markup::new();
    let counter = Counter {
        counter_id: "album",
        label: &subject.album,
        date: release,
        today,
        mode,
        note: None,
        large: true,
    };
    day_counter(l, counter, &mut counter_markup);
    html! {
        <div class="mt" data-theme={theme} data-state={if props.prerendered { "prerendered" } else { "ready" }} lang={l.tag()}
             data-today={today.to_string()} data-count-mode={mode.as_str()}>
            { error_panel(l, notices, PanelKind::Options) }
            <section class="mt-hero" aria-label={subject.album.clone()}>
                { header.into_html() }
                <p class="mt-visually-hidden" aria-live="polite" data-announce="day">
                    { text::day_announcement(l, &subject.album, mode, count_days(mode, release, today)) }
                </p>
                { counter_markup.into_html() }
                <Clock language={l.clone()} zone={zone_name.clone()} zones={props.zones.clone()} {release} {today}
                    offset_ms={tracker.state.offset_ms} ondaychange={tracker.ondaychange} />
                { as_of(l, AsOfProps { release, today, live_today: tracker.live_today, onasof: tracker.onasof }) }
                { controls(l, ControlsProps { count: mode, zone: tracker.state.zone.clone(), zone_name: tracker.zone_name.clone(),
                    home_zone: subject.home_zone.clone(), local_zone: props.local_zone.clone(),
                    onsetcount: tracker.onsetcount, onsetzone: tracker.onsetzone }) }
            </section>
            { track_list(l, subject, today, mode) }
            <MilestoneList language={l.clone()} {today} dataset={props.dataset.clone()} zone={zone_name} zones={props.zones.clone()}
                focus={tracker.state.focus.clone().map(AttrValue::from)} />
            { projection_list(l, &props.dataset, today) }
            { anniversary_list(l, subject, today, mode) }
            { event_list(l, &props.dataset.events, today) }
            { error_panel(l, props.warnings.iter(), PanelKind::Warnings) }
            if let Some(base_url) = &props.base_url {
                { embed_panel(l, base_url, &option_pairs(&props.options, mode, &tracker.state.zone)) }
            }
        </div>
    }
}
