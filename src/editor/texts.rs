//! The editor's own words: their shape, and English; the other twelve languages are in `langs`
//! (`Lang::editor_texts`). The problems it shows come from the widget's tables (`i18n::render`), so
//! they read as the widget writes them.

/// The editor speaks every language the widget does (`langs` holds each one's words).
pub type EditorLang = crate::i18n::Lang;

use crate::i18n::{table, Text};

/// The format's keys the editor labels (a field, or a row kind by its shape's name), in the order of
/// `EditorTexts::fields`.
pub const FIELD_KEYS: [&str; 44] = [
    "subject",
    "artist",
    "album",
    "home_zone",
    "release",
    "tracks",
    "track",
    "genres",
    "lead_track",
    "total_duration",
    "music_videos",
    "note",
    "sources",
    "source",
    "id",
    "title",
    "duration",
    "pre_released",
    "milestones",
    "milestone",
    "date",
    "dated_by",
    "kind",
    "metric",
    "platform",
    "measure",
    "value",
    "scope",
    "record",
    "claim",
    "text",
    "days",
    "count",
    "comparisons",
    "comparison",
    "events",
    "event",
    "expected",
    "detail",
    "snapshots",
    "snapshot",
    "publication",
    "url",
    "via",
];

/// The format's words a choice offers, in the order of `EditorTexts::words`.
pub const WORD_KEYS: [&str; 15] = [
    "event",
    "report",
    "worked_out",
    "streaming",
    "chart",
    "award",
    "other",
    "release",
    "nomination",
    "fan_meeting",
    "appearance",
    "enlistment",
    "discharge",
    "elapsed",
    "inclusive",
];

const fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The words of `pairs` (key, words) in the order of `keys`: a table written key by key, checked
/// when it compiles (a key missing, unknown or given twice stops the build).
pub const fn keyed<const N: usize>(keys: [&str; N], pairs: &[(&str, Text)]) -> [Text; N] {
    assert!(pairs.len() == N, "a table gives words for every key, once");
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        let mut j = 0;
        let mut found = false;
        while j < N {
            if same_key(keys[i], pairs[j].0) {
                assert!(!found, "a key given twice");
                out[i] = pairs[j].1;
                found = true;
            }
            j += 1;
        }
        assert!(found, "a key without its words");
        i += 1;
    }
    out
}

table! {
/// The editor's words in one language: strings alone (`table!`), so a release build carries English
/// and fetches another language's table as a file (`langs::install`), as the widget does.
pub struct EditorTexts {
    pub tag: Text,
    pub title: Text,
    pub intro: Text,
    pub language: Text,
    pub back_to_tracker: Text,
    /// The skip links' name.
    pub skip_label: Text,
    // Start and import
    pub start_title: Text,
    pub open_file: Text,
    pub paste_label: Text,
    pub import_pasted: Text,
    pub from_built_in: Text,
    pub from_sample: Text,
    pub start_over: Text,
    /// {0}: what replaces the draft.
    pub confirm_replace: Text,
    pub confirm_yes: Text,
    pub confirm_no: Text,
    pub imported: Text,
    /// What an import would replace the draft with, for the question and the undo.
    pub the_file: Text,
    pub undo: Text,
    /// {0}: the row, in words ("Milestone 3").
    pub removed: Text,
    /// {0}: what replaced the draft.
    pub replaced: Text,
    /// {0}: the keys left out.
    pub left_out: Text,
    /// {0}: where, {1}: what.
    pub import_failed: Text,
    pub draft_unreadable: Text,
    pub draft_kept: Text,
    // The form
    pub form_title: Text,
    pub required: Text,
    pub add: Text,
    pub remove: Text,
    pub move_up: Text,
    pub move_down: Text,
    /// A closed row's button, and its problems ({0}).
    pub open_row: Text,
    pub row_problems: Text,
    /// {0}: the automatic id.
    pub automatic_id: Text,
    pub default_word: Text,
    pub choose: Text,
    pub date_hint: Text,
    pub lines_hint: Text,
    /// The calendar beside a date: "{0}" is the field's label.
    pub pick_day: Text,
    /// {0}: the number a figure like 1.2B means.
    pub number_means: Text,
    pub yes: Text,
    /// The button beside a value of the wrong type, which empties it.
    pub clear_wrong: Text,
    // Checks
    pub summary_title: Text,
    pub no_problems: Text,
    /// {0}: errors, {1}: warnings.
    pub problem_count: Text,
    /// {0}: errors, on the phone's strip.
    pub problem_count_short: Text,
    pub see_preview: Text,
    /// {0}: required fields not filled in yet.
    pub still_to_fill: Text,
    pub error_word: Text,
    pub warning_word: Text,
    // Preview
    pub preview_title: Text,
    /// Under the preview: where its choices are made.
    pub preview_choices_hint: Text,
    pub preview_count: Text,
    pub preview_zone: Text,
    pub preview_language: Text,
    pub preview_theme: Text,
    // Export
    pub export_title: Text,
    pub hosted_url: Text,
    /// Said while no address is given for the .json file.
    pub hosted_missing: Text,
    pub download: Text,
    pub snippet_inline: Text,
    pub snippet_more: Text,
    pub snippet_hosted: Text,
    pub snippet_iframe: Text,
    pub snippet_builtin: Text,
    pub snippet_builtin_iframe: Text,
    pub preview_layout: Text,
    pub embed_note: Text,
    pub copy: Text,
    pub copied: Text,
    pub fix_errors_first: Text,
    /// {0}: the file's size, {1}: the widget's limit, both in bytes.
    pub too_large: Text,
    pub site: SiteTexts,
    pub publish: PublishTexts,
    /// Labels by the format's keys (`FIELD_KEYS`); a row's kind by its shape's name.
    pub fields: [Text; FIELD_KEYS.len()],
    /// A word of the format (`WORD_KEYS`), as a choice reads in the fan's language (`worked_out`:
    /// "worked out from the source's count of days"); the file keeps the word.
    pub words: [Text; WORD_KEYS.len()],
}
}

