//! "Source: publication, date, via relay": a link only for http(s) URLs, text for anything else.

use super::markup::Markup;
use crate::i18n::{fill, Language};
use milestone_core::model::SourceRef;

pub fn source_line(l: &Language, s: &SourceRef, m: &mut Markup) {
    m.class("p", "mt-source").text(l.t.source);
    let link = s.safe_url();
    if let Some(url) = link {
        m.open(
            "a",
            &[
                ("href", Some(url)),
                ("rel", Some("noopener noreferrer nofollow")),
                ("target", Some("_blank")),
            ],
        );
    }
    m.open("cite", &[]).text(&s.publication).close("cite");
    if link.is_some() {
        m.close("a");
    }
    m.text(", ").time(&s.date.0.to_string(), &l.date(s.date.0));
    if let Some(via) = &s.via {
        m.text(&fill(l.t.via, &[via]));
    }
    m.close("p");
}
