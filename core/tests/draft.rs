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
