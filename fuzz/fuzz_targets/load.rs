//! Fuzzes the single entry point for dataset text (parse, read and check), then the day counting and the
//! text each rendered milestone would get, with zones of several offsets so claim checks run too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use milestone_core::calendar::{DateTime, NaiveDate, Utc};
use milestone_core::days::{anniversaries, count_days, counting_date, CountMode};
use milestone_core::validate::load;
use milestone_core::zone::{UnknownZone, Zones};

/// Fixed offsets for a few names: no tz database needed in the fuzzer.
struct FixedZones;
impl Zones for FixedZones {
    fn offset_seconds(&self, zone: &str, _at: DateTime<Utc>) -> Result<i32, UnknownZone> {
        match zone {
            "UTC" => Ok(0),
            "Asia/Seoul" => Ok(9 * 3600),
            "Asia/Kathmandu" => Ok(5 * 3600 + 45 * 60),
            "Pacific/Pago_Pago" => Ok(-11 * 3600),
            "Pacific/Kiritimati" => Ok(14 * 3600),
            other => Err(UnknownZone(other.to_string())),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = load(text, &FixedZones);
    for problem in &loaded.problems {
        let _ = format!("{problem:?}");
    }
    let Some(dataset) = loaded.dataset else {
        return;
    };
    let release = dataset.subject.release_date();
    let today = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    for mode in [CountMode::Elapsed, CountMode::Inclusive] {
        let _ = count_days(mode, release, today);
        let _ = anniversaries(mode, release, today).take(4).count();
    }
    for m in &dataset.milestones {
        for zone in ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let _ = counting_date(&m.date, &FixedZones, zone);
        }
        let _ = m.source.safe_url();
        let _ = m.metric.as_ref().map(|metric| metric.scope.to_string());
    }
});
