//! The browser at the edge: `Intl` for zone offsets (any IANA zone), the reader's own zone and
//! locale-aware numbers and dates; the clock; the clipboard; local storage; file downloads; the
//! share card's canvas. Natively (tests, server rendering) it falls back to plain forms and does nothing.

use crate::zone::{UnknownZone, Zones};
use chrono::{DateTime, NaiveDate, Utc};

/// Zone answers from `Intl.DateTimeFormat` (no tz database shipped in the wasm).
#[derive(Default)]
pub struct IntlZones {
    #[cfg(target_arch = "wasm32")]
    formatters: std::cell::RefCell<std::collections::HashMap<String, Option<js_sys::Object>>>,
}

#[cfg(target_arch = "wasm32")]
mod js {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    /// `new Intl[name](locale, options)`, with a thrown RangeError as `Err` instead of an abort.
    pub fn construct(
        name: &str,
        locale: &str,
        options: &[(&str, &str)],
    ) -> Result<Object, JsValue> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into())?;
        let ctor: Function = Reflect::get(&intl, &name.into())?.dyn_into()?;
        let opts = Object::new();
        for (key, value) in options {
            Reflect::set(&opts, &(*key).into(), &(*value).into())?;
        }
        let locale = if locale.is_empty() {
            JsValue::UNDEFINED
        } else {
            locale.into()
        };
        let args = Array::of2(&locale, &opts);
        Reflect::construct(&ctor, &args).map(Into::into)
    }

    pub fn call(obj: &Object, method: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
        let f: Function = Reflect::get(obj, &method.into())?.dyn_into()?;
        f.call1(obj, arg)
    }

    /// A formatter for `locale`, or for the browser's default when the tag is one Intl refuses.
    pub fn formatter(name: &str, locale: &str, options: &[(&str, &str)]) -> Option<Object> {
        construct(name, locale, options)
            .or_else(|_| construct(name, "", options))
            .ok()
    }
}

#[cfg(target_arch = "wasm32")]
impl IntlZones {
    fn formatter(&self, zone: &str) -> Option<js_sys::Object> {
        let mut cache = self.formatters.borrow_mut();
        cache
            .entry(zone.to_string())
            .or_insert_with(|| {
                let options = [
                    ("timeZone", zone),
                    ("hourCycle", "h23"),
                    ("year", "numeric"),
                    ("month", "numeric"),
                    ("day", "numeric"),
                    ("hour", "numeric"),
                    ("minute", "numeric"),
                    ("second", "numeric"),
                ];
                js::construct("DateTimeFormat", "en-US", &options).ok()
            })
            .clone()
    }
}

impl Zones for IntlZones {
    #[cfg(target_arch = "wasm32")]
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        use wasm_bindgen::JsCast;
        let unknown = || UnknownZone(zone.to_string());
        let dtf = self.formatter(zone).ok_or_else(unknown)?;
        let whole_seconds = at.timestamp();
        let date = js_sys::Date::new(&((whole_seconds as f64) * 1000.0).into());
        let parts: js_sys::Array = js::call(&dtf, "formatToParts", &date)
            .map_err(|_| unknown())?
            .dyn_into()
            .map_err(|_| unknown())?;
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let get = |k: &str| {
                js_sys::Reflect::get(&part, &k.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            let (Some(kind), Some(value)) = (get("type"), get("value")) else {
                continue;
            };
            let slot = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            fields[slot] = value.parse().map_err(|_| unknown())?;
        }
        let [y, mo, d, h, mi, s] = fields;
        let local = NaiveDate::from_ymd_opt(y as i32, mo as u32, d as u32)
            .and_then(|date| date.and_hms_opt((h % 24) as u32, mi as u32, s as u32))
            .ok_or_else(unknown)?;
        Ok((local.and_utc().timestamp() - whole_seconds) as i32)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        crate::zone::UtcOnly.offset_seconds(zone, at)
    }
}

/// The reader's own IANA zone, as the browser reports it.
pub fn local_zone_name() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let dtf = js::construct("DateTimeFormat", "", &[]).ok()?;
        let resolved = js::call(&dtf, "resolvedOptions", &wasm_bindgen::JsValue::UNDEFINED).ok()?;
        js_sys::Reflect::get(&resolved, &"timeZone".into())
            .ok()?
            .as_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Milliseconds since the epoch from the real clock.
