//! English.

use super::{Plural, Texts};
use crate::model::MilestoneKind;

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
};
