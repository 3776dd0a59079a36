//! The editor's own words, in English and Korean here and the other eleven languages in `langs`
//! (`Lang::editor_texts`). The problems it shows come from the widget's tables (`i18n::render`), so
//! they read as the widget writes them.

/// The editor speaks every language the widget does (`langs` holds each one's words).
pub type EditorLang = crate::i18n::Lang;

/// What a table of words is made of: a string, a nested table, or a list of (key, words) pairs.
/// `each` hands every string to `f` with its name, so the tests can hold each language's table to
/// English's, string by string.
pub trait Words {
    fn each(&self, name: &'static str, f: &mut dyn FnMut(&'static str, &'static str));
}

impl Words for &'static str {
    fn each(&self, name: &'static str, f: &mut dyn FnMut(&'static str, &'static str)) {
        f(name, self)
    }
}

impl Words for &'static [(&'static str, &'static str)] {
    fn each(&self, _: &'static str, f: &mut dyn FnMut(&'static str, &'static str)) {
        for (key, words) in self.iter() {
            f(key, words)
        }
    }
}

/// Declares a table of the editor's words and its `Words`: every field, in order.
macro_rules! words {
    ($(#[$meta:meta])* pub struct $name:ident { $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty ),* }
        impl Words for $name {
            fn each(&self, _: &'static str, f: &mut dyn FnMut(&'static str, &'static str)) {
                $( Words::each(&self.$field, stringify!($field), f); )*
            }
        }
    };
}

words! {
pub struct EditorTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub language: &'static str,
    pub back_to_tracker: &'static str,
    /// The skip links' name.
    pub skip_label: &'static str,
    // Start and import
    pub start_title: &'static str,
    pub open_file: &'static str,
    pub paste_label: &'static str,
    pub import_pasted: &'static str,
    pub from_built_in: &'static str,
    pub from_sample: &'static str,
    pub start_over: &'static str,
    /// {0}: what replaces the draft.
    pub confirm_replace: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    pub imported: &'static str,
    /// What an import would replace the draft with, for the question and the undo.
    pub the_file: &'static str,
    pub undo: &'static str,
    /// {0}: the row, in words ("Milestone 3").
    pub removed: &'static str,
    /// {0}: what replaced the draft.
    pub replaced: &'static str,
    /// {0}: the keys left out.
    pub left_out: &'static str,
    /// {0}: where, {1}: what.
    pub import_failed: &'static str,
    pub draft_unreadable: &'static str,
    pub draft_kept: &'static str,
    // The form
    pub form_title: &'static str,
    pub required: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    /// A closed row's button, and its problems ({0}).
    pub open_row: &'static str,
    pub row_problems: &'static str,
    /// {0}: the automatic id.
    pub automatic_id: &'static str,
    pub default_word: &'static str,
    pub choose: &'static str,
    pub date_hint: &'static str,
    pub lines_hint: &'static str,
    /// The calendar beside a date: "{0}" is the field's label.
    pub pick_day: &'static str,
    /// {0}: the number a figure like 1.2B means.
    pub number_means: &'static str,
    pub yes: &'static str,
    /// The button beside a value of the wrong type, which empties it.
    pub clear_wrong: &'static str,
    // Checks
    pub summary_title: &'static str,
    pub no_problems: &'static str,
    /// {0}: errors, {1}: warnings.
    pub problem_count: &'static str,
    /// {0}: errors, on the phone's strip.
    pub problem_count_short: &'static str,
    pub see_preview: &'static str,
    /// {0}: required fields not filled in yet.
    pub still_to_fill: &'static str,
    pub error_word: &'static str,
    pub warning_word: &'static str,
    // Preview
    pub preview_title: &'static str,
    /// Under the preview: where its choices are made.
    pub preview_choices_hint: &'static str,
    pub preview_count: &'static str,
    pub preview_zone: &'static str,
    pub preview_language: &'static str,
    pub preview_theme: &'static str,
    // Export
    pub export_title: &'static str,
    pub hosted_url: &'static str,
    /// Said while no address is given for the .json file.
    pub hosted_missing: &'static str,
    pub download: &'static str,
    pub snippet_inline: &'static str,
    pub snippet_more: &'static str,
    pub snippet_hosted: &'static str,
    pub snippet_iframe: &'static str,
    pub snippet_builtin: &'static str,
    pub snippet_builtin_iframe: &'static str,
    pub preview_layout: &'static str,
    pub embed_note: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub fix_errors_first: &'static str,
    /// {0}: the file's size, {1}: the widget's limit, both in bytes.
    pub too_large: &'static str,
    pub site: SiteTexts,
    pub publish: PublishTexts,
    /// Labels by the format's keys; a row's kind by its shape's name.
    pub fields: &'static [(&'static str, &'static str)],
    /// A word of the format, as a choice reads in the fan's language (`worked_out`: "worked out from
    /// the source's count of days"); the file keeps the word.
    pub words: &'static [(&'static str, &'static str)],
}
}

