//! The Layover dataset itself: every fact of the two source articles present, every claimed figure
//! agreeing with the computed one in the home calendar.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{day, TzDb, LAYOVER, SAMPLE};
use milestone_core::date::DateValue;
use milestone_core::days::{count_days, counting_date, elapsed_days, inclusive_days, CountMode};
use milestone_core::model::{Dataset, DatedBy, EventKind, Milestone, MilestoneKind, Scope};
use milestone_core::validate::load;

fn layover() -> Dataset {
    let loaded = load(LAYOVER, &TzDb);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    loaded.dataset.unwrap()
}

fn milestone<'a>(d: &'a Dataset, id: &str) -> &'a Milestone {
    d.milestones
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
}

/// Elapsed days from the release to the milestone in Seoul's calendar.
fn day_reached(d: &Dataset, m: &Milestone) -> i64 {
    let reached = counting_date(&m.date, &TzDb, &d.subject.home_zone)
        .unwrap()
        .unwrap();
    elapsed_days(d.subject.release_date(), reached)
}

#[test]
fn the_subject() {
    let d = layover();
    let s = &d.subject;
    assert_eq!(
        (s.artist.as_str(), s.album.as_str(), s.home_zone.as_str()),
        ("V (Kim Taehyung)", "Layover", "Asia/Seoul")
    );
    assert_eq!(s.release, DateValue::Day(day("2023-09-08")));
    let titles: Vec<&str> = s.tracks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Rainy Days",
            "Blue",
            "Love Me Again",
            "Slow Dancing",
            "For Us",
            "Slow Dancing (instrumental)"
        ]
    );
    let pre: Vec<&str> = s
        .tracks
        .iter()
        .filter(|t| t.pre_released)
        .map(|t| t.title.as_str())
        .collect();
    assert_eq!(pre, ["Rainy Days", "Love Me Again"]);
    assert_eq!(
        s.track(s.lead_track.as_deref().unwrap()).unwrap().title,
        "Slow Dancing"
    );
    assert_eq!(s.total_duration.as_deref(), Some("17:36"));
    assert_eq!(s.genres, ["Pop", "R&B", "Jazz"]);
    assert_eq!(s.music_videos, Some(5));
}

#[test]
fn six_hundred_million_in_48_days() {
    let d = layover();
    let m = milestone(&d, "album-600m-spotify");
    assert_eq!(m.date, DateValue::Day(day("2023-10-26")));
    assert_eq!(m.kind, MilestoneKind::Streaming);
    let metric = m.metric.as_ref().unwrap();
    assert_eq!(
        (
            metric.platform.as_deref(),
            metric.measure.as_str(),
            metric.value
        ),
        (Some("Spotify"), "streams", 600_000_000)
    );
    assert_eq!(metric.scope, Scope::Album);
    assert_eq!(day_reached(&d, m), 48);
    assert_eq!(m.claim.as_ref().unwrap().days, 48);
    let record = m.record.as_deref().unwrap();
    assert!(record.contains("Fastest album by a K-pop soloist"));
    assert!(record.contains("only K-pop act to reach it in under two months"));
    assert!(record.contains("no other group's or soloist's debut album"));
    assert!(m.note.as_deref().unwrap().contains("NewJeans' Get Up"));
}

#[test]
fn every_track_past_40_million_in_47_days_against_face_179() {
    let d = layover();
    let m = milestone(&d, "every-track-40m-spotify");
    assert_eq!(m.metric.as_ref().unwrap().scope, Scope::EveryTrack);
    assert_eq!(m.metric.as_ref().unwrap().value, 40_000_000);
    assert_eq!(day_reached(&d, m), 47);
    // The article gives 47 days, not a date: the date is worked out, and says so.
    assert_eq!(m.dated_by, DatedBy::WorkedOut);
    assert_eq!(m.claim.as_ref().map(|c| c.days), Some(47));
    let face = d.comparisons.iter().find(|c| c.milestone == m.id).unwrap();
    assert_eq!(
        (face.album.as_str(), face.artist.as_deref(), face.days),
        ("FACE", Some("Jimin"), 179)
    );
}

#[test]
fn billboard_runs() {
    let d = layover();
    let weeks = milestone(&d, "billboard-global-excl-us-10-weeks");
    assert_eq!(weeks.kind, MilestoneKind::Chart);
    assert_eq!(weeks.metric.as_ref().unwrap().value, 10);
    assert!(weeks
        .record
        .as_deref()
        .unwrap()
        .contains("First K-pop soloist"));
    assert!(weeks.title.contains("Billboard Global 200 Excl. US"));
    assert_eq!(
        weeks.dated_by,
        DatedBy::Report,
        "the article gives no date of its own"
    );
    let all = milestone(&d, "all-tracks-billboard-at-once");
    assert!(all
        .record
        .as_deref()
        .unwrap()
        .contains("First soloist to have all of his tracks"));
}

