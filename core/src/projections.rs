//! Pace and projections from dated counts: streams a day over the two newest counts (or, with a single
//! count, its average since the release), the next round figure and the day it would be reached at that
//! pace, and a stale flag when the newest count is old. Only counts known on the shown day are used.
//! Integer arithmetic throughout.

use crate::calendar::{Duration, NaiveDate};
use crate::days::elapsed_days;
use crate::model::{Dataset, DatedBy, Scope, Snapshot};
use crate::order::{day_key, sort_by};
use crate::product::STALE_AFTER_DAYS;

/// How the pace was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Between the two newest counts.
    TwoNewest { from: NaiveDate, to: NaiveDate },
    /// A single count: its average a day since the release.
    SinceRelease,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub scope: Scope,
    pub measure: String,
    pub platform: Option<String>,
    pub latest: NaiveDate,
    pub value: u64,
    /// Counted per day, rounded down.
    pub pace: u64,
    pub basis: Basis,
    /// The next round figure: 700,000,000 after 600,000,000; 70,000,000 after 60,000,000.
    pub next: u64,
    /// When `next` is reached at `pace`; `None` without a pace.
    pub eta: Option<NaiveDate>,
    /// Days from the newest count to the shown day.
    pub age_days: i64,
    pub stale: bool,
}

/// The next round figure above `value`: one more of its leading digit's unit.
pub fn next_round(value: u64) -> u64 {
    let mut step = 1u64;
    while value / step >= 10 {
        step *= 10;
    }
    (value / step + 1).saturating_mul(step)
}

/// Whether the count of `scope` on `date` was worked out from a source's figure rather than reported for
/// that day (for `every_track`, any track's count of that day), so the date is shown saying so.
pub fn count_worked_out(data: &Dataset, scope: &Scope, date: NaiveDate) -> bool {
    data.snapshots.iter().any(|s| {
        let in_scope = s.scope == *scope
            || (*scope == Scope::EveryTrack && matches!(s.scope, Scope::Track(_)));
        in_scope && s.dated_by == DatedBy::WorkedOut && s.date.written_date() == Some(date)
    })
}

/// The counts of one scope known on `today`, oldest first, one per day (the highest, if a day has
/// two). `every_track` also takes, for each day on which every track has a count, the lowest of them.
fn points(data: &Dataset, scope: &Scope, today: NaiveDate) -> Vec<(NaiveDate, u64)> {
    let known = |s: &&Snapshot| s.date.written_date().is_some_and(|d| d <= today);
    let mut points: Vec<(NaiveDate, u64)> = data
        .snapshots
        .iter()
        .filter(known)
        .filter(|s| s.scope == *scope)
        .filter_map(|s| Some((s.date.written_date()?, s.value)))
        .collect();
    if *scope == Scope::EveryTrack && !data.subject.tracks.is_empty() {
        let mut days: Vec<NaiveDate> = data
            .snapshots
            .iter()
            .filter(known)
            .filter_map(|s| s.date.written_date())
            .collect();
        sort_by(&mut days, |d| day_key(*d));
        days.dedup();
        for day in days {
            let lowest = data.subject.tracks.iter().map(|t| {
                data.snapshots
                    .iter()
                    .filter(|s| {
                        s.date.written_date() == Some(day)
                            && matches!(&s.scope, Scope::Track(id) if *id == t.id)
                    })
                    .map(|s| s.value)
                    .max()
            });
            if let Some(min) = lowest
                .collect::<Option<Vec<u64>>>()
                .and_then(|v| v.into_iter().min())
            {
                points.push((day, min));
            }
        }
    }
    sort_by(&mut points, |(day, _)| day_key(*day));
    points.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            earlier.1 = earlier.1.max(later.1);
        }
        same
    });
    points
}

