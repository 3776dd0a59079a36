//! Writes the dataset format's JSON Schema, generated from the model, to standard output.
//! Run: cargo run -p milestone-core --example schema > static/dataset.schema.json

fn main() {
    print!("{}", milestone_core::schema::generate());
}
