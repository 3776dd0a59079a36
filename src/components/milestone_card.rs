//! One milestone as markup: when (and on which day after release) it was reached, and how that date is
//! known; what, the record claimed, the source's own words, comparisons to scale, the source, and its
//! share buttons (their clicks are handled once, by the list: `milestone_list`).

use super::comparison_chart::{comparison_chart, ComparisonRow};
use super::markup::Markup;
use super::source_line::source_line;
use crate::i18n::{fill, text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::model::{Milestone, Scope, Subject};

/// A milestone as the list shows it.
pub struct Card<'a> {
    pub milestone: &'a Milestone,
    /// The calendar date it counts as in the counting zone (None for month or year precision).
    pub date: Option<NaiveDate>,
    /// Elapsed days after release when reached.
    pub day: Option<i64>,
    /// A deep link points here: highlighted.
    pub focused: bool,
}

pub fn milestone_card(
    l: &Language,
    subject: &Subject,
    others: &[ComparisonRow],
    card: Card,
    out: &mut Markup,
) {
    let t = l.t;
    let m = card.milestone;
    let class = format!(
        "mt-milestone mt-milestone--{}{}",
        m.kind.as_str(),
        if card.focused {
            " mt-milestone--focus"
        } else {
            ""
        }
    );
    let day = card.day.map(|d| d.to_string());
    out.open(
        "article",
        &[
            ("class", Some(&class)),
            ("data-focused", card.focused.then_some("true")),
            ("data-milestone-id", Some(&m.id)),
            ("data-day", day.as_deref()),
            ("data-dated-by", Some(m.dated_by.as_str())),
            ("id", Some(&format!("m-{}", m.id))),
        ],
    )
    .class("p", "mt-milestone-when");
    let when = text::when(l, m, card.date, card.day);
    let machine = card
        .date
        .map_or_else(|| m.date.to_string(), |d| d.to_string());
    out.time(&machine, &when.date);
    if let Some(day) = when.day {
        out.line("span", "mt-milestone-day", &format!(" · {day}"));
    }
    out.line("span", "mt-kind", t.milestone_kinds.of(m.kind))
        .close("p")
        .user_line("h3", "mt-milestone-title", &m.title);
    if let Some(metric) = &m.metric {
        let value = metric.value.to_string();
        out.open(
            "p",
            &[
                ("class", Some("mt-metric")),
                ("data-metric-value", Some(&value)),
            ],
        )
        .open("strong", &[])
        .text(&l.number(metric.value))
        .close("strong");
        // Korean, Japanese and Chinese readers count large figures in 만/억, 万/億, 万/亿; others have
        // their own short words (600 jt, 600 مليون): the short form beside 600,000,000.
        let compact = l
            .lang
            .shows_compact()
            .then(|| l.locale.compact(metric.value))
            .flatten();
        if let Some(short) = compact {
            out.open(
                "span",
                &[
                    ("class", Some("mt-metric-compact")),
                    ("data-compact", Some(&short)),
                ],
            )
            .text(&format!(" ({short})"))
            .close("span");
        }
        out.text(&format!(" {}", l.isolate(&metric.measure)));
        if let Some(platform) = &metric.platform {
            out.text(&fill(t.metric_on, &[&l.isolate(platform)]));
        }
        let title = match &metric.scope {
            Scope::Track(id) => subject.track(id).map(|t| t.title.as_str()),
            _ => None,
        };
        out.text(&format!(", {}", text::scope_label(l, &metric.scope, title)))
            .close("p");
    }
    if let Some(record) = &m.record {
        out.user_line("p", "mt-record", record);
    }
    if let Some(claim) = &m.claim {
        out.line(
            "p",
            "mt-claim",
            &fill(t.the_source_says, &[&l.isolate(&claim.text)]),
        );
    }
    if let (false, Some(day)) = (others.is_empty(), card.day) {
        let mut rows = vec![ComparisonRow {
            label: subject.album.clone(),
            days: day,
            own: true,
        }];
        rows.extend(others.iter().cloned());
        comparison_chart(l, &rows, &m.id, out);
    }
    if let Some(note) = &m.note {
        out.user_line("p", "mt-note", note);
    }
    source_line(l, &m.source, out);
    out.class("p", "mt-share");
    for (action, label) in [("copy-link", t.copy_link), ("share-image", t.save_image)] {
        out.open(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("mt-toggle")),
                ("data-action", Some(action)),
            ],
        )
        .text(label)
        .close("button");
    }
    out.close("p").close("article");
}
