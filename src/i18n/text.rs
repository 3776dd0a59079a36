//! The reader-facing wording composed from a language's table and its locale: counters, the days of
//! milestones, anniversaries and countdowns, dates as precise as the data, metrics and scopes.

use super::{fill, Language};
use milestone_core::calendar::NaiveDate;
use milestone_core::date::DateValue;
use milestone_core::days::{AnniversaryKind, CountMode};
use milestone_core::model::{DatedBy, Milestone, Scope};

/// The unit under a headline counter: "days since release", or the fan count's caption.
pub fn counter_caption(l: &Language, mode: CountMode, days: i64) -> String {
    let t = l.t;
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => l.count(&t.since_release, days, &[]),
        (CountMode::Inclusive, true) => t.inclusive_caption.to_string(),
        (_, false) => l.count(&t.until_release, -days, &[]),
    }
}

/// The headline figure as shown: `99` (elapsed) or `D+100` (inclusive), `D-3` before the day.
pub fn counter_figure(mode: CountMode, days: i64) -> String {
    match (mode, days >= 0) {
        (CountMode::Elapsed, _) => days.unsigned_abs().to_string(),
        (CountMode::Inclusive, true) => format!("D+{days}"),
        (CountMode::Inclusive, false) => format!("D-{}", days.unsigned_abs()),
    }
}

/// The count as words inside a sentence: "99 days" (elapsed), "D+100" (the fan count), "3 days until
/// release" before the day.
pub fn counter_in_sentence(l: &Language, mode: CountMode, days: i64) -> String {
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => self::days(l, days),
        (CountMode::Elapsed, false) => {
            format!("{} {}", days.unsigned_abs(), counter_caption(l, mode, days))
        }
        (CountMode::Inclusive, _) => counter_figure(mode, days),
    }
}

/// The other count, in a line under the headline.
pub fn counter_alternative(l: &Language, mode: CountMode, elapsed: i64, inclusive: i64) -> String {
    match mode {
        CountMode::Elapsed if elapsed >= 0 => fill(l.t.fan_day, &[&inclusive.to_string()]),
        CountMode::Inclusive if elapsed >= 0 => {
            l.count(&l.t.days_elapsed, elapsed, &[&elapsed.to_string()])
        }
        _ => String::new(),
    }
}

/// What a screen reader hears when the day changes (the seconds clock itself is never announced).
pub fn day_announcement(l: &Language, album: &str, mode: CountMode, days: i64) -> String {
    let t = l.t;
    let n = days.unsigned_abs().to_string();
    match (mode, days >= 0) {
        (CountMode::Elapsed, true) => l.count(&t.announce_since, days, &[album, &n]),
        (CountMode::Inclusive, true) => fill(t.announce_day, &[album, &n]),
        (_, false) => l.count(&t.announce_until, -days, &[album, &n]),
    }
}

