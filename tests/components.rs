//! Browser tier: the real components mounted in headless Chromium, queried by their `data-*` hooks.
#![cfg(target_arch = "wasm32")]

use milestone_core::options::parse_options;
use milestone_tracker::components::{App, AppProps};
use milestone_tracker::i18n::{Lang, Language};
use milestone_tracker::web::intl::{IntlLocale, IntlZones};
use milestone_tracker::DEFAULT_DATASET;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_with(json: &str, query: &[(&str, &str)]) -> Element {
    // Every test starts as a first visit: no remembered choices from the tests before it.
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let (options, option_problems) = parse_options(query.iter().copied());
    let lang = Lang::negotiate(
        query.iter().find(|(k, _)| *k == "lang").map(|(_, v)| *v),
        &[],
    );
    let language = Language::new(lang, Rc::new(IntlLocale { tag: lang.tag() }));
    let props = AppProps {
        local_zone: Some("America/New_York".into()),
        ..AppProps::new(
            json.to_string(),
            options,
            option_problems,
            Rc::new(IntlZones::default()),
            language,
        )
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

async fn mount(query: &[(&str, &str)]) -> Element {
    mount_with(DEFAULT_DATASET, query).await
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .get_attribute(name)
        .unwrap_or_else(|| panic!("{selector} has no {name}"))
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// The milestones shown, by id, in page order.
fn milestone_ids(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("[data-milestone-id]").unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("data-milestone-id")
                .unwrap()
        })
        .collect()
}

/// Polls until `check` holds, failing after `deadline`: no fixed sleeps.
async fn eventually(deadline: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !check() {
        assert!(
            js_sys::Date::now() - start < deadline.as_millis() as f64,
            "timed out waiting for {what}"
        );
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
}

#[wasm_bindgen_test]
async fn the_hundredth_day_in_both_counts() {
    let root = mount(&[("now", "2023-12-16T09:00:00+09:00")]).await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "99");
    assert!(text(&root, "[data-counter=album]").contains("Day 100 by the fan count"));
    let root = mount(&[("now", "2023-12-16T09:00:00+09:00"), ("count", "inclusive")]).await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "100");
    assert!(text(&root, "[data-counter=album] .mt-counter-value").contains("D+100"));
}

#[wasm_bindgen_test]
async fn a_counter_per_track() {
    let root = mount(&[("now", "2023-10-26T12:00:00+09:00")]).await;
    assert_eq!(count(&root, "[data-counter^='track:']"), 6);
    assert_eq!(
        attr(&root, "[data-counter='track:slow-dancing']", "data-days"),
        "48"
    );
    assert!(
        text(&root, "[data-counter='track:love-me-again']").contains("Released before the album")
    );
}

#[wasm_bindgen_test]
async fn milestones_in_time_order_with_their_day() {
    let root = mount(&[("now", "2024-01-01T00:00:00Z")]).await;
    let ids = milestone_ids(&root);
    assert_eq!(ids[0], "every-track-40m-spotify");
    assert_eq!(ids[1], "album-600m-spotify");
    assert_eq!(ids.last().unwrap(), "every-track-60m-spotify");
    assert_eq!(
        attr(&root, "[data-milestone-id=album-600m-spotify]", "data-day"),
        "48"
    );
    assert_eq!(
        attr(
            &root,
            "[data-milestone-id=every-track-40m-spotify]",
            "data-day"
        ),
        "47"
    );
    assert_eq!(
        attr(
            &root,
            "[data-milestone-id=every-track-60m-spotify]",
            "data-day"
        ),
        "99"
    );
    assert!(text(&root, "[data-milestone-id=album-600m-spotify]").contains("600,000,000"));
    // The comparison is drawn to scale: FACE's bar is 179/47 times Layover's.
    let own: f64 = attr(&root, "[data-comparison] .mt-bar--own", "width")
        .parse()
        .unwrap();
    let face: f64 = attr(&root, "[data-comparison] [data-bar-days='179']", "width")
        .parse()
        .unwrap();
    assert!((face / own - 179.0 / 47.0).abs() < 1e-3, "{own} vs {face}");
}

