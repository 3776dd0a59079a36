//! The words `embed.js` (the blog loader, plain JavaScript) shares with the app, as the JSON the build
//! writes into it (`__WORDS__` in `web/embed.js`): the options it passes on from attributes, the
//! attribute naming a dataset, the page's option naming a dataset's URL (for a frame), the message a framed tracker sends its height in and that height's
//! limit, and the sentence for a wasm that cannot start, in every language (the tables cannot speak
//! then), with the tags that name each language and those written right to left. Written from the Rust that defines each, so the two cannot drift apart.

use crate::i18n::Lang;
use milestone_core::json::quote;
use milestone_core::product::{
    MAX_IFRAME_HEIGHT, RESERVE_CARD, RESERVE_FULL_BASE, RESERVE_FULL_PER_WIDTH,
};
use milestone_core::words::OptionName;

/// The words as one JSON object.
pub fn json() -> String {
    let options: Vec<String> = OptionName::QUERY
        .iter()
        .map(|o| quote(o.as_str()))
        .collect();
    let could_not_start: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("{}:{}", quote(l.tag()), quote(l.texts().could_not_start)))
        .collect();
    let lang_tags: Vec<String> = Lang::TAGS
        .iter()
        .map(|(prefix, lang)| format!("[{},{}]", quote(prefix), quote(lang.tag())))
        .collect();
    let rtl: Vec<String> = Lang::ALL
        .iter()
        .filter(|l| l.rtl())
        .map(|l| quote(l.tag()))
        .collect();
    format!(
        r#"{{"options":[{}],"source":{},"dataOption":{},"heightMessage":{},"maxHeight":{},"reserve":{{"base":{},"perWidth":{},"card":{}}},"couldNotStart":{{{}}},"langTags":[{}],"rtl":[{}]}}"#,
        options.join(","),
        quote(OptionName::Source.as_str()),
        quote(OptionName::Data.as_str()),
        quote(crate::HEIGHT_MESSAGE),
        MAX_IFRAME_HEIGHT,
        RESERVE_FULL_BASE,
        RESERVE_FULL_PER_WIDTH,
        RESERVE_CARD,
        could_not_start.join(","),
        lang_tags.join(","),
        rtl.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::json;

    #[test]
    fn the_words_are_json_with_every_language_and_option() {
        let words: serde_json::Value = serde_json::from_str(&json()).expect("valid JSON");
        assert_eq!(words["options"][0], "now");
        assert_eq!(words["source"], "data-source");
        assert_eq!(words["dataOption"], "data");
        assert_eq!(words["heightMessage"], crate::HEIGHT_MESSAGE);
        assert_eq!(words["maxHeight"], 100_000);
        assert_eq!(
            words["couldNotStart"]["ko"],
            "기록 트래커를 시작할 수 없습니다"
        );
        assert_eq!(
            words["couldNotStart"].as_object().unwrap().len(),
            crate::i18n::Lang::ALL.len()
        );
        assert_eq!(
            words["langTags"][11],
            serde_json::json!(["zh-tw", "zh-Hant"])
        );
        assert_eq!(words["rtl"], serde_json::json!(["ar"]));
    }
}
