//! The located reader (`read::problems_of`, serde over the text's slices) against serde_json reading the
//! model's derives directly (`read::dataset`'s one pass): on every input, serde_json reads the dataset
//! exactly when the located reader finds no problem, so what one pass accepts, the slow pass accepts,
//! and what it refuses gets located problems. Inputs: the dataset cut and mutated at every few bytes,
//! every value of it replaced by a value of each JSON type, and edges of the grammar.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{json_pointers, LAYOVER};
use milestone_core::json::MAX_DEPTH;
use milestone_core::model::Dataset;
use milestone_core::problem::{Location, Msg};
use milestone_core::read::{self, problems_of};
use serde_json::{json, Value};

fn agree(text: &str) -> Result<(), String> {
    let theirs = serde_json::from_str::<Dataset>(text);
    let ours = problems_of(text);
    match (&theirs, ours.is_empty()) {
        (Ok(_), true) | (Err(_), false) => Ok(()),
        _ => Err(format!(
            "disagree on {text:?}: serde_json {:?}, located reader {ours:?}",
            theirs.map(|_| ()).map_err(|e| e.to_string()),
        )),
    }
}

#[test]
fn the_dataset_cut_and_mutated() {
    agree(LAYOVER).unwrap();
    let bytes = LAYOVER.as_bytes();
    let mut checked = 0;
    for at in (0..bytes.len()).step_by(7) {
        if LAYOVER.is_char_boundary(at) {
            agree(&LAYOVER[..at]).unwrap();
            checked += 1;
        }
        for stray in [
            b'"', b',', b'}', b']', b'\\', b'x', b'0', b'-', b'.', b'e', b' ',
        ] {
            let mut mutated = bytes.to_vec();
            mutated[at] = stray;
            if let Ok(text) = std::str::from_utf8(&mutated) {
                agree(text).unwrap();
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

#[test]
fn every_value_replaced_by_each_type() {
    let layover: Value = serde_json::from_str(LAYOVER).unwrap();
    let all = json_pointers(&layover);
    let others = [
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(4294967296u64),
        json!(1.5),
        json!("x"),
        json!("2023-02-30"),
        json!("track:title"),
        json!([]),
        json!({}),
        json!({"extra": 1}),
    ];
    let mut refused = 0;
    for pointer in all.iter().filter(|p| !p.is_empty()) {
        for other in &others {
            let mut v = layover.clone();
            *v.pointer_mut(pointer).unwrap() = other.clone();
            let text = serde_json::to_string_pretty(&v).unwrap();
            agree(&text).unwrap();
            let problems = problems_of(&text);
            refused += usize::from(!problems.is_empty());
            for p in &problems {
                assert!(
                    matches!(&p.location, Location::Path { pos: Some(_), .. })
                        || matches!(p.message, Msg::MoreProblems(_)),
                    "{pointer} = {other}: {p:?}"
                );
            }
        }
    }
    assert!(refused > 1_000, "{refused}");
}

#[test]
fn edges_of_the_grammar() {
    for text in [
        "0",
        "-0",
        "1e5",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\u12\"",
        "\"\t\"",
        "[]",
        "{}",
        "[1,]",
        "{\"a\":1,}",
        "{1:2}",
        "tru",
        " \n\t[ ] ",
        "[1]x",
        "{\"a\":1,\"a\":2}",
        "\"a\u{0}b\"",
        "1.7976931348623157e309",
        "123456789012345678901234567890",
    ] {
        agree(text).unwrap();
    }
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(read::syntax_of(&nested(MAX_DEPTH)).is_none());
    assert!(read::syntax_of(&nested(MAX_DEPTH + 1)).is_some());
}

#[test]
fn a_dataset_with_a_string_escaped_reads_alike() {
    let escaped = LAYOVER.replacen("\"Layover\"", "\"Lay\\u006fver\"", 1);
    agree(&escaped).unwrap();
    let dataset = read::dataset(&escaped).unwrap();
    assert_eq!(dataset.subject.album, "Layover");
}
