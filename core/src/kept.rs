//! The last good copy of a dataset read from a URL, as the browser keeps it (`localStorage`): one entry
//! per URL under a namespaced, versioned key (`storage::StorageKey::Data`), holding when it was fetched (milliseconds since 1970, the
//! first line) and the text. An entry that does not read back (another version's, a hand-edited one,
//! a truncated write) is no copy.

use crate::calendar::{DateTime, Utc};

/// The entry for `text`, fetched at `fetched`.
pub fn entry(fetched: DateTime<Utc>, text: &str) -> String {
    format!("{}\n{text}", fetched.timestamp_millis())
}

/// A kept copy: when it was fetched, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copy {
    pub fetched: DateTime<Utc>,
    pub text: String,
}

/// Reads an entry back; `None` for anything `entry` did not write.
pub fn read(stored: &str) -> Option<Copy> {
    let (first, text) = stored.split_once('\n')?;
    let fetched = DateTime::from_timestamp_millis(first.parse().ok()?)?;
    if text.trim().is_empty() {
        return None;
    }
    Some(Copy {
        fetched,
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_reads_back() {
        let at = DateTime::from_timestamp(1_702_684_800, 0).unwrap();
        let copy = read(&entry(at, "{\"a\":\n1}")).unwrap();
        assert_eq!(copy.fetched, at);
        assert_eq!(copy.text, "{\"a\":\n1}");
    }

    #[test]
    fn what_it_did_not_write_is_no_copy() {
        for stored in [
            "",
            "{}",
            "yesterday\n{}",
            "2023-12-16T00:00:00Z\n",
            "2023-12-16T00:00:00Z",
        ] {
            assert_eq!(read(stored), None, "{stored:?}");
        }
    }
}
