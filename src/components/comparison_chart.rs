//! Days to the same milestone, drawn to scale as SVG bars (47 vs 179), with the figures as text too.
//! Geometry is integer fixed-point (thousandths of a unit): no float formatting code in the wasm.

use super::markup::Markup;
use crate::i18n::{text, Language};

/// Chart geometry, in SVG user units.
const BAR_AREA: i64 = 300;
const ROW_HEIGHT: i64 = 28;
const BAR_GAP: i64 = 4;

#[derive(Clone, PartialEq)]
pub struct ComparisonRow {
    pub label: String,
    pub days: i64,
    /// The subject's own album (highlighted).
    pub own: bool,
}

/// `value × BAR_AREA / max` in user units, to three decimals.
fn scaled(value: i64, max: i64) -> String {
    // A dataset may claim any i64 of days: past what the product can hold, divide first (the bar is
    // then as exact as a pixel needs).
    let (value, max) = (value.clamp(0, max) as u64, max.max(1) as u64);
    let scale = BAR_AREA as u64 * 1000;
    let milli = match value.checked_mul(scale) {
        Some(product) => product / max,
        None => value / (max / scale),
    };
    format!("{}.{:03}", milli / 1000, milli % 1000)
}

pub fn comparison_chart(l: &Language, rows: &[ComparisonRow], milestone_id: &str, m: &mut Markup) {
    let max = rows.iter().map(|r| r.days).max().unwrap_or(0).max(1);
    let lines: Vec<String> = rows
        .iter()
        .map(|r| format!("{}: {}", r.label, text::days(l, r.days)))
        .collect();
    let height = ROW_HEIGHT * rows.len() as i64;
    m.open(
        "figure",
        &[
            ("class", Some("mt-comparison")),
            ("data-comparison", Some(milestone_id)),
        ],
    )
    .open(
        "svg",
        &[
            ("class", Some("mt-comparison-svg")),
            ("viewBox", Some(&format!("0 0 {} {height}", BAR_AREA + 40))),
            ("role", Some("img")),
            ("aria-label", Some(&lines.join("; "))),
        ],
    );
    for (i, row) in rows.iter().enumerate() {
        let width = scaled(row.days, max);
        let days = row.days.to_string();
        let class = if row.own {
            "mt-bar mt-bar--own"
        } else {
            "mt-bar"
        };
        m.open(
            "rect",
            &[
                ("class", Some(class)),
                ("x", Some("0")),
                ("y", Some(&(i as i64 * ROW_HEIGHT + BAR_GAP).to_string())),
                ("width", Some(&width)),
                ("height", Some(&(ROW_HEIGHT - 2 * BAR_GAP).to_string())),
                ("data-bar-days", Some(&days)),
            ],
        )
        .close("rect")
        .open(
            "text",
            &[
                ("class", Some("mt-bar-figure")),
                ("x", Some(&width)),
                ("dx", Some("4")),
                (
                    "y",
                    Some(&(i as i64 * ROW_HEIGHT + ROW_HEIGHT / 2 + BAR_GAP).to_string()),
                ),
            ],
        )
        .text(&days)
        .close("text");
    }
    m.close("svg")
        .open("figcaption", &[])
        .class("ul", "mt-comparison-legend");
    for line in &lines {
        m.open("li", &[]).text(line).close("li");
    }
    m.close("ul").close("figcaption").close("figure");
}

#[cfg(test)]
mod tests {
    use super::scaled;

    #[test]
    fn bars_are_to_scale_in_thousandths() {
        assert_eq!(scaled(179, 179), "300.000");
        assert_eq!(scaled(47, 179), "78.770");
        assert_eq!(scaled(-5, 179), "0.000");
        assert_eq!(scaled(i64::MAX, i64::MAX), "300.000");
        assert_eq!(scaled(47, i64::MAX), "0.000");
    }
}
