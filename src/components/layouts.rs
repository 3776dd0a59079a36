//! The compact layouts' own parts (`layout=card` and `layout=counter`): the card's head (artist and
//! album, the big counter, the next anniversary with its countdown, the latest milestone reached), and
//! the counter's one line. The rest of a card folds under "All milestones" (`tracker`).

use super::anniversaries::anniversary_line;
use super::day_counter::{day_counter, Counter};
use super::markup::Markup;
use crate::i18n::{text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{anniversaries, count_days, counting_date, elapsed_days, CountMode};
use milestone_core::model::Dataset;
use milestone_core::zone::Zones;
use yew::prelude::*;

/// The card's head for `dataset` on `today`, counted as `mode` in `zone`.
pub fn card_head(
    l: &Language,
    dataset: &Dataset,
    today: NaiveDate,
    mode: CountMode,
    zones: &dyn Zones,
    zone: &str,
) -> Html {
    let subject = &dataset.subject;
    let release = subject.release_date();
    let mut m = Markup::new();
    m.class("header", "mt-header")
        .user_line("p", "mt-artist", &subject.artist)
        .user_line("h1", "mt-album", &subject.album)
        .close("header");
    day_counter(
        l,
        Counter::album(&subject.album, release, today, mode),
        &mut m,
    );
    if let Some(next) = anniversaries(mode, release, today).next() {
        let date = next.date.to_string();
        m.open(
            "p",
            &[
                ("class", Some("mt-card-next")),
                ("data-anniversary", Some(&date)),
            ],
        );
        anniversary_line(l, &next, today, &mut m);
        m.close("p");
    }
    // The latest milestone reached by today (the last in the data among those of the latest day).
    let latest = dataset
        .milestones
        .iter()
        .filter(|m| m.date.earliest_date() <= today)
        .max_by_key(|m| m.date.earliest_date());
    if let Some(milestone) = latest {
        let date = counting_date(&milestone.date, zones, zone)
            .ok()
            .flatten()
            .unwrap_or_else(|| milestone.date.earliest_date());
        let day = elapsed_days(release, date);
        m.open(
            "article",
            &[
                ("class", Some("mt-milestone mt-card-latest")),
                ("data-milestone-id", Some(&milestone.id)),
                ("data-day", Some(&day.to_string())),
            ],
        )
        .line("h2", "mt-card-label", l.t.latest_milestone)
        .user_line("h3", "mt-milestone-title", &milestone.title)
        .class("p", "mt-milestone-when");
        let when = text::when(l, milestone, Some(date), Some(day));
        m.time(&date.to_string(), &when.date);
        if let Some(day) = when.day {
            m.text(" · ").line("span", "mt-milestone-day", &day);
        }
        m.close("p").close("article");
    }
    m.into_html()
}

/// The count on one line (the stable hook `data-counter="album"`): with the album's name and the
/// count's caption for a header (`layout=line`), or alone as words that read inside a sentence
/// (`layout=counter`: "It has been 99 days", "It is D+100").
pub fn counter_line(
    l: &Language,
    album: Option<&str>,
    release: NaiveDate,
    today: NaiveDate,
    mode: CountMode,
) -> Html {
    let days = count_days(mode, release, today);
    let mut m = Markup::new();
    m.open(
        "span",
        &[
            ("class", Some("mt-counter mt-counter--line")),
            ("data-counter", Some("album")),
            ("data-days", Some(&days.to_string())),
        ],
    );
    match album {
        Some(album) => {
            m.line("span", "mt-counter-label", album).text(" ").line(
                "strong",
                "mt-counter-value",
                &text::counter_figure(mode, days),
            );
            // "D+100" says how it counts; a number of days needs its caption.
            if mode == CountMode::Elapsed {
                m.text(" ").line(
                    "span",
                    "mt-counter-caption",
                    &text::counter_caption(l, mode, days),
                );
            }
        }
        None => {
            m.line(
                "strong",
                "mt-counter-value",
                &text::counter_in_sentence(l, mode, days),
            );
        }
    }
    m.close("span");
    m.into_html()
}
