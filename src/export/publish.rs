//! A tracker's own folder, made by the editor's "Publish": everything a blogger uploads once so that the
//! album has a page of its own and works where fans post without scripts.
//!
//! - `index.html`: the tracker's page. Readable with no script (the count as of the publish day and
//!   every milestone, as text), live where scripts run (a `<milestone-tracker>` reading the data file),
//!   with Open Graph and Twitter card tags for link previews and an oEmbed discovery link, so that the
//!   page's address alone on a line of a WordPress post becomes the card.
//! - `full.html`: the same page, discovered as the full tracker.
//! - `frame-card.html`, `frame-full.html`: what an oEmbed answer frames. They speak WordPress's embed
//!   protocol (the secret in the fragment, `height`, `ready`, `link`) and the widget's own height
//!   message, and work in `sandbox="allow-scripts"`: an inline classic script, no storage.
//! - `oembed-card.json`, `oembed-full.json`: the static oEmbed answers (`type: rich`, a blockquote
//!   linking the page, an iframe of the frame page).
//! - the data file, the `.ics` calendar feed, the card image (drawn at the edge) and `README.txt`.
//!
//! Pure: the editor (`editor::publish`) adds the image and packs the files into a zip.

use super::html::escape;
use super::share_card::CardText;
use super::snippet::{element, loader};
use crate::i18n::{fill, text, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::days::{count_days, counting_date, elapsed_days, CountMode};
use milestone_core::model::{Dataset, Milestone};
use milestone_core::options::Layout;
use milestone_core::order::{day_key, sort_by};
use milestone_core::words::OptionName;
use milestone_core::zone::Zones;

/// The layouts a published folder offers to oEmbed consumers: the card (what the page's own address
/// embeds) and the full tracker (`full.html`).
pub const EMBEDDED: [Layout; 2] = [Layout::Card, Layout::Full];

/// The width an oEmbed answer asks for: a post's column.
pub const EMBED_WIDTH: u32 = 600;

/// What is published, and where.
pub struct Site<'a> {
    pub l: &'a Language,
    pub dataset: &'a Dataset,
    pub zones: &'a dyn Zones,
    /// Where the folder will be served: an absolute http(s) URL ending in `/`.
    pub folder: &'a str,
    /// Where the widget's files (`embed.js`) are served, ending in `/`.
    pub widget: &'a str,
    /// The data file's name in the folder (`layover.json`).
    pub data_name: &'a str,
    /// The publish day in the album's home zone: the day the pages' text counts to.
    pub today: NaiveDate,
    pub mode: CountMode,
    /// The options the live tracker carries (count, zone, theme, language).
    pub pairs: &'a [(OptionName, String)],
}

/// One file of the folder.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// Where a folder is served and its data file's name, from the address the author gave for the data
/// file (`https://fan.example/layover/layover.json`), if it is an absolute http(s) URL naming a `.json`
/// file with no query or fragment.
pub fn folder_of(data_url: &str) -> Option<(String, String)> {
    let url = data_url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, _) = rest.split_once('/')?;
    if host.is_empty() || url.contains(['?', '#', '"', '<', '>', ' ']) {
        return None;
    }
    let (folder, name) = url.rsplit_once('/')?;
    (name.len() > 5 && name.ends_with(".json")).then(|| (format!("{folder}/"), name.to_string()))
}

/// The image's file name: the data file's stem, `.png`.
pub fn image_name(data_name: &str) -> String {
    format!("{}.png", stem(data_name))
}

/// The calendar feed's file name: the data file's stem, `.ics`.
pub fn calendar_name(data_name: &str) -> String {
    format!("{}.ics", stem(data_name))
}

fn stem(data_name: &str) -> &str {
    data_name.strip_suffix(".json").unwrap_or(data_name)
}

/// The page of `layout` (`index.html` is the card's, what the folder's own address embeds).
pub fn page_name(layout: Layout) -> &'static str {
    match layout {
        Layout::Full => "full.html",
        _ => "index.html",
    }
}

fn frame_name(layout: Layout) -> String {
    format!("frame-{}.html", layout.as_str())
}

fn oembed_name(layout: Layout) -> String {
    format!("oembed-{}.json", layout.as_str())
}

/// The page's public address (the folder's own for `index.html`).
pub fn page_url(site: &Site, layout: Layout) -> String {
    match page_name(layout) {
        "index.html" => site.folder.to_string(),
        name => format!("{}{name}", site.folder),
    }
}

