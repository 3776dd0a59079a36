//! The code's layers, checked on the source files themselves, read with `syn`: the file-level graph of `crate::`,
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

/// Every path the file names (`crate::a::b::C`, `super::x`, `yew::Html`), read by a real Rust parser:
/// `use` trees expanded in full (`crate::a::{b, c::d}` is `crate::a::b` and `crate::a::c::d`), and the
/// paths inside macro bodies (`html! { ... }`) read from their tokens.
fn paths(text: &str) -> Vec<Vec<String>> {
    use syn::visit::Visit;
    #[derive(Default)]
    struct Paths(Vec<Vec<String>>);
    impl Paths {
        fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.to_string());
                    self.use_tree(prefix, &p.tree);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => self.0.push(with(prefix, &n.ident)),
                syn::UseTree::Rename(r) => self.0.push(with(prefix, &r.ident)),
                syn::UseTree::Glob(_) => self.0.push(prefix.clone()),
                syn::UseTree::Group(g) => g.items.iter().for_each(|t| self.use_tree(prefix, t)),
            }
        }
        /// `a :: b :: c` runs of identifiers in a macro's tokens.
        fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
            use proc_macro2::TokenTree;
            let mut run: Vec<String> = Vec::new();
            let mut colons = 0;
            for token in tokens {
                match token {
                    TokenTree::Ident(i) if run.is_empty() || colons == 2 => {
                        run.push(i.to_string());
                        colons = 0;
                    }
                    TokenTree::Punct(p) if p.as_char() == ':' && !run.is_empty() && colons < 2 => {
                        colons += 1
                    }
                    other => {
                        self.flush(&mut run);
                        colons = 0;
                        match other {
                            TokenTree::Group(g) => self.tokens(g.stream()),
                            TokenTree::Ident(i) => run.push(i.to_string()),
                            _ => {}
                        }
                    }
                }
            }
            self.flush(&mut run);
        }
        fn flush(&mut self, run: &mut Vec<String>) {
            if run.len() > 1 {
                self.0.push(std::mem::take(run));
            }
            run.clear();
        }
    }
    fn with(prefix: &[String], ident: &syn::Ident) -> Vec<String> {
        let mut path = prefix.to_vec();
        if ident != "self" {
            path.push(ident.to_string());
        }
        path
    }
    impl<'a> Visit<'a> for Paths {
        fn visit_path(&mut self, path: &'a syn::Path) {
            self.0
                .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
            syn::visit::visit_path(self, path);
        }
        fn visit_item_use(&mut self, item: &'a syn::ItemUse) {
            self.use_tree(&mut Vec::new(), &item.tree);
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            self.tokens(mac.tokens.clone());
            syn::visit::visit_macro(self, mac);
        }
    }
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("not Rust: {e}"));
    let mut found = Paths::default();
    found.visit_file(&file);
    found.0
}

/// The paths that start with `first`, without it.
fn after<'a>(paths: &'a [Vec<String>], first: &'a str) -> impl Iterator<Item = &'a [String]> {
    paths
        .iter()
        .filter(move |p| p.first().is_some_and(|f| f == first))
        .map(|p| &p[1..])
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
        let paths = paths(&m.text);
        let me = (m.krate.to_string(), m.path.clone());
        let mut edges = BTreeSet::new();
        for path in after(&paths, "crate") {
            edges.extend(resolve(m.krate, path, &known).map(|p| (m.krate.to_string(), p)));
        }
        // `super::` is the parent module: for `a/b.rs` (module a::b) that is `a`.
        let parent: Vec<String> = m.path[..m.path.len().saturating_sub(1)].to_vec();
        for path in after(&paths, "super") {
            let mut full = parent.clone();
            full.extend(path.iter().cloned());
            edges.extend(resolve(m.krate, &full, &known).map(|p| (m.krate.to_string(), p)));
        }
        for path in after(&paths, "milestone_core") {
            edges.extend(resolve("core", path, &known).map(|p| ("core".to_string(), p)));
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
    // The path reader: use trees in full, code after a `'"'` literal (which fooled the hand-written
    // tokenizer this replaced), paths in macro bodies; never comments or strings.
    let text = r#"use crate::a::{b, c::{D, e::F}};
fn f() { let q = '"'; let x = super::y::z(); let s = "crate::not_this"; } // crate::nor_this
fn g() -> Html { html! { <p>{ crate::m::n(1) }</p> } }"#;
    let found = paths(text);
    let from_crate: Vec<&[String]> = after(&found, "crate").collect();
    assert_eq!(
        from_crate,
        [
            vec!["a", "b"],
            vec!["a", "c", "D"],
            vec!["a", "c", "e", "F"],
            vec!["m", "n"]
        ]
    );
    assert_eq!(after(&found, "super").collect::<Vec<_>>(), [vec!["y", "z"]]);
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
        let paths = paths(&m.text);
        for krate in BROWSER_CRATES {
            if paths.iter().any(|p| p.first().is_some_and(|f| f == krate)) {
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
