//! What goes on a milestone's share card, line by line, so the canvas drawing at the edge
//! (`browser::share_card_png`) only places text. 1200 × 630 is the size social sites show large.

use crate::browser::{format_date, format_number};
use crate::model::Milestone;
use crate::text;
use chrono::NaiveDate;

pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// The card's text, top to bottom: the album line, the title, the figure, the when, the record.
#[derive(Clone, Debug, PartialEq)]
pub struct CardText {
    pub album: String,
    pub title: String,
    pub figure: Option<String>,
    pub when: String,
    pub record: Option<String>,
}

pub fn card_text(
    t: &crate::i18n::Texts,
    artist: &str,
    album: &str,
    m: &Milestone,
    date: Option<NaiveDate>,
    day: Option<i64>,
    lang: &str,
) -> CardText {
    let when = match (date, day) {
        (Some(date), Some(day)) => {
            format!(
                "{} · {}",
                format_date(date, lang),
                text::milestone_day(t, day)
            )
        }
        (Some(date), None) => format_date(date, lang),
        _ => m.date.to_string(),
    };
    CardText {
        album: format!("{album} · {artist}"),
        title: m.title.clone(),
        figure: m.metric.as_ref().map(|metric| {
            let platform = metric
                .platform
                .as_deref()
                .map(|p| format!(" on {p}"))
                .unwrap_or_default();
            format!(
                "{} {}{platform}",
                format_number(metric.value, lang),
                metric.measure
            )
        }),
        when,
        record: m.record.clone(),
    }
}

/// Splits `text` into lines of at most `max_chars` characters at spaces (a long word gets its own line).
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A file name for the card: `layover-album-600m-spotify.png`.
pub fn file_name(album: &str, milestone_id: &str) -> String {
    format!("{}-{milestone_id}.png", text::slug(album))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(
            wrap("First and only album by a K-pop soloist", 16),
            ["First and only", "album by a K-pop", "soloist"]
        );
        assert_eq!(wrap("Supercalifragilistic", 5), ["Supercalifragilistic"]);
        assert!(wrap("   ", 10).is_empty());
    }

    #[test]
    fn names() {
        assert_eq!(
            file_name("Layover", "album-600m-spotify"),
            "layover-album-600m-spotify.png"
        );
        assert_eq!(file_name("<>", "m"), "album-m.png");
    }
}
