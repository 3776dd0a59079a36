//! One step of the milestone list: the cards of rows `start..end`, as list items. Its props compare by
//! identity, so the steps already shown are not rendered again when the next one arrives.

use super::comparison_chart::ComparisonRow;
use super::hooks::use_language;
use super::milestone_card::MilestoneCard;
use super::Shared;
use crate::i18n::text;
use chrono::NaiveDate;
use milestone_core::days::elapsed_days;
use milestone_core::model::{Dataset, Scope};
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
    pub rows: Shared<Vec<Row>>,
    pub start: usize,
    pub end: usize,
    pub dataset: Shared<Dataset>,
    #[prop_or_default]
    pub focus: Option<AttrValue>,
}

#[function_component(MilestoneChunk)]
pub fn milestone_chunk(props: &MilestoneChunkProps) -> Html {
    let l = use_language();
    let data = &*props.dataset;
    let release = data.subject.release_date();
    let rows = props.rows.get(props.start..props.end).unwrap_or_default();
    html! {
        for row in rows {
            {{
                let m = &data.milestones[row.index];
                let date = row.date;
                let day = date.map(|d| elapsed_days(release, d));
                let scope = m.metric.as_ref().map(|metric| {
                    let title = match &metric.scope {
                        Scope::Track(id) => data.subject.track(id).map(|t| t.title.as_str()),
                        _ => None,
                    };
                    AttrValue::from(text::scope_label(&l, &metric.scope, title))
                });
                let mut comparisons: Vec<ComparisonRow> = data
                    .comparisons
                    .iter()
                    .filter(|c| c.milestone == m.id)
                    .map(|c| ComparisonRow {
                        label: match &c.artist { Some(a) => format!("{} ({a})", c.album), None => c.album.clone() },
                        days: c.days,
                        own: false,
                    })
                    .collect();
                if let (false, Some(day)) = (comparisons.is_empty(), day) {
                    comparisons.insert(0, ComparisonRow { label: data.subject.album.clone(), days: day, own: true });
                }
                html! {
                    <li key={m.id.clone()}>
                        <MilestoneCard artist={data.subject.artist.clone()} album={data.subject.album.clone()} milestone={m.clone()} {date} {day} {scope} {comparisons}
                            focused={props.focus.as_deref() == Some(m.id.as_str())} />
                    </li>
                }
            }}
        }
    }
}
