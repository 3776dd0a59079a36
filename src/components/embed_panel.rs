//! "Embed": the iframe and in-page snippets for the current options, each in a read-only box with a
//! copy button. One listener answers both buttons: it selects the box's text (so Ctrl+C works where the
//! clipboard API is refused) and copies it, and the button says so.

use crate::export::snippet::{iframe_snippet, mount_snippet};
use crate::i18n::Language;
use crate::web::platform::copy_to_clipboard;
use milestone_core::words::OptionName;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `base_url` is where `index.html` and `embed.js` live (ends with `/`); `pairs` the current options,
/// defaults left out.
pub fn embed_panel(l: &Language, base_url: &str, pairs: &[(OptionName, String)]) -> Html {
    let t = l.t;
    let snippets = [
        ("iframe", t.embed_iframe, iframe_snippet(base_url, pairs)),
        ("mount", t.embed_mount, mount_snippet(base_url, pairs)),
    ];
    let copied = t.copied;
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|t| t.tag_name() == "BUTTON")
        else {
            return;
        };
        let area = button
            .parent_element()
            .and_then(|box_| box_.query_selector("textarea").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        if let Some(area) = area {
            area.select();
            if copy_to_clipboard(&area.value()) {
                button.set_text_content(Some(copied));
            }
        }
    });
    html! {
        <details class="mt-section mt-embed" data-panel="embed" {onclick}>
            <summary>{ t.embed_title }</summary>
            for (kind, title, code) in snippets {
                <div class="mt-snippet" data-snippet={kind}>
                    <label for={format!("mt-snippet-{kind}")}>{ title }</label>
                    <textarea id={format!("mt-snippet-{kind}")} readonly=true rows="4" spellcheck="false" value={code} />
                    <button type="button" class="mt-toggle">{ t.copy }</button>
                </div>
            }
        </details>
    }
}
