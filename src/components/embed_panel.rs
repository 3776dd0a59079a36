//! "Embed": the iframe and in-page snippets for the current options, each with a copy button.

use super::hooks::use_language;
use crate::export::snippet::{iframe_snippet, mount_snippet};
use crate::web::platform::copy_to_clipboard;
use milestone_core::words::OptionName;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// Where `index.html` and `embed.js` live (ends with `/`).
    pub base_url: AttrValue,
    /// The current options, defaults left out.
    pub pairs: Vec<(OptionName, String)>,
}

#[function_component(EmbedPanel)]
pub fn embed_panel(props: &EmbedPanelProps) -> Html {
    let t = use_language().t;
    let snippets = [
        (
            "iframe",
            t.embed_iframe,
            iframe_snippet(&props.base_url, &props.pairs),
        ),
        (
            "mount",
            t.embed_mount,
            mount_snippet(&props.base_url, &props.pairs),
        ),
    ];
    html! {
        <details class="mt-section mt-embed" data-panel="embed">
            <summary>{ t.embed_title }</summary>
            for (kind, title, code) in snippets {
                <SnippetBox {kind} {title} {code} />
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetBoxProps {
    kind: &'static str,
    title: &'static str,
    code: String,
}

#[function_component(SnippetBox)]
fn snippet_box(props: &SnippetBoxProps) -> Html {
    let t = use_language().t;
    let copied = use_state(|| false);
    let area = use_node_ref();
    let onclick = {
        let (copied, area, code) = (copied.clone(), area.clone(), props.code.clone());
        Callback::from(move |_: MouseEvent| {
            // Select the text first: if the clipboard API is refused (an insecure page), Ctrl+C still works.
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                el.select();
            }
            copied.set(copy_to_clipboard(&code));
        })
    };
    let id = format!("mt-snippet-{}", props.kind);
    html! {
        <div class="mt-snippet" data-snippet={props.kind}>
            <label for={id.clone()}>{ props.title }</label>
            <textarea {id} ref={area} readonly=true rows="4" spellcheck="false" value={props.code.clone()} />
            <button type="button" class="mt-toggle" {onclick}>{ if *copied { t.copied } else { t.copy } }</button>
        </div>
    }
}
