//! "Check my site": what the editor learns by fetching the folder a fan uploaded (and their data file)
//! the way a blog on another site would, and what it then tells them. This is the pure half: it reads
//! what each request brought back and says what works and what to change. `site_check` (the panel)
//! makes the requests, through `web::fetch::probe`.

use super::texts::SiteTexts;
use crate::i18n::fill;
use milestone_core::validate::Loaded;

/// What one request brought back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Nothing answered (no such host, no connection, a certificate the browser refuses).
    Unreachable,
    /// The host answered, but not to another site: it sent no `Access-Control-Allow-Origin`.
    Refused,
    Answered(Reply),
}

/// A host's answer that this page may read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    /// The `Content-Type` header, as sent (empty when absent).
    pub media_type: String,
    pub others: Others,
    pub body: Vec<u8>,
}

/// Whether blogs on other sites may use what the host sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Others {
    /// `Access-Control-Allow-Origin: *`, or this page is on another site and was let in.
    Allowed,
    /// The header names one site: only that one may.
    OnlyFor(String),
    /// No header (seen from a page on the same site, which needs none).
    NotSent,
}

/// What the check says, one line each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// The address is not an http(s) address.
    NotAnAddress,
    /// An `http:` address (not this computer): blogs served over https cannot load it.
    NotHttps,
    Unreachable {
        file: String,
    },
    /// The host refuses other sites (no CORS header).
    Refused {
        file: String,
    },
    /// Works from this same site only.
    SameSiteOnly {
        file: String,
    },
    OnlyFor {
        file: String,
        site: String,
    },
    Missing {
        file: String,
        status: u16,
    },
    /// A web page (a login, parking or "not found" page) instead of the file.
    WebPage {
        file: String,
    },
    /// A script sent with a type browsers refuse for a module.
    NotScript {
        file: String,
        media_type: String,
    },
    /// An `embed.js` that names no tracker wasm.
    NotTracker,
    /// A `.wasm` file that is not WebAssembly (cut short, or something else saved under its name).
    NotWasm {
        file: String,
    },
    /// The wasm without `application/wasm`: it still loads, a little later.
    WasmType {
        media_type: String,
    },
    Works {
        file: String,
    },
    /// The data file is not JSON text the tracker can read: its first problem, in words.
    DataProblems {
        count: usize,
        first: String,
    },
    DataReads {
        album: String,
        milestones: usize,
    },
}

/// How a line reads: it works; it works, but a change would let more blogs use it; it does not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Works,
    Change,
    Broken,
}

impl Mark {
    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Works => "works",
            Mark::Change => "change",
            Mark::Broken => "broken",
        }
    }
}

impl Said {
    pub fn mark(&self) -> Mark {
        match self {
            Said::SameSiteOnly { .. } | Said::OnlyFor { .. } | Said::WasmType { .. } => {
                Mark::Change
            }
            Said::Works { .. } | Said::DataReads { .. } => Mark::Works,
            _ => Mark::Broken,
        }
    }
}

impl Said {
    /// The line, in the fan's words.
    pub fn words(&self, t: &SiteTexts) -> String {
        match self {
            Said::NotAnAddress => t.not_an_address.to_string(),
            Said::NotHttps => t.not_https.to_string(),
            Said::Unreachable { file } => fill(t.unreachable, &[file]),
            Said::Refused { file } => fill(t.refused, &[file]),
            Said::SameSiteOnly { file } => fill(t.same_site_only, &[file]),
            Said::OnlyFor { file, site } => fill(t.only_for, &[file, site]),
            Said::Missing { file, status } => fill(t.missing, &[file, &status.to_string()]),
            Said::WebPage { file } => fill(t.web_page, &[file]),
            Said::NotScript { file, media_type } => fill(t.not_script, &[file, media_type]),
            Said::NotTracker => t.not_tracker.to_string(),
            Said::NotWasm { file } => fill(t.not_wasm, &[file]),
            Said::WasmType { media_type } => fill(t.wasm_type, &[media_type]),
            Said::Works { file } => fill(t.works, &[file]),
            Said::DataProblems { count, first } => {
                fill(t.data_problems, &[&count.to_string(), first])
            }
            Said::DataReads { album, milestones } => {
                fill(t.data_reads, &[album, &milestones.to_string()])
            }
        }
    }
}

