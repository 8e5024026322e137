//! Labelled mail folders, in the conventions of the shared corpus (`labels.json` beside the
//! `.eml` files; `../shared/corpus/README.md`): scoring guichet's reading against them, and
//! writing the desk's own mails as such a folder (`export`), its agents' corrections as labels,
//! and teaching the learned kind model from one (`train`).

pub mod export;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::understand::model::{Trainer, CLASSES};
use crate::understand::{model_text, understand, Context, Understanding};

/// The fields a label records, in `labels.json`'s order and spelling.
pub const FIELDS: [&str; 6] = ["kind", "urgency", "uai", "uai_valid", "ticket_ref", "sender"];

/// An understanding's fields, as `labels.json` writes them.
pub fn labelled(u: &Understanding) -> [(&'static str, Value); 6] {
    let text = |s: Option<String>| s.map_or(Value::Null, Value::String);
    [
        ("kind", Value::String(u.kind.as_str().into())),
        ("urgency", text(u.urgency.map(|x| x.as_str().to_string()))),
        ("uai", text(u.uai.as_ref().map(|x| x.as_str().to_string()))),
        ("uai_valid", u.uai_valid.map_or(Value::Null, Value::Bool)),
        ("ticket_ref", text(u.ticket_ref.map(|t| t.to_string()))),
        ("sender", text(u.sender.clone())),
    ]
}

/// One field read otherwise than labelled.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub file: String,
    pub field: &'static str,
    pub got: Value,
    pub expected: Value,
    /// Why understanding read the mail as it did.
    pub reason: String,
}

/// Per-field accuracy over a folder, and the misses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    pub mails: usize,
    /// Field → (right, labelled).
    pub fields: BTreeMap<&'static str, (usize, usize)>,
    pub misses: Vec<Miss>,
}

impl Score {
    pub fn accuracy(&self, field: &str) -> Option<f64> {
        self.fields.get(field).filter(|(_, n)| *n > 0).map(|(right, n)| *right as f64 / *n as f64)
    }

    /// The report `guichet corpus score` prints.
    pub fn report(&self) -> String {
        let mut out = format!("{} mails\n", self.mails);
        for field in FIELDS {
            if let (Some((right, n)), Some(accuracy)) = (self.fields.get(field), self.accuracy(field)) {
                out.push_str(&format!("{field:<11} {:>6.1} %  ({right}/{n})\n", accuracy * 100.0));
            }
        }
        if !self.misses.is_empty() {
            out.push_str(&format!("\n{} misses:\n", self.misses.len()));
        }
        for m in &self.misses {
            out.push_str(&format!("{}: {} = {}, labelled {} ({})\n", m.file, m.field, m.got, m.expected, m.reason));
        }
        out
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: not a labels.json (a list of objects with \"file\"): {reason}")]
    Labels { path: String, reason: String },
}

/// The labels of `dir`: `labels.json`, a list of objects naming their `file`.
pub fn labels(dir: &Path) -> Result<Vec<serde_json::Map<String, Value>>, CorpusError> {
    let path = dir.join("labels.json");
    let text = std::fs::read(&path).map_err(|source| CorpusError::Read { path: path.display().to_string(), source })?;
    let bad = |reason: String| CorpusError::Labels { path: path.display().to_string(), reason };
    let list: Vec<Value> = serde_json::from_slice(&text).map_err(|e| bad(e.to_string()))?;
    list.into_iter()
        .map(|v| match v {
            Value::Object(map) if map.get("file").is_some_and(Value::is_string) => Ok(map),
            other => Err(bad(format!("an entry without \"file\": {other}"))),
        })
        .collect()
}

/// Reads every labelled mail of `dir` and compares each labelled field (a field a label
/// leaves out is not counted).
pub fn score(dir: &Path, ctx: &Context<'_>) -> Result<Score, CorpusError> {
    let mut score = Score::default();
    for label in labels(dir)? {
        let file = label["file"].as_str().unwrap_or_default().to_string();
        let path = dir.join(&file);
        let raw =
            std::fs::read(&path).map_err(|source| CorpusError::Read { path: path.display().to_string(), source })?;
        let u = understand(&raw, ctx);
        score.mails += 1;
        for (field, got) in labelled(&u) {
            let Some(expected) = label.get(field) else { continue };
            let counts = score.fields.entry(field).or_default();
            counts.1 += 1;
            if got == *expected {
                counts.0 += 1;
            } else {
                let miss =
                    Miss { file: file.clone(), field, got, expected: expected.clone(), reason: u.reason.clone() };
                score.misses.push(miss);
            }
        }
    }
    Ok(score)
}

