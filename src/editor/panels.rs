//! The editor's panels around the form: where to start (a file, pasted JSON, the built-in album, the
//! sample album, an empty form), the checks' summary, whose entries move focus to their field, and
//! the export (the file, and the three snippets).

use super::import::{Import, Start};
use super::texts::{EditorLang, EditorTexts};
use crate::export::snippet::{iframe_snippet, inline_snippet, more_snippet, mount_snippet};
use crate::i18n::fill;
use milestone_core::problem::Severity;
use milestone_core::words::OptionName;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The start panel: open or paste a file, start from an album or over, and a replacement waiting.
pub fn start_panel(t: &'static EditorTexts, p: Import) -> Html {
    let onfile = p.onfile.clone();
    let onchange = Callback::from(move |e: Event| {
        let file = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            onfile.emit(file);
        }
    });
    let onpaste = p.onpaste.clone();
    let import_pasted = Callback::from(move |_: MouseEvent| {
        let text = gloo::utils::document()
            .get_element_by_id("ed-paste")
            .and_then(|el| el.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        onpaste.emit(text);
    });
    let start = |label: &'static str, what: Start| {
        let onstart = p.onstart.clone();
        html! { <button type="button" class="ed-button" onclick={move |_: MouseEvent| onstart.emit(what)}>{ label }</button> }
    };
    let confirm = |label: &'static str, yes: bool, id: &'static str| {
        let onconfirm = p.onconfirm.clone();
        html! { <button type="button" class="ed-button" {id} onclick={move |_: MouseEvent| onconfirm.emit(yes)}>{ label }</button> }
    };
    html! {
        <section class="ed-panel ed-start" aria-labelledby="ed-start-title">
            <h2 id="ed-start-title" tabindex="-1">{ t.start_title }</h2>
            <div class="ed-field">
                <label for="ed-file">{ t.open_file }</label>
                <input type="file" id="ed-file" accept=".json,application/json" {onchange} />
            </div>
            <div class="ed-field">
                <label for="ed-paste">{ t.paste_label }</label>
                <textarea id="ed-paste" rows="4" spellcheck="false" />
                <button type="button" class="ed-button" onclick={import_pasted}>{ t.import_pasted }</button>
            </div>
            <div class="ed-buttons">
                { start(t.from_built_in, Start::BuiltIn) }
                { start(t.from_sample, Start::Sample) }
                { start(t.start_over, Start::Empty) }
            </div>
            if let Some(what) = p.pending {
                <div class="ed-confirm" role="group" aria-labelledby="ed-confirm-text">
                    <p id="ed-confirm-text">{ fill(t.confirm_replace, &[what]) }</p>
                    { confirm(t.confirm_yes, true, "ed-confirm-yes") }
                    { confirm(t.confirm_no, false, "ed-confirm-no") }
                </div>
            }
            if let Some((text, failed)) = p.notice {
                <p class={if failed { "ed-notice ed-notice--error" } else { "ed-notice" }}
                    role={if failed { "alert" } else { "status" }} id="ed-import-notice">{ text }</p>
            }
        </section>
    }
}

/// One entry of the summary: its severity, the label of its field (empty: the whole dataset), the
/// control's id to focus, and its words.
pub struct Entry {
    pub severity: Severity,
    pub field: String,
    pub target: Option<String>,
    pub text: String,
}

/// The checks' summary: `entries` shown, and `waiting` required fields not filled in yet, whose
/// problems show once the author has typed in them or turns to the export.
pub fn summary(
    t: &'static EditorTexts,
    entries: &[Entry],
    waiting: usize,
    focus: Callback<String>,
) -> Html {
    let errors = entries
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .count();
    let warnings = entries.len() - errors;

    html! {
        <section class="ed-panel ed-summary" aria-labelledby="ed-summary-title" data-errors={errors.to_string()} data-warnings={warnings.to_string()} data-waiting={waiting.to_string()}>
            <h2 id="ed-summary-title" tabindex="-1">{ t.summary_title }</h2>
            <p role="status">
                if entries.is_empty() && waiting == 0 { { t.no_problems } } else if !entries.is_empty() { { fill(t.problem_count, &[&errors.to_string(), &warnings.to_string()]) } }
                if waiting > 0 { { " " }{ fill(t.still_to_fill, &[&waiting.to_string()]) } }
            </p>
            <ul class="ed-summary-list">
                { for entries.iter().map(|e| {
                    let word = if e.severity == Severity::Error { t.error_word } else { t.warning_word };
                    let line = match e.field.is_empty() {
                        true => format!("{word}: {}", e.text),
                        false => format!("{word}: {}: {}", e.field, e.text),
                    };
                    let class = if e.severity == Severity::Error { "ed-problem ed-problem--error" } else { "ed-problem ed-problem--warning" };
                    match &e.target {
                        Some(target) => {
                            let (focus, target) = (focus.clone(), target.clone());
                            html! { <li class={class}><button type="button" class="ed-link" data-target={target.clone()}
                                onclick={move |_: MouseEvent| focus.emit(target.clone())}>{ line }</button></li> }
                        }
                        None => html! { <li class={class}>{ line }</li> },
                    }
                }) }
            </ul>
        </section>
    }
}

