//! Export: the draft's file to download, the snippets to paste (carrying the preview's choices and a
//! line for readers whose page runs no script), and the published folder ("A page of its own"). A copy
//! or a download is of the draft as it is at that moment; what is shown of a large draft follows once
//! typing pauses (the file, `settled`).

use super::panels::{export_panel, snippets, ExportProps};
use super::preview::Choice;
use super::publish::{publish, publish_panel, PublishProps, Publishing};
use super::site_check::SiteCheck;
use super::texts::{EditorLang, EditorTexts};
use crate::components::ZonesHandle;
use crate::export::snippet::snippet_base;
use crate::i18n::{text, Language};
use crate::web::platform::{clock_now, copy_to_clipboard, download_text};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{count_days, today_in, CountMode};
use milestone_core::draft::{Object, Value, SUBJECT};
use milestone_core::model::Dataset;
use milestone_core::validate::{load, Loaded};
use milestone_core::words::OptionName;
use milestone_core::zone::Zones;
use std::rc::Rc;
use yew::prelude::*;

/// The draft's album as typed (it may not read yet).
pub fn draft_album(draft: &Object) -> String {
    match draft.0.first() {
        Some(Value::Object(subject)) => subject.text(&SUBJECT, "album").to_string(),
        _ => String::new(),
    }
}

/// What a snippet holds for readers whose page does not run the widget, in the preview's language and
/// count: an album and its count today in its home zone.
struct ReaderLines<'a> {
    l: &'a Language,
    zones: &'a dyn Zones,
    mode: CountMode,
    /// The draft's album as typed, for a draft that does not read yet.
    album: &'a str,
}

impl ReaderLines<'_> {
    /// An album's day in its home zone, and its count then.
    fn counted(&self, d: &Dataset) -> (NaiveDate, String) {
        let now = clock_now(0);
        let today = today_in(self.zones, &d.subject.home_zone, now).unwrap_or(now.date_naive());
        let days = count_days(self.mode, d.subject.release_date(), today);
        (today, text::counter_in_sentence(self.l, self.mode, days))
    }

    fn fallback(&self, dataset: Option<&Dataset>) -> String {
        match dataset {
            Some(d) => {
                let (today, count) = self.counted(d);
                format!("{}: {count}, {}", d.subject.album, self.l.date(today))
            }
            None => self.album.to_string(),
        }
    }

    /// The draft's line, the built-in album's, and the draft's count alone (a counter in a sentence).
    fn lines(&self, draft: Option<&Dataset>, built_in: Option<&Dataset>) -> [String; 3] {
        [
            self.fallback(draft),
            self.fallback(built_in),
            draft.map_or_else(String::new, |d| self.counted(d).1),
        ]
    }
}

/// What the export needs of the editor.
pub struct ExportIn {
    pub t: &'static EditorTexts,
    /// The draft's file now, and as checked (`loaded`: a large one's once typing pauses).
    pub json: Rc<String>,
    pub settled: Rc<String>,
    pub loaded: Rc<Loaded>,
    /// The album built into the tracker, for the snippets that show it.
    pub built_in: Rc<Option<Dataset>>,
    pub zones: ZonesHandle,
    pub choice: Choice,
    /// The preview's language: the readers' lines are in it.
    pub language: Language,
    /// Where the editor's page is (the widget's files are beside it).
    pub base_url: AttrValue,
    pub album: String,
}

