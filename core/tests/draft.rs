//! The editor's draft: reading a dataset file and writing it again gives the same data (the same JSON
//! values, and the same dataset once read and checked), for every dataset the project ships.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{TzDb, LAYOVER, SAMPLE};
use milestone_core::draft::{read, to_json, Ids};
use milestone_core::validate::load;

fn same_data(original: &str) {
    let draft = read(original).expect("the file reads");
    assert!(draft.left_out.is_empty(), "left out: {:?}", draft.left_out);
    let written = to_json(&draft.draft, Ids::Automatic);
    // The editor's own copy keeps the draft exactly.
    assert_eq!(
        read(&to_json(&draft.draft, Ids::AsTyped)).unwrap().draft,
        draft.draft
    );
    let (a, b): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(original).unwrap(),
        serde_json::from_str(&written).unwrap(),
    );
    assert_eq!(a, b, "the JSON values differ:\n{written}");
    let (before, after) = (load(original, &TzDb), load(&written, &TzDb));
    assert_eq!(before.dataset, after.dataset);
    let messages = |l: &milestone_core::validate::Loaded| {
        l.problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(messages(&before), messages(&after));
    // Written again, the text is the same: writing is stable.
    assert_eq!(
        to_json(&read(&written).unwrap().draft, Ids::Automatic),
        written
    );
}

#[test]
fn the_layover_file_round_trips() {
    same_data(LAYOVER);
}

#[test]
fn the_sample_file_round_trips() {
    same_data(SAMPLE);
}

#[test]
fn a_file_that_is_not_a_dataset_object_is_refused_whole() {
    use milestone_core::problem::{Expected, Found, Msg};
    for (text, found) in [
        ("[1, 2, 3]", Found::List),
        ("null", Found::Null),
        ("12", Found::Number("12".into())),
        ("\"Layover\"", Found::Text("Layover".into())),
        ("true", Found::Bool(true)),
    ] {
        let problem = read(text).expect_err(text);
        assert_eq!(
            problem.message,
            Msg::WrongType {
                found,
                expected: Expected::Object
            },
            "{text}"
        );
    }
    assert!(read("{}").is_ok());
}

#[test]
fn a_new_draft_is_untouched_until_something_is_typed() {
    use milestone_core::draft::{apply, blank, is_untouched, Action};
    let mut draft = blank("Europe/Berlin");
    assert!(is_untouched(&draft));
    // The subject's album (subject is field 0, album its field 1).
    apply(
        &mut draft,
        Action::Set(vec![0, 1], "Midnight Harbor".into()),
    );
    assert!(!is_untouched(&draft));
    apply(&mut draft, Action::Set(vec![0, 1], " ".into()));
    assert!(is_untouched(&draft));
    assert!(!is_untouched(&read(SAMPLE).unwrap().draft));
}

#[test]
fn a_value_of_the_wrong_type_is_kept_written_back_and_reported_where_it_is_until_cleared() {
    use milestone_core::draft::{apply, empty_value, Action, Kind, Value, TRACK};
    use milestone_core::problem::{Expected, Found, Msg};
    let text = r#"{"subject": {"artist": "A", "album": ["B"], "home_zone": "UTC", "release": "2024-01-01",
        "tracks": "three", "genres": [{"x": 1}], "sources": [{"publication": "P", "date": "2024-01-02"}]}}"#;
    let read = read(text).expect("reads");
    assert!(
        read.left_out.is_empty(),
        "nothing dropped: {:?}",
        read.left_out
    );
    let Value::Object(subject) = &read.draft.0[0] else {
        panic!("a subject")
    };
    assert_eq!(subject.0[1], Value::Wrong(r#"["B"]"#.into()));
    assert_eq!(subject.0[4], Value::Wrong(r#""three""#.into()));
    assert_eq!(subject.0[5], Value::Wrong(r#"[{"x": 1}]"#.into()));
    // Written back as it was, and the widget's checks say what is wrong, where.
    let written = to_json(&read.draft, Ids::Automatic);
    let problems = load(&written, &TzDb).problems;
    let at = |path: &str| {
        problems
            .iter()
            .find(|p| place(&p.location).starts_with(path))
            .map(|p| p.message.clone())
    };
    assert_eq!(
        at("subject.tracks"),
        Some(Msg::WrongType {
            found: Found::Text("three".into()),
            expected: Expected::List
        })
    );
    assert!(
        matches!(
            at("subject.album"),
            Some(Msg::WrongType {
                found: Found::List,
                ..
            })
        ),
        "{problems:?}"
    );
    // Cleared: an empty list of tracks, and no problem there.
    let mut draft = read.draft.clone();
    apply(
        &mut draft,
        Action::Reset(vec![0, 4], empty_value(Kind::Rows(&TRACK))),
    );
    let problems = load(&to_json(&draft, Ids::Automatic), &TzDb).problems;
    assert!(!problems
        .iter()
        .any(|p| place(&p.location).starts_with("subject.tracks")));
    // The editor's own copy keeps it as it was.
    assert_eq!(read_again(&to_json(&read.draft, Ids::AsTyped)), read.draft);
}

fn read_again(text: &str) -> milestone_core::draft::Object {
    read(text).expect("reads").draft
}

/// A problem's JSON path, as text (empty for a place that is not a path).
fn place(location: &milestone_core::problem::Location) -> String {
    match location {
        milestone_core::problem::Location::Path { path, .. } => path.to_string(),
        _ => String::new(),
    }
}

#[test]
fn every_missing_required_field_is_listed_at_once() {
    use milestone_core::draft::{blank, field_of, missing};
    let fields: Vec<String> = missing(&blank("UTC")).iter().filter_map(field_of).collect();
    assert_eq!(
        fields,
        [
            "subject.artist",
            "subject.album",
            "subject.release",
            "subject.sources.0.publication",
            "subject.sources.0.date",
        ]
    );
    assert!(missing(&read(LAYOVER).unwrap().draft).is_empty());
    // A milestone with a title only: its date, its kind (a new row starts with one) and its source.
    let text = r#"{"milestones": [{"title": "T", "kind": "chart", "metric": {"value": 5}}]}"#;
    let fields: Vec<String> = missing(&read(text).unwrap().draft)
        .iter()
        .filter_map(field_of)
        .filter(|f| f.starts_with("milestones"))
        .collect();
    assert_eq!(
        fields,
        [
            "milestones.0.date",
            "milestones.0.metric.measure",
            "milestones.0.metric.scope",
            "milestones.0.source",
        ]
    );
}