table! {
/// "Check my site": the panel, and a line for each thing the check can say (`editor::site::Said`).
pub struct SiteTexts {
    pub title: Text,
    pub intro: Text,
    pub folder: Text,
    pub run: Text,
    pub running: Text,
    pub all_good: Text,
    /// {0}: how many lines need a change.
    pub to_fix: Text,
    pub works_word: Text,
    pub change_word: Text,
    pub broken_word: Text,
    pub not_an_address: Text,
    pub not_https: Text,
    /// {0}: the file, as are the first holes below.
    pub unreachable: Text,
    pub refused: Text,
    pub same_site_only: Text,
    /// {1}: the one site the host allows.
    pub only_for: Text,
    /// {1}: the HTTP status.
    pub missing: Text,
    pub web_page: Text,
    /// {1}: the media type sent.
    pub not_script: Text,
    pub not_tracker: Text,
    pub not_wasm: Text,
    /// {0}: the media type sent.
    pub wasm_type: Text,
    pub works: Text,
    /// {0}: how many errors, {1}: the first, where and what.
    pub data_problems: Text,
    /// {0}: the album, {1}: its milestones.
    pub data_reads: Text,
}
}

table! {
/// "Publish": a folder with the tracker's own page, for link previews and WordPress.
pub struct PublishTexts {
    pub title: Text,
    pub intro: Text,
    pub button: Text,
    /// Said while the .json file's address is not a full https:// address of a .json file.
    pub needs_address: Text,
    /// {0}: the zip's name, {1}: the folder's address.
    pub done: Text,
    pub failed: Text,
    /// The folder's README.txt. {0}: the album, {1}: the folder's address, {2}: the data file's name,
    /// {3}: where the widget's files are, {4}: the image's name, {5}: the calendar's name.
    pub readme: Text,
}
}

impl EditorTexts {
    /// How the choice `word` reads (the word itself where the table has nothing for it).
    pub fn word(&self, word: &'static str) -> &'static str {
        WORD_KEYS
            .iter()
            .position(|w| *w == word)
            .map_or(word, |i| self.words[i])
    }

    /// The label of a field or a row kind (`key` as the format writes it).
    pub fn label(&self, key: &str) -> &'static str {
        FIELD_KEYS
            .iter()
            .position(|k| *k == key)
            .map_or("", |i| self.fields[i])
    }
}

