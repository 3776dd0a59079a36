//! Reading and checking: every bad input gives a located problem (line and column, or a JSON path with
//! its line and column) naming what was found and what the field takes, never a panic; claims that
//! disagree with the computed figures are warnings. Messages are matched as codes, not English.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{TzDb, LAYOVER};
use milestone_core::date::{DateError, Precision};
use milestone_core::model::{DatedBy, EventKind, MilestoneKind};
use milestone_core::problem::{Expected, Found, Location, Msg, Pos, Problem, Severity, Syntax};
use milestone_core::validate::{load, Loaded};
use milestone_core::words::Word;
use serde_json::{json, Value};

fn default_value() -> Value {
    serde_json::from_str(LAYOVER).unwrap()
}

fn load_value(v: &Value) -> Loaded {
    load(&serde_json::to_string_pretty(v).unwrap(), &TzDb)
}

fn only_error(v: &Value) -> Problem {
    let loaded = load_value(v);
    assert!(loaded.dataset.is_none(), "expected an error, got a dataset");
    let errors: Vec<_> = loaded.errors().cloned().collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors[0].clone()
}

fn path_of(p: &Problem) -> String {
    match &p.location {
        Location::Path { path, .. } => path.to_string(),
        other => panic!("expected a JSON path, got {other:?}"),
    }
}

fn pos_of(p: &Problem) -> Pos {
    match &p.location {
        Location::Path { pos: Some(pos), .. } | Location::Text(pos) => *pos,
        other => panic!("expected a place in the text, got {other:?}"),
    }
}

#[test]
fn the_default_dataset_loads_without_problems() {
    let loaded = load(LAYOVER, &TzDb);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    assert!(loaded.dataset.is_some());
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let broken = LAYOVER.replacen("\"album\": \"Layover\",", "\"album\": \"Layover\"", 1);
    let loaded = load(&broken, &TzDb);
    let line = LAYOVER
        .lines()
        .position(|l| l.contains("\"home_zone\""))
        .unwrap()
        + 1;
    assert_eq!(
        loaded.problems,
        [Problem::error(
            Location::Text(Pos { line, column: 5 }),
            Msg::Malformed(Syntax::Comma)
        )]
    );
}

#[test]
fn truncations_at_many_points_are_located_errors() {
    for cut in (0..LAYOVER.len()).step_by(97) {
        let loaded = load(&LAYOVER[..cut], &TzDb);
        assert!(loaded.dataset.is_none(), "cut at {cut}");
        assert!(
            matches!(loaded.problems[0].location, Location::Text(Pos { line, .. }) if line >= 1),
            "cut at {cut}"
        );
    }
}

#[test]
fn trailing_text_after_the_document_is_an_error() {
    let loaded = load(&format!("{LAYOVER}\n]"), &TzDb);
    assert!(loaded.dataset.is_none());
    assert_eq!(loaded.problems[0].message, Msg::Malformed(Syntax::Trailing));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(load(&format!("\u{feff}{LAYOVER}"), &TzDb).dataset.is_some());
}

#[test]
fn a_wrong_type_names_its_json_path_and_place() {
    let mut v = default_value();
    v["milestones"][3]["date"] = json!(20231026);
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[3].date");
    assert_eq!(
        p.message,
        Msg::WrongType {
            found: Found::Number("20231026".into()),
            expected: Expected::Date
        }
    );
    let text = serde_json::to_string_pretty(&v).unwrap();
    let line = text.lines().position(|l| l.contains("20231026")).unwrap() + 1;
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("20231026")
        .unwrap()
        + 1;
    assert_eq!(pos_of(&p), Pos { line, column });

    let mut v = default_value();
    v["milestones"][0]["metric"]["value"] = json!("600M");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[0].metric.value");
    assert_eq!(
        p.message,
        Msg::WrongType {
            found: Found::Text("600M".into()),
            expected: Expected::WholeNonNegative
        }
    );
}

/// Every field that takes one of a fixed list of words, with that list.
fn word_fields() -> Vec<(Vec<&'static str>, &'static [&'static str])> {
    vec![
        (vec!["milestones", "1", "kind"], MilestoneKind::WORDS),
        (vec!["milestones", "1", "dated_by"], DatedBy::WORDS),
        (
            vec!["milestones", "0", "claim", "count"],
            milestone_core::days::CountMode::WORDS,
        ),
        (vec!["events", "2", "kind"], EventKind::WORDS),
        (vec!["events", "2", "dated_by"], DatedBy::WORDS),
        (vec!["snapshots", "1", "dated_by"], DatedBy::WORDS),
    ]
}

fn set(v: &mut Value, path: &[&str], new: Value) {
    let mut at = v;
    for part in path {
        at = match part.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*part],
        };
    }
    *at = new;
}