/// Whether other sites may use an answer: from another site, it arrived, so they may (as far as this
/// page can tell); from this page's own site, its `Access-Control-Allow-Origin` says.
pub fn others(same_site: bool, allow_origin: Option<&str>) -> Others {
    match (same_site, allow_origin.map(str::trim)) {
        (false, _) | (true, Some("*")) => Others::Allowed,
        (true, Some(site)) if !site.is_empty() => Others::OnlyFor(site.to_string()),
        (true, _) => Others::NotSent,
    }
}

/// The folder's address as the fan wrote it, made the folder itself: `…/tracker`, `…/tracker/` and
/// `…/tracker/embed.js` (or `index.html`, `editor.html`) all mean `…/tracker/`.
pub fn folder_of(written: &str) -> Result<String, Said> {
    let written = written.trim();
    let rest = written
        .strip_prefix("https://")
        .or_else(|| written.strip_prefix("http://"))
        .ok_or(Said::NotAnAddress)?;
    let address = rest.split(['?', '#']).next().unwrap_or_default();
    let (host, path) = address.split_once('/').unwrap_or((address, ""));
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(Said::NotAnAddress);
    }
    let last = path.rsplit('/').next().unwrap_or_default();
    let path = match last.ends_with(".js") || last.ends_with(".html") {
        true => &path[..path.len() - last.len()],
        false => path,
    };
    let scheme = &written[..written.len() - rest.len()];
    let slash = if path.is_empty() || path.ends_with('/') {
        ""
    } else {
        "/"
    };
    Ok(format!("{scheme}{host}/{path}{slash}"))
}

/// An `http:` address of another computer: a blog served over https may not load scripts from it.
pub fn insecure(folder: &str) -> Option<Said> {
    let host = folder.strip_prefix("http://")?;
    let local = ["localhost", "127.", "[::1]"]
        .iter()
        .any(|l| host.starts_with(l));
    (!local).then_some(Said::NotHttps)
}

/// The wasm and the glue `embed.js` loads, read from its text: `(glue, wasm)`.
pub fn files_named(embed_js: &str) -> Option<(String, String)> {
    let end = embed_js.find("_bg.wasm")?;
    let start = embed_js[..end]
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
        .map_or(0, |i| i + 1);
    let stem = &embed_js[start..end];
    (!stem.is_empty()).then(|| (format!("{stem}.js"), format!("{stem}_bg.wasm")))
}

fn is_html(media_type: &str) -> bool {
    media_type.to_ascii_lowercase().contains("text/html")
}

fn is_script(media_type: &str) -> bool {
    let m = media_type.to_ascii_lowercase();
    m.contains("javascript") || m.contains("ecmascript")
}

/// What `file`'s answer says, before its content: the reply when it can be read on.
fn answered<'a>(file: &str, answer: &'a Answer, said: &mut Vec<Said>) -> Option<&'a Reply> {
    let file = file.to_string();
    let reply = match answer {
        Answer::Unreachable => {
            said.push(Said::Unreachable { file });
            return None;
        }
        Answer::Refused => {
            said.push(Said::Refused { file });
            return None;
        }
        Answer::Answered(reply) => reply,
    };
    if !(200..300).contains(&reply.status) {
        said.push(Said::Missing {
            file,
            status: reply.status,
        });
        return None;
    }
    match &reply.others {
        Others::Allowed => {}
        Others::OnlyFor(site) => said.push(Said::OnlyFor {
            file: file.clone(),
            site: site.clone(),
        }),
        Others::NotSent => said.push(Said::SameSiteOnly { file: file.clone() }),
    }
    Some(reply)
}

