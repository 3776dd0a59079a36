//! Pace and projections: each count's pace a day, the next round figure and its estimated day, how
//! that was worked out, and a flag when the newest count is old.

use crate::browser::{format_date, format_number, plural};
use crate::model::{Dataset, Scope};
use crate::projections::{projections, Basis};
use crate::text;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProjectionListProps {
    pub dataset: super::Shared<Dataset>,
    pub today: NaiveDate,
    pub lang: AttrValue,
}

#[function_component(ProjectionList)]
pub fn projection_list(props: &ProjectionListProps) -> Html {
    let t = super::hooks::use_texts();
    let list = projections(&props.dataset, props.today);
    if list.is_empty() {
        return Html::default();
    }
    let lang = &props.lang;
    html! {
        <section class="mt-section mt-projections" aria-labelledby="mt-projections-title">
            <h2 id="mt-projections-title">{ t.projections_title }</h2>
            <ul class="mt-projection-list">
                for p in list {
                    {{
                        let scope = p.scope.as_str();
                        let label = match crate::model::Snapshot::parse_scope_text(scope) {
                            Some(Scope::Track(id)) => props.dataset.subject.track(id).map_or(id.to_string(), |t| t.title.clone()),
                            Some(s) => text::scope_label(t, &s, None),
                            None => scope.to_string(),
                        };
                        let count = format!("{} {}{}", format_number(p.value, lang), p.measure, p.platform.as_deref().map(|pl| (t.metric_on)(pl)).unwrap_or_default());
                        let method = match p.basis {
                            Basis::TwoNewest { from, to } => (t.basis_two_newest)(&format_date(from, lang), &format_date(to, lang)),
                            Basis::SinceRelease => t.basis_since_release.to_string(),
                        };
                        html! {
                            <li class="mt-projection" key={p.scope.clone()} data-projection={p.scope.clone()} data-value={p.value.to_string()}
                                data-pace={p.pace.to_string()} data-next={p.next.to_string()} data-eta={p.eta.map(|d| d.to_string())}
                                data-stale={p.stale.to_string()}>
                                <p class="mt-projection-count"><strong>{ label }</strong>{ ": " }{ (t.count_by)(&count, &format_date(p.latest, lang)) }</p>
                                <p class="mt-projection-pace">
                                    if p.pace > 0 { { (t.pace_a_day)(&format_number(p.pace, lang)) } } else { { t.no_pace } }
                                    if let Some(eta) = p.eta {
                                        { " · " }{ (t.next_around)(&format_number(p.next, lang), &format_date(eta, lang)) }
                                    }
                                </p>
                                <p class="mt-projection-method">{ method }</p>
                                if p.stale {
                                    <p class="mt-projection-stale" role="note">{ (t.stale_count)(p.age_days, plural(t.tag, p.age_days)) }</p>
                                }
                            </li>
                        }
                    }}
                }
            </ul>
        </section>
    }
}
