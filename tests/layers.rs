//! The code's layers, checked on the source files themselves: the file-level graph of `crate::`,
//! `super::` and `milestone_core::` imports has no circle; only the browser edge (`src/web`, `src/start`,
//! `src/editor`) and the components import yew, web_sys, js_sys, gloo or wasm_bindgen; and the folders'
//! arrows point down only: start and editor (side by side, neither importing the other) → components →
//! web → export → i18n → the core.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

/// The app's folders from the top down, then the core crate: each may import only those after it
/// (`start` and `editor` share the top: `the_two_apps_stay_apart`).
const LAYERS: [&str; 7] = [
    "start",
    "editor",
    "components",
    "web",
    "export",
    "i18n",
    "core",
];

/// A source file as a module: its crate, its module path (`i18n::render`) and its text.
struct Module {
    krate: &'static str,
    path: Vec<String>,
    text: String,
}

fn modules() -> Vec<Module> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (krate, src) in [("app", root.join("src")), ("core", root.join("core/src"))] {
        let mut files = Vec::new();
        walk(&src, &mut files);
        for file in files {
            let rel = file.strip_prefix(&src).unwrap();
            if rel.starts_with("bin") {
                continue; // binaries are leaves: nothing imports them
            }
            let mut path: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if path
                .last()
                .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
            {
                path.pop();
            }
            out.push(Module {
                krate,
                path,
                text: std::fs::read_to_string(&file).unwrap(),
            });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text with comments and string literals blanked, so only code is searched.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str("\"\"");
            }
            c => out.push(c),
        }
    }
    out
}

/// Every module path named after `prefix` in the code (`crate::a::b::C`, `super::x`), with `use` groups
/// (`crate::a::{b, c::d}`) expanded one level.
fn references(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().last();
        rest = &rest[i + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let head: Vec<String> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or_default()
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let after_head = &rest[rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len())..];
        if after_head.starts_with('{') {
            let group = &after_head[1..after_head.find('}').unwrap_or(after_head.len())];
            for item in group.split(',') {
                let mut path = head.clone();
                path.extend(
                    item.trim()
                        .split("::")
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty() && s != "self"),
                );
                out.push(path);
            }
        } else {
            out.push(head);
        }
    }
    out
}

/// The module a path names: its longest prefix that is a module of `krate`.
fn resolve(
    krate: &str,
    path: &[String],
    known: &BTreeSet<(String, Vec<String>)>,
) -> Option<Vec<String>> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| known.contains(&(krate.to_string(), p.clone())))
}

type Graph = BTreeMap<(String, Vec<String>), BTreeSet<(String, Vec<String>)>>;

fn graph() -> (Graph, Vec<Module>) {
    let modules = modules();
    let known: BTreeSet<(String, Vec<String>)> = modules
        .iter()
        .map(|m| (m.krate.to_string(), m.path.clone()))
        .collect();
    let mut graph = Graph::new();
    for m in &modules {
        let code = code_only(&m.text);
        let me = (m.krate.to_string(), m.path.clone());
        let mut edges = BTreeSet::new();
        for path in references(&code, "crate::") {
            edges.extend(resolve(m.krate, &path, &known).map(|p| (m.krate.to_string(), p)));
        }
        // `super::` is the parent module: for `a/b.rs` (module a::b) that is `a`.
        let parent: Vec<String> = m.path[..m.path.len().saturating_sub(1)].to_vec();
        for path in references(&code, "super::") {
            let mut full = parent.clone();
            full.extend(path);
            edges.extend(resolve(m.krate, &full, &known).map(|p| (m.krate.to_string(), p)));
        }
        for path in references(&code, "milestone_core::") {
            edges.extend(resolve("core", &path, &known).map(|p| ("core".to_string(), p)));
        }
        edges.remove(&me);
        // A module's own parent (`mod.rs` declaring it) is not an import of it.
        graph.insert(me, edges);
    }
    (graph, modules)
}

