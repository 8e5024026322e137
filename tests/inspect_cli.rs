//! `guichet inspect` on every public corpus file, in name order, against labels.json: the
//! command a desk agent runs to see what guichet understood of a mail.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

#[test]
fn inspect_prints_the_labels_of_the_public_corpus() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public");
    let labels: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(public.join("labels.json")).unwrap()).unwrap();
    let mut files: Vec<_> = labels.iter().map(|l| public.join(l["file"].as_str().unwrap())).collect();
    files.sort();
    let out = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .arg("inspect")
        .arg("--directory")
        .arg(public.join("directory.csv"))
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), labels.len(), "one line per file");
    let by_file: HashMap<&str, &serde_json::Value> = labels.iter().map(|l| (l["file"].as_str().unwrap(), l)).collect();
    let mut mismatches = Vec::new();
    for (line, file) in lines.iter().zip(&files) {
        let name = file.file_name().unwrap().to_str().unwrap();
        assert_eq!(line["file"], name, "files come out in the order given");
        let label = by_file[name];
        for field in ["kind", "urgency", "uai", "uai_valid", "ticket_ref", "sender"] {
            if line[field] != label[field] {
                mismatches.push(format!("{name} {field}: got {} expected {}", line[field], label[field]));
            }
        }
        // The school guichet settles on: the code written, or the sender's only school.
        if line["kind"] == "new_incident" && label["uai_valid"] == true {
            assert_eq!(line["school"], label["uai"], "{name}");
        }
    }
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
    // mail-009 names no school, but its sender serves exactly one.
    let inferred = lines.iter().find(|l| l["file"] == "mail-009.eml").unwrap();
    assert_eq!(inferred["uai"], serde_json::Value::Null);
    assert_eq!(inferred["school"], "0942716S");
}

/// `guichet corpus score` on the public corpus: every labelled field right, reported per
/// field; and a label changed in a copy shows as a miss with the mail's name.
#[test]
fn corpus_score_reports_per_field_and_names_the_misses() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public");
    let score = |dir: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_guichet"))
            .args(["corpus", "score"])
            .arg(dir)
            .arg("--directory")
            .arg(public.join("directory.csv"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let report = score(&public);
    for field in ["kind", "urgency", "uai", "uai_valid", "ticket_ref", "sender"] {
        let line = report.lines().find(|l| l.starts_with(field)).unwrap_or_else(|| panic!("{field} in {report}"));
        assert!(line.contains("100.0 %"), "{line}");
    }
    let copy = tempfile::tempdir().unwrap();
    let mut labels: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(public.join("labels.json")).unwrap()).unwrap();
    let first = labels[0]["file"].as_str().unwrap().to_string();
    labels[0]["urgency"] = serde_json::json!("bas");
    for label in &labels {
        let file = label["file"].as_str().unwrap();
        std::fs::copy(public.join(file), copy.path().join(file)).unwrap();
    }
    std::fs::write(copy.path().join("labels.json"), serde_json::to_vec(&labels).unwrap()).unwrap();
    let report = score(copy.path());
    assert!(report.lines().any(|l| l.starts_with("urgency") && !l.contains("100.0 %")), "{report}");
    assert!(report.contains(&format!("{first}: urgency")), "{report}");
}

/// `guichet inspect --explain`: each field with what decided it, for a desk agent.
#[test]
fn inspect_explain_says_why() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public");
    let out = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["inspect", "--explain", "--directory"])
        .arg(public.join("directory.csv"))
        .arg(public.join("mail-003.eml"))
        .arg(public.join("mail-084.eml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let (first, second) = text.split_once("mail-084.eml").expect("both mails explained");
    assert!(first.contains("kind        new_request") && first.contains("demande d'evolution"), "{first}");
    assert!(first.contains("urgency     moyen") && first.contains("niveau d'urgence"), "{first}");
    assert!(second.contains("7200093R written with a wrong check letter"), "{second}");
    assert!(second.contains("school      7200093N") && second.contains("the sender's only school"), "{second}");
}
