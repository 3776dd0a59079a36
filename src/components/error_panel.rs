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
    let t = super::hooks::use_texts();
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
                    <code class="mt-problem-location">{ crate::i18n::location(t, &p.location) }</code>
                    { ": " }
                    <span class="mt-problem-message">{ (t.problem)(&p.message) }</span>
                </li>
            }
        </ul>
    };
    match props.kind {
        PanelKind::Errors => html! {
            <div class="mt-panel mt-panel--errors" role="alert" data-panel="errors">
                <p class="mt-panel-title">{ t.data_error_title }</p>
                { items }
            </div>
        },
        PanelKind::Warnings => html! {
            <details class="mt-panel mt-panel--warnings" data-panel="warnings">
                <summary>{ (t.data_warnings)(props.problems.len(), crate::browser::plural(t.tag, props.problems.len() as i64)) }</summary>
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