pub static EN: EditorTexts = EditorTexts {
    tag: "en",
    title: "Make your own tracker",
    intro: "Fill in the form: the preview shows the real tracker as you type, and the checks say what to fix. Your draft is kept in this browser. When it has no errors, download the file or copy a snippet.",
    language: "Language",
    back_to_tracker: "Back to the tracker",
    skip_label: "Go to",
    start_title: "Start",
    open_file: "Open a .json file",
    paste_label: "Or paste JSON",
    import_pasted: "Import the pasted JSON",
    from_built_in: "Start from this tracker's own album",
    from_sample: "Start from the sample album",
    start_over: "Start over with an empty form",
    confirm_replace: "Replace your draft with {0}? You can undo it right after.",
    confirm_yes: "Replace my draft",
    confirm_no: "Keep my draft",
    imported: "Imported.",
    the_file: "the file you chose",
    undo: "Undo",
    removed: "{0} removed.",
    replaced: "Your draft was replaced with {0}.",
    left_out: "Left out, as they are not part of the format: {0}",
    import_failed: "Not imported: {0}: {1}",
    draft_unreadable: "The draft kept in this browser could not be read, so the form starts empty.",
    draft_kept: "Your draft is kept in this browser as you type.",
    form_title: "The album and its milestones",
    required: "required",
    add: "Add",
    remove: "Remove",
    move_up: "Move up",
    move_down: "Move down",
    open_row: "Edit",
    row_problems: "problems: {0}",
    automatic_id: "automatic: {0}",
    default_word: "(default)",
    choose: "Choose…",
    date_hint: "2023-09-08, or an instant 2023-10-26T09:00:00+09:00, a month 2023-10, a year 2025",
    lines_hint: "one per line",
    pick_day: "{0}: pick the day on a calendar",
    number_means: "= {0}",
    yes: "yes",
    clear_wrong: "Clear this value",
    summary_title: "Checks",
    no_problems: "No problems: ready to export.",
    problem_count: "Errors: {0}. Warnings: {1}.",
    problem_count_short: "Errors: {0}",
    see_preview: "See the preview",
    still_to_fill: "Required fields still to fill in: {0}.",
    error_word: "Error",
    warning_word: "Warning",
    preview_title: "Preview",
    preview_choices_hint: "It shows the count, zone, language, theme and layout chosen for the snippets, under Export and embed.",
    preview_count: "Count",
    preview_zone: "Zone",
    preview_language: "Language",
    preview_theme: "Theme",
    export_title: "Export and embed",
    hosted_url: "Where you will upload the .json file",
    hosted_missing: "no address yet: the snippets that read the uploaded file point at an example address until you write yours here.",
    download: "Download the .json file",
    snippet_inline: "In-page snippet with the data inside",
    snippet_more: "The count alone, for inside a sentence on the same page: paste it after the snippet with the data (the data stays in one place)",
    snippet_hosted: "In-page snippet reading the uploaded file",
    snippet_iframe: "Iframe snippet reading the uploaded file",
    snippet_builtin: "In-page snippet for the tracker as built (its own album)",
    snippet_builtin_iframe: "Iframe snippet for the tracker as built",
    preview_layout: "Layout",
    embed_note: "The snippets use the preview's count, zone, theme and layout.",
    copy: "Copy",
    copied: "Copied",
    fix_errors_first: "Fix the errors and fill in the required fields first: the checks list them.",
    too_large: "The file would be {0} bytes, and the tracker reads at most {1}: shorten some notes or remove some milestones.",
    publish: PublishTexts {
        title: "A page of its own",
        intro: "One folder for this tracker: its own page, which link previews (Discord, X, KakaoTalk) show with a picture and WordPress turns into the tracker's card when a post has the address alone on a line; a calendar feed of the anniversaries; and the data. The page's text counts to today; the tracker on it keeps counting.",
        button: "Download the folder (.zip)",
        needs_address: "Write above the full address where you will upload the .json file (https://…/name.json): the page's preview and embed links must be full addresses.",
        done: "Downloaded {0}. Upload its files to {1}; then paste {1} on a line of its own in a post.",
        failed: "The folder could not be made in this browser. Try another browser.",
        readme: "{0}: a page of its own\r\n\r\n1. Upload every file of this folder to {1}\r\n   (the .json file's address you gave is {1}{2}).\r\n2. Open {1} to see the page. Its text counts to the day you made it; the tracker on it counts live.\r\n3. In a WordPress post, paste {1} on a line of its own: it becomes the tracker's card.\r\n   For the whole tracker, paste {1}full.html instead.\r\n4. With the WordPress plugin, any author can write:\r\n   [milestone_tracker layout=\"card\" source=\"{1}{2}\"]\r\n5. Discord, X and KakaoTalk show the picture {4} with the link.\r\n6. Readers can subscribe to the anniversaries at {1}{5}\r\n\r\nThe live tracker needs the widget's files at {3}.\r\nInside WordPress's embed frame it counts live only if that host sends the header\r\nAccess-Control-Allow-Origin: * (GitHub Pages does); otherwise the frame shows\r\nthe count of the day you made the folder.\r\n\r\nTo update the figures, upload a new {2}. To update the page's own text and picture,\r\nmake the folder again and upload it whole.\r\n",
    },
    site: SiteTexts {
        title: "Check my site",
        intro: "Uploaded the tracker's folder? Give its address: the editor fetches its files the way a blog on another site does, and says what works and what to change. With the address of your .json file above, it reads that too.",
        folder: "The address of the uploaded folder",
        run: "Check my site",
        running: "Checking…",
        all_good: "All works: a blog on any site can show your tracker.",
        to_fix: "To change before every blog can show your tracker: {0}.",
        works_word: "Works",
        change_word: "Could be better",
        broken_word: "To fix",
        not_an_address: "This is not a web address: write it as your browser's address bar shows it, starting with https://.",
        not_https: "This address starts with http://, not https://: blogs served over https (nearly all) cannot load the tracker from it. Use your host's https:// address.",
        unreachable: "Nothing answers for {0}: check the address (open the folder's index.html and copy the address bar, without index.html).",
        refused: "{0}: your host answered, but it does not let other sites use its files, so a blog on another site shows only the line inside <milestone-tracker>. Have it send the header Access-Control-Allow-Origin: * (EMBED.md says how for Netlify, Cloudflare Pages, Apache and nginx; GitHub Pages sends it already), then check again: the check can then also see whether each file is there.",
        same_site_only: "{0} works for a blog on this same site, but your host sends no Access-Control-Allow-Origin header, so blogs on other sites cannot use it. If your blog is elsewhere, have it send Access-Control-Allow-Origin: * (EMBED.md says how).",
        only_for: "Only {1} may use {0}: the host's Access-Control-Allow-Origin header names that one site. For any blog, make it Access-Control-Allow-Origin: *.",
        missing: "{0} is not there (the host answered {1}): upload the whole folder, as it is, to this address.",
        web_page: "{0} answers with a web page, not the file (a login, parking or \"not found\" page): check the address, and that the whole folder was uploaded.",
        not_script: "{0} comes as \"{1}\": browsers run a script only when it comes as JavaScript. Have your host serve .js files as text/javascript.",
        not_tracker: "This embed.js is not the tracker's: upload the folder from the release zip again.",
        not_wasm: "{0} is not a WebAssembly file (cut short, or saved as text): upload it again from the release zip, as a binary file.",
        wasm_type: "The .wasm file comes as \"{0}\", not application/wasm: it works, a little slower. If you can, have your host serve .wasm files as application/wasm.",
        works: "{0}: works.",
        data_problems: "Your data file has errors: {0}. The first: {1}. Import it here to see and fix them all, then upload it again.",
        data_reads: "Your data file works: {0}, milestones: {1}.",
    },
    words: keyed(
        WORD_KEYS,
        &[
            ("event", "the day it happened"),
            ("report", "the day a source reported it"),
            ("worked_out", "worked out from the source's count of days"),
            ("streaming", "streaming"),
            ("chart", "chart"),
            ("award", "award"),
            ("other", "other"),
            ("release", "release"),
            ("nomination", "nomination"),
            ("fan_meeting", "fan meeting"),
            ("appearance", "appearance"),
            ("enlistment", "enlistment"),
            ("discharge", "discharge"),
            ("elapsed", "days since (the release day is 0)"),
            ("inclusive", "fan count (the release day is day 1)"),
        ],
    ),
    fields: keyed(
        FIELD_KEYS,
        &[
            ("subject", "Album"),
            ("artist", "Artist"),
            ("album", "Album title"),
            ("home_zone", "Home time zone"),
            ("release", "Release date"),
            ("tracks", "Tracks"),
            ("track", "Track"),
            ("genres", "Genres"),
            ("lead_track", "Lead track (the id of one of the tracks)"),
            ("total_duration", "Length (m:ss)"),
            ("music_videos", "Music videos"),
            ("note", "Note"),
            ("sources", "Sources"),
            ("source", "Source"),
            ("id", "Id"),
            ("title", "Title"),
            ("duration", "Length (m:ss)"),
            ("pre_released", "Released before the album"),
            ("milestones", "Milestones"),
            ("milestone", "Milestone"),
            ("date", "Date"),
            ("dated_by", "The date is"),
            ("kind", "Kind"),
            ("metric", "Figure"),
            ("platform", "Platform"),
            ("measure", "Measure (streams, weeks...)"),
            ("value", "Value"),
            ("scope", "Counted for: album, every_track, or track: and a track's id"),
            ("record", "Record"),
            ("claim", "The source's claim"),
            ("text", "Its words"),
            ("days", "Days"),
            ("count", "Counted as"),
            ("comparisons", "Comparisons"),
            ("comparison", "Comparison"),
            ("events", "Other dates"),
            ("event", "Other date"),
            ("expected", "Expected, not yet happened"),
            ("detail", "Detail"),
            ("snapshots", "Dated counts"),
            ("snapshot", "Dated count"),
            ("publication", "Publication"),
            ("url", "Link (https://...)"),
            ("via", "Via"),
        ],
    ),
};

