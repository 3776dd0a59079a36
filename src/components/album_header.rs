//! The album's identity: title, artist, release date, genres, length, lead track, music videos, and
//! what the data's author says about the data as a whole.

use super::markup::Markup;
use crate::i18n::Language;
use milestone_core::model::Subject;

pub fn album_header(l: &Language, s: &Subject, m: &mut Markup) {
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
    m.class("header", "mt-header")
        .user_line("p", "mt-artist", &s.artist)
        .user_line("h1", "mt-album", &s.album)
        .class("dl", "mt-facts")
        .class("div", "mt-fact")
        .open("dt", &[])
        .text(t.released)
        .close("dt")
        .open("dd", &[])
        .time(&release.to_string(), &l.date(release))
        .close("dd")
        .close("div");
    for (term, value) in facts {
        m.class("div", "mt-fact")
            .open("dt", &[])
            .text(term)
            .close("dt")
            .open("dd", &[])
            .text(&value)
            .close("dd")
            .close("div");
    }
    m.close("dl");
    data_note(l, s, m);
    m.close("header");
}

/// What the data's author says about the data as a whole (what comes from elsewhere, the choices made),
/// folded under its title: a reader opens it when they want it. The full tracker shows it in its header,
/// a card as the first thing under "All milestones".
pub fn data_note(l: &Language, s: &Subject, m: &mut Markup) {
    let t = l.t;
    if let Some(note) = &s.note {
        m.open(
            "details",
            &[
                ("class", Some("mt-data-note")),
                ("data-note", Some("subject")),
            ],
        )
        .open("summary", &[])
        .text(t.about_the_data)
        .close("summary")
        .user_line("p", "mt-data-note-text", note)
        .close("details");
    }
}
