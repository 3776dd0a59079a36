//! Every user-facing string, in one place (English for now; other languages join here, one table each).
//! Pure: the numbers come formatted from the edge.

use crate::days::{AnniversaryKind, CountMode};

fn plural(n: i64, one: &str, many: &str) -> String {
    if n.abs() == 1 {
        one.to_string()
    } else {
        many.to_string()
    }
}

/// The unit under a headline counter: "days since release", "Day 100".
pub fn counter_caption(mode: CountMode, days: i64, what: &str) -> String {
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => format!("{} since {what}", plural(days, "day", "days")),
        (CountMode::Elapsed, false) => format!("{} until {what}", plural(days, "day", "days")),
        (CountMode::Inclusive, true) => format!("counting {what} day as day 1"),
        (CountMode::Inclusive, false) => format!("{} until {what}", plural(days, "day", "days")),
    }
}

/// The headline figure as shown: `99` (elapsed) or `D+100` (inclusive), `D-3` before the day.
pub fn counter_figure(mode: CountMode, days: i64) -> String {
    match (mode, days >= 0) {
        (CountMode::Elapsed, _) => days.abs().to_string(),
        (CountMode::Inclusive, true) => format!("D+{days}"),
        (CountMode::Inclusive, false) => format!("D-{}", days.abs()),
    }
}

/// The other count, in a line under the headline.
pub fn counter_alternative(mode: CountMode, elapsed: i64, inclusive: i64) -> String {
    match mode {
        CountMode::Elapsed if elapsed >= 0 => format!("Day {inclusive} by the fan count"),
        CountMode::Inclusive if elapsed >= 0 => {
            format!("{elapsed} {} since", plural(elapsed, "day", "days"))
        }
        _ => String::new(),
    }
}

/// What a screen reader hears when the day changes (the seconds clock itself is never announced).
pub fn day_announcement(album: &str, mode: CountMode, days: i64) -> String {
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => format!(
            "{album}: {days} {} since release.",
            plural(days, "day", "days")
        ),
        (CountMode::Inclusive, true) => {
            format!("{album}: day {days}, counting release day as day 1.")
        }
        (_, false) => format!(
            "{album}: {} {} until release.",
            days.abs(),
            plural(days, "day", "days")
        ),
    }
}

/// "d HH:MM:SS" since (or, negative, until) a moment, for the seconds clock.
pub fn time_span(seconds: i64) -> String {
    let sign = if seconds < 0 { "−" } else { "" };
    let s = seconds.unsigned_abs();
    let (days, rest) = (s / 86_400, s % 86_400);
    format!(
        "{sign}{days}d {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

pub fn count_mode_label(mode: CountMode) -> &'static str {
    match mode {
        CountMode::Elapsed => "Days since",
        CountMode::Inclusive => "Day N (fan count)",
    }
}

/// "reported on day 49": a report's date is a bound, not the day it was reached.
pub fn reported_day(day: i64) -> String {
    match day {
        0 => "reported on release day".to_string(),
        d if d > 0 => format!("reported on day {d}"),
        d => format!(
            "reported {} before release",
            plural(d, "1 day", &format!("{} days", d.abs()))
        ),
    }
}

/// "Reached on day 48 after the release".
pub fn milestone_day(day: i64) -> String {
    match day {
        0 => "on release day".to_string(),
        d if d > 0 => format!("day {d} after release"),
        d => format!(
            "{} before release",
            plural(d, "1 day", &format!("{} days", d.abs()))
        ),
    }
}

/// Under the milestones of an "as of" view: what is left out.
pub fn later_milestones(n: usize) -> String {
    format!(
        "{n} later {} not shown as of this day.",
        if n == 1 {
            "milestone is"
        } else {
            "milestones are"
        }
    )
}

pub fn anniversary_title(kind: AnniversaryKind) -> String {
    match kind {
        AnniversaryKind::Day(n) => format!("Day {n}"),
        AnniversaryKind::Year(1) => "1st anniversary".to_string(),
        AnniversaryKind::Year(2) => "2nd anniversary".to_string(),
        AnniversaryKind::Year(3) => "3rd anniversary".to_string(),
        AnniversaryKind::Year(n) => format!("{n}th anniversary"),
    }
}

pub fn countdown(days_until: i64) -> String {
    match days_until {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        n => format!("in {n} days"),
    }
}

pub fn scope_label(scope: &crate::model::Scope<'_>, track_title: Option<&str>) -> String {
    use crate::model::Scope;
    match scope {
        Scope::Album => "the album".to_string(),
        Scope::EveryTrack => "every track".to_string(),
        Scope::Track(id) => track_title.unwrap_or(id).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_figures() {
        assert_eq!(counter_figure(CountMode::Inclusive, 100), "D+100");
        assert_eq!(counter_figure(CountMode::Inclusive, -3), "D-3");
        assert_eq!(counter_figure(CountMode::Elapsed, 99), "99");
        assert_eq!(
            counter_caption(CountMode::Elapsed, 1, "release"),
            "day since release"
        );
        assert_eq!(
            counter_caption(CountMode::Elapsed, -2, "release"),
            "days until release"
        );
    }

    #[test]
    fn spans_and_ordinals() {
        assert_eq!(time_span(99 * 86_400 + 3_661), "99d 01:01:01");
        assert_eq!(time_span(-61), "−0d 00:01:01");
        assert_eq!(
            anniversary_title(AnniversaryKind::Year(2)),
            "2nd anniversary"
        );
        assert_eq!(milestone_day(-1), "1 day before release");
        assert_eq!(milestone_day(48), "day 48 after release");
    }
}
