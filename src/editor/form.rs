//! The form, drawn from the format's description (`milestone_core::draft`): a labelled control per
//! field, a fieldset per object, and rows that can be added, removed and moved. A control's id is
//! `f-` and its field's path (`f-milestones.0.claim.days`), the path the widget's checks give a problem
//! (`draft::field_of`), so each problem is shown under its control and the summary can move focus to it.

use super::texts::EditorTexts;
use milestone_core::draft::{
    amount, automatic_id, empty_value, Action, Field, Kind, Object, Shape, Value,
};
use milestone_core::problem::Severity;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The problems of one field: whether each is an error, and its words.
pub type FieldProblems = HashMap<String, Vec<(Severity, String)>>;

pub struct Ctx<'a> {
    pub t: &'static EditorTexts,
    pub dispatch: Callback<Action>,
    pub problems: &'a FieldProblems,
    /// The editor's language, for numbers as it writes them.
    pub words: &'a crate::i18n::Language,
    /// In a long list (`MANY_ROWS`), the rows open for editing (`milestones.12`); the others show as
    /// one line each, opened by `onopen`.
    pub open: &'a HashSet<String>,
    pub onopen: Callback<String>,
}

/// A list longer than this shows its rows as one line each, but those opened: a file of thousands of
/// milestones stays quick to type in.
pub const MANY_ROWS: usize = 20;

/// A field's path (`milestones.0.claim.days`) in words: "Milestone 1 › The source's claim › Days".
pub fn field_label(t: &EditorTexts, path: &str) -> String {
    let mut shape: &Shape = &milestone_core::draft::DATASET;
    let mut rows_of: Option<&Shape> = None;
    let mut words = Vec::new();
    for step in path.split('.') {
        if let (Ok(n), Some(row)) = (step.parse::<usize>(), rows_of) {
            words.pop();
            words.push(format!("{} {}", t.label(row.name), n + 1));
            shape = row;
            rows_of = None;
            continue;
        }
        let Some(field) = shape.fields.iter().find(|f| f.key == step) else {
            break;
        };
        words.push(t.label(field.key).to_string());
        match field.kind {
            Kind::Object(inner) => shape = inner,
            Kind::Rows(inner) => rows_of = Some(inner),
            _ => {}
        }
    }
    words.join(" › ")
}

fn join(id: &str, step: &str) -> String {
    if id.is_empty() {
        step.to_string()
    } else {
        format!("{id}.{step}")
    }
}

fn with(path: &[usize], step: usize) -> Vec<usize> {
    let mut p = path.to_vec();
    p.push(step);
    p
}

/// The fields of `object` (of `shape`), whose path is `path` and whose id is `id`.
pub fn fields(ctx: &Ctx, shape: &'static Shape, object: &Object, path: &[usize], id: &str) -> Html {
    shape
        .fields
        .iter()
        .zip(&object.0)
        .enumerate()
        .map(|(i, (field, value))| {
            let placeholder = (field.key == "id" && shape.id_from.is_some()).then(|| {
                let index = path.last().copied().unwrap_or_default();
                crate::i18n::fill(ctx.t.automatic_id, &[&automatic_id(shape, object, index)])
            });
            field_view(
                ctx,
                field,
                value,
                &with(path, i),
                &join(id, field.key),
                placeholder,
            )
        })
        .collect()
}

/// The problems under a control or a fieldset (`e-<id>`), if it has any.
fn problems_of(ctx: &Ctx, id: &str) -> (Html, Option<String>, bool) {
    let Some(list) = ctx.problems.get(id) else {
        return (Html::default(), None, false);
    };
    let described = format!("e-{id}");
    let invalid = list.iter().any(|(s, _)| *s == Severity::Error);
    let items: Html = list
        .iter()
        .map(|(severity, text)| {
            let (class, word) = match severity {
                Severity::Error => ("ed-problem ed-problem--error", ctx.t.error_word),
                Severity::Warning => ("ed-problem ed-problem--warning", ctx.t.warning_word),
            };
            html! { <li class={class}><strong>{ word }{ ": " }</strong>{ text }</li> }
        })
        .collect();
    (
        html! { <ul class="ed-problems" id={described.clone()}>{ items }</ul> },
        Some(described),
        invalid,
    )
}