#[wasm_bindgen_test]
async fn the_counting_zone_decides_today() {
    // 2023-10-25T15:30Z is already the 26th in Seoul, still the 25th in New York.
    let seoul = mount(&[("now", "2023-10-25T15:30:00Z")]).await;
    assert_eq!(attr(&seoul, "[data-counter=album]", "data-days"), "48");
    let ny = mount(&[("now", "2023-10-25T15:30:00Z"), ("tz", "America/New_York")]).await;
    assert_eq!(attr(&ny, "[data-counter=album]", "data-days"), "47");
    let local = mount(&[("now", "2023-10-25T15:30:00Z"), ("tz", "local")]).await;
    assert_eq!(attr(&local, "[data-zone]", "data-zone"), "America/New_York");
    // 45-minute offset: Kathmandu's midnight is 18:15Z.
    let ktm = mount(&[("now", "2023-10-25T18:15:00Z"), ("tz", "Asia/Kathmandu")]).await;
    assert_eq!(attr(&ktm, "[data-counter=album]", "data-days"), "48");
}

#[wasm_bindgen_test]
async fn an_instant_counts_in_the_counting_zone() {
    let json = DEFAULT_DATASET.replacen(
        "\"date\": \"2023-10-26\"",
        "\"date\": \"2023-10-26T23:30:00-05:00\"",
        1,
    );
    let seoul = mount_with(&json, &[("now", "2024-01-01T00:00:00Z")]).await;
    assert_eq!(
        attr(&seoul, "[data-milestone-id=album-600m-spotify]", "data-day"),
        "49"
    );
    let chicago = mount_with(
        &json,
        &[("now", "2024-01-01T00:00:00Z"), ("tz", "America/Chicago")],
    )
    .await;
    assert_eq!(
        attr(
            &chicago,
            "[data-milestone-id=album-600m-spotify]",
            "data-day"
        ),
        "48"
    );
}

#[wasm_bindgen_test]
async fn the_reader_switches_count_and_zone() {
    let root = mount(&[("now", "2023-10-25T15:30:00Z")]).await;
    click(&root, "[data-count-mode=inclusive]");
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "49");
    click(&root, "[data-zone-choice=local]");
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "48");
    assert_eq!(
        attr(&root, "[data-zone-choice=local]", "aria-pressed"),
        "true"
    );
}

#[wasm_bindgen_test]
async fn the_seconds_clock_ticks_and_the_day_rolls_over_at_midnight() {
    let root = mount(&[("now", "2023-12-16T23:59:58.500+09:00")]).await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "99");
    assert!(
        text(&root, "[data-clock]").starts_with("99d 23:59:5"),
        "{}",
        text(&root, "[data-clock]")
    );
    eventually(Duration::from_secs(6), "the counter to roll over", || {
        attr(&root, "[data-counter=album]", "data-days") == "100"
    })
    .await;
    assert!(
        text(&root, "[data-clock]").starts_with("100d 00:00:0"),
        "{}",
        text(&root, "[data-clock]")
    );
    assert_eq!(
        attr(
            &root,
            "[data-milestone-id=every-track-60m-spotify]",
            "data-day"
        ),
        "99"
    );
}

#[wasm_bindgen_test]
async fn how_each_date_is_known_is_shown_and_quotations_are_the_sources_words() {
    let root = mount(&[("now", "2023-12-16T09:00:00+09:00")]).await;
    let worked_out = text(
        &root,
        "[data-milestone-id=every-track-40m-spotify] .mt-milestone-when",
    );
    assert!(
        worked_out.contains("October 25, 2023 (worked out from the source's figure)"),
        "{worked_out}"
    );
    assert_eq!(
        attr(
            &root,
            "[data-milestone-id=every-track-40m-spotify]",
            "data-dated-by"
        ),
        "worked_out"
    );
    assert!(text(
        &root,
        "[data-milestone-id=billboard-global-excl-us-10-weeks] .mt-milestone-when"
    )
    .starts_with("By October 27, 2023"));
    assert_eq!(
        text(&root, "[data-milestone-id=every-track-60m-spotify] .mt-claim"),
        "The source: “It has also been 100 days since the Love Me Again singer introduced his album to the world”"
    );
    let note = text(&root, "[data-note=subject]");
    assert!(
        note.contains("stage name V") && note.contains("order of the tracks"),
        "{note}"
    );
    // The 60M milestone's day reads as its source counts: the fan count's 100th day.
    assert_eq!(
        text(
            &root,
            "[data-milestone-id=every-track-60m-spotify] .mt-milestone-day"
        ),
        " · Day 100 by the fan count"
    );
    // The worked-out date says so where a screen reader meets it on the timeline, and in projections.
    let mark = attr(
        &root,
        ".mt-timeline a[href='#m=every-track-40m-spotify']",
        "aria-label",
    );
    assert!(
        mark.ends_with("(worked out from the source's figure)"),
        "{mark}"
    );
    let method = text(&root, "[data-projection=every_track] .mt-projection-method");
    assert!(
        method.contains("October 25, 2023 (worked out from the source's figure)"),
        "{method}"
    );
}

