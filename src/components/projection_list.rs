//! Pace and projections: each count's pace a day, the next round figure and its estimated day, how
//! that was worked out, and a flag when the newest count is old.

use crate::i18n::{fill, text, Language};
use chrono::NaiveDate;
use milestone_core::model::{Dataset, Scope};
use milestone_core::projections::{projections, Basis};
use yew::prelude::*;

pub fn projection_list(l: &Language, dataset: &Dataset, today: NaiveDate) -> Html {
    let t = l.t;
    let list = projections(dataset, today);
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section class="mt-section mt-projections" aria-labelledby="mt-projections-title">
            <h2 id="mt-projections-title">{ t.projections_title }</h2>
            <ul class="mt-projection-list">
                for p in list {
                    {{
                        let title = match &p.scope {
                            Scope::Track(id) => dataset.subject.track(id).map(|t| t.title.as_str()),
                            _ => None,
                        };
                        let label = text::scope_label(l, &p.scope, title);
                        let count = text::metric(l, p.value, &p.measure, p.platform.as_deref());
                        let method = match p.basis {
                            Basis::TwoNewest { from, to } => fill(t.basis_two_newest, &[&l.date(from), &l.date(to)]),
                            Basis::SinceRelease => t.basis_since_release.to_string(),
                        };
                        let scope = p.scope.to_string();
                        html! {
                            <li class="mt-projection" key={scope.clone()} data-projection={scope} data-value={p.value.to_string()}
                                data-pace={p.pace.to_string()} data-next={p.next.to_string()} data-eta={p.eta.map(|d| d.to_string())}
                                data-stale={p.stale.to_string()}>
                                <p class="mt-projection-count"><strong>{ label }</strong>{ ": " }{ fill(t.count_by, &[&count, &l.date(p.latest)]) }</p>
                                <p class="mt-projection-pace">
                                    if p.pace > 0 { { fill(t.pace_a_day, &[&l.number(p.pace)]) } } else { { t.no_pace } }
                                    if let Some(eta) = p.eta {
                                        { " · " }{ fill(t.next_around, &[&l.number(p.next), &l.date(eta)]) }
                                    }
                                </p>
                                <p class="mt-projection-method">{ method }</p>
                                if p.stale {
                                    <p class="mt-projection-stale" role="note">{ l.count(&t.stale_count, p.age_days, &[&p.age_days.to_string()]) }</p>
                                }
                            </li>
                        }
                    }}
                }
            </ul>
        </section>
    }
}
