//! Enums written as words in the data, in URLs and in attributes (`streaming`, `inclusive`, `tz`): one
//! macro gives each its `as_str`, its `FromStr`, the list of its words and its serde derives (each
//! variant renamed to its word), so no other code compares strings against literals. Also the names of the widget's options, which problems point at.

/// Declares an enum whose variants are written as the given words.
#[macro_export]
macro_rules! word_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The variant as written.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl $crate::words::Word for $name {
            const WORDS: &'static [&'static str] = &[$($text),+];
            fn from_word(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(text: &str) -> Result<Self, ()> {
                <$name as $crate::words::Word>::from_word(text).ok_or(())
            }
        }
    };
}

/// An enum written as one of a fixed list of words (declared with `word_enum!`).
pub trait Word: Copy + 'static {
    /// Every word, in declaration order.
    const WORDS: &'static [&'static str];
    /// The variant written as `text`, if there is one.
    fn from_word(text: &str) -> Option<Self>;
}

word_enum! {
    /// A widget option: `?tz=` in a URL, `data-tz` on an in-page mount.
    pub enum OptionName {
        Now = "now",
        Tz = "tz",
        Count = "count",
        Lang = "lang",
        Theme = "theme",
        Layout = "layout",
        /// The name of the tracker's region, for screen readers (two trackers of one album on a page).
        Label = "label",
        /// Not a query option: an in-page mount's attribute naming its dataset (`#id` or a URL).
        Source = "data-source",
        /// The tracker page's dataset URL (`?data=`); an in-page mount gives it as `data-source`.
        Data = "data",
    }
}

impl OptionName {
    /// The options a URL query or an in-page mount's `data-*` attributes give, in this order.
    pub const QUERY: &'static [OptionName] = &[
        OptionName::Now,
        OptionName::Tz,
        OptionName::Count,
        OptionName::Lang,
        OptionName::Theme,
        OptionName::Layout,
        OptionName::Label,
    ];
}

#[cfg(test)]
mod tests {
    use super::OptionName;

    #[test]
    fn words_round_trip() {
        use super::Word;
        for (name, word) in OptionName::ALL.iter().zip(OptionName::WORDS) {
            assert_eq!(name.as_str(), *word);
            assert_eq!(word.parse::<OptionName>(), Ok(*name));
        }
        assert_eq!("TZ".parse::<OptionName>(), Err(()));
        // `data-source` and `data` name the dataset, not an option of the view.
        assert_eq!(OptionName::QUERY.len(), OptionName::ALL.len() - 2);
    }
}