#[wasm_bindgen_test]
async fn a_card_keeps_what_comes_from_elsewhere_under_all_milestones() {
    let root = mount(&[("now", "2023-12-16T09:00:00+09:00"), ("layout", "card")]).await;
    let note = text(&root, ".mt-all [data-note=subject]");
    assert!(
        note.contains("stage name V") && note.contains("Asia/Seoul"),
        "{note}"
    );
}

#[wasm_bindgen_test]
async fn a_word_field_of_the_wrong_type_is_named_in_the_alert() {
    let json = DEFAULT_DATASET.replacen("\"kind\": \"chart\"", "\"kind\": 12345", 1);
    let root = mount_with(&json, &[("lang", "ko")]).await;
    assert!(attr(
        &root,
        "[role=alert] [data-problem-location]",
        "data-problem-location"
    )
    .starts_with("milestones[2].kind (line "));
    let alert = text(&root, "[role=alert]");
    assert!(
        alert.contains("streaming, chart, award, other 중 하나"),
        "{alert}"
    );
    assert!(alert.contains("숫자 12345"), "{alert}");
}

#[wasm_bindgen_test]
async fn broken_json_shows_line_and_column_in_an_alert() {
    let root = mount_with("{\n  \"subject\": {\n    \"artist\": \"X\",,\n", &[]).await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("line 3, column"), "{alert}");
    assert_eq!(count(&root, "[data-counter]"), 0);
}

#[wasm_bindgen_test]
async fn a_type_error_shows_its_json_path() {
    let json = DEFAULT_DATASET.replacen("\"date\": \"2023-10-26\"", "\"date\": \"2023-02-30\"", 1);
    let root = mount_with(&json, &[]).await;
    assert_eq!(
        attr(
            &root,
            "[role=alert] [data-problem-location]",
            "data-problem-location"
        )
        .split(' ')
        .next()
        .unwrap(),
        "milestones[0].date"
    );
    assert!(text(&root, "[role=alert]").contains("\"2023-02-30\" is not a real calendar date"));
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text_and_only_http_links_are_links() {
    let json = DEFAULT_DATASET
        .replacen("Layover passes 600 million streams on Spotify", "<img src=x onerror=\\\"window.pwned=1\\\">", 1)
        .replacen("\"source\": { \"publication\": \"News article\", \"date\": \"2023-10-27\" }", "\"source\": { \"publication\": \"Evil\", \"date\": \"2023-10-27\", \"url\": \"javascript:window.pwned=2\" }", 1);
    let root = mount_with(&json, &[("now", "2024-01-01T00:00:00Z")]).await;
    assert_eq!(count(&root, "img"), 0);
    assert!(text(&root, "[data-milestone-id=album-600m-spotify]").contains("<img src=x"));
    assert_eq!(count(&root, "a[href^='javascript']"), 0);
    assert!(text(&root, "[data-panel=warnings]").contains("only http(s) URLs become links"));
    assert!(js_sys::Reflect::get(&js_sys::global(), &"pwned".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
async fn bad_options_say_so_and_keep_their_defaults() {
    let root = mount(&[
        ("now", "2023-12-16T09:00:00+09:00"),
        ("tz", "Mars/Olympus_Mons"),
        ("count", "korean"),
    ])
    .await;
    let notices = text(&root, "[data-panel=options]");
    assert!(
        notices.contains("unknown time zone \"Mars/Olympus_Mons\""),
        "{notices}"
    );
    assert!(
        notices.contains("\"korean\" is not elapsed or inclusive"),
        "{notices}"
    );
    assert_eq!(attr(&root, "[data-zone]", "data-zone"), "Asia/Seoul");
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "99");
}

#[wasm_bindgen_test]
async fn problems_speak_the_readers_language() {
    let json = DEFAULT_DATASET.replacen("\"date\": \"2023-10-26\"", "\"date\": \"2023-02-30\"", 1);
    let root = mount_with(&json, &[("lang", "ko")]).await;
    let alert = text(&root, "[role=alert]");
    assert!(
        alert.contains("기록 데이터를 표시할 수 없습니다."),
        "{alert}"
    );
    assert!(
        alert.contains("\"2023-02-30\"은(는) 달력에 없는 날짜입니다"),
        "{alert}"
    );
    assert!(
        text(&root, ".mt-problem-location").contains("milestones[0].date ("),
        "{alert}"
    );
    assert!(
        text(&root, ".mt-problem-location").contains("행"),
        "{alert}"
    );
    assert!(!alert.contains("calendar date"), "{alert}");

    let root = mount(&[("lang", "ko"), ("count", "korean"), ("theme", "neon")]).await;
    let notices = text(&root, "[data-panel=options]");
    assert!(
        notices.contains("옵션 count: \"korean\"은(는) elapsed나 inclusive가 아닙니다"),
        "{notices}"
    );
    assert!(notices.contains("옵션 theme"), "{notices}");

    let root = mount_with(
        "{\n  \"subject\": {\n    \"artist\": \"X\",,\n",
        &[("lang", "ja")],
    )
    .await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("3行"), "{alert}");
    assert!(alert.contains("JSON の形式が正しくありません"), "{alert}");
}

fn set_input(root: &Element, selector: &str, value: &str, event: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn as_of_a_chosen_day_the_tracker_shows_what_it_said_then() {
    let root = mount(&[("now", "2024-01-01T00:00:00Z")]).await;
    assert_eq!(count(&root, "[data-milestone-id]"), 5);
    assert_eq!(count(&root, "[data-event-id=enlistment]"), 1);

    set_input(&root, "#mt-as-of-date", "2023-10-26", "change");
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, "[data-counter=album]", "data-days"), "48");
    assert_eq!(attr(&root, "[data-as-of]", "data-as-of"), "2023-10-26");
    let shown = milestone_ids(&root);
    assert_eq!(shown, ["every-track-40m-spotify", "album-600m-spotify"]);
    assert_eq!(attr(&root, "[data-later]", "data-later"), "3");
    assert_eq!(
        count(&root, "[data-event-id=enlistment]"),
        0,
        "not yet happened"
    );
    assert_eq!(
        count(&root, "[data-event-id=discharge]"),
        0,
        "not yet announced"
    );
    assert!(
        text(&root, "[data-clock]").starts_with("48d 12:00:0"),
        "{}",
        text(&root, "[data-clock]")
    );

    // The slider walks the album's life: day index 99 after release is the 100th day.
    set_input(&root, ".mt-as-of-slider", "99", "input");
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, "[data-as-of]", "data-as-of"), "2023-12-16");
    assert_eq!(count(&root, "[data-milestone-id]"), 5);
    assert_eq!(count(&root, "[data-event-id=discharge]"), 1);

    click(&root, "[data-action=live]");
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "[data-as-of]"), 0);
    assert!(
        text(&root, "[data-clock]").starts_with("115d 09:00:0"),
        "{}",
        text(&root, "[data-clock]")
    );
}

