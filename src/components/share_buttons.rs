//! A milestone's sharing: copy a deep link to it, or save it as a PNG card ready to post.

use crate::browser::{copy_to_clipboard, download_url, milestone_link, share_card_png};
use crate::model::Milestone;
use crate::share_card::{card_text, file_name};
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareButtonsProps {
    pub milestone: Milestone,
    pub date: Option<NaiveDate>,
    pub day: Option<i64>,
    pub artist: AttrValue,
    pub album: AttrValue,
    pub lang: AttrValue,
}

#[function_component(ShareButtons)]
pub fn share_buttons(props: &ShareButtonsProps) -> Html {
    let t = super::hooks::use_texts();
    let copied = use_state(|| false);
    let oncopy = {
        let (copied, id) = (copied.clone(), props.milestone.id.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy_to_clipboard(&milestone_link(&id))))
    };
    let onimage = {
        let card = card_text(
            t,
            &props.artist,
            &props.album,
            &props.milestone,
            props.date,
            props.day,
            &props.lang,
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
                { if *copied { t.link_copied } else { t.copy_link } }
            </button>
            <button type="button" class="mt-toggle" data-action="share-image" onclick={onimage}>{ t.save_image }</button>
        </p>
    }
}
