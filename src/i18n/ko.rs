//! 한국어 (Korean). Korean has no plural forms; the fan count (D+100, 100일째) is the usual one.

use super::Texts;
use crate::message::{Expected, Found, Msg, Syntax};
use crate::model::MilestoneKind;

pub static TEXTS: Texts = Texts {
    tag: "ko",
    tracks: "수록곡",
    milestones: "기록",
    coming_up: "다가오는 기념일",
    other_dates: "그 밖의 날짜",
    released: "발매일",
    genres: "장르",
    length: "재생 시간",
    lead_track: "타이틀곡",
    music_videos: "뮤직비디오",
    source: "출처: ",
    via: |v| format!(", {v} 경유"),
    by_date: |d| format!("{d}까지"),
    expected: |d| format!("{d} 예정"),
    the_source_says: |t| format!("출처의 표현: “{t}”"),
    metric_on: |p| format!(" ({p})"),
    scope_album: "앨범",
    scope_every_track: "전곡",
    kind: |k| match k {
        MilestoneKind::Streaming => "스트리밍",
        MilestoneKind::Chart => "차트",
        MilestoneKind::Award => "시상식",
        MilestoneKind::Other => "기타",
    },
    lead_track_note: "타이틀곡",
    pre_released_note: "앨범보다 먼저 공개됨 (날짜는 데이터에 없음): 앨범 발매일부터 셈",
    since_release: |_| "발매 후 지난 날",
    until_release: |_| "발매까지 남은 날",
    inclusive_caption: "발매일을 1일째로 셈",
    fan_day: |n| format!("팬 카운트로 {n}일째"),
    days_elapsed: |n, _| format!("{n}일 지남"),
    days: |n, _| format!("{n}일"),
    day_unit: "일 ",
    clock_since: |z| format!(" 발매 후 ({z} 시간)"),
    clock_until: |z| format!(" 발매까지 ({z} 시간)"),
    announce_since: |a, n, _| format!("{a}: 발매 후 {n}일."),
    announce_day: |a, n| format!("{a}: {n}일째 (발매일을 1일째로 셈)."),
    announce_until: |a, n, _| format!("{a}: 발매까지 {n}일."),
    on_release_day: "발매 당일",
    day_after_release: |n| format!("발매 {n}일 후"),
    days_before_release: |n, _| format!("발매 {n}일 전"),
    reported_on: |n| match n {
        0 => "발매 당일 보도".to_string(),
        n if n > 0 => format!("발매 {n}일 후 보도"),
        n => format!("발매 {}일 전 보도", -n),
    },
    later_milestones: |n, _| format!("이날 이후의 기록 {n}개는 표시하지 않습니다."),
    day_n: |n| format!("{n}일째"),
    nth_anniversary: |n| format!("{n}주년"),
    today: "오늘",
    tomorrow: "내일",
    in_days: |n, _| format!("{n}일 후"),
    calendar_button: "이 기념일을 캘린더에 추가 (.ics)",
    headline_count: "대표 카운트",
    count_elapsed: "지난 날수",
    count_inclusive: "N일째 (팬 카운트)",
    counting_zone: "기준 시간대",
    home_zone: |z| format!("{z} (기본)"),
    your_zone: |z| format!("내 시간대 ({z})"),
    days_change_at: |z| format!("{z} 기준 자정에 날짜가 바뀝니다."),
    as_of: "기준일",
    as_of_group: "특정 날짜 기준으로 보기",
    as_of_slider: "앨범 발매 후 날짜",
    back_to_now: "지금으로 돌아가기",
    copy_link: "링크 복사",
    link_copied: "링크 복사됨",
    save_image: "이미지 저장",
    embed_title: "이 트래커 퍼가기",
    embed_iframe: "iframe으로 (모든 블로그; 높이 자동 조절은 embed.js 추가)",
    embed_mount: "페이지에 직접 (섀도 루트가 블로그 스타일을 막아 줌)",
    copy: "복사",
    copied: "복사됨",
    projections_title: "속도와 예측",
    count_by: |value, date| format!("{date} 기준 {value}"),
    pace_a_day: |pace| format!("하루 약 {pace}"),
    next_around: |next, date| format!("{date}쯤 {next}"),
    no_pace: "아직 속도를 알 수 없음",
    basis_two_newest: |from, to| format!("가장 최근 두 기록({from}, {to}) 사이의 속도입니다. 예측은 이 속도가 유지된다고 가정합니다."),
    basis_since_release: "기록이 하나뿐이라 발매 후 하루 평균을 속도로 씁니다. 예측은 이 속도가 유지된다고 가정합니다.",
    stale_count: |n, _| format!("가장 최근 기록이 {n}일 전 것이라 예측이 크게 빗나갈 수 있습니다."),
    data_error_title: "기록 데이터를 표시할 수 없습니다.",
    data_warnings: |n, _| format!("데이터 확인: 경고 {n}개"),
    crashed: |m| format!("내부 오류로 기록 트래커가 멈췄습니다. 페이지를 새로 고치면 나아질 수 있습니다. ({m})"),
    problem,
    line_column: |l, c| format!("{l}행 {c}열"),
    top_level: "(최상위)",
    path_at: |path, place| format!("{path} ({place})"),
    option_named: |name| format!("옵션 {name}"),
};

