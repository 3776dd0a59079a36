//! A generated corpus of broken and hostile datasets, from the default one: each gives a render or a
//! located error naming the field (every leaf given every other JSON type, every word field given a
//! word it does not take), none panics, every message is worded in all four languages, and no
//! rendering of any of them holds a live script or `javascript:` link.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::TzDb;
use milestone_core::problem::{Location, Msg};
use milestone_core::validate::load;
use milestone_tracker::i18n::native::NativeLocale;
use milestone_tracker::i18n::render::{location, message};
use milestone_tracker::i18n::{Lang, Language};
use milestone_tracker::DEFAULT_DATASET;
use serde_json::{json, Value};
use std::rc::Rc;

const HOSTILE_TEXTS: [&str; 4] = [
    "<script>window.pwned=1</script>",
    "<img src=x onerror=\"window.pwned=2\">",
    "\"><svg onload=window.pwned=3>",
    "javascript:window.pwned=4",
];
const HOSTILE_URLS: [&str; 4] = [
    "javascript:window.pwned=5",
    "JaVaScRiPt:window.pwned=6",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
];

/// Every leaf of a JSON value with its path as the reader writes it (`milestones[0].metric.value`).
fn leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{path}[{i}]"), out);
            }
        }
        leaf => out.push((path, leaf.clone())),
    }
}

fn set(v: &mut Value, path: &str, new: Value) {
    let mut cur = v;
    for part in path.split('.') {
        let (key, indexes) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        cur = &mut cur[key];
        for idx in indexes.split('[').filter(|s| !s.is_empty()) {
            cur = &mut cur[idx.trim_end_matches(']').parse::<usize>().unwrap()];
        }
    }
    *cur = new;
}

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_DATASET).unwrap()
}

fn render(json: &str) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    rt.block_on(common::server_render(
        json,
        &[("now", "2024-01-01T00:00:00Z")],
    ))
}

/// Where a case must be reported, when it is a value of the wrong type at a known path.
struct Expect<'a> {
    path: &'a str,
    /// `null` in a field that may be left out is allowed.
    null: bool,
}

/// The promise for one case: a dataset or a located error, every message worded in every language,
/// and a rendering with nothing live from the data.
fn check(name: &str, json: &str, expect: Option<Expect>) {
    let loaded = load(json, &TzDb);
    if loaded.dataset.is_none() {
        let located = loaded.errors().all(|p| match &p.location {
            Location::Text(pos) => pos.line >= 1,
            Location::Path { path, pos } => {
                !path.is_root() || pos.is_some() || matches!(p.message, Msg::MoreProblems(_))
            }
            Location::Option(_) => false,
        });
        assert!(
            located && loaded.errors().count() > 0,
            "{name}: errors without a place: {:?}",
            loaded.problems
        );
    }
    if let Some(expect) = expect {
        let named = loaded.errors().any(|p| {
            matches!(&p.location, Location::Path { path, pos: Some(_) } if path.to_string() == expect.path)
                && !matches!(p.message, Msg::Malformed(_))
        });
        assert!(
            named || (expect.null && loaded.dataset.is_some()),
            "{name}: no error names {}: {:?}",
            expect.path,
            loaded.problems
        );
    }
    for lang in Lang::ALL {
        let l = Language::new(lang, Rc::new(NativeLocale::new(lang)));
        for p in &loaded.problems {
            let said = format!(
                "{}: {}",
                location(l.t, &p.location),
                message(&l, &p.message)
            );
            assert!(
                !said.contains("{0}") && !said.contains("{1}"),
                "{name}: a hole left in {lang:?}: {said}"
            );
        }
    }
    let html = render(json);
    assert!(html.contains("data-state="), "{name}: nothing rendered");
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "{name}: a script element in {html}"
    );
    assert!(!lower.contains("<img"), "{name}: an img element");
    assert!(
        !lower.contains("<svg onload"),
        "{name}: an svg element from the data"
    );
    assert!(
        !lower.contains("href=\"javascript:")
            && !lower.contains("href=\" javascript:")
            && !lower.contains("href=\"data:"),
        "{name}: a live link"
    );
}

