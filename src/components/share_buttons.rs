//! A milestone's sharing: copy a deep link to it, or save it as a PNG card ready to post.

use super::hooks::use_language;
use crate::export::share_card::{card_text, file_name};
use crate::web::canvas::share_card_png;
use crate::web::platform::{copy_to_clipboard, download_url, page_url};
use chrono::NaiveDate;
use milestone_core::link::deep_link;
use milestone_core::model::Milestone;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareButtonsProps {
    pub milestone: Milestone,
    pub date: Option<NaiveDate>,
    pub day: Option<i64>,
    pub artist: AttrValue,
    pub album: AttrValue,
}

#[function_component(ShareButtons)]
pub fn share_buttons(props: &ShareButtonsProps) -> Html {
    let l = use_language();
    let copied = use_state(|| false);
    let oncopy = {
        let (copied, id) = (copied.clone(), props.milestone.id.clone());
        Callback::from(move |_: MouseEvent| {
            copied.set(copy_to_clipboard(&deep_link(&page_url(), &id)))
        })
    };
    let onimage = {
        let card = card_text(
            &l,
            &props.artist,
            &props.album,
            &props.milestone,
            props.date,
            props.day,
        );
        let name = file_name(&props.album, &props.milestone.id);
        Callback::from(move |_: MouseEvent| {
            if let Some(png) = share_card_png(&card) {
                download_url(&name, &png);
            }
        })
    };
    html! {
        <p class="mt-share">
            <button type="button" class="mt-toggle" data-action="copy-link" onclick={oncopy}>
                { if *copied { l.t.link_copied } else { l.t.copy_link } }
            </button>
            <button type="button" class="mt-toggle" data-action="share-image" onclick={onimage}>{ l.t.save_image }</button>
        </p>
    }
}
