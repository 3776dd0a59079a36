//! 日本語 (Japanese). Japanese has no plural forms.

use super::Texts;
use crate::message::{Expected, Found, Msg, Syntax};
use crate::model::MilestoneKind;

pub static TEXTS: Texts = Texts {
    tag: "ja",
    tracks: "収録曲",
    milestones: "記録",
    coming_up: "これからの記念日",
    other_dates: "その他の日付",
    released: "リリース日",
    genres: "ジャンル",
    length: "再生時間",
    lead_track: "タイトル曲",
    music_videos: "ミュージックビデオ",
    source: "出典: ",
    via: |v| format!("、{v}経由"),
    by_date: |d| format!("{d}までに"),
    expected: |d| format!("{d}予定"),
    the_source_says: |t| format!("出典の表現: 「{t}」"),
    metric_on: |p| format!("（{p}）"),
    scope_album: "アルバム",
    scope_every_track: "全曲",
    kind: |k| match k {
        MilestoneKind::Streaming => "ストリーミング",
        MilestoneKind::Chart => "チャート",
        MilestoneKind::Award => "授賞式",
        MilestoneKind::Other => "その他",
    },
    lead_track_note: "タイトル曲",
    pre_released_note:
        "アルバムより先に公開（日付はデータにありません）: アルバムのリリース日から数えています",
    since_release: |_| "リリースからの日数",
    until_release: |_| "リリースまでの日数",
    inclusive_caption: "リリース日を1日目として数える",
    fan_day: |n| format!("ファンの数え方で{n}日目"),
    days_elapsed: |n, _| format!("経過{n}日"),
    days: |n, _| format!("{n}日"),
    day_unit: "日 ",
    clock_since: |z| format!(" リリースから（{z}時間）"),
    clock_until: |z| format!(" リリースまで（{z}時間）"),
    announce_since: |a, n, _| format!("{a}: リリースから{n}日。"),
    announce_day: |a, n| format!("{a}: {n}日目（リリース日を1日目として）。"),
    announce_until: |a, n, _| format!("{a}: リリースまで{n}日。"),
    on_release_day: "リリース当日",
    day_after_release: |n| format!("リリース{n}日後"),
    days_before_release: |n, _| format!("リリース{n}日前"),
    reported_on: |n| match n {
        0 => "リリース当日に報道".to_string(),
        n if n > 0 => format!("リリース{n}日後に報道"),
        n => format!("リリース{}日前に報道", -n),
    },
    later_milestones: |n, _| format!("この日より後の記録{n}件は表示していません。"),
    day_n: |n| format!("{n}日目"),
    nth_anniversary: |n| format!("{n}周年"),
    today: "今日",
    tomorrow: "明日",
    in_days: |n, _| format!("あと{n}日"),
    calendar_button: "記念日をカレンダーに追加（.ics）",
    headline_count: "メインの数え方",
    count_elapsed: "経過日数",
    count_inclusive: "N日目（ファンの数え方）",
    counting_zone: "基準のタイムゾーン",
    home_zone: |z| format!("{z}（基本）"),
    your_zone: |z| format!("あなたのタイムゾーン（{z}）"),
    days_change_at: |z| format!("{z}の真夜中に日付が変わります。"),
    as_of: "表示する日",
    as_of_group: "指定した日の時点で表示",
    as_of_slider: "アルバムのリリースからの日",
    back_to_now: "現在に戻る",
    copy_link: "リンクをコピー",
    link_copied: "リンクをコピーしました",
    save_image: "画像を保存",
    embed_title: "このトラッカーを埋め込む",
    embed_iframe: "iframeで（どのブログでも。高さの自動調整にはembed.jsを追加）",
    embed_mount: "ページに直接（シャドウルートでブログのスタイルから守られます）",
    copy: "コピー",
    copied: "コピーしました",
    projections_title: "ペースと予測",
    count_by: |value, date| format!("{date}時点で{value}"),
    pace_a_day: |pace| format!("1日あたり約{pace}"),
    next_around: |next, date| format!("{date}頃に{next}"),
    no_pace: "まだペースは分かりません",
    basis_two_newest: |from, to| format!("最新の2つの記録（{from}と{to}）の間のペースです。予測はこのペースが続くと仮定しています。"),
    basis_since_release: "記録が1つだけのため、リリースからの1日平均をペースとしています。予測はこのペースが続くと仮定しています。",
    stale_count: |n, _| format!("最新の記録は{n}日前のものです。予測は大きく外れるかもしれません。"),
    data_error_title: "記録データを表示できません。",
    data_warnings: |n, _| format!("データの確認: 警告{n}件"),
    crashed: |m| format!("内部エラーのため記録トラッカーが停止しました。ページを再読み込みすると直る場合があります。({m})"),
    problem,
    line_column: |l, c| format!("{l}行{c}列"),
    top_level: "(最上位)",
    path_at: |path, place| format!("{path}({place})"),
    option_named: |name| format!("オプション {name}"),
};