#[cfg(test)]
mod tests {
    use super::*;
    use milestone_core::draft::{Kind, Shape, DATASET};

    fn every_key(shape: &'static Shape, keys: &mut Vec<&'static str>) {
        keys.push(shape.name);
        for field in shape.fields {
            keys.push(field.key);
            if let Kind::Object(inner) | Kind::Rows(inner) = field.kind {
                every_key(inner, keys);
            }
        }
    }

    #[test]
    fn every_field_of_the_format_has_a_label_in_each_language() {
        let mut keys = Vec::new();
        every_key(&DATASET, &mut keys);
        for lang in EditorLang::ALL {
            for key in keys.iter().filter(|k| **k != "dataset") {
                assert!(
                    !lang.editor_texts().label(key).is_empty(),
                    "{lang:?} has no label for {key}"
                );
            }
        }
    }

    /// Every word a choice offers reads in each language.
    #[test]
    fn every_word_of_a_choice_reads_in_each_language() {
        fn words(shape: &'static Shape, all: &mut Vec<&'static str>) {
            for field in shape.fields {
                match field.kind {
                    Kind::Words(w) => all.extend(w),
                    Kind::Object(inner) | Kind::Rows(inner) => words(inner, all),
                    _ => {}
                }
            }
        }
        let mut all = Vec::new();
        words(&DATASET, &mut all);
        assert!(all.contains(&"worked_out") && all.contains(&"inclusive"));
        for lang in EditorLang::ALL {
            for word in &all {
                assert!(
                    WORD_KEYS.contains(word) && !lang.editor_texts().word(word).is_empty(),
                    "{lang:?} has no words for {word}"
                );
            }
        }
        assert_eq!(
            EN.word("worked_out"),
            "worked out from the source's count of days"
        );
    }