/// The snippets, with the options `pairs` (count, zone, theme, layout as the preview shows them): the
/// draft's `json` inside a mount; mounts and iframes reading the file at `hosted`; and the tracker as
/// built (its own album, no data of the author's). `base` is where the widget's files are; `lines` the
/// fallback lines of the draft's album and of the built-in one, and the draft's count alone, for readers
/// whose page does not run it.
pub fn snippets(
    base: &str,
    slug: &str,
    json: &str,
    hosted: &str,
    pairs: &[(OptionName, String)],
    lines: &[String; 3],
) -> [(&'static str, String); 6] {
    let [draft, built_in, count] = lines;
    let id = format!("{slug}-data");
    let inline = inline_snippet(base, &id, json, pairs, draft);
    let mut with_data = pairs.to_vec();
    with_data.push((OptionName::Data, hosted.to_string()));
    [
        ("inline", inline),
        ("more", more_snippet(base, &id, pairs, count)),
        ("hosted", mount_snippet(base, &with_data, draft)),
        ("iframe", iframe_snippet(base, &with_data, draft)),
        ("builtin", mount_snippet(base, pairs, built_in)),
        ("builtin-iframe", iframe_snippet(base, pairs, built_in)),
    ]
}

pub struct ExportProps<'a> {
    pub t: &'static EditorTexts,
    pub blocked: bool,
    /// The address the author gave for the .json file (empty: none yet), and the example the
    /// snippets show meanwhile.
    pub hosted: &'a str,
    pub example: &'a str,
    pub onhosted: Callback<String>,
    pub ondownload: Callback<()>,
    /// The choices the snippets carry (count, zone, language, theme, layout), shown before them.
    pub choices: Html,
    pub snippets: [(&'static str, String); 6],
    pub copied: Option<&'static str>,
    /// A Copy button pressed: which snippet (copied as the draft is at that moment).
    pub oncopy: Callback<&'static str>,
    /// The author turned to the export: every problem shows from now on.
    pub onreveal: Callback<()>,
}

pub fn export_panel(p: ExportProps) -> Html {
    let t = p.t;
    let onhosted = p.onhosted.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            onhosted.emit(input.value());
        }
    });
    let ondownload = p.ondownload.clone();
    html! {
        <section class="ed-panel ed-export" id="embed" aria-labelledby="ed-export-title"
            onfocusin={let r = p.onreveal.clone(); move |_: FocusEvent| r.emit(())}>
            <h2 id="ed-export-title" tabindex="-1">{ t.export_title }</h2>
            <p class="ed-hint">{ t.embed_note }</p>
            if p.blocked {
                <p class="ed-notice ed-notice--error" id="ed-blocked">{ t.fix_errors_first }</p>
            }
            <button type="button" class="ed-button" id="ed-download" disabled={p.blocked}
                onclick={move |_: MouseEvent| ondownload.emit(())}>{ t.download }</button>
            <div class="ed-field">
                <label for="ed-hosted">{ t.hosted_url }</label>
                <input type="url" id="ed-hosted" value={p.hosted.to_string()} placeholder={p.example.to_string()}
                    aria-describedby={p.hosted.is_empty().then_some("ed-hosted-missing")} {oninput} spellcheck="false" />
                if p.hosted.is_empty() {
                    <p class="ed-problem ed-problem--warning" id="ed-hosted-missing">
                        <strong>{ t.warning_word }{ ": " }</strong>{ t.hosted_missing }
                    </p>
                }
            </div>
            { p.choices }
            { for p.snippets.into_iter().map(|(kind, code)| {
                let label = match kind {
                    "inline" => t.snippet_inline,
                    "more" => t.snippet_more,
                    "hosted" => t.snippet_hosted,
                    "iframe" => t.snippet_iframe,
                    "builtin" => t.snippet_builtin,
                    _ => t.snippet_builtin_iframe,
                };
                let id = format!("ed-snippet-{kind}");
                let oncopy = p.oncopy.clone();
                html! {
                    <div class="ed-field ed-snippet" data-snippet={kind}>
                        <label for={id.clone()}>{ label }</label>
                        <textarea id={id} readonly=true rows="3" spellcheck="false" value={code} />
                        // The tracker as built needs nothing of the draft: never blocked.
                        <button type="button" class="ed-button" disabled={p.blocked && !kind.starts_with("builtin")} data-copy={kind}
                            aria-label={format!("{}: {label}", t.copy)}
                            onclick={move |_: MouseEvent| oncopy.emit(kind)}>
                            { if p.copied == Some(kind) { t.copied } else { t.copy } }
                        </button>
                    </div>
                }
            }) }
        </section>
    }
}

