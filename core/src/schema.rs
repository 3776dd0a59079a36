//! The data format as a JSON Schema, generated from the model's serde attributes and doc comments by
//! schemars (with the `schema` feature: native tools and tests only, never the wasm). The format's own
//! kinds of string (dates, scopes) describe themselves here. `static/dataset.schema.json` is this
//! schema as `examples/schema.rs` writes it; `tests/schema.rs` fails when the two differ.

use crate::date::{CalendarDate, DateValue};
use crate::model::{Dataset, Scope};
use schemars::gen::{SchemaGenerator, SchemaSettings};
use schemars::schema::{InstanceType, Metadata, Schema, SchemaObject, StringValidation};
use schemars::JsonSchema;

/// The schema of a dataset file, as the text that is shipped.
pub fn generate() -> String {
    let mut root = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Dataset>();
    let meta = root.schema.metadata();
    meta.id = Some("milestone-tracker/dataset.schema.json".into());
    meta.title = Some("Milestone tracker dataset".into());
    meta.description = Some(
        "One album, its milestones, comparisons with other albums, other dated events and dated \
         counts. Generated from the widget's data model (core/src/model.rs); the widget's own checks \
         (core/src/validate.rs: ids, links, dates in order, claims) go further than a schema can."
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&root).unwrap_or_default();
    text.push('\n');
    text
}

/// A string with a pattern and a description.
fn pattern(pattern: &str, description: &str) -> Schema {
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        string: Some(Box::new(StringValidation {
            pattern: Some(pattern.into()),
            ..Default::default()
        })),
        metadata: Some(Box::new(Metadata {
            description: Some(description.into()),
            ..Default::default()
        })),
        ..Default::default()
    }
    .into()
}

impl JsonSchema for DateValue {
    fn schema_name() -> String {
        "DateValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        pattern(
            r"^\d{4}(-\d{2}(-\d{2}([Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?)?)?$",
            "A calendar date (2023-09-08), an instant with its offset (2023-10-26T09:00:00+09:00), \
             a month (2023-10) or a year (2025).",
        )
    }
}

impl JsonSchema for CalendarDate {
    fn schema_name() -> String {
        "CalendarDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        pattern(r"^\d{4}-\d{2}-\d{2}$", "A calendar date (2023-12-16).")
    }
}

impl JsonSchema for Scope {
    fn schema_name() -> String {
        "Scope".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        pattern(
            r"^(album|every_track|track:.+)$",
            "What is counted: the album, every track (the lowest of them), or one track by its id \
             (track:<id>).",
        )
    }
}
