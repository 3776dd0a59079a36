//! The top component: loads and validates the dataset once, holds the reducer, resolves the counting
//! zone and "today", and passes everything down as props.

use super::album_header::AlbumHeader;
use super::anniversaries::Anniversaries;
use super::as_of::AsOf;
use super::clock::Clock;
use super::controls::Controls;
use super::day_counter::DayCounter;
use super::embed_panel::EmbedPanel;
use super::error_panel::{ErrorPanel, PanelKind};
use super::event_list::EventList;
use super::milestone_list::MilestoneList;
use super::projection_list::ProjectionList;
use super::track_list::TrackList;
use super::ZonesHandle;
use crate::browser::{clock_now_ms, decode_component, store, stored};
use crate::days::{count_days, today_in, CountMode};
use crate::i18n::Lang;
use crate::options::{Options, ZoneChoice};
use crate::remember::{self, Remembered};
use crate::snippet::{focus_from_hash, option_pairs};
use crate::state::{noon_of, resolve_zone, Action, TrackerState};
use crate::text;
use crate::validate::{load, Problem, Severity};
use chrono::{DateTime, NaiveDate, Utc};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The dataset's JSON text (embedded default or the page's own).
    pub json: AttrValue,
    pub options: Options,
    /// Problems found while reading the options; shown with their defaults in use.
    #[prop_or_default]
    pub option_problems: Vec<Problem>,
    pub zones: ZonesHandle,
    /// The reader's zone for `tz=local`, as the browser reports it.
    #[prop_or_default]
    pub local_zone: Option<AttrValue>,
    /// Set when the dataset could not even be read (a `data-source` naming nothing): shown instead.
    #[prop_or_default]
    pub source_problem: Option<Problem>,
    /// The milestone a deep link (`#m=<id>`) pointed at when the page opened.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// Where the widget's files are, for the Embed panel's snippets; no panel without it.
    #[prop_or_default]
    pub base_url: Option<AttrValue>,
    /// The reader's language (the `lang` option, else the browser's, else English).
    #[prop_or_default]
    pub lang: Lang,
    /// Rendered at build time into `index.html` (`src/bin/prerender.rs`): marked so, because the live
    /// app replaces it when the wasm starts.
    #[prop_or_default]
    pub prerendered: bool,
}

struct Reducer(TrackerState);

impl Reducible for Reducer {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Reducer(self.0.reduce(action)))
    }
}

/// The clock shift that makes the `now` option the current time, computed once at mount.
fn clock_offset_ms(options: &Options) -> i64 {
    options
        .now
        .map(|t| t.timestamp_millis() - clock_now_ms())
        .unwrap_or(0)
}

