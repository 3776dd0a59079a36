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

/// Writes the draft into this browser's storage; whether it was large.
fn keep(draft: &Draft) -> bool {
    let text = to_json(&draft.0, Ids::AsTyped);
    store(&StorageKey::EditorDraft.to_string(), &text);
    text.len() > LARGE_DRAFT_BYTES
}

/// A draft whose file is larger than this is written, checked, previewed and kept once typing pauses
/// (`PAUSE_MS`), not on every keystroke: writing, reading and drawing megabytes take longer than a
/// keystroke may. The editor's checks and preview (`app.rs`) and the kept draft here use the same rule.
pub const LARGE_DRAFT_BYTES: usize = 100_000;

/// How long typing must pause before a large draft's slower work runs.
pub const PAUSE_MS: u32 = 400;

/// The draft kept as the author types: at once while small; a large one `PAUSE_MS` after the last change,
/// or as the page is left (`pagehide`), whichever comes first.
#[hook]
fn use_kept(draft: UseReducerHandle<Draft>) {
    let unsaved = use_mut_ref(|| None::<UseReducerHandle<Draft>>);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let large = use_mut_ref(|| false);
    {
        let unsaved = unsaved.clone();
        use_effect_with(draft, move |d| {
            if !*large.borrow() {
                *large.borrow_mut() = keep(d);
                return;
            }
            *unsaved.borrow_mut() = Some(d.clone());
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(PAUSE_MS, move || {
                if let Some(d) = unsaved.borrow_mut().take() {
                    *large.borrow_mut() = keep(&d);
                }
            }));
        });
    }
    use_effect_with((), move |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                if let Some(d) = unsaved.borrow_mut().take() {
                    let _ = keep(&d);
                }
            });
        move || drop(listener)
    });
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
    use_kept(draft.clone());
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
