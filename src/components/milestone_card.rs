//! One milestone: when (and on which day after release) it was reached, and how that date is known;
//! what, the record claimed, the source's own words, comparisons to scale, and the source.

use super::comparison_chart::{comparison_chart, ComparisonRow};
use super::hooks::use_language;
use super::share_buttons::ShareButtons;
use super::source_line::source_line;
use crate::i18n::{fill, text, Lang};
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
    let t = l.t;
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
    let when = match props.date {
        Some(date) => html! {
            <time datetime={date.to_string()}>{ text::dated(&l, m.dated_by, l.date(date)) }</time>
        },
        None => {
            html! { <time datetime={m.date.to_string()}>{ text::date_value(&l, &m.date) }</time> }
        }
    };
    // Korean and Japanese readers count large figures in 만/억, 万/億: 6억 beside 600,000,000.
    let compact = |value: u64| {
        matches!(l.lang, Lang::Ko | Lang::Ja)
            .then(|| l.locale.compact(value))
            .flatten()
    };
    html! {
        <article
            ref={node}
            class={classes!("mt-milestone", format!("mt-milestone--{}", m.kind.as_str()), props.focused.then_some("mt-milestone--focus"))}
            data-focused={props.focused.then_some("true")}
            data-milestone-id={m.id.clone()}
            data-day={props.day.map(|d| d.to_string())}
            data-dated-by={m.dated_by.as_str()}
            id={format!("m-{}", m.id)}
        >
            <p class="mt-milestone-when">
                { when }
                if let Some(day) = props.day {
                    <span class="mt-milestone-day">{ format!(" · {}", text::milestone_day(&l, m.dated_by, day)) }</span>
                }
                <span class="mt-kind">{ t.milestone_kinds[m.kind as usize] }</span>
            </p>
            <h3 class="mt-milestone-title">{ m.title.clone() }</h3>
            if let Some(metric) = &m.metric {
                <p class="mt-metric" data-metric-value={metric.value.to_string()}>
                    <strong>{ l.number(metric.value) }</strong>
                    if let Some(short) = compact(metric.value) {
                        <span class="mt-metric-compact" data-compact={short.clone()}>{ format!(" ({short})") }</span>
                    }
                    { format!(" {}", metric.measure) }
                    if let Some(platform) = &metric.platform { { fill(t.metric_on, &[platform]) } }
                    if let Some(scope) = &props.scope { { format!(", {scope}") } }
                </p>
            }
            if let Some(record) = &m.record {
                <p class="mt-record">{ record.clone() }</p>
            }
            if let Some(claim) = &m.claim {
                <p class="mt-claim">{ fill(t.the_source_says, &[&claim.text]) }</p>
            }
            if props.comparisons.len() > 1 {
                { comparison_chart(&l, &props.comparisons, &m.id) }
            }
            if let Some(note) = &m.note {
                <p class="mt-note">{ note.clone() }</p>
            }
            { source_line(&l, &m.source) }
            <ShareButtons milestone={m.clone()} date={props.date} day={props.day} artist={props.artist.clone()}
                album={props.album.clone()} />
        </article>
    }
}
