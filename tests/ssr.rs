//! The view renders with Yew's server renderer (no browser): the prerendered page will be built on this.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use milestone_tracker::DEFAULT_DATASET;

async fn render(json: &str, query: &[(&str, &str)]) -> String {
    common::server_render(json, query).await
}

#[tokio::test]
async fn the_page_renders_on_the_server_with_its_hooks() {
    let html = render(
        DEFAULT_DATASET,
        &[("now", "2023-12-16T09:00:00+09:00"), ("count", "inclusive")],
    )
    .await;
    assert!(
        html.contains(r#"data-counter="album" data-days="100""#),
        "{html}"
    );
    assert_eq!(html.matches(r#"data-counter="track:"#).count(), 6);
    assert!(html.contains(r#"data-milestone-id="album-600m-spotify" data-day="48""#));
    assert!(html.contains(r#"data-clock="release""#));
    assert!(html.contains("99d 09:00:00"));
}

#[tokio::test]
async fn hostile_text_is_escaped_on_the_server_too() {
    let json = DEFAULT_DATASET.replacen(
        "Layover passes 600 million streams on Spotify",
        "<script>alert(1)</script>",
        1,
    );
    let html = render(&json, &[("now", "2024-01-01T00:00:00Z")]).await;
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn a_broken_dataset_renders_its_alert_on_the_server() {
    let html = render("{\"subject\": 3}", &[]).await;
    assert!(html.contains(r#"role="alert""#));
    assert!(
        html.contains(r#"data-problem-location="subject (line 1, column 13)""#),
        "{html}"
    );
    assert!(
        html.contains("expected a group of fields { ... }, but found the number 3"),
        "{html}"
    );
}
