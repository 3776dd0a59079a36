//! The `check-dataset` command a blogger runs on a hand-edited file: same problems as the widget, located.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-dataset"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("mt-check-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn the_shipped_datasets_are_clean() {
    let (code, out) = check(&["static/layover.json", "static/samples/example-artist.json"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "static/layover.json: ok\nstatic/samples/example-artist.json: ok\n"
    );
}

#[test]
fn a_syntax_error_is_printed_with_file_line_and_column() {
    let file = temp_file(
        "syntax.json",
        "{\n  \"subject\": {\n    \"artist\": \"X\",,\n",
    );
    let (code, out) = check(&[&file]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(&format!("{file}:3:19: error: the JSON is malformed")),
        "{out}"
    );
    assert!(
        out.ends_with(&format!("{file}: 1 error, 0 warnings\n")),
        "{out}"
    );
}

#[test]
fn facts_and_claims_are_printed_with_their_json_path() {
    let text = std::fs::read_to_string("static/layover.json")
        .unwrap()
        .replacen("\"days\": 48", "\"days\": 50", 1)
        .replacen("\"id\": \"blue\"", "\"id\": \"rainy-days\"", 1);
    let file = temp_file("facts.json", &text);
    let (code, out) = check(&[&file]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("{file}:"))
            && out.contains(": error: subject.tracks[1].id: the id \"rainy-days\" is used twice\n"),
        "{out}"
    );
    let claims = std::fs::read_to_string("static/layover.json")
        .unwrap()
        .replacen("\"days\": 48", "\"days\": 50", 1);
    let (code, out) = check(&[&temp_file("claim.json", &claims)]);
    assert_eq!(code, 0, "a warning alone does not fail: {out}");
    assert!(out.contains("warning: milestones[0].claim.days: the source says 50 (elapsed count) but 2023-09-08 to 2023-10-26 is 48"), "{out}");
}

#[test]
fn a_word_field_of_the_wrong_type_is_a_located_type_error() {
    // Before, `"kind": 12345` was "the JSON is malformed: expected a value", naming no field.
    let text = std::fs::read_to_string("static/layover.json")
        .unwrap()
        .replacen("\"kind\": \"chart\"", "\"kind\": 12345", 1);
    let line = text.lines().position(|l| l.contains("12345")).unwrap() + 1;
    let column = text.lines().nth(line - 1).unwrap().find("12345").unwrap() + 1;
    let file = temp_file("kind.json", &text);
    let (code, out) = check(&[&file]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "{file}:{line}:{column}: error: milestones[2].kind: expected one of the words streaming, chart, award, other, but found the number 12345\n"
        )),
        "{out}"
    );
}

#[test]
fn an_unreadable_file_and_no_arguments_are_usage_errors() {
    assert_eq!(check(&["/nonexistent/data.json"]).0, 2);
    let (code, out) = check(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: check-dataset"));
}
