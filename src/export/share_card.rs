//! What goes on a milestone's share card, line by line, so the canvas drawing at the edge
//! (`web::canvas`) only places text. 1200 × 630 is the size social sites show large.

use super::slug;
use crate::i18n::{text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::model::Milestone;

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
    /// Whether the card reads right to left (its language's direction): lines start at the right
    /// edge, the accent bar on that side.
    pub rtl: bool,
}

/// `date` is the day the milestone counts as (none for a month or a year), `day` its day after release.
pub fn card_text(
    l: &Language,
    artist: &str,
    album: &str,
    m: &Milestone,
    date: Option<NaiveDate>,
    day: Option<i64>,
) -> CardText {
    let when = text::when(l, m, date, day);
    let when = match when.day {
        Some(day) => format!("{} · {day}", when.date),
        None => when.date,
    };
    CardText {
        album: format!("{album} · {artist}"),
        title: m.title.clone(),
        figure: m.metric.as_ref().map(|metric| {
            text::metric(l, metric.value, &metric.measure, metric.platform.as_deref())
        }),
        when,
        record: m.record.clone(),
        rtl: l.lang.rtl(),
    }
}

/// Splits `text` into lines of at most `max_chars` characters at spaces; a word longer than a line
/// (Thai and Chinese write a sentence without spaces) is cut at `max_chars`, never before a combining
/// mark (Thai's vowels and tones above and below).
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let combining = |c: char| matches!(c, '\u{0300}'..='\u{036f}' | '\u{0e31}' | '\u{0e34}'..='\u{0e3a}' | '\u{0e47}'..='\u{0e4e}');
    let mut lines = Vec::new();
    let (mut line, mut count) = (String::new(), 0);
    for word in text.split_whitespace() {
        if count > 0 && count + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
            count = 0;
        }
        if count > 0 {
            line.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count >= max_chars && !combining(c) {
                lines.push(std::mem::take(&mut line));
                count = 0;
            }
            line.push(c);
            count += 1;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The card's background, its accent bar's colour and width.
pub const CARD_BACKGROUND: &str = "#141218";
pub const CARD_ACCENT: &str = "#b9a4ff";
pub const CARD_ACCENT_WIDTH: u32 = 18;
/// Where every line starts, from the left edge.
pub const CARD_LEFT: u32 = 80;

/// One line of text on the card: where its baseline is, its font size (px) and weight, its colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardLine<'a> {
    pub text: &'a str,
    pub baseline: f64,
    pub size: u32,
    pub weight: u32,
    pub colour: &'static str,
}

/// The card laid out, top to bottom, for any drawing surface (the browser's canvas, the build's
/// rasteriser): each block wrapped at a number of characters and cut at a number of lines, each line
/// handed to `draw` (a callback, not a list: the widget's wasm stays as small as drawing in place).
pub fn card_lines(card: &CardText, mut draw: impl FnMut(CardLine)) {
    let mut y = 100.0;
    // Text, font size and weight, colour, characters a line, lines at most, gap after.
    let mut block = |text: &str, size: u32, weight: u32, colour, max_chars, max_lines, gap| {
        for line in wrap(text, max_chars).iter().take(max_lines) {
            draw(CardLine {
                text: line,
                baseline: y,
                size,
                weight,
                colour,
            });
            y += f64::from(size) * 1.25;
        }
        y += gap;
    };
    block(&card.album, 30, 600, "#b0a9bf", 60, 1, 30.0);
    block(&card.title, 56, 700, "#ece8f4", 34, 3, 18.0);
    if let Some(figure) = &card.figure {
        block(figure, 46, 700, CARD_ACCENT, 40, 1, 10.0);
    }
    block(&card.when, 30, 400, "#b0a9bf", 64, 1, 16.0);
    if let Some(record) = &card.record {
        block(record, 28, 500, "#ece8f4", 68, 3, 0.0);
    }
}

