//! Problems in words: each message code (`milestone_core::problem::Msg`) with its arguments, in the
//! words of a language's table, and where it is. The rules are the same in every language; only the
//! tables differ.

use super::{fill, Language, Texts};
use milestone_core::problem::{Expected, FetchWhy, Found, Location, Msg, Problem};

/// Where a problem is: "line 3, column 19", "milestones[0].date (line 3, column 19)", "option tz".
/// An empty path is the document as a whole; a path whose place in the text is unknown is shown alone.
pub fn location(t: &Texts, location: &Location) -> String {
    let m = &t.msg;
    let place =
        |line: usize, column: usize| fill(m.line_column, &[&line.to_string(), &column.to_string()]);
    match location {
        Location::Text(pos) => place(pos.line, pos.column),
        Location::Path { path, .. } if path.is_root() => m.top_level.to_string(),
        Location::Path { path, pos: None } => path.to_string(),
        Location::Path {
            path,
            pos: Some(pos),
        } => fill(
            m.path_at,
            &[&path.to_string(), &place(pos.line, pos.column)],
        ),
        Location::Option(name) => fill(m.option_named, &[name.as_str()]),
    }
}

/// `a, b, c`: the words as the file writes them, without marks around them.
fn listed(words: &[&str]) -> String {
    words.join(", ")
}

fn found(l: &Language, f: &Found) -> String {
    let m = &l.t.msg;
    match f {
        Found::Null => m.found_null.to_string(),
        Found::Bool(b) => fill(m.found_bool, &[if *b { "true" } else { "false" }]),
        Found::Number(n) => fill(m.found_number, &[n]),
        Found::Text(t) => fill(m.found_text, &[t]),
        Found::List => m.found_list.to_string(),
        Found::Object => m.found_object.to_string(),
    }
}

fn expected(l: &Language, e: &Expected) -> String {
    let m = &l.t.msg;
    match e {
        Expected::Object => m.expected_object.to_string(),
        Expected::List => m.expected_list.to_string(),
        Expected::Text => m.expected_text.to_string(),
        Expected::WholeNonNegative => m.expected_whole_non_negative.to_string(),
        Expected::Whole => m.expected_whole.to_string(),
        Expected::WholeUpTo(max) => fill(m.expected_whole_up_to, &[&max.to_string()]),
        Expected::Bool => m.expected_bool.to_string(),
        Expected::Date => m.expected_date.to_string(),
        Expected::OneOf(words) => fill(m.expected_one_of, &[&listed(words)]),
        Expected::Scope => m.expected_scope.to_string(),
    }
}

/// Why a URL gave no data.
fn fetch_why(l: &Language, why: FetchWhy) -> String {
    let m = &l.t.msg;
    let w = &m.fetch_why;
    match why {
        FetchWhy::Status(status) => fill(m.fetch_status, &[&status.to_string()]),
        FetchWhy::Cors => w.cors.to_string(),
        FetchWhy::Network => w.network.to_string(),
        FetchWhy::Timeout => w.timeout.to_string(),
        FetchWhy::TooLarge => w.too_large.to_string(),
        FetchWhy::NotHttp => w.not_http.to_string(),
        FetchWhy::NotData => w.not_data.to_string(),
        FetchWhy::NewCopyHasErrors => w.new_copy_has_errors.to_string(),
    }
}

/// When a kept copy was fetched: its date in `l`'s words and the time in UTC.
fn fetched_at(
    l: &Language,
    t: milestone_core::calendar::DateTime<milestone_core::calendar::Utc>,
) -> String {
    use milestone_core::calendar::Timelike;
    format!(
        "{} {:02}:{:02} UTC",
        l.date(t.date_naive()),
        t.hour(),
        t.minute()
    )
}

/// A problem on one line, where and what: "milestones[0].date (line 3, column 19): …".
pub fn problem_line(l: &Language, p: &Problem) -> String {
    format!("{}: {}", location(l.t, &p.location), message(l, &p.message))
}

