//! The upcoming anniversaries as an iCalendar file (RFC 5545): all-day events for every 100th day and
//! every year, with stable UIDs so re-importing updates instead of duplicating. Pure text.

use crate::days::{date_of_day, year_anniversary, CountMode, HUNDRED_DAY_STEP};
use crate::i18n::Texts;
use crate::model::Subject;
use crate::text;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};

/// How many of each kind of anniversary the file holds.
pub const CALENDAR_HUNDRED_DAYS: usize = 10;
pub const CALENDAR_YEARS: usize = 5;

/// The `.ics` file for the next anniversaries after (and including) `today`.
pub fn anniversaries_ics(
    t: &Texts,
    subject: &Subject,
    mode: CountMode,
    today: NaiveDate,
    stamp: DateTime<Utc>,
) -> String {
    let release = subject.release_date();
    let key = uid_key(subject);
    let mut events: Vec<(NaiveDate, String, String)> = Vec::new();
    let mut n = HUNDRED_DAY_STEP;
    while events.len() < CALENDAR_HUNDRED_DAYS {
        match date_of_day(mode, release, n) {
            Some(date) if date >= today => events.push((
                date,
                format!("{key}-{}-day-{n}", mode.as_str()),
                text::anniversary_title(t, crate::days::AnniversaryKind::Day(n)),
            )),
            Some(_) => {}
            None => break,
        }
        n += HUNDRED_DAY_STEP;
    }
    let mut years = 0;
    let mut year = 1;
    while years < CALENDAR_YEARS {
        match year_anniversary(release, year) {
            Some(date) if date >= today => {
                events.push((
                    date,
                    format!("{key}-year-{year}"),
                    text::anniversary_title(t, crate::days::AnniversaryKind::Year(year)),
                ));
                years += 1;
            }
            Some(_) => {}
            None => break,
        }
        year += 1;
    }
    events.sort();

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
    let count = match mode {
        CountMode::Elapsed => (t.since_release)(crate::i18n::Plural::Other),
        CountMode::Inclusive => t.inclusive_caption,
    };
    for (date, uid, title) in events {
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
        line(&format!("DTSTART;VALUE=DATE:{}", compact(date)));
        line(&format!(
            "DTEND;VALUE=DATE:{}",
            compact(date + Duration::days(1))
        ));
        line(&format!(
            "SUMMARY:{}",
            escape(&format!("{}: {title}", subject.album))
        ));
        line(&format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "{} · {} · {} {} ({count})",
                subject.album, subject.artist, t.released, subject.release
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
    format!("{}-anniversaries.ics", text::slug(&subject.album))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;
    use crate::zone::UtcOnly;

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
        let today = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
        let ics = anniversaries_ics(
            crate::i18n::Lang::En.texts(),
            &s,
            CountMode::Inclusive,
            today,
            DateTime::UNIX_EPOCH,
        );
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
        let later = anniversaries_ics(
            crate::i18n::Lang::En.texts(),
            &s,
            CountMode::Inclusive,
            today,
            stamp,
        );
        assert!(later.contains("DTSTAMP:20231216T010005Z\r\n"), "{later}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20240908\r\nDTEND;VALUE=DATE:20240909\r\nSUMMARY:Layover: 1st anniversary\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 75), "every line folded");
        // Stable UIDs: the same file twice, and a different UID per event.
        assert_eq!(
            ics,
            anniversaries_ics(
                crate::i18n::Lang::En.texts(),
                &s,
                CountMode::Inclusive,
                today,
                DateTime::UNIX_EPOCH
            )
        );
        let uids: std::collections::HashSet<&str> =
            ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), CALENDAR_HUNDRED_DAYS + CALENDAR_YEARS);
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
