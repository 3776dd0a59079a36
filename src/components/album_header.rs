//! The album's identity: title, artist, release date, genres, length, lead track and music videos.

use crate::browser::format_date;
use crate::model::Subject;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlbumHeaderProps {
    pub subject: Subject,
    pub lang: AttrValue,
}

#[function_component(AlbumHeader)]
pub fn album_header(props: &AlbumHeaderProps) -> Html {
    let t = super::hooks::use_texts();
    let s = &props.subject;
    let release = s.release_date();
    let lead = s
        .lead_track
        .as_deref()
        .and_then(|id| s.track(id))
        .map(|t| t.title.clone());
    let mut facts: Vec<(&str, String)> = vec![(t.released, format_date(release, &props.lang))];
    if !s.genres.is_empty() {
        facts.push((t.genres, s.genres.join(" / ")));
    }
    if !s.tracks.is_empty() {
        facts.push((t.tracks, s.tracks.len().to_string()));
    }
    if let Some(total) = &s.total_duration {
        facts.push((t.length, total.clone()));
    }
    if let Some(lead) = lead {
        facts.push((t.lead_track, lead));
    }
    if let Some(videos) = s.music_videos {
        facts.push((t.music_videos, videos.to_string()));
    }
    html! {
        <header class="mt-header">
            <p class="mt-artist">{ s.artist.clone() }</p>
            <h1 class="mt-album">{ s.album.clone() }</h1>
            <dl class="mt-facts">
                for (term, value) in facts {
                    <div class="mt-fact">
                        <dt>{ term }</dt>
                        if term == t.released {
                            <dd><time datetime={release.to_string()}>{ value }</time></dd>
                        } else {
                            <dd>{ value }</dd>
                        }
                    </div>
                }
            </dl>
        </header>
    }
}
