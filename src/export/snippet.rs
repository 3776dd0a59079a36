//! What a blogger pastes: the iframe and in-page snippets for a set of options. Pure text; every value
//! is attribute-escaped.

use super::html::escape as escape_attribute;
use milestone_core::link::encode_query_value;
use milestone_core::options::Layout;
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

fn loader(base_url: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>",
        escape_attribute(&format!("{base_url}embed.js"))
    )
}

/// The iframe snippet, with `embed.js` for automatic height and deep links.
pub fn iframe_snippet(base_url: &str, pairs: &[(OptionName, String)]) -> String {
    let query = query_string(pairs);
    let src = if query.is_empty() {
        format!("{base_url}index.html")
    } else {
        format!("{base_url}index.html?{query}")
    };
    let height = layout_of(pairs).iframe_height();
    format!(
        "<iframe src=\"{}\" title=\"Milestone tracker\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\"></iframe>\n{}",
        escape_attribute(&src),
        loader(base_url)
    )
}

/// The in-page snippet with the data inside: a mount reading the JSON script beside it (`id`), and the
/// loader. The JSON is escaped for HTML (`html::json_for_html`), so no text in it can break the post.
pub fn inline_snippet(
    base_url: &str,
    id: &str,
    json: &str,
    pairs: &[(OptionName, String)],
) -> String {
    let mut with_source = pairs.to_vec();
    with_source.push((OptionName::Data, format!("#{id}")));
    let mount = mount_snippet(base_url, &with_source);
    let (mount, loader) = mount.split_once('\n').unwrap_or((&mount, ""));
    format!(
        "{mount}\n<script type=\"application/json\" id=\"{}\">{}</script>\n{loader}",
        escape_attribute(id),
        super::html::json_for_html(json.trim())
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

/// The in-page snippet: a mount element with `data-*` options (the data's URL as `data-source`) and
/// the loader.
pub fn mount_snippet(base_url: &str, pairs: &[(OptionName, String)]) -> String {
    let attrs: String = pairs
        .iter()
        .map(|(name, v)| {
            let name = match name {
                OptionName::Data => OptionName::Source.as_str(),
                other => &format!("data-{}", other.as_str()),
            };
            format!(" {name}=\"{}\"", escape_attribute(v))
        })
        .collect();
    // A counter or a line sits in a sentence: a <div> would close the paragraph around it.
    let inline = matches!(layout_of(pairs), Layout::Counter | Layout::Line);
    let tag = if inline { "span" } else { "div" };
    format!(
        "<{tag} data-milestone-tracker{attrs}></{tag}>\n{}",
        loader(base_url)
    )
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
        let iframe = iframe_snippet("https://fan.example/tracker/", &pairs);
        assert!(iframe.starts_with(
            "<iframe src=\"https://fan.example/tracker/index.html?now=2023-12-16T00:00:00Z&amp;tz=local&amp;count=inclusive&amp;theme=dark\""
        ), "{iframe}");
        // The full tracker's height in a 360 px column (the layout's own, see product::iframe_height).
        assert!(iframe.contains("height=\"3627\""), "{iframe}");
        let card = [(OptionName::Layout, "card".to_string())];
        assert!(iframe_snippet("https://fan.example/", &card).contains("height=\"410\""));
        assert!(iframe.ends_with(
            "<script type=\"module\" src=\"https://fan.example/tracker/embed.js\"></script>"
        ));
        let mount = mount_snippet("https://fan.example/tracker/", &pairs);
        assert!(mount.starts_with("<div data-milestone-tracker data-now=\"2023-12-16T00:00:00Z\" data-tz=\"local\" data-count=\"inclusive\" data-theme=\"dark\"></div>"), "{mount}");
        let plain = option_pairs(&Options::default(), CountMode::Elapsed, &ZoneChoice::Home);
        assert!(iframe_snippet("/t/", &plain).starts_with("<iframe src=\"/t/index.html\""));
    }

    #[test]
    fn a_data_url_goes_to_the_query_and_to_data_source() {
        let (options, _) = parse_options([("data", "https://fan.example/data/album.json?v=2&x=1")]);
        let pairs = option_pairs(&options, CountMode::Elapsed, &ZoneChoice::Home);
        let iframe = iframe_snippet("https://cdn.example/mt/", &pairs);
        assert!(iframe.starts_with("<iframe src=\"https://cdn.example/mt/index.html?data=https://fan.example/data/album.json%3Fv%3D2%26x%3D1\""), "{iframe}");
        let mount = mount_snippet("https://cdn.example/mt/", &pairs);
        assert!(mount.starts_with("<div data-milestone-tracker data-source=\"https://fan.example/data/album.json?v=2&amp;x=1\"></div>"), "{mount}");
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
        assert!(!mount_snippet("\"><b>/", &pairs).contains("<script>"));
        assert!(!iframe_snippet("\"><b>/", &pairs).contains("\"><b>"));
        assert_eq!(
            query_string(&[(OptionName::Now, "2023-12-16T09:00:00+09:00".into())]),
            "now=2023-12-16T09:00:00%2B09:00"
        );
    }

    #[test]
    fn data_inside_a_snippet_cannot_break_the_post() {
        let json = r#"{"subject":{"album":"<!--<script>","artist":"</script><p>&"}}"#;
        let pairs = [(OptionName::Count, "inclusive".to_string())];
        let snippet = inline_snippet("https://w.example/mt/", "my-album-data", json, &pairs);
        assert_eq!(
            snippet.lines().next(),
            Some(
                r##"<div data-milestone-tracker data-count="inclusive" data-source="#my-album-data"></div>"##
            )
        );
        let data = snippet.lines().nth(1).unwrap();
        let inner = data
            .strip_prefix(r#"<script type="application/json" id="my-album-data">"#)
            .and_then(|d| d.strip_suffix("</script>"))
            .unwrap();
        assert!(!inner.contains(['<', '>', '&']), "{inner}");
        assert!(snippet
            .ends_with(r#"<script type="module" src="https://w.example/mt/embed.js"></script>"#));
    }

    #[test]
    fn a_counter_or_a_line_is_a_span_that_keeps_its_paragraph() {
        for (layout, tag) in [
            ("counter", "span"),
            ("line", "span"),
            ("card", "div"),
            ("full", "div"),
        ] {
            let pairs = [(OptionName::Layout, layout.to_string())];
            let snippet = mount_snippet("https://w.example/", &pairs);
            assert!(
                snippet.starts_with(&format!(
                    "<{tag} data-milestone-tracker data-layout=\"{layout}\"></{tag}>"
                )),
                "{snippet}"
            );
        }
    }
}
