//! The snippets a blogger pastes, as a browser parses a post that holds them (html5ever, the HTML5
//! parser of Servo, through `scraper`): for every title of a hostile corpus, in the album, a milestone,
//! the fallback line and the region's label, the post after the snippet is intact, the mount holds its
//! fallback line as text, the data block reads back as the same JSON, and nothing but the snippet's own
//! elements is there (no script but the loader, no style but its reservation, no image, frame or
//! template).
#![cfg(not(target_arch = "wasm32"))]

use milestone_core::words::OptionName;
use milestone_tracker::export::snippet::{
    iframe_snippet, inline_snippet, mount_snippet, reserve_style,
};
use milestone_tracker::DEFAULT_DATASET;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

const BASE: &str = "https://widget.example/mt/";

/// Titles a fan might type, or an attacker might: each breaks a naive snippet some way.
const HOSTILE: &[&str] = &[
    "<!--<script>",
    "</script><p>",
    "<script>alert(1)</script>",
    "</milestone-tracker><script>alert(1)</script>",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "</textarea><img src=x onerror=alert(1)>",
    "<style>*{display:none}</style>",
    "<svg><script>alert(1)</script></svg>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<base href=\"https://evil.example/\">",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<template><p>x</template>",
    "<plaintext>",
    "</body></html><p>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "\" onmouseover=\"alert(1)\" x=\"",
    "' onmouseover='alert(1)' x='",
    "&amp; &lt; &#x3c; &#60 &",
    "\u{2028}\u{2029}",
    "\u{202e}Layover",
    "레이오버 <<<>>>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<?xml version=\"1.0\"?>",
    "<!DOCTYPE html>",
];

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

/// The post: a paragraph, the snippet, a paragraph, a footer.
fn post(snippet: &str) -> Html {
    Html::parse_document(&format!(
        "<!DOCTYPE html><html><head><title>Post</title></head><body><article>\
         <p id=\"before\">Before the snippet.</p>\n{snippet}\n<p id=\"after\">After the snippet.</p>\
         </article><footer id=\"end\">End of the post.</footer></body></html>"
    ))
}

fn text(element: ElementRef) -> String {
    element.text().collect()
}

/// What every snippet must leave: the post around it whole, and nothing it did not mean to write.
fn post_is_intact(doc: &Html, title: &str, iframes: usize) {
    let after = doc
        .select(&selector("article > p#after"))
        .next()
        .unwrap_or_else(|| panic!("{title:?}: the paragraph after the snippet is gone"));
    assert_eq!(text(after), "After the snippet.", "{title:?}");
    let end = doc.select(&selector("body > footer#end")).next();
    assert!(end.is_some(), "{title:?}: the footer is gone");
    let scripts: Vec<_> = doc.select(&selector("script")).collect();
    let loaders = doc
        .select(&selector(&format!(
            "script[type=module][src=\"{BASE}embed.js\"]"
        )))
        .count();
    assert_eq!(loaders, 1, "{title:?}: the loader");
    for script in &scripts {
        let kind = script.value().attr("type");
        assert!(
            matches!(kind, Some("module" | "application/json")),
            "{title:?}: a script the snippet did not write: {}",
            script.html()
        );
    }
    for stray in [
        "img",
        "svg",
        "base",
        "template",
        "plaintext",
        "textarea",
        "a[href^=javascript]",
    ] {
        assert_eq!(
            doc.select(&selector(stray)).count(),
            0,
            "{title:?}: a stray {stray}"
        );
    }
    // The one style is the snippet's own reservation (`reserve_style`), as written.
    for style in doc.select(&selector("style")) {
        assert_eq!(style.html(), reserve_style(), "{title:?}: a stray style");
    }
    assert_eq!(
        doc.select(&selector("iframe")).count(),
        iframes,
        "{title:?}: frames"
    );
}

fn dataset_titled(title: &str) -> Value {
    let mut data: Value = serde_json::from_str(DEFAULT_DATASET).unwrap();
    data["subject"]["album"] = Value::String(title.to_string());
    data["milestones"][0]["title"] = Value::String(title.to_string());
    data
}