#[wasm_bindgen_test]
async fn korean_all_through_with_korean_numbers_and_dates() {
    let root = mount(&[
        ("now", "2023-12-16T09:00:00+09:00"),
        ("count", "inclusive"),
        ("lang", "ko"),
    ])
    .await;
    assert_eq!(attr(&root, ".mt", "lang"), "ko");
    assert_eq!(text(&root, "#mt-tracks-title"), "수록곡");
    assert_eq!(text(&root, "#mt-milestones-title"), "기록");
    assert_eq!(
        text(&root, "[data-counter=album] .mt-counter-caption"),
        "발매일을 1일째로 셈"
    );
    assert_eq!(
        text(&root, "[data-counter=album] .mt-counter-alt"),
        "99일 지남"
    );
    assert_eq!(
        attr(
            &root,
            "[data-milestone-id=album-600m-spotify] [data-compact]",
            "data-compact"
        ),
        "6억"
    );
    assert!(
        text(&root, "[data-milestone-id=album-600m-spotify] .mt-metric").contains("600,000,000")
    );
    assert!(
        text(&root, ".mt-facts").contains("2023년 9월 8일"),
        "{}",
        text(&root, ".mt-facts")
    );
    assert_eq!(
        text(&root, "[data-anniversary] .mt-anniversary-title"),
        "100일째"
    );
    assert!(
        text(&root, "[data-clock]").starts_with("99일 09:00:0"),
        "{}",
        text(&root, "[data-clock]")
    );
    // No English sentence left on the reader's side of the page (data text aside).
    let page = root.text_content().unwrap();
    for english in [
        "Tracks",
        "Milestones",
        "Coming up",
        "since release",
        "Copy link",
        "As of",
        "Embed this tracker",
    ] {
        assert!(!page.contains(english), "English left: {english}");
    }
}

