//! The tracker's state and its verb-named actions: one reducer, pure, so it is tested natively.
//! The clock enters only as an instant carried by an action.

use crate::days::CountMode;
use crate::options::ZoneChoice;
use crate::validate::{Location, Problem};
use crate::zone::Zones;
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, PartialEq)]
pub struct TrackerState {
    pub count: CountMode,
    pub zone: ZoneChoice,
    /// The clock when the day was last (re)computed: at start, on a day change, on a zone change.
    pub now: DateTime<Utc>,
    /// The milestone a deep link (`#m=<id>`) points at.
    pub focus: Option<String>,
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
}

impl TrackerState {
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
        }
        next
    }
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
                    Location::Option("tz".into()),
                    format!("the browser did not say which time zone it is in; using {home}"),
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
                Location::Option("tz".into()),
                format!("{e}; using {home}"),
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
        let t1 = t0 + chrono::Duration::hours(5);
        let s = TrackerState {
            count: CountMode::Elapsed,
            zone: ZoneChoice::Home,
            now: t0,
            focus: None,
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
        let focused = s.reduce(Action::FocusMilestone(Some("m1".into())));
        assert_eq!((focused.focus.as_deref(), focused.now), (Some("m1"), t0));
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
        assert_eq!(problem.location, Location::Option("tz".into()));
        assert!(problem.message.contains("unknown time zone \"Mars/Base\""));
        assert_eq!(
            resolve_zone(&ZoneChoice::Local, "UTC", Some("Etc/UTC"), &UtcOnly),
            ("Etc/UTC".into(), None)
        );
    }
}
