//! A live counter per track: from the track's own release date, or the album's when it has none.

use super::day_counter::DayCounter;
use super::hooks::use_language;
use crate::i18n::Texts;
use chrono::NaiveDate;
use milestone_core::days::CountMode;
use milestone_core::model::{Subject, Track};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackListProps {
    pub subject: Subject,
    pub today: NaiveDate,
    pub mode: CountMode,
}

#[function_component(TrackList)]
pub fn track_list(props: &TrackListProps) -> Html {
    let t = use_language().t;
    let s = &props.subject;
    if s.tracks.is_empty() {
        return Html::default();
    }
    html! {
        <section class="mt-section mt-tracks" aria-labelledby="mt-tracks-title">
            <h2 id="mt-tracks-title">{ t.tracks }</h2>
            <ol class="mt-track-list">
                for track in s.tracks.iter() {
                    <li class="mt-track" key={track.id.clone()}>
                        <DayCounter
                            counter_id={format!("track:{}", track.id)}
                            label={track.title.clone()}
                            date={s.track_release(track)}
                            today={props.today}
                            mode={props.mode}
                            note={track_note(t, s, track)}
                        />
                    </li>
                }
            </ol>
        </section>
    }
}

fn track_note(t: &Texts, s: &Subject, track: &Track) -> Option<AttrValue> {
    let lead = s.lead_track.as_deref() == Some(track.id.as_str());
    let pre = track.pre_released && track.release.is_none();
    match (lead, pre) {
        (true, true) => Some(format!("{}; {}", t.lead_track_note, t.pre_released_note).into()),
        (true, false) => Some(t.lead_track_note.into()),
        (false, true) => Some(t.pre_released_note.into()),
        (false, false) => None,
    }
}
