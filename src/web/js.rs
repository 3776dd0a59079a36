//! Calling the browser's JavaScript where web-sys has no binding the widget carries (`Intl`, `fetch`'s
//! streams, the clipboard, `postMessage`'s plain objects): the one set of `js_sys::Reflect` helpers
//! the browser edge uses. Every failure is an `Err` or `undefined`, never an abort.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[key]`, `undefined` where it cannot be read.
pub fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// `globalThis[key]` (`Intl`, `navigator`, `AbortController`).
pub fn global(key: &str) -> JsValue {
    get(&js_sys::global(), key)
}

/// `target[a][b]...`, `undefined` from the first part that is missing.
pub fn path(target: &JsValue, keys: &[&str]) -> JsValue {
    keys.iter()
        .fold(target.clone(), |at, key| match at.is_object() {
            true => get(&at, key),
            false => JsValue::UNDEFINED,
        })
}

/// `target[method](...args)`, with a thrown exception, or a method that is not a function, as `Err`.
pub fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, method).dyn_into()?;
    match args {
        [] => f.call0(target),
        [a] => f.call1(target, a),
        [a, b] => f.call2(target, a, b),
        _ => f.apply(target, &args.iter().copied().collect::<Array>()),
    }
}

/// `new ctor(...args)`.
pub fn construct(ctor: &JsValue, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let ctor: &Function = ctor.dyn_ref().ok_or(JsValue::UNDEFINED)?;
    Reflect::construct(ctor, &args.iter().copied().collect::<Array>())
}

/// A plain object with these properties (`{ credentials: "omit", mode: "cors" }`).
pub fn object(properties: &[(&str, &JsValue)]) -> Object {
    let out = Object::new();
    for (key, value) in properties {
        let _ = Reflect::set(&out, &(*key).into(), value);
    }
    out
}

/// A JavaScript array's strings (other items left out); empty for anything else.
pub fn strings(list: &JsValue) -> Vec<String> {
    list.dyn_ref::<Array>()
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}
