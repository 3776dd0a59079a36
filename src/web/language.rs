//! Getting the reader's language table when this build does not carry it (a release wasm carries
//! English only): from the page itself (`<script type="application/json" id="milestone-lang-ko">`,
//! as `standalone.html` has them), or from its file beside the wasm. If neither works, the tracker
//! speaks English and says why in the console.

use crate::i18n::{install, Lang};
use crate::web::fetch::fetch_text;
use milestone_core::problem::FetchWhy;

/// How long a language's table may take to arrive, and how large it may be.
const TABLE_TIMEOUT_MS: u32 = 10_000;
const TABLE_MAX_BYTES: usize = 256 * 1024;

pub async fn load(lang: Lang, base_url: &str) {
    let inline = gloo::utils::document()
        .get_element_by_id(&format!("milestone-lang-{}", lang.tag()))
        .and_then(|el| el.text_content());
    if let Some(json) = inline {
        if install(lang, &json) {
            return;
        }
    }
    let url = format!("{base_url}{}", lang.table_file());
    fetch_table(&url, |json| install(lang, json), lang, "table").await;
}

/// `lang`'s table of `kind` ("table", "editor words") from its file at `url`, handed to `install`
/// (which says whether it took it); if it does not come or is refused, the console says why (the
/// caller goes on in English).
pub async fn fetch_table(url: &str, install: impl Fn(&str) -> bool, lang: Lang, kind: &str) {
    let why = match fetch_text(url, TABLE_TIMEOUT_MS, TABLE_MAX_BYTES).await {
        Ok(json) if install(&json) => return,
        Ok(_) => "it is not this build's table".to_string(),
        Err(FetchWhy::Status(status)) => format!("HTTP {status}"),
        Err(_) => "it did not arrive".to_string(),
    };
    web_sys::console::warn_1(
        &format!(
            "milestone tracker: the {} {kind} could not be loaded from {url} ({why}); showing English",
            lang.tag()
        )
        .into(),
    );
}
