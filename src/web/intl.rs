//! The browser's `Intl` answers the core's and the tables' questions: zone offsets for any IANA zone
//! (no tz database in the wasm), the reader's own zone and languages, and the `Locale` of a language
//! (plural rules, numbers, compact numbers, dates). Formatters are built once per kind and language.

use super::js;
use crate::i18n::{Lang, Language, Locale, Plural};
use js_sys::{Array, Object};
use milestone_core::calendar::{DateTime, NaiveDate, Utc};
use milestone_core::zone::{UnknownZone, Zones};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The `Intl` objects the widget uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum IntlKind {
    Number,
    Compact,
    Plural,
    Date,
    Month,
}

impl IntlKind {
    /// The constructor and its options.
    fn recipe(self) -> (&'static str, &'static [(&'static str, &'static str)]) {
        match self {
            IntlKind::Number => ("NumberFormat", &[]),
            IntlKind::Compact => ("NumberFormat", &[("notation", "compact")]),
            IntlKind::Plural => ("PluralRules", &[]),
            IntlKind::Date => (
                "DateTimeFormat",
                &[
                    ("timeZone", "UTC"),
                    ("year", "numeric"),
                    ("month", "long"),
                    ("day", "numeric"),
                ],
            ),
            IntlKind::Month => (
                "DateTimeFormat",
                &[("timeZone", "UTC"), ("year", "numeric"), ("month", "long")],
            ),
        }
    }
}

/// `new Intl[name](locale, options)`, with a thrown RangeError as `Err` instead of an abort.
fn construct(name: &str, locale: &str, options: &[(&str, &str)]) -> Result<Object, JsValue> {
    let options: Vec<(&str, JsValue)> = options.iter().map(|(k, v)| (*k, (*v).into())).collect();
    let options: Vec<(&str, &JsValue)> = options.iter().map(|(k, v)| (*k, v)).collect();
    let locale = if locale.is_empty() {
        JsValue::UNDEFINED
    } else {
        locale.into()
    };
    let ctor = js::get(&js::global("Intl"), name);
    js::construct(&ctor, &[&locale, &js::object(&options)]).map(Into::into)
}

fn call(obj: &Object, method: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
    js::call(obj, method, &[arg])
}

thread_local! {
    static FORMATTERS: RefCell<Vec<(IntlKind, &'static str, Option<Object>)>> = const { RefCell::new(Vec::new()) };
}

/// One cached formatter per kind and language (the browser's default when it refuses the tag).
fn formatter(kind: IntlKind, lang: &'static str) -> Option<Object> {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, _, found)) = cache.iter().find(|(k, l, _)| *k == kind && *l == lang) {
            return found.clone();
        }
        let (ctor, options) = kind.recipe();
        let made = construct(ctor, lang, options)
            .or_else(|_| construct(ctor, "", options))
            .ok();
        cache.push((kind, lang, made.clone()));
        made
    })
}

fn format_with(kind: IntlKind, lang: &'static str, value: &JsValue) -> Option<String> {
    call(&formatter(kind, lang)?, "format", value)
        .ok()?
        .as_string()
}

/// Noon UTC of a calendar date as a JS Date: formatted with timeZone UTC, it is that date everywhere.
fn noon_utc(date: NaiveDate) -> JsValue {
    let ms = date
        .and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp_millis() as f64)
        .unwrap_or_default();
    js_sys::Date::new(&ms.into()).into()
}

/// A language's locale from `Intl`; where `Intl` is missing, plain digits and ISO dates.
pub struct IntlLocale {
    pub tag: &'static str,
}

/// `lang` with its table and `Intl`'s locale; English, its numbers and dates too, while `lang`'s table
/// has not arrived. The one place that choice is made.
pub fn language(lang: Lang) -> Language {
    let lang = lang.or_english();
    Language::new(lang, std::rc::Rc::new(IntlLocale { tag: lang.tag() }))
}

impl Locale for IntlLocale {
    fn plural(&self, n: i64) -> Plural {
        formatter(IntlKind::Plural, self.tag)
            .and_then(|rules| call(&rules, "select", &(n as f64).into()).ok())
            .and_then(|c| c.as_string())
            .map_or(Plural::Other, |c| Plural::from_category(&c))
    }

    fn number(&self, n: u64) -> String {
        format_with(IntlKind::Number, self.tag, &(n as f64).into()).unwrap_or_else(|| n.to_string())
    }

    fn compact(&self, n: u64) -> Option<String> {
        format_with(IntlKind::Compact, self.tag, &(n as f64).into())
    }

    fn date(&self, date: NaiveDate) -> String {
        format_with(IntlKind::Date, self.tag, &noon_utc(date)).unwrap_or_else(|| date.to_string())
    }

    fn month(&self, year: i32, month: u32) -> String {
        NaiveDate::from_ymd_opt(year, month, 15)
            .and_then(|d| format_with(IntlKind::Month, self.tag, &noon_utc(d)))
            .unwrap_or_else(|| format!("{year:04}-{month:02}"))
    }
}

/// Zone answers from `Intl.DateTimeFormat`: the wall clock of the zone at an instant, minus the instant.
#[derive(Default)]
pub struct IntlZones {
    formatters: RefCell<Vec<(String, Option<Object>)>>,
}

impl IntlZones {
    fn formatter(&self, zone: &str) -> Option<Object> {
        let mut cache = self.formatters.borrow_mut();
        if let Some((_, found)) = cache.iter().find(|(z, _)| z == zone) {
            return found.clone();
        }
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
        let made = construct("DateTimeFormat", "en-US", &options).ok();
        cache.push((zone.to_string(), made.clone()));
        made
    }
}

impl Zones for IntlZones {
    fn offset_seconds(&self, zone: &str, at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        let unknown = || UnknownZone(zone.to_string());
        let dtf = self.formatter(zone).ok_or_else(unknown)?;
        let whole_seconds = at.timestamp();
        let date = js_sys::Date::new(&((whole_seconds as f64) * 1000.0).into());
        let parts: Array = call(&dtf, "formatToParts", &date)
            .map_err(|_| unknown())?
            .dyn_into()
            .map_err(|_| unknown())?;
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let get = |k: &str| js::get(&part, k).as_string();
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
}

/// The reader's own IANA zone, as the browser reports it.
pub fn local_zone_name() -> Option<String> {
    let dtf = construct("DateTimeFormat", "", &[]).ok()?;
    let resolved = call(&dtf, "resolvedOptions", &JsValue::UNDEFINED).ok()?;
    js::get(&resolved, "timeZone").as_string()
}

/// The reader's languages, most preferred first (`navigator.languages`).
pub fn reader_languages() -> Vec<String> {
    js::strings(&js::path(&js_sys::global(), &["navigator", "languages"]))
}