pub fn clock_now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<(&'static str, String), Option<js_sys::Object>>> =
        Default::default();
}

/// One cached Intl object per kind and language: formatters and plural rules are built once.
#[cfg(target_arch = "wasm32")]
fn intl(kind: &'static str, lang: &str) -> Option<js_sys::Object> {
    let (ctor, options): (&str, &[(&str, &str)]) = match kind {
        "number" => ("NumberFormat", &[]),
        "compact" => ("NumberFormat", &[("notation", "compact")]),
        "plural" => ("PluralRules", &[]),
        "date" => (
            "DateTimeFormat",
            &[
                ("timeZone", "UTC"),
                ("year", "numeric"),
                ("month", "long"),
                ("day", "numeric"),
            ],
        ),
        "month" => (
            "DateTimeFormat",
            &[("timeZone", "UTC"), ("year", "numeric"), ("month", "long")],
        ),
        _ => return None,
    };
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((kind, lang.to_string()))
            .or_insert_with(|| js::formatter(ctor, lang, options))
            .clone()
    })
}

#[cfg(target_arch = "wasm32")]
fn format_with(kind: &'static str, lang: &str, value: &wasm_bindgen::JsValue) -> Option<String> {
    js::call(&intl(kind, lang)?, "format", value)
        .ok()?
        .as_string()
}

/// Noon UTC of a calendar date as a JS Date: formatted with timeZone UTC, it is that date everywhere.
#[cfg(target_arch = "wasm32")]
fn noon_utc(date: NaiveDate) -> wasm_bindgen::JsValue {
    let ms = date
        .and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp_millis() as f64)
        .unwrap_or_default();
    js_sys::Date::new(&ms.into()).into()
}

/// `600,000,000` in English, `600.000.000` in German: the reader's locale (or `lang`).
pub fn format_number(n: u64, lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = format_with("number", lang, &(n as f64).into()) {
        return s;
    }
    let _ = lang;
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A calendar date in words (`8 September 2023`, `September 8, 2023`), never shifted by the reader's zone.
pub fn format_date(date: NaiveDate, lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = format_with("date", lang, &noon_utc(date)) {
        return s;
    }
    fallback_date(date, lang, "%B %-d, %Y")
}

/// Natively (the build-time prerender, in English) chrono writes what `Intl` writes for `en`; elsewhere,
/// or in a browser without `Intl`, the ISO form.
fn fallback_date(date: NaiveDate, lang: &str, english: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if lang.starts_with("en") {
        return date.format(english).to_string();
    }
    let _ = (lang, english);
    date.to_string()
}

/// A month in words (`October 2023`).
pub fn format_month(year: i32, month: u32, lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = NaiveDate::from_ymd_opt(year, month, 15)
        .and_then(|d| format_with("month", lang, &noon_utc(d)))
    {
        return s;
    }
    match NaiveDate::from_ymd_opt(year, month, 1) {
        Some(first) if cfg!(not(target_arch = "wasm32")) => fallback_date(first, lang, "%B %Y"),
        _ => format!("{year:04}-{month:02}"),
    }
}

/// Asks the browser to put `text` on the clipboard; false where there is no clipboard API (an insecure
/// page, or natively). The copy itself completes asynchronously.
pub fn copy_to_clipboard(text: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
        let clipboard = navigator
            .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
            .filter(|c| c.is_object());
        if let Some(clipboard) = clipboard {
            return js_sys::Object::try_from(&clipboard)
                .map(|c| js::call(c, "writeText", &text.into()).is_ok())
                .unwrap_or(false);
        }
    }
    let _ = text;
    false
}

/// The stored text under `key`, if storage is there and readable (it throws in some sandboxed frames).
pub fn stored(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

/// Stores `text` under `key` where storage allows; a full or refused storage is not an error worth showing.
pub fn store(key: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        let _ = storage.set_item(key, text);
    }
    let _ = (key, text);
}

/// Offers `text` as a file download named `name`; false where the browser refuses.
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return false;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return false;
        };
        let offered = download_url(name, &url);
        let _ = web_sys::Url::revoke_object_url(&url);
        return offered;
    }
    #[allow(unreachable_code)]
    {
        let _ = (name, mime, text);
        false
    }
}

