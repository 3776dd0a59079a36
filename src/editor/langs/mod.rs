//! The editor's own words in the languages beside English (`texts.rs`), one file each, each saying at
//! its top how it was made. Compiled in natively and in debug builds; a release editor carries English
//! and fetches the fan's language as a file (`editor-<tag>-<version>.json`, written by the
//! `language-tables` bin), as the widget does its tables. The problems the editor shows come from the
//! widget's tables (`i18n`), as the widget words them.

/// The languages' modules, compiled in natively and in debug builds.
macro_rules! compiled_in {
    ($($module:ident)*) => { $( #[cfg(any(not(target_arch = "wasm32"), debug_assertions))] mod $module; )* };
}
compiled_in!(ar es fil id ja ko ms pt_br th vi zh_hans zh_hant);

use super::texts::{EditorTexts, EN};
use crate::i18n::{Lang, Shelf, TABLES_VERSION};

thread_local! {
    static INSTALLED: Shelf<EditorTexts> = const { Shelf::empty() };
}

impl Lang {
    /// The editor's own words in this language; English while its table is not here.
    pub fn editor_texts(self) -> &'static EditorTexts {
        editor_compiled_in(self)
            .or_else(|| INSTALLED.with(|shelf| shelf.get(self)))
            .unwrap_or(&EN)
    }

    /// Whether the editor's words in this language are here (compiled in or installed).
    pub fn editor_ready(self) -> bool {
        editor_compiled_in(self).is_some() || INSTALLED.with(|shelf| shelf.get(self).is_some())
    }

    /// The name of the file that holds the editor's words in this language in a release build.
    pub fn editor_table_file(self) -> String {
        format!("editor-{}-{}.json", self.tag(), TABLES_VERSION)
    }
}

/// The editor's words in `lang` from their file (see `Shelf::install`).
#[cfg(any(target_arch = "wasm32", test))]
pub fn install(lang: Lang, json: &str) -> bool {
    INSTALLED.with(|shelf| shelf.install(lang, json))
}

#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
fn editor_compiled_in(lang: Lang) -> Option<&'static EditorTexts> {
    Some(crate::i18n::each_language!(lang, &EN))
}

#[cfg(not(any(not(target_arch = "wasm32"), debug_assertions)))]
fn editor_compiled_in(lang: Lang) -> Option<&'static EditorTexts> {
    (lang == Lang::En).then_some(&EN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{table_from_json, table_to_json};

    #[test]
    fn a_table_goes_to_its_file_and_back() {
        for lang in Lang::ALL {
            let json = table_to_json(lang.editor_texts());
            assert!(install(lang, &json), "{lang:?}");
            let back = table_from_json::<EditorTexts>(&json).unwrap();
            assert_eq!(back.tag, lang.tag());
            assert_eq!(back.site.data_reads, lang.editor_texts().site.data_reads);
            assert_eq!(
                back.label("snapshot"),
                lang.editor_texts().label("snapshot")
            );
        }
        // Another language's table, a short one or a broken file is refused.
        let thai = table_to_json(Lang::Th.editor_texts());
        assert!(!install(Lang::Ar, &thai));
        assert!(!install(Lang::Th, &thai.replacen("[\"th\",", "[", 1)));
        assert!(!install(Lang::Th, "[\"th\"]"));
        assert!(!install(Lang::Th, "{"));
        assert_eq!(
            Lang::Th.editor_table_file(),
            format!("editor-th-{TABLES_VERSION}.json")
        );
    }
}