#[wasm_bindgen_test]
async fn japanese_and_spanish_with_their_plurals() {
    let ja = mount(&[("now", "2023-12-16T09:00:00+09:00"), ("lang", "ja-JP")]).await;
    assert_eq!(attr(&ja, ".mt", "lang"), "ja");
    assert_eq!(text(&ja, "#mt-tracks-title"), "収録曲");
    assert_eq!(
        attr(
            &ja,
            "[data-milestone-id=album-600m-spotify] [data-compact]",
            "data-compact"
        ),
        "6億"
    );
    let es = mount(&[("now", "2023-09-09T09:00:00+09:00"), ("lang", "es")]).await;
    assert_eq!(
        text(&es, "[data-counter=album] .mt-counter-caption"),
        "día desde el lanzamiento",
        "one: singular"
    );
    let es = mount(&[("now", "2023-09-10T09:00:00+09:00"), ("lang", "es")]).await;
    assert_eq!(
        text(&es, "[data-counter=album] .mt-counter-caption"),
        "días desde el lanzamiento"
    );
    assert_eq!(
        count(&es, "[data-compact]"),
        0,
        "no compact form in Spanish"
    );
}

#[wasm_bindgen_test]
async fn pace_next_round_figure_and_a_stale_flag() {
    let root = mount(&[("now", "2023-12-16T09:00:00+09:00")]).await;
    let album = "[data-projection=album]";
    assert_eq!(attr(&root, album, "data-pace"), "12500000");
    assert_eq!(attr(&root, album, "data-next"), "700000000");
    assert_eq!(attr(&root, album, "data-eta"), "2023-11-03");
    assert_eq!(attr(&root, album, "data-stale"), "true");
    assert!(
        text(&root, album).contains("about 12,500,000 a day"),
        "{}",
        text(&root, album)
    );
    assert!(text(&root, album).contains("One count only"));
    assert!(text(&root, album).contains("51 days old"));
    let every = "[data-projection=every_track]";
    assert_eq!(attr(&root, every, "data-pace"), "384615");
    assert_eq!(attr(&root, every, "data-eta"), "2024-01-12");
    assert_eq!(attr(&root, every, "data-stale"), "false");
    assert!(
        text(&root, every).contains("70,000,000 around January 12, 2024"),
        "{}",
        text(&root, every)
    );
    // As of an earlier day, only the counts known then.
    let early = mount(&[("now", "2023-11-01T09:00:00+09:00")]).await;
    assert_eq!(
        attr(&early, "[data-projection=every_track]", "data-value"),
        "40000000"
    );
}

#[wasm_bindgen_test]
async fn a_long_list_arrives_in_steps_and_in_time_order() {
    let mut data: serde_json::Value = serde_json::from_str(DEFAULT_DATASET).unwrap();
    let template = data["milestones"][1].clone();
    let mut milestones = Vec::new();
    for i in 0..250 {
        let mut m = template.clone();
        m["id"] = format!("generated-{i}").into();
        // Written newest first: the list must still run oldest first.
        let day = milestone_core::calendar::NaiveDate::from_ymd_opt(2023, 9, 8).unwrap()
            + milestone_core::calendar::Duration::days(250 - i);
        m["date"] = day.to_string().into();
        milestones.push(m);
    }
    data["milestones"] = milestones.into();
    data["comparisons"] = serde_json::json!([]);
    // While the tab is hidden the rest of the list waits: no timers run.
    js_sys::eval(
        "window.__hidden = true; Object.defineProperty(document, 'hidden', { configurable: true, get: () => window.__hidden });",
    )
    .unwrap();
    let root = mount_with(&data.to_string(), &[("now", "2024-12-01T00:00:00Z")]).await;
    let first = count(&root, ".mt-milestone-list > li");
    assert_eq!(first, milestone_core::product::LIST_STEP as u32);
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        count(&root, ".mt-milestone-list > li"),
        first,
        "stepped while hidden"
    );
    js_sys::eval(
        "delete document.hidden; delete window.__hidden; document.dispatchEvent(new Event('visibilitychange'));",
    )
    .unwrap();
    eventually(Duration::from_secs(10), "all 250 milestones", || {
        count(&root, ".mt-milestone-list > li") == 250
    })
    .await;
    assert_eq!(count(&root, ".mt-milestone-list > li"), 250);
    let ids = milestone_ids(&root);
    assert_eq!(ids.first().map(String::as_str), Some("generated-249"));
    assert_eq!(ids.last().map(String::as_str), Some("generated-0"));
    assert_eq!(
        ids.iter().collect::<std::collections::HashSet<_>>().len(),
        250
    );
}
