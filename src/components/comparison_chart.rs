//! Days to the same milestone, drawn to scale as SVG bars (47 vs 179), with the figures as text too.

use yew::prelude::*;

/// Chart geometry, in SVG user units.
const BAR_AREA: f64 = 300.0;
const ROW_HEIGHT: f64 = 28.0;

#[derive(Clone, PartialEq)]
pub struct ComparisonRow {
    pub label: String,
    pub days: i64,
    /// The subject's own album (highlighted).
    pub own: bool,
}

#[derive(Properties, PartialEq)]
pub struct ComparisonChartProps {
    pub rows: Vec<ComparisonRow>,
    pub milestone_id: AttrValue,
}

#[function_component(ComparisonChart)]
pub fn comparison_chart(props: &ComparisonChartProps) -> Html {
    let max = props.rows.iter().map(|r| r.days).max().unwrap_or(0).max(1) as f64;
    let summary = props
        .rows
        .iter()
        .map(|r| format!("{}: {} days", r.label, r.days))
        .collect::<Vec<_>>()
        .join("; ");
    let height = ROW_HEIGHT * props.rows.len() as f64;
    html! {
        <figure class="mt-comparison" data-comparison={props.milestone_id.clone()}>
            <svg class="mt-comparison-svg" viewBox={format!("0 0 {} {height}", BAR_AREA + 40.0)} role="img" aria-label={summary.clone()}>
                for (i, row) in props.rows.iter().enumerate() {
                    <rect
                        class={if row.own { "mt-bar mt-bar--own" } else { "mt-bar" }}
                        x="0"
                        y={(i as f64 * ROW_HEIGHT + 4.0).to_string()}
                        width={(row.days.max(0) as f64 / max * BAR_AREA).to_string()}
                        height={(ROW_HEIGHT - 8.0).to_string()}
                        data-bar-days={row.days.to_string()}
                    />
                    <text class="mt-bar-figure" x={(row.days.max(0) as f64 / max * BAR_AREA + 4.0).to_string()} y={(i as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0 + 4.0).to_string()}>
                        { row.days.to_string() }
                    </text>
                }
            </svg>
            <figcaption>
                <ul class="mt-comparison-legend">
                    for row in props.rows.iter() {
                        <li>{ format!("{}: {} days", row.label, row.days) }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}
