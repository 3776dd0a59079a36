//! The editor's own words, in English and Korean. The problems it shows come from the widget's tables
//! (`i18n::render`), so they read as the widget writes them.

/// The editor's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorLang {
    En,
    Ko,
}

impl EditorLang {
    pub const ALL: [EditorLang; 2] = [EditorLang::En, EditorLang::Ko];

    pub fn tag(self) -> &'static str {
        match self {
            EditorLang::En => "en",
            EditorLang::Ko => "ko",
        }
    }

    /// The first of `wanted` (tags, most preferred first) the editor speaks; English otherwise.
    pub fn negotiate(wanted: &[String]) -> EditorLang {
        wanted
            .iter()
            .find_map(
                |tag| match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
                    "ko" => Some(EditorLang::Ko),
                    "en" => Some(EditorLang::En),
                    _ => None,
                },
            )
            .unwrap_or(EditorLang::En)
    }

    pub fn texts(self) -> &'static EditorTexts {
        match self {
            EditorLang::En => &EN,
            EditorLang::Ko => &KO,
        }
    }
}

pub struct EditorTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub language: &'static str,
    pub back_to_tracker: &'static str,
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
    /// {0}: the automatic id.
    pub automatic_id: &'static str,
    pub default_word: &'static str,
    pub choose: &'static str,
    pub date_hint: &'static str,
    pub lines_hint: &'static str,
    pub yes: &'static str,
    // Checks
    pub summary_title: &'static str,
    pub no_problems: &'static str,
    /// {0}: errors, {1}: warnings.
    pub problem_count: &'static str,
    pub error_word: &'static str,
    pub warning_word: &'static str,
    // Preview
    pub preview_title: &'static str,
    pub preview_count: &'static str,
    pub preview_zone: &'static str,
    pub preview_language: &'static str,
    pub preview_theme: &'static str,
    // Export
    pub export_title: &'static str,
    pub hosted_url: &'static str,
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
    /// Labels by the format's keys; a row's kind by its shape's name.
    pub fields: &'static [(&'static str, &'static str)],
}

impl EditorTexts {
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
    start_title: "Start",
    open_file: "Open a .json file",
    paste_label: "Or paste JSON",
    import_pasted: "Import the pasted JSON",
    from_built_in: "Start from this tracker's own album",
    from_sample: "Start from the sample album",
    start_over: "Start over with an empty form",
    confirm_replace: "Replace your draft with {0}? It cannot be undone.",
    confirm_yes: "Replace my draft",
    confirm_no: "Keep my draft",
    imported: "Imported.",
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
    automatic_id: "automatic: {0}",
    default_word: "(default)",
    choose: "Choose…",
    date_hint: "2023-09-08, or an instant 2023-10-26T09:00:00+09:00, a month 2023-10, a year 2025",
    lines_hint: "one per line",
    yes: "yes",
    summary_title: "Checks",
    no_problems: "No problems: ready to export.",
    problem_count: "Errors: {0}. Warnings: {1}.",
    error_word: "Error",
    warning_word: "Warning",
    preview_title: "Preview",
    preview_count: "Count",
    preview_zone: "Zone",
    preview_language: "Language",
    preview_theme: "Theme",
    export_title: "Export and embed",
    hosted_url: "Where you will upload the .json file",
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
    fix_errors_first: "Fix the errors first: the checks list them.",
    fields: &[
        ("subject", "Album"),
        ("artist", "Artist"),
        ("album", "Album title"),
        ("home_zone", "Home time zone"),
        ("release", "Release date"),
        ("tracks", "Tracks"),
        ("track", "Track"),
        ("genres", "Genres"),
        ("lead_track", "Lead track (its id)"),
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
        ("scope", "Scope (album, every_track or track:<id>)"),
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
    start_title: "시작",
    open_file: ".json 파일 열기",
    paste_label: "또는 JSON 붙여넣기",
    import_pasted: "붙여넣은 JSON 가져오기",
    from_built_in: "이 트래커의 앨범으로 시작",
    from_sample: "샘플 앨범으로 시작",
    start_over: "빈 양식으로 다시 시작",
    confirm_replace: "초안을 {0}(으)로 바꿀까요? 되돌릴 수 없습니다.",
    confirm_yes: "초안 바꾸기",
    confirm_no: "초안 유지",
    imported: "가져왔습니다.",
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
    automatic_id: "자동: {0}",
    default_word: "(기본값)",
    choose: "선택…",
    date_hint: "2023-09-08, 또는 시각 2023-10-26T09:00:00+09:00, 월 2023-10, 연도 2025",
    lines_hint: "한 줄에 하나씩",
    yes: "예",
    summary_title: "검사",
    no_problems: "문제가 없습니다. 내보낼 수 있습니다.",
    problem_count: "오류 {0}개, 경고 {1}개",
    error_word: "오류",
    warning_word: "경고",
    preview_title: "미리보기",
    preview_count: "세는 법",
    preview_zone: "시간대",
    preview_language: "언어",
    preview_theme: "테마",
    export_title: "내보내기와 삽입",
    hosted_url: ".json 파일을 올릴 주소",
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
    fix_errors_first: "먼저 오류를 고치세요. 검사 목록에 있습니다.",
    fields: &[
        ("subject", "앨범"),
        ("artist", "아티스트"),
        ("album", "앨범 제목"),
        ("home_zone", "기준 시간대"),
        ("release", "발매일"),
        ("tracks", "수록곡"),
        ("track", "수록곡"),
        ("genres", "장르"),
        ("lead_track", "타이틀곡 (id)"),
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
        ("scope", "범위 (album, every_track 또는 track:<id>)"),
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
                    lang.texts().fields.iter().any(|(k, _)| k == key),
                    "{lang:?} has no label for {key}"
                );
            }
        }
    }

    #[test]
    fn negotiation() {
        assert_eq!(EditorLang::negotiate(&["ko-KR".into()]), EditorLang::Ko);
        assert_eq!(
            EditorLang::negotiate(&["fr".into(), "en-GB".into()]),
            EditorLang::En
        );
        assert_eq!(EditorLang::negotiate(&[]), EditorLang::En);
    }
}