fn name((krate, path): &(String, Vec<String>)) -> String {
    format!("{krate}::{}", path.join("::"))
}

#[test]
fn no_import_circle_among_the_source_files() {
    let (graph, _) = graph();
    assert!(graph.len() > 40, "only {} modules found", graph.len());
    // Depth-first search for a back edge; the first circle found is reported in full.
    fn visit(
        node: &(String, Vec<String>),
        graph: &Graph,
        done: &mut BTreeSet<(String, Vec<String>)>,
        stack: &mut Vec<(String, Vec<String>)>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            return Some(stack[at..].iter().chain([node]).map(name).collect());
        }
        if !done.insert(node.clone()) {
            return None;
        }
        stack.push(node.clone());
        for next in &graph[node] {
            if let Some(circle) = visit(next, graph, done, stack) {
                return Some(circle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(circle) = visit(node, &graph, &mut done, &mut Vec::new()) {
            panic!("an import circle: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_circle_check_can_fail() {
    // The same search on a made-up graph with a circle must find it.
    let node = |s: &str| ("app".to_string(), vec![s.to_string()]);
    let mut graph = Graph::new();
    graph.insert(node("a"), [node("b")].into());
    graph.insert(node("b"), [node("c")].into());
    graph.insert(node("c"), [node("a")].into());
    let text = "use crate::a::{b, c::D};\nlet x = super::y::z(); // crate::not_this";
    let refs = references(&code_only(text), "crate::");
    assert_eq!(refs, [vec!["a", "b"], vec!["a", "c", "D"]]);
    let has_cycle = graph.keys().any(|start| {
        let mut seen = BTreeSet::new();
        let mut at = start.clone();
        loop {
            if !seen.insert(at.clone()) {
                return at == *start;
            }
            match graph[&at].iter().next() {
                Some(next) => at = next.clone(),
                None => return false,
            }
        }
    });
    assert!(has_cycle);
}

/// The layer of a module: its top folder in the app, or the core.
fn layer(module: &(String, Vec<String>)) -> Option<usize> {
    if module.0 == "core" {
        return LAYERS.iter().position(|l| *l == "core");
    }
    let top = module.1.first()?;
    LAYERS.iter().position(|l| l == top)
}

#[test]
fn the_layers_import_only_downwards() {
    let (graph, _) = graph();
    let mut wrong = Vec::new();
    for (from, edges) in &graph {
        let Some(from_layer) = layer(from) else {
            continue; // the crate root (lib.rs) sits above every layer
        };
        for to in edges {
            if let Some(to_layer) = layer(to) {
                if to_layer < from_layer {
                    wrong.push(format!("{} imports {}", name(from), name(to)));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn only_the_browser_edge_and_the_components_import_browser_crates() {
    let (_, modules) = graph();
    let allowed = ["web", "start", "editor", "components"];
    let mut wrong = Vec::new();
    for m in &modules {
        let in_edge = m.krate == "app"
            && m.path
                .first()
                .is_some_and(|top| allowed.contains(&top.as_str()));
        if in_edge {
            continue;
        }
        let code = code_only(&m.text);
        for krate in BROWSER_CRATES {
            if !references(&code, &format!("{krate}::")).is_empty()
                || code.contains(&format!("use {krate};"))
            {
                wrong.push(format!("{}::{} uses {krate}", m.krate, m.path.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_two_apps_stay_apart() {
    let (graph, _) = graph();
    let top = |m: &(String, Vec<String>)| (m.0 == "app").then(|| m.1.first().cloned()).flatten();
    let mut wrong = Vec::new();
    for (from, edges) in &graph {
        for to in edges {
            let (a, b) = (top(from), top(to));
            if matches!(
                (a.as_deref(), b.as_deref()),
                (Some("start"), Some("editor")) | (Some("editor"), Some("start"))
            ) {
                wrong.push(format!("{} imports {}", name(from), name(to)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
