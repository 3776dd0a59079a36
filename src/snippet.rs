//! What a blogger pastes: the iframe and in-page snippets for a set of options, and the `#m=<id>`
//! deep link. Pure text; every value is attribute-escaped.

use crate::days::CountMode;
use crate::options::{Options, Theme, ZoneChoice};

/// The options as (name, value) pairs, defaults left out: the same for a query and for `data-*`.
pub fn option_pairs(
    options: &Options,
    count: CountMode,
    zone: &ZoneChoice,
) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if let Some(now) = options.now {
        pairs.push((
            "now",
            now.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        ));
    }
    if let Some(tz) = zone.to_query_value() {
        pairs.push(("tz", tz));
    }
    if count != CountMode::default() {
        pairs.push(("count", count.as_str().to_string()));
    }
    if let Some(lang) = &options.lang {
        pairs.push(("lang", lang.clone()));
    }
    if options.theme != Theme::default() {
        pairs.push(("theme", options.theme.as_str().to_string()));
    }
    pairs
}

/// `count=inclusive&tz=local`, percent-encoding what a query needs encoded.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe snippet, with `embed.js` for automatic height and deep links.
pub fn iframe_snippet(base_url: &str, pairs: &[(&str, String)]) -> String {
    let query = query_string(pairs);
    let src = if query.is_empty() {
        format!("{base_url}index.html")
    } else {
        format!("{base_url}index.html?{query}")
    };
    format!(
        "<iframe src=\"{}\" title=\"Milestone tracker\" loading=\"lazy\" width=\"100%\" height=\"900\" style=\"border:0;max-width:100%\"></iframe>\n<script type=\"module\" src=\"{}\"></script>",
        escape_attribute(&src),
        escape_attribute(&format!("{base_url}embed.js"))
    )
}

/// The in-page snippet: a mount element with `data-*` options and the loader.
pub fn mount_snippet(base_url: &str, pairs: &[(&str, String)]) -> String {
    let attrs: String = pairs
        .iter()
        .map(|(k, v)| format!(" data-{k}=\"{}\"", escape_attribute(v)))
        .collect();
    format!(
        "<div data-milestone-tracker{attrs}></div>\n<script type=\"module\" src=\"{}\"></script>",
        escape_attribute(&format!("{base_url}embed.js"))
    )
}

/// The milestone a URL fragment points at: `#m=<id>` (percent-decoded by `decode`).
pub fn focus_from_hash(hash: &str, decode: impl Fn(&str) -> String) -> Option<String> {
    let id = decode(hash.trim_start_matches('#').strip_prefix("m=")?);
    (!id.is_empty()).then_some(id)
}

/// The directory of a page URL, dropping query and fragment: `https://x.org/a/index.html?q` -> `https://x.org/a/`.
pub fn base_of(url: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let path = &url[..end];
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => format!("{path}/"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::parse_options;

    #[test]
    fn snippets_carry_the_current_options_and_nothing_default() {
        let (options, _) = parse_options([("now", "2023-12-16T09:00:00+09:00"), ("theme", "dark")]);
        let pairs = option_pairs(&options, CountMode::Inclusive, &ZoneChoice::Local);
        let iframe = iframe_snippet("https://fan.example/tracker/", &pairs);
        assert!(iframe.starts_with(
            "<iframe src=\"https://fan.example/tracker/index.html?now=2023-12-16T00:00:00Z&amp;tz=local&amp;count=inclusive&amp;theme=dark\""
        ), "{iframe}");
        assert!(iframe.ends_with(
            "<script type=\"module\" src=\"https://fan.example/tracker/embed.js\"></script>"
        ));
        let mount = mount_snippet("https://fan.example/tracker/", &pairs);
        assert!(mount.starts_with("<div data-milestone-tracker data-now=\"2023-12-16T00:00:00Z\" data-tz=\"local\" data-count=\"inclusive\" data-theme=\"dark\"></div>"), "{mount}");
        let plain = option_pairs(
            &parse_options::<&str, &str>([]).0,
            CountMode::Elapsed,
            &ZoneChoice::Home,
        );
        assert!(plain.is_empty());
        assert!(iframe_snippet("/t/", &plain).starts_with("<iframe src=\"/t/index.html\""));
    }

    #[test]
    fn hostile_values_are_escaped() {
        let pairs = [("tz", "a\"><script>".to_string())];
        assert!(!mount_snippet("\"><b>/", &pairs).contains("<script>"));
        assert!(!iframe_snippet("\"><b>/", &pairs).contains("\"><b>"));
        assert_eq!(
            query_string(&[("now", "2023-12-16T09:00:00+09:00".into())]),
            "now=2023-12-16T09:00:00%2B09:00"
        );
    }

    #[test]
    fn deep_links_and_bases() {
        assert_eq!(
            focus_from_hash("#m=album-600m-spotify", |s| s.to_string()).as_deref(),
            Some("album-600m-spotify")
        );
        assert_eq!(focus_from_hash("#top", |s| s.to_string()), None);
        assert_eq!(focus_from_hash("#m=", |s| s.to_string()), None);
        assert_eq!(
            base_of("https://x.org/a/index.html?q=1#m=x"),
            "https://x.org/a/"
        );
        assert_eq!(base_of("file:///tmp/standalone.html"), "file:///tmp/");
    }
}