const DATE_FORMS: &str = "2023-09-08 같은 날짜, 2023-10-26T09:00:00+09:00 같은 시각, 2023-10 같은 월 또는 2025 같은 연도";

fn precision(p: &str) -> &str {
    match p {
        "day" => "일",
        "instant" => "시각",
        "month" => "월",
        "year" => "연도",
        other => other,
    }
}

fn found(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("불리언 `{b}`"),
        Found::Integer(n) => format!("정수 `{n}`"),
        Found::Float(n) => format!("숫자 `{n}`"),
        Found::Str(t) => format!("문자열 {t}"),
        Found::List => "목록 [ ... ]".into(),
        Found::Object => "객체 { ... }".into(),
        Found::Other(t) => t.clone(),
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::Object => "객체 { ... }".into(),
        Expected::List => "목록 [ ... ]".into(),
        Expected::Text => "문자열".into(),
        Expected::WholeNonNegative => "0 이상의 정수".into(),
        Expected::Whole => "정수".into(),
        Expected::Number => "숫자".into(),
        Expected::Bool => "true 또는 false".into(),
        Expected::Null => "null".into(),
        Expected::Date => DATE_FORMS.into(),
        Expected::Other(t) => t.clone(),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Eof => "JSON이 끝나기 전에 텍스트가 끝났습니다".into(),
        Syntax::Colon => "키 뒤에 `:`가 있어야 합니다".into(),
        Syntax::Comma => "쉼표나 닫는 괄호가 있어야 합니다".into(),
        Syntax::Value => "값이 있어야 합니다".into(),
        Syntax::Escape => "역슬래시 이스케이프가 잘못되었습니다".into(),
        Syntax::Number => "숫자가 잘못되었습니다".into(),
        Syntax::NumberRange => "숫자가 범위를 벗어났습니다".into(),
        Syntax::ControlCharacter => "문자열에 제어 문자가 있습니다 (\\n 또는 \\t를 쓰세요)".into(),
        Syntax::KeyNotString => "키는 큰따옴표로 감싼 문자열이어야 합니다".into(),
        Syntax::TrailingComma => "닫는 괄호 앞에 쉼표가 남아 있습니다".into(),
        Syntax::Trailing => "JSON 문서 뒤에 다른 글자가 있습니다".into(),
        Syntax::TooDeep => "JSON이 너무 깊게 중첩되어 있습니다".into(),
        Syntax::Other(t) => t.clone(),
    }
}

