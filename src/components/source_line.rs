//! "Source: publication, date, via relay": a link only for http(s) URLs, text for anything else.

use crate::i18n::{fill, Language};
use milestone_core::model::SourceRef;
use yew::prelude::*;

pub fn source_line(l: &Language, s: &SourceRef) -> Html {
    let name = html! { <cite>{ s.publication.clone() }</cite> };
    html! {
        <p class="mt-source">
            { l.t.source }
            if let Some(url) = s.safe_url() {
                <a href={url.to_string()} rel="noopener noreferrer nofollow" target="_blank">{ name }</a>
            } else {
                { name }
            }
            { ", " }
            <time datetime={s.date.0.to_string()}>{ l.date(s.date.0) }</time>
            if let Some(via) = &s.via {
                { fill(l.t.via, &[via]) }
            }
        </p>
    }
}
