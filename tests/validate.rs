//! Parsing and validation: every bad input gives a located error (line and column, or a JSON path),
//! never a panic; claims that disagree with the computed figures are warnings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::TzDb;
use milestone_tracker::validate::{load, Location, Problem, Severity};
use milestone_tracker::DEFAULT_DATASET;
use serde_json::{json, Value};

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_DATASET).unwrap()
}

fn load_value(v: &Value) -> milestone_tracker::validate::Loaded {
    load(&serde_json::to_string_pretty(v).unwrap(), &TzDb)
}

fn only_error(v: &Value) -> Problem {
    let loaded = load_value(v);
    assert!(loaded.dataset.is_none(), "expected an error, got a dataset");
    let errors: Vec<_> = loaded.errors().cloned().collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors[0].clone()
}

fn path_of(p: &Problem) -> &str {
    match &p.location {
        Location::Path { path, .. } => path,
        other => panic!("expected a JSON path, got {other:?}"),
    }
}

#[test]
fn the_default_dataset_loads_without_problems() {
    let loaded = load(DEFAULT_DATASET, &TzDb);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    assert!(loaded.dataset.is_some());
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let broken = DEFAULT_DATASET.replacen("\"album\": \"Layover\",", "\"album\": \"Layover\"", 1);
    let loaded = load(&broken, &TzDb);
    let p = &loaded.problems[0];
    assert_eq!(p.severity, Severity::Error);
    let line = DEFAULT_DATASET
        .lines()
        .position(|l| l.contains("\"home_zone\""))
        .unwrap()
        + 1;
    assert!(
        matches!(p.location, Location::Text { line: l, column: 5 } if l == line),
        "{p}"
    );
    assert!(
        p.to_string().contains(&format!("line {line}, column 5")),
        "{p}"
    );
}

#[test]
fn truncations_at_many_points_are_located_errors() {
    for cut in (0..DEFAULT_DATASET.len()).step_by(97) {
        let loaded = load(&DEFAULT_DATASET[..cut], &TzDb);
        assert!(loaded.dataset.is_none(), "cut at {cut}");
        assert!(
            matches!(loaded.problems[0].location, Location::Text { line, .. } if line >= 1),
            "cut at {cut}"
        );
    }
}

#[test]
fn trailing_text_after_the_document_is_an_error() {
    let loaded = load(&format!("{DEFAULT_DATASET}\n]"), &TzDb);
    assert!(loaded.dataset.is_none());
    assert!(
        loaded.problems[0].message.to_string().contains("trailing"),
        "{}",
        loaded.problems[0]
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(load(&format!("\u{feff}{DEFAULT_DATASET}"), &TzDb)
        .dataset
        .is_some());
}

#[test]
fn a_wrong_type_names_its_json_path() {
    let mut v = default_value();
    v["milestones"][3]["date"] = json!(20231026);
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[3].date");
    assert!(
        p.message
            .to_string()
            .contains("expected a date like 2023-09-08"),
        "{}",
        p.message
    );

    let mut v = default_value();
    v["milestones"][0]["metric"]["value"] = json!("600M");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[0].metric.value");
    assert!(
        p.message
            .to_string()
            .contains("expected a whole number, 0 or more"),
        "{}",
        p.message
    );
}

#[test]
fn an_impossible_date_is_an_error() {
    let mut v = default_value();
    v["subject"]["release"] = json!("2023-02-30");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "subject.release");
    assert!(
        p.message
            .to_string()
            .contains("\"2023-02-30\" is not a real calendar date"),
        "{}",
        p.message
    );
}

#[test]
fn a_missing_field_and_an_unknown_field_are_named() {
    let mut v = default_value();
    v["milestones"][1].as_object_mut().unwrap().remove("title");
    assert!(only_error(&v)
        .message
        .to_string()
        .contains("missing field `title`"));

    let mut v = default_value();
    v["milestones"][1]["titel"] = json!("typo");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[1].titel");
    assert!(
        p.message.to_string().contains("unknown field `titel`"),
        "{}",
        p.message
    );
}

#[test]
fn duplicate_ids_are_errors() {
    let mut v = default_value();
    v["milestones"][2]["id"] = json!("album-600m-spotify");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "milestones[2].id");
    assert!(p.message.to_string().contains("used twice"));

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
    assert_eq!(path_of(&only_error(&v)), "milestones[0].metric.scope");
}

#[test]
fn an_unknown_home_zone_is_an_error() {
    let mut v = default_value();
    v["subject"]["home_zone"] = json!("Asia/Atlantis");
    let p = only_error(&v);
    assert_eq!(path_of(&p), "subject.home_zone");
    assert!(p.message.to_string().contains("unknown time zone"));
}

#[test]
fn a_release_needs_a_day() {
    let mut v = default_value();
    v["subject"]["release"] = json!("2023");
    assert!(only_error(&v)
        .message
        .to_string()
        .contains("must be a calendar date, not a year"));
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
    assert!(
        p.message
            .to_string()
            .contains("the source says 49 (elapsed count) but 2023-09-08 to 2023-10-26 is 48"),
        "{}",
        p.message
    );

    // "100th day" counts the day itself: as an elapsed claim, 100 is wrong by one.
    let mut v = default_value();
    v["milestones"][4]["claim"]["count"] = json!("elapsed");
    let loaded = load_value(&v);
    assert!(
        loaded.problems[0]
            .message
            .to_string()
            .contains("is 99 by that count"),
        "{}",
        loaded.problems[0].message
    );
}

#[test]
fn non_http_links_are_warned_about() {
    let mut v = default_value();
    v["milestones"][0]["source"]["url"] = json!("javascript:alert(1)");
    let loaded = load_value(&v);
    assert_eq!(path_of(&loaded.problems[0]), "milestones[0].source.url");
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
    assert!(matches!(
        load(&deep, &TzDb).problems[0].location,
        Location::Text { .. } | Location::Path { .. }
    ));
    let mut v = default_value();
    v["milestones"][0]["metric"]["value"] = json!(1e300);
    assert_eq!(path_of(&only_error(&v)), "milestones[0].metric.value");
    let nan = DEFAULT_DATASET.replacen("600000000", "NaN", 1);
    assert!(matches!(
        load(&nan, &TzDb).problems[0].location,
        Location::Text { .. }
    ));
    let far = DEFAULT_DATASET.replacen("\"2023-10-26\"", "\"9999-12-31\"", 1);
    assert!(load(&far, &TzDb)
        .problems
        .iter()
        .any(|p| p.message.to_string().contains("the source says 48")));
}

#[test]
fn snapshots_are_checked() {
    let mut v = default_value();
    v["snapshots"][2]["value"] = json!(1);
    let loaded = load_value(&v);
    assert!(loaded.dataset.is_some());
    assert_eq!(path_of(&loaded.problems[0]), "snapshots[2].value");
    assert!(
        loaded.problems[0]
            .message
            .to_string()
            .contains("is less than 40000000 on 2023-10-25"),
        "{}",
        loaded.problems[0].message
    );

    let mut v = default_value();
    v["snapshots"][0]["scope"] = json!("track:nope");
    assert_eq!(path_of(&only_error(&v)), "snapshots[0].scope");
    let mut v = default_value();
    v["snapshots"][0]["date"] = json!("2023-10");
    assert!(only_error(&v)
        .message
        .to_string()
        .contains("needs the day it was seen, not a month"));
}