/// The pages, frames and oEmbed answers; `json` is the data file's text, `calendar` the feed's. The
/// image and the instructions are added by the caller.
pub fn files(site: &Site, json: &str, calendar: String) -> Vec<File> {
    let mut files = vec![
        File {
            name: site.data_name.to_string(),
            text: json.to_string(),
        },
        File {
            name: calendar_name(site.data_name),
            text: calendar,
        },
    ];
    for layout in EMBEDDED {
        files.push(File {
            name: page_name(layout).to_string(),
            text: page(site, layout),
        });
        files.push(File {
            name: frame_name(layout),
            text: frame(site, layout),
        });
        files.push(File {
            name: oembed_name(layout),
            text: oembed(site, layout),
        });
    }
    files
}

/// The whole folder as bytes, as it is uploaded: [`files`], the link-preview image (`png`, drawn by the
/// caller: the browser's canvas in the editor, the build's rasteriser for `dist/`) and `README.txt`,
/// `readme` (the blogger's language's template) filled with this folder's names and addresses.
pub fn folder(
    site: &Site,
    json: &str,
    calendar: String,
    png: Vec<u8>,
    readme: &str,
) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = files(site, json, calendar)
        .into_iter()
        .map(|f| (f.name, f.text.into_bytes()))
        .collect();
    let image = image_name(site.data_name);
    let readme = fill(
        readme,
        &[
            &title(site),
            site.folder,
            site.data_name,
            site.widget,
            &image,
            &calendar_name(site.data_name),
        ],
    );
    out.push((image, png));
    out.push(("README.txt".to_string(), readme.into_bytes()));
    out
}

/// The page's title: `Layover · V`.
pub fn title(site: &Site) -> String {
    let s = &site.dataset.subject;
    format!("{} · {}", s.album, s.artist)
}

/// One sentence for link previews: the count as of the publish day, the release, the milestones.
pub fn description(site: &Site) -> String {
    let l = site.l;
    let s = &site.dataset.subject;
    let days = count_days(site.mode, s.release_date(), site.today);
    let mut out = format!(
        "{} {} ({}). {}: {}.",
        text::counter_figure(site.mode, days),
        text::counter_caption(l, site.mode, days),
        l.date(site.today),
        l.t.released,
        l.date(s.release_date()),
    );
    if let Some((m, _)) = reached(site).last() {
        out.push_str(&format!(" {}: {}.", l.t.latest_milestone, m.title));
    }
    out
}

/// The milestones reached by the publish day, with the dates they count as, in time order.
fn reached<'a>(site: &Site<'a>) -> Vec<(&'a Milestone, Option<NaiveDate>)> {
    let zone = &site.dataset.subject.home_zone;
    let mut rows: Vec<(&Milestone, Option<NaiveDate>, NaiveDate)> = site
        .dataset
        .milestones
        .iter()
        .map(|m| {
            let date = counting_date(&m.date, site.zones, zone).ok().flatten();
            (m, date, date.unwrap_or_else(|| m.date.earliest_date()))
        })
        .filter(|(_, _, sort)| *sort <= site.today)
        .collect();
    sort_by(&mut rows, |(_, _, sort)| day_key(*sort));
    rows.into_iter().map(|(m, date, _)| (m, date)).collect()
}

/// The `<head>` of a page: title, description, canonical address, link-preview tags, oEmbed discovery.
fn head(site: &Site, layout: Layout) -> String {
    let title = escape(&title(site));
    let description = escape(&description(site));
    let url = escape(&page_url(site, layout));
    let image = escape(&format!("{}{}", site.folder, image_name(site.data_name)));
    let oembed = escape(&format!("{}{}", site.folder, oembed_name(layout)));
    let calendar = escape(&calendar_name(site.data_name));
    format!(
        "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n\
         <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{title}\">\n\
         <link rel=\"alternate\" type=\"text/calendar\" href=\"{calendar}\" title=\"{title}\">\n\
         <meta property=\"og:type\" content=\"website\">\n<meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n<meta property=\"og:url\" content=\"{url}\">\n\
         <meta property=\"og:image\" content=\"{image}\">\n<meta property=\"og:image:width\" content=\"1200\">\n\
         <meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"{title}\">\n\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n<meta name=\"twitter:image\" content=\"{image}\">\n\
         <style>{STATIC_STYLE}</style>\n"
    )
}