fn label_text(ctx: &Ctx, field: &Field) -> Html {
    html! {
        <>
            { ctx.t.label(field.key) }
            if field.required {
                <span class="ed-required">{ " (" }{ ctx.t.required }{ ")" }</span>
            }
        </>
    }
}

fn field_view(
    ctx: &Ctx,
    field: &'static Field,
    value: &Value,
    path: &[usize],
    id: &str,
    placeholder: Option<String>,
) -> Html {
    let control_id = format!("f-{id}");
    let (problems, described, invalid) = problems_of(ctx, id);
    let invalid = invalid.then_some("true");
    match (field.kind, value) {
        (Kind::Object(shape), Value::Object(inner)) => html! {
            <fieldset class="ed-object" id={control_id} tabindex="-1" aria-describedby={described}>
                <legend>{ label_text(ctx, field) }</legend>
                { problems }
                { fields(ctx, shape, inner, path, id) }
            </fieldset>
        },
        (Kind::Rows(shape), Value::Rows(rows)) => {
            rows_view(ctx, field, shape, rows, path, id, problems, described)
        }
        (Kind::Check, Value::Check(ticked)) => {
            let dispatch = ctx.dispatch.clone();
            let path = path.to_vec();
            let onchange = Callback::from(move |e: Event| {
                if let Some(input) = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                {
                    dispatch.emit(Action::Tick(path.clone(), input.checked()));
                }
            });
            html! {
                <div class="ed-field ed-field--check">
                    <input type="checkbox" id={control_id.clone()} checked={ticked.unwrap_or(false)} {onchange}
                        aria-describedby={described} aria-invalid={invalid} />
                    <label for={control_id}>{ label_text(ctx, field) }</label>
                    { problems }
                </div>
            }
        }
        (kind, Value::Text(text)) => {
            let dispatch = ctx.dispatch.clone();
            let path = path.to_vec();
            // A number written as people write it (100M, 1.2B, 100,000,000) shows the number it means.
            let meant = (kind == Kind::Number && text.trim().parse::<u64>().is_err())
                .then(|| amount(text))
                .flatten()
                .map(|n| crate::i18n::fill(ctx.t.number_means, &[&ctx.words.number(n)]));
            let hint = match kind {
                Kind::Date => Some(ctx.t.date_hint.to_string()),
                Kind::Lines => Some(ctx.t.lines_hint.to_string()),
                _ => meant,
            };
            let hint_id = format!("h-{id}");
            let described = match (&described, &hint) {
                (Some(d), Some(_)) => Some(format!("{d} {hint_id}")),
                (Some(d), None) => Some(d.clone()),
                (None, Some(_)) => Some(hint_id.clone()),
                (None, None) => None,
            };
            let control = match kind {
                Kind::Words(words) => {
                    let onchange = Callback::from(move |e: Event| {
                        if let Some(select) = e
                            .target()
                            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                        {
                            dispatch.emit(Action::Set(path.clone(), select.value()));
                        }
                    });
                    html! {
                        <select id={control_id.clone()} {onchange} aria-describedby={described} aria-invalid={invalid}>
                            if !field.required {
                                <option value="" selected={text.is_empty()}>{ ctx.t.word(words.first().copied().unwrap_or_default()) }{ " " }{ ctx.t.default_word }</option>
                            } else if text.is_empty() {
                                <option value="" selected=true>{ ctx.t.choose }</option>
                            }
                            { for words.iter().map(|w| html! { <option value={*w} selected={text == w}>{ ctx.t.word(w) }</option> }) }
                            if !text.is_empty() && !words.contains(&text.as_str()) {
                                <option value={text.clone()} selected=true>{ text.clone() }</option>
                            }
                        </select>
                    }
                }
                Kind::Long | Kind::Lines => {
                    let oninput = Callback::from(move |e: InputEvent| {
                        if let Some(area) = e
                            .target()
                            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                        {
                            dispatch.emit(Action::Set(path.clone(), area.value()));
                        }
                    });
                    html! {
                        <textarea id={control_id.clone()} rows="3" value={text.clone()} {oninput}
                            aria-describedby={described} aria-invalid={invalid} />
                    }
                }
                _ => {
                    let oninput = Callback::from(move |e: InputEvent| {
                        if let Some(input) = e
                            .target()
                            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                        {
                            dispatch.emit(Action::Set(path.clone(), input.value()));
                        }
                    });
                    let (inputmode, list) = match kind {
                        Kind::Number => (Some("numeric"), None),
                        Kind::Zone => (None, Some("ed-zones")),
                        _ => (None, None),
                    };
                    html! {
                        <input type="text" id={control_id.clone()} value={text.clone()} {oninput} {inputmode} {list}
                            placeholder={placeholder} spellcheck="false" autocomplete="off"
                            aria-describedby={described} aria-invalid={invalid} />
                    }
                }
            };
            html! {
                <div class="ed-field">
                    <label for={control_id}>{ label_text(ctx, field) }</label>
                    { control }
                    if let Some(hint) = hint {
                        <p class="ed-hint" id={hint_id}>{ hint }</p>
                    }
                    { problems }
                </div>
            }
        }
        (kind, Value::Wrong(raw)) => {
            wrong_view(ctx, field, kind, raw, path, id, problems, described)
        }
        _ => Html::default(),
    }
}

