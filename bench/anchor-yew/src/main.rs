//! A minimal Yew page: milestones from embedded JSON, each with its days since release.
use yew::prelude::*;

#[derive(serde::Deserialize)]
struct Milestone {
    title: String,
    date: String,
}

const DATA: &str = r#"[{"title":"Released","date":"2023-09-08"},{"title":"600 million streams","date":"2023-10-26"}]"#;

#[function_component]
fn App() -> Html {
    let milestones: Vec<Milestone> = serde_json::from_str(DATA).unwrap_or_default();
    let release = chrono::NaiveDate::from_ymd_opt(2023, 9, 8).unwrap_or_default();
    let today = chrono::Utc::now().date_naive();
    html! {
        <main>
            <p>{ format!("{} days since release", (today - release).num_days()) }</p>
            <ul>
                { for milestones.iter().map(|m| {
                    let day = chrono::NaiveDate::parse_from_str(&m.date, "%Y-%m-%d")
                        .map(|d| (d - release).num_days())
                        .unwrap_or_default();
                    html! { <li>{ &m.title }{ " · day " }{ day }</li> }
                }) }
            </ul>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
