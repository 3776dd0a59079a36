//! The hand-written JSON parser (`milestone_core::json`) against serde_json: on every input both accept
//! or both refuse, and what they accept they read as the same value. Inputs: the dataset cut and
//! mutated at every few bytes, and random text from a JSON-heavy alphabet. (One difference on purpose:
//! a number beyond f64's range is well-formed JSON to us.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::LAYOVER;
use milestone_core::json::{self, Json, Value};
use proptest::prelude::*;

/// Our value as serde_json's (a key given twice: the last wins, as in serde_json's map).
fn to_serde(v: &Json) -> serde_json::Value {
    match &v.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Value::Text(t) => serde_json::Value::String(t.to_string()),
        Value::List(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(members) => {
            let mut map = serde_json::Map::new();
            for m in members {
                map.insert(m.key.to_string(), to_serde(&m.value));
            }
            serde_json::Value::Object(map)
        }
    }
}

fn agree(text: &str) -> Result<(), String> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    // serde_json refuses a float beyond f64 (1e309); to us a number is text until read, and a field
    // given one says the value does not fit. The one difference, on purpose.
    if ours.is_ok()
        && theirs
            .as_ref()
            .is_err_and(|e| e.to_string().starts_with("number out of range"))
    {
        return Ok(());
    }
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) if to_serde(a) == *b => Ok(()),
        (Err(_), Err(_)) => Ok(()),
        _ => Err(format!(
            "disagree on {text:?}: ours {:?}, serde_json {:?}",
            ours.map(|v| to_serde(&v)),
            theirs.map_err(|e| e.to_string())
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
fn edges_of_the_grammar() {
    for text in [
        "0",
        "-0",
        "1e5",
        "1E+5",
        "1e-5",
        "0.5",
        "-1.25e-3",
        "01",
        "1.",
        ".5",
        "-",
        "+1",
        "1e",
        "1e+",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\u12\"",
        "\"\\/\"",
        "\"\t\"",
        "\"\u{7f}\"",
        "[]",
        "{}",
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "{\"a\" 1}",
        "{\"a\":}",
        "{1:2}",
        "true",
        "tru",
        "nul",
        "falsey",
        "[true false]",
        " \n\t[ ] ",
        "[1]x",
        "{\"a\":1,\"a\":2}",
        "\"a\u{0}b\"",
        "\u{feff}[]",
        "[\"\\\"\"]",
        "1.7976931348623157e309",
        "123456789012345678901234567890",
    ] {
        agree(text).unwrap();
    }
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(json::parse(&nested(json::MAX_DEPTH)).is_ok());
    assert!(json::parse(&nested(json::MAX_DEPTH + 1)).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn random_text_is_read_alike(text in "[\\[\\]{}\",:0-9eE+\\-. a-z\\\\tnrufl]{0,40}") {
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }

    #[test]
    fn random_values_written_by_serde_json_are_read_alike(v in arbitrary_json()) {
        let text = serde_json::to_string_pretty(&v).unwrap();
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }
}

fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("\\PC{0,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
