//! Every key the widget and the editor keep in the reader's browser storage (`localStorage`), made in
//! one place: one namespace, `milestone-tracker/`, and each kind of entry with the version of its form.
//! The keys are what earlier builds wrote, so what readers kept survives an update.

use crate::model::Subject;
use crate::state::Fold;
use std::fmt;

/// What is kept, and for what.
#[derive(Clone, Copy, Debug)]
pub enum StorageKey<'a> {
    /// The reader's remembered choices for one dataset (`remember`): one key per album, so two
    /// trackers on one site keep their own.
    Choices(&'a Subject),
    /// The last good copy of the data at a URL (`kept`).
    Data(&'a str),
    /// Whether the reader left this folded section open.
    Fold(Fold),
    /// The editor's draft.
    EditorDraft,
}

impl fmt::Display for StorageKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageKey::Choices(s) => write!(
                f,
                "milestone-tracker/v{}/{}/{}/{}",
                crate::remember::VERSION,
                s.artist,
                s.album,
                s.release
            ),
            StorageKey::Data(url) => write!(f, "milestone-tracker/v1/data/{url}"),
            StorageKey::Fold(fold) => write!(f, "milestone-tracker/v1/fold/{}", fold.name()),
            StorageKey::EditorDraft => f.write_str("milestone-tracker/editor/v1/draft"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StorageKey;
    use crate::model::Subject;

    #[test]
    fn the_keys_earlier_builds_wrote() {
        let subject = Subject {
            artist: "V".into(),
            album: "Layover".into(),
            release: crate::date::DateValue::parse("2023-09-08").unwrap(),
            ..Subject::default()
        };
        assert_eq!(
            StorageKey::Choices(&subject).to_string(),
            "milestone-tracker/v1/V/Layover/2023-09-08"
        );
        assert_eq!(
            StorageKey::Data("https://a.example/x.json").to_string(),
            "milestone-tracker/v1/data/https://a.example/x.json"
        );
        assert_eq!(
            StorageKey::Fold(crate::state::Fold::Projections).to_string(),
            "milestone-tracker/v1/fold/projections"
        );
        assert_eq!(
            StorageKey::EditorDraft.to_string(),
            "milestone-tracker/editor/v1/draft"
        );
    }
}
