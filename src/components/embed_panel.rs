//! "Embed": the iframe and in-page snippets for the current options, each in a box with a copy button.

use super::snippet_box::SnippetBox;
use crate::export::snippet::{iframe_snippet, mount_snippet};
use crate::i18n::Language;
use milestone_core::words::OptionName;
use yew::prelude::*;

/// `base_url` is where `index.html` and `embed.js` live (ends with `/`); `pairs` the current options,
/// defaults left out.
pub fn embed_panel(l: &Language, base_url: &str, pairs: &[(OptionName, String)]) -> Html {
    let t = l.t;
    let snippets = [
        ("iframe", t.embed_iframe, iframe_snippet(base_url, pairs)),
        ("mount", t.embed_mount, mount_snippet(base_url, pairs)),
    ];
    html! {
        <details class="mt-section mt-embed" data-panel="embed">
            <summary>{ t.embed_title }</summary>
            for (kind, title, code) in snippets {
                <SnippetBox language={l.clone()} {kind} {title} {code} />
            }
        </details>
    }
}
