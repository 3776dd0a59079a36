//! The native locale (`i18n::native`, which the prerender, the checker and the native tests use) against
//! the browser's own `Intl`, for the thirteen languages: plural categories (all six, for Arabic),
//! numbers, the East Asian compact numbers (Korean, Japanese, Chinese), dates (Thai's Buddhist era)
//! and months. When they agree, the native tests of wording speak as the browser would.
#![cfg(target_arch = "wasm32")]

use milestone_core::calendar::NaiveDate;
use milestone_tracker::i18n::native::NativeLocale;
use milestone_tracker::i18n::{Lang, Locale};
use milestone_tracker::web::intl::IntlLocale;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn native_and_intl_agree_in_every_language() {
    let numbers = [
        0u64,
        1,
        2,
        3,
        4,
        6,
        7,
        11,
        21,
        100,
        999,
        1_000,
        1_234,
        9_999,
        10_000,
        12_345,
        99_999,
        100_000,
        384_615,
        1_000_000,
        12_500_000,
        40_000_000,
        60_000_000,
        99_990_000,
        100_000_000,
        600_000_000,
        1_234_567_890,
        2_000_000_000_000,
    ];
    let days: Vec<NaiveDate> = [
        "2023-09-08",
        "2023-12-16",
        "2024-02-29",
        "2025-01-01",
        "1999-12-31",
        "2030-07-04",
    ]
    .iter()
    .map(|d| d.parse().unwrap())
    .collect();
    let mut compared = 0;
    for lang in Lang::ALL {
        let native = NativeLocale::new(lang);
        let intl = IntlLocale { tag: lang.tag() };
        for n in numbers {
            assert_eq!(native.number(n), intl.number(n), "{lang:?} number {n}");
            assert_eq!(
                native.plural(n as i64),
                intl.plural(n as i64),
                "{lang:?} plural {n}"
            );
            if matches!(lang, Lang::Ko | Lang::Ja | Lang::ZhHans | Lang::ZhHant) {
                assert_eq!(native.compact(n), intl.compact(n), "{lang:?} compact {n}");
            }
            compared += 1;
        }
        for day in &days {
            assert_eq!(native.date(*day), intl.date(*day), "{lang:?} {day}");
        }
        for month in 1..=12 {
            assert_eq!(
                native.month(2023, month),
                intl.month(2023, month),
                "{lang:?} month {month}"
            );
        }
    }
    assert_eq!(compared, Lang::ALL.len() * numbers.len());
}
