//! One format, held together: the JSON Schema shipped beside the widget is the one generated from the
//! model's serde attributes, and a JSON Schema validator (the `jsonschema` crate) holds the shipped
//! datasets, the editor's exports and a generated corpus to it, so that the schema never refuses a
//! file the widget reads. The editor's shapes (`draft`) name the same fields as the schema.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{json_pointers, TzDb, LAYOVER, SAMPLE};
use milestone_core::draft::{self, Ids, Kind, Shape, DATASET};
use milestone_core::schema::generate;
use milestone_core::validate::load;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../../static/dataset.schema.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SHIPPED).expect("the shipped schema is JSON");
    jsonschema::validator_for(&schema).expect("the shipped schema is a valid JSON Schema")
}

fn problems(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(text).unwrap();
    validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

#[test]
fn the_shipped_schema_is_the_generated_one() {
    assert!(
        SHIPPED == generate(),
        "static/dataset.schema.json differs from the model; write it again with\n  \
         cargo run -p milestone-core --example schema > static/dataset.schema.json"
    );
}

#[test]
fn the_shipped_datasets_and_the_editors_exports_are_valid() {
    let validator = validator();
    for (name, text) in [("layover", LAYOVER), ("sample", SAMPLE)] {
        assert_eq!(problems(&validator, text), Vec::<String>::new(), "{name}");
        let read = draft::read(text).unwrap();
        let exported = draft::to_json(&read.draft, Ids::Automatic);
        assert!(load(&exported, &TzDb).dataset.is_some(), "{name} export");
        assert_eq!(
            problems(&validator, &exported),
            Vec::<String>::new(),
            "{name} export"
        );
    }
}

/// The corpus: every value of the Layover dataset replaced by each of these, and keys added and
/// removed. The schema accepts every file the widget shows; what the widget refuses, the schema
/// refuses too, but for what a schema cannot say (a date that does not exist, ids and facts that
/// must agree across the file, a count beyond its type).
#[test]
fn the_schema_agrees_with_the_widget_on_a_generated_corpus() {
    let validator = validator();
    let layover: Value = serde_json::from_str(LAYOVER).unwrap();
    let all = json_pointers(&layover);
    let others = [
        json!(null),
        json!(true),
        json!(7),
        json!(-1),
        json!(1.5),
        json!("x"),
        json!("2023-10-26"),
        json!("2023-02-30"),
        json!("track:title"),
        json!([]),
        json!({}),
    ];
    let (mut checked, mut both_refuse) = (0, 0);
    for pointer in all.iter().filter(|p| !p.is_empty()) {
        for other in &others {
            let mut v = layover.clone();
            *v.pointer_mut(pointer).unwrap() = other.clone();
            let text = serde_json::to_string_pretty(&v).unwrap();
            let shown = load(&text, &TzDb).dataset.is_some();
            let valid = validator.is_valid(&v);
            assert!(
                !shown || valid,
                "{pointer} = {other}: shown, but the schema refuses it"
            );
            checked += 1;
            both_refuse += usize::from(!shown && !valid);
        }
        if let Some((parent, _)) = pointer.rsplit_once('/') {
            let mut v = layover.clone();
            if let Some(Value::Object(map)) = v.pointer_mut(parent) {
                map.insert("colour".into(), json!("red"));
                assert!(!validator.is_valid(&v), "an unknown key in {parent}");
            }
        }
    }
    println!("{checked} files, {both_refuse} refused by both");
    assert!(checked > 2_500, "{checked}");
    assert!(both_refuse > 1_000, "{both_refuse}");
}

/// The fields of a shape and of the schema's object, with which are required. A row's `id` the
/// editor writes itself when the author leaves it empty (`id_from`) is in every export.
fn shape_fields(shape: &Shape) -> Vec<(String, bool)> {
    shape
        .fields
        .iter()
        .map(|f| {
            let written = f.key == "id" && shape.id_from.is_some();
            (f.key.to_string(), f.required || written)
        })
        .collect()
}

fn schema_fields(object: &Value) -> Vec<(String, bool)> {
    let required: Vec<&str> = object["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    object["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| (k.clone(), required.contains(&k.as_str())))
        .collect()
}

/// The schema's object a field of a shape holds (`#/definitions/Name`, in a list or not).
fn target<'s>(schema: &'s Value, property: &Value) -> Option<&'s Value> {
    let reference = property["$ref"]
        .as_str()
        .or_else(|| property["items"]["$ref"].as_str())
        .or_else(|| property["anyOf"][0]["$ref"].as_str())?;
    schema.pointer(reference.trim_start_matches('#'))
}

#[test]
fn the_editors_shapes_are_the_schemas_objects() {
    let schema: Value = serde_json::from_str(SHIPPED).unwrap();
    let mut todo = vec![(&DATASET, &schema)];
    let mut seen = 0;
    while let Some((shape, object)) = todo.pop() {
        let (mut ours, mut its) = (shape_fields(shape), schema_fields(object));
        ours.sort();
        its.sort();
        assert_eq!(ours, its, "{}", shape.name);
        seen += 1;
        for field in shape.fields {
            if let Kind::Object(inner) | Kind::Rows(inner) = field.kind {
                let property = &object["properties"][field.key];
                let inner_object = target(&schema, property)
                    .unwrap_or_else(|| panic!("{}.{} is an object", shape.name, field.key));
                todo.push((inner, inner_object));
            }
        }
    }
    assert!(seen >= 9, "{seen}");
}
