//! The tracker's state and its verb-named actions: one reducer, pure, so it is tested natively.
//! The clock enters only as an instant carried by an action.

use crate::calendar::{DateTime, Utc};
use crate::days::CountMode;
use crate::options::{Options, ZoneChoice};
use crate::problem::{Location, Msg, Problem};
use crate::remember::Remembered;
use crate::words::OptionName;
use crate::zone::Zones;

/// A section a reader reads second: folded under its title unless the reader opened it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Projections,
    Anniversaries,
    Events,
}

impl Fold {
    pub const ALL: [Fold; 3] = [Fold::Projections, Fold::Anniversaries, Fold::Events];

    /// Its name in the page (`data-fold`) and in storage.
    pub fn name(self) -> &'static str {
        match self {
            Fold::Projections => "projections",
            Fold::Anniversaries => "anniversaries",
            Fold::Events => "events",
        }
    }

    pub fn from_name(name: &str) -> Option<Fold> {
        Fold::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Which folded sections are open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Folds {
    projections: bool,
    anniversaries: bool,
    events: bool,
}

impl Folds {
    pub fn is_open(&self, fold: Fold) -> bool {
        match fold {
            Fold::Projections => self.projections,
            Fold::Anniversaries => self.anniversaries,
            Fold::Events => self.events,
        }
    }

    pub fn with(mut self, fold: Fold, open: bool) -> Folds {
        *match fold {
            Fold::Projections => &mut self.projections,
            Fold::Anniversaries => &mut self.anniversaries,
            Fold::Events => &mut self.events,
        } = open;
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrackerState {
    pub count: CountMode,
    pub zone: ZoneChoice,
    /// The clock when the day was last (re)computed: at start, on a day change, on a zone change.
    pub now: DateTime<Utc>,
    /// The milestone a deep link (`#m=<id>`) points at.
    pub focus: Option<String>,
    /// Added to the real clock: the `now` option's shift, or the "as of" day's.
    pub offset_ms: i64,
    /// The folded sections the reader opened (remembered at the edge, like the choices).
    pub folds: Folds,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCountMode(CountMode),
    /// A new counting zone, with the clock at the moment of the change.
    SetZone(ZoneChoice, DateTime<Utc>),
    /// The clock crossed midnight of the counting zone (or jumped).
    DayChanged(DateTime<Utc>),
    /// A deep link now points at this milestone (or at none).
    FocusMilestone(Option<String>),
    /// The clock moves ("as of" a chosen day, or back): the new shift and the clock's reading with it.
    SetClock {
        offset_ms: i64,
        now: DateTime<Utc>,
    },
    /// The reader opened (`true`) or folded a section.
    SetFold(Fold, bool),
}

impl TrackerState {
    /// Where a tracker starts: an option the embedder gave wins over the reader's remembered choice,
    /// which wins over the default.
    pub fn start(
        options: &Options,
        remembered: Remembered,
        now: DateTime<Utc>,
        offset_ms: i64,
        focus: Option<String>,
        folds: Folds,
    ) -> TrackerState {
        TrackerState {
            count: options.count.or(remembered.count).unwrap_or_default(),
            zone: options.tz.clone().or(remembered.zone).unwrap_or_default(),
            now,
            focus,
            offset_ms,
            folds,
        }
    }

    pub fn reduce(&self, action: Action) -> TrackerState {
        let mut next = self.clone();
        match action {
            Action::SetCountMode(mode) => next.count = mode,
            Action::SetZone(zone, now) => {
                next.zone = zone;
                next.now = now;
            }
            Action::DayChanged(now) => next.now = now,
            Action::FocusMilestone(id) => next.focus = id,
            Action::SetClock { offset_ms, now } => {
                next.offset_ms = offset_ms;
                next.now = now;
            }
            Action::SetFold(fold, open) => next.folds = next.folds.with(fold, open),
        }
        next
    }
}

/// The instant that stands for a chosen calendar day in `zone`: its local noon (clear of DST changes).
pub fn noon_of(date: crate::calendar::NaiveDate, zone: &str, zones: &dyn Zones) -> DateTime<Utc> {
    let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
    let offset = zones.offset_seconds(zone, noon).unwrap_or(0);
    noon - crate::calendar::Duration::seconds(i64::from(offset))
}

/// The zone name the counts use for `choice`, falling back to the home zone with a problem when the
/// browser does not know the zone (or the reader's zone is unknown).
pub fn resolve_zone(
    choice: &ZoneChoice,
    home: &str,
    local: Option<&str>,
    zones: &dyn Zones,
) -> (String, Option<Problem>) {
    let candidate = match choice {
        ZoneChoice::Home => return (home.to_string(), None),
        ZoneChoice::Local => match local {
            Some(name) => name,
            None => {
                let problem = Problem::warning(
                    Location::Option(OptionName::Tz),
                    Msg::NoLocalZone(home.to_string()),
                );
                return (home.to_string(), Some(problem));
            }
        },
        ZoneChoice::Named(name) => name.as_str(),
    };
    match zones.offset_seconds(candidate, DateTime::UNIX_EPOCH) {
        Ok(_) => (candidate.to_string(), None),
        Err(e) => (
            home.to_string(),
            Some(Problem::warning(
                Location::Option(OptionName::Tz),
                Msg::ZoneFallback(e.0, home.to_string()),
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::UtcOnly;

    #[test]
    fn actions_change_one_thing() {
        let t0 = DateTime::UNIX_EPOCH;
        let t1 = t0 + crate::calendar::Duration::hours(5);
        let s = TrackerState {
            count: CountMode::Elapsed,
            zone: ZoneChoice::Home,
            now: t0,
            focus: None,
            offset_ms: 0,
            folds: Folds::default(),
        };
        assert_eq!(
            s.reduce(Action::SetCountMode(CountMode::Inclusive)).count,
            CountMode::Inclusive
        );
        let z = s.reduce(Action::SetZone(ZoneChoice::Local, t1));
        assert_eq!(
            (z.zone, z.now, z.count),
            (ZoneChoice::Local, t1, CountMode::Elapsed)
        );
        assert_eq!(s.reduce(Action::DayChanged(t1)).now, t1);
        let travelled = s.reduce(Action::SetClock {
            offset_ms: -5,
            now: t1,
        });
        assert_eq!(
            (travelled.offset_ms, travelled.now, travelled.count),
            (-5, t1, CountMode::Elapsed)
        );
        let focused = s.reduce(Action::FocusMilestone(Some("m1".into())));
        assert_eq!((focused.focus.as_deref(), focused.now), (Some("m1"), t0));
        let opened = s.reduce(Action::SetFold(Fold::Events, true));
        assert!(opened.folds.is_open(Fold::Events));
        assert!(!opened.folds.is_open(Fold::Projections));
        assert_eq!(opened.count, s.count);
        let folded = opened.reduce(Action::SetFold(Fold::Events, false));
        assert_eq!(folded, s);
        for fold in Fold::ALL {
            assert_eq!(Fold::from_name(fold.name()), Some(fold));
        }
    }

    #[test]
    fn an_option_wins_over_a_remembered_choice() {
        let remembered = Remembered {
            zone: Some(ZoneChoice::Local),
            count: Some(CountMode::Inclusive),
        };
        let t0 = DateTime::UNIX_EPOCH;
        let s = TrackerState::start(
            &Options::default(),
            remembered.clone(),
            t0,
            0,
            None,
            Folds::default(),
        );
        assert_eq!((s.zone, s.count), (ZoneChoice::Local, CountMode::Inclusive));
        let given = Options {
            count: Some(CountMode::Elapsed),
            ..Options::default()
        };
        let s = TrackerState::start(&given, remembered, t0, 0, None, Folds::default());
        assert_eq!((s.zone, s.count), (ZoneChoice::Local, CountMode::Elapsed));
        let s = TrackerState::start(
            &Options::default(),
            Remembered::default(),
            t0,
            0,
            None,
            Folds::default(),
        );
        assert_eq!((s.zone, s.count), (ZoneChoice::Home, CountMode::Elapsed));
    }

    #[test]
    fn noon_of_a_day_is_noon_there() {
        let d = crate::calendar::NaiveDate::from_ymd_opt(2023, 12, 16).unwrap();
        assert_eq!(
            crate::date::utc_text(noon_of(d, "UTC", &UtcOnly)),
            "2023-12-16T12:00:00Z"
        );
    }

    #[test]
    fn an_unknown_zone_falls_back_to_home_with_a_message() {
        let (zone, problem) = resolve_zone(
            &ZoneChoice::Named("Mars/Base".into()),
            "UTC",
            None,
            &UtcOnly,
        );
        assert_eq!(zone, "UTC");
        let problem = problem.unwrap();
        assert_eq!(problem.location, Location::Option(OptionName::Tz));
        assert_eq!(
            problem.message,
            Msg::ZoneFallback("Mars/Base".into(), "UTC".into())
        );
        assert_eq!(
            resolve_zone(&ZoneChoice::Local, "UTC", Some("Etc/UTC"), &UtcOnly),
            ("Etc/UTC".into(), None)
        );
    }
}