fn json_path(path: &[&str]) -> String {
    let mut out = String::new();
    for part in path {
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

#[test]
fn a_word_field_of_the_wrong_type_names_the_field_and_the_words_it_takes() {
    // Before: `"kind": 12345` read as "the JSON is malformed: expected a value", with no field named.
    for (path, words) in word_fields() {
        for (wrong, found) in [
            (json!(12345), Found::Number("12345".into())),
            (json!(["x"]), Found::List),
            (json!({"a": 1}), Found::Object),
            (json!(true), Found::Bool(true)),
            (json!(null), Found::Null),
            (json!(1.5), Found::Number("1.5".into())),
        ] {
            let mut v = default_value();
            set(&mut v, &path, wrong.clone());
            let p = only_error(&v);
            assert_eq!(path_of(&p), json_path(&path), "{wrong}");
            assert_eq!(
                p.message,
                Msg::WrongType {
                    found,
                    expected: Expected::OneOf(words)
                },
                "{path:?} = {wrong}"
            );
        }
        let mut v = default_value();
        set(&mut v, &path, json!("Streaming"));
        let p = only_error(&v);
        assert_eq!(
            p.message,
            Msg::UnknownWord {
                word: "Streaming".into(),
                allowed: words
            }
        );
    }
}

/// A source dated before the day it reports, and a track marked released before the album but dated
/// after it, are warnings at their fields.
#[test]
fn dates_that_contradict_each_other_are_warnings() {
    let mut v = default_value();
    let date = v["milestones"][1]["date"].as_str().unwrap().to_string();
    v["milestones"][1]["source"]["date"] = json!("2023-09-01");
    v["subject"]["tracks"][0]["pre_released"] = json!(true);
    v["subject"]["tracks"][0]["release"] = json!("2023-12-01");
    let loaded = load_value(&v);
    assert!(loaded.dataset.is_some(), "warnings only");
    let found: Vec<(String, Msg)> = loaded
        .problems
        .iter()
        .map(|p| (path_of(p), p.message.clone()))
        .collect();
    assert!(
        found.contains(&(
            "milestones[1].source.date".into(),
            Msg::SourceBeforeDate("2023-09-01".into(), date)
        )),
        "{found:#?}"
    );
    assert!(
        found.contains(&(
            "subject.tracks[0].release".into(),
            Msg::PreReleasedAfter("2023-12-01".into(), "2023-09-08".into())
        )),
        "{found:#?}"
    );
}

/// Within one entry too, a wrong value hides none of the others (the entry is read again without it),
/// and a required field that was there but wrong is not also called missing.
#[test]
fn every_problem_of_one_milestone_at_once() {
    let mut v = default_value();
    let m = &mut v["milestones"][1];
    m["date"] = json!(20231026);
    m["kind"] = json!("party");
    m["title"] = json!(5);
    m["metric"]["value"] = json!("100M");
    m["colour"] = json!("red");
    let loaded = load_value(&v);
    let mut found: Vec<(String, &Msg)> = loaded
        .problems
        .iter()
        .map(|p| (path_of(p), &p.message))
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "milestones[1].colour",
            "milestones[1].date",
            "milestones[1].kind",
            "milestones[1].metric.value",
            "milestones[1].title",
        ],
        "{found:#?}"
    );
    assert!(!found.iter().any(|(_, m)| matches!(m, Msg::MissingField(_))));
}

/// Each entry of a list is read on its own, so every bad entry is reported, in the order of the text
/// (serde_json writes `events` before `milestones`).
#[test]
fn every_problem_in_one_pass() {
    let mut v = default_value();
    v["milestones"][0]["kind"] = json!(1);
    v["milestones"][2]["date"] = json!("2023-02-30");
    v["events"][0]["title"] = json!(null);
    let loaded = load_value(&v);
    let paths: Vec<String> = loaded.problems.iter().map(path_of).collect();
    assert_eq!(
        paths,
        [
            "events[0].title",
            "milestones[0].kind",
            "milestones[2].date"
        ]
    );
}