/// `embed.js`: answered, as a script, naming its files. Returns what it says, and the files to check next.
pub fn check_embed(answer: &Answer) -> (Vec<Said>, Option<(String, String)>) {
    let mut said = Vec::new();
    let Some(reply) = answered("embed.js", answer, &mut said) else {
        return (said, None);
    };
    let file = "embed.js".to_string();
    if is_html(&reply.media_type) {
        said.push(Said::WebPage { file });
        return (said, None);
    }
    if !is_script(&reply.media_type) {
        said.push(Said::NotScript {
            file,
            media_type: reply.media_type.clone(),
        });
        return (said, None);
    }
    let files = files_named(&String::from_utf8_lossy(&reply.body));
    match files {
        Some(_) => said.push(Said::Works { file }),
        None => said.push(Said::NotTracker),
    }
    (said, files)
}

/// The glue `file`: answered, as a script.
pub fn check_glue(file: &str, answer: &Answer) -> Vec<Said> {
    let mut said = Vec::new();
    if let Some(reply) = answered(file, answer, &mut said) {
        let file = file.to_string();
        said.push(match () {
            _ if is_html(&reply.media_type) => Said::WebPage { file },
            _ if !is_script(&reply.media_type) => Said::NotScript {
                file,
                media_type: reply.media_type.clone(),
            },
            _ => Said::Works { file },
        });
    }
    said
}

/// The wasm `file`: answered, WebAssembly, and best with its media type.
pub fn check_wasm(file: &str, answer: &Answer) -> Vec<Said> {
    let mut said = Vec::new();
    if let Some(reply) = answered(file, answer, &mut said) {
        let file = file.to_string();
        if !reply.body.starts_with(b"\0asm") {
            said.push(Said::NotWasm { file });
        } else {
            if !reply.media_type.eq_ignore_ascii_case("application/wasm") {
                said.push(Said::WasmType {
                    media_type: reply.media_type.clone(),
                });
            }
            said.push(Said::Works { file });
        }
    }
    said
}

/// The data file `file` (its name): answered, and not a web page. Its text, to read on.
pub fn check_data(file: &str, answer: &Answer) -> (Vec<Said>, Option<String>) {
    let mut said = Vec::new();
    let Some(reply) = answered(file, answer, &mut said) else {
        return (said, None);
    };
    if is_html(&reply.media_type) {
        said.push(Said::WebPage {
            file: file.to_string(),
        });
        return (said, None);
    }
    (
        said,
        Some(String::from_utf8_lossy(&reply.body).into_owned()),
    )
}

