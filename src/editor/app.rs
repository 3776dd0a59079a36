//! The editor: the draft (kept in this browser as the author types), the form, the widget's own checks
//! under each field and in a summary, the real widget previewing the draft, and import and export.

use super::draft_hook::{use_draft, DraftHandle, LARGE_DRAFT_BYTES, PAUSE_MS};
use super::export::{draft_album, export_view, use_export, ExportIn};
use super::form::{field_label, fields, Ctx, FieldProblems};
use super::import::use_import;
use super::panels::{header, phone_strip, skip_links, start_panel, summary, undo_bar, Entry};
use super::preview::{choices_view, preview_panel, Choice, PreviewProps};
use super::texts::{EditorLang, EditorTexts};
use crate::components::ZonesHandle;
use crate::i18n::render::{location, message};
use crate::i18n::{fill, Lang, Language};
use crate::web::intl::{self, IntlZones};
use milestone_core::draft::{field_of, missing, to_json, Action, Ids, Object, DATASET};
use milestone_core::problem::{Msg, Problem, Severity};
use milestone_core::validate::load;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The draft to start from (kept, or new), and whether a kept one could not be read.
    pub start: Rc<Object>,
    pub unreadable: bool,
    pub lang: EditorLang,
    /// The reader's own zone, for a new draft's home zone and the preview.
    pub local_zone: Option<AttrValue>,
    /// Where the widget's files are (for the snippets and the language tables).
    pub base_url: AttrValue,
    /// The zones `Intl` knows, for the home zone's suggestions.
    pub zones: Rc<Vec<String>>,
}

/// Loads a language's widget table (problems, the preview) when this build does not carry it, then
/// bumps `ready` so the editor draws again.
fn with_table(lang: Lang, base: &str, ready: UseStateHandle<u32>) {
    if lang.ready() {
        return;
    }
    let base = base.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        crate::web::language::load(lang, &base).await;
        ready.set(*ready + 1);
    });
}

/// The editor's own words in `lang`, fetched when this build does not carry them; `ready` changes
/// when they are here, so the editor speaks them.
fn with_words(lang: Lang, base: &str, ready: UseStateHandle<u32>) {
    if lang.editor_ready() {
        return;
    }
    let base = base.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        load_words(lang, &base).await;
        ready.set(*ready + 1);
    });
}

/// Fetches the editor's words in `lang` from their file beside the wasm (English stays if they do
/// not come, and the console says why).
pub(super) async fn load_words(lang: Lang, base: &str) {
    let url = format!("{base}{}", lang.editor_table_file());
    let install = |json: &str| super::langs::install(lang, json);
    crate::web::language::fetch_table(&url, install, lang, "editor words").await;
}

/// The draft's file as the checks, the preview and the shown snippets take it: at once when small,
/// else once typing has paused (`LARGE_DRAFT_BYTES`, `PAUSE_MS`).
#[hook]
fn use_settled(json: Rc<String>) -> Rc<String> {
    let settled = use_state(|| json.clone());
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(json.clone(), move |json| {
            let json = json.clone();
            *timer.borrow_mut() = (json.len() > LARGE_DRAFT_BYTES)
                .then(|| gloo::timers::callback::Timeout::new(PAUSE_MS, move || settled.set(json)));
        });
    }
    match json.len() <= LARGE_DRAFT_BYTES {
        true => json,
        false => (*settled).clone(),
    }
}

/// What the checks say, as the form and the summary show it.
struct Checks {
    /// Each field's problems, under its control.
    by_field: FieldProblems,
    /// The summary's lines, errors first.
    entries: Vec<Entry>,
    /// Required fields not filled in yet, whose "missing" waits (`DraftHandle::shows`).
    waiting: usize,
    /// Every error, shown or waiting: the export is blocked by them.
    errors: usize,
}