/// What [`train`] learned from a folder.
#[derive(Debug)]
pub struct Trained {
    pub trainer: Trainer,
    /// Mails whose kind the model learns (a school contact's).
    pub learned: usize,
    /// Mails of other kinds (machines, partners, spam…), or without a kind.
    pub skipped: usize,
}

/// Learns the labelled kind of every mail of `dir` on top of `base` (the shipped model's
/// counts, or none): the desk's own mail, its agents' corrections included, teaches the
/// second reading what the tables could not.
pub fn train(dir: &Path, base: Trainer) -> Result<Trained, CorpusError> {
    let mut trained = Trained { trainer: base, learned: 0, skipped: 0 };
    for label in labels(dir)? {
        let kind = label.get("kind").and_then(Value::as_str);
        let Some(kind) = CLASSES.iter().copied().find(|k| Some(k.as_str()) == kind) else {
            trained.skipped += 1;
            continue;
        };
        let path = dir.join(label["file"].as_str().unwrap_or_default());
        let raw =
            std::fs::read(&path).map_err(|source| CorpusError::Read { path: path.display().to_string(), source })?;
        match model_text(&raw) {
            Some(text) if trained.trainer.add(&text, kind) => trained.learned += 1,
            _ => trained.skipped += 1,
        }
    }
    Ok(trained)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;
    use crate::understand::Roles;

    #[test]
    fn a_folder_teaches_the_kinds_the_model_learns() {
        let dir = tempfile::tempdir().unwrap();
        let chase = "From: a@lycee.example\r\nSubject: RE: [CESAME #2026-000001] Four\r\n\r\nDes nouvelles ?\r\n";
        let phish = "From: x@ailleurs.example\r\nSubject: Votre compte\r\n\r\nCliquez ici.\r\n";
        std::fs::write(dir.path().join("m1.eml"), chase).unwrap();
        std::fs::write(dir.path().join("m2.eml"), phish).unwrap();
        let labels = r#"[{"file": "m1.eml", "kind": "reminder"}, {"file": "m2.eml", "kind": "spam"}]"#;
        std::fs::write(dir.path().join("labels.json"), labels).unwrap();
        let trained = train(dir.path(), Trainer::default()).unwrap();
        assert_eq!((trained.learned, trained.skipped), (1, 1));
        let tsv = trained.trainer.to_tsv(1);
        assert!(
            tsv.contains("\nexamples\t0\t0\t0\t0\t1\t0\n") && tsv.contains("\nnouvelles\t0\t0\t0\t0\t1\t0\n"),
            "{tsv}"
        );
        // On top of other counts: they add.
        let again = train(dir.path(), trained.trainer).unwrap();
        assert!(again.trainer.to_tsv(1).contains("\nnouvelles\t0\t0\t0\t0\t2\t0\n"));
    }

    #[test]
    fn a_folder_is_scored_per_field_and_misses_named() {
        let dir = tempfile::tempdir().unwrap();
        let mail = "From: x@ailleurs.example\r\nSubject: Panne urgente\r\nMessage-ID: <a@x>\r\n\r\nImprimante HS.\r\n";
        std::fs::write(dir.path().join("m1.eml"), mail).unwrap();
        let labels =
            r#"[{"file": "m1.eml", "kind": "unauthorised", "urgency": "bas", "sender": "x@ailleurs.example"}]"#;
        std::fs::write(dir.path().join("labels.json"), labels).unwrap();
        let (directory, roles) = (Directory::default(), Roles::default());
        let score = score(dir.path(), &roles.context(&directory)).unwrap();
        assert_eq!(score.mails, 1);
        assert_eq!(score.fields["kind"], (1, 1));
        assert_eq!(score.fields["urgency"], (0, 1), "labelled bas, read très haut");
        assert!(!score.fields.contains_key("uai"), "unlabelled fields are not counted");
        assert_eq!(score.misses.len(), 1);
        assert!(score.report().contains("urgency") && score.report().contains("m1.eml"), "{}", score.report());
        std::fs::write(dir.path().join("labels.json"), r#"{"m1.eml": {}}"#).unwrap();
        assert!(matches!(super::score(dir.path(), &roles.context(&directory)), Err(CorpusError::Labels { .. })));
    }
}
