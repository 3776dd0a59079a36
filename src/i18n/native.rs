//! Numbers, dates and plural forms without a browser: what `Intl` answers for the thirteen languages, written
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

const ID_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const MS_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
];

const PT_MONTHS: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];

const TH_MONTHS: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

const FIL_MONTHS: [&str; 12] = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
];

const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
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

/// Thai dates count years in the Buddhist era, as `Intl`'s `th` calendar does.
const BUDDHIST_ERA: i32 = 543;

impl Locale for NativeLocale {
    fn plural(&self, n: i64) -> Plural {
        let n = n.abs();
        match self.lang {
            Lang::Ko
            | Lang::Ja
            | Lang::Id
            | Lang::Th
            | Lang::Vi
            | Lang::ZhHans
            | Lang::ZhHant
            | Lang::Ms => Plural::Other,
            Lang::PtBr if n <= 1 => Plural::One,
            Lang::PtBr | Lang::Es if n != 0 && n % 1_000_000 == 0 => Plural::Many,
            Lang::Fil if !matches!(n % 10, 4 | 6 | 9) => Plural::One,
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            Lang::En | Lang::Es if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }

    fn number(&self, n: u64) -> String {
        match self.lang {
            Lang::Es => grouped(n, '.', 5),
            Lang::Id | Lang::PtBr | Lang::Vi => grouped(n, '.', 0),
            _ => grouped(n, ',', 0),
        }
    }

    fn compact(&self, n: u64) -> Option<String> {
        match self.lang {
            Lang::Ko => compact_east_asian(n, ["만", "억", "조"], Some("천")),
            Lang::Ja => compact_east_asian(n, ["万", "億", "兆"], None),
            Lang::ZhHans => compact_east_asian(n, ["万", "亿", "万亿"], None),
            Lang::ZhHant => compact_east_asian(n, ["萬", "億", "兆"], None),
            _ => None,
        }
    }

    fn date(&self, date: NaiveDate) -> String {
        let (y, m, d) = (date.year(), date.month(), date.day());
        let name = |names: [&'static str; 12]| names[m as usize - 1];
        match self.lang {
            Lang::En => format!("{} {d}, {y}", name(EN_MONTHS)),
            Lang::Ko => format!("{y}년 {m}월 {d}일"),
            Lang::Ja | Lang::ZhHans | Lang::ZhHant => format!("{y}年{m}月{d}日"),
            Lang::Es => format!("{d} de {} de {y}", name(ES_MONTHS)),
            Lang::PtBr => format!("{d} de {} de {y}", name(PT_MONTHS)),
            Lang::Id => format!("{d} {} {y}", name(ID_MONTHS)),
            Lang::Ms => format!("{d} {} {y}", name(MS_MONTHS)),
            Lang::Th => format!("{d} {} {}", name(TH_MONTHS), y + BUDDHIST_ERA),
            Lang::Vi => format!("{d} tháng {m}, {y}"),
            Lang::Fil => format!("{} {d}, {y}", name(FIL_MONTHS)),
            Lang::Ar => format!("{d} {} {y}", name(AR_MONTHS)),
        }
    }

    fn month(&self, year: i32, month: u32) -> String {
        let month = month.clamp(1, 12);
        let name = |names: [&'static str; 12]| names[(month - 1) as usize];
        match self.lang {
            Lang::En => format!("{} {year}", name(EN_MONTHS)),
            Lang::Ko => format!("{year}년 {month}월"),
            Lang::Ja | Lang::ZhHans | Lang::ZhHant => format!("{year}年{month}月"),
            Lang::Es => format!("{} de {year}", name(ES_MONTHS)),
            Lang::PtBr => format!("{} de {year}", name(PT_MONTHS)),
            Lang::Id => format!("{} {year}", name(ID_MONTHS)),
            Lang::Ms => format!("{} {year}", name(MS_MONTHS)),
            Lang::Th => format!("{} {}", name(TH_MONTHS), year + BUDDHIST_ERA),
            Lang::Vi => format!("tháng {month} năm {year}"),
            Lang::Fil => format!("{} {year}", name(FIL_MONTHS)),
            Lang::Ar => format!("{} {year}", name(AR_MONTHS)),
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
    fn the_languages_write_numbers_and_dates_their_way() {
        let [en, ko, ja, es, id, pt, th, vi, hans, hant, fil, ms, ar] =
            Lang::ALL.map(NativeLocale::new);
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
        assert_eq!(id.number(600_000_000), "600.000.000");
        assert_eq!(pt.date(day("2023-09-08")), "8 de setembro de 2023");
        assert_eq!(th.date(day("2023-09-08")), "8 กันยายน 2566");
        assert_eq!(vi.date(day("2023-09-08")), "8 tháng 9, 2023");
        assert_eq!(vi.month(1999, 12), "tháng 12 năm 1999");
        assert_eq!(hans.compact(600_000_000).as_deref(), Some("6亿"));
        assert_eq!(hant.compact(2_000_000_000_000).as_deref(), Some("2兆"));
        assert_eq!(fil.date(day("2023-09-08")), "Setyembre 8, 2023");
        assert_eq!(ms.month(2023, 3), "Mac 2023");
        assert_eq!(ar.date(day("2023-09-08")), "8 سبتمبر 2023");
        let arabic = [0, 1, 2, 3, 10, 11, 99, 100, 103, 111].map(|n| ar.plural(n));
        use Plural::*;
        assert_eq!(
            arabic,
            [Zero, One, Two, Few, Few, Many, Many, Other, Few, Many]
        );
        assert_eq!([0, 1, 2].map(|n| pt.plural(n)), [One, One, Other]);
        assert_eq!(
            [1, 2, 4, 6, 9, 10, 14].map(|n| fil.plural(n)),
            [One, One, Other, Other, Other, One, Other]
        );
    }
}
