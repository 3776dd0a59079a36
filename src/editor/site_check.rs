//! The "Check my site" panel: the address of the uploaded folder (this editor's own folder to begin
//! with), a button, and what the check found, a line each (`site::Said`), read to screen readers as it
//! arrives. The requests go out as a blog on another site sends them (`web::fetch::probe`).

use super::site::{
    check_data, check_embed, check_glue, check_wasm, data_verdict, folder_of, insecure, others,
    Answer, Mark, Reply, Said,
};
use super::texts::EditorLang;
use crate::i18n::render::problem_line;
use crate::i18n::Lang;
use crate::web::fetch::{probe, NotSent};
use crate::web::intl::{self, IntlZones};
use milestone_core::validate::load;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteCheckProps {
    pub lang: EditorLang,
    /// The widget's language, for the data's problems.
    pub widget: Lang,
    /// The folder's address to begin with.
    pub folder: AttrValue,
    /// The data file's address, when the fan gave one.
    pub data: Option<AttrValue>,
}

/// `url`'s answer, at most `max_bytes` of it.
async fn answer(url: &str, max_bytes: usize) -> Answer {
    match probe(url, max_bytes).await {
        Err(NotSent::Refused) => Answer::Refused,
        Err(NotSent::Unreachable) => Answer::Unreachable,
        Ok(sent) => Answer::Answered(Reply {
            status: sent.status,
            media_type: sent.media_type,
            others: others(sent.same_site, sent.allow_origin.as_deref()),
            body: sent.body,
        }),
    }
}

/// The data file at `url`, read as the tracker reads it.
async fn check_data_file(url: &str, widget: Lang) -> Vec<Said> {
    let name = url.split(['?', '#']).next().unwrap_or(url);
    let name = name
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or(url);
    let (mut said, text) = check_data(
        name,
        &answer(url, milestone_core::product::DATA_MAX_BYTES).await,
    );
    if let Some(text) = text {
        let loaded = load(&text, &IntlZones::default());
        let language = intl::language(widget);
        said.push(data_verdict(&loaded, || {
            loaded
                .errors()
                .next()
                .map(|p| problem_line(&language, p))
                .unwrap_or_default()
        }));
    }
    said
}

/// Everything the check says of the folder written as `written`, and of the data file.
async fn check(written: String, data: Option<String>, widget: Lang) -> Vec<Said> {
    let folder = match folder_of(&written) {
        Ok(folder) => folder,
        Err(said) => return vec![said],
    };
    let mut said: Vec<Said> = insecure(&folder).into_iter().collect();
    let (embed, files) = check_embed(&answer(&format!("{folder}embed.js"), 64 * 1024).await);
    said.extend(embed);
    if let Some((glue, wasm)) = files {
        said.extend(check_glue(
            &glue,
            &answer(&format!("{folder}{glue}"), 0).await,
        ));
        said.extend(check_wasm(
            &wasm,
            &answer(&format!("{folder}{wasm}"), 8).await,
        ));
    }
    if let Some(url) = data {
        said.extend(check_data_file(&url, widget).await);
    }
    said
}

#[function_component(SiteCheck)]
pub fn site_check(p: &SiteCheckProps) -> Html {
    let t = &p.lang.editor_texts().site;
    let folder = use_state(|| p.folder.to_string());
    let found = use_state(|| None::<Vec<Said>>);
    let running = use_state(|| false);
    let oninput = {
        let folder = folder.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                folder.set(input.value());
            }
        })
    };
    let onclick = {
        let (folder, found, running) = (folder.clone(), found.clone(), running.clone());
        let (data, widget) = (p.data.as_ref().map(|d| d.to_string()), p.widget);
        Callback::from(move |_: MouseEvent| {
            let (written, found, running, data) = (
                (*folder).clone(),
                found.clone(),
                running.clone(),
                data.clone(),
            );
            running.set(true);
            found.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                found.set(Some(check(written, data, widget).await));
                running.set(false);
            });
        })
    };
    let word = |mark: Mark| match mark {
        Mark::Works => t.works_word,
        Mark::Change => t.change_word,
        Mark::Broken => t.broken_word,
    };
    html! {
        <section class="ed-panel ed-site" id="ed-site" aria-labelledby="ed-site-title">
            <h2 id="ed-site-title" tabindex="-1">{ t.title }</h2>
            <p class="ed-hint">{ t.intro }</p>
            <div class="ed-field">
                <label for="ed-site-folder">{ t.folder }</label>
                <input type="url" id="ed-site-folder" value={(*folder).clone()} {oninput} spellcheck="false" />
            </div>
            <button type="button" class="ed-button" id="ed-site-run" disabled={*running} {onclick}>
                { if *running { t.running } else { t.run } }
            </button>
            <div id="ed-site-result" role="status" aria-live="polite" aria-busy={running.to_string()}>
                if let Some(said) = &*found {
                    <p class="ed-site-verdict">{
                        match said.iter().filter(|s| s.mark() != Mark::Works).count() {
                            0 => t.all_good.to_string(),
                            n => crate::i18n::fill(t.to_fix, &[&n.to_string()]),
                        }
                    }</p>
                    <ul class="ed-site-list">
                        { for said.iter().map(|s| html! {
                            <li class={format!("ed-site-line ed-site-line--{}", s.mark().as_str())} data-mark={s.mark().as_str()}>
                                <strong>{ word(s.mark()) }</strong>{ ": " }{ s.words(t) }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        </section>
    }
}