/// A problem's message in the words of `l`.
pub fn message(l: &Language, msg: &Msg) -> String {
    use milestone_core::date::DateError;
    let m = &l.t.msg;
    let precision = |p: milestone_core::date::Precision| m.precisions.of(p);
    match msg {
        Msg::Malformed(s) => fill(m.malformed, &[m.syntax.of(*s)]),
        Msg::WrongType {
            found: f,
            expected: e,
        } => fill(m.wrong_type, &[&found(l, f), &expected(l, e)]),
        Msg::WrongValue {
            found: f,
            expected: e,
        } => fill(m.wrong_value, &[&found(l, f), &expected(l, e)]),
        Msg::MissingField(f) => fill(m.missing_field, &[f]),
        Msg::UnknownField { field, allowed: [] } => fill(m.unknown_field_none, &[field]),
        Msg::UnknownField { field, allowed } => fill(m.unknown_field, &[field, &listed(allowed)]),
        Msg::UnknownWord { word, allowed } => fill(m.unknown_word, &[word, &listed(allowed)]),
        Msg::DuplicateField(f) => fill(m.duplicate_field, &[f]),
        Msg::MoreProblems(n) => l.count(&m.more_problems, *n as i64, &[&n.to_string()]),
        Msg::Date(DateError::NotADate(t)) => fill(m.not_a_date, &[t, m.expected_date]),
        Msg::Date(DateError::NotAnInstant(t)) => fill(m.not_an_instant, &[t, m.expected_date]),
        Msg::Date(DateError::NoSuchMonth(t, month)) => {
            fill(m.no_such_month, &[t, &month.to_string()])
        }
        Msg::Date(DateError::NotARealDate(t)) => fill(m.not_a_real_date, &[t]),
        Msg::Date(DateError::NotADay(t, p)) => fill(m.not_a_day, &[t, precision(*p)]),
        Msg::UnknownZone(z) => fill(m.unknown_zone, &[z]),
        Msg::ReleaseNotADay(v, p) => fill(m.release_not_a_day, &[v, precision(*p)]),
        Msg::Empty => m.empty.to_string(),
        Msg::NoSource => m.no_source.to_string(),
        Msg::NotADuration(v, example) => fill(m.not_a_duration, &[v, example]),
        Msg::NoSuchTrack(id) => fill(m.no_such_track, &[id]),
        Msg::DurationSum(total, sum) => fill(
            m.duration_sum,
            &[total, &format!("{}:{:02}", sum / 60, sum % 60)],
        ),
        Msg::BeforeRelease(d, r) => fill(m.before_release, &[d, r]),
        Msg::SourceBeforeDate(s, d) => fill(m.source_before_date, &[s, d]),
        Msg::PreReleasedAfter(d, r) => fill(m.pre_released_after, &[d, r]),
        Msg::ClaimDisagrees {
            claimed,
            inclusive,
            release,
            reached,
            computed,
        } => fill(
            m.claim_disagrees,
            &[
                &claimed.to_string(),
                if *inclusive {
                    m.claim_count_inclusive
                } else {
                    m.claim_count_elapsed
                },
                release,
                reached,
                &computed.to_string(),
            ],
        ),
        Msg::ClaimImprecise(p) => fill(m.claim_imprecise, &[precision(*p)]),
        Msg::WorkedOutWithoutClaim => m.worked_out_without_claim.to_string(),
        Msg::NoSuchMilestone(id) => fill(m.no_such_milestone, &[id]),
        Msg::NegativeDays(n) => fill(m.negative_days, &[&n.to_string()]),
        Msg::CountNeedsDay(v, p) => fill(m.count_needs_day, &[v, precision(*p)]),
        Msg::CountDecreased {
            value,
            day,
            earlier_value,
            earlier_day,
        } => fill(
            m.count_decreased,
            &[
                &value.to_string(),
                day,
                &earlier_value.to_string(),
                earlier_day,
            ],
        ),
        Msg::NotAnId(id) => fill(m.not_an_id, &[id]),
        Msg::IdTwice(id) => fill(m.id_twice, &[id]),
        Msg::NotAScope(t) => fill(m.not_a_scope, &[t]),
        Msg::NotALink => m.not_a_link.to_string(),
        Msg::BadNow(v) => fill(m.bad_now, &[v]),
        Msg::BadTz(v) => fill(m.bad_tz, &[v]),
        Msg::BadCount(v) => fill(m.bad_count, &[v]),
        Msg::BadLang(v) => fill(m.bad_lang, &[v]),
        Msg::BadTheme(v) => fill(m.bad_theme, &[v]),
        Msg::BadLayout(v) => fill(m.bad_layout, &[v]),
        Msg::NoLocalZone(home) => fill(m.no_local_zone, &[home]),
        Msg::ZoneFallback(z, home) => fill(m.zone_fallback, &[z, home]),
        Msg::NoDataElement(s) => fill(m.no_data_element, &[s]),
        Msg::FetchFailed { url, why } => fill(m.fetch_failed, &[url, &fetch_why(l, *why)]),
        Msg::StaleCopy { url, why, fetched } => fill(
            m.stale_copy,
            &[url, &fetch_why(l, *why), &fetched_at(l, *fetched)],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::native::NativeLocale;
    use crate::i18n::{en, Lang};
    use milestone_core::date::{DateError, Precision};
    use milestone_core::problem::{JsonPath, Pos, Syntax};
    use milestone_core::words::OptionName;

    fn language(lang: Lang) -> Language {
        Language::new(lang, std::rc::Rc::new(NativeLocale::new(lang)))
    }

    /// One of each message a data author or an embedder can see.
    fn every_message() -> Vec<Msg> {
        let s = || "x".to_string();
        let mut all = vec![
            Msg::MissingField("x"),
            Msg::UnknownField {
                field: s(),
                allowed: &["a", "b"],
            },
            Msg::UnknownField {
                field: s(),
                allowed: &[],
            },
            Msg::UnknownWord {
                word: s(),
                allowed: &["a"],
            },
            Msg::DuplicateField(s()),
            Msg::MoreProblems(1),
            Msg::MoreProblems(7),
            Msg::Date(DateError::NotADate(s())),
            Msg::Date(DateError::NotAnInstant(s())),
            Msg::Date(DateError::NoSuchMonth(s(), 13)),
            Msg::Date(DateError::NotARealDate(s())),
            Msg::UnknownZone(s()),
            Msg::Empty,
            Msg::NoSource,
            Msg::NotADuration(s(), "3:45"),
            Msg::NoSuchTrack(s()),
            Msg::DurationSum(s(), 61),
            Msg::BeforeRelease(s(), s()),
            Msg::SourceBeforeDate(s(), s()),
            Msg::PreReleasedAfter(s(), s()),
            Msg::ClaimDisagrees {
                claimed: 49,
                inclusive: true,
                release: s(),
                reached: s(),
                computed: 48,
            },
            Msg::WorkedOutWithoutClaim,
            Msg::NoSuchMilestone(s()),
            Msg::NegativeDays(-1),
            Msg::CountDecreased {
                value: 1,
                day: s(),
                earlier_value: 2,
                earlier_day: s(),
            },
            Msg::NotAnId(s()),
            Msg::IdTwice(s()),
            Msg::NotAScope(s()),
            Msg::NotALink,
            Msg::BadNow(s()),
            Msg::BadTz(s()),
            Msg::BadCount(s()),
            Msg::BadLang(s()),
            Msg::BadTheme(s()),
            Msg::BadLayout(s()),
            Msg::NoLocalZone(s()),
            Msg::ZoneFallback(s(), s()),
            Msg::NoDataElement(s()),
            Msg::StaleCopy {
                url: s(),
                why: FetchWhy::Timeout,
                fetched: milestone_core::calendar::DateTime::from_timestamp(1_796_032_800, 0)
                    .unwrap(),
            },
        ];
        for why in [
            FetchWhy::Status(404),
            FetchWhy::Cors,
            FetchWhy::Network,
            FetchWhy::Timeout,
            FetchWhy::TooLarge,
            FetchWhy::NotHttp,
        ] {
            all.push(Msg::FetchFailed { url: s(), why });
        }
        for p in [
            Precision::Day,
            Precision::Instant,
            Precision::Month,
            Precision::Year,
        ] {
            all.push(Msg::Date(DateError::NotADay(s(), p)));
            all.push(Msg::ReleaseNotADay(s(), p));
            all.push(Msg::ClaimImprecise(p));
            all.push(Msg::CountNeedsDay(s(), p));
        }
        for syntax in [
            Syntax::Eof,
            Syntax::Colon,
            Syntax::Comma,
            Syntax::Value,
            Syntax::Escape,
            Syntax::Number,
            Syntax::ControlCharacter,
            Syntax::KeyNotString,
            Syntax::TrailingComma,
            Syntax::Trailing,
            Syntax::TooDeep,
        ] {
            all.push(Msg::Malformed(syntax));
        }
        let found = [
            Found::Null,
            Found::Bool(true),
            Found::Number("3".into()),
            Found::Text("x".into()),
            Found::List,
            Found::Object,
        ];
        let expected = [
            Expected::Object,
            Expected::List,
            Expected::Text,
            Expected::WholeNonNegative,
            Expected::Whole,
            Expected::WholeUpTo(9),
            Expected::Bool,
            Expected::Date,
            Expected::OneOf(&["a", "b"]),
            Expected::Scope,
        ];
        for (f, e) in found.iter().cycle().zip(expected.iter()) {
            all.push(Msg::WrongType {
                found: f.clone(),
                expected: e.clone(),
            });
            all.push(Msg::WrongValue {
                found: f.clone(),
                expected: e.clone(),
            });
        }
        all
    }

    /// Whether `text` is written in `lang`'s script.
    fn in_script(lang: Lang, text: &str) -> bool {
        match lang {
            Lang::En | Lang::Es | Lang::Id | Lang::PtBr | Lang::Vi | Lang::Fil | Lang::Ms => {
                text.chars().any(|c| c.is_ascii_alphabetic())
            }
            Lang::Th => text.chars().any(|c| ('\u{0e01}'..='\u{0e5b}').contains(&c)),
            Lang::ZhHans | Lang::ZhHant => {
                text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            }
            Lang::Ar => text.chars().any(|c| ('\u{0621}'..='\u{064a}').contains(&c)),
            Lang::Ko => text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
            Lang::Ja => text.chars().any(|c| {
                ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
            }),
        }
    }

    #[test]
    fn every_language_words_every_problem_its_own_way() {
        let english = language(Lang::En);
        let locations = [
            Location::Text(Pos { line: 3, column: 9 }),
            Location::path(JsonPath::root()),
            Location::Path {
                path: JsonPath::root().key("milestones").index(0).key("date"),
                pos: Some(Pos { line: 3, column: 9 }),
            },
            Location::Option(OptionName::Tz),
        ];
        for lang in Lang::ALL {
            let l = language(lang);
            for m in every_message() {
                let text = message(&l, &m);
                assert!(in_script(lang, &text), "{lang:?} {m:?}: {text}");
                assert!(
                    !text.contains('{') || text.contains("{ ... }"),
                    "{lang:?} {m:?}: a hole left: {text}"
                );
                if lang != Lang::En {
                    assert_ne!(
                        text,
                        message(&english, &m),
                        "{lang:?} copies English for {m:?}"
                    );
                }
            }
            for loc in &locations {
                if lang != Lang::En {
                    assert_ne!(
                        location(l.t, loc),
                        location(english.t, loc),
                        "{lang:?} {loc:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn precisions_and_syntax_words_differ_from_each_other() {
        use crate::i18n::Strings;
        for lang in Lang::ALL {
            let m = &lang.texts().msg;
            let mut words: Vec<&str> = m
                .syntax
                .texts()
                .iter()
                .chain(m.precisions.texts())
                .copied()
                .collect();
            words.sort_unstable();
            words.dedup();
            assert_eq!(words.len(), 15, "{lang:?}");
        }
    }

    #[test]
    fn english_reads_plainly() {
        let en = language(Lang::En);
        assert_eq!(
            message(
                &en,
                &Msg::WrongType {
                    found: Found::Number("12345".into()),
                    expected: Expected::OneOf(&["streaming", "chart"]),
                }
            ),
            "expected one of the words streaming, chart, but found the number 12345"
        );
        assert_eq!(
            location(
                en.t,
                &Location::Path {
                    path: JsonPath::root().key("milestones").index(1).key("kind"),
                    pos: Some(Pos {
                        line: 81,
                        column: 15
                    })
                }
            ),
            "milestones[1].kind (line 81, column 15)"
        );
        assert_eq!(message(&en, &Msg::MoreProblems(1)), "and 1 more problem");
        assert_eq!(en::TEXTS.tag, "en");
    }
}