#[test]
fn every_track_past_60_million_on_the_100th_day() {
    let d = layover();
    let m = milestone(&d, "every-track-60m-spotify");
    assert_eq!(m.date, DateValue::Day(day("2023-12-16")));
    assert_eq!(m.metric.as_ref().unwrap().value, 60_000_000);
    assert!(m
        .record
        .as_deref()
        .unwrap()
        .contains("First and only album by a K-pop soloist"));
    let claim = m.claim.as_ref().unwrap();
    assert_eq!((claim.days, claim.count), (100, CountMode::Inclusive));
    assert_eq!(
        inclusive_days(d.subject.release_date(), day("2023-12-16")),
        100
    );
    assert_eq!(
        count_days(
            CountMode::Elapsed,
            d.subject.release_date(),
            day("2023-12-16")
        ),
        99
    );
}

#[test]
fn the_other_dates() {
    let d = layover();
    let nominations: Vec<&str> = d
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Nomination)
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(nominations.len(), 5);
    for category in [
        "Best Male Artist",
        "Best Vocal Performance Solo",
        "Song of the Year",
        "Artist of the Year",
        "Album of the Year",
    ] {
        assert!(
            nominations
                .iter()
                .any(|t| t.contains(category) && t.contains("MAMA")),
            "{category}"
        );
    }
    let enlistment = d
        .events
        .iter()
        .find(|e| e.kind == EventKind::Enlistment)
        .unwrap();
    assert_eq!(enlistment.date, DateValue::Day(day("2023-12-11")));
    assert!(enlistment.title.contains("Kim Namjoon"));
    let discharge = d
        .events
        .iter()
        .find(|e| e.kind == EventKind::Discharge)
        .unwrap();
    assert_eq!(
        (discharge.date.clone(), discharge.expected),
        (DateValue::Year(2025), true)
    );
    assert!(d
        .events
        .iter()
        .any(|e| e.kind == EventKind::FanMeeting && e.title.contains("V(ICNIC)")));
}

#[test]
fn every_fact_cites_one_of_the_two_articles() {
    let d = layover();
    let dates = [day("2023-10-27"), day("2023-12-16")];
    let cited = d
        .milestones
        .iter()
        .map(|m| &m.source)
        .chain(d.events.iter().map(|e| &e.source))
        .chain(d.comparisons.iter().map(|c| &c.source))
        .chain(d.subject.sources.iter());
    for source in cited {
        assert!(dates.contains(&source.date.0), "{source:?}");
    }
    // Nothing is dated after the later article, except what it calls expected.
    for e in d.events.iter().filter(|e| !e.expected) {
        assert!(e.date.earliest_date() <= dates[1], "{}", e.id);
    }
}

/// What the tests need from the two articles: their sentences, word for word, kept in the repository
/// (`core/tests/sources/`, one file per article, named by its date; see its README).
struct Excerpt {
    date: &'static str,
    /// The header's `names the artist:` line.
    names: String,
    /// The quoted paragraphs, whitespace squeezed, one a line.
    text: String,
}

fn excerpts() -> Vec<Excerpt> {
    let files = [
        ("2023-10-27", include_str!("sources/2023-10-27.txt")),
        ("2023-12-16", include_str!("sources/2023-12-16.txt")),
    ];
    files
        .iter()
        .map(|(date, file)| {
            let header = |key: &str| {
                file.lines()
                    .find_map(|l| l.strip_prefix("# ")?.strip_prefix(key))
                    .unwrap_or_else(|| panic!("{date}.txt has no `# {key}` line"))
                    .trim()
                    .to_string()
            };
            assert_eq!(
                header("date:"),
                *date,
                "{date}.txt names its article's date"
            );
            // One paragraph a line, each squeezed: a quotation matches within a paragraph.
            let body: Vec<&str> = file.lines().filter(|l| !l.starts_with('#')).collect();
            let paragraphs: Vec<String> = body
                .split(|l| l.trim().is_empty())
                .map(|p| squeezed(&p.join(" ")))
                .filter(|p| !p.is_empty())
                .collect();
            Excerpt {
                date,
                names: header("names the artist:"),
                text: paragraphs.join("\n"),
            }
        })
        .collect()
}

/// The whole articles, where the people steering keep them beside the project (`../shared/sources`,
/// on this project's machines and in its CI); `None` in a plain clone.
fn whole_articles() -> Option<Vec<String>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/sources");
    let entries = std::fs::read_dir(dir).ok()?;
    let mut texts: Vec<String> = entries
        .map(|e| squeezed(&std::fs::read_to_string(e.unwrap().path()).unwrap()))
        .collect();
    texts.sort();
    assert_eq!(texts.len(), 2, "two articles in {dir}");
    Some(texts)
}