/// This page's address with `#m=<id>`: in a blog, the blog post; in the tracker's page or frame, that page.
pub fn milestone_link(id: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let href = gloo::utils::window().location().href().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let href = String::new();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}#m={id}")
}

/// Draws a milestone's share card and returns it as a PNG `data:` URL.
pub fn share_card_png(card: &crate::share_card::CardText) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::share_card::{wrap, CARD_HEIGHT, CARD_WIDTH};
        use wasm_bindgen::JsCast;
        let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        canvas.set_width(CARD_WIDTH);
        canvas.set_height(CARD_HEIGHT);
        let ctx: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let (w, h) = (f64::from(CARD_WIDTH), f64::from(CARD_HEIGHT));
        ctx.set_fill_style_str("#141218");
        ctx.fill_rect(0.0, 0.0, w, h);
        ctx.set_fill_style_str("#b9a4ff");
        ctx.fill_rect(0.0, 0.0, 18.0, h);
        let font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif";
        let mut y = 100.0;
        let mut write = |text: &str,
                         size: f64,
                         weight: u32,
                         colour: &str,
                         max_chars: usize,
                         max_lines: usize,
                         gap: f64| {
            ctx.set_font(&format!("{weight} {size}px {font}"));
            ctx.set_fill_style_str(colour);
            for line in wrap(text, max_chars).iter().take(max_lines) {
                let _ = ctx.fill_text(line, 80.0, y);
                y += size * 1.25;
            }
            y += gap;
        };
        write(&card.album, 30.0, 600, "#b0a9bf", 60, 1, 30.0);
        write(&card.title, 56.0, 700, "#ece8f4", 34, 3, 18.0);
        if let Some(figure) = &card.figure {
            write(figure, 46.0, 700, "#b9a4ff", 40, 1, 10.0);
        }
        write(&card.when, 30.0, 400, "#b0a9bf", 64, 1, 16.0);
        if let Some(record) = &card.record {
            write(record, 28.0, 500, "#ece8f4", 68, 3, 0.0);
        }
        return canvas.to_data_url_with_type("image/png").ok();
    }
    #[allow(unreachable_code)]
    {
        let _ = card;
        None
    }
}

/// Offers a URL (a drawn card's `data:` URL, a Blob's URL) as a download named `name`.
pub fn download_url(name: &str, url: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
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
        return true;
    }
    #[allow(unreachable_code)]
    {
        let _ = (name, url);
        false
    }
}

/// The CLDR plural category of `n` in `lang`, from `Intl.PluralRules` (natively: English's rule).
pub fn plural(lang: &str, n: i64) -> crate::i18n::Plural {
    #[cfg(target_arch = "wasm32")]
    {
        let rules = intl("plural", lang);
        if let Some(category) = rules
            .and_then(|r| js::call(&r, "select", &(n as f64).into()).ok())
            .and_then(|c| c.as_string())
        {
            return crate::i18n::Plural::from_category(&category);
        }
    }
    let _ = lang;
    if n.abs() == 1 {
        crate::i18n::Plural::One
    } else {
        crate::i18n::Plural::Other
    }
}

/// The reader's languages, most preferred first (`navigator.languages`).
pub fn reader_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
        let languages = navigator.and_then(|n| js_sys::Reflect::get(&n, &"languages".into()).ok());
        if let Some(list) = languages.and_then(|l| l.dyn_into::<js_sys::Array>().ok()) {
            return list.iter().filter_map(|v| v.as_string()).collect();
        }
    }
    Vec::new()
}

/// A short form of a large number where the language has one (`6억`, `6億`); `None` otherwise.
pub fn format_compact(n: u64, lang: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        return format_with("compact", lang, &(n as f64).into());
    }
    #[allow(unreachable_code)]
    {
        let _ = (n, lang);
        None
    }
}

/// Undoes percent-encoding (`decodeURIComponent`); text that is not valid encoding is kept as it is.
pub fn decode_component(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(decoded) = js_sys::decode_uri_component(s)
        .ok()
        .and_then(|v| v.as_string())
    {
        return decoded;
    }
    s.to_string()
}
