//! `web/embed.js` (the blog loader, plain JavaScript) repeats a few of the app's words: the options it
//! passes from `data-*` attributes, the attribute naming a dataset, the height message and its limit,
//! and the could-not-start sentence in each language (shown when the wasm itself cannot start). Each
//! must agree with the Rust it stands for.
#![cfg(not(target_arch = "wasm32"))]

use milestone_core::product::MAX_IFRAME_HEIGHT;
use milestone_core::words::OptionName;
use milestone_tracker::i18n::Lang;

fn embed_js() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/web/embed.js")).unwrap()
}

/// The text of `const NAME = ...;` in embed.js.
fn constant(js: &str, name: &str) -> String {
    let start = js
        .find(&format!("const {name} = "))
        .unwrap_or_else(|| panic!("embed.js has no const {name}"));
    let rest = &js[start + name.len() + 9..];
    rest[..rest.find(";\n").unwrap()].trim().to_string()
}

#[test]
fn the_options_and_the_source_attribute() {
    let js = embed_js();
    let listed = OptionName::QUERY
        .iter()
        .map(|o| format!("'{}'", o.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    assert_eq!(constant(&js, "OPTIONS"), format!("[{listed}]"));
    assert!(js.contains(&format!(
        "host.getAttribute('{}')",
        OptionName::Source.as_str()
    )));
}

#[test]
fn the_height_message_and_its_limit() {
    let js = embed_js();
    assert_eq!(
        constant(&js, "HEIGHT_MESSAGE"),
        format!("'{}'", milestone_tracker::HEIGHT_MESSAGE)
    );
    assert_eq!(constant(&js, "MAX_HEIGHT"), MAX_IFRAME_HEIGHT.to_string());
}

#[test]
fn the_could_not_start_sentence_in_every_language() {
    let js = embed_js();
    let table = constant(&js, "COULD_NOT_START");
    let entries: Vec<&str> = table
        .trim_matches(|c| c == '{' || c == '}')
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(entries.len(), Lang::ALL.len(), "{table}");
    for lang in Lang::ALL {
        let line = format!("{}: '{}',", lang.tag(), lang.texts().could_not_start);
        assert!(entries.contains(&line.as_str()), "{line} not in {table}");
    }
}
