//! A live counter per track: from the track's own release date, or the album's when it has none.

use super::day_counter::{day_counter, Counter};
use super::markup::Markup;
use crate::i18n::{Language, Texts};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::CountMode;
use milestone_core::model::{Subject, Track};
use yew::prelude::*;

pub fn track_list(l: &Language, s: &Subject, today: NaiveDate, mode: CountMode) -> Html {
    if s.tracks.is_empty() {
        return Html::default();
    }
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", Some("mt-section mt-tracks")),
            ("aria-labelledby", Some("mt-tracks-title")),
        ],
    )
    .open("h2", &[("id", Some("mt-tracks-title"))])
    .text(l.t.tracks)
    .close("h2")
    .class("ol", "mt-track-list");
    for track in &s.tracks {
        let note = track_note(l.t, s, track);
        m.class("li", "mt-track");
        day_counter(
            l,
            Counter {
                counter_id: &format!("track:{}", track.id),
                label: &track.title,
                date: s.track_release(track),
                today,
                mode,
                note: note.as_deref(),
                large: false,
            },
            &mut m,
        );
        m.close("li");
    }
    m.close("ol").close("section");
    m.into_html()
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
