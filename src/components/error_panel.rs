//! Located problems: errors in an alert (the data could not be shown), warnings for the data's author,
//! option notices for the embedder. Everything from the data is shown as text, never as HTML.

use crate::validate::{Problem, Severity};
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

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub problems: Vec<Problem>,
    pub kind: PanelKind,
}

#[function_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    if props.problems.is_empty() {
        return Html::default();
    }
    let items = html! {
        <ul class="mt-problem-list">
            for p in props.problems.iter() {
                <li
                    class={if p.severity == Severity::Error { "mt-problem mt-problem--error" } else { "mt-problem mt-problem--warning" }}
                    data-problem-location={p.location.to_string()}
                >
                    <code class="mt-problem-location">{ p.location.to_string() }</code>
                    { ": " }
                    <span class="mt-problem-message">{ p.message.clone() }</span>
                </li>
            }
        </ul>
    };
    match props.kind {
        PanelKind::Errors => html! {
            <div class="mt-panel mt-panel--errors" role="alert" data-panel="errors">
                <p class="mt-panel-title">{ "The milestone data could not be shown." }</p>
                { items }
            </div>
        },
        PanelKind::Warnings => html! {
            <details class="mt-panel mt-panel--warnings" data-panel="warnings">
                <summary>{ format!("Data check: {} warning{}", props.problems.len(), if props.problems.len() == 1 { "" } else { "s" }) }</summary>
                { items }
            </details>
        },
        PanelKind::Options => html! {
            <div class="mt-panel mt-panel--options" role="status" data-panel="options">
                { items }
            </div>
        },
    }
}