#[test]
fn a_flood_of_problems_is_listed_up_to_a_limit() {
    let mut v = default_value();
    let milestone = v["milestones"][0].clone();
    v["milestones"] = Value::Array(
        (0..200)
            .map(|_| {
                let mut m = milestone.clone();
                m["kind"] = json!(7);
                m
            })
            .collect(),
    );
    let loaded = load_value(&v);
    let listed = milestone_core::product::MAX_LISTED_PROBLEMS;
    assert_eq!(loaded.problems.len(), listed + 1);
    assert_eq!(
        loaded.problems.last().unwrap().message,
        Msg::MoreProblems(200 - listed)
    );
}

#[test]
fn an_impossible_date_is_an_error() {
    let mut v = default_value();
    v["subject"]["release"] = json!("2023-02-30");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "subject.release");
    assert_eq!(
        p.message,
        Msg::Date(DateError::NotARealDate("2023-02-30".into()))
    );
}

#[test]
fn a_missing_field_and_an_unknown_field_are_named() {
    let mut v = default_value();
    v["milestones"][1].as_object_mut().unwrap().remove("title");
    let p = only_error(&v);
    assert_eq!(
        (path_of(&p).as_str(), &p.message),
        ("milestones[1]", &Msg::MissingField("title"))
    );

    let mut v = default_value();
    v["milestones"][1]["titel"] = json!("typo");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[1].titel");
    assert!(
        matches!(&p.message, Msg::UnknownField { field, allowed } if field == "titel" && allowed.contains(&"title"))
    );
}

#[test]
fn a_field_given_twice_is_an_error() {
    let text = LAYOVER.replacen(
        "\"album\": \"Layover\",",
        "\"album\": \"Layover\", \"album\": \"Again\",",
        1,
    );
    let loaded = load(&text, &TzDb);
    assert_eq!(
        (
            path_of(&loaded.problems[0]).as_str(),
            &loaded.problems[0].message
        ),
        ("subject.album", &Msg::DuplicateField("album".into()))
    );
}

#[test]
fn numbers_out_of_range_say_what_fits() {
    let mut v = default_value();
    v["subject"]["music_videos"] = json!(5_000_000_000u64);
    assert_eq!(
        only_error(&v).message,
        Msg::WrongValue {
            found: Found::Number("5000000000".into()),
            expected: Expected::WholeUpTo(u64::from(u32::MAX))
        }
    );
    let mut v = default_value();
    v["milestones"][0]["metric"]["value"] = json!(-1);
    assert_eq!(
        only_error(&v).message,
        Msg::WrongValue {
            found: Found::Number("-1".into()),
            expected: Expected::WholeNonNegative
        }
    );
}

#[test]
fn duplicate_ids_are_errors() {
    let mut v = default_value();
    v["milestones"][2]["id"] = json!("album-600m-spotify");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[2].id");
    assert_eq!(p.message, Msg::IdTwice("album-600m-spotify".into()));
    assert!(
        matches!(p.location, Location::Path { pos: Some(_), .. }),
        "facts are located too"
    );

    let mut v = default_value();
    v["subject"]["tracks"][5]["id"] = json!("blue");
    assert_eq!(path_of(&only_error(&v)), "subject.tracks[5].id");
}

#[test]
fn unknown_references_are_errors() {
    let mut v = default_value();
    v["subject"]["lead_track"] = json!("no-such-track");
    assert_eq!(path_of(&only_error(&v)), "subject.lead_track");

    let mut v = default_value();
    v["comparisons"][0]["milestone"] = json!("nope");
    assert_eq!(path_of(&only_error(&v)), "comparisons[0].milestone");

    let mut v = default_value();
    v["milestones"][0]["metric"]["scope"] = json!("track:nope");
    let p = only_error(&v);
    assert_eq!(
        (path_of(&p).as_str(), &p.message),
        (
            "milestones[0].metric.scope",
            &Msg::NoSuchTrack("nope".into())
        )
    );

    let mut v = default_value();
    v["milestones"][0]["metric"]["scope"] = json!("tracks");
    assert_eq!(only_error(&v).message, Msg::NotAScope("tracks".into()));
}

#[test]
fn an_unknown_home_zone_is_an_error() {
    let mut v = default_value();
    v["subject"]["home_zone"] = json!("Asia/Atlantis");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "subject.home_zone");
    assert_eq!(p.message, Msg::UnknownZone("Asia/Atlantis".into()));
}

#[test]
fn a_release_needs_a_day() {
    let mut v = default_value();
    v["subject"]["release"] = json!("2023");
    assert_eq!(
        only_error(&v).message,
        Msg::ReleaseNotADay("2023".into(), Precision::Year)
    );
}

