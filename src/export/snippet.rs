//! What a blogger pastes: the iframe and in-page snippets for a set of options. Pure text; every value
//! is attribute-escaped.

use super::html::{escape, json_for_html};
use milestone_core::link::encode_query_value;
use milestone_core::options::Layout;
use milestone_core::product::{reserved_full_height, RESERVE_CARD};
use milestone_core::words::OptionName;
use milestone_core::words::Word;

/// `count=inclusive&tz=local`, percent-encoding what a query needs encoded.
pub fn query_string(pairs: &[(OptionName, String)]) -> String {
    pairs
        .iter()
        .map(|(name, v)| format!("{}={}", name.as_str(), encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Where snippets point: the build's `configured` base URL when it has one (an http(s) URL ending with
/// `/`), otherwise `page_base`, where the page found the widget's files.
pub fn snippet_base(page_base: &str, configured: Option<&str>) -> String {
    match configured {
        Some(base) if base.starts_with("http") && base.ends_with('/') => base.to_string(),
        _ => page_base.to_string(),
    }
}

pub(crate) fn loader(base_url: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>",
        escape(&format!("{base_url}embed.js"))
    )
}

/// The tracker's own page for these options (`index.html?count=inclusive`): an iframe's source, and
/// where a `<milestone-tracker>`'s fallback line links.
fn page_url(base_url: &str, pairs: &[(OptionName, String)]) -> String {
    let query = query_string(pairs);
    if query.is_empty() {
        format!("{base_url}index.html")
    } else {
        format!("{base_url}index.html?{query}")
    }
}

/// The iframe snippet, with `embed.js` for automatic height and deep links. Inside the frame element,
/// `fallback` linked to the tracker's page: a browser never shows an iframe's content, but where a
/// platform strips the iframe (WordPress for an Author) the link is what is left, not nothing.
pub fn iframe_snippet(base_url: &str, pairs: &[(OptionName, String)], fallback: &str) -> String {
    let src = page_url(base_url, pairs);
    let height = layout_of(pairs).iframe_height();
    format!(
        "<iframe src=\"{}\" title=\"Milestone tracker\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\"><a href=\"{}\">{}</a></iframe>\n{}",
        escape(&src),
        escape(&src),
        escape(fallback),
        loader(base_url)
    )
}

/// The in-page snippet with the data inside: a mount reading the JSON script beside it (`id`), and the
/// loader. The JSON is escaped for HTML (`html::json_for_html`), so no text in it can break the post,
/// and wrapped in an HTML comment (`<!--…-->`, which the reader leaves out): where a platform strips the
/// `<script>` element (WordPress for an Author), the comment stays and the data is not shown as text.
/// Its fallback line is text alone: the album has no page of its own yet.
pub fn inline_snippet(
    base_url: &str,
    id: &str,
    json: &str,
    pairs: &[(OptionName, String)],
    fallback: &str,
) -> String {
    let mut with_source = pairs.to_vec();
    with_source.push((OptionName::Data, format!("#{id}")));
    let element = element(&with_source, &escape(fallback));
    format!(
        "{element}\n<script type=\"application/json\" id=\"{}\"><!--{}--></script>\n{}{}",
        escape(id),
        json_for_html(json.trim()),
        reserve_line(pairs),
        loader(base_url)
    )
}

/// The style a snippet with a full tracker or a card carries, so that the page keeps the tracker's
/// place from its first paint, before any script runs (`embed.js` then fits it to the mount's width
/// and lets go when the tracker is there). A `<milestone-tracker>` no script has defined within 12
/// seconds (scripts stripped or blocked) gives the place back, keeping its fallback line. The full
/// tracker's height is reserved for a 360 px column, and from a 600 px viewport for a 680 px one. The
/// rules sit in an HTML comment (CSS skips its `<!--` and `-->`): where a platform strips `<style>`, the
/// comment stays and no CSS is shown as text.
pub fn reserve_style() -> String {
    let full = "milestone-tracker:not([data-settled]):not([layout=counter]):not([layout=line]):not([layout=card])";
    format!(
        "<style><!--{full}{{display:block;min-height:{}px}}@media(min-width:600px){{{full}{{min-height:{}px}}}}\
         milestone-tracker[layout=card]:not([data-settled]){{display:block;min-height:{RESERVE_CARD}px}}\
         milestone-tracker:not(:defined){{animation:mt-wait 1ms 12s forwards}}\
         @keyframes mt-wait{{to{{min-height:0}}}}--></style>",
        reserved_full_height(360),
        reserved_full_height(680),
    )
}

/// The reservation for the layout `pairs` ask for, as the line before the loader (none for the count
/// and the line, which sit in a sentence).
fn reserve_line(pairs: &[(OptionName, String)]) -> String {
    match layout_of(pairs) {
        Layout::Counter | Layout::Line => String::new(),
        _ => format!("{}\n", reserve_style()),
    }
}

/// One more mount of the data inside an in-page snippet (`id`, written by `inline_snippet`) on the same
/// page: the count alone (`layout="counter"`), to go inside a sentence, with `fallback` (the count as
/// text) for readers whose page does not run the widget. The data stays in one block, updated in one
/// place; the loader again, which a page runs once however often it holds it.
pub fn more_snippet(
    base_url: &str,
    id: &str,
    pairs: &[(OptionName, String)],
    fallback: &str,
) -> String {
    let mut counter: Vec<(OptionName, String)> = pairs
        .iter()
        .filter(|(name, _)| *name != OptionName::Layout)
        .cloned()
        .collect();
    counter.push((OptionName::Layout, Layout::Counter.as_str().to_string()));
    counter.push((OptionName::Data, format!("#{id}")));
    format!(
        "{}\n{}",
        element(&counter, &escape(fallback)),
        loader(base_url)
    )
}

/// The layout the options ask for (the default where none does).
fn layout_of(pairs: &[(OptionName, String)]) -> Layout {
    pairs
        .iter()
        .find(|(name, _)| *name == OptionName::Layout)
        .and_then(|(_, v)| Layout::from_word(v))
        .unwrap_or_default()
}

/// The in-page snippet: a `<milestone-tracker>` with the options as attributes (the data's URL as
/// `source`), holding `fallback`, a line linked to the tracker's page, for readers whose page does not
/// run the widget; and the loader.
pub fn mount_snippet(base_url: &str, pairs: &[(OptionName, String)], fallback: &str) -> String {
    let link = format!(
        "<a href=\"{}\">{}</a>",
        escape(&page_url(base_url, pairs)),
        escape(fallback)
    );
    format!(
        "{}\n{}{}",
        element(pairs, &link),
        reserve_line(pairs),
        loader(base_url)
    )
}

/// `<milestone-tracker name="value" ...>content</milestone-tracker>`: an element that is inline until
/// the widget styles it, so a counter stays inside its sentence.
pub(crate) fn element(pairs: &[(OptionName, String)], content: &str) -> String {
    let attrs: String = pairs
        .iter()
        .map(|(name, v)| {
            let name = match name {
                OptionName::Data => "source",
                other => other.as_str(),
            };
            format!(" {name}=\"{}\"", escape(v))
        })
        .collect();
    format!("<milestone-tracker{attrs}>{content}</milestone-tracker>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use milestone_core::days::CountMode;
    use milestone_core::options::{option_pairs, parse_options, Options, ZoneChoice};

    #[test]
    fn snippets_carry_the_current_options_and_nothing_default() {
        let (options, _) = parse_options([("now", "2023-12-16T09:00:00+09:00"), ("theme", "dark")]);
        let pairs = option_pairs(&options, CountMode::Inclusive, &ZoneChoice::Local);
        let iframe = iframe_snippet("https://fan.example/tracker/", &pairs, "x");
        assert!(iframe.starts_with(
            "<iframe src=\"https://fan.example/tracker/index.html?now=2023-12-16T00:00:00Z&amp;tz=local&amp;count=inclusive&amp;theme=dark\""
        ), "{iframe}");
        // The full tracker's height in a 360 px column (the layout's own, see product::iframe_height).
        assert!(iframe.contains("height=\"3456\""), "{iframe}");
        let card = [(OptionName::Layout, "card".to_string())];
        assert!(iframe_snippet("https://fan.example/", &card, "x").contains("height=\"410\""));
        assert!(iframe.ends_with(
            "<script type=\"module\" src=\"https://fan.example/tracker/embed.js\"></script>"
        ));
        let mount = mount_snippet("https://fan.example/tracker/", &pairs, "Layover: D+100");
        assert!(mount.starts_with("<milestone-tracker now=\"2023-12-16T00:00:00Z\" tz=\"local\" count=\"inclusive\" theme=\"dark\"><a href=\"https://fan.example/tracker/index.html?now=2023-12-16T00:00:00Z&amp;tz=local&amp;count=inclusive&amp;theme=dark\">Layover: D+100</a></milestone-tracker>"), "{mount}");
        let plain = option_pairs(&Options::default(), CountMode::Elapsed, &ZoneChoice::Home);
        assert!(iframe_snippet("/t/", &plain, "x").starts_with("<iframe src=\"/t/index.html\""));
    }

    #[test]
    fn a_data_url_goes_to_the_query_and_to_data_source() {
        let (options, _) = parse_options([("data", "https://fan.example/data/album.json?v=2&x=1")]);
        let pairs = option_pairs(&options, CountMode::Elapsed, &ZoneChoice::Home);
        let iframe = iframe_snippet("https://cdn.example/mt/", &pairs, "x");
        assert!(iframe.starts_with("<iframe src=\"https://cdn.example/mt/index.html?data=https://fan.example/data/album.json%3Fv%3D2%26x%3D1\""), "{iframe}");
        let mount = mount_snippet("https://cdn.example/mt/", &pairs, "Album");
        assert!(mount.starts_with("<milestone-tracker source=\"https://fan.example/data/album.json?v=2&amp;x=1\"><a href=\"https://cdn.example/mt/index.html?data="), "{mount}");
    }

    #[test]
    fn a_configured_base_wins_over_the_page() {
        let page = "https://fan.example/tracker/";
        assert_eq!(snippet_base(page, None), page);
        assert_eq!(snippet_base(page, Some("")), page);
        assert_eq!(
            snippet_base(page, Some("https://cdn.example/mt@0.1.0/dist/")),
            "https://cdn.example/mt@0.1.0/dist/"
        );
    }

    #[test]
    fn hostile_values_are_escaped() {
        let pairs = [(OptionName::Tz, "a\"><script>".to_string())];
        assert!(!mount_snippet("\"><b>/", &pairs, "<script>").contains("<script>"));
        assert!(!iframe_snippet("\"><b>/", &pairs, "<script>").contains("\"><b>"));
        assert!(!iframe_snippet("/", &pairs, "<script>").contains("<script>"));
        assert_eq!(
            query_string(&[(OptionName::Now, "2023-12-16T09:00:00+09:00".into())]),
            "now=2023-12-16T09:00:00%2B09:00"
        );
    }

    #[test]
    fn data_inside_a_snippet_cannot_break_the_post() {
        let json = r#"{"subject":{"album":"<!--<script>","artist":"</script><p>&"}}"#;
        let pairs = [(OptionName::Count, "inclusive".to_string())];
        let snippet = inline_snippet(
            "https://w.example/mt/",
            "my-album-data",
            json,
            &pairs,
            "<!--<script>: D+100",
        );
        assert_eq!(
            snippet.lines().next(),
            Some(
                r##"<milestone-tracker count="inclusive" source="#my-album-data">&lt;!--&lt;script&gt;: D+100</milestone-tracker>"##
            )
        );
        let data = snippet.lines().nth(1).unwrap();
        let inner = data
            .strip_prefix(r#"<script type="application/json" id="my-album-data"><!--"#)
            .and_then(|d| d.strip_suffix("--></script>"))
            .unwrap();
        assert!(!inner.contains(['<', '>', '&']), "{inner}");
        assert!(snippet
            .ends_with(r#"<script type="module" src="https://w.example/mt/embed.js"></script>"#));
    }

    #[test]
    fn full_trackers_and_cards_reserve_their_place_counters_do_not() {
        let base = "https://w.example/mt/";
        let with = |layout: &str| mount_snippet(base, &[(OptionName::Layout, layout.into())], "x");
        for layout in ["full", "card"] {
            assert!(with(layout).contains(&reserve_style()), "{layout}");
        }
        for layout in ["counter", "line"] {
            assert!(!with(layout).contains("<style>"), "{layout}");
        }
        assert!(mount_snippet(base, &[], "x").contains(&reserve_style()));
        let style = reserve_style();
        assert!(
            style.contains("min-height:3105px") && style.contains("min-height:2250px"),
            "{style}"
        );
        assert!(style.contains("[layout=card]:not([data-settled]){display:block;min-height:378px}"));
    }

    #[test]
    fn more_mounts_of_the_inline_data_are_counters_reading_the_one_block() {
        let pairs = [
            (OptionName::Count, "inclusive".to_string()),
            (OptionName::Layout, "card".to_string()),
        ];
        assert_eq!(
            more_snippet("https://w.example/mt/", "my-album-data", &pairs, "D+100 <b>"),
            "<milestone-tracker count=\"inclusive\" layout=\"counter\" source=\"#my-album-data\">D+100 &lt;b&gt;</milestone-tracker>\n<script type=\"module\" src=\"https://w.example/mt/embed.js\"></script>"
        );
    }

    #[test]
    fn a_mount_is_a_milestone_tracker_element_holding_its_fallback_line() {
        for layout in ["counter", "line", "card", "full"] {
            let pairs = [(OptionName::Layout, layout.to_string())];
            let snippet = mount_snippet("https://w.example/", &pairs, "Layover: 99 days");
            let element = format!(
                "<milestone-tracker layout=\"{layout}\"><a href=\"https://w.example/index.html?layout={layout}\">Layover: 99 days</a></milestone-tracker>\n"
            );
            assert!(snippet.starts_with(&element), "{snippet}");
        }
    }
}
