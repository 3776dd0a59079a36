//! Located problems: errors in an alert (the data could not be shown), warnings for the data's author,
//! option notices for the embedder. Everything from the data is shown as text, never as HTML.

use super::markup::Markup;
use crate::i18n::render::{location, message};
use crate::i18n::{Lang, Language};
use milestone_core::problem::{Problem, Severity};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum PanelKind {
    /// The dataset could not be shown.
    Errors,
    /// Shown, with things the author should check.
    Warnings,
    /// A widget option had a bad value; its default is in use.
    Options,
}

pub fn error_panel<'p>(
    l: &Language,
    problems: impl IntoIterator<Item = &'p Problem>,
    kind: PanelKind,
) -> Html {
    let problems: Vec<&Problem> = problems.into_iter().collect();
    if problems.is_empty() {
        return Html::default();
    }
    let mut m = Markup::new();
    match kind {
        PanelKind::Errors => {
            m.open(
                "div",
                &[
                    ("class", Some("mt-panel mt-panel--errors")),
                    ("role", Some("alert")),
                    ("data-panel", Some("errors")),
                ],
            )
            .line("p", "mt-panel-title", l.t.data_error_title);
        }
        PanelKind::Warnings => {
            let n = problems.len();
            m.open(
                "details",
                &[
                    ("class", Some("mt-panel mt-panel--warnings")),
                    ("data-panel", Some("warnings")),
                ],
            )
            .open("summary", &[])
            .text(&l.count(&l.t.data_warnings, n as i64, &[&n.to_string()]))
            .close("summary");
        }
        PanelKind::Options => {
            m.open(
                "div",
                &[
                    ("class", Some("mt-panel mt-panel--options")),
                    ("role", Some("status")),
                    ("data-panel", Some("options")),
                ],
            );
        }
    }
    m.class("ul", "mt-problem-list");
    for p in problems {
        let class = if p.severity == Severity::Error {
            "mt-problem mt-problem--error"
        } else {
            "mt-problem mt-problem--warning"
        };
        m.open(
            "li",
            &[
                ("class", Some(class)),
                (
                    "data-problem-location",
                    Some(&location(Lang::En.texts(), &p.location)),
                ),
            ],
        )
        .line("code", "mt-problem-location", &location(l.t, &p.location))
        .text(": ")
        .line("span", "mt-problem-message", &message(l, &p.message))
        .close("li");
    }
    m.close("ul").close(if kind == PanelKind::Warnings {
        "details"
    } else {
        "div"
    });
    m.into_html()
}
