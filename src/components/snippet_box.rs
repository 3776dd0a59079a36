//! One snippet to copy: its label, the code in a read-only box, and a copy button that says when it
//! has copied (its own state).

use crate::i18n::Language;
use crate::web::platform::copy_to_clipboard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SnippetBoxProps {
    pub language: Language,
    /// `iframe` or `mount`: the stable hook `data-snippet`.
    pub kind: &'static str,
    pub title: &'static str,
    pub code: String,
}

#[function_component(SnippetBox)]
pub fn snippet_box(props: &SnippetBoxProps) -> Html {
    let t = props.language.t;
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
