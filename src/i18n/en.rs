//! English.

use super::{Plural, Texts};
use crate::message::{Expected, Found, Msg, Syntax};
use crate::model::{MilestoneKind, DATE_FORMS};

fn s(p: Plural) -> &'static str {
    if p == Plural::One {
        ""
    } else {
        "s"
    }
}

pub static TEXTS: Texts = Texts {
    tag: "en",
    tracks: "Tracks",
    milestones: "Milestones",
    coming_up: "Coming up",
    other_dates: "Other dates",
    released: "Released",
    genres: "Genres",
    length: "Length",
    lead_track: "Lead track",
    music_videos: "Music videos",
    source: "Source: ",
    via: |v| format!(", via {v}"),
    by_date: |d| format!("By {d}"),
    expected: |d| format!("Expected {d}"),
    the_source_says: |t| format!("The source: “{t}”"),
    metric_on: |p| format!(" on {p}"),
    scope_album: "the album",
    scope_every_track: "every track",
    kind: |k| match k {
        MilestoneKind::Streaming => "streaming",
        MilestoneKind::Chart => "chart",
        MilestoneKind::Award => "award",
        MilestoneKind::Other => "other",
    },
    lead_track_note: "Lead track",
    pre_released_note: "Released before the album (date not in the data): counted from the album",
    since_release: |p| {
        if p == Plural::One {
            "day since release"
        } else {
            "days since release"
        }
    },
    until_release: |p| {
        if p == Plural::One {
            "day until release"
        } else {
            "days until release"
        }
    },
    inclusive_caption: "counting release day as day 1",
    fan_day: |n| format!("Day {n} by the fan count"),
    days_elapsed: |n, p| format!("{n} day{} since", s(p)),
    days: |n, p| format!("{n} day{}", s(p)),
    day_unit: "d ",
    clock_since: |z| format!(" since release, {z} time"),
    clock_until: |z| format!(" until release, {z} time"),
    announce_since: |a, n, p| format!("{a}: {n} day{} since release.", s(p)),
    announce_day: |a, n| format!("{a}: day {n}, counting release day as day 1."),
    announce_until: |a, n, p| format!("{a}: {n} day{} until release.", s(p)),
    on_release_day: "on release day",
    day_after_release: |n| format!("day {n} after release"),
    days_before_release: |n, p| format!("{n} day{} before release", s(p)),
    reported_on: |n| match n {
        0 => "reported on release day".to_string(),
        n if n > 0 => format!("reported on day {n}"),
        n => format!("reported {} days before release", -n),
    },
    later_milestones: |n, p| {
        if p == Plural::One {
            format!("{n} later milestone is not shown as of this day.")
        } else {
            format!("{n} later milestones are not shown as of this day.")
        }
    },
    day_n: |n| format!("Day {n}"),
    nth_anniversary: |n| {
        let suffix = match (n % 10, n % 100) {
            (1, r) if r != 11 => "st",
            (2, r) if r != 12 => "nd",
            (3, r) if r != 13 => "rd",
            _ => "th",
        };
        format!("{n}{suffix} anniversary")
    },
    today: "today",
    tomorrow: "tomorrow",
    in_days: |n, p| format!("in {n} day{}", s(p)),
    calendar_button: "Add these anniversaries to your calendar (.ics)",
    headline_count: "Headline count",
    count_elapsed: "Days since",
    count_inclusive: "Day N (fan count)",
    counting_zone: "Counting time zone",
    home_zone: |z| format!("{z} (home)"),
    your_zone: |z| format!("Your zone ({z})"),
    days_change_at: |z| format!("Days change at midnight, {z} time."),
    as_of: "As of",
    as_of_group: "Show the tracker as of a day",
    as_of_slider: "Day of the album's life",
    back_to_now: "Back to now",
    copy_link: "Copy link",
    link_copied: "Link copied",
    save_image: "Save image",
    embed_title: "Embed this tracker",
    embed_iframe: "In an iframe (any blog; add embed.js for automatic height)",
    embed_mount: "In the page (a shadow root keeps the blog's styles out)",
    copy: "Copy",
    copied: "Copied",
    projections_title: "Pace and projections",
    count_by: |value, date| format!("{value} by {date}"),
    pace_a_day: |pace| format!("about {pace} a day"),
    next_around: |next, date| format!("{next} around {date}"),
    no_pace: "no pace yet",
    basis_two_newest: |from, to| format!("Pace between the two newest counts ({from} and {to}); each estimate assumes that pace holds."),
    basis_since_release: "One count only: the pace is its average a day since the release; the estimate assumes that pace holds.",
    stale_count: |n, p| format!("The newest count is {n} day{} old: the estimate may be far off.", s(p)),
    data_error_title: "The milestone data could not be shown.",
    data_warnings: |n, p| format!("Data check: {n} warning{}", s(p)),
    crashed: |m| format!("The milestone tracker stopped because of an internal error. Reloading the page may help. ({m})"),
    problem,
    line_column: |l, c| format!("line {l}, column {c}"),
    top_level: "(top level)",
    path_at: |path, place| format!("{path} ({place})"),
    option_named: |name| format!("option {name}"),
};

