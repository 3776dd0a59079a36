//! A live counter per track: from the track's own release date, or the album's when it has none.

use super::day_counter::{day_counter, Counter};
use crate::i18n::{Language, Texts};
use chrono::NaiveDate;
use milestone_core::days::CountMode;
use milestone_core::model::{Subject, Track};
use yew::prelude::*;

pub fn track_list(l: &Language, s: &Subject, today: NaiveDate, mode: CountMode) -> Html {
    let t = l.t;
    if s.tracks.is_empty() {
        return Html::default();
    }
    html! {
        <section class="mt-section mt-tracks" aria-labelledby="mt-tracks-title">
            <h2 id="mt-tracks-title">{ t.tracks }</h2>
            <ol class="mt-track-list">
                for track in s.tracks.iter() {
                    <li class="mt-track" key={track.id.clone()}>
                        { day_counter(l, Counter {
                            counter_id: format!("track:{}", track.id),
                            label: track.title.clone(),
                            date: s.track_release(track),
                            today,
                            mode,
                            note: track_note(t, s, track),
                            large: false,
                        }) }
                    </li>
                }
            </ol>
        </section>
    }
}

fn track_note(t: &Texts, s: &Subject, track: &Track) -> Option<String> {
    let lead = s.lead_track.as_deref() == Some(track.id.as_str());
    let pre = track.pre_released && track.release.is_none();
    match (lead, pre) {
        (true, true) => Some(format!("{}; {}", t.lead_track_note, t.pre_released_note)),
        (true, false) => Some(t.lead_track_note.to_string()),
        (false, true) => Some(t.pre_released_note.to_string()),
        (false, false) => None,
    }
}
