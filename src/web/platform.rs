//! The browser's services at the edge: the clock, local storage, the clipboard, file downloads and the
//! page's address. Each has a native twin (server rendering, native tests) that reads the system clock
//! or does nothing, written as a whole second function rather than `cfg` blocks inside one.

use milestone_core::calendar::{DateTime, Utc};

/// Milliseconds since the epoch from the real clock.
#[cfg(target_arch = "wasm32")]
pub fn clock_now_ms() -> i64 {
    js_sys::Date::now() as i64
}

#[cfg(not(target_arch = "wasm32"))]
pub fn clock_now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// The clock shifted by `offset_ms` (the `now` option's shift, or an "as of" day's): the one "now".
pub fn clock_now(offset_ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(clock_now_ms().saturating_add(offset_ms)).unwrap_or_default()
}

/// The stored text under `key`, if storage is there and readable (it throws in some sandboxed frames).
#[cfg(target_arch = "wasm32")]
pub fn stored(key: &str) -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn stored(_key: &str) -> Option<String> {
    None
}

/// Stores `text` under `key` where storage allows; a full or refused storage is not an error worth showing.
#[cfg(target_arch = "wasm32")]
pub fn store(key: &str, text: &str) {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        let _ = storage.set_item(key, text);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn store(_key: &str, _text: &str) {}

/// Asks the browser to put `text` on the clipboard, then calls `done` with whether it did: false where
/// there is no clipboard API (an insecure page) or the browser refused (a sandboxed frame, a denied
/// permission), so no button says "copied" for a copy that did not happen.
#[cfg(target_arch = "wasm32")]
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::JsCast;
    let clipboard = super::js::path(&js_sys::global(), &["navigator", "clipboard"]);
    let promise = clipboard
        .is_object()
        .then(|| super::js::call(&clipboard, "writeText", &[&text.into()]).ok())
        .flatten()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        }),
        None => done(false),
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn copy_to_clipboard(_text: &str, done: impl FnOnce(bool) + 'static) {
    done(false);
}

/// Whether this page runs in an opaque origin (a frame sandboxed without `allow-same-origin`, as
/// WordPress frames an embed): no clipboard, no downloads, no storage there.
#[cfg(target_arch = "wasm32")]
pub fn opaque_origin() -> bool {
    super::js::path(&js_sys::global(), &["origin"])
        .as_string()
        .as_deref()
        == Some("null")
}

#[cfg(not(target_arch = "wasm32"))]
pub fn opaque_origin() -> bool {
    false
}

/// Offers `text` as a file download named `name`; false where the browser refuses.
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    download_bytes(name, mime, text.as_bytes())
}

/// Offers `bytes` (a calendar, a zip) as a file download named `name`; false where the browser refuses.
#[cfg(target_arch = "wasm32")]
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let offered = download_url(name, &url);
    // The click has started the download; the URL goes after the browser has read it.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    offered
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download_bytes(_name: &str, _mime: &str, _bytes: &[u8]) -> bool {
    false
}

/// Offers a URL (a drawn card's `data:` URL, a Blob's URL) as a download named `name`.
#[cfg(target_arch = "wasm32")]
pub fn download_url(name: &str, url: &str) -> bool {
    let Some(link) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(url);
    link.set_download(name);
    link.click();
    true
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download_url(_name: &str, _url: &str) -> bool {
    false
}

/// This page's address: in a blog, the blog post; in the tracker's page or frame, that page.
#[cfg(target_arch = "wasm32")]
pub fn page_url() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn page_url() -> String {
    String::new()
}

/// The page's fragment (`#m=...`), empty when it has none.
#[cfg(target_arch = "wasm32")]
pub fn page_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn page_hash() -> String {
    String::new()
}

/// Undoes percent-encoding (`decodeURIComponent`); text that is not valid encoding is kept as it is.
#[cfg(target_arch = "wasm32")]
pub fn decode_component(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn decode_component(s: &str) -> String {
    s.to_string()
}

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// `url` made absolute against `base` (a page's address), as the browser resolves it; as given where
/// it cannot be.
#[cfg(target_arch = "wasm32")]
pub fn absolute_url(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url, base).map_or_else(|_| url.to_string(), |u| u.href())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn absolute_url(url: &str, _base: &str) -> String {
    url.to_string()
}
