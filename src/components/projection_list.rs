//! Pace and projections: each count's pace a day, the next round figure and its estimated day, how
//! that was worked out, and a flag when the newest count is old.

use super::markup::Markup;
use crate::i18n::{fill, text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::model::{Dataset, DatedBy, Scope};
use milestone_core::projections::{count_worked_out, projections, Basis};
use milestone_core::state::Fold;
use yew::prelude::*;

pub fn projection_list(l: &Language, dataset: &Dataset, today: NaiveDate, open: bool) -> Html {
    let t = l.t;
    let list = projections(dataset, today);
    if list.is_empty() {
        return Html::default();
    }
    let mut m = Markup::new();
    let fold = Some(open);
    m.section(Fold::Projections.name(), t.projections_title, fold)
        .class("ul", "mt-projection-list");
    for p in list {
        let title = match &p.scope {
            Scope::Track(id) => dataset.subject.track(id).map(|t| t.title.as_str()),
            _ => None,
        };
        let count = text::metric(l, p.value, &p.measure, p.platform.as_deref());
        // A count's date as the data knows it: a worked-out one says so.
        let date = |d: NaiveDate| match count_worked_out(dataset, &p.scope, d) {
            true => text::dated(l, DatedBy::WorkedOut, l.date(d)),
            false => l.date(d),
        };
        let method = match p.basis {
            Basis::TwoNewest { from, to } => fill(t.basis_two_newest, &[&date(from), &date(to)]),
            Basis::SinceRelease => t.basis_since_release.to_string(),
        };
        let eta = p.eta.map(|d| d.to_string());
        m.open(
            "li",
            &[
                ("class", Some("mt-projection")),
                ("data-projection", Some(&p.scope.to_string())),
                ("data-value", Some(&p.value.to_string())),
                ("data-pace", Some(&p.pace.to_string())),
                ("data-next", Some(&p.next.to_string())),
                ("data-eta", eta.as_deref()),
                ("data-stale", Some(if p.stale { "true" } else { "false" })),
            ],
        )
        .class("p", "mt-projection-count")
        .open("strong", &[])
        .text(&text::scope_label(l, &p.scope, title))
        .close("strong")
        .text(": ")
        .text(&fill(t.count_by, &[&count, &date(p.latest)]))
        .close("p")
        .class("p", "mt-projection-pace");
        if p.pace > 0 {
            m.text(&fill(t.pace_a_day, &[&l.number(p.pace)]));
        } else {
            m.text(t.no_pace);
        }
        if let Some(eta) = p.eta {
            m.text(" · ")
                .text(&fill(t.next_around, &[&l.number(p.next), &l.date(eta)]));
        }
        m.close("p").line("p", "mt-projection-method", &method);
        if p.stale {
            let stale = l.count(&t.stale_count, p.age_days, &[&p.age_days.to_string()]);
            m.open(
                "p",
                &[
                    ("class", Some("mt-projection-stale")),
                    ("role", Some("note")),
                ],
            )
            .text(&stale)
            .close("p");
        }
        m.close("li");
    }
    m.close("ul").end_section(fold);
    m.into_html()
}