#[test]
fn a_claim_that_disagrees_is_a_warning_with_both_figures() {
    let mut v = default_value();
    v["milestones"][0]["claim"]["days"] = json!(49);
    let loaded = load_value(&v);
    assert!(
        loaded.dataset.is_some(),
        "a warning does not block rendering"
    );
    let p = &loaded.problems[0];
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(path_of(p), "milestones[0].claim.days");
    assert_eq!(
        p.message,
        Msg::ClaimDisagrees {
            claimed: 49,
            inclusive: false,
            release: "2023-09-08".into(),
            reached: "2023-10-26".into(),
            computed: 48
        }
    );

    // "100th day" counts the day itself: as an elapsed claim, 100 is wrong by one.
    let mut v = default_value();
    v["milestones"][4]["claim"]["count"] = json!("elapsed");
    let loaded = load_value(&v);
    assert!(
        matches!(
            loaded.problems[0].message,
            Msg::ClaimDisagrees { computed: 99, .. }
        ),
        "{:?}",
        loaded.problems[0]
    );
}

#[test]
fn a_worked_out_date_needs_the_figure_it_comes_from() {
    let mut v = default_value();
    v["milestones"][1].as_object_mut().unwrap().remove("claim");
    v["milestones"][1]["dated_by"] = json!("worked_out");
    let loaded = load_value(&v);
    assert!(loaded.dataset.is_some());
    assert_eq!(
        (
            path_of(&loaded.problems[0]).as_str(),
            &loaded.problems[0].message
        ),
        ("milestones[1].dated_by", &Msg::WorkedOutWithoutClaim)
    );
}

#[test]
fn non_http_links_are_warned_about() {
    let mut v = default_value();
    v["milestones"][0]["source"]["url"] = json!("javascript:alert(1)");
    let loaded = load_value(&v);
    assert_eq!(path_of(&loaded.problems[0]), "milestones[0].source.url");
    assert_eq!(loaded.problems[0].message, Msg::NotALink);
    assert!(loaded.dataset.unwrap().milestones[0]
        .source
        .safe_url()
        .is_none());
}

#[test]
fn hostile_text_is_kept_as_text() {
    let mut v = default_value();
    v["milestones"][0]["title"] = json!("<img src=x onerror=alert(1)><script>alert(2)</script>");
    let loaded = load_value(&v);
    assert_eq!(
        loaded.dataset.unwrap().milestones[0].title,
        "<img src=x onerror=alert(1)><script>alert(2)</script>"
    );
}

#[test]
fn deep_nesting_huge_numbers_and_nan_do_not_panic() {
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    assert_eq!(
        load(&deep, &TzDb).problems[0].message,
        Msg::Malformed(Syntax::TooDeep)
    );
    let mut v = default_value();
    v["milestones"][0]["metric"]["value"] = json!(1e300);
    assert_eq!(path_of(&only_error(&v)), "milestones[0].metric.value");
    let nan = LAYOVER.replacen("600000000", "NaN", 1);
    assert_eq!(
        load(&nan, &TzDb).problems[0].message,
        Msg::Malformed(Syntax::Value)
    );
    let far = LAYOVER.replacen("\"2023-10-26\"", "\"9999-12-31\"", 1);
    assert!(load(&far, &TzDb)
        .problems
        .iter()
        .any(|p| matches!(p.message, Msg::ClaimDisagrees { claimed: 48, .. })));
}

#[test]
fn snapshots_are_checked() {
    let mut v = default_value();
    v["snapshots"][2]["value"] = json!(1);
    let loaded = load_value(&v);
    assert!(loaded.dataset.is_some());
    assert_eq!(path_of(&loaded.problems[0]), "snapshots[2].value");
    assert_eq!(
        loaded.problems[0].message,
        Msg::CountDecreased {
            value: 1,
            day: "2023-12-16".into(),
            earlier_value: 40_000_000,
            earlier_day: "2023-10-25".into()
        }
    );

    let mut v = default_value();
    v["snapshots"][0]["scope"] = json!("track:nope");
    assert_eq!(path_of(&only_error(&v)), "snapshots[0].scope");
    let mut v = default_value();
    v["snapshots"][0]["date"] = json!("2023-10");
    assert_eq!(
        only_error(&v).message,
        Msg::CountNeedsDay("2023-10".into(), Precision::Month)
    );
}