/// What the export panels show and do.
pub struct Export {
    /// The address the author gave for the .json file, and the example shown until then.
    pub hosted: UseStateHandle<String>,
    pub hosted_url: String,
    /// Where the widget's files are, as the snippets name them.
    pub base: String,
    pub album: String,
    /// The readers' lines (`ReaderLines::lines`).
    pub lines: [String; 3],
    pub snippets: [(&'static str, String); 6],
    /// The snippet last copied.
    pub copied: Option<&'static str>,
    pub ondownload: Callback<()>,
    pub oncopy: Callback<&'static str>,
    pub onpublish: Callback<()>,
    pub published: UseStateHandle<Option<Result<String, &'static str>>>,
}

/// The snippet `kind` of the draft's file `json` (checked now if it is not the checked one).
fn snippet_now(
    e: &ExportIn,
    base: &str,
    slug: &str,
    hosted: &str,
    pairs: &[(OptionName, String)],
    lines: &[String; 3],
    kind: &str,
) -> String {
    let lines = match Rc::ptr_eq(&e.json, &e.settled) {
        true => lines.clone(),
        false => {
            let loaded = load(&e.json, &*e.zones.0);
            reader_lines(e, loaded.dataset.as_ref())
        }
    };
    snippets(base, slug, &e.json, hosted, pairs, &lines)
        .into_iter()
        .find_map(|(k, code)| (k == kind).then_some(code))
        .unwrap_or_default()
}

fn reader_lines(e: &ExportIn, draft: Option<&Dataset>) -> [String; 3] {
    let l = ReaderLines {
        l: &e.language,
        zones: &*e.zones.0,
        mode: e.choice.count,
        album: &e.album,
    };
    l.lines(draft, e.built_in.as_ref().as_ref())
}

#[hook]
pub fn use_export(e: ExportIn) -> Export {
    let hosted = use_state(String::new);
    let copied = use_state(|| None::<&'static str>);
    let published = use_state(|| None::<Result<String, &'static str>>);
    let slug = crate::export::slug(&e.album);
    let hosted_url = match hosted.is_empty() {
        true => format!("https://your-site.example/{slug}.json"),
        false => (*hosted).clone(),
    };
    let base = snippet_base(&e.base_url, option_env!("MILESTONE_EMBED_BASE"));
    let pairs = e.choice.pairs();
    let lines = reader_lines(&e, e.loaded.dataset.as_ref());
    let shown = snippets(&base, &slug, &e.settled, &hosted_url, &pairs, &lines);
    let ondownload = {
        let (json, name) = (e.json.clone(), format!("{slug}.json"));
        Callback::from(move |()| {
            download_text(&name, "application/json", &json);
        })
    };
    let onpublish = {
        // The draft as checked (a large one's check waits for a pause in typing).
        let (loaded, json, hosted, published) = (
            e.loaded.clone(),
            e.settled.clone(),
            hosted.clone(),
            published.clone(),
        );
        let (zones, base, pairs, language, t) = (
            e.zones.clone(),
            base.clone(),
            pairs.clone(),
            e.language.clone(),
            e.t,
        );
        let mode = e.choice.count;
        Callback::from(move |()| {
            let Some(dataset) = loaded.dataset.as_ref() else {
                return;
            };
            published.set(Some(publish(&Publishing {
                t,
                l: &language,
                dataset,
                zones: &*zones.0,
                json: &json,
                hosted: &hosted,
                widget: &base,
                mode,
                pairs: &pairs,
            })));
        })
    };
    let album = e.album.clone();
    let oncopy = {
        let copied = copied.clone();
        let now = (base.clone(), slug, hosted_url.clone(), pairs, lines.clone());
        Callback::from(move |kind: &'static str| {
            let (base, slug, hosted, pairs, lines) = &now;
            let code = snippet_now(&e, base, slug, hosted, pairs, lines, kind);
            let copied = copied.clone();
            copy_to_clipboard(&code, move |done| copied.set(done.then_some(kind)));
        })
    };
    Export {
        hosted,
        hosted_url,
        base,
        album,
        lines,
        snippets: shown,
        copied: *copied,
        ondownload,
        oncopy,
        onpublish,
        published,
    }
}

/// The export's panels: the file and the snippets, the published folder, and Check my site.
pub fn export_view(
    t: &'static EditorTexts,
    lang: EditorLang,
    blocked: bool,
    export: Export,
    choices: Html,
    onreveal: Callback<()>,
) -> Html {
    let hosted = export.hosted.clone();
    html! {
        <>
            { export_panel(ExportProps {
                t,
                blocked,
                hosted: &export.hosted,
                example: &export.hosted_url,
                onhosted: { let h = hosted.clone(); Callback::from(move |v: String| h.set(v)) },
                ondownload: export.ondownload,
                snippets: export.snippets,
                copied: export.copied,
                oncopy: export.oncopy,
                choices,
                onreveal,
            }) }
            { publish_panel(PublishProps {
                t,
                blocked,
                addressed: crate::export::publish::folder_of(&hosted).is_some(),
                said: export.published.as_ref(),
                onpublish: export.onpublish,
            }) }
            <SiteCheck {lang} widget={lang} folder={AttrValue::from(export.base)}
                data={(!hosted.is_empty()).then(|| AttrValue::from((*hosted).clone()))} />
        </>
    }
}
