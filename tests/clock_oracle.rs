//! The production day count (the browser's `Intl`, through `IntlZones`) against an independent oracle
//! (jiff with its bundled IANA data and its own calendar, sharing no code with the core's) for 10,000
//! random (instant, zone, mode) cases from 1900 to 2200, plus every second around DST changes and leap days.
#![cfg(target_arch = "wasm32")]

use milestone_core::calendar::{DateTime, Datelike, Duration, NaiveDate, Utc};
use milestone_core::days::{count_days, CountMode};
use milestone_core::zone::local_date;
use milestone_tracker::web::intl::IntlZones;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ZONES: [&str; 24] = [
    "Pacific/Pago_Pago",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/St_Johns",
    "America/Sao_Paulo",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Moscow",
    "Asia/Tehran",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Shanghai",
    "Australia/Eucla",
    "Asia/Seoul",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
];

/// xorshift64*: a fixed seed, so a failure is reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo) as u64) as i64
    }
}

fn jiff_date(date: NaiveDate) -> jiff::civil::Date {
    jiff::civil::date(date.year() as i16, date.month() as i8, date.day() as i8)
}

fn oracle(zone: &str, at: DateTime<Utc>, mode: CountMode, release: NaiveDate) -> i64 {
    let tz = jiff::tz::TimeZone::get(zone).expect("jiff knows the zone");
    let local = jiff::Timestamp::from_second(at.timestamp())
        .unwrap()
        .to_zoned(tz)
        .date();
    let elapsed = i64::from(local.since(jiff_date(release)).unwrap().get_days());
    match mode {
        CountMode::Inclusive if elapsed >= 0 => elapsed + 1,
        _ => elapsed,
    }
}

fn check(
    zones: &IntlZones,
    zone: &str,
    at: DateTime<Utc>,
    mode: CountMode,
    release: NaiveDate,
) -> Option<String> {
    let today = local_date(zones, zone, at).expect("Intl knows the zone");
    let ours = count_days(mode, release, today);
    let theirs = oracle(zone, at, mode, release);
    (ours != theirs).then(|| {
        format!("{zone} at {at}, {mode:?} from {release}: Intl gives {ours}, the oracle {theirs}")
    })
}

#[wasm_bindgen_test]
fn ten_thousand_random_cases_agree() {
    let zones = IntlZones::default();
    let mut rng = Rng(0x5EED_1A70_7E25_2023);
    let (from, to) = (-2_208_988_800i64, 7_258_118_400i64); // 1900-01-01 .. 2200-01-01
    let mut disagreements = Vec::new();
    for _ in 0..10_000 {
        let at = DateTime::from_timestamp(rng.range(from, to), 0).unwrap();
        let zone = ZONES[rng.range(0, ZONES.len() as i64) as usize];
        let mode = if rng.next().is_multiple_of(2) {
            CountMode::Elapsed
        } else {
            CountMode::Inclusive
        };
        let release = at.date_naive() + Duration::days(rng.range(-3_000, 3_000));
        disagreements.extend(check(&zones, zone, at, mode, release));
    }
    disagreements.sort();
    assert!(
        disagreements.is_empty(),
        "{} of 10,000 disagree, e.g. {:#?}",
        disagreements.len(),
        &disagreements
    );
}

#[wasm_bindgen_test]
fn around_dst_changes_leap_days_and_midnights() {
    let zones = IntlZones::default();
    let release = NaiveDate::from_ymd_opt(2023, 9, 8).unwrap();
    let moments = [
        "2024-03-10T07:00:00Z", // New York springs forward
        "2024-11-03T06:00:00Z", // and falls back
        "2024-03-31T01:00:00Z", // Europe
        "2024-04-06T15:00:00Z", // Lord Howe, half an hour
        "2024-09-28T14:00:00Z", // Chatham
        "2024-02-28T15:00:00Z", // Seoul's 29 February
        "2100-02-28T15:00:00Z", // not a leap day in 2100
        "2023-12-31T15:00:00Z", // Seoul's new year
        "1900-01-01T00:00:00Z",
        "2199-12-31T12:00:00Z",
    ];
    let mut disagreements = Vec::new();
    for moment in moments {
        let centre = DateTime::from_timestamp_millis(
            moment.parse::<jiff::Timestamp>().unwrap().as_millisecond(),
        )
        .unwrap();
        for offset in (-3 * 3600..=3 * 3600).step_by(900).chain(-2..=2) {
            for zone in ZONES {
                for mode in [CountMode::Elapsed, CountMode::Inclusive] {
                    disagreements.extend(check(
                        &zones,
                        zone,
                        centre + Duration::seconds(offset),
                        mode,
                        release,
                    ));
                }
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagree, e.g. {:#?}",
        disagreements.len(),
        &disagreements[..disagreements.len().min(5)]
    );
}