fn clock_now(offset_ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(clock_now_ms().saturating_add(offset_ms)).unwrap_or_default()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Parsed once per JSON text; the dataset is shared (Rc), never copied on a re-render.
    let (dataset, problems) = &*{
        let zones = props.zones.clone();
        use_memo(props.json.clone(), move |json| {
            let loaded = load(json, &*zones);
            (loaded.dataset.map(Rc::new), loaded.problems)
        })
    };
    // The live clock: the real one, or the `now` option's shift of it; "as of" moves away from it.
    let live_offset_ms = *use_memo(props.options.now, |_| clock_offset_ms(&props.options));
    // The reader's remembered choices, per dataset; an option the embedder gave wins over them.
    let storage_key = dataset.as_ref().map(|d| remember::storage_key(&d.subject));
    let state = use_reducer(|| {
        let remembered = storage_key
            .as_deref()
            .and_then(stored)
            .map(|text| remember::parse(&text))
            .unwrap_or_default();
        let o = &props.options;
        Reducer(TrackerState {
            count: remembered
                .count
                .filter(|_| !o.count_given)
                .unwrap_or(o.count),
            zone: remembered
                .zone
                .filter(|_| !o.tz_given)
                .unwrap_or_else(|| o.tz.clone()),
            now: clock_now(live_offset_ms),
            focus: props.focus.as_ref().map(|f| f.to_string()),
            offset_ms: live_offset_ms,
        })
    });
    {
        // A deep link followed while the page is open (`#m=<id>`) focuses that milestone.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let hash = gloo::utils::window().location().hash().unwrap_or_default();
                    state.dispatch(Action::FocusMilestone(focus_from_hash(
                        &hash,
                        decode_component,
                    )));
                });
            move || drop(listener)
        });
    }
    let t = props.lang.texts();
    let lang: AttrValue = t.tag.into();
    // Every view, the error views included, reads its strings from this language's table.
    let in_language = |inner: Html| html! { <ContextProvider<Lang> context={props.lang}>{ inner }</ContextProvider<Lang>> };
    let theme = props.options.theme.as_str();

    let mut notices = props.option_problems.clone();
    let dataset = match (&props.source_problem, dataset.clone()) {
        (None, Some(dataset)) => dataset,
        (source_problem, _) => {
            let errors = source_problem
                .clone()
                .map_or_else(|| problems.clone(), |p| vec![p]);
            return in_language(html! {
                <div class="mt" data-theme={theme} data-state="error">
                    <ErrorPanel problems={notices} kind={PanelKind::Options} />
                    <ErrorPanel problems={errors} kind={PanelKind::Errors} />
                </div>
            });
        }
    };
    let subject = &dataset.subject;
    let local_zone = props.local_zone.as_deref();
    let (zone_name, zone_problem) =
        resolve_zone(&state.0.zone, &subject.home_zone, local_zone, &*props.zones);
    notices.extend(zone_problem);
    let today = match today_in(&*props.zones, &zone_name, state.0.now) {
        Ok(today) => today,
        Err(e) => {
            notices.push(Problem::error(
                crate::validate::Location::Option("tz".into()),
                crate::message::Msg::UnknownZone(e.0),
            ));
            return in_language(
                html! { <div class="mt" data-state="error"><ErrorPanel problems={notices} kind={PanelKind::Errors} /></div> },
            );
        }
    };
    let release = subject.release_date();
    let mode = state.0.count;
    let warnings: Vec<Problem> = problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .cloned()
        .collect();

    // Only the reader's own choices are remembered, never the embedder's options.
    let remember_choice = {
        let key = storage_key.clone();
        move |zone: &ZoneChoice, count: CountMode| {
            if let Some(key) = &key {
                store(
                    key,
                    &remember::to_text(&Remembered {
                        zone: Some(zone.clone()),
                        count: Some(count),
                    }),
                );
            }
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
    let live_today =
        today_in(&*props.zones, &zone_name, clock_now(live_offset_ms)).unwrap_or(today);
    let onasof = {
        let (state, zones, zone) = (state.clone(), props.zones.clone(), zone_name.clone());
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

    in_language(html! {
        <div class="mt" data-theme={theme} data-state={if props.prerendered { "prerendered" } else { "ready" }} lang={lang.clone()}
             data-today={today.to_string()} data-count-mode={mode.as_str()}>
            <ErrorPanel problems={notices} kind={PanelKind::Options} />
            <section class="mt-hero" aria-label={subject.album.clone()}>
                <AlbumHeader subject={subject.clone()} lang={lang.clone()} />
                <p class="mt-visually-hidden" aria-live="polite" data-announce="day">
                    { text::day_announcement(t, &subject.album, mode, count_days(mode, release, today)) }
                </p>
                <DayCounter counter_id="album" label={subject.album.clone()}
                    date={release} {today} {mode} large=true />
                <Clock zone={zone_name.clone()} zones={props.zones.clone()} {release} {today} offset_ms={state.0.offset_ms} {ondaychange} />
                <AsOf {release} {today} {live_today} {onasof} />
                <Controls count={mode} zone={state.0.zone.clone()} zone_name={zone_name.clone()}
                    home_zone={subject.home_zone.clone()} local_zone={props.local_zone.clone()} {onsetcount} {onsetzone} />
            </section>
            <TrackList subject={subject.clone()} {today} {mode} />
            <MilestoneList {today} dataset={super::Shared(dataset.clone())} zone={zone_name.clone()} zones={props.zones.clone()} lang={lang.clone()}
                focus={state.0.focus.clone().map(AttrValue::from)} />
            <ProjectionList dataset={super::Shared(dataset.clone())} {today} lang={lang.clone()} />
            <Anniversaries subject={subject.clone()} {today} {mode} lang={lang.clone()} />
            <EventList {today} events={dataset.events.clone()} lang={lang.clone()} />
            <ErrorPanel problems={warnings} kind={PanelKind::Warnings} />
            if let Some(base_url) = props.base_url.clone() {
                <EmbedPanel {base_url} pairs={option_pairs(&props.options, mode, &state.0.zone)} />
            }
        </div>
    })
}
