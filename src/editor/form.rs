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
                let input: HtmlInputElement = e.target_unchecked_into();
                dispatch.emit(Action::Tick(path.clone(), input.checked()));
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
            let control = Control {
                id: control_id,
                value: text,
                set: setter(&ctx.dispatch, path),
                described,
                invalid,
            };
            text_field(ctx, field, kind, control, id, placeholder, problems)
        }
        (kind, Value::Wrong(raw)) => {
            wrong_view(ctx, field, kind, raw, path, id, problems, described)
        }
        _ => Html::default(),
    }
}

/// One field's control: its id, the text it holds, what sets a new one, and what describes it.
struct Control<'a> {
    id: String,
    value: &'a str,
    set: Callback<String>,
    /// The ids of its hint and problems, and whether one of them is an error.
    described: Option<String>,
    invalid: Option<&'static str>,
}

/// Sets the field at `path` to a control's new text.
fn setter(dispatch: &Callback<Action>, path: &[usize]) -> Callback<String> {
    let (dispatch, path) = (dispatch.clone(), path.to_vec());
    Callback::from(move |text| dispatch.emit(Action::Set(path.clone(), text)))
}

/// A field holding text (of any kind but objects, rows and ticks): its label, its control, its hint
/// (the date's formats, one line each, or the number a figure like `1.2B` means), its problems.
fn text_field(
    ctx: &Ctx,
    field: &'static Field,
    kind: Kind,
    mut c: Control,
    id: &str,
    placeholder: Option<String>,
    problems: Html,
) -> Html {
    // A number written as people write it (100M, 1.2B, 100,000,000) shows the number it means.
    let meant = (kind == Kind::Number && c.value.trim().parse::<u64>().is_err())
        .then(|| amount(c.value))
        .flatten()
        .map(|n| crate::i18n::fill(ctx.t.number_means, &[&ctx.words.number(n)]));
    let hint = match kind {
        Kind::Date => Some(ctx.t.date_hint.to_string()),
        Kind::Lines => Some(ctx.t.lines_hint.to_string()),
        _ => meant,
    };
    let hint_id = format!("h-{id}");
    if hint.is_some() {
        c.described = Some(match c.described.take() {
            Some(d) => format!("{d} {hint_id}"),
            None => hint_id.clone(),
        });
    }
    let control_id = c.id.clone();
    let control = match kind {
        Kind::Words(words) => select_control(ctx, field, words, c),
        Kind::Long | Kind::Lines => area_control(c),
        Kind::Date => date_control(ctx, field, c),
        Kind::Number => line_control(c, Some("numeric"), None, placeholder),
        Kind::Zone => line_control(c, None, Some("ed-zones"), placeholder),
        _ => line_control(c, None, None, placeholder),
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

/// One of the format's words, in the fan's words; an optional field offers its default first, and a
/// word the format does not know (from a file) stays shown until changed.
fn select_control(ctx: &Ctx, field: &Field, words: &'static [&'static str], c: Control) -> Html {
    let set = c.set;
    let onchange = Callback::from(move |e: Event| {
        set.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let text = c.value;
    html! {
        <select id={c.id} {onchange} aria-describedby={c.described} aria-invalid={c.invalid}>
            if !field.required {
                <option value="" selected={text.is_empty()}>{ ctx.t.word(words.first().copied().unwrap_or_default()) }{ " " }{ ctx.t.default_word }</option>
            } else if text.is_empty() {
                <option value="" selected=true>{ ctx.t.choose }</option>
            }
            { for words.iter().map(|w| html! { <option value={*w} selected={text == *w}>{ ctx.t.word(w) }</option> }) }
            if !text.is_empty() && !words.contains(&text) {
                <option value={text.to_string()} selected=true>{ text.to_string() }</option>
            }
        </select>
    }
}

/// A longer text, or one item a line.
fn area_control(c: Control) -> Html {
    let set = c.set;
    let oninput = Callback::from(move |e: InputEvent| {
        set.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    html! {
        <textarea id={c.id} rows="3" value={c.value.to_string()} {oninput}
            aria-describedby={c.described} aria-invalid={c.invalid} />
    }
}

/// One line of text: a number (the phone's number keys), a zone (the browser's zones suggested as
/// the fan types), or any other.
fn line_control(
    c: Control,
    inputmode: Option<&'static str>,
    list: Option<&'static str>,
    placeholder: Option<String>,
) -> Html {
    let set = c.set;
    let oninput = Callback::from(move |e: InputEvent| {
        set.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <input type="text" id={c.id} value={c.value.to_string()} {oninput} {inputmode} {list}
            placeholder={placeholder} spellcheck="false" autocomplete="off"
            aria-describedby={c.described} aria-invalid={c.invalid} />
    }
}

/// A date as the format writes it (a day, a month, a year, an instant), typed, or a day picked on the
/// browser's own calendar beside it (on a phone, its date wheel; for a pointer or a finger, the
/// keyboard types). The calendar shows the day typed when it is one; picking writes `YYYY-MM-DD`.
fn date_control(ctx: &Ctx, field: &Field, c: Control) -> Html {
    let picked = milestone_core::date::CalendarDate::parse(c.value)
        .map(|day| day.0.to_string())
        .unwrap_or_default();
    let picker_id = format!("p-{}", &c.id["f-".len()..]);
    let name = crate::i18n::fill(ctx.t.pick_day, &[ctx.t.label(field.key)]);
    let set = c.set.clone();
    let onchange = Callback::from(move |e: Event| {
        set.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="ed-date">
            { line_control(c, None, None, None) }
            // Not a Tab stop (a browser's date field is three or four): the keyboard types the date.
            <input type="date" class="ed-date-pick" id={picker_id} value={picked} {onchange} tabindex="-1"
                aria-label={name.clone()} title={name} />
        </div>
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
/// button that opens it for editing. A component, so that a keystroke elsewhere in a list of thousands
/// redraws none of them.
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
    html! {
        <ClosedRow row_id={AttrValue::from(row_id.to_string())} name={AttrValue::from(name)}
            about={AttrValue::from(about.to_string())} {problems} t={Texts(ctx.t)} onopen={ctx.onopen.clone()} />
    }
}

/// The editor's words, compared by address (they are statics).
#[derive(Clone, Copy)]
struct Texts(&'static EditorTexts);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ClosedRowProps {
    row_id: AttrValue,
    name: AttrValue,
    about: AttrValue,
    problems: usize,
    t: Texts,
    onopen: Callback<String>,
}

#[function_component(ClosedRow)]
fn closed_row_view(p: &ClosedRowProps) -> Html {
    let t = p.t.0;
    let onopen = p.onopen.clone();
    let open_id = p.row_id.to_string();
    let row_id = &p.row_id;
    html! {
        <fieldset class="ed-row ed-row--closed" id={format!("f-{row_id}")} tabindex="-1">
            <legend>{ p.name.clone() }</legend>
            <span class="ed-row-about">{ p.about.clone() }</span>
            if p.problems > 0 {
                <span class="ed-problem ed-problem--error">{ crate::i18n::fill(t.row_problems, &[&p.problems.to_string()]) }</span>
            }
            <button type="button" class="ed-button ed-button--small" id={format!("b-{row_id}-open")}
                aria-label={format!("{}: {}", t.open_row, p.name)}
                onclick={move |_: MouseEvent| onopen.emit(open_id.clone())}>{ t.open_row }</button>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::texts::EN;
    use crate::i18n::Lang;

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
        assert_eq!(
            field_label(Lang::Ko.editor_texts(), "events.2.title"),
            "다른 날짜 3 › 제목"
        );
    }
}