const DATE_FORMS: &str = "2023-09-08 のような日付、2023-10-26T09:00:00+09:00 のような日時、2023-10 のような年月、または 2025 のような年";

fn precision(p: &str) -> &str {
    match p {
        "day" => "日付",
        "instant" => "日時",
        "month" => "年月",
        "year" => "年",
        other => other,
    }
}

fn found(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("真偽値 `{b}`"),
        Found::Integer(n) => format!("整数 `{n}`"),
        Found::Float(n) => format!("数値 `{n}`"),
        Found::Str(t) => format!("文字列 {t}"),
        Found::List => "リスト [ ... ]".into(),
        Found::Object => "オブジェクト { ... }".into(),
        Found::Other(t) => t.clone(),
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::Object => "オブジェクト { ... }".into(),
        Expected::List => "リスト [ ... ]".into(),
        Expected::Text => "文字列".into(),
        Expected::WholeNonNegative => "0以上の整数".into(),
        Expected::Whole => "整数".into(),
        Expected::Number => "数値".into(),
        Expected::Bool => "true または false".into(),
        Expected::Null => "null".into(),
        Expected::Date => DATE_FORMS.into(),
        Expected::Other(t) => t.clone(),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Eof => "JSON の途中でテキストが終わっています".into(),
        Syntax::Colon => "キーの後に `:` が必要です".into(),
        Syntax::Comma => "カンマか閉じ括弧が必要です".into(),
        Syntax::Value => "値が必要です".into(),
        Syntax::Escape => "バックスラッシュのエスケープが不正です".into(),
        Syntax::Number => "数値が不正です".into(),
        Syntax::NumberRange => "数値が範囲外です".into(),
        Syntax::ControlCharacter => {
            "文字列に制御文字があります(\\n か \\t を使ってください)".into()
        }
        Syntax::KeyNotString => "キーはダブルクォートで囲んだ文字列にしてください".into(),
        Syntax::TrailingComma => "閉じ括弧の前に余分なカンマがあります".into(),
        Syntax::Trailing => "JSON 文書の後に余分な文字があります".into(),
        Syntax::TooDeep => "JSON の入れ子が深すぎます".into(),
        Syntax::Other(t) => t.clone(),
    }
}