fn problem(m: &Msg) -> String {
    match m {
        Msg::Malformed(s) => format!("JSON 형식이 잘못되었습니다: {}", syntax(s)),
        Msg::WrongType { found: f, expected: e } => {
            format!("형식이 맞지 않습니다. 필요한 값: {} (받은 값: {})", expected(e), found(f))
        }
        Msg::WrongValue { found: f, expected: e } => {
            format!("값이 맞지 않습니다. 필요한 값: {} (받은 값: {})", expected(e), found(f))
        }
        Msg::MissingField(f) => format!("필드 `{f}`이(가) 빠졌습니다"),
        Msg::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("알 수 없는 필드 `{field}` (이 객체에는 필드가 없습니다)")
        }
        Msg::UnknownField { field, allowed } => {
            format!("알 수 없는 필드 `{field}` (쓸 수 있는 필드: {allowed})")
        }
        Msg::UnknownVariant { variant, allowed } => {
            format!("알 수 없는 값 `{variant}` (쓸 수 있는 값: {allowed})")
        }
        Msg::DuplicateField(f) => format!("필드 `{f}`이(가) 두 번 있습니다"),
        Msg::Serde(t) => t.clone(),
        Msg::NotADate(t) => format!("\"{t}\"은(는) 날짜가 아닙니다. 필요한 값: {DATE_FORMS}"),
        Msg::NotAnInstant(t) => format!("\"{t}\"은(는) 올바른 시각이 아닙니다. 필요한 값: {DATE_FORMS}"),
        Msg::NoSuchMonth(t, m) => format!("\"{t}\"에는 {m}월이 없습니다. 월은 01부터 12까지입니다"),
        Msg::NotARealDate(t) => format!("\"{t}\"은(는) 달력에 없는 날짜입니다"),
        Msg::NotADay(t, p) => format!(
            "\"{t}\"은(는) {} 단위입니다. 2023-10-27 같은 날짜가 필요합니다",
            precision(p)
        ),
        Msg::UnknownZone(z) => {
            format!("알 수 없는 시간대 \"{z}\" (Asia/Seoul 같은 IANA 이름이 필요합니다)")
        }
        Msg::ReleaseNotADay(v, p) => format!(
            "발매일은 달력의 날짜여야 합니다. \"{v}\"은(는) {} 단위입니다",
            precision(p)
        ),
        Msg::Empty => "비어 있으면 안 됩니다".into(),
        Msg::NoSource => "출처를 하나 이상 적어 주세요".into(),
        Msg::NotADuration(v, example) => format!(
            "\"{v}\"은(는) 재생 시간이 아닙니다. {example}처럼 m:ss 또는 h:mm:ss로 적어 주세요"
        ),
        Msg::NoSuchTrack(id) => format!("id가 \"{id}\"인 트랙이 없습니다"),
        Msg::DurationSum(total, sum) => format!(
            "{total}은(는) 트랙 재생 시간의 합({}:{:02})과 다릅니다",
            sum / 60,
            sum % 60
        ),
        Msg::BeforeRelease(d, r) => format!("{d}은(는) 발매일({r})보다 앞섭니다"),
        Msg::ClaimDisagrees {
            claimed,
            inclusive,
            release,
            reached,
            computed,
        } => format!(
            "출처는 {claimed}({})라고 하지만 {release}부터 {reached}까지는 같은 방식으로 {computed}입니다",
            if *inclusive { "발매일을 1일째로 셈" } else { "지난 날수" }
        ),
        Msg::ClaimImprecise(p) => format!(
            "{} 단위 날짜는 날수 주장과 대조할 수 없습니다",
            precision(p)
        ),
        Msg::NoSuchMilestone(id) => format!("id가 \"{id}\"인 기록이 없습니다"),
        Msg::NegativeDays(n) => format!("{n}일: 기록까지 걸린 날수는 음수일 수 없습니다"),
        Msg::CountNeedsDay(v, p) => format!(
            "집계에는 확인한 날짜가 필요합니다. \"{v}\"은(는) {} 단위입니다",
            precision(p)
        ),
        Msg::CountDecreased {
            value,
            day,
            earlier_value,
            earlier_day,
        } => format!(
            "{day}의 {value}이(가) {earlier_day}의 {earlier_value}보다 작습니다 (같은 범위)"
        ),
        Msg::NotAnId(id) => {
            format!("\"{id}\"은(는) id로 쓸 수 없습니다. 영문자, 숫자, -, _만 쓰세요")
        }
        Msg::IdTwice(id) => format!("id \"{id}\"이(가) 두 번 쓰였습니다"),
        Msg::NotAScope(t) => format!(
            "\"{t}\"은(는) 범위가 아닙니다. album, every_track, track:<트랙 id> 중 하나를 쓰세요"
        ),
        Msg::NotALink => "http(s) 주소만 링크가 됩니다. 이 주소는 글자로만 표시됩니다".into(),
        Msg::BadNow(v) => format!(
            "\"{v}\"은(는) 2023-12-16T09:00:00+09:00 같은 RFC 3339 시각이 아닙니다. 실제 시계를 씁니다"
        ),
        Msg::BadTz(v) => format!(
            "\"{v}\"은(는) Asia/Seoul이나 local 같은 시간대 이름이 아닙니다. 데이터의 시간대를 씁니다"
        ),
        Msg::BadCount(v) => format!("\"{v}\"은(는) elapsed나 inclusive가 아닙니다. elapsed를 씁니다"),
        Msg::BadLang(v) => format!(
            "\"{v}\"은(는) en이나 ko-KR 같은 언어 태그가 아닙니다. 브라우저 언어를 씁니다"
        ),
        Msg::BadTheme(v) => {
            format!("\"{v}\"은(는) light, dark, auto 중 하나가 아닙니다. auto를 씁니다")
        }
        Msg::NoLocalZone(home) => {
            format!("브라우저가 시간대를 알려 주지 않았습니다. {home}을(를) 씁니다")
        }
        Msg::NoDataElement(s) => format!(
            "페이지에 \"{s}\"와(과) 일치하는 요소가 없습니다 (#my-data처럼 <script type=\"application/json\">의 id가 필요합니다)"
        ),
        Msg::ZoneFallback(z, home) => format!(
            "알 수 없는 시간대 \"{z}\" (Asia/Seoul 같은 IANA 이름이 필요합니다). {home}을(를) 씁니다"
        ),
    }
}