words! {
/// "Check my site": the panel, and a line for each thing the check can say (`editor::site::Said`).
pub struct SiteTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub folder: &'static str,
    pub run: &'static str,
    pub running: &'static str,
    pub all_good: &'static str,
    /// {0}: how many lines need a change.
    pub to_fix: &'static str,
    pub works_word: &'static str,
    pub change_word: &'static str,
    pub broken_word: &'static str,
    pub not_an_address: &'static str,
    pub not_https: &'static str,
    /// {0}: the file, as are the first holes below.
    pub unreachable: &'static str,
    pub refused: &'static str,
    pub same_site_only: &'static str,
    /// {1}: the one site the host allows.
    pub only_for: &'static str,
    /// {1}: the HTTP status.
    pub missing: &'static str,
    pub web_page: &'static str,
    /// {1}: the media type sent.
    pub not_script: &'static str,
    pub not_tracker: &'static str,
    pub not_wasm: &'static str,
    /// {0}: the media type sent.
    pub wasm_type: &'static str,
    pub works: &'static str,
    /// {0}: how many errors, {1}: the first, where and what.
    pub data_problems: &'static str,
    /// {0}: the album, {1}: its milestones.
    pub data_reads: &'static str,
}
}

words! {
/// "Publish": a folder with the tracker's own page, for link previews and WordPress.
pub struct PublishTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub button: &'static str,
    /// Said while the .json file's address is not a full https:// address of a .json file.
    pub needs_address: &'static str,
    /// {0}: the zip's name, {1}: the folder's address.
    pub done: &'static str,
    pub failed: &'static str,
    /// The folder's README.txt. {0}: the album, {1}: the folder's address, {2}: the data file's name,
    /// {3}: where the widget's files are, {4}: the image's name, {5}: the calendar's name.
    pub readme: &'static str,
}
}

impl EditorTexts {
    /// How the choice `word` reads (the word itself where the table has nothing for it).
    pub fn word(&self, word: &'static str) -> &'static str {
        self.words
            .iter()
            .find(|(w, _)| *w == word)
            .map_or(word, |(_, label)| label)
    }

    /// The label of a field or a row kind (`key` as the format writes it).
    pub fn label(&self, key: &str) -> &'static str {
        self.fields
            .iter()
            .find(|(k, _)| *k == key)
            .or_else(|| EN.fields.iter().find(|(k, _)| *k == key))
            .map_or("", |(_, label)| label)
    }
}