/// Squeezes runs of whitespace, so a quotation matches across the article's line breaks.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quotation_is_the_sources_own_words() {
    // A claim's text is shown in quotation marks ("The source: “...”"): it must be the article's words,
    // and from the article the milestone cites.
    let excerpts = excerpts();
    let d = layover();
    let claims: Vec<_> = d
        .milestones
        .iter()
        .filter_map(|m| Some((m, m.claim.as_ref()?)))
        .collect();
    assert_eq!(claims.len(), 3);
    for (m, claim) in claims {
        let cited = m.source.date.0.to_string();
        let article = excerpts
            .iter()
            .find(|e| e.date == cited)
            .expect("a cited article");
        assert!(
            article.text.contains(&squeezed(&claim.text)),
            "not the words of the article of {cited}: {}",
            claim.text
        );
    }
}

#[test]
fn the_excerpts_are_the_articles_own_words() {
    // Keeps `core/tests/sources/` honest where the whole articles are at hand.
    let Some(articles) = whole_articles() else {
        eprintln!(
            "../shared/sources is not beside this clone: the excerpts are checked where it is"
        );
        return;
    };
    for (excerpt, article) in excerpts().iter().zip(&articles) {
        assert!(
            article.starts_with(&format!("date {}", excerpt.date)),
            "{}",
            excerpt.date
        );
        for paragraph in excerpt.text.split("\n") {
            assert!(
                article.contains(&squeezed(paragraph)),
                "not in the article of {}: {paragraph}",
                excerpt.date
            );
        }
        // What the header says of the artist's name holds for the whole article.
        assert!(
            !article.contains(" V "),
            "the article of {} names him V",
            excerpt.date
        );
    }
}

#[test]
fn what_comes_from_elsewhere_says_so() {
    let d = layover();
    let note = d.subject.note.as_deref().expect("a note on the subject");
    assert!(
        note.contains("stage name V")
            && note.contains("order of the tracks")
            && note.contains("Asia/Seoul")
            && note.contains("fan count"),
        "{note}"
    );
    for e in excerpts() {
        assert!(e.names.ends_with("never \"V\""), "{}: {}", e.date, e.names);
        assert!(
            !e.text.contains(" V "),
            "if the articles named him V, the note would be wrong"
        );
    }
    // Every date worked out from a figure is marked so, the milestone's and the count's alike.
    let worked_out: Vec<String> = d
        .milestones
        .iter()
        .filter(|m| m.dated_by == DatedBy::WorkedOut)
        .map(|m| m.id.clone())
        .chain(
            d.snapshots
                .iter()
                .filter(|s| s.dated_by == DatedBy::WorkedOut)
                .map(|s| format!("{} {}", s.date, s.scope)),
        )
        .collect();
    assert_eq!(
        worked_out,
        ["every-track-40m-spotify", "2023-10-25 every_track"]
    );
}

#[test]
fn the_second_sample_is_clean_and_marked_made_up() {
    let loaded = load(SAMPLE, &TzDb);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    let d = loaded.dataset.unwrap();
    assert!(d.subject.artist.contains("made-up"));
    assert_ne!(d.subject.home_zone, "Asia/Seoul");
    let sources = d
        .milestones
        .iter()
        .map(|m| &m.source)
        .chain(d.events.iter().map(|e| &e.source))
        .chain(&d.subject.sources);
    for s in sources {
        assert!(s.publication.starts_with("Made-up sample data"), "{s:?}");
    }
}

#[test]
fn the_counts_the_articles_give() {
    let d = layover();
    let counts: Vec<(String, String, u64)> = d
        .snapshots
        .iter()
        .map(|s| (s.date.to_string(), s.scope.to_string(), s.value))
        .collect();
    assert_eq!(
        counts,
        [
            (
                "2023-10-25".to_string(),
                "every_track".to_string(),
                40_000_000
            ),
            ("2023-10-26".to_string(), "album".to_string(), 600_000_000),
            (
                "2023-12-16".to_string(),
                "every_track".to_string(),
                60_000_000
            ),
        ]
    );
    assert!(d
        .snapshots
        .iter()
        .all(|s| s.platform.as_deref() == Some("Spotify")));
}

#[test]
fn the_worked_out_count_is_known_as_such_where_its_date_is_shown() {
    use milestone_core::projections::count_worked_out;
    let d = layover();
    assert!(count_worked_out(&d, &Scope::EveryTrack, day("2023-10-25")));
    assert!(!count_worked_out(&d, &Scope::Album, day("2023-10-26")));
    assert!(!count_worked_out(&d, &Scope::EveryTrack, day("2023-12-16")));
}
