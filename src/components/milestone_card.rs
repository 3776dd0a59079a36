//! One milestone: when (and on which day after release) it was reached, and how that date is known;
//! what, the record claimed, the source's own words, comparisons to scale, and the source; then its
//! share buttons. A component for its effect: a deep link to it scrolls it into view.

use super::comparison_chart::{comparison_chart, ComparisonRow};
use super::hooks::use_language;
use super::markup::Markup;
use super::share_buttons::ShareButtons;
use super::source_line::source_line;
use crate::i18n::{fill, text, Lang, Language};
use chrono::NaiveDate;
use milestone_core::model::Milestone;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MilestoneCardProps {
    pub milestone: Milestone,
    /// The calendar date it counts as in the counting zone (None for month or year precision).
    pub date: Option<NaiveDate>,
    /// Elapsed days after release when reached.
    pub day: Option<i64>,
    /// "the album", "every track", or a track's title.
    pub scope: Option<AttrValue>,
    /// The subject's own bar first, then other albums.
    pub comparisons: Vec<ComparisonRow>,
    /// For the share card.
    pub artist: AttrValue,
    pub album: AttrValue,
    /// A deep link points here: highlighted and scrolled into view.
    #[prop_or_default]
    pub focused: bool,
}

#[function_component(MilestoneCard)]
pub fn milestone_card(props: &MilestoneCardProps) -> Html {
    let l = use_language();
    let m = &props.milestone;
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.focused, move |focused| {
            if *focused {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            }
        });
    }
    let class = format!(
        "mt-milestone mt-milestone--{}{}",
        m.kind.as_str(),
        if props.focused {
            " mt-milestone--focus"
        } else {
            ""
        }
    );
    html! {
        <article
            ref={node}
            {class}
            data-focused={props.focused.then_some("true")}
            data-milestone-id={m.id.clone()}
            data-day={props.day.map(|d| d.to_string())}
            data-dated-by={m.dated_by.as_str()}
            id={format!("m-{}", m.id)}
        >
            { body(&l, props).into_html() }
            <ShareButtons milestone={m.clone()} date={props.date} day={props.day} artist={props.artist.clone()}
                album={props.album.clone()} />
        </article>
    }
}

/// Everything but the buttons, as text: it has no handler and no state.
fn body(l: &Language, props: &MilestoneCardProps) -> Markup {
    let t = l.t;
    let m = &props.milestone;
    let mut out = Markup::new();
    out.class("p", "mt-milestone-when");
    match props.date {
        Some(date) => out.time(&date.to_string(), &text::dated(l, m.dated_by, l.date(date))),
        None => out.time(&m.date.to_string(), &text::date_value(l, &m.date)),
    };
    if let Some(day) = props.day {
        out.line(
            "span",
            "mt-milestone-day",
            &format!(" · {}", text::milestone_day(l, m.dated_by, day)),
        );
    }
    out.line("span", "mt-kind", t.milestone_kinds[m.kind as usize])
        .close("p")
        .line("h3", "mt-milestone-title", &m.title);
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
        // Korean and Japanese readers count large figures in 만/억, 万/億: 6억 beside 600,000,000.
        let compact = matches!(l.lang, Lang::Ko | Lang::Ja)
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
        out.text(&format!(" {}", metric.measure));
        if let Some(platform) = &metric.platform {
            out.text(&fill(t.metric_on, &[platform]));
        }
        if let Some(scope) = &props.scope {
            out.text(&format!(", {scope}"));
        }
        out.close("p");
    }
    if let Some(record) = &m.record {
        out.line("p", "mt-record", record);
    }
    if let Some(claim) = &m.claim {
        out.line("p", "mt-claim", &fill(t.the_source_says, &[&claim.text]));
    }
    if props.comparisons.len() > 1 {
        comparison_chart(l, &props.comparisons, &m.id, &mut out);
    }
    if let Some(note) = &m.note {
        out.line("p", "mt-note", note);
    }
    source_line(l, &m.source, &mut out);
    out
}
