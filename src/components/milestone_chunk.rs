//! One step of the milestone list: the cards of rows `start..end`, as list items, written as markup.
//! A component for one reason: its props compare by identity, so the steps already shown are not
//! written again when the next one arrives.

use super::comparison_chart::ComparisonRow;
use super::markup::Markup;
use super::milestone_card::{milestone_card, Card};
use super::Shared;
use crate::i18n::Language;
use milestone_core::calendar::NaiveDate;
use milestone_core::days::elapsed_days;
use milestone_core::model::Dataset;
use yew::prelude::*;

/// A milestone in list order: its index in the dataset, the date it counts as in the counting zone
/// (None for month or year precision), and the date it sorts by.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    pub index: usize,
    pub date: Option<NaiveDate>,
    pub sort: NaiveDate,
}

#[derive(Properties, PartialEq)]
pub struct MilestoneChunkProps {
    pub language: Language,
    pub rows: Shared<Vec<Row>>,
    pub start: usize,
    pub end: usize,
    pub dataset: Shared<Dataset>,
    #[prop_or_default]
    pub focus: Option<AttrValue>,
}

#[function_component(MilestoneChunk)]
pub fn milestone_chunk(props: &MilestoneChunkProps) -> Html {
    let l = &props.language;
    let data = &*props.dataset;
    let release = data.subject.release_date();
    let rows = props.rows.get(props.start..props.end).unwrap_or_default();
    let mut out = Markup::new();
    for row in rows {
        let m = &data.milestones[row.index];
        let others: Vec<ComparisonRow> = data
            .comparisons
            .iter()
            .filter(|c| c.milestone == m.id)
            .map(|c| ComparisonRow {
                label: match &c.artist {
                    Some(a) => format!("{} ({a})", c.album),
                    None => c.album.clone(),
                },
                days: c.days,
                own: false,
            })
            .collect();
        let card = Card {
            milestone: m,
            date: row.date,
            day: row.date.map(|d| elapsed_days(release, d)),
            focused: props.focus.as_deref() == Some(m.id.as_str()),
        };
        out.open("li", &[]);
        milestone_card(l, &data.subject, &others, card, &mut out);
        out.close("li");
    }
    out.into_html()
}
