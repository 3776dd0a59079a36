//! Sharing a milestone from its card's buttons: copy a deep link to it, or save it as a PNG card
//! ready to post. The list handles every card's clicks with one listener (`milestone_list`).

use crate::export::share_card::{card_text, file_name};
use crate::i18n::Language;
use crate::web::canvas::share_card_png;
use crate::web::platform::{copy_to_clipboard, download_url, page_url};
use milestone_core::calendar::NaiveDate;
use milestone_core::link::deep_link;
use milestone_core::model::{Milestone, Subject};

/// What a share button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    CopyLink,
    SaveImage,
}

impl Share {
    /// The button's `data-action`.
    pub fn from_action(action: &str) -> Option<Share> {
        match action {
            "copy-link" => Some(Share::CopyLink),
            "share-image" => Some(Share::SaveImage),
            _ => None,
        }
    }
}

/// Does `what` for milestone `m` (reached on `date`, `day` days after release); `relabel` gets the
/// button's new label when it changes ("Link copied", or "Could not copy" when the browser refused).
pub fn share(
    l: &Language,
    subject: &Subject,
    m: &Milestone,
    date: Option<NaiveDate>,
    day: Option<i64>,
    what: Share,
    relabel: impl FnOnce(&'static str) + 'static,
) {
    match what {
        Share::CopyLink => {
            let t = l.t;
            copy_to_clipboard(&deep_link(&page_url(), &m.id), move |copied| {
                relabel(if copied {
                    t.link_copied
                } else {
                    t.link_not_copied
                })
            });
        }
        Share::SaveImage => {
            let card = card_text(l, &subject.artist, &subject.album, m, date, day);
            if let Some(png) = share_card_png(&card) {
                download_url(&file_name(&subject.album, &m.id), &png);
            }
        }
    }
}