/// "99d 09:00:00" since (or, negative, until) a moment, for the seconds clock.
pub fn time_span(l: &Language, seconds: i64) -> String {
    let sign = if seconds < 0 { "−" } else { "" };
    let s = seconds.unsigned_abs();
    let (days, rest) = (s / 86_400, s % 86_400);
    format!(
        "{sign}{days}{}{:02}:{:02}:{:02}",
        l.t.day_unit,
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// After the seconds clock: "since release, Asia/Seoul time".
pub fn clock_caption(l: &Language, seconds: i64, zone: &str) -> String {
    fill(
        if seconds < 0 {
            l.t.clock_until
        } else {
            l.t.clock_since
        },
        &[zone],
    )
}

pub fn count_mode_label(l: &Language, mode: CountMode) -> &'static str {
    match mode {
        CountMode::Elapsed => l.t.count_elapsed,
        CountMode::Inclusive => l.t.count_inclusive,
    }
}

/// When a milestone was reached, as a day after release: "day 48 after release". A report-dated one's
/// day is a bound, said so: "reported on day 49".
pub fn milestone_day(l: &Language, dated_by: DatedBy, day: i64) -> String {
    let t = l.t;
    let n = day.unsigned_abs().to_string();
    match (dated_by, day) {
        (DatedBy::Report, 0) => t.reported_on_release_day.to_string(),
        (DatedBy::Report, d) if d > 0 => fill(t.reported_after, &[&n]),
        (DatedBy::Report, _) => fill(t.reported_before, &[&n]),
        (_, 0) => t.on_release_day.to_string(),
        (_, d) if d > 0 => fill(t.day_after_release, &[&n]),
        (_, d) => l.count(&t.days_before_release, -d, &[&n]),
    }
}

/// A date with what kind of date it is: "By October 27, 2023" for a report's date, "October 25, 2023
/// (worked out from the source's figure)" for one worked out.
pub fn dated(l: &Language, dated_by: DatedBy, shown: String) -> String {
    match dated_by {
        DatedBy::Event => shown,
        DatedBy::Report => fill(l.t.by_date, &[&shown]),
        DatedBy::WorkedOut => fill(l.t.worked_out, &[&shown]),
    }
}

/// When a milestone was reached, in words: its date with what kind of date it is (`dated`) and, for a
/// day-precise one, its day. `date` is the day it counts as (none for a month or a year), `day` its day
/// after release. A milestone whose source counts the album's age the fan way (its claim counts the
/// release day as day 1: "100 days" on 2023-12-16) gives its day that way too, so the card does not read
/// "day 99" above the source's "100 days".
pub struct When {
    pub date: String,
    pub day: Option<String>,
}

pub fn when(l: &Language, m: &Milestone, date: Option<NaiveDate>, day: Option<i64>) -> When {
    let Some(date) = date else {
        return When {
            date: date_value(l, &m.date),
            day: None,
        };
    };
    let fan_count = m
        .claim
        .as_ref()
        .is_some_and(|c| c.count == CountMode::Inclusive);
    When {
        date: dated(l, m.dated_by, l.date(date)),
        day: day.map(
            |day| match fan_count && m.dated_by == DatedBy::Event && day >= 0 {
                true => fill(l.t.fan_day, &[&(day + 1).to_string()]),
                false => milestone_day(l, m.dated_by, day),
            },
        ),
    }
}

/// A date as precise as the data: a day or an instant's day in words, a month in words, a year.
pub fn date_value(l: &Language, date: &DateValue) -> String {
    match date {
        DateValue::Day(d) => l.date(*d),
        DateValue::Instant(t) => {
            use milestone_core::calendar::Timelike;
            let local = t.local();
            format!(
                "{} {:02}:{:02} (UTC{})",
                l.date(local.date()),
                local.hour(),
                local.minute(),
                t.offset()
            )
        }
        DateValue::Month { year, month } => l.locale.month(*year, *month),
        DateValue::Year(y) => y.to_string(),
    }
}

/// Under the milestones of an "as of" view: what is left out.
pub fn later_milestones(l: &Language, n: usize) -> String {
    l.count(&l.t.later_milestones, n as i64, &[&n.to_string()])
}

pub fn anniversary_title(l: &Language, kind: AnniversaryKind) -> String {
    let t = l.t;
    match kind {
        AnniversaryKind::Day(n) => fill(t.day_n, &[&n.to_string()]),
        AnniversaryKind::Year(n) => {
            let suffix = match (n % 10, n % 100) {
                (1, r) if r != 11 => t.ordinal_suffixes[0],
                (2, r) if r != 12 => t.ordinal_suffixes[1],
                (3, r) if r != 13 => t.ordinal_suffixes[2],
                _ => t.ordinal_suffixes[3],
            };
            fill(t.nth_anniversary, &[&format!("{n}{suffix}")])
        }
    }
}

pub fn countdown(l: &Language, days_until: i64) -> String {
    match days_until {
        0 => l.t.today.to_string(),
        1 => l.t.tomorrow.to_string(),
        n => l.count(&l.t.in_days, n, &[&n.to_string()]),
    }
}

/// "47 days" (comparison bars and their text alternative).
pub fn days(l: &Language, n: i64) -> String {
    l.count(&l.t.days, n.abs(), &[&n.to_string()])
}

/// "the album", "every track", or a track's title (its id when it has none).
pub fn scope_label(l: &Language, scope: &Scope, track_title: Option<&str>) -> String {
    match scope {
        Scope::Album => l.t.scope_album.to_string(),
        Scope::EveryTrack => l.t.scope_every_track.to_string(),
        Scope::Track(id) => l.isolate(track_title.unwrap_or(id)),
    }
}

/// "600,000,000 streams on Spotify": a count, what it counts and where.
pub fn metric(l: &Language, value: u64, measure: &str, platform: Option<&str>) -> String {
    let on = platform
        .map(|p| fill(l.t.metric_on, &[&l.isolate(p)]))
        .unwrap_or_default();
    format!("{} {}{on}", l.number(value), l.isolate(measure))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::native::NativeLocale;
    use crate::i18n::Lang;
    use std::rc::Rc;

    fn language(lang: Lang) -> Language {
        Language::new(lang, Rc::new(NativeLocale::new(lang)))
    }

    #[test]
    fn headline_figures() {
        let en = language(Lang::En);
        assert_eq!(counter_figure(CountMode::Inclusive, 100), "D+100");
        assert_eq!(counter_figure(CountMode::Inclusive, -3), "D-3");
        assert_eq!(counter_figure(CountMode::Elapsed, 99), "99");
        assert_eq!(
            counter_caption(&en, CountMode::Elapsed, 1),
            "day since release"
        );
        assert_eq!(
            counter_caption(&en, CountMode::Elapsed, -2),
            "days until release"
        );
        assert_eq!(
            counter_caption(&language(Lang::Ko), CountMode::Inclusive, 100),
            "발매일을 1일째로 셈"
        );
        assert_eq!(
            counter_alternative(&en, CountMode::Inclusive, 1, 2),
            "1 day since"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let [en, ko, ja, es, ..] = Lang::ALL.map(language);
        assert_eq!(days(&en, 1), "1 day");
        assert_eq!(days(&en, 47), "47 days");
        assert_eq!(days(&ko, 1), "1일");
        assert_eq!(days(&ja, 47), "47日");
        assert_eq!(days(&es, 1), "1 día");
        assert_eq!(days(&es, 1_000_000), "1000000 días");
        assert_eq!(countdown(&es, 2), "en 2 días");
        // Arabic's six forms: the noun agrees with the number, one and two say it in the noun.
        let ar = language(Lang::Ar);
        let arabic = [0, 1, 2, 3, 11, 100].map(|n| days(&ar, n));
        assert_eq!(
            arabic,
            ["0 يوم", "يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"]
        );
        assert_eq!(days(&language(Lang::PtBr), 0), "0 dia");
        assert_eq!(days(&language(Lang::Th), 2), "2 วัน");
        assert_eq!(
            day_announcement(&ko, "Layover", CountMode::Elapsed, 1),
            "Layover: 발매 후 1일."
        );
        assert_eq!(
            day_announcement(&en, "Layover", CountMode::Elapsed, -1),
            "Layover: 1 day until release."
        );
    }

    #[test]
    fn spans_ordinals_and_days() {
        let en = language(Lang::En);
        assert_eq!(time_span(&en, 99 * 86_400 + 3_661), "99d 01:01:01");
        assert_eq!(time_span(&en, -61), "−0d 00:01:01");
        assert_eq!(time_span(&language(Lang::Ko), 99 * 86_400), "99일 00:00:00");
        assert_eq!(
            anniversary_title(&en, AnniversaryKind::Year(2)),
            "2nd anniversary"
        );
        assert_eq!(
            anniversary_title(&en, AnniversaryKind::Year(11)),
            "11th anniversary"
        );
        assert_eq!(
            anniversary_title(&en, AnniversaryKind::Year(21)),
            "21st anniversary"
        );
        assert_eq!(
            anniversary_title(&language(Lang::Es), AnniversaryKind::Year(1)),
            "1.º aniversario"
        );
        assert_eq!(
            anniversary_title(&language(Lang::Ko), AnniversaryKind::Day(100)),
            "100일째"
        );
        assert_eq!(
            milestone_day(&en, DatedBy::Event, -1),
            "1 day before release"
        );
        assert_eq!(
            milestone_day(&en, DatedBy::Event, 48),
            "day 48 after release"
        );
        assert_eq!(
            milestone_day(&en, DatedBy::WorkedOut, 47),
            "day 47 after release"
        );
        assert_eq!(
            milestone_day(&en, DatedBy::Report, 49),
            "reported on day 49"
        );
        assert_eq!(
            milestone_day(&en, DatedBy::Report, -2),
            "reported 2 days before release"
        );
    }

    #[test]
    fn a_count_in_a_sentence() {
        let en = language(Lang::En);
        assert_eq!(counter_in_sentence(&en, CountMode::Elapsed, 99), "99 days");
        assert_eq!(counter_in_sentence(&en, CountMode::Elapsed, 1), "1 day");
        assert_eq!(counter_in_sentence(&en, CountMode::Inclusive, 100), "D+100");
        assert_eq!(
            counter_in_sentence(&en, CountMode::Elapsed, -3),
            "3 days until release"
        );
        assert_eq!(
            counter_in_sentence(&language(Lang::Ko), CountMode::Elapsed, 99),
            "99일"
        );
    }

    #[test]
    fn a_milestone_counted_the_fan_way_gives_its_day_that_way() {
        use milestone_core::model::Claim;
        let en = language(Lang::En);
        let date: NaiveDate = "2023-12-16".parse().unwrap();
        let mut m = Milestone {
            dated_by: DatedBy::Event,
            ..Milestone::default()
        };
        let plain = when(&en, &m, Some(date), Some(99));
        assert_eq!(
            (plain.date.as_str(), plain.day.as_deref()),
            ("December 16, 2023", Some("day 99 after release"))
        );
        m.claim = Some(Claim {
            text: "It has also been 100 days since".into(),
            days: 100,
            count: CountMode::Inclusive,
        });
        assert_eq!(
            when(&en, &m, Some(date), Some(99)).day.as_deref(),
            Some("Day 100 by the fan count")
        );
        m.dated_by = DatedBy::WorkedOut;
        let worked_out = when(&en, &m, Some(date), Some(99));
        assert_eq!(
            worked_out.date,
            "December 16, 2023 (worked out from the source's figure)"
        );
        assert_eq!(worked_out.day.as_deref(), Some("day 99 after release"));
    }

    #[test]
    fn dates_say_how_they_are_known() {
        let en = language(Lang::En);
        let day = "2023-10-25".parse().unwrap();
        assert_eq!(dated(&en, DatedBy::Event, en.date(day)), "October 25, 2023");
        assert_eq!(
            dated(&en, DatedBy::Report, en.date(day)),
            "By October 25, 2023"
        );
        assert_eq!(
            dated(&en, DatedBy::WorkedOut, en.date(day)),
            "October 25, 2023 (worked out from the source's figure)"
        );
        assert_eq!(
            date_value(
                &en,
                &DateValue::Month {
                    year: 2023,
                    month: 10
                }
            ),
            "October 2023"
        );
        assert_eq!(
            date_value(&language(Lang::Ja), &DateValue::Year(2025)),
            "2025"
        );
    }

    #[test]
    fn metrics_in_each_language() {
        assert_eq!(
            metric(&language(Lang::En), 600_000_000, "streams", Some("Spotify")),
            "600,000,000 streams on Spotify"
        );
        assert_eq!(
            metric(&language(Lang::Es), 600_000_000, "streams", None),
            "600.000.000 streams"
        );
        assert_eq!(
            metric(&language(Lang::Ko), 60_000_000, "streams", Some("Spotify")),
            "60,000,000 streams (Spotify)"
        );
    }
}
