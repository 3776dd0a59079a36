//! What leaves the widget as text: the anniversaries as an `.ics` calendar file, the lines of a
//! milestone's share card, the snippets a blogger pastes, and the words the build writes into `embed.js`. Pure; the browser edge offers them as
//! downloads, draws them or copies them.

pub mod embed_words;
pub mod html;
pub mod ics;
pub mod publish;
pub mod share_card;
pub mod snippet;

/// A file-name stem from a title: its words (ASCII letters and digits, lower-cased, and any other script
/// as written) joined by `-` (`Layover` -> `layover`, `레이오버` -> `레이오버`),
/// or `album` when nothing is left.
pub fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "album".to_string()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(slug("Layover"), "layover");
        assert_eq!(slug("Love Me Again (Remix)"), "love-me-again-remix");
        assert_eq!(slug("<>"), "album");
        assert_eq!(slug("레이오버"), "레이오버");
    }
}
