//! The timeline strip: one SVG along the days from the release to today (or the "as of" day), the
//! milestones and the other dates reached by then as marks, a tick every 100th day, today marked. Each
//! mark is a link to its card, focusable and named; the caption says it in words. It stretches to the
//! width it has (marks are bars, so nothing round is squashed); at 10,000 milestones it draws one mark
//! per place on the strip.

use super::markup::Markup;
use crate::i18n::{fill, text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{elapsed_days, CountMode};
use milestone_core::model::Dataset;
use milestone_core::product::HUNDRED_DAY_STEP;
use yew::prelude::*;

/// The strip's width in SVG units: one unit is a place on it.
const WIDTH: i64 = 1000;

pub fn timeline(l: &Language, dataset: &Dataset, today: NaiveDate, mode: CountMode) -> Html {
    let release = dataset.subject.release_date();
    let span = elapsed_days(release, today);
    if span <= 0 {
        return Html::default();
    }
    let x = |day: i64| day * (WIDTH - 8) / span;
    let mut m = Markup::new();
    m.class("figure", "mt-timeline")
        .open(
            "svg",
            &[
                ("viewBox", Some("0 0 1000 40")),
                ("preserveAspectRatio", Some("none")),
                ("role", Some("group")),
                ("aria-labelledby", Some("mt-timeline-caption")),
            ],
        )
        .rect("mt-tl-axis", [None, Some(19), Some(1000), Some(2)], None);
    // Every 100th day as the reader counts (the fan count's 100th day is the 99th after release).
    // `data-day`: days after release, as on the milestones.
    let mut day = HUNDRED_DAY_STEP - i64::from(mode == CountMode::Inclusive);
    while day < span {
        m.rect(
            "mt-tl-tick",
            [Some(x(day) + 3), Some(14), Some(2), Some(12)],
            Some(day),
        );
        day += HUNDRED_DAY_STEP;
    }
    // One mark per place and kind; dates as written (a zone moves them a day at most, less than a
    // place). Milestones link to their cards (`#m=`), other dates to theirs.
    let mut taken: Vec<(i64, bool)> = Vec::new();
    let (mut milestones, mut events) = (0, 0);
    let marks = dataset
        .milestones
        .iter()
        .map(|m| {
            (
                m.date.earliest_date(),
                format!("#m={}", m.id),
                &m.title,
                m.dated_by,
                true,
            )
        })
        .chain(
            dataset
                .events
                .iter()
                .filter(|e| e.known_on(today) && !e.expected)
                .map(|e| {
                    (
                        e.date.earliest_date(),
                        format!("#e-{}", e.id),
                        &e.title,
                        e.dated_by,
                        false,
                    )
                }),
        );
    for (date, href, title, dated_by, milestone) in marks {
        let day = elapsed_days(release, date);
        if !(0..=span).contains(&day) {
            continue;
        }
        if milestone {
            milestones += 1
        } else {
            events += 1
        }
        let at = x(day);
        if taken.contains(&(at, milestone)) {
            continue;
        }
        taken.push((at, milestone));
        let label = format!("{title} · {}", text::dated(l, dated_by, l.date(date)));
        m.open("a", &[("href", Some(&href)), ("aria-label", Some(&label))])
            .rect(
                if milestone {
                    "mt-tl-milestone"
                } else {
                    "mt-tl-event"
                },
                [
                    Some(at),
                    Some(if milestone { 6 } else { 12 }),
                    Some(8),
                    Some(if milestone { 28 } else { 16 }),
                ],
                None,
            )
            .close("a");
    }
    m.rect("mt-tl-today", [Some(997), None, Some(3), Some(40)], None)
        .close("svg")
        .class("figcaption", "mt-timeline-caption")
        .class("span", "mt-tl-end")
        .text(l.t.release_word)
        .text(" ")
        .time(&release.to_string(), &l.date(release))
        .close("span")
        .open(
            "span",
            &[
                ("class", Some("mt-tl-summary")),
                ("id", Some("mt-timeline-caption")),
            ],
        )
        .text(&fill(
            l.t.timeline_caption,
            &[
                &milestones.to_string(),
                &events.to_string(),
                &span.to_string(),
            ],
        ))
        .close("span")
        .class("span", "mt-tl-end")
        .time(&today.to_string(), &l.date(today))
        .close("span")
        .close("figcaption")
        .close("figure");
    m.into_html()
}