fn found(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("boolean `{b}`"),
        Found::Integer(n) => format!("integer `{n}`"),
        Found::Float(n) => format!("number `{n}`"),
        Found::Str(t) => format!("string {t}"),
        Found::List => "a list [ ... ]".into(),
        Found::Object => "an object { ... }".into(),
        Found::Other(t) => t.clone(),
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::Object => "an object { ... }".into(),
        Expected::List => "a list [ ... ]".into(),
        Expected::Text => "a string".into(),
        Expected::WholeNonNegative => "a whole number, 0 or more".into(),
        Expected::Whole => "a whole number".into(),
        Expected::Number => "a number".into(),
        Expected::Bool => "true or false".into(),
        Expected::Null => "null".into(),
        Expected::Date => DATE_FORMS.into(),
        Expected::Other(t) => t.clone(),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Eof => "the text ends before the JSON does".into(),
        Syntax::Colon => "expected `:` after a key".into(),
        Syntax::Comma => "expected a comma or a closing bracket".into(),
        Syntax::Value => "expected a value".into(),
        Syntax::Escape => "a backslash escape is invalid".into(),
        Syntax::Number => "a number is invalid".into(),
        Syntax::NumberRange => "a number is out of range".into(),
        Syntax::ControlCharacter => "a string holds a control character (use \\n or \\t)".into(),
        Syntax::KeyNotString => "a key must be a string in double quotes".into(),
        Syntax::TrailingComma => "a trailing comma before a closing bracket".into(),
        Syntax::Trailing => "trailing characters after the JSON document".into(),
        Syntax::TooDeep => "the JSON is nested too deeply".into(),
        Syntax::Other(t) => t.clone(),
    }
}