/// The text the pages show before (or without) the widget: plain, readable in any reader mode.
const STATIC_STYLE: &str = "body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}\
    .mt-static{max-width:42rem;margin:0 auto;padding:1rem}.mt-static h1{margin:0}\
    .mt-static-count{font-size:1.4rem}.mt-static li{margin:.25rem 0}";

/// The tracker's page for `layout`'s oEmbed answer: the full tracker, live, over the text as of the
/// publish day.
fn page(site: &Site, layout: Layout) -> String {
    let mut pairs = site.pairs.to_vec();
    pairs.push((OptionName::Data, site.data_name.to_string()));
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n{}</head>\n<body>\n<main>\n{}\n</main>\n{}\n</body>\n</html>\n",
        site.l.tag(),
        site.l.dir(),
        head(site, layout),
        element(&pairs, &summary(site, Layout::Full)),
        loader(site.widget),
    )
}

/// What a frame shows: the layout, live, over its text; the embed protocol in an inline script.
fn frame(site: &Site, layout: Layout) -> String {
    let mut pairs = site.pairs.to_vec();
    pairs.push((OptionName::Layout, layout.as_str().to_string()));
    pairs.push((OptionName::Data, site.data_name.to_string()));
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <meta name=\"robots\" content=\"noindex\">\n<style>{STATIC_STYLE}{}</style>\n\
         </head>\n<body>\n{}\n{}\n<script>{}</script>\n</body>\n</html>\n",
        site.l.tag(),
        site.l.dir(),
        escape(&title(site)),
        match layout {
            Layout::Full => "",
            _ => "html,body{overflow:hidden}",
        },
        element(&pairs, &summary(site, layout)),
        loader(site.widget),
        frame_script(),
    )
}

/// The frame's side of WordPress's embed protocol and of the widget's height message. The secret
/// comes in the fragment WordPress adds (`#?secret=…`); without one (a plain iframe) links keep their
/// own behaviour. Links in the tracker (in its shadow root too) ask the blog's tab to go there.
fn frame_script() -> String {
    format!(
        "(function(){{\
var m=/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash),secret=m?m[1]:'';\
function post(d){{if(window.parent!==window)window.parent.postMessage(d,'*')}}\
function height(){{var h=Math.ceil(document.documentElement.getBoundingClientRect().height);\
if(secret)post({{message:'height',value:h,secret:secret}});post({{type:'{}',height:h}})}}\
addEventListener('message',function(e){{var d=e.data;if(d&&d.message==='ready'&&d.secret===secret)height()}});\
document.addEventListener('click',function(e){{var p=e.composedPath?e.composedPath():[e.target];\
for(var i=0;i<p.length;i++){{var a=p[i];if(a&&a.tagName==='A'&&a.href){{\
if(secret){{e.preventDefault();post({{message:'link',value:a.href,secret:secret}})}}else a.target='_top';return}}}}}},true);\
if(window.ResizeObserver)new ResizeObserver(height).observe(document.documentElement);\
addEventListener('load',height);height()}})();",
        crate::HEIGHT_MESSAGE
    )
}

/// The static text for `layout`: the album, the count on the publish day, and the milestones (every
/// one for the full tracker; the latest for the card, with a link to the page).
fn summary(site: &Site, layout: Layout) -> String {
    let l = site.l;
    let s = &site.dataset.subject;
    let release = s.release_date();
    let days = count_days(site.mode, release, site.today);
    let mut out = format!(
        "<div class=\"mt-static\"><h1>{}</h1><p>{}</p><p>{}: <time datetime=\"{release}\">{}</time></p>\
         <p class=\"mt-static-count\"><strong>{}</strong> {} (<time datetime=\"{}\">{}</time>)</p>",
        escape(&s.album),
        escape(&s.artist),
        escape(l.t.released),
        escape(&l.date(release)),
        escape(&text::counter_figure(site.mode, days)),
        escape(&text::counter_caption(l, site.mode, days)),
        site.today,
        escape(&l.date(site.today)),
    );
    let reached = reached(site);
    let (heading, shown) = match layout {
        Layout::Full => (l.t.milestones, &reached[..]),
        _ => (
            l.t.latest_milestone,
            &reached[reached.len().saturating_sub(1)..],
        ),
    };
    if !shown.is_empty() {
        out.push_str(&format!("<h2>{}</h2><ol>", escape(heading)));
        for (m, date) in shown.iter().rev() {
            out.push_str(&milestone_line(site, m, *date));
        }
        out.push_str("</ol>");
    }
    let more = match layout {
        Layout::Full => format!(
            "<a href=\"{}\">{}</a>",
            escape(&calendar_name(site.data_name)),
            escape(l.t.calendar_button)
        ),
        _ => format!(
            "<a href=\"{}\">{}</a>",
            escape(&page_url(site, Layout::Full)),
            escape(l.t.all_milestones)
        ),
    };
    out.push_str(&format!("<p>{more}</p></div>"));
    out
}