#[test]
fn the_generated_corpus() {
    let base = default_value();
    let pretty = serde_json::to_string_pretty(&base).unwrap();
    let mut cases: Vec<(String, String)> = Vec::new();

    for cut in (0..pretty.len()).step_by(pretty.len() / 60) {
        if pretty.is_char_boundary(cut) {
            cases.push((
                format!("truncated at byte {cut}"),
                pretty[..cut].to_string(),
            ));
        }
    }
    for (i, line) in pretty.lines().enumerate().step_by(3) {
        let mut lines: Vec<String> = pretty.lines().map(str::to_string).collect();
        let indent = line.len() - line.trim_start().len();
        lines[i].insert(indent, '#');
        cases.push((
            format!("stray character on line {}", i + 1),
            lines.join("\n"),
        ));
    }
    let mut all = Vec::new();
    leaves(&base, String::new(), &mut all);
    let mut typed: Vec<(String, String, String)> = Vec::new();
    for (path, leaf) in &all {
        // Every other JSON type at every leaf: null, a boolean, a whole and a fractional number, a
        // string, a list and an object.
        let others = [
            json!(null),
            json!(true),
            json!(12345),
            json!(1.5),
            json!("seven"),
            json!(["x"]),
            json!({ "a": 1 }),
        ];
        for wrong in others {
            let same_type = match (leaf, &wrong) {
                (Value::String(_), Value::String(_)) | (Value::Bool(_), Value::Bool(_)) => true,
                (Value::Number(_), Value::Number(n)) => n.is_u64(),
                _ => false,
            };
            if same_type {
                continue;
            }
            let mut v = base.clone();
            set(&mut v, path, wrong.clone());
            typed.push((path.clone(), wrong.to_string(), v.to_string()));
        }
        if let Value::String(s) = leaf {
            if DateLike::is(s) {
                let mut v = base.clone();
                set(&mut v, path, json!("2023-02-30"));
                cases.push((format!("impossible date at {path}"), v.to_string()));
            } else {
                for (k, text) in HOSTILE_TEXTS.iter().enumerate() {
                    let mut v = base.clone();
                    set(&mut v, path, json!(text));
                    cases.push((format!("hostile text {k} at {path}"), v.to_string()));
                }
            }
        }
    }
    for (k, url) in HOSTILE_URLS.iter().enumerate() {
        let mut v = base.clone();
        for m in v["milestones"].as_array_mut().unwrap() {
            m["source"]["url"] = json!(url);
        }
        cases.push((format!("hostile url {k}"), v.to_string()));
    }
    for (name, mutate) in special_cases() {
        let mut v = base.clone();
        mutate(&mut v);
        cases.push((name.to_string(), v.to_string()));
    }
    cases.push((
        "50,000 deep".into(),
        pretty.replacen(
            "\"genres\": [",
            &format!("\"genres\": [{}", "[".repeat(50_000)),
            1,
        ),
    ));
    cases.push(("byte-order mark".into(), format!("\u{feff}{pretty}")));
    cases.push(("NaN".into(), pretty.replacen("600000000", "NaN", 1)));
    cases.push((
        "u64 overflow".into(),
        pretty.replacen("600000000", "18446744073709551616", 1),
    ));
    cases.push(("1e400".into(), pretty.replacen("600000000", "1e400", 1)));
    cases.push(("empty".into(), String::new()));
    cases.push((
        "not JSON at all".into(),
        "<html><script>alert(1)</script>".into(),
    ));

    assert!(cases.len() >= 200, "only {} cases", cases.len());
    assert!(
        typed.len() >= 1_000,
        "only {} wrong-type cases",
        typed.len()
    );
    for (name, json) in &cases {
        check(name, json, None);
    }
    for (path, wrong, json) in &typed {
        let expect = Expect {
            path,
            null: wrong == "null",
        };
        check(&format!("{wrong} at {path}"), json, Some(expect));
    }
    println!(
        "{} hostile or broken datasets and {} wrong types checked",
        cases.len(),
        typed.len()
    );
}

/// Values the validator reads as dates (checked for impossible ones rather than hostile text).
struct DateLike;
impl DateLike {
    fn is(s: &str) -> bool {
        s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
    }
}

type Mutation = fn(&mut Value);

fn special_cases() -> Vec<(&'static str, Mutation)> {
    vec![
        ("duplicate milestone id", |v| {
            v["milestones"][3]["id"] = v["milestones"][0]["id"].clone()
        }),
        ("duplicate track id", |v| {
            v["subject"]["tracks"][1]["id"] = json!("rainy-days")
        }),
        ("duplicate event id", |v| {
            v["events"][2]["id"] = json!("release")
        }),
        ("unknown lead track", |v| {
            v["subject"]["lead_track"] = json!("nope")
        }),
        ("unknown scope track", |v| {
            v["milestones"][0]["metric"]["scope"] = json!("track:nope")
        }),
        ("unknown compared milestone", |v| {
            v["comparisons"][0]["milestone"] = json!("nope")
        }),
        ("unknown zone", |v| {
            v["subject"]["home_zone"] = json!("Mars/Olympus_Mons")
        }),
        ("very long title", |v| {
            v["milestones"][0]["title"] = json!("Layover ".repeat(200_000))
        }),
        ("very long id", |v| {
            v["milestones"][0]["id"] = json!("a".repeat(100_000))
        }),
        ("huge metric", |v| {
            v["milestones"][0]["metric"]["value"] = json!(u64::MAX)
        }),
        ("far future release", |v| {
            v["subject"]["release"] = json!("9999-12-31")
        }),
        ("far past release", |v| {
            v["subject"]["release"] = json!("0001-01-01")
        }),
        ("huge comparison", |v| {
            v["comparisons"][0]["days"] = json!(i64::MAX)
        }),
        ("negative comparison", |v| {
            v["comparisons"][0]["days"] = json!(-5)
        }),
        ("huge claim", |v| {
            v["milestones"][0]["claim"]["days"] = json!(i64::MIN)
        }),
        ("no milestones", |v| v["milestones"] = json!([])),
        ("subject is null", |v| v["subject"] = Value::Null),
        ("top level is a list", |v| *v = json!([1, 2, 3])),
        ("unknown field", |v| v["subject"]["<script>"] = json!("x")),
    ]
}

#[test]
fn fuzz_seeds_and_kept_crash_inputs_replay() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for dir in ["seeds/load", "regressions"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            check(
                &path.display().to_string(),
                &String::from_utf8_lossy(&bytes),
                None,
            );
            replayed += 1;
        }
    }
    assert!(replayed >= 4, "the seed corpus went missing");
}

#[test]
fn the_fuzz_seed_of_the_default_dataset_is_the_dataset_as_shipped() {
    // The fuzzer starts from the real dataset, not an old copy of it.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read_to_string(root.join("fuzz/seeds/load/layover.json")).unwrap();
    let shipped = std::fs::read_to_string(root.join("static/layover.json")).unwrap();
    assert!(
        seed == shipped,
        "copy static/layover.json to fuzz/seeds/load/layover.json"
    );
}
