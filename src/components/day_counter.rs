//! One live counter: the headline count under the current mode, and the other count beside it.

use super::markup::Markup;
use crate::i18n::{text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{count_days, elapsed_days, inclusive_days, CountMode};

/// What one counter shows.
pub struct Counter<'a> {
    /// `album` or `track:<id>`: the stable hook `data-counter`.
    pub counter_id: &'a str,
    pub label: &'a str,
    pub date: NaiveDate,
    pub today: NaiveDate,
    pub mode: CountMode,
    pub note: Option<&'a str>,
    pub large: bool,
}

impl<'a> Counter<'a> {
    /// The album's headline counter (`data-counter="album"`), as the full page and the card show it.
    pub fn album(
        album: &'a str,
        release: NaiveDate,
        today: NaiveDate,
        mode: CountMode,
    ) -> Counter<'a> {
        Counter {
            counter_id: "album",
            label: album,
            date: release,
            today,
            mode,
            note: None,
            large: true,
        }
    }
}

pub fn day_counter(l: &Language, c: Counter, m: &mut Markup) {
    let headline = count_days(c.mode, c.date, c.today);
    let elapsed = elapsed_days(c.date, c.today);
    let inclusive = inclusive_days(c.date, c.today);
    let class = if c.large {
        "mt-counter mt-counter--large"
    } else {
        "mt-counter"
    };
    m.open(
        "div",
        &[
            ("class", Some(class)),
            ("data-counter", Some(c.counter_id)),
            ("data-days", Some(&headline.to_string())),
        ],
    )
    .user_line("span", "mt-counter-label", c.label)
    .line(
        "span",
        "mt-counter-value",
        &text::counter_figure(c.mode, headline),
    )
    .line(
        "span",
        "mt-counter-caption",
        &text::counter_caption(l, c.mode, headline),
    )
    .line(
        "span",
        "mt-counter-alt",
        &text::counter_alternative(l, c.mode, elapsed, inclusive),
    );
    if let Some(note) = c.note {
        m.line("span", "mt-counter-note", note);
    }
    m.close("div");
}
