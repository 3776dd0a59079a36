//! The view renders with Yew's server renderer (no browser): the prerendered page will be built on this.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::TzDb;
use milestone_tracker::components::{App, AppProps, ZonesHandle};
use milestone_tracker::options::parse_options;
use milestone_tracker::DEFAULT_DATASET;
use std::rc::Rc;

async fn render(json: &str, query: &[(&str, &str)]) -> String {
    let (options, option_problems) = parse_options(query.iter().copied());
    let props = AppProps {
        json: json.to_string().into(),
        options,
        option_problems,
        zones: ZonesHandle(Rc::new(TzDb)),
        local_zone: None,
        source_problem: None,
        focus: None,
        base_url: Some("https://fan.example/tracker/".into()),
        lang: Default::default(),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
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
        html.contains("invalid type: integer `3`, expected an object { ... }"),
        "{html}"
    );
}
