//! `guichet corpus export DIR`: the desk's own mails as a labelled folder. The mails come from
//! the mailbox's archive folders (guichet keeps no copy), the labels from guichet's reading
//! with the agents' corrections over it; `directory.csv` is written beside them, so that
//! `guichet corpus score DIR` reads the folder as the daemon reads the mailbox.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::labelled;
use crate::config::Config;
use crate::directory::Directory;
use crate::store::Store;
use crate::understand::{load_kind_model, understand, Roles};

/// What to export.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Every recorded mail (the most recent `limit`), not only the corrected ones.
    pub all: bool,
    pub limit: i64,
    /// Personal addresses and names replaced by pseudonyms, the same in mails, labels and
    /// directory. Only what is written as text is masked: an address inside a base64 part
    /// (an attachment) is left as it is.
    pub mask: bool,
}

/// What an export wrote.
#[derive(Debug, Default)]
pub struct Exported {
    pub written: usize,
    /// Recorded mails without a Message-ID (they cannot be found again in the archive).
    pub without_id: usize,
    /// Message-IDs no longer in the archive folders (moved or expunged by the desk).
    pub missing: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("database: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("mailbox: {0}")]
    Mailbox(#[from] crate::mailbox::connect::ConnectError),
    #[error("{path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error("directory.csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("configuration: {0}")]
    Config(crate::config::Problems),
}

/// Pseudonyms for the people of the export: `personne-1@masque.example`, `Personne 1`.
#[derive(Default)]
struct Masker {
    addresses: HashMap<String, String>,
    names: HashMap<String, String>,
    /// Every known address and name in one pattern, rebuilt when one is added.
    pattern: Option<regex::bytes::Regex>,
}

impl Masker {
    fn address(&mut self, address: &str) -> String {
        let n = self.addresses.len() + 1;
        let key = address.trim().to_lowercase();
        if !self.addresses.contains_key(&key) {
            self.pattern = None;
        }
        self.addresses.entry(key).or_insert_with(|| format!("personne-{n}@masque.example")).clone()
    }

    fn name(&mut self, name: &str) -> String {
        let n = self.names.len() + 1;
        let key = name.trim().to_lowercase();
        if !self.names.contains_key(&key) {
            self.pattern = None;
        }
        self.names.entry(key).or_insert_with(|| format!("Personne {n}")).clone()
    }

    /// Replaces, in the raw mail, every known address and name (any case), in one pass.
    fn mask(&mut self, raw: &[u8]) -> Vec<u8> {
        if self.pattern.is_none() {
            let mut known: Vec<&String> =
                self.addresses.keys().chain(self.names.keys()).filter(|k| !k.is_empty()).collect();
            // Longest first: an address containing another is replaced whole.
            known.sort_by_key(|k| std::cmp::Reverse(k.len()));
            let alternatives: Vec<String> = known.iter().map(|k| regex::escape(k)).collect();
            let pattern = format!("(?i){}", alternatives.join("|"));
            self.pattern =
                (!alternatives.is_empty()).then(|| regex::bytes::Regex::new(&pattern).expect("escaped literals"));
        }
        let Some(pattern) = &self.pattern else { return raw.to_vec() };
        let (addresses, names) = (&self.addresses, &self.names);
        pattern
            .replace_all(raw, |c: &regex::bytes::Captures<'_>| {
                let key = String::from_utf8_lossy(&c[0]).to_lowercase();
                addresses.get(&key).or_else(|| names.get(&key)).cloned().unwrap_or_default().into_bytes()
            })
            .into_owned()
    }
}

/// Writes `dir/mail-NNNN.eml`, `dir/labels.json` and `dir/directory.csv`.
pub async fn export(config: &Config, store: &Store, dir: &Path, options: Options) -> Result<Exported, ExportError> {
    let write = |path: &Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|source| ExportError::Write { path: path.display().to_string(), source })
    };
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Write { path: dir.display().to_string(), source })?;
    let mut mails = store.mails_to_export(options.all, options.limit).await?;
    mails.reverse(); // oldest first, as a mailbox is read
    let mut exported = Exported::default();
    let ids: Vec<String> = mails.iter().filter_map(|m| m.message_id.clone()).collect();
    exported.without_id = mails.len() - ids.len();
    let raws = crate::mailbox::archive::fetch_by_message_id(&config.imap, &ids).await?;
    let directory = store.load_directory().await?;
    let roles = Roles::from_config(config).with_model(load_kind_model(config).map_err(ExportError::Config)?);
    let ctx = roles.context(&directory);
    let mut masker = Masker::default();
    if options.mask {
        for school in directory.schools() {
            masker.address(&school.correspondant_email);
            if let Some(suppleant) = &school.suppleant_email {
                masker.address(suppleant);
            }
        }
    }
    let mut labels = Vec::new();
    for mail in &mails {
        let Some(id) = &mail.message_id else { continue };
        let Some(raw) = raws.get(id) else {
            exported.missing.push(id.clone());
            continue;
        };
        let u = understand(raw, &ctx);
        let mut label: Map<String, Value> = labelled(&u).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        for (field, value) in &mail.corrections {
            label.insert(field.clone(), Value::String(value.clone()));
        }
        let corrected: Vec<&str> = mail.corrections.iter().map(|(f, _)| f.as_str()).collect();
        let notes = match corrected.as_slice() {
            [] => "read by guichet".to_string(),
            fields => format!("read by guichet; corrected by the desk: {}", fields.join(", ")),
        };
        label.insert("notes".into(), Value::String(notes));
        let raw = if options.mask {
            if let Some(sender) = &u.sender {
                let pseudonym = masker.address(sender);
                label.insert("sender".into(), Value::String(pseudonym));
            }
            if let Some(name) = &u.sender_name {
                masker.name(name);
            }
            masker.mask(raw)
        } else {
            raw.clone()
        };
        exported.written += 1;
        let file = format!("mail-{:04}.eml", exported.written);
        write(&dir.join(&file), &raw)?;
        label.insert("file".into(), Value::String(file));
        labels.push(Value::Object(label));
    }
    let json = serde_json::to_vec_pretty(&labels).expect("labels serialise");
    write(&dir.join("labels.json"), &json)?;
    let mut csv = Vec::new();
    if options.mask {
        directory
            .write_csv(&mut csv, |a| masker.addresses.get(&a.trim().to_lowercase()).cloned().unwrap_or_default())?;
    } else {
        directory.write_csv(&mut csv, str::to_string)?;
    }
    write(&dir.join("directory.csv"), &csv)?;
    Ok(exported)
}

/// The directory a corpus folder carries, if any.
pub fn folder_directory(dir: &Path) -> Option<Result<Directory, String>> {
    let path = dir.join("directory.csv");
    path.is_file().then(|| {
        Directory::from_csv(&path).map_err(|errors| {
            format!("{}: {}", path.display(), errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_is_consistent_and_case_blind() {
        let mut m = Masker::default();
        let a = m.address("Claire.Dubois@ac-lyon.example");
        assert_eq!(m.address("claire.dubois@ac-lyon.example"), a, "same person, same pseudonym");
        m.name("Claire Dubois");
        let raw = b"From: Claire Dubois <CLAIRE.DUBOIS@ac-lyon.example>\r\n\r\nCordialement, Claire Dubois\r\n";
        let masked = String::from_utf8(m.mask(raw)).unwrap();
        assert_eq!(masked, format!("From: Personne 1 <{a}>\r\n\r\nCordialement, Personne 1\r\n"));
    }
}