/// A value of the wrong type from an imported file, shown as written (read-only: the widget's checks
/// say what is wrong with it, under it) with a button that clears it to its kind's empty value.
#[allow(clippy::too_many_arguments)]
fn wrong_view(
    ctx: &Ctx,
    field: &'static Field,
    kind: Kind,
    raw: &str,
    path: &[usize],
    id: &str,
    problems: Html,
    described: Option<String>,
) -> Html {
    let control_id = format!("f-{id}");
    let dispatch = ctx.dispatch.clone();
    let reset = Action::Reset(path.to_vec(), empty_value(kind));
    html! {
        <div class="ed-field ed-field--wrong">
            <label for={control_id.clone()}>{ label_text(ctx, field) }</label>
            <input type="text" id={control_id} value={raw.to_string()} readonly=true
                aria-describedby={described} aria-invalid="true" />
            <button type="button" class="ed-button ed-button--small" id={format!("b-{id}-clear")}
                onclick={move |_: MouseEvent| dispatch.emit(reset.clone())}>{ ctx.t.clear_wrong }</button>
            { problems }
        </div>
    }
}

#[allow(clippy::too_many_arguments)]
fn rows_view(
    ctx: &Ctx,
    field: &'static Field,
    shape: &'static Shape,
    rows: &[Object],
    path: &[usize],
    id: &str,
    problems: Html,
    described: Option<String>,
) -> Html {
    let control_id = format!("f-{id}");
    let row_label = ctx.t.label(shape.name);
    // Each button has an id (`b-<row>-up`, `b-<list>-add`...), for focus to follow the work (`focus.rs`).
    let button = |label: &'static str, action: Action, disabled: bool, name: String, id: String| {
        let dispatch = ctx.dispatch.clone();
        html! {
            <button type="button" class="ed-button ed-button--small" {id} {disabled} aria-label={name}
                onclick={move |_: MouseEvent| dispatch.emit(action.clone())}>{ label }</button>
        }
    };
    let n = rows.len();
    // A long list's problems counted by row, in one pass over the problems (not one per row).
    let per_row = match n > MANY_ROWS {
        true => problems_by_row(ctx.problems, id),
        false => HashMap::new(),
    };
    html! {
        <fieldset class="ed-rows" id={control_id} tabindex="-1" aria-describedby={described}>
            <legend>{ label_text(ctx, field) }</legend>
            { problems }
            { for rows.iter().enumerate().map(|(i, row)| {
                let row_id = join(id, &i.to_string());
                if n > MANY_ROWS && !ctx.open.contains(&row_id) {
                    let problems = per_row.get(&i).copied().unwrap_or_default();
                    return closed_row(ctx, shape, row, &row_id, format!("{row_label} {}", i + 1), problems);
                }
                let (row_problems, row_described, _) = problems_of(ctx, &row_id);
                let name = format!("{row_label} {}", i + 1);
                html! {
                    <fieldset class="ed-row" id={format!("f-{row_id}")} tabindex="-1" aria-describedby={row_described}>
                        <legend>{ name.clone() }</legend>
                        { row_problems }
                        { fields(ctx, shape, row, &with(path, i), &row_id) }
                        <div class="ed-row-actions">
                            { button(ctx.t.move_up, Action::Move(path.to_vec(), i, i.saturating_sub(1)), i == 0, format!("{}: {name}", ctx.t.move_up), format!("b-{row_id}-up")) }
                            { button(ctx.t.move_down, Action::Move(path.to_vec(), i, i + 1), i + 1 == n, format!("{}: {name}", ctx.t.move_down), format!("b-{row_id}-down")) }
                            { button(ctx.t.remove, Action::Remove(path.to_vec(), i), false, format!("{}: {name}", ctx.t.remove), format!("b-{row_id}-remove")) }
                        </div>
                    </fieldset>
                }
            }) }
            { button(ctx.t.add, Action::Add(path.to_vec(), shape), false, format!("{}: {row_label}", ctx.t.add), format!("b-{id}-add")) }
        </fieldset>
    }
}

