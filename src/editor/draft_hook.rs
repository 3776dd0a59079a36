//! The draft as a hook: the author's changes (a reducer over `draft::apply`), kept in this browser as
//! they type, focus that follows changes to the rows (`focus.rs`), one undo for the last removal or
//! replacement (an import, a fresh start), dropped by the next change, and which problems to show: on
//! a new draft, a required field's "missing" waits until the author has typed in it or turns to the
//! export (a file read in shows all of its problems at once).

use super::focus::{focus_after, keys_of, row_id};
use super::form::field_label;
use super::texts::EditorTexts;
use crate::i18n::fill;
use crate::web::platform::store;
use milestone_core::draft::{apply, is_untouched, to_json, Action, Ids, Object};
use milestone_core::problem::Msg;
use milestone_core::storage::StorageKey;
use std::cell::Cell;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Draft(pub Object);

impl Reducible for Draft {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut draft = Rc::unwrap_or_clone(self);
        apply(&mut draft.0, action);
        Rc::new(draft)
    }
}

/// The last change that can be undone: its words, the draft before it, and where focus goes back.
#[derive(Clone, PartialEq)]
pub struct Undo {
    pub words: String,
    before: Rc<Object>,
    focus: Option<String>,
}

#[derive(Clone)]
pub struct DraftHandle {
    pub draft: UseReducerHandle<Draft>,
    pub undo: UseStateHandle<Option<Undo>>,
    focus: Rc<RefCell<Option<String>>>,
    /// The fields typed in (their ids without `f-`), and whether every problem shows already.
    touched: Rc<RefCell<HashSet<String>>>,
    reveal: Rc<Cell<bool>>,
    /// The rows of long lists open for editing (`form::MANY_ROWS`), and a redraw when that changes.
    pub open: Rc<RefCell<HashSet<String>>>,
    redraw: UseForceUpdateHandle,
}

/// The rows an element's id is inside (`f-milestones.3.metric.value`: `milestones.3`).
fn rows_around(id: &str) -> Vec<String> {
    let steps: Vec<&str> = id
        .trim_start_matches("f-")
        .trim_start_matches("b-")
        .split(['.', '-'])
        .collect();
    let mut rows = Vec::new();
    let mut at = Vec::new();
    for step in steps {
        at.push(step);
        if step.parse::<usize>().is_ok() {
            rows.push(at.join("."));
        }
    }
    rows
}

impl DraftHandle {
    pub fn get(&self) -> &Object {
        &self.draft.0
    }

    /// A change from the form: focus follows it, and a removal can be undone.
    pub fn change(&self, t: &EditorTexts, action: Action) {
        let focus = focus_after(self.get(), &action);
        // Where focus goes, the row is open.
        if let Some(id) = &focus {
            self.open.borrow_mut().extend(rows_around(id));
        }
        *self.focus.borrow_mut() = focus;
        if let Action::Set(path, _) | Action::Tick(path, _) = &action {
            self.touched.borrow_mut().extend(keys_of(path));
        }
        let undo = match &action {
            Action::Remove(path, n) => row_id(self.get(), path, *n).map(|id| Undo {
                words: fill(t.removed, &[&field_label(t, &id["f-".len()..])]),
                before: Rc::new(self.get().clone()),
                focus: Some(id),
            }),
            _ => None,
        };
        self.undo.set(undo);
        self.draft.dispatch(action);
    }

    /// Another draft altogether (an import, a fresh start), `what` in words: it can be undone.
    pub fn replace(&self, t: &EditorTexts, what: &str, other: Object) {
        self.reveal.set(true);
        self.undo.set(Some(Undo {
            words: fill(t.replaced, &[what]),
            before: Rc::new(self.get().clone()),
            focus: None,
        }));
        self.draft.dispatch(Action::Replace(other));
    }

    /// Opens the row `row` (`milestones.12`) of a long list and moves focus to its first field.
    pub fn open_row(&self, row: String) {
        *self.focus.borrow_mut() = Some(format!("f-{row}"));
        self.open.borrow_mut().insert(row);
        self.redraw.force_update();
    }

    /// Moves focus to the control `id` (`f-milestones.3.title`), opening the rows it is in.
    pub fn show(&self, id: String) {
        self.open.borrow_mut().extend(rows_around(&id));
        *self.focus.borrow_mut() = Some(id);
        self.redraw.force_update();
    }

    /// Whether the problem `msg` of the field `field` (its id without `f-`) shows now.
    pub fn shows(&self, field: Option<&str>, msg: &Msg) -> bool {
        self.reveal.get()
            || !matches!(msg, Msg::MissingField(_))
            || field.is_some_and(|f| self.touched.borrow().contains(f))
    }

    /// Every problem shows from now on (the author turned to the export), drawn at once.
    pub fn reveal_all(&self) {
        if !self.reveal.replace(true) {
            self.redraw.force_update();
        }
    }

    /// The draft as it was before the last removal or replacement; focus back where it was.
    pub fn undo(&self) {
        if let Some(undo) = (*self.undo).clone() {
            *self.focus.borrow_mut() = undo.focus.or_else(|| Some("ed-start-title".into()));
            self.undo.set(None);
            self.draft
                .dispatch(Action::Replace(Rc::unwrap_or_clone(undo.before)));
        }
    }
}

/// Focuses the element `id`, showing it with what is above it (its label: `scroll-margin` in the CSS).
fn focus_element(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[hook]
pub fn use_draft(start: Rc<Object>) -> DraftHandle {
    let reveal = (*use_memo((), {
        let start = start.clone();
        move |_| Rc::new(Cell::new(!is_untouched(&start)))
    }))
    .clone();
    let touched = use_mut_ref(HashSet::new);
    let open = use_mut_ref(HashSet::new);
    let redraw = use_force_update();
    let draft = use_reducer(move || Draft((*start).clone()));
    let undo = use_state(|| None::<Undo>);
    let focus = use_mut_ref(|| None::<String>);
    // The draft kept as the author types.
    use_effect_with(draft.clone(), |d| {
        store(
            &StorageKey::EditorDraft.to_string(),
            &to_json(&d.0, Ids::AsTyped),
        )
    });
    // Focus goes where the last change asked, once the form shows it.
    {
        let focus = focus.clone();
        use_effect(move || {
            if let Some(id) = focus.borrow_mut().take() {
                focus_element(&id);
            }
        });
    }
    DraftHandle {
        draft,
        undo,
        focus,
        touched,
        reveal,
        open,
        redraw,
    }
}
