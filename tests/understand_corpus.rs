//! The shared corpus through `understand`: every labelled public mail compared field by field
//! with `labels.json`, and every file of the corpus (MIME torture, oversize) read without a
//! panic, as sent (CRLF) and with LF line endings.

use std::path::{Path, PathBuf};
use std::time::Instant;

use guichet::directory::Directory;
use guichet::understand::{understand, Context, Kind};
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn directory() -> Directory {
    Directory::from_csv(&corpus().join("public/directory.csv")).expect("shared directory is valid")
}

fn context(directory: &Directory) -> Context<'_> {
    Context {
        directory,
        own_domain: None,
        subject_label: "CESAME",
        contractors: &[],
        platforms: &[],
        authserv_id: None,
        model: None,
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn check_labels(folder: &str) -> (usize, usize, Vec<String>) {
    let directory = directory();
    let ctx = context(&directory);
    let dir = corpus().join(folder);
    let labels: Vec<Value> = serde_json::from_slice(&read(&dir.join("labels.json"))).expect("labels.json parses");
    let (mut fields, mut right, mut mismatches) = (0, 0, Vec::new());
    for label in &labels {
        let file = label["file"].as_str().expect("file name");
        let u = understand(&read(&dir.join(file)), &ctx);
        for (name, got) in guichet::corpus::labelled(&u) {
            fields += 1;
            if got == label[name] {
                right += 1;
            } else {
                mismatches.push(format!(
                    "{file}: {name} = {got}, expected {} (reason: {}; notes: {})",
                    label[name], u.reason, label["notes"]
                ));
            }
        }
    }
    (fields, right, mismatches)
}

#[test]
fn public_labels_match() {
    let (fields, right, mismatches) = check_labels("public");
    eprintln!("public labels: {right}/{fields} fields right");
    assert!(fields >= 50 * 6, "labels.json looks truncated: {fields} fields");
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}

#[test]
fn oversize_mail_matches_its_label() {
    let (_, _, mismatches) = check_labels("large");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn public_mails_read_well() {
    let directory = directory();
    let ctx = context(&directory);
    let mail = |name: &str| understand(&read(&corpus().join("public").join(name)), &ctx);

    let injected = mail("mail-080.eml");
    assert!(!injected.subject.contains(['\r', '\n']), "{:?}", injected.subject);
    assert!(injected.subject.starts_with("Imprimante en panne"));

    let latin1 = mail("mail-001.eml");
    assert_eq!(latin1.subject, "Réseau coupé à l'atelier");
    assert!(latin1.text.contains("Urgence : très haute"), "{:?}", latin1.text);

    assert!(mail("mail-024.eml").text.contains("lecteur de badges"));
    assert!(mail("mail-091.eml").text.contains("imprimante du CDI"));

    let outlook = mail("mail-005.eml");
    assert!(outlook.text.contains("Boot device not found"), "{:?}", outlook.text);
    assert!(!outlook.text.contains("MsoNormal"));

    let photo = mail("mail-017.eml");
    assert_eq!(photo.attachments.len(), 1);
    assert_eq!(
        (photo.attachments[0].name.as_str(), photo.attachments[0].content_type.as_str()),
        ("IMG_0412.png", "image/png")
    );
    assert_eq!(photo.message_id.as_deref(), Some("547965254.1406760.9770798346136.JavaMail.zimbra@ac-creteil.example"));
    assert_eq!(photo.school.as_ref().map(|s| s.as_str()), Some("0770432B"));

    // Inferred from the directory when not written; never for a cité scolaire's shared contact.
    assert_eq!(mail("mail-009.eml").school.as_ref().map(|s| s.as_str()), Some("0942716S"));

    let platform = mail("mail-055.eml");
    assert_eq!(platform.platform_id.as_deref(), Some("INC000001234501"));
    let contractor = mail("mail-033.eml");
    assert_eq!(contractor.work_order.map(|t| t.to_string()).as_deref(), Some("2026-000123"));

    let invalid = mail("mail-084.eml");
    assert_eq!(invalid.invalid_uai.as_deref(), Some("7200093R"));

    let big = understand(&read(&corpus().join("large/mail-010.eml")), &ctx);
    assert!(big.text.len() < 64 * 1024);
    assert!(big.attachments.iter().any(|a| a.size > 10_000_000));
}

fn every_file(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("corpus folder").filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            every_file(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn to_lf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\r' && raw.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

#[test]
fn whole_corpus_is_read_without_panic_in_crlf_and_lf() {
    let directory = directory();
    let ctx = context(&directory);
    let mut files = Vec::new();
    every_file(&corpus(), &mut files);
    let mut panicked = Vec::new();
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for path in &files {
        let raw = read(path);
        for (variant, bytes) in [("crlf", raw.clone()), ("lf", to_lf(&raw))] {
            match std::panic::catch_unwind(|| understand(&bytes, &ctx)) {
                Ok(u) => {
                    assert!(!u.reason.is_empty(), "{}: no reason", path.display());
                    assert!(!u.subject.contains(|c: char| c.is_control()), "{}: {:?}", path.display(), u.subject);
                    assert!(u.text.len() <= 64 * 1024);
                    *kinds.entry(u.kind.as_str()).or_default() += 1;
                }
                Err(_) => panicked.push(format!("{} ({variant})", path.display())),
            }
        }
    }
    eprintln!("{} files read twice; kinds: {kinds:?}", files.len());
    assert!(panicked.is_empty(), "panicked on:\n{}", panicked.join("\n"));
    assert!(files.len() >= 160, "expected the whole corpus, read only {} files", files.len());
    assert!(kinds.get(Kind::NewIncident.as_str()).copied().unwrap_or(0) >= 20);
}

#[test]
fn lf_line_endings_give_the_same_labels() {
    let directory = directory();
    let ctx = context(&directory);
    let dir = corpus().join("public");
    let labels: Vec<Value> = serde_json::from_slice(&read(&dir.join("labels.json"))).expect("labels.json parses");
    let mut differences = Vec::new();
    for label in &labels {
        let file = label["file"].as_str().expect("file name");
        let raw = read(&dir.join(file));
        let (crlf, lf) = (understand(&raw, &ctx), understand(&to_lf(&raw), &ctx));
        if guichet::corpus::labelled(&crlf) != guichet::corpus::labelled(&lf) {
            differences.push(format!(
                "{file}: {:?} vs {:?}",
                guichet::corpus::labelled(&crlf),
                guichet::corpus::labelled(&lf)
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// `cargo test --release --test understand_corpus -- --ignored --nocapture`
#[test]
#[ignore = "throughput measure, meaningful in release builds"]
fn throughput_on_typical_mails() {
    let directory = directory();
    let ctx = context(&directory);
    let dir = corpus().join("public");
    let mails: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("public corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| read(&p))
        .collect();
    let rounds = 200;
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for raw in &mails {
            std::hint::black_box(understand(raw, &ctx));
            n += 1;
        }
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    eprintln!("{per_second:.0} mails/s on one core ({n} mails)");
    assert!(per_second >= 20_000.0, "{per_second:.0} mails/s");
}
