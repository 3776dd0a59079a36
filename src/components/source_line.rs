//! "Source: publication, date, via relay": a link only for http(s) URLs, text for anything else.

use crate::browser::format_date;
use crate::model::SourceRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceLineProps {
    pub source: SourceRef,
    pub lang: AttrValue,
}

#[function_component(SourceLine)]
pub fn source_line(props: &SourceLineProps) -> Html {
    let t = super::hooks::use_texts();
    let s = &props.source;
    let name = html! { <cite>{ s.publication.clone() }</cite> };
    html! {
        <p class="mt-source">
            { t.source }
            if let Some(url) = s.safe_url() {
                <a href={url.to_string()} rel="noopener noreferrer nofollow" target="_blank">{ name }</a>
            } else {
                { name }
            }
            { ", " }
            <time datetime={s.date.0.to_string()}>{ format_date(s.date.0, &props.lang) }</time>
            if let Some(via) = &s.via {
                { (t.via)(via) }
            }
        </p>
    }
}