/// How many problems each row of the list `list` (`milestones`) has, by the row's index.
fn problems_by_row(problems: &FieldProblems, list: &str) -> HashMap<usize, usize> {
    let prefix = format!("{list}.");
    let mut per_row = HashMap::new();
    for (field, said) in problems {
        let Some(rest) = field.strip_prefix(&prefix) else {
            continue;
        };
        if let Ok(row) = rest.split('.').next().unwrap_or_default().parse::<usize>() {
            *per_row.entry(row).or_default() += said.len();
        }
    }
    per_row
}

/// A row of a long list, closed: its name and what it is (its title), how many problems it has, and a
/// button that opens it for editing.
fn closed_row(
    ctx: &Ctx,
    shape: &'static Shape,
    row: &Object,
    row_id: &str,
    name: String,
    problems: usize,
) -> Html {
    let about = ["title", "publication", "album"]
        .iter()
        .map(|k| row.text(shape, k))
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default();
    let onopen = ctx.onopen.clone();
    let open_id = row_id.to_string();
    html! {
        <fieldset class="ed-row ed-row--closed" id={format!("f-{row_id}")} tabindex="-1">
            <legend>{ name.clone() }</legend>
            <span class="ed-row-about">{ about.to_string() }</span>
            if problems > 0 {
                <span class="ed-problem ed-problem--error">{ crate::i18n::fill(ctx.t.row_problems, &[&problems.to_string()]) }</span>
            }
            <button type="button" class="ed-button ed-button--small" id={format!("b-{row_id}-open")}
                aria-label={format!("{}: {name}", ctx.t.open_row)}
                onclick={move |_: MouseEvent| onopen.emit(open_id.clone())}>{ ctx.t.open_row }</button>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::texts::{EN, KO};

    #[test]
    fn problems_are_counted_by_row_of_their_own_list() {
        let mut problems = FieldProblems::new();
        let one = |n| vec![(Severity::Error, String::new()); n];
        problems.insert("milestones.3.kind".into(), one(1));
        problems.insert("milestones.3.metric.value".into(), one(2));
        problems.insert("milestones.12".into(), one(1));
        problems.insert("subject.sources.3.date".into(), one(1));
        let per_row = problems_by_row(&problems, "milestones");
        assert_eq!(per_row, HashMap::from([(3, 3), (12, 1)]));
    }

    #[test]
    fn a_path_in_words() {
        assert_eq!(
            field_label(&EN, "milestones.0.claim.days"),
            "Milestone 1 › The source's claim › Days"
        );
        assert_eq!(
            field_label(&EN, "subject.sources.1.publication"),
            "Album › Source 2 › Publication"
        );
        assert_eq!(field_label(&EN, "subject.artist"), "Album › Artist");
        assert_eq!(field_label(&KO, "events.2.title"), "다른 날짜 3 › 제목");
    }
}
