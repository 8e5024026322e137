//! The shape of the code, checked: no import cycle between guichet's top-level modules, the
//! configuration and the vocabulary at the bottom, and every SQL statement under `src/store/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The library's files with their code lines (comments dropped), by top-level module.
fn library() -> BTreeMap<String, Vec<(PathBuf, String)>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut modules: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap();
        let top = relative.iter().next().unwrap().to_string_lossy().trim_end_matches(".rs").to_string();
        // The binary's own files (main, cli) sit above the library.
        if matches!(top.as_str(), "main" | "cli" | "lib") {
            continue;
        }
        let code: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        modules.entry(top).or_default().push((path, code));
    }
    modules
}

fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let re = regex::Regex::new(r"crate::([a-z_]+)").unwrap();
    library()
        .into_iter()
        .map(|(module, files)| {
            let deps = files
                .iter()
                .flat_map(|(_, code)| re.captures_iter(code).map(|c| c[1].to_string()).collect::<Vec<_>>())
                .filter(|d| *d != module)
                .collect();
            (module, deps)
        })
        .collect()
}

/// A cycle through `from`, as a path of module names, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_top_level_modules_import_each_other_without_cycles() {
    let graph = dependencies();
    assert!(graph.len() > 10, "modules found: {:?}", graph.keys());
    assert_eq!(cycle(&graph), None, "an import cycle; the whole graph: {graph:#?}");
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_string(), BTreeSet::from([to.to_string()])))
        .collect();
    assert_eq!(cycle(&graph), Some(["a", "b", "c", "a"].map(String::from).to_vec()));
}

#[test]
fn the_configuration_and_the_vocabulary_depend_on_nothing_else() {
    let graph = dependencies();
    assert_eq!(graph["vocab"], BTreeSet::new());
    assert_eq!(graph["config"], BTreeSet::from(["vocab".to_string()]));
    assert_eq!(
        graph["ticket"].iter().filter(|d| matches!(d.as_str(), "store" | "intake" | "mailbox" | "outbox")).count(),
        0,
        "the ticket core does no I/O: {:?}",
        graph["ticket"]
    );
}

#[test]
fn every_sql_statement_lives_under_the_store() {
    let sql = regex::Regex::new(r#"sqlx::|"\s*(SELECT|INSERT|UPDATE|DELETE)\s"#).unwrap();
    let outside: Vec<String> = library()
        .into_iter()
        .filter(|(module, _)| module != "store")
        .flat_map(|(_, files)| files)
        .filter(|(_, code)| sql.is_match(code))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(outside.is_empty(), "SQL outside src/store/: {outside:?}");
}

#[test]
fn every_outbox_state_change_lives_in_one_file() {
    let change = regex::Regex::new(r"UPDATE outbox SET [^\n]*\bstatus\s*=").unwrap();
    let files: Vec<String> = library()
        .into_values()
        .flatten()
        .filter(|(_, code)| change.is_match(code))
        .map(|(path, _)| path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display().to_string())
        .collect();
    assert_eq!(files, ["src/store/outbox/transitions.rs"]);
}