/// The last removal or replacement, in words, with its undo: a bar at the foot of the screen, read to
/// screen readers as it appears.
pub fn undo_bar(t: &'static EditorTexts, words: Option<&str>, onundo: Callback<()>) -> Html {
    html! {
        <div class="ed-undo" role="status">
            if let Some(words) = words {
                <span>{ words }</span>
                <button type="button" class="ed-button" id="ed-undo"
                    onclick={move |_: MouseEvent| onundo.emit(())}>{ t.undo }</button>
            }
        </div>
    }
}

/// Links to each part of the editor, first on the page (shown when focused): the keyboard's way past
/// a long form.
pub fn skip_links(t: &'static EditorTexts) -> Html {
    let parts = [
        ("#ed-start-title", t.start_title),
        ("#ed-summary-title", t.summary_title),
        ("#ed-form-title", t.form_title),
        ("#ed-preview-title", t.preview_title),
        ("#ed-export-title", t.export_title),
        ("#ed-publish-title", t.publish.title),
        ("#ed-site-title", t.site.title),
    ];
    html! {
        <nav class="ed-skip" aria-label={t.skip_label}>
            { for parts.iter().map(|(href, label)| html! { <a href={*href}>{ *label }</a> }) }
        </nav>
    }
}

/// On a phone the preview is below the whole form: this strip, at the foot of the screen, shows the
/// album's count and the checks' count, and takes the author to the preview in one tap.
pub fn phone_strip(t: &'static EditorTexts, album: &str, count: &str, errors: usize) -> Html {
    let checks = fill(t.problem_count_short, &[&errors.to_string()]);
    html! {
        <nav class="ed-phone-nav" aria-label={t.see_preview}>
            <a class="ed-phone-strip" href="#ed-preview-title">
                <span class="ed-phone-album">{ album }</span>
                <span class="ed-phone-count">{ count }</span>
                <span class="ed-phone-checks" data-errors={errors.to_string()}>{ checks }</span>
                <span class="ed-phone-go">{ t.see_preview }</span>
            </a>
        </nav>
    }
}

/// The page's header: its title, the editor's language, the way back, and what it kept of the draft.
pub fn header(t: &'static EditorTexts, lang: UseStateHandle<EditorLang>, unreadable: bool) -> Html {
    let current = lang.tag();
    let set_ui = Callback::from(move |v: String| {
        lang.set(
            EditorLang::ALL
                .into_iter()
                .find(|l| l.tag() == v)
                .unwrap_or(EditorLang::En),
        )
    });
    // Each language in its own name, as a reader looks for it.
    let languages = EditorLang::ALL
        .map(|l| (l.tag().to_string(), l.name().to_string()))
        .to_vec();
    html! {
        <header class="ed-header">
            <h1>{ t.title }</h1>
            <p>{ t.intro }</p>
            <div class="ed-header-tools">
                { super::preview::select("ed-ui-lang", t.language, current, languages, set_ui) }
                <a href="index.html">{ t.back_to_tracker }</a>
            </div>
            if unreadable {
                <p class="ed-notice ed-notice--error" role="alert">{ t.draft_unreadable }</p>
            }
            <p class="ed-hint">{ t.draft_kept }</p>
        </header>
    }
}