/// Projections for the album, every track, and each track with counts, as of `today`.
pub fn projections(data: &Dataset, today: NaiveDate) -> Vec<Projection> {
    let release = data.subject.release_date();
    let mut scopes = vec![Scope::Album, Scope::EveryTrack];
    for s in &data.snapshots {
        if matches!(s.scope, Scope::Track(_)) && !scopes.contains(&s.scope) {
            scopes.push(s.scope.clone());
        }
    }
    scopes
        .into_iter()
        .filter_map(|scope| {
            let points = points(data, &scope, today);
            let &(latest, value) = points.last()?;
            let (pace, basis) = match points.len() {
                1 => {
                    let days = elapsed_days(release, latest);
                    let pace = if days > 0 { value / days as u64 } else { 0 };
                    (pace, Basis::SinceRelease)
                }
                n => {
                    let (from, before) = points[n - 2];
                    let days = elapsed_days(from, latest).max(1) as u64;
                    (
                        value.saturating_sub(before) / days,
                        Basis::TwoNewest { from, to: latest },
                    )
                }
            };
            let next = next_round(value);
            let eta = (pace > 0)
                .then(|| (next - value).div_ceil(pace))
                .and_then(|days| {
                    latest.checked_add_signed(Duration::try_days(i64::try_from(days).ok()?)?)
                });
            let template = data.snapshots.iter().rev().find(|s| s.scope == scope);
            let age_days = elapsed_days(latest, today);
            Some(Projection {
                measure: template.map_or_else(|| "streams".to_string(), |s| s.measure.clone()),
                platform: template.and_then(|s| s.platform.clone()),
                scope,
                latest,
                value,
                pace,
                basis,
                next,
                eta,
                age_days,
                stale: age_days > STALE_AFTER_DAYS,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DateValue;
    use crate::validate::load;
    use crate::zone::UtcOnly;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn layover() -> Dataset {
        let json = crate::tests::LAYOVER.replace("\"Asia/Seoul\"", "\"UTC\"");
        let loaded = load(&json, &UtcOnly);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.dataset.unwrap()
    }

    #[test]
    fn round_figures() {
        assert_eq!(next_round(600_000_000), 700_000_000);
        assert_eq!(next_round(60_000_000), 70_000_000);
        assert_eq!(next_round(999), 1_000);
        assert_eq!(next_round(0), 1);
        assert_eq!(next_round(u64::MAX), u64::MAX);
    }

    #[test]
    fn layover_on_its_100th_day() {
        let p = projections(&layover(), day("2023-12-16"));
        let album = p.iter().find(|p| p.scope == Scope::Album).unwrap();
        assert_eq!(
            (album.value, album.pace, album.basis),
            (600_000_000, 12_500_000, Basis::SinceRelease)
        );
        assert_eq!(
            (album.next, album.eta),
            (700_000_000, Some(day("2023-11-03")))
        );
        assert_eq!((album.age_days, album.stale), (51, true));
        let every = p.iter().find(|p| p.scope == Scope::EveryTrack).unwrap();
        assert_eq!(
            every.basis,
            Basis::TwoNewest {
                from: day("2023-10-25"),
                to: day("2023-12-16")
            }
        );
        assert_eq!(
            (every.value, every.pace, every.next),
            (60_000_000, 384_615, 70_000_000)
        );
        assert_eq!((every.eta, every.stale), (Some(day("2024-01-12")), false));
    }

    #[test]
    fn only_counts_known_on_the_day_are_used() {
        let p = projections(&layover(), day("2023-11-01"));
        let every = p.iter().find(|p| p.scope == Scope::EveryTrack).unwrap();
        assert_eq!(
            (every.value, every.basis),
            (40_000_000, Basis::SinceRelease)
        );
        assert!(projections(&layover(), day("2023-10-01")).is_empty());
    }

    #[test]
    fn every_track_is_the_lowest_track() {
        let mut d = layover();
        let source = d.subject.sources[0].clone();
        let ids: Vec<String> = d.subject.tracks.iter().map(|t| t.id.clone()).collect();
        d.snapshots = ids
            .iter()
            .enumerate()
            .map(|(i, id)| Snapshot {
                date: DateValue::Day(day("2023-10-01")),
                dated_by: Default::default(),
                scope: Scope::Track(id.clone()),
                platform: None,
                measure: "streams".into(),
                value: 30_000_000 + i as u64,
                note: None,
                source: source.clone(),
            })
            .collect();
        let p = projections(&d, day("2023-10-02"));
        assert_eq!(
            p.iter()
                .find(|p| p.scope == Scope::EveryTrack)
                .unwrap()
                .value,
            30_000_000
        );
        assert_eq!(
            p.iter()
                .filter(|p| matches!(p.scope, Scope::Track(_)))
                .count(),
            ids.len()
        );
    }
}
