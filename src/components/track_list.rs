//! The tracks' counters: the tracks that count from the album's release (no date of their own) in one
//! line ("All 6 tracks · D+100", each track listed with its note and its counter hook), and a counter
//! for each track with its own release date.

use super::day_counter::{day_counter, Counter};
use super::markup::Markup;
use crate::i18n::{fill, text, Language, Texts};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{count_days, CountMode};
use milestone_core::model::{Subject, Track};
use yew::prelude::*;

pub fn track_list(l: &Language, s: &Subject, today: NaiveDate, mode: CountMode) -> Html {
    if s.tracks.is_empty() {
        return Html::default();
    }
    let (same, own): (Vec<&Track>, Vec<&Track>) =
        s.tracks.iter().partition(|t| t.release.is_none());
    let mut m = Markup::new();
    m.section("tracks", l.t.tracks, None);
    // Two or more counting alike: one line.
    let (grouped, single) = if same.len() > 1 {
        (same, own)
    } else {
        (Vec::new(), s.tracks.iter().collect())
    };
    if !grouped.is_empty() {
        let release = s.release_date();
        let days = count_days(mode, release, today).to_string();
        m.open(
            "div",
            &[
                ("class", Some("mt-track-group")),
                ("data-days", Some(&days)),
            ],
        )
        .class("p", "mt-track-group-count")
        .text(&fill(l.t.all_tracks, &[&grouped.len().to_string()]))
        .text(" · ")
        .line(
            "strong",
            "mt-counter-value",
            &text::counter_figure(mode, count_days(mode, release, today)),
        )
        .text(" ")
        .text(&text::counter_caption(
            l,
            mode,
            count_days(mode, release, today),
        ))
        .close("p")
        .class("ul", "mt-track-names");
        for track in grouped {
            m.open(
                "li",
                &[
                    ("data-counter", Some(&format!("track:{}", track.id))),
                    ("data-days", Some(&days)),
                ],
            )
            .open("bdi", &[])
            .text(&track.title)
            .close("bdi");
            if let Some(note) = track_note(l.t, s, track) {
                m.line("span", "mt-counter-note", &note);
            }
            m.close("li");
        }
        m.close("ul").close("div");
    }
    if !single.is_empty() {
        m.class("ol", "mt-track-list");
        for track in single {
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
        m.close("ol");
    }
    m.end_section(None);
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