/// The widget's problems with the draft (its "missing" fields replaced by the draft's own list of
/// them, `missing`), and the widget's limit on a file's size (`size`, the draft's in bytes).
fn checks(
    handle: &DraftHandle,
    t: &'static EditorTexts,
    words: &Language,
    problems: &[Problem],
    missing: &[Problem],
    size: usize,
) -> Checks {
    let mut by_field = FieldProblems::new();
    let mut entries = Vec::new();
    let mut waiting = 0;
    let problems = problems
        .iter()
        .filter(|p| !matches!(p.message, Msg::MissingField(_)))
        .chain(missing.iter());
    for problem in problems {
        let field = field_of(problem);
        if !handle.shows(field.as_deref(), &problem.message) {
            waiting += 1;
            continue;
        }
        let text = message(words, &problem.message);
        if let Some(field) = &field {
            by_field
                .entry(field.clone())
                .or_default()
                .push((problem.severity, text.clone()));
        }
        entries.push(Entry {
            severity: problem.severity,
            field: field.as_deref().map_or_else(
                || location(words.t, &problem.location),
                |f| field_label(t, f),
            ),
            target: field.map(|f| format!("f-{f}")),
            text,
        });
    }
    // The widget's own limit on a data file.
    let limit = milestone_core::product::DATA_MAX_BYTES;
    if size > limit {
        let text = fill(
            t.too_large,
            &[&words.number(size as u64), &words.number(limit as u64)],
        );
        entries.push(Entry {
            severity: Severity::Error,
            field: String::new(),
            target: None,
            text,
        });
    }
    entries.sort_by_key(|e| e.severity != Severity::Error);
    let shown_errors = entries
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .count();
    Checks {
        by_field,
        entries,
        waiting,
        errors: waiting + shown_errors,
    }
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let handle = use_draft(props.start.clone());
    let draft = handle.draft.clone();
    let lang = use_state(|| props.lang);
    let tables = use_state(|| 0u32);
    let choice = use_state(|| Choice::new(props.lang));
    let zones = use_memo((), |_| ZonesHandle(Rc::new(IntlZones::default())));
    let t = lang.editor_texts();
    let ui_lang = *lang;
    // Problems in the editor's language once its table is there.
    let words = intl::language(ui_lang);
    {
        let (base, tables) = (props.base_url.to_string(), tables.clone());
        use_effect_with((*lang, choice.lang), move |(ui, preview)| {
            with_words(*ui, &base, tables.clone());
            with_table(*ui, &base, tables.clone());
            with_table(*preview, &base, tables);
        });
    }

    // The dataset file, and what the widget's checks say of it.
    let json = use_memo(draft.clone(), |d| to_json(&d.0, Ids::Automatic));
    let settled = use_settled(json.clone());
    let preview_json = use_memo(settled.clone(), |j| AttrValue::from((**j).clone()));
    let loaded = use_memo((settled.clone(), zones.clone()), |(json, zones)| {
        load(json, &***zones)
    });
    // The album built into the tracker, for the snippets that show it.
    let built_in = use_memo(zones.clone(), |zones| {
        load(crate::DEFAULT_DATASET, &***zones).dataset
    });

    // The reader stops an object at its first missing field; the draft lists them all.
    let missing = use_memo(draft.clone(), |d| missing(&d.0));
    let Checks {
        by_field,
        entries,
        waiting,
        errors,
    } = checks(&handle, t, &words, &loaded.problems, &missing, json.len());

    // One callback for every closed row's "Edit", made once: a row whose props are unchanged is then
    // not drawn again (what opening a row touches is shared, not per render).
    let onopen = {
        let h = handle.clone();
        use_memo((), move |_| {
            Callback::from(move |row: String| h.open_row(row))
        })
    };
    let dispatch = {
        let handle = handle.clone();
        Callback::from(move |action: Action| handle.change(t, action))
    };
    let ctx = Ctx {
        t,
        dispatch: dispatch.clone(),
        problems: &by_field,
        words: &words,
        open: &handle.open.borrow(),
        onopen: (*onopen).clone(),
    };

    let import = use_import(handle.clone(), lang.clone(), props.local_zone.clone());

    // Export: the file, the snippets (with the preview's choices), the published folder.
    let preview_language = intl::language(choice.lang);
    let export = use_export(ExportIn {
        t,
        json: json.clone(),
        settled: settled.clone(),
        loaded: loaded.clone(),
        built_in: built_in.clone(),
        zones: (*zones).clone(),
        choice: (*choice).clone(),
        language: preview_language.clone(),
        base_url: props.base_url.clone(),
        album: draft_album(&draft.0),
    });
    let (album, count) = (export.album.clone(), export.lines[2].clone());
    html! {
        <div class="ed" lang={lang.tag()} dir={lang.dir()}>
            { skip_links(t) }
            { header(t, lang.clone(), props.unreadable) }
            <div class="ed-layout">
                <main class="ed-main">
                    { start_panel(t, import) }
                    { summary(t, &entries, waiting, { let h = handle.clone(); Callback::from(move |id: String| h.show(id)) }) }
                    <section class="ed-panel ed-form" aria-labelledby="ed-form-title">
                        <h2 id="ed-form-title" tabindex="-1">{ t.form_title }</h2>
                        <datalist id="ed-zones">
                            { for props.zones.iter().map(|z| html! { <option value={z.clone()} /> }) }
                        </datalist>
                        { fields(&ctx, &DATASET, &draft.0, &[], "") }
                    </section>
                    { export_view(t, *lang, errors > 0, export, choices_view(t, &choice), { let h = handle.clone(); Callback::from(move |()| h.reveal_all()) }) }
                </main>
                { preview_panel(PreviewProps {
                    t,
                    choice: (*choice).clone(),
                    json: (*preview_json).clone(),
                    zones: &zones,
                    language: preview_language,
                    local_zone: props.local_zone.clone(),
                }) }
            </div>
            <div class="ed-dock">
                { undo_bar(t, handle.undo.as_ref().map(|u| u.words.as_str()), { let h = handle.clone(); Callback::from(move |()| h.undo()) }) }
                { phone_strip(t, &album, &count, errors) }
            </div>
        </div>
    }
}
