//! For `./scripts/bench`: writes generated datasets of 10, 1,000 and 10,000 milestones (the Layover
//! subject with made-up milestones) into DIR, and prints the native parse-and-validate time of each
//! (median of repeated runs) as JSON.
//! Run: cargo run --release --example scale -- DIR

use milestone_core::validate::load;
use milestone_core::zone::TzDatabase;
use milestone_tracker::DEFAULT_DATASET;
use serde_json::{json, Value};
use std::time::Instant;

pub const SIZES: [usize; 3] = [10, 1_000, 10_000];

fn generate(n: usize) -> String {
    let mut data: Value = serde_json::from_str(DEFAULT_DATASET).expect("the default dataset");
    let source = data["milestones"][0]["source"].clone();
    let release = chrono::NaiveDate::from_ymd_opt(2023, 9, 8).unwrap();
    let milestones: Vec<Value> = (0..n)
        .map(|i| {
            let date = release + chrono::Duration::days((i % 800) as i64);
            let kind = ["streaming", "chart", "award", "other"][i % 4];
            json!({
                "id": format!("generated-{i}"),
                "date": date.to_string(),
                "kind": kind,
                "title": format!("Generated milestone {i} (made up, for the benchmark)"),
                "metric": { "platform": "Spotify", "measure": "streams", "value": 1_000_000 * (i as u64 + 1), "scope": "album" },
                "record": "A made-up record line of ordinary length, for the benchmark",
                "source": source,
            })
        })
        .collect();
    data["milestones"] = Value::Array(milestones);
    data["comparisons"] = json!([]);
    serde_json::to_string(&data).unwrap()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: scale DIR");
    std::fs::create_dir_all(&dir).unwrap();
    let mut results = Vec::new();
    for n in SIZES {
        let text = generate(n);
        std::fs::write(format!("{dir}/milestones-{n}.json"), &text).unwrap();
        let runs = if n >= 10_000 { 9 } else { 31 };
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let loaded = load(&text, &TzDatabase);
                assert!(loaded.dataset.is_some(), "{:?}", loaded.problems.first());
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(|a, b| a.total_cmp(b));
        results.push(json!({ "milestones": n, "bytes": text.len(), "native_parse_validate_ms": times[runs / 2], "runs": runs }));
    }
    println!("{}", serde_json::to_string(&results).unwrap());
}