fn problem(m: &Msg) -> String {
    match m {
        Msg::Malformed(s) => format!("the JSON is malformed: {}", syntax(s)),
        Msg::WrongType { found: f, expected: e } => {
            format!("invalid type: {}, expected {}", found(f), expected(e))
        }
        Msg::WrongValue { found: f, expected: e } => {
            format!("invalid value: {}, expected {}", found(f), expected(e))
        }
        Msg::MissingField(f) => format!("missing field `{f}`"),
        Msg::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("unknown field `{field}`; this object has no fields")
        }
        Msg::UnknownField { field, allowed } => {
            format!("unknown field `{field}`, expected one of {allowed}")
        }
        Msg::UnknownVariant { variant, allowed } => {
            format!("unknown value `{variant}`, expected one of {allowed}")
        }
        Msg::DuplicateField(f) => format!("the field `{f}` is given twice"),
        Msg::Serde(t) => t.clone(),
        Msg::NotADate(t) => format!("\"{t}\" is not a date; expected {DATE_FORMS}"),
        Msg::NotAnInstant(t) => format!("\"{t}\" is not a valid instant; expected {DATE_FORMS}"),
        Msg::NoSuchMonth(t, m) => format!("\"{t}\" has no month {m}; months run 01 to 12"),
        Msg::NotARealDate(t) => format!("\"{t}\" is not a real calendar date"),
        Msg::NotADay(t, p) => format!("\"{t}\" is a {p}; expected a calendar date like 2023-10-27"),
        Msg::UnknownZone(z) => {
            format!("unknown time zone \"{z}\" (expected an IANA name such as Asia/Seoul)")
        }
        Msg::ReleaseNotADay(v, p) => {
            format!("the release must be a calendar date, not a {p} (\"{v}\")")
        }
        Msg::Empty => "must not be empty".into(),
        Msg::NoSource => "name at least one source".into(),
        Msg::NotADuration(v, example) => {
            format!("\"{v}\" is not a duration; expected m:ss or h:mm:ss like {example}")
        }
        Msg::NoSuchTrack(id) => format!("no track has the id \"{id}\""),
        Msg::DurationSum(total, sum) => format!(
            "{total} is not the sum of the track durations ({}:{:02})",
            sum / 60,
            sum % 60
        ),
        Msg::BeforeRelease(d, r) => format!("{d} is before the release ({r})"),
        Msg::ClaimDisagrees {
            claimed,
            inclusive,
            release,
            reached,
            computed,
        } => format!(
            "the source says {claimed} ({} count) but {release} to {reached} is {computed} by that count",
            if *inclusive { "inclusive" } else { "elapsed" }
        ),
        Msg::ClaimImprecise(p) => {
            format!("a {p}-precise date cannot be checked against a claim in days")
        }
        Msg::NoSuchMilestone(id) => format!("no milestone has the id \"{id}\""),
        Msg::NegativeDays(n) => format!("{n} days: a time to a milestone cannot be negative"),
        Msg::CountNeedsDay(v, p) => {
            format!("a count needs the day it was seen, not a {p} (\"{v}\")")
        }
        Msg::CountDecreased {
            value,
            day,
            earlier_value,
            earlier_day,
        } => format!(
            "{value} on {day} is less than {earlier_value} on {earlier_day} for the same scope"
        ),
        Msg::NotAnId(id) => format!("\"{id}\" is not an id; use letters, digits, - and _ only"),
        Msg::IdTwice(id) => format!("the id \"{id}\" is used twice"),
        Msg::NotAScope(t) => {
            format!("\"{t}\" is not a scope; expected album, every_track or track:<track id>")
        }
        Msg::NotALink => "only http(s) URLs become links; this one is shown as text".into(),
        Msg::BadNow(v) => format!(
            "\"{v}\" is not an RFC 3339 instant like 2023-12-16T09:00:00+09:00; using the real clock"
        ),
        Msg::BadTz(v) => format!(
            "\"{v}\" is not a time zone name like Asia/Seoul or local; using the dataset's zone"
        ),
        Msg::BadCount(v) => format!("\"{v}\" is not elapsed or inclusive; using elapsed"),
        Msg::BadLang(v) => format!(
            "\"{v}\" is not a language tag like en or ko-KR; using the browser's language"
        ),
        Msg::BadTheme(v) => format!("\"{v}\" is not light, dark or auto; using auto"),
        Msg::NoLocalZone(home) => {
            format!("the browser did not say which time zone it is in; using {home}")
        }
        Msg::NoDataElement(s) => format!(
            "no element on the page matches \"{s}\" (expected the id of a <script type=\"application/json\">, like #my-data)"
        ),
        Msg::ZoneFallback(z, home) => format!(
            "unknown time zone \"{z}\" (expected an IANA name such as Asia/Seoul); using {home}"
        ),
    }
}