/// A file name for the card: `layover-album-600m-spotify.png`.
pub fn file_name(album: &str, milestone_id: &str) -> String {
    format!("{}-{milestone_id}.png", slug(album))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::native::NativeLocale;
    use crate::i18n::Lang;
    use milestone_core::validate::load;

    fn language(lang: Lang) -> Language {
        Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang)))
    }

    fn layover_milestone(id: &str) -> Milestone {
        let json = crate::DEFAULT_DATASET.replace("\"Asia/Seoul\"", "\"UTC\"");
        let data = load(&json, &milestone_core::zone::UtcOnly)
            .dataset
            .expect("the default dataset");
        data.milestones.into_iter().find(|m| m.id == id).unwrap()
    }

    #[test]
    fn a_card_in_english_and_in_korean() {
        let m = layover_milestone("album-600m-spotify");
        let date = NaiveDate::from_ymd_opt(2023, 10, 26);
        let en = card_text(&language(Lang::En), "V", "Layover", &m, date, Some(48));
        assert_eq!(en.figure.as_deref(), Some("600,000,000 streams on Spotify"));
        assert_eq!(en.when, "October 26, 2023 · day 48 after release");
        let ko = card_text(&language(Lang::Ko), "V", "Layover", &m, date, Some(48));
        assert_eq!(ko.figure.as_deref(), Some("600,000,000 streams (Spotify)"));
        assert_eq!(ko.when, "2023년 10월 26일 · 발매 48일 후");
        let es = card_text(&language(Lang::Es), "V", "Layover", &m, date, Some(48));
        assert_eq!(es.figure.as_deref(), Some("600.000.000 streams en Spotify"));
    }

    #[test]
    fn a_worked_out_date_says_so_on_the_card() {
        let m = layover_milestone("every-track-40m-spotify");
        let card = card_text(
            &language(Lang::En),
            "V",
            "Layover",
            &m,
            NaiveDate::from_ymd_opt(2023, 10, 25),
            Some(47),
        );
        assert_eq!(
            card.when,
            "October 25, 2023 (worked out from the source's figure) · day 47 after release"
        );
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(
            wrap("First and only album by a K-pop soloist", 16),
            ["First and only", "album by a K-pop", "soloist"]
        );
        // A word longer than a line is cut, never before Thai's vowel or tone marks.
        assert_eq!(
            wrap("Supercalifragilistic", 8),
            ["Supercal", "ifragili", "stic"]
        );
        let thai = wrap("สถิติสตรีมมิงที่ยอดเยี่ยม", 6);
        assert!(thai.iter().all(|l| l.chars().count() <= 6), "{thai:?}");
        assert_eq!(thai.concat(), "สถิติสตรีมมิงที่ยอดเยี่ยม");
        let mark =
            |c: char| matches!(c, '\u{0e31}' | '\u{0e34}'..='\u{0e3a}' | '\u{0e47}'..='\u{0e4e}');
        assert!(thai.iter().all(|l| !l.starts_with(mark)), "{thai:?}");
        assert!(wrap("   ", 10).is_empty());
    }

    #[test]
    fn the_lines_go_down_the_card_and_stay_on_it() {
        let card = CardText {
            album: "Layover · V".into(),
            title: "A title long enough to need a second line on the card".into(),
            figure: Some("600,000,000 streams".into()),
            when: "October 26, 2023".into(),
            record: None,
            rtl: false,
        };
        let mut lines = Vec::new();
        card_lines(&card, |l| {
            lines.push((l.text.to_string(), l.baseline, l.size, l.colour))
        });
        let texts: Vec<&str> = lines.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Layover · V",
                "A title long enough to need a",
                "second line on the card",
                "600,000,000 streams",
                "October 26, 2023"
            ]
        );
        assert_eq!(lines[0].1, 100.0);
        assert!(lines.windows(2).all(|w| w[0].1 < w[1].1));
        assert!(lines.last().unwrap().1 < f64::from(CARD_HEIGHT));
        assert_eq!((lines[3].3, lines[3].2), (CARD_ACCENT, 46));
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