/// One milestone: its date, title, figure and record.
fn milestone_line(site: &Site, m: &Milestone, date: Option<NaiveDate>) -> String {
    let l = site.l;
    let day = date.map(|d| elapsed_days(site.dataset.subject.release_date(), d));
    let when = text::when(l, m, date, day);
    let datetime = date
        .map(|d| format!(" datetime=\"{d}\""))
        .unwrap_or_default();
    let mut line = format!(
        "<li><time{datetime}>{}</time> · {}",
        escape(&when.date),
        escape(&m.title)
    );
    if let Some(metric) = &m.metric {
        line.push_str(&format!(
            ": {}",
            escape(&text::metric(
                l,
                metric.value,
                &metric.measure,
                metric.platform.as_deref()
            ))
        ));
    }
    if let Some(record) = &m.record {
        line.push_str(&format!(" ({})", escape(record)));
    }
    line.push_str("</li>");
    line
}

/// The oEmbed answer for `layout`: `rich`, a blockquote linking the page (what WordPress shows until
/// the frame reports its height, and what a consumer that drops frames keeps) and the frame.
fn oembed(site: &Site, layout: Layout) -> String {
    let title = title(site);
    let page = page_url(site, layout);
    let frame = format!("{}{}", site.folder, frame_name(layout));
    let height = layout.iframe_height();
    // The card fits; the full tracker is taller than WordPress lets a frame be (1000 px) and scrolls.
    let scrolling = match layout {
        Layout::Full => "",
        _ => " scrolling=\"no\"",
    };
    let html = format!(
        "<blockquote class=\"wp-embedded-content\"><a href=\"{}\">{}</a></blockquote>\
         <iframe class=\"wp-embedded-content\" src=\"{}\" width=\"{EMBED_WIDTH}\" height=\"{height}\" title=\"{}\" \
         frameborder=\"0\" marginwidth=\"0\" marginheight=\"0\"{scrolling}></iframe>",
        escape(&page),
        escape(&title),
        escape(&frame),
        escape(&title),
    );
    let image = format!("{}{}", site.folder, image_name(site.data_name));
    let fields: [(&str, String); 11] = [
        ("version", json_string("1.0")),
        ("type", json_string("rich")),
        ("title", json_string(&title)),
        ("author_name", json_string(&site.dataset.subject.artist)),
        ("provider_name", json_string(&title)),
        ("provider_url", json_string(site.folder)),
        ("html", json_string(&html)),
        ("width", EMBED_WIDTH.to_string()),
        ("height", height.to_string()),
        ("thumbnail_url", json_string(&image)),
        ("thumbnail_width", "1200".to_string()),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", json_string(k)))
        .chain(std::iter::once("\"thumbnail_height\":630".to_string()))
        .collect();
    format!("{{{}}}\n", body.join(","))
}

/// The link-preview image's text (1200 × 630, drawn at the edge like a milestone's share card): the
/// artist, the album, its release, how many milestones, the latest.
pub fn card(site: &Site) -> CardText {
    let l = site.l;
    let s = &site.dataset.subject;
    let reached = reached(site);
    CardText {
        album: s.artist.clone(),
        title: s.album.clone(),
        figure: Some(format!("{}: {}", l.t.released, l.date(s.release_date()))),
        when: format!("{}: {}", l.t.milestones, reached.len()),
        record: reached.last().map(|(m, _)| m.title.clone()),
        rtl: l.lang.rtl(),
    }
}

/// The folder as a zip, each file under `folder/`, stored (the texts are small, the PNG compressed).
pub fn zip(folder: &str, files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .unix_permissions(0o644);
    for (name, bytes) in files {
        out.start_file(format!("{folder}/{name}"), options)
            .map_err(|e| e.to_string())?;
        out.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::native::NativeLocale;
    use crate::i18n::Lang;
    use milestone_core::validate::load;
    use milestone_core::zone::TzDatabase;

    fn with_site<T>(today: (i32, u32, u32), f: impl FnOnce(&Site) -> T) -> T {
        with_site_in(Lang::En, today, f)
    }

    fn with_site_in<T>(lang: Lang, today: (i32, u32, u32), f: impl FnOnce(&Site) -> T) -> T {
        let dataset = load(crate::DEFAULT_DATASET, &TzDatabase)
            .dataset
            .expect("the default dataset loads");
        let l = Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang)));
        let pairs = [(OptionName::Count, "inclusive".to_string())];
        let site = Site {
            l: &l,
            dataset: &dataset,
            zones: &TzDatabase,
            folder: "https://fan.example/layover/",
            widget: "https://fan.example/mt/",
            data_name: "layover.json",
            today: NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap(),
            mode: CountMode::Inclusive,
            pairs: &pairs,
        };
        f(&site)
    }

    fn file<'a>(files: &'a [File], name: &str) -> &'a str {
        &files.iter().find(|f| f.name == name).expect(name).text
    }

    #[test]
    fn a_folder_comes_from_the_data_files_address() {
        assert_eq!(
            folder_of("https://fan.example/layover/layover.json"),
            Some(("https://fan.example/layover/".into(), "layover.json".into()))
        );
        assert_eq!(
            folder_of(" http://127.0.0.1:8080/a.json "),
            Some(("http://127.0.0.1:8080/".into(), "a.json".into()))
        );
        for bad in [
            "",
            "layover.json",
            "/layover/layover.json",
            "https://fan.example/",
            "https://fan.example/layover/",
            "https://fan.example/x.json?v=2",
            "https://fan.example/x.txt",
            "https:///x.json",
            "javascript:alert(1)//x.json",
        ] {
            assert_eq!(folder_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_page_counts_to_the_publish_day_and_carries_preview_tags() {
        let files = with_site((2023, 12, 16), |site| files(site, "{}", String::new()));
        let page = file(&files, "index.html");
        assert!(
            page.contains("<title>Layover · V (Kim Taehyung)</title>"),
            "{page}"
        );
        assert!(page.contains(
            "<meta property=\"og:image\" content=\"https://fan.example/layover/layover.png\">"
        ));
        assert!(page.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://fan.example/layover/oembed-card.json\""));
        assert!(page.contains("<link rel=\"canonical\" href=\"https://fan.example/layover/\">"));
        // 2023-12-16 is Layover's 100th day by the fan count.
        assert!(page.contains("<strong>D+100</strong>"), "{page}");
        assert!(page.contains("<meta property=\"og:description\" content=\"D+100 counting release day as day 1 (December 16, 2023). Released: September 8, 2023."), "{page}");
        assert!(page.contains("<milestone-tracker count=\"inclusive\" source=\"layover.json\">"));
        assert!(page.ends_with("<script type=\"module\" src=\"https://fan.example/mt/embed.js\"></script>\n</body>\n</html>\n"));
        let full = file(&files, "full.html");
        assert!(full.contains("href=\"https://fan.example/layover/oembed-full.json\""));
        assert!(full
            .contains("<link rel=\"canonical\" href=\"https://fan.example/layover/full.html\">"));
    }

    #[test]
    fn the_full_page_lists_what_was_reached_by_the_publish_day_newest_first() {
        let dates_on = |today| {
            let files = with_site(today, |site| files(site, "{}", String::new()));
            let page = file(&files, "full.html").to_string();
            page.split("<li><time datetime=\"")
                .skip(1)
                .map(|d| d[..10].to_string())
                .collect::<Vec<_>>()
        };
        // Layover's milestones: 2023-10-25, 10-26, 10-27 (two) and 12-16.
        assert_eq!(dates_on((2023, 10, 26)), ["2023-10-26", "2023-10-25"]);
        let all = dates_on((2023, 12, 16));
        assert_eq!(all.len(), 5);
        assert!(all.windows(2).all(|w| w[0] >= w[1]), "{all:?}");
        let files = with_site((2023, 12, 16), |site| files(site, "{}", String::new()));
        let card = file(&files, "frame-card.html");
        assert_eq!(card.matches("<li>").count(), 1, "{card}");
        assert!(
            card.contains("<a href=\"https://fan.example/layover/full.html\">All milestones</a>")
        );
    }

    #[test]
    fn the_frame_speaks_the_embed_protocol_inline() {
        let files = with_site((2023, 12, 16), |site| files(site, "{}", String::new()));
        let frame = file(&files, "frame-card.html");
        assert!(frame.contains(
            "<milestone-tracker count=\"inclusive\" layout=\"card\" source=\"layover.json\">"
        ));
        for part in [
            "message:'height'",
            "message==='ready'",
            "message:'link'",
            "composedPath",
        ] {
            assert!(frame.contains(part), "{part}");
        }
        assert!(frame.contains(&format!("type:'{}'", crate::HEIGHT_MESSAGE)));
        // Classic and inline: it runs in an opaque origin where a module from elsewhere needs CORS.
        assert!(frame.contains("<script>(function(){"));
    }

    #[test]
    fn the_oembed_answer_is_what_wordpress_keeps() {
        let files = with_site((2023, 12, 16), |site| files(site, "{}", String::new()));
        let answer: serde_json::Value =
            serde_json::from_str(file(&files, "oembed-card.json")).unwrap();
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["version"], "1.0");
        assert_eq!(answer["height"], 410);
        assert_eq!(answer["thumbnail_height"], 630);
        let html = answer["html"].as_str().unwrap();
        assert!(html.starts_with("<blockquote class=\"wp-embedded-content\"><a href=\"https://fan.example/layover/\">Layover · V (Kim Taehyung)</a></blockquote><iframe"), "{html}");
        assert!(html.contains("src=\"https://fan.example/layover/frame-card.html\""));
        let full: serde_json::Value =
            serde_json::from_str(file(&files, "oembed-full.json")).unwrap();
        assert!(full["html"].as_str().unwrap().contains("frame-full.html"));
    }

    #[test]
    fn the_zip_holds_each_file_under_the_folder() {
        let files = vec![
            ("index.html".to_string(), b"<!doctype html>".to_vec()),
            (
                "layover.png".to_string(),
                vec![0x89, b'P', b'N', b'G', 0, 255],
            ),
        ];
        let bytes = zip("layover", &files).unwrap();
        let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), 2);
        for (name, body) in &files {
            let mut entry = archive.by_name(&format!("layover/{name}")).unwrap();
            let mut read = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut read).unwrap();
            assert_eq!(&read, body, "{name}");
        }
    }

    #[test]
    fn the_preview_image_names_the_album_and_its_latest_milestone() {
        let card = with_site((2023, 10, 26), card);
        assert_eq!(card.title, "Layover");
        assert_eq!(card.album, "V (Kim Taehyung)");
        assert_eq!(card.figure.as_deref(), Some("Released: September 8, 2023"));
        assert_eq!(card.when, "Milestones: 2");
        assert!(card.record.is_some());
    }

    #[test]
    fn hostile_titles_stay_text() {
        let mut dataset = load(crate::DEFAULT_DATASET, &TzDatabase).dataset.unwrap();
        dataset.subject.album = "</title><script>alert(1)</script>".into();
        dataset.milestones[0].title = "<img src=x onerror=alert(1)>".into();
        let l = Language::new(Lang::En, std::rc::Rc::new(NativeLocale::new(Lang::En)));
        let site = Site {
            l: &l,
            dataset: &dataset,
            zones: &TzDatabase,
            folder: "https://fan.example/x/",
            widget: "https://fan.example/mt/",
            data_name: "x.json",
            today: NaiveDate::from_ymd_opt(2024, 12, 16).unwrap(),
            mode: CountMode::Elapsed,
            pairs: &[],
        };
        for f in files(&site, "{}", String::new()) {
            if f.name.ends_with(".json") {
                continue;
            }
            assert!(!f.text.contains("<script>alert"), "{}", f.name);
            assert!(!f.text.contains("<img"), "{}", f.name);
        }
        let answer: serde_json::Value = serde_json::from_str(&oembed(&site, Layout::Card)).unwrap();
        assert!(answer["title"].as_str().unwrap().contains("<script>"));
        assert!(!answer["html"].as_str().unwrap().contains("<script>"));
    }

    #[test]
    fn an_arabic_folder_reads_right_to_left() {
        with_site_in(Lang::Ar, (2023, 12, 16), |site| {
            for html in [page(site, Layout::Full), frame(site, Layout::Card)] {
                assert!(
                    html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"),
                    "{}",
                    &html[..80]
                );
            }
            assert!(card(site).rtl);
        });
        with_site((2023, 12, 16), |site| {
            assert!(page(site, Layout::Full).contains("<html lang=\"en\" dir=\"ltr\">"))
        });
    }
}
