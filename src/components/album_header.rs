//! The album's identity: title, artist, release date, genres, length, lead track, music videos, and
//! what the data's author says about the data as a whole.

use crate::i18n::Language;
use milestone_core::model::Subject;
use yew::prelude::*;

pub fn album_header(l: &Language, s: &Subject) -> Html {
    let t = l.t;
    let release = s.release_date();
    let mut facts: Vec<(&str, String)> = Vec::new();
    if !s.genres.is_empty() {
        facts.push((t.genres, s.genres.join(" / ")));
    }
    if !s.tracks.is_empty() {
        facts.push((t.tracks, s.tracks.len().to_string()));
    }
    if let Some(total) = &s.total_duration {
        facts.push((t.length, total.clone()));
    }
    if let Some(lead) = s.lead_track.as_deref().and_then(|id| s.track(id)) {
        facts.push((t.lead_track, lead.title.clone()));
    }
    if let Some(videos) = s.music_videos {
        facts.push((t.music_videos, videos.to_string()));
    }
    html! {
        <header class="mt-header">
            <p class="mt-artist">{ s.artist.clone() }</p>
            <h1 class="mt-album">{ s.album.clone() }</h1>
            <dl class="mt-facts">
                <div class="mt-fact">
                    <dt>{ t.released }</dt>
                    <dd><time datetime={release.to_string()}>{ l.date(release) }</time></dd>
                </div>
                for (term, value) in facts {
                    <div class="mt-fact">
                        <dt>{ term }</dt>
                        <dd>{ value }</dd>
                    </div>
                }
            </dl>
            if let Some(note) = &s.note {
                <p class="mt-data-note" data-note="subject"><strong>{ t.about_the_data }</strong>{ ": " }{ note.clone() }</p>
            }
        </header>
    }
}
