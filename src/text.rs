//! Composing the reader-facing text from a language's table (`i18n`): counters, days, anniversaries.
//! Plural categories come from the browser's `Intl.PluralRules` (`browser::plural`).

use crate::browser::plural;
use crate::days::{AnniversaryKind, CountMode};
use crate::i18n::Texts;

/// The unit under a headline counter: "days since release", or the fan count's caption.
pub fn counter_caption(t: &Texts, mode: CountMode, days: i64) -> String {
    let p = plural(t.tag, days.abs());
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => (t.since_release)(p).to_string(),
        (CountMode::Inclusive, true) => t.inclusive_caption.to_string(),
        (_, false) => (t.until_release)(p).to_string(),
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
pub fn counter_alternative(t: &Texts, mode: CountMode, elapsed: i64, inclusive: i64) -> String {
    match mode {
        CountMode::Elapsed if elapsed >= 0 => (t.fan_day)(inclusive),
        CountMode::Inclusive if elapsed >= 0 => (t.days_elapsed)(elapsed, plural(t.tag, elapsed)),
        _ => String::new(),
    }
}

/// What a screen reader hears when the day changes (the seconds clock itself is never announced).
pub fn day_announcement(t: &Texts, album: &str, mode: CountMode, days: i64) -> String {
    let p = plural(t.tag, days.abs());
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => (t.announce_since)(album, days, p),
        (CountMode::Inclusive, true) => (t.announce_day)(album, days),
        (_, false) => (t.announce_until)(album, days.abs(), p),
    }
}

/// "99d 09:00:00" since (or, negative, until) a moment, for the seconds clock.
pub fn time_span(t: &Texts, seconds: i64) -> String {
    let sign = if seconds < 0 { "−" } else { "" };
    let s = seconds.unsigned_abs();
    let (days, rest) = (s / 86_400, s % 86_400);
    format!(
        "{sign}{days}{}{:02}:{:02}:{:02}",
        t.day_unit,
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// After the seconds clock: "since release, Asia/Seoul time".
pub fn clock_caption(t: &Texts, seconds: i64, zone: &str) -> String {
    if seconds < 0 {
        (t.clock_until)(zone)
    } else {
        (t.clock_since)(zone)
    }
}

pub fn count_mode_label(t: &Texts, mode: CountMode) -> &'static str {
    match mode {
        CountMode::Elapsed => t.count_elapsed,
        CountMode::Inclusive => t.count_inclusive,
    }
}

/// For a report-dated milestone: the report's day is a bound, not the day it was reached.
pub fn reported_day(t: &Texts, day: i64) -> String {
    (t.reported_on)(day)
}

/// "day 48 after release".
pub fn milestone_day(t: &Texts, day: i64) -> String {
    match day {
        0 => t.on_release_day.to_string(),
        d if d > 0 => (t.day_after_release)(d),
        d => (t.days_before_release)(d.abs(), plural(t.tag, d.abs())),
    }
}

/// Under the milestones of an "as of" view: what is left out.
pub fn later_milestones(t: &Texts, n: usize) -> String {
    (t.later_milestones)(n, plural(t.tag, n as i64))
}

pub fn anniversary_title(t: &Texts, kind: AnniversaryKind) -> String {
    match kind {
        AnniversaryKind::Day(n) => (t.day_n)(n),
        AnniversaryKind::Year(n) => (t.nth_anniversary)(n),
    }
}

pub fn countdown(t: &Texts, days_until: i64) -> String {
    match days_until {
        0 => t.today.to_string(),
        1 => t.tomorrow.to_string(),
        n => (t.in_days)(n, plural(t.tag, n)),
    }
}

/// "47 days" (comparison bars and their text alternative).
pub fn days(t: &Texts, n: i64) -> String {
    (t.days)(n, plural(t.tag, n.abs()))
}

/// A file-name stem from a title: lower-case letters and digits joined by `-` (`Layover` -> `layover`),
/// or `album` when nothing is left.
pub fn slug(title: &str) -> String {
    let lowered: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = lowered
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "album".to_string()
    } else {
        slug
    }
}

pub fn scope_label(
    t: &Texts,
    scope: &crate::model::Scope<'_>,
    track_title: Option<&str>,
) -> String {
    use crate::model::Scope;
    match scope {
        Scope::Album => t.scope_album.to_string(),
        Scope::EveryTrack => t.scope_every_track.to_string(),
        Scope::Track(id) => track_title.unwrap_or(id).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn headline_figures() {
        let en = Lang::En.texts();
        assert_eq!(counter_figure(CountMode::Inclusive, 100), "D+100");
        assert_eq!(counter_figure(CountMode::Inclusive, -3), "D-3");
        assert_eq!(counter_figure(CountMode::Elapsed, 99), "99");
        assert_eq!(
            counter_caption(en, CountMode::Elapsed, 1),
            "day since release"
        );
        assert_eq!(
            counter_caption(en, CountMode::Elapsed, -2),
            "days until release"
        );
        assert_eq!(
            counter_caption(Lang::Ko.texts(), CountMode::Inclusive, 100),
            "발매일을 1일째로 셈"
        );
    }

    #[test]
    fn spans_and_ordinals() {
        let en = Lang::En.texts();
        assert_eq!(time_span(en, 99 * 86_400 + 3_661), "99d 01:01:01");
        assert_eq!(time_span(en, -61), "−0d 00:01:01");
        assert_eq!(time_span(Lang::Ko.texts(), 99 * 86_400), "99일 00:00:00");
        assert_eq!(
            anniversary_title(en, AnniversaryKind::Year(2)),
            "2nd anniversary"
        );
        assert_eq!(
            anniversary_title(en, AnniversaryKind::Year(11)),
            "11th anniversary"
        );
        assert_eq!(
            anniversary_title(Lang::Ko.texts(), AnniversaryKind::Day(100)),
            "100일째"
        );
        assert_eq!(milestone_day(en, -1), "1 day before release");
        assert_eq!(milestone_day(en, 48), "day 48 after release");
        assert_eq!(reported_day(en, 49), "reported on day 49");
    }
}
