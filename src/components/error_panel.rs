//! Located problems: errors in an alert (the data could not be shown), warnings for the data's author,
//! option notices for the embedder. Everything from the data is shown as text, never as HTML.

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

pub fn error_panel(l: &Language, problems: &[Problem], kind: PanelKind) -> Html {
    if problems.is_empty() {
        return Html::default();
    }
    let items = html! {
        <ul class="mt-problem-list">
            for p in problems.iter() {
                <li
                    class={if p.severity == Severity::Error { "mt-problem mt-problem--error" } else { "mt-problem mt-problem--warning" }}
                    data-problem-location={location(Lang::En.texts(), &p.location)}
                >
                    <code class="mt-problem-location">{ location(l.t, &p.location) }</code>
                    { ": " }
                    <span class="mt-problem-message">{ message(l, &p.message) }</span>
                </li>
            }
        </ul>
    };
    match kind {
        PanelKind::Errors => html! {
            <div class="mt-panel mt-panel--errors" role="alert" data-panel="errors">
                <p class="mt-panel-title">{ l.t.data_error_title }</p>
                { items }
            </div>
        },
        PanelKind::Warnings => {
            let n = problems.len();
            html! {
                <details class="mt-panel mt-panel--warnings" data-panel="warnings">
                    <summary>{ l.count(&l.t.data_warnings, n as i64, &[&n.to_string()]) }</summary>
                    { items }
                </details>
            }
        }
        PanelKind::Options => html! {
            <div class="mt-panel mt-panel--options" role="status" data-panel="options">
                { items }
            </div>
        },
    }
}
