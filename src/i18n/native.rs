//! Numbers, dates and plural forms without a browser: what `Intl` answers for the four languages, written
//! out for the build-time prerender, the dataset checker and the native tests. The app in the browser
//! never uses it (so it is not in the wasm); a browser test (`tests/locale_oracle.rs`) holds it to the
//! browser's own `Intl` answers.

use super::{Lang, Locale, Plural};
use milestone_core::calendar::{Datelike, NaiveDate};

pub struct NativeLocale {
    lang: Lang,
}

impl NativeLocale {
    pub fn new(lang: Lang) -> NativeLocale {
        NativeLocale { lang }
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Digits in groups of three with `separator`, from `min_grouping` digits on.
fn grouped(n: u64, separator: char, min_digits: usize) -> String {
    let digits = n.to_string();
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A compact form with East Asian units (10⁴, 10⁸, 10¹²; Korean also 10³): one decimal under ten units,
/// else whole units, rounded half away from zero; a figure that rounds up into the next unit takes it
/// (9,999 is 1만), as ICU's short compact notation does.
fn compact_east_asian(n: u64, units: [&str; 3], thousands: Option<&str>) -> Option<String> {
    let unit_of = |n: u64| match n {
        1_000_000_000_000.. => Some((1_000_000_000_000u128, units[2])),
        100_000_000.. => Some((100_000_000, units[1])),
        10_000.. => Some((10_000, units[0])),
        1_000.. => thousands.map(|t| (1_000, t)),
        _ => None,
    };
    let Some((scale, unit)) = unit_of(n) else {
        return Some(n.to_string());
    };
    let n = u128::from(n);
    let tenths = (n * 10 + scale / 2) / scale;
    let rounded = if tenths < 100 {
        tenths * scale / 10
    } else {
        (n + scale / 2) / scale * scale
    };
    if let Some((bigger, _)) = u64::try_from(rounded).ok().and_then(unit_of) {
        if bigger != scale {
            return compact_east_asian(rounded as u64, units, thousands);
        }
    }
    let text = if tenths < 100 {
        if tenths % 10 == 0 {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        }
    } else {
        ((n + scale / 2) / scale).to_string()
    };
    Some(format!("{text}{unit}"))
}

impl Locale for NativeLocale {
    fn plural(&self, n: i64) -> Plural {
        match self.lang {
            Lang::Ko | Lang::Ja => Plural::Other,
            _ if n.abs() == 1 => Plural::One,
            Lang::Es if n != 0 && n % 1_000_000 == 0 => Plural::Many,
            _ => Plural::Other,
        }
    }

    fn number(&self, n: u64) -> String {
        match self.lang {
            Lang::Es => grouped(n, '.', 5),
            _ => grouped(n, ',', 0),
        }
    }

    fn compact(&self, n: u64) -> Option<String> {
        match self.lang {
            Lang::Ko => compact_east_asian(n, ["만", "억", "조"], Some("천")),
            Lang::Ja => compact_east_asian(n, ["万", "億", "兆"], None),
            _ => None,
        }
    }

    fn date(&self, date: NaiveDate) -> String {
        let (y, m, d) = (date.year(), date.month(), date.day());
        match self.lang {
            Lang::En => format!("{} {d}, {y}", EN_MONTHS[m as usize - 1]),
            Lang::Ko => format!("{y}년 {m}월 {d}일"),
            Lang::Ja => format!("{y}年{m}月{d}日"),
            Lang::Es => format!("{d} de {} de {y}", ES_MONTHS[m as usize - 1]),
        }
    }

    fn month(&self, year: i32, month: u32) -> String {
        let index = (month.clamp(1, 12) - 1) as usize;
        match self.lang {
            Lang::En => format!("{} {year}", EN_MONTHS[index]),
            Lang::Ko => format!("{year}년 {month}월"),
            Lang::Ja => format!("{year}年{month}月"),
            Lang::Es => format!("{} de {year}", ES_MONTHS[index]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_four_languages_write_numbers_and_dates_their_way() {
        let [en, ko, ja, es] = Lang::ALL.map(NativeLocale::new);
        assert_eq!(en.number(600_000_000), "600,000,000");
        assert_eq!(es.number(600_000_000), "600.000.000");
        assert_eq!(es.number(1234), "1234");
        assert_eq!(es.number(12345), "12.345");
        assert_eq!(ko.compact(600_000_000).as_deref(), Some("6억"));
        assert_eq!(ko.compact(60_000_000).as_deref(), Some("6000만"));
        assert_eq!(ja.compact(600_000_000).as_deref(), Some("6億"));
        assert_eq!(ko.compact(12_345).as_deref(), Some("1.2만"));
        assert_eq!(ko.compact(9_999).as_deref(), Some("1만"));
        assert_eq!(ko.compact(99_995_000).as_deref(), Some("1억"));
        assert_eq!(ja.compact(9_999).as_deref(), Some("9999"));
        assert_eq!(en.compact(600_000_000), None);
        assert_eq!(en.date(day("2023-09-08")), "September 8, 2023");
        assert_eq!(ko.date(day("2023-09-08")), "2023년 9월 8일");
        assert_eq!(ja.date(day("2023-09-08")), "2023年9月8日");
        assert_eq!(es.date(day("2023-09-08")), "8 de septiembre de 2023");
        assert_eq!(en.month(2023, 10), "October 2023");
        assert_eq!(es.month(2023, 10), "octubre de 2023");
        assert_eq!(en.plural(1), Plural::One);
        assert_eq!(ko.plural(1), Plural::Other);
        assert_eq!(es.plural(1_000_000), Plural::Many);
    }
}
