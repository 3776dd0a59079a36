//! The core's own calendar (`milestone_core::calendar`) against chrono, which it replaces in the wasm:
//! dates across the whole range, day arithmetic, instants and their wall clock, and the text forms.

use milestone_core::calendar::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use proptest::prelude::*;

fn theirs(date: NaiveDate) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(date.year(), date.month(), date.day()).unwrap()
}

/// Every (year, month, day) triple, most of them impossible, over chrono's range and a little past.
fn triple() -> impl Strategy<Value = (i32, u32, u32)> {
    (-262_150i32..262_150, 0u32..14, 0u32..33)
}

/// Dates from chrono's first to its last.
fn date() -> impl Strategy<Value = NaiveDate> {
    let span = (NaiveDate::MAX - NaiveDate::MIN).num_days();
    (0..=span).prop_map(|d| {
        NaiveDate::MIN
            .checked_add_signed(Duration::days(d))
            .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn the_same_dates_exist(t in triple()) {
        let ours = NaiveDate::from_ymd_opt(t.0, t.1, t.2);
        let chronos = chrono::NaiveDate::from_ymd_opt(t.0, t.1, t.2);
        prop_assert_eq!(ours.is_some(), chronos.is_some(), "{:?}", t);
        if let (Some(ours), Some(chronos)) = (ours, chronos) {
            prop_assert_eq!(ours.to_string(), chronos.to_string());
            use chrono::Datelike as _;
            prop_assert_eq!(ours.num_days_from_ce(), chronos.num_days_from_ce());
        }
    }

    #[test]
    fn day_arithmetic_agrees(a in date(), b in date(), n in -1_000_000i64..1_000_000) {
        prop_assert_eq!((b - a).num_days(), (theirs(b) - theirs(a)).num_days());
        let ours = a.checked_add_signed(Duration::days(n)).map(|d| d.to_string());
        let chronos = theirs(a).checked_add_signed(chrono::Duration::days(n)).map(|d| d.to_string());
        prop_assert_eq!(ours, chronos);
        prop_assert_eq!(a.succ_opt().map(|d| d.to_string()), theirs(a).succ_opt().map(|d| d.to_string()));
        prop_assert_eq!(a.pred_opt().map(|d| d.to_string()), theirs(a).pred_opt().map(|d| d.to_string()));
        prop_assert_eq!(a < b, theirs(a) < theirs(b));
    }

    #[test]
    fn with_year_agrees(a in date(), year in -3000i32..3000) {
        use chrono::Datelike as _;
        prop_assert_eq!(a.with_year(year).map(|d| d.to_string()), theirs(a).with_year(year).map(|d| d.to_string()));
    }

    #[test]
    fn instants_agree(ms in -8_000_000_000_000_000i64..8_000_000_000_000_000) {
        let ours = DateTime::<Utc>::from_timestamp_millis(ms);
        let chronos = chrono::DateTime::from_timestamp_millis(ms);
        prop_assert_eq!(ours.is_some(), chronos.is_some());
        if let (Some(ours), Some(chronos)) = (ours, chronos) {
            use chrono::Timelike as _;
            prop_assert_eq!(ours.timestamp(), chronos.timestamp());
            prop_assert_eq!(ours.timestamp_subsec_millis(), chronos.timestamp_subsec_millis());
            prop_assert_eq!(ours.date_naive().to_string(), chronos.date_naive().to_string());
            prop_assert_eq!((ours.hour(), ours.minute(), ours.second()), (chronos.hour(), chronos.minute(), chronos.second()));
            prop_assert_eq!(ours.to_string(), chronos.to_string());
            let noon = ours.date_naive().and_hms_opt(12, 0, 0).unwrap().and_utc();
            let chrono_noon = chronos.date_naive().and_hms_opt(12, 0, 0).unwrap().and_utc();
            prop_assert_eq!(noon.timestamp_millis(), chrono_noon.timestamp_millis());
        }
    }
}

#[test]
fn the_ends_of_the_range_are_chronos() {
    assert_eq!(
        NaiveDate::MIN.to_string(),
        chrono::NaiveDate::MIN.to_string()
    );
    assert_eq!(
        NaiveDate::MAX.to_string(),
        chrono::NaiveDate::MAX.to_string()
    );
    assert!(NaiveDate::MAX.succ_opt().is_none());
    assert!(NaiveDate::MIN.pred_opt().is_none());
}
