//! "A page of its own": the panel that makes a tracker's folder (`export::publish`: its page with
//! link-preview tags, the frames and oEmbed answers WordPress embeds, the calendar feed, the data) with
//! the preview image drawn here, and offers it as one zip.

use super::texts::EditorTexts;
use crate::export::ics::anniversaries_ics;
use crate::export::publish::{self, folder_of, Site};
use crate::i18n::{fill, Language};
use crate::web::canvas::share_card_png_bytes;
use crate::web::platform::{clock_now, download_bytes};
use milestone_core::days::{today_in, CountMode};
use milestone_core::model::Dataset;
use milestone_core::words::OptionName;
use milestone_core::zone::Zones;
use yew::prelude::*;

/// What "Publish" needs from the editor: the checked draft, its file, and where things will be.
pub struct Publishing<'a> {
    pub t: &'static EditorTexts,
    pub l: &'a Language,
    pub dataset: &'a Dataset,
    pub zones: &'a dyn Zones,
    pub json: &'a str,
    /// The address the author gave for the .json file.
    pub hosted: &'a str,
    /// Where the widget's files are.
    pub widget: &'a str,
    pub mode: CountMode,
    pub pairs: &'a [(OptionName, String)],
}

/// Makes the folder and offers it as a zip. Ok: what to tell the author ("Downloaded …"); Err: why not.
pub fn publish(p: &Publishing) -> Result<String, &'static str> {
    let t = &p.t.publish;
    let (folder, data_name) = folder_of(p.hosted).ok_or(t.needs_address)?;
    let subject = &p.dataset.subject;
    let now = clock_now(0);
    let today = today_in(p.zones, &subject.home_zone, now).unwrap_or_else(|_| now.date_naive());
    let site = Site {
        l: p.l,
        dataset: p.dataset,
        zones: p.zones,
        folder: &folder,
        widget: p.widget,
        data_name: &data_name,
        today,
        mode: p.mode,
        pairs: p.pairs,
    };
    let calendar = anniversaries_ics(p.l, subject, p.mode, today, now);
    let png = share_card_png_bytes(&publish::card(&site)).ok_or(t.failed)?;
    let files = publish::folder(&site, p.json, calendar, png, t.readme);
    let stem = data_name.trim_end_matches(".json");
    let zip = publish::zip(stem, &files).map_err(|_| t.failed)?;
    let name = format!("{stem}-page.zip");
    match download_bytes(&name, "application/zip", &zip) {
        true => Ok(fill(t.done, &[&name, &folder])),
        false => Err(t.failed),
    }
}

pub struct PublishProps<'a> {
    pub t: &'static EditorTexts,
    /// The draft has errors: nothing to publish yet.
    pub blocked: bool,
    /// The .json file's address gives a folder.
    pub addressed: bool,
    /// What the last press said.
    pub said: Option<&'a Result<String, &'static str>>,
    pub onpublish: Callback<()>,
}

pub fn publish_panel(p: PublishProps) -> Html {
    let t = &p.t.publish;
    let onpublish = p.onpublish.clone();
    let disabled = p.blocked || !p.addressed;
    html! {
        <section class="ed-panel ed-publish" id="publish" aria-labelledby="ed-publish-title">
            <h2 id="ed-publish-title" tabindex="-1">{ t.title }</h2>
            <p class="ed-hint">{ t.intro }</p>
            if !p.addressed {
                <p class="ed-problem ed-problem--warning" id="ed-publish-address">{ t.needs_address }</p>
            }
            <button type="button" class="ed-button" id="ed-publish" {disabled}
                aria-describedby={(!p.addressed).then_some("ed-publish-address")}
                onclick={move |_: MouseEvent| onpublish.emit(())}>{ t.button }</button>
            <div class="ed-publish-said" role="status">
                { match p.said {
                    Some(Ok(done)) => html! { <p class="ed-notice">{ done }</p> },
                    Some(Err(why)) => html! { <p class="ed-notice ed-notice--error">{ *why }</p> },
                    None => Html::default(),
                } }
            </div>
        </section>
    }
}
