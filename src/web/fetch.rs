//! Fetching a text file from a URL, the way the widget needs it: without credentials, with a time limit
//! and a size limit (counted while it arrives, and stopped past the limit), and failures told apart:
//! an HTTP status, a host that refuses another origin (CORS), a network failure, a timeout, a file too
//! large. Written with `web::js` over the browser's `fetch`, so no web-sys bindings are added.

use super::js::{self, call, get};
use js_sys::{Promise, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use milestone_core::problem::FetchWhy;

fn construct(name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    js::construct(&js::global(name), args)
}

async fn wait(promise: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(promise.dyn_into::<Promise>()?).await
}

/// `fetch(url)` as `mode` (`cors` or `no-cors`), without credentials, aborted by `signal`; revalidated
/// with the host (`cache: "no-cache"`), so a file updated behind `Cache-Control: max-age` shows on the
/// next load.
fn request(url: &str, mode: &str, signal: &JsValue) -> Result<JsValue, JsValue> {
    let init = js::object(&[
        ("credentials", &"omit".into()),
        ("mode", &mode.into()),
        ("cache", &"no-cache".into()),
        ("signal", signal),
    ]);
    call(&js_sys::global(), "fetch", &[&url.into(), &init])
}

/// The text at `url`, within `timeout_ms` and `max_bytes`.
pub async fn fetch_text(url: &str, timeout_ms: u32, max_bytes: usize) -> Result<String, FetchWhy> {
    let controller = construct("AbortController", &[]).map_err(|_| FetchWhy::Network)?;
    let signal = get(&controller, "signal");
    let timed_out = Rc::new(Cell::new(false));
    let abort = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        wasm_bindgen::closure::Closure::once_into_js(move || {
            timed_out.set(true);
            let _ = call(&controller, "abort", &[]);
        })
    };
    let timer = call(
        &js_sys::global(),
        "setTimeout",
        &[&abort, &JsValue::from(timeout_ms)],
    )
    .ok();
    let result = fetch_within(url, &controller, &signal, max_bytes).await;
    if let Some(timer) = timer {
        let _ = call(&js_sys::global(), "clearTimeout", &[&timer]);
    }
    match result {
        Err(_) if timed_out.get() => Err(FetchWhy::Timeout),
        Err(FetchWhy::Network) => Err(refused_or_unreachable(url).await),
        other => other,
    }
}

async fn fetch_within(
    url: &str,
    controller: &JsValue,
    signal: &JsValue,
    max_bytes: usize,
) -> Result<String, FetchWhy> {
    let response = wait(request(url, "cors", signal).map_err(|_| FetchWhy::NotHttp)?)
        .await
        .map_err(|_| FetchWhy::Network)?;
    if !get(&response, "ok").is_truthy() {
        let status = get(&response, "status").as_f64().unwrap_or(0.0) as u16;
        return Err(FetchWhy::Status(status));
    }
    // A host that answers 200 with a web page (a login or parking page) sent no data.
    let media_type = call(&get(&response, "headers"), "get", &[&"content-type".into()])
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if media_type.to_ascii_lowercase().contains("text/html") {
        let _ = call(controller, "abort", &[]);
        return Err(FetchWhy::NotData);
    }
    let declared = call(
        &get(&response, "headers"),
        "get",
        &[&"content-length".into()],
    )
    .ok()
    .and_then(|v| v.as_string())
    .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max_bytes) {
        let _ = call(controller, "abort", &[]);
        return Err(FetchWhy::TooLarge);
    }
    // Read the body as it arrives, and stop past the limit (a length header can be absent or wrong).
    let reader = call(&get(&response, "body"), "getReader", &[]).map_err(|_| FetchWhy::Network)?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let read = call(&reader, "read", &[]).map_err(|_| FetchWhy::Network)?;
        let chunk = wait(read).await.map_err(|_| FetchWhy::Network)?;
        if get(&chunk, "done").is_truthy() {
            break;
        }
        let value: Uint8Array = get(&chunk, "value")
            .dyn_into()
            .map_err(|_| FetchWhy::Network)?;
        if bytes.len() + value.length() as usize > max_bytes {
            let _ = call(controller, "abort", &[]);
            return Err(FetchWhy::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// After a failed CORS fetch: a request that does not need the host's permission tells a host that
/// answered but refused this origin (an opaque answer) from one that did not answer at all.
async fn refused_or_unreachable(url: &str) -> FetchWhy {
    let Ok(controller) = construct("AbortController", &[]) else {
        return FetchWhy::Network;
    };
    match request(url, "no-cors", &get(&controller, "signal")) {
        Ok(promise) => match wait(promise).await {
            Ok(_) => FetchWhy::Cors,
            Err(_) => FetchWhy::Network,
        },
        Err(_) => FetchWhy::Network,
    }
}

/// What a host sent back to a request of this page.
pub struct Sent {
    pub status: u16,
    /// `Content-Type`, as sent (empty when absent).
    pub media_type: String,
    /// `Access-Control-Allow-Origin`, where this page may read it (its own site's answers); `None`
    /// when absent, or unreadable because the host is another site that let this page in.
    pub allow_origin: Option<String>,
    /// Whether the answer came from this page's own site.
    pub same_site: bool,
    pub body: Vec<u8>,
}

/// Why nothing could be read from a host.
pub enum NotSent {
    /// It answered, but not to another site (no `Access-Control-Allow-Origin`).
    Refused,
    /// Nothing answered.
    Unreachable,
}

/// `url` fetched as a blog on another site fetches the tracker's files (CORS, no credentials,
/// revalidated), its body cut at `max_bytes`.
pub async fn probe(url: &str, max_bytes: usize) -> Result<Sent, NotSent> {
    let controller = construct("AbortController", &[]).map_err(|_| NotSent::Unreachable)?;
    let signal = get(&controller, "signal");
    let promise = request(url, "cors", &signal).map_err(|_| NotSent::Unreachable)?;
    let Ok(response) = wait(promise).await else {
        return Err(match refused_or_unreachable(url).await {
            FetchWhy::Cors => NotSent::Refused,
            _ => NotSent::Unreachable,
        });
    };
    let header = |name: &str| {
        call(&get(&response, "headers"), "get", &[&name.into()])
            .ok()
            .and_then(|v| v.as_string())
    };
    let page_origin = js::path(&js_sys::global(), &["location", "origin"]).as_string();
    let response_url = get(&response, "url").as_string().unwrap_or_default();
    let same_site = page_origin.is_some_and(|o| response_url.starts_with(&format!("{o}/")));
    let mut body = Vec::new();
    if let Ok(buffer) = call(&response, "arrayBuffer", &[]) {
        if let Ok(buffer) = wait(buffer).await {
            let bytes = Uint8Array::new(&buffer);
            body = vec![0; (bytes.length() as usize).min(max_bytes)];
            bytes.subarray(0, body.len() as u32).copy_to(&mut body);
        }
    }
    Ok(Sent {
        status: get(&response, "status").as_f64().unwrap_or(0.0) as u16,
        media_type: header("content-type").unwrap_or_default(),
        allow_origin: header("access-control-allow-origin"),
        same_site,
        body,
    })
}