#[test]
fn data_inside_the_post_cannot_break_it() {
    for title in HOSTILE {
        let data = dataset_titled(title);
        let fallback = format!("{title}: D+100");
        let pairs = [
            (OptionName::Count, "inclusive".to_string()),
            (OptionName::Label, title.to_string()),
        ];
        let json = serde_json::to_string_pretty(&data).unwrap();
        let doc = post(&inline_snippet(
            BASE,
            "my-album-data",
            &json,
            &pairs,
            &fallback,
        ));
        post_is_intact(&doc, title, 0);
        let mounts: Vec<_> = doc.select(&selector("milestone-tracker")).collect();
        assert_eq!(mounts.len(), 1, "{title:?}");
        assert_eq!(text(mounts[0]), fallback, "{title:?}: the fallback line");
        assert_eq!(mounts[0].value().attr("label"), Some(*title), "{title:?}");
        assert_eq!(mounts[0].value().attr("source"), Some("#my-album-data"));
        let block = doc
            .select(&selector("script[type=\"application/json\"]#my-album-data"))
            .next()
            .unwrap_or_else(|| panic!("{title:?}: the data block"));
        // A comment around the JSON: where <script> is stripped, no data shows as text.
        let block = text(block);
        let inner = block
            .strip_prefix("<!--")
            .and_then(|b| b.strip_suffix("-->"))
            .unwrap_or_else(|| panic!("{title:?}: the data in a comment: {block}"));
        let read: Value = serde_json::from_str(inner).expect("the block is JSON");
        assert_eq!(read, data, "{title:?}: the data as written");
        let loaded = milestone_core::validate::load(&block, &milestone_core::zone::TzDatabase);
        // (A title of spaces alone is refused by the checks, not the reading.)
        assert!(
            loaded
                .problems
                .iter()
                .all(|p| !matches!(p.location, milestone_core::problem::Location::Text(_))),
            "{title:?}: the data as the widget reads it: {:?}",
            loaded.problems
        );
    }
}

#[test]
fn mounts_and_frames_reading_a_file_cannot_break_it() {
    for title in HOSTILE {
        let fallback = format!("{title}: 99 days");
        let pairs = [
            (OptionName::Label, title.to_string()),
            (
                OptionName::Data,
                format!("https://fan.example/{title}.json"),
            ),
        ];
        let doc = post(&mount_snippet(BASE, &pairs, &fallback));
        post_is_intact(&doc, title, 0);
        let mount = doc.select(&selector("milestone-tracker")).next().unwrap();
        assert_eq!(text(mount), fallback, "{title:?}");
        assert_eq!(mount.value().attr("label"), Some(*title), "{title:?}");
        let link = doc
            .select(&selector("milestone-tracker > a"))
            .next()
            .unwrap();
        assert!(
            link.value()
                .attr("href")
                .unwrap()
                .starts_with(&format!("{BASE}index.html?")),
            "{title:?}"
        );

        let doc = post(&iframe_snippet(BASE, &pairs, "Layover: D+100"));
        post_is_intact(&doc, title, 1);
        let frame = doc.select(&selector("iframe")).next().unwrap();
        assert!(
            frame
                .value()
                .attr("src")
                .unwrap()
                .starts_with(&format!("{BASE}index.html?")),
            "{title:?}"
        );
    }
}

/// The Hugo and Jekyll templates write the reservation the editor's snippets write, for the layouts
/// that take one.
#[test]
fn the_site_templates_reserve_as_the_snippets_do() {
    let style = reserve_style();
    for (name, template) in [
        (
            "hugo",
            include_str!("../web/release/hugo/layouts/partials/milestone-tracker.html"),
        ),
        (
            "jekyll",
            include_str!("../web/release/jekyll/_includes/milestone-tracker.html"),
        ),
    ] {
        assert_eq!(template.matches(&style).count(), 1, "{name}: {style}");
        assert!(
            template.contains("counter") && template.contains("line"),
            "{name}"
        );
    }
}