fn problem(m: &Msg) -> String {
    match m {
        Msg::Malformed(s) => format!("JSON の形式が正しくありません: {}", syntax(s)),
        Msg::WrongType { found: f, expected: e } => {
            format!("型が違います: {}が必要ですが、{}です", expected(e), found(f))
        }
        Msg::WrongValue { found: f, expected: e } => {
            format!("値が違います: {}が必要ですが、{}です", expected(e), found(f))
        }
        Msg::MissingField(f) => format!("フィールド `{f}` がありません"),
        Msg::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("不明なフィールド `{field}`(このオブジェクトにフィールドはありません)")
        }
        Msg::UnknownField { field, allowed } => {
            format!("不明なフィールド `{field}`(使えるフィールド: {allowed})")
        }
        Msg::UnknownVariant { variant, allowed } => {
            format!("不明な値 `{variant}`(使える値: {allowed})")
        }
        Msg::DuplicateField(f) => format!("フィールド `{f}` が2回あります"),
        Msg::Serde(t) => t.clone(),
        Msg::NotADate(t) => format!("\"{t}\" は日付ではありません。{DATE_FORMS}が必要です"),
        Msg::NotAnInstant(t) => format!("\"{t}\" は正しい日時ではありません。{DATE_FORMS}が必要です"),
        Msg::NoSuchMonth(t, m) => format!("\"{t}\" に{m}月はありません。月は01から12です"),
        Msg::NotARealDate(t) => format!("\"{t}\" は実在しない日付です"),
        Msg::NotADay(t, p) => format!(
            "\"{t}\" は{}です。2023-10-27 のような日付が必要です",
            precision(p)
        ),
        Msg::UnknownZone(z) => {
            format!("不明なタイムゾーン \"{z}\"(Asia/Seoul のような IANA 名が必要です)")
        }
        Msg::ReleaseNotADay(v, p) => format!(
            "発売日は日付でなければなりません(\"{v}\" は{}です)",
            precision(p)
        ),
        Msg::Empty => "空にはできません".into(),
        Msg::NoSource => "出典を1つ以上挙げてください".into(),
        Msg::NotADuration(v, example) => format!(
            "\"{v}\" は再生時間ではありません。{example} のように m:ss か h:mm:ss で書いてください"
        ),
        Msg::NoSuchTrack(id) => format!("id が \"{id}\" の曲はありません"),
        Msg::DurationSum(total, sum) => format!(
            "{total} は収録曲の再生時間の合計({}:{:02})と一致しません",
            sum / 60,
            sum % 60
        ),
        Msg::BeforeRelease(d, r) => format!("{d} は発売日({r})より前です"),
        Msg::ClaimDisagrees {
            claimed,
            inclusive,
            release,
            reached,
            computed,
        } => format!(
            "出典は {claimed}({})としていますが、{release} から {reached} までは同じ数え方で {computed} です",
            if *inclusive { "発売日を1日目とする数え方" } else { "経過日数" }
        ),
        Msg::ClaimImprecise(p) => format!(
            "{}単位の日付は日数の記述と照合できません",
            precision(p)
        ),
        Msg::NoSuchMilestone(id) => format!("id が \"{id}\" の記録はありません"),
        Msg::NegativeDays(n) => format!("{n}日: 記録までの日数は負にできません"),
        Msg::CountNeedsDay(v, p) => format!(
            "再生数には確認した日付が必要です(\"{v}\" は{}です)",
            precision(p)
        ),
        Msg::CountDecreased {
            value,
            day,
            earlier_value,
            earlier_day,
        } => format!(
            "{day} の {value} は {earlier_day} の {earlier_value} より少なくなっています(同じ範囲)"
        ),
        Msg::NotAnId(id) => {
            format!("\"{id}\" は id に使えません。英数字、-、_ だけを使ってください")
        }
        Msg::IdTwice(id) => format!("id \"{id}\" が2回使われています"),
        Msg::NotAScope(t) => format!(
            "\"{t}\" は範囲ではありません。album、every_track、track:<曲の id> のいずれかです"
        ),
        Msg::NotALink => "http(s) の URL だけがリンクになります。この URL は文字として表示します".into(),
        Msg::BadNow(v) => format!(
            "\"{v}\" は 2023-12-16T09:00:00+09:00 のような RFC 3339 の日時ではありません。実際の時計を使います"
        ),
        Msg::BadTz(v) => format!(
            "\"{v}\" は Asia/Seoul や local のようなタイムゾーン名ではありません。データのタイムゾーンを使います"
        ),
        Msg::BadCount(v) => {
            format!("\"{v}\" は elapsed でも inclusive でもありません。elapsed を使います")
        }
        Msg::BadLang(v) => format!(
            "\"{v}\" は en や ko-KR のような言語タグではありません。ブラウザーの言語を使います"
        ),
        Msg::BadTheme(v) => {
            format!("\"{v}\" は light、dark、auto のいずれでもありません。auto を使います")
        }
        Msg::NoLocalZone(home) => {
            format!("ブラウザーがタイムゾーンを示しませんでした。{home} を使います")
        }
        Msg::NoDataElement(s) => format!(
            "ページに \"{s}\" に一致する要素がありません(#my-data のような <script type=\"application/json\"> の id が必要です)"
        ),
        Msg::ZoneFallback(z, home) => format!(
            "不明なタイムゾーン \"{z}\"(Asia/Seoul のような IANA 名が必要です)。{home} を使います"
        ),
    }
}