pub static EN: EditorTexts = EditorTexts {
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
    words: &[
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
    fields: &[
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
};

pub static KO: EditorTexts = EditorTexts {
    title: "나만의 트래커 만들기",
    intro: "양식을 채우세요. 미리보기는 입력하는 대로 실제 트래커를 보여 주고, 검사는 고칠 곳을 알려 줍니다. 초안은 이 브라우저에 보관됩니다. 오류가 없으면 파일을 내려받거나 코드를 복사하세요.",
    language: "언어",
    back_to_tracker: "트래커로 돌아가기",
    skip_label: "바로 가기",
    start_title: "시작",
    open_file: ".json 파일 열기",
    paste_label: "또는 JSON 붙여넣기",
    import_pasted: "붙여넣은 JSON 가져오기",
    from_built_in: "이 트래커의 앨범으로 시작",
    from_sample: "샘플 앨범으로 시작",
    start_over: "빈 양식으로 다시 시작",
    confirm_replace: "초안을 {0}(으)로 바꿀까요? 바꾼 직후에는 되돌릴 수 있습니다.",
    confirm_yes: "초안 바꾸기",
    confirm_no: "초안 유지",
    imported: "가져왔습니다.",
    the_file: "고른 파일",
    undo: "되돌리기",
    removed: "{0}을(를) 삭제했습니다.",
    replaced: "초안을 {0}(으)로 바꿨습니다.",
    left_out: "형식에 없는 항목이라 제외했습니다: {0}",
    import_failed: "가져오지 못했습니다: {0}: {1}",
    draft_unreadable: "이 브라우저에 보관된 초안을 읽을 수 없어 빈 양식으로 시작합니다.",
    draft_kept: "초안은 입력하는 대로 이 브라우저에 보관됩니다.",
    form_title: "앨범과 기록",
    required: "필수",
    add: "추가",
    remove: "삭제",
    move_up: "위로",
    move_down: "아래로",
    open_row: "편집",
    row_problems: "문제 {0}개",
    automatic_id: "자동: {0}",
    default_word: "(기본값)",
    choose: "선택…",
    date_hint: "2023-09-08, 또는 시각 2023-10-26T09:00:00+09:00, 월 2023-10, 연도 2025",
    lines_hint: "한 줄에 하나씩",
    pick_day: "{0}: 달력에서 날짜 고르기",
    number_means: "= {0}",
    yes: "예",
    clear_wrong: "이 값 지우기",
    summary_title: "검사",
    no_problems: "문제가 없습니다. 내보낼 수 있습니다.",
    problem_count: "오류 {0}개, 경고 {1}개",
    problem_count_short: "오류 {0}개",
    see_preview: "미리보기 보기",
    still_to_fill: "아직 채우지 않은 필수 항목: {0}개",
    error_word: "오류",
    warning_word: "경고",
    preview_title: "미리보기",
    preview_choices_hint: "내보내기와 삽입에서 스니펫에 고른 세기 방식, 시간대, 언어, 테마, 레이아웃대로 보입니다.",
    preview_count: "세는 법",
    preview_zone: "시간대",
    preview_language: "언어",
    preview_theme: "테마",
    export_title: "내보내기와 삽입",
    hosted_url: ".json 파일을 올릴 주소",
    hosted_missing: "아직 주소가 없습니다. 올린 파일을 읽는 코드는 여기에 주소를 적기 전까지 예시 주소를 가리킵니다.",
    download: ".json 파일 내려받기",
    snippet_inline: "데이터가 들어 있는 페이지 삽입 코드",
    snippet_more: "같은 페이지의 문장 안에 넣는 날짜 수만: 데이터가 들어 있는 코드 뒤에 붙여 넣으세요 (데이터는 한 곳에만 있습니다)",
    snippet_hosted: "올린 파일을 읽는 페이지 삽입 코드",
    snippet_iframe: "올린 파일을 읽는 iframe 코드",
    snippet_builtin: "기본 앨범 트래커의 페이지 삽입 코드",
    snippet_builtin_iframe: "기본 앨범 트래커의 iframe 코드",
    preview_layout: "레이아웃",
    embed_note: "코드에는 미리보기의 세는 법, 시간대, 테마, 레이아웃이 들어갑니다.",
    copy: "복사",
    copied: "복사됨",
    fix_errors_first: "먼저 오류를 고치고 필수 항목을 채우세요. 검사 목록에 있습니다.",
    too_large: "파일이 {0}바이트가 되는데, 트래커는 최대 {1}바이트까지만 읽습니다. 메모를 줄이거나 기록을 일부 지워 주세요.",
    publish: PublishTexts {
        title: "트래커만의 페이지",
        intro: "이 트래커를 위한 폴더 하나: 링크 미리보기(디스코드, X, 카카오톡)가 그림과 함께 보여 주고, 글에 주소만 한 줄로 쓰면 워드프레스가 트래커 카드로 바꿔 주는 전용 페이지, 기념일 캘린더 피드, 그리고 데이터입니다. 페이지의 글은 오늘까지 센 것이고, 페이지 위의 트래커는 계속 셉니다.",
        button: "폴더 내려받기 (.zip)",
        needs_address: "위에 .json 파일을 올릴 전체 주소(https://…/이름.json)를 써 주세요: 페이지의 미리보기와 임베드 링크는 전체 주소여야 합니다.",
        done: "{0}을(를) 내려받았습니다. 그 안의 파일을 {1}에 올린 다음, 글에 {1}을(를) 한 줄로 붙여 넣으세요.",
        failed: "이 브라우저에서는 폴더를 만들 수 없습니다. 다른 브라우저를 써 보세요.",
        readme: "{0}: 트래커만의 페이지\r\n\r\n1. 이 폴더의 파일을 모두 {1}에 올리세요\r\n   (알려 주신 .json 파일 주소는 {1}{2}입니다).\r\n2. {1}을(를) 열면 페이지가 보입니다. 페이지의 글은 폴더를 만든 날까지 센 것이고, 그 위의 트래커는 실시간으로 셉니다.\r\n3. 워드프레스 글에 {1}을(를) 한 줄로 붙여 넣으면 트래커 카드가 됩니다.\r\n   트래커 전체를 보이려면 {1}full.html을(를) 붙여 넣으세요.\r\n4. 워드프레스 플러그인이 있으면 어느 글쓴이든 이렇게 쓸 수 있습니다:\r\n   [milestone_tracker layout=\"card\" source=\"{1}{2}\"]\r\n5. 디스코드, X, 카카오톡은 링크와 함께 그림 {4}을(를) 보여 줍니다.\r\n6. 독자는 {1}{5}에서 기념일을 구독할 수 있습니다.\r\n\r\n실시간 트래커에는 {3}에 있는 위젯 파일이 필요합니다.\r\n워드프레스의 임베드 틀 안에서는 그 호스트가 Access-Control-Allow-Origin: * 헤더를\r\n보낼 때만(GitHub Pages는 보냅니다) 실시간으로 세고, 아니면 폴더를 만든 날의 숫자를 보여 줍니다.\r\n\r\n숫자를 고치려면 새 {2}을(를) 올리세요. 페이지의 글과 그림까지 고치려면\r\n폴더를 다시 만들어 통째로 올리세요.\r\n",
    },
    site: SiteTexts {
        title: "내 사이트 확인",
        intro: "트래커 폴더를 올렸나요? 그 주소를 적으면 다른 사이트의 블로그와 똑같은 방식으로 파일을 불러와 보고, 되는 것과 고칠 것을 알려 드립니다. 위에 .json 파일 주소를 적었다면 그 파일도 읽어 봅니다.",
        folder: "올린 폴더의 주소",
        run: "내 사이트 확인",
        running: "확인하는 중…",
        all_good: "모두 정상입니다. 어느 사이트의 블로그에서도 트래커를 보여 줄 수 있습니다.",
        to_fix: "모든 블로그에서 트래커가 보이려면 고칠 것: {0}개",
        works_word: "정상",
        change_word: "개선 가능",
        broken_word: "고칠 것",
        not_an_address: "웹 주소가 아닙니다. 브라우저 주소창에 보이는 대로, https://로 시작하게 적어 주세요.",
        not_https: "이 주소는 https://가 아니라 http://로 시작합니다. https로 열리는 블로그(거의 전부)는 여기서 트래커를 불러올 수 없습니다. 호스트의 https:// 주소를 쓰세요.",
        unreachable: "{0}에 대한 응답이 없습니다. 주소를 확인해 주세요(폴더의 index.html을 열고 주소창의 주소를 index.html 없이 복사하세요).",
        refused: "{0}: 호스트가 응답은 했지만 다른 사이트가 파일을 쓰는 것을 허락하지 않아, 다른 사이트의 블로그에는 <milestone-tracker> 안의 한 줄만 보입니다. 호스트가 Access-Control-Allow-Origin: * 헤더를 보내게 한 뒤(Netlify, Cloudflare Pages, Apache, nginx별 방법은 EMBED.md에 있습니다. GitHub Pages는 이미 보냅니다) 다시 확인하세요. 그러면 파일이 제자리에 있는지도 확인할 수 있습니다.",
        same_site_only: "{0}은(는) 같은 사이트의 블로그에서는 되지만, 호스트가 Access-Control-Allow-Origin 헤더를 보내지 않아 다른 사이트의 블로그에서는 쓸 수 없습니다. 블로그가 다른 곳에 있다면 Access-Control-Allow-Origin: * 헤더를 보내게 하세요(방법은 EMBED.md에 있습니다).",
        only_for: "{0}은(는) {1}에서만 쓸 수 있습니다. 호스트의 Access-Control-Allow-Origin 헤더가 그 사이트 하나만 지정합니다. 어느 블로그에서나 쓰려면 Access-Control-Allow-Origin: *로 바꾸세요.",
        missing: "{0}이(가) 없습니다(호스트의 응답: {1}). 폴더 전체를 그대로 이 주소에 올려 주세요.",
        web_page: "{0} 대신 웹 페이지(로그인, 주차, '찾을 수 없음' 페이지 등)가 옵니다. 주소와, 폴더 전체를 올렸는지 확인해 주세요.",
        not_script: "{0}이(가) \"{1}\" 형식으로 옵니다. 브라우저는 JavaScript로 온 스크립트만 실행합니다. 호스트가 .js 파일을 text/javascript로 보내게 하세요.",
        not_tracker: "이 embed.js는 트래커의 파일이 아닙니다. 릴리스 zip의 폴더를 다시 올려 주세요.",
        not_wasm: "{0}은(는) WebAssembly 파일이 아닙니다(잘렸거나 텍스트로 저장되었을 수 있습니다). 릴리스 zip에서 바이너리 파일 그대로 다시 올려 주세요.",
        wasm_type: ".wasm 파일이 application/wasm이 아니라 \"{0}\" 형식으로 옵니다. 작동은 하지만 조금 느립니다. 가능하면 호스트가 .wasm 파일을 application/wasm으로 보내게 하세요.",
        works: "{0}: 정상입니다.",
        data_problems: "데이터 파일에 오류가 있습니다: {0}개. 첫 번째: {1}. 여기로 가져와 모두 확인하고 고친 뒤 다시 올려 주세요.",
        data_reads: "데이터 파일이 정상입니다: {0}, 기록 {1}개.",
    },
    words: &[
        ("event", "일이 일어난 날"),
        ("report", "출처가 보도한 날"),
        ("worked_out", "출처가 센 날수로 계산한 날"),
        ("streaming", "스트리밍"),
        ("chart", "차트"),
        ("award", "수상"),
        ("other", "기타"),
        ("release", "발매"),
        ("nomination", "후보"),
        ("fan_meeting", "팬미팅"),
        ("appearance", "출연"),
        ("enlistment", "입대"),
        ("discharge", "전역"),
        ("elapsed", "경과일 (발매일이 0일)"),
        ("inclusive", "D+ 세기 (발매일이 1일)"),
    ],
    fields: &[
        ("subject", "앨범"),
        ("artist", "아티스트"),
        ("album", "앨범 제목"),
        ("home_zone", "기준 시간대"),
        ("release", "발매일"),
        ("tracks", "수록곡"),
        ("track", "수록곡"),
        ("genres", "장르"),
        ("lead_track", "타이틀곡 (트랙 중 하나의 id)"),
        ("total_duration", "재생 시간 (m:ss)"),
        ("music_videos", "뮤직비디오 수"),
        ("note", "메모"),
        ("sources", "출처"),
        ("source", "출처"),
        ("id", "Id"),
        ("title", "제목"),
        ("duration", "재생 시간 (m:ss)"),
        ("pre_released", "앨범보다 먼저 공개"),
        ("milestones", "기록"),
        ("milestone", "기록"),
        ("date", "날짜"),
        ("dated_by", "날짜의 의미"),
        ("kind", "종류"),
        ("metric", "수치"),
        ("platform", "플랫폼"),
        ("measure", "단위 (스트리밍, 주...)"),
        ("value", "값"),
        ("scope", "집계 대상: album, every_track, 또는 track:와 트랙 id"),
        ("record", "기록 내용"),
        ("claim", "출처의 표현"),
        ("text", "원문"),
        ("days", "일수"),
        ("count", "세는 법"),
        ("comparisons", "비교"),
        ("comparison", "비교"),
        ("events", "다른 날짜"),
        ("event", "다른 날짜"),
        ("expected", "예정 (아직 일어나지 않음)"),
        ("detail", "자세한 내용"),
        ("snapshots", "날짜별 수치"),
        ("snapshot", "날짜별 수치"),
        ("publication", "매체"),
        ("url", "링크 (https://...)"),
        ("via", "경유"),
    ],
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
                    lang.editor_texts().fields.iter().any(|(k, _)| k == key),
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
                    lang.editor_texts().words.iter().any(|(w, _)| w == word),
                    "{lang:?} has no words for {word}"
                );
            }
        }
        assert_eq!(
            EN.word("worked_out"),
            "worked out from the source's count of days"
        );
    }

    /// Every string of a language's table, named, in order.
    fn strings(lang: EditorLang) -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        lang.editor_texts()
            .each("", &mut |name, text| all.push((name, text)));
        all
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
            assert_eq!(theirs.len(), english.len(), "{lang:?}");
            for ((name, text), (en_name, en_text)) in theirs.iter().zip(&english) {
                assert_eq!(name, en_name, "{lang:?}: the strings' order");
                assert!(!text.is_empty(), "{lang:?} {name}");
                assert_eq!(holes(text), holes(en_text), "{lang:?} {name}: {text}");
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
            for ((name, text), (_, en_text)) in strings(lang).iter().zip(&english) {
                assert!(
                    text != en_text || SAME.contains(text),
                    "{lang:?} {name}: {text:?} is English's"
                );
            }
        }
    }
}
