//! A section a reader reads second: folded under its title (`<details>`), open as the reader left it
//! (the state's `folds`, remembered at the edge). The section, the `<details>` and its title are Yew's
//! own elements, so opening one patches its `open` attribute and the focus stays on its title; what is
//! inside may be markup.

use milestone_core::state::Fold;
use yew::prelude::*;

pub fn folded(fold: Fold, title: &str, open: bool, body: Html) -> Html {
    let name = fold.name();
    let title_id = format!("mt-{name}-title");
    html! {
        <section class={format!("mt-section mt-{name}")} aria-labelledby={title_id.clone()}>
            <details class="mt-fold" data-fold={name} {open}>
                <summary><h2 id={title_id}>{ title.to_string() }</h2></summary>
                { body }
            </details>
        </section>
    }
}
