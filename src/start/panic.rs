//! A panic is a bug: `panic = "abort"` ends this wasm instance. The hook hides every widget this
//! instance mounted (Yew may still touch them) and puts a notice in each one's place, in its language,
//! and logs the message for bug reports.

use crate::i18n::{fill, Lang};
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// The roots this wasm instance has mounted, with their language.
    static ROOTS: RefCell<Vec<(Element, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a mounted root for the notice.
pub fn watch(root: Element, lang: Lang) {
    ROOTS.with(|roots| roots.borrow_mut().push((root, lang)));
}

pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&format!("milestone tracker: {message}").into());
    ROOTS.with(|roots| {
        for (root, lang) in roots.borrow().iter() {
            let Some(parent) = root.parent_node() else {
                continue;
            };
            let _ = root.set_attribute("hidden", "");
            let Ok(alert) = gloo::utils::document().create_element("div") else {
                continue;
            };
            alert.set_class_name("mt mt-panel mt-panel--errors");
            let _ = alert.set_attribute("role", "alert");
            let _ = alert.set_attribute("data-panel", "crash");
            let _ = alert.set_attribute("lang", lang.tag());
            let _ = alert.set_attribute("dir", lang.dir());
            alert.set_text_content(Some(&fill(lang.texts().crashed, &[&message])));
            let _ = parent.insert_before(&alert, Some(root));
        }
        roots.borrow_mut().clear();
    });
}
