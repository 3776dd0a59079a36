//! One milestone: when (and on which day after release) it was reached, what, the record claimed,
//! the source's own figure, comparisons to scale, and the source.

use super::comparison_chart::{ComparisonChart, ComparisonRow};
use super::share_buttons::ShareButtons;
use super::source_line::SourceLine;
use crate::browser::{format_compact, format_date, format_number};
use crate::model::{DatedBy, Milestone};
use crate::text;
use chrono::NaiveDate;
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
    pub lang: AttrValue,
    /// For the share card.
    pub artist: AttrValue,
    pub album: AttrValue,
    /// A deep link points here: highlighted and scrolled into view.
    #[prop_or_default]
    pub focused: bool,
}

#[function_component(MilestoneCard)]
pub fn milestone_card(props: &MilestoneCardProps) -> Html {
    let t = super::hooks::use_texts();
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
    let reported = m.dated_by == DatedBy::Report;
    let when = match props.date {
        Some(date) => {
            let shown = format_date(date, &props.lang);
            let shown = if reported { (t.by_date)(&shown) } else { shown };
            html! { <time datetime={date.to_string()}>{ shown }</time> }
        }
        None => html! { <time datetime={m.date.to_string()}>{ m.date.to_string() }</time> },
    };
    let day_text = props.day.map(|d| {
        if reported {
            text::reported_day(t, d)
        } else {
            text::milestone_day(t, d)
        }
    });
    html! {
        <article
            ref={node}
            class={classes!("mt-milestone", format!("mt-milestone--{}", m.kind.as_str()), props.focused.then_some("mt-milestone--focus"))}
            data-focused={props.focused.then_some("true")}
            data-milestone-id={m.id.clone()}
            data-day={props.day.map(|d| d.to_string())}
            data-dated-by={if reported { "report" } else { "event" }}
            id={format!("m-{}", m.id)}
        >
            <p class="mt-milestone-when">

                { when }
                if let Some(day_text) = day_text {
                    <span class="mt-milestone-day">{ format!(" · {day_text}") }</span>
                }
                <span class="mt-kind">{ (t.kind)(m.kind) }</span>
            </p>
            <h3 class="mt-milestone-title">{ m.title.clone() }</h3>
            if let Some(metric) = &m.metric {
                <p class="mt-metric" data-metric-value={metric.value.to_string()}>
                    <strong>{ format_number(metric.value, &props.lang) }</strong>
                    // Korean and Japanese readers count large figures in 만/억, 万/億: 6억 beside 600,000,000.
                    if let Some(short) = matches!(t.tag, "ko" | "ja").then(|| format_compact(metric.value, t.tag)).flatten() {
                        <span class="mt-metric-compact" data-compact={short.clone()}>{ format!(" ({short})") }</span>
                    }
                    { format!(" {}", metric.measure) }
                    if let Some(platform) = &metric.platform { { (t.metric_on)(platform) } }
                    if let Some(scope) = &props.scope { { format!(", {scope}") } }
                </p>
            }
            if let Some(record) = &m.record {
                <p class="mt-record">{ record.clone() }</p>
            }
            if let Some(claim) = &m.claim {
                <p class="mt-claim">{ (t.the_source_says)(&claim.text) }</p>
            }
            if props.comparisons.len() > 1 {
                <ComparisonChart rows={props.comparisons.clone()} milestone_id={m.id.clone()} />
            }
            if let Some(note) = &m.note {
                <p class="mt-note">{ note.clone() }</p>
            }
            <SourceLine source={m.source.clone()} lang={props.lang.clone()} />
            <ShareButtons milestone={m.clone()} date={props.date} day={props.day} artist={props.artist.clone()}
                album={props.album.clone()} lang={props.lang.clone()} />
        </article>
    }
}
