//! The editor's own words in the languages beside English and Korean (`texts.rs`), one file each,
//! each saying at its top how it was made. The problems the editor shows come from the widget's
//! tables (`i18n`), as the widget words them.

pub mod ar;
pub mod es;
pub mod fil;
pub mod id;
pub mod ja;
pub mod ms;
pub mod pt_br;
pub mod th;
pub mod vi;
pub mod zh_hans;
pub mod zh_hant;

use super::texts::{EditorTexts, EN, KO};
use crate::i18n::Lang;

impl Lang {
    /// The editor's own words in this language.
    pub fn editor_texts(self) -> &'static EditorTexts {
        match self {
            Lang::En => &EN,
            Lang::Ko => &KO,
            Lang::Ja => &ja::TEXTS,
            Lang::Es => &es::TEXTS,
            Lang::Id => &id::TEXTS,
            Lang::PtBr => &pt_br::TEXTS,
            Lang::Th => &th::TEXTS,
            Lang::Vi => &vi::TEXTS,
            Lang::ZhHans => &zh_hans::TEXTS,
            Lang::ZhHant => &zh_hant::TEXTS,
            Lang::Fil => &fil::TEXTS,
            Lang::Ms => &ms::TEXTS,
            Lang::Ar => &ar::TEXTS,
        }
    }
}