/// What the tracker makes of the data: read with no error, or its errors, the first in `first` words.
pub fn data_verdict(loaded: &Loaded, first: impl FnOnce() -> String) -> Said {
    let errors = loaded.errors().count();
    match (&loaded.dataset, errors) {
        (Some(dataset), 0) => Said::DataReads {
            album: dataset.subject.album.clone(),
            milestones: dataset.milestones.len(),
        },
        _ => Said::DataProblems {
            count: errors.max(1),
            first: first(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use milestone_core::validate::load;

    fn reply(status: u16, media_type: &str, others: Others, body: &[u8]) -> Answer {
        Answer::Answered(Reply {
            status,
            media_type: media_type.to_string(),
            others,
            body: body.to_vec(),
        })
    }

    const EMBED: &[u8] =
        br#"const e="milestone-tracker-57bc.js",t="milestone-tracker-57bc_bg.wasm";"#;

    #[test]
    fn every_line_has_its_words_in_both_languages_with_its_holes_filled() {
        let file = "embed.js".to_string();
        let all = [
            Said::NotAnAddress,
            Said::NotHttps,
            Said::Unreachable { file: file.clone() },
            Said::Refused { file: file.clone() },
            Said::SameSiteOnly { file: file.clone() },
            Said::OnlyFor {
                file: file.clone(),
                site: "https://a.example".into(),
            },
            Said::Missing {
                file: file.clone(),
                status: 404,
            },
            Said::WebPage { file: file.clone() },
            Said::NotScript {
                file: file.clone(),
                media_type: "text/plain".into(),
            },
            Said::NotTracker,
            Said::NotWasm { file: file.clone() },
            Said::WasmType {
                media_type: "application/octet-stream".into(),
            },
            Said::Works { file: file.clone() },
            Said::DataProblems {
                count: 2,
                first: "subject.album".into(),
            },
            Said::DataReads {
                album: "Layover".into(),
                milestones: 5,
            },
        ];
        for lang in crate::editor::texts::EditorLang::ALL {
            for said in &all {
                let words = said.words(&lang.editor_texts().site);
                assert!(
                    !words.is_empty() && !words.contains('{'),
                    "{lang:?} {said:?}: {words}"
                );
            }
        }
        let refused = Said::Refused { file }.words(&crate::editor::texts::EN.site);
        assert!(
            refused.starts_with("embed.js: your host answered")
                && refused.contains("Access-Control-Allow-Origin: *")
        );
    }

    #[test]
    fn what_other_sites_may_do_follows_the_header_seen_from_the_same_site() {
        assert_eq!(others(false, None), Others::Allowed);
        assert_eq!(others(true, Some("*")), Others::Allowed);
        assert_eq!(others(true, None), Others::NotSent);
        assert_eq!(
            others(true, Some("https://blog.example")),
            Others::OnlyFor("https://blog.example".into())
        );
    }

    #[test]
    fn the_folder_is_found_from_what_a_fan_pastes() {
        for written in [
            "https://fan.example/tracker",
            "https://fan.example/tracker/",
            " https://fan.example/tracker/embed.js ",
            "https://fan.example/tracker/index.html?count=inclusive#m=x",
        ] {
            assert_eq!(
                folder_of(written),
                Ok("https://fan.example/tracker/".into()),
                "{written}"
            );
        }
        assert_eq!(
            folder_of("http://127.0.0.1:8080"),
            Ok("http://127.0.0.1:8080/".into())
        );
        for wrong in [
            "fan.example/tracker",
            "ftp://fan.example/",
            "https://",
            "https:// x/",
        ] {
            assert_eq!(folder_of(wrong), Err(Said::NotAnAddress), "{wrong}");
        }
    }

    #[test]
    fn plain_http_is_flagged_except_on_this_computer() {
        assert_eq!(insecure("http://fan.example/t/"), Some(Said::NotHttps));
        assert_eq!(insecure("https://fan.example/t/"), None);
        assert_eq!(insecure("http://localhost:8080/"), None);
        assert_eq!(insecure("http://127.0.0.1:8080/"), None);
    }

    #[test]
    fn embed_js_names_the_files_it_loads() {
        assert_eq!(
            files_named(&String::from_utf8_lossy(EMBED)),
            Some((
                "milestone-tracker-57bc.js".into(),
                "milestone-tracker-57bc_bg.wasm".into()
            ))
        );
        assert_eq!(files_named("export default 1;"), None);
    }

    #[test]
    fn a_working_folder_says_so_and_names_its_files() {
        let (said, files) = check_embed(&reply(200, "text/javascript", Others::Allowed, EMBED));
        assert_eq!(
            said,
            [Said::Works {
                file: "embed.js".into()
            }]
        );
        assert_eq!(files.unwrap().1, "milestone-tracker-57bc_bg.wasm");
    }

    #[test]
    fn each_way_embed_js_fails_is_told_apart() {
        let e = |answer: Answer| check_embed(&answer);
        assert_eq!(
            e(Answer::Unreachable).0,
            [Said::Unreachable {
                file: "embed.js".into()
            }]
        );
        assert_eq!(
            e(Answer::Refused).0,
            [Said::Refused {
                file: "embed.js".into()
            }]
        );
        assert_eq!(
            e(reply(404, "text/html", Others::Allowed, b"")).0,
            [Said::Missing {
                file: "embed.js".into(),
                status: 404
            }]
        );
        // A host that answers every address with its own page (a login, a parking page).
        let (said, files) = e(reply(
            200,
            "text/html; charset=utf-8",
            Others::Allowed,
            b"<html>",
        ));
        assert_eq!(
            (said, files),
            (
                vec![Said::WebPage {
                    file: "embed.js".into()
                }],
                None
            )
        );
        assert_eq!(
            e(reply(200, "text/plain", Others::Allowed, EMBED)).0,
            [Said::NotScript {
                file: "embed.js".into(),
                media_type: "text/plain".into()
            }]
        );
        assert_eq!(
            e(reply(200, "text/javascript", Others::Allowed, b"1")).0,
            [Said::NotTracker]
        );
    }

    #[test]
    fn a_header_for_this_site_only_is_a_change_not_a_failure() {
        let (said, files) = check_embed(&reply(
            200,
            "application/javascript",
            Others::NotSent,
            EMBED,
        ));
        assert_eq!(
            said[0],
            Said::SameSiteOnly {
                file: "embed.js".into()
            }
        );
        assert_eq!(said[0].mark(), Mark::Change);
        assert!(files.is_some());
        let (said, _) = check_embed(&reply(
            200,
            "text/javascript",
            Others::OnlyFor("https://a.example".into()),
            EMBED,
        ));
        assert_eq!(
            said[0],
            Said::OnlyFor {
                file: "embed.js".into(),
                site: "https://a.example".into()
            }
        );
    }

    #[test]
    fn the_wasm_must_be_webassembly_and_is_best_with_its_type() {
        let wasm = b"\0asm\x01\0\0\0";
        assert_eq!(
            check_wasm(
                "a_bg.wasm",
                &reply(200, "application/wasm", Others::Allowed, wasm)
            ),
            [Said::Works {
                file: "a_bg.wasm".into()
            }]
        );
        let said = check_wasm(
            "a_bg.wasm",
            &reply(200, "application/octet-stream", Others::Allowed, wasm),
        );
        assert_eq!(
            said[0],
            Said::WasmType {
                media_type: "application/octet-stream".into()
            }
        );
        assert_eq!(said[0].mark(), Mark::Change);
        // A Git LFS pointer, or a page, saved under the wasm's name.
        assert_eq!(
            check_wasm(
                "a_bg.wasm",
                &reply(
                    200,
                    "application/wasm",
                    Others::Allowed,
                    b"version https://git-lfs"
                )
            ),
            [Said::NotWasm {
                file: "a_bg.wasm".into()
            }]
        );
        assert_eq!(
            check_glue("a.js", &reply(200, "text/plain", Others::Allowed, b"")),
            [Said::NotScript {
                file: "a.js".into(),
                media_type: "text/plain".into()
            }]
        );
        assert_eq!(
            check_glue("a.js", &Answer::Refused),
            [Said::Refused {
                file: "a.js".into()
            }]
        );
    }

    #[test]
    fn the_data_is_read_as_the_tracker_reads_it() {
        let zones = milestone_core::zone::TzDatabase;
        let good = include_str!("../../static/layover.json");
        let (said, text) = check_data(
            "layover.json",
            &reply(200, "application/json", Others::Allowed, good.as_bytes()),
        );
        assert!(said.is_empty());
        let verdict = data_verdict(&load(&text.unwrap(), &zones), || "x".into());
        assert!(
            matches!(&verdict, Said::DataReads { album, milestones } if album == "Layover" && *milestones > 0),
            "{verdict:?}"
        );
        let verdict = data_verdict(&load("{\"subject\": 1}", &zones), || "first".into());
        assert_eq!(
            verdict,
            Said::DataProblems {
                count: 1,
                first: "first".into()
            }
        );
        let (said, text) = check_data(
            "a.json",
            &reply(200, "text/html", Others::Allowed, b"<html>"),
        );
        assert_eq!(
            (said, text),
            (
                vec![Said::WebPage {
                    file: "a.json".into()
                }],
                None
            )
        );
    }
}
