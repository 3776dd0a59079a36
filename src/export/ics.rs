//! The upcoming anniversaries as an iCalendar file (RFC 5545): all-day events for the next 100th days
//! and years (the same `days::hundred_days` and `days::yearly` the tracker lists), with stable UIDs so
//! re-importing updates instead of duplicating.

use super::slug;
use crate::i18n::{text, Language};
use milestone_core::calendar::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use milestone_core::days::{hundred_days, merge, yearly, AnniversaryKind, CountMode};
use milestone_core::model::Subject;
use milestone_core::product::{CALENDAR_HUNDRED_DAYS, CALENDAR_YEARS};

/// The `.ics` file for the next anniversaries on or after `today`; `stamp` is when it was made.
pub fn anniversaries_ics(
    l: &Language,
    subject: &Subject,
    mode: CountMode,
    today: NaiveDate,
    stamp: DateTime<Utc>,
) -> String {
    let release = subject.release_date();
    let key = uid_key(subject);
    let count = match mode {
        CountMode::Elapsed => l.t.since_release.other(),
        CountMode::Inclusive => l.t.inclusive_caption,
    };
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(&fold(s));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//milestone-tracker//anniversaries//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape(&format!("{} anniversaries", subject.album))
    ));
    let events = merge(
        hundred_days(mode, release, today).take(CALENDAR_HUNDRED_DAYS),
        yearly(release, today).take(CALENDAR_YEARS),
    );
    for a in events {
        let uid = match a.kind {
            AnniversaryKind::Day(n) => format!("{key}-{}-day-{n}", mode.as_str()),
            AnniversaryKind::Year(n) => format!("{key}-year-{n}"),
        };
        line("BEGIN:VEVENT");
        line(&format!("UID:{uid}@milestone-tracker"));
        // Written out rather than with chrono's strftime, whose parser and formatter would add
        // about 14 kB to the wasm for this one line.
        line(&format!(
            "DTSTAMP:{}T{:02}{:02}{:02}Z",
            compact(stamp.date_naive()),
            stamp.hour(),
            stamp.minute(),
            stamp.second()
        ));
        line(&format!("DTSTART;VALUE=DATE:{}", compact(a.date)));
        line(&format!(
            "DTEND;VALUE=DATE:{}",
            compact(a.date + Duration::days(1))
        ));
        line(&format!(
            "SUMMARY:{}",
            escape(&format!(
                "{}: {}",
                subject.album,
                text::anniversary_title(l, a.kind)
            ))
        ));
        line(&format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "{} · {} · {} {} ({count})",
                subject.album, subject.artist, l.t.released, subject.release
            ))
        ));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn compact(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A stable, safe UID stem for a subject: FNV-1a of artist, album and release, in hex.
fn uid_key(subject: &Subject) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!(
        "{}\u{1f}{}\u{1f}{}",
        subject.artist, subject.album, subject.release
    )
    .bytes()
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 74 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// A file name from the album title: `layover-anniversaries.ics`.
pub fn file_name(subject: &Subject) -> String {
    format!("{}-anniversaries.ics", slug(&subject.album))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::native::NativeLocale;
    use crate::i18n::Lang;
    use milestone_core::validate::load;
    use milestone_core::zone::UtcOnly;

    fn language(lang: Lang) -> Language {
        Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang)))
    }

    fn subject() -> Subject {
        let json = crate::DEFAULT_DATASET.replace("\"Asia/Seoul\"", "\"UTC\"");
        load(&json, &UtcOnly)
            .dataset
            .expect("the default dataset")
            .subject
    }

    #[test]
    fn the_calendar_holds_the_next_hundred_days_and_years() {
        let s = subject();
        let en = language(Lang::En);
        let today = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
        let ics = anniversaries_ics(&en, &s, CountMode::Inclusive, today, DateTime::UNIX_EPOCH);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            CALENDAR_HUNDRED_DAYS + CALENDAR_YEARS
        );
        assert!(ics.contains("DTSTART;VALUE=DATE:20231216\r\nDTEND;VALUE=DATE:20231217\r\nSUMMARY:Layover: Day 100\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20240325\r\n"), "day 200");
        assert!(ics.contains("DTSTAMP:19700101T000000Z\r\n"));
        let stamp = DateTime::from_timestamp(1_702_688_405, 0).unwrap(); // 2023-12-16T01:00:05Z
        let later = anniversaries_ics(&en, &s, CountMode::Inclusive, today, stamp);
        assert!(later.contains("DTSTAMP:20231216T010005Z\r\n"), "{later}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20240908\r\nDTEND;VALUE=DATE:20240909\r\nSUMMARY:Layover: 1st anniversary\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 75), "every line folded");
        let starts: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTSTART")).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted, "in date order");
        // Stable UIDs: the same file twice, and a different UID per event.
        assert_eq!(
            ics,
            anniversaries_ics(&en, &s, CountMode::Inclusive, today, DateTime::UNIX_EPOCH)
        );
        let uids: std::collections::BTreeSet<&str> =
            ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), CALENDAR_HUNDRED_DAYS + CALENDAR_YEARS);
    }

    #[test]
    fn the_calendar_speaks_the_readers_language() {
        let ko = language(Lang::Ko);
        let today = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
        let ics = anniversaries_ics(
            &ko,
            &subject(),
            CountMode::Inclusive,
            today,
            DateTime::UNIX_EPOCH,
        );
        assert!(ics.contains("SUMMARY:Layover: 100일째\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Layover: 1주년\r\n"));
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_on_character_boundaries() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "레이오버".repeat(20));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), long);
        assert_eq!(file_name(&subject()), "layover-anniversaries.ics");
    }
}
