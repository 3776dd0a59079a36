//! Import and starting over: a file, pasted JSON, the built-in album, the sample or an empty form. Over
//! an untouched draft the replacement goes straight in; over a fan's work it waits for "Replace my
//! draft" (focused when it appears). Either way the draft hook (`draft_hook.rs`) can undo it. A text
//! that is not a dataset object is refused with its place, and the draft stays as it was.

use super::draft_hook::DraftHandle;
use super::texts::EditorLang;
use crate::i18n::fill;
use crate::i18n::render::{location, message};
use crate::web::intl;
use milestone_core::draft::{blank, is_untouched, read, Object};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the start panel can ask for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The album built into this tracker (`crate::DEFAULT_DATASET`, the one the build compiled in).
    BuiltIn,
    Sample,
    Empty,
}

/// What to tell the author after an import: the words, and whether they are an error.
pub type Notice = Option<(String, bool)>;

/// A replacement waiting for "Replace my draft": its words, the draft, and what to say once done.
type Waiting = (&'static str, Rc<Object>, Notice);

/// What the start panel shows and does.
pub struct Import {
    /// The words of a replacement waiting to be confirmed.
    pub pending: Option<&'static str>,
    pub notice: Notice,
    pub onfile: Callback<web_sys::File>,
    pub onpaste: Callback<String>,
    pub onstart: Callback<Start>,
    pub onconfirm: Callback<bool>,
}

/// The author's words after reading `text`: the draft it holds and what to say, or why it was refused.
fn read_import(lang: EditorLang, text: &str) -> Result<(Object, String), String> {
    let t = lang.editor_texts();
    match read(text) {
        Ok(read) => {
            let said = match read.left_out.is_empty() {
                true => t.imported.to_string(),
                false => format!(
                    "{} {}",
                    t.imported,
                    fill(t.left_out, &[&read.left_out.join(", ")])
                ),
            };
            Ok((read.draft, said))
        }
        Err(problem) => {
            let l = intl::language(lang);
            let where_what = [
                location(l.t, &problem.location),
                message(&l, &problem.message),
            ];
            Err(fill(t.import_failed, &[&where_what[0], &where_what[1]]))
        }
    }
}

/// `local_zone`: the reader's zone, an empty form's home zone.
#[hook]
pub fn use_import(
    handle: DraftHandle,
    lang: UseStateHandle<EditorLang>,
    local_zone: Option<AttrValue>,
) -> Import {
    let pending = use_state(|| None::<Waiting>);
    let notice = use_state(|| None::<(String, bool)>);
    let offer = {
        let (handle, pending, notice, lang) = (
            handle.clone(),
            pending.clone(),
            notice.clone(),
            lang.clone(),
        );
        Callback::from(move |(what, other, said): (&'static str, Object, Notice)| {
            if is_untouched(handle.get()) {
                handle.replace(lang.editor_texts(), what, other);
                notice.set(said);
            } else {
                pending.set(Some((what, Rc::new(other), said)));
            }
        })
    };
    let onpaste = {
        let (offer, notice, lang) = (offer.clone(), notice.clone(), lang.clone());
        Callback::from(move |text: String| match read_import(*lang, &text) {
            Ok((draft, said)) => {
                offer.emit((lang.editor_texts().the_file, draft, Some((said, false))))
            }
            Err(said) => notice.set(Some((said, true))),
        })
    };
    let onfile = {
        let import = onpaste.clone();
        Callback::from(move |file: web_sys::File| {
            let import = import.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                import.emit(text.ok().and_then(|v| v.as_string()).unwrap_or_default());
            });
        })
    };
    let onstart = {
        let (offer, lang) = (offer.clone(), lang.clone());
        let zone = local_zone.unwrap_or_else(|| "UTC".into());
        Callback::from(move |what: Start| {
            let t = lang.editor_texts();
            let (label, text) = match what {
                Start::BuiltIn => (t.from_built_in, Some(crate::DEFAULT_DATASET)),
                Start::Sample => (t.from_sample, Some(super::SAMPLE_DATASET)),
                Start::Empty => (t.start_over, None),
            };
            let replacement = match text.map(read) {
                Some(Ok(read)) => read.draft,
                _ => blank(&zone),
            };
            offer.emit((label, replacement, None));
        })
    };
    let onconfirm = {
        let (pending, notice) = (pending.clone(), notice.clone());
        Callback::from(move |yes: bool| {
            if let (true, Some((what, replacement, said))) = (yes, &*pending) {
                handle.replace(lang.editor_texts(), what, (**replacement).clone());
                notice.set(said.clone());
            }
            pending.set(None);
        })
    };
    // The confirmation takes the focus when it appears.
    use_effect_with(pending.is_some(), |shown| {
        if *shown {
            if let Some(el) = gloo::utils::document()
                .get_element_by_id("ed-confirm-yes")
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        }
    });
    Import {
        pending: pending.as_ref().map(|(what, _, _)| *what),
        notice: (*notice).clone(),
        onfile,
        onpaste,
        onstart,
        onconfirm,
    }
}