    /// Every string of a language's table, in order.
    fn strings(lang: EditorLang) -> Vec<&'static str> {
        crate::i18n::Strings::texts(lang.editor_texts()).to_vec()
    }

    fn holes(text: &str) -> Vec<char> {
        let mut found: Vec<char> = text
            .match_indices('{')
            .filter_map(|(i, _)| match text.as_bytes()[i + 1..] {
                [d @ b'0'..=b'9', b'}', ..] => Some(char::from(d)),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    #[test]
    fn every_language_has_englishs_strings_and_holes() {
        let english = strings(EditorLang::En);
        assert!(english.len() > 150, "{}", english.len());
        for lang in EditorLang::ALL {
            let theirs = strings(lang);
            assert_eq!(theirs[0], lang.tag());
            for (i, (text, en_text)) in theirs.iter().zip(&english).enumerate() {
                assert!(!text.is_empty(), "{lang:?} string {i}");
                assert_eq!(holes(text), holes(en_text), "{lang:?} string {i}: {text}");
            }
        }
    }

    #[test]
    fn no_english_is_left_in_another_language() {
        // Equal to English's only where it is a name, a format word or a figure: "= {0}", "Id",
        // "Layout" and "Preview" are what Filipino and Portuguese web users write.
        let english = strings(EditorLang::En);
        const SAME: [&str; 15] = [
            "= {0}",
            "Id",
            "id",
            "Album",
            "Genres",
            "Via",
            "Error",
            "Layout",
            "Preview",
            "Link (https://...)",
            "streaming",
            "chart",
            "Platform",
            "Detail",
            "fan meeting",
        ];
        for lang in EditorLang::ALL.into_iter().filter(|l| *l != EditorLang::En) {
            for (i, (text, en_text)) in strings(lang).iter().zip(&english).enumerate().skip(1) {
                assert!(
                    text != en_text || SAME.contains(text),
                    "{lang:?} string {i}: {text:?} is English's"
                );
            }
        }
    }
}
