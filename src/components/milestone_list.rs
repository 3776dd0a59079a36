//! The milestones in time order, each with the day after release it was reached in the counting zone.

use super::comparison_chart::ComparisonRow;
use super::milestone_card::MilestoneCard;
use super::ZonesHandle;
use crate::days::{counting_date, elapsed_days};
use crate::model::Dataset;
use crate::text;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MilestoneListProps {
    pub dataset: std::rc::Rc<Dataset>,
    pub zone: AttrValue,
    pub zones: ZonesHandle,
    pub lang: AttrValue,
    /// The milestone a deep link points at.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// The day shown: milestones reached after it are left out ("as of" views).
    pub today: NaiveDate,
}

#[function_component(MilestoneList)]
pub fn milestone_list(props: &MilestoneListProps) -> Html {
    let t = use_context::<crate::i18n::Lang>()
        .unwrap_or_default()
        .texts();
    let data = &*props.dataset;
    let release = data.subject.release_date();
    // Each milestone with the date it counts as in this zone; those after the shown day wait.
    let mut milestones: Vec<_> = data
        .milestones
        .iter()
        .map(|m| {
            (
                m,
                counting_date(&m.date, &*props.zones, &props.zone)
                    .ok()
                    .flatten(),
            )
        })
        .collect();
    milestones.sort_by_key(|(m, date)| date.unwrap_or_else(|| m.date.earliest_date()));
    let total = milestones.len();
    milestones.retain(|(m, date)| date.unwrap_or_else(|| m.date.earliest_date()) <= props.today);
    let later = total - milestones.len();
    if total == 0 {
        return Html::default();
    }
    html! {
        <section class="mt-section mt-milestones" aria-labelledby="mt-milestones-title">
            <h2 id="mt-milestones-title">{ t.milestones }</h2>
            <ol class="mt-milestone-list">
                for (m, date) in milestones {
                    {{
                        let day = date.map(|d| elapsed_days(release, d));
                        let scope = m.metric.as_ref().and_then(|metric| metric.scope()).map(|scope| {
                            let title = match &scope {
                                crate::model::Scope::Track(id) => data.subject.track(id).map(|t| t.title.as_str()),
                                _ => None,
                            };
                            AttrValue::from(text::scope_label(t, &scope, title))
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
                                <MilestoneCard artist={data.subject.artist.clone()} album={data.subject.album.clone()} milestone={m.clone()} {date} {day} {scope} {comparisons} lang={props.lang.clone()}
                                    focused={props.focus.as_deref() == Some(m.id.as_str())} />
                            </li>
                        }
                    }}
                }
            </ol>
            if later > 0 {
                <p class="mt-later" data-later={later.to_string()}>{ text::later_milestones(t, later) }</p>
            }
        </section>
    }
}
