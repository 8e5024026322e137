//! The establishment directory: schools with their correspondant and suppléant.
//!
//! Kept in memory (a region has at most a few thousand schools) and loaded either from the
//! CSV the desk maintains or from the database the daemon imported it into.

use std::collections::HashMap;
use std::path::Path;

use crate::uai::{Uai, UaiError};

pub mod import;

/// One school and the two people allowed to open reports for it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct School {
    pub uai: Uai,
    pub name: String,
    pub town: String,
    /// Lower-case address.
    pub correspondant_email: String,
    /// Lower-case address, when the school has a suppléant.
    pub suppleant_email: Option<String>,
}

impl School {
    /// Whether `address` (any case) is this school's correspondant or suppléant.
    pub fn is_contact(&self, address: &str) -> bool {
        let address = address.trim().to_lowercase();
        self.correspondant_email == address || self.suppleant_email.as_deref() == Some(&address)
    }
}

/// A CSV line the import refused.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("line {line}: {source}")]
    Uai { line: u64, source: UaiError },
    #[error("line {line}: {message}")]
    Field { line: u64, message: String },
    #[error("reading {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Schools by UAI, with an index by contact address.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    schools: HashMap<Uai, School>,
    by_contact: HashMap<String, Vec<Uai>>,
    /// Contacts by the name their address spells (`claire.dubois@…` → "claire dubois"), for
    /// telling a stranger who borrows a contact's name ([`Directory::contact_named`]).
    by_name: HashMap<String, String>,
}

struct CsvRow {
    uai: String,
    name: String,
    town: String,
    correspondant_email: String,
    suppleant_email: Option<String>,
}

impl Directory {
    pub fn new(schools: impl IntoIterator<Item = School>) -> Self {
        let mut directory = Directory::default();
        for school in schools {
            directory.insert(school);
        }
        directory
    }

    /// Reads the directory file (`uai,name,town,correspondant_email,suppleant_email`, see
    /// [`import`] for the forms accepted), refusing the whole file with every bad line listed,
    /// so an import never half-applies.
    pub fn from_csv(path: &Path) -> Result<Self, Vec<DirectoryError>> {
        Self::read(path, import::ReadOptions::default()).map(|(directory, _)| directory)
    }

    /// Like [`Directory::from_csv`], with the separator and encoding given or guessed.
    pub fn read(path: &Path, options: import::ReadOptions) -> Result<(Self, import::Read), Vec<DirectoryError>> {
        let bytes = std::fs::read(path)
            .map_err(|source| vec![DirectoryError::Io { path: path.display().to_string(), source }])?;
        import::parse(&bytes, options)
    }

    pub fn insert(&mut self, school: School) {
        if let Some(old) = self.schools.remove(&school.uai) {
            for list in self.by_contact.values_mut() {
                list.retain(|u| *u != old.uai);
            }
            self.by_contact.retain(|_, list| !list.is_empty());
            self.by_name.retain(|_, address| self.by_contact.contains_key(address));
        }
        for email in std::iter::once(&school.correspondant_email).chain(&school.suppleant_email) {
            self.by_contact.entry(email.clone()).or_default().push(school.uai.clone());
            let local = email.split('@').next().unwrap_or_default();
            if let Some(key) = name_key(local.split(['.', '_', '-'])) {
                self.by_name.insert(key, email.clone());
            }
        }
        self.schools.insert(school.uai.clone(), school);
    }

    /// The contact whose address spells the name `words` (lower case, without accents, in any
    /// order: "Dubois Claire" for `claire.dubois@…`), if any. Addresses of initials
    /// (`j.martin@…`) spell no name.
    pub fn contact_named<'a>(&self, words: impl Iterator<Item = &'a str>) -> Option<&str> {
        name_key(words).and_then(|key| self.by_name.get(&key)).map(String::as_str)
    }

    pub fn get(&self, uai: &Uai) -> Option<&School> {
        self.schools.get(uai)
    }

    /// Schools for which `address` (any case) is correspondant or suppléant.
    pub fn schools_of(&self, address: &str) -> Vec<&School> {
        self.by_contact
            .get(&address.trim().to_lowercase())
            .map(|uais| uais.iter().filter_map(|u| self.schools.get(u)).collect())
            .unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.schools.len()
    }

    pub fn is_empty(&self) -> bool {
        self.schools.is_empty()
    }

    /// The directory as a CSV (UTF-8, commas, with its header), by UAI; `address` maps each
    /// address written (identity, or a pseudonym for a masked export).
    pub fn write_csv(&self, out: impl std::io::Write, address: impl Fn(&str) -> String) -> csv::Result<()> {
        let mut schools: Vec<_> = self.schools().collect();
        schools.sort_by(|a, b| a.uai.cmp(&b.uai));
        let mut out = csv::Writer::from_writer(out);
        out.write_record(["uai", "name", "town", "correspondant_email", "suppleant_email"])?;
        for s in schools {
            let suppleant = s.suppleant_email.as_deref().map(&address).unwrap_or_default();
            out.write_record([s.uai.as_str(), &s.name, &s.town, &address(&s.correspondant_email), &suppleant])?;
        }
        out.flush()?;
        Ok(())
    }

    pub fn schools(&self) -> impl Iterator<Item = &School> {
        self.schools.values()
    }
}

/// Two or more words of two letters or more, sorted: a person's name whatever its order.
fn name_key<'a>(words: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut words: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
    if words.len() < 2 || words.iter().any(|w| w.len() < 2 || !w.bytes().all(|b| b.is_ascii_lowercase())) {
        return None;
    }
    words.sort_unstable();
    Some(words.join(" "))
}

fn school_from_row(row: CsvRow, line: u64) -> Result<School, DirectoryError> {
    let uai = Uai::parse(&row.uai).map_err(|source| DirectoryError::Uai { line, source })?;
    let email = |value: &str, column: &str| -> Result<String, DirectoryError> {
        let value = value.trim().to_lowercase();
        if value.contains('@') && !value.contains(char::is_whitespace) {
            Ok(value)
        } else {
            Err(DirectoryError::Field { line, message: format!("{column}: not an address: {value:?}") })
        }
    };
    let correspondant_email = email(&row.correspondant_email, "correspondant_email")?;
    let suppleant_email = match row.suppleant_email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(value) => Some(email(value, "suppleant_email")?),
    };
    if row.name.trim().is_empty() {
        return Err(DirectoryError::Field { line, message: "name is empty".into() });
    }
    Ok(School { uai, name: row.name, town: row.town, correspondant_email, suppleant_email })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn csv_file(text: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(text.as_bytes()).unwrap();
        file
    }

    const HEADER: &str = "uai,name,town,correspondant_email,suppleant_email\n";

    #[test]
    fn contacts_by_the_name_their_address_spells() {
        let school = |uai: &str, contact: &str| School {
            uai: Uai::parse(uai).unwrap(),
            name: "Lycée".into(),
            town: "Lyon".into(),
            correspondant_email: contact.into(),
            suppleant_email: Some("j.martin@ac-lyon.example".into()),
        };
        let mut directory = Directory::new([school("0691234S", "claire.dubois@ac-lyon.example")]);
        let named = |d: &Directory, name: &str| d.contact_named(name.split(' ')).map(str::to_string);
        assert_eq!(named(&directory, "dubois claire").as_deref(), Some("claire.dubois@ac-lyon.example"));
        assert_eq!(named(&directory, "claire"), None);
        // Initials spell no name.
        assert_eq!(named(&directory, "j martin"), None);
        // A school's new contact: the old one's name is no longer a contact's.
        directory.insert(school("0691234S", "paul-henry@ac-lyon.example"));
        assert_eq!(named(&directory, "claire dubois"), None);
        assert_eq!(named(&directory, "henry paul").as_deref(), Some("paul-henry@ac-lyon.example"));
    }

    #[test]
    fn loads_the_shared_directory() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public/directory.csv");
        let directory = Directory::from_csv(&path).expect("shared directory is valid");
        assert!(directory.len() >= 30);
        let uai = Uai::parse("0751043B").unwrap();
        assert_eq!(directory.get(&uai).unwrap().town, "Paris 11e");
        // One correspondant serves the two schools of a cité scolaire.
        assert_eq!(directory.schools_of("Emilie.Nguyen@AC-CRETEIL.example").len(), 2);
        assert!(directory.get(&Uai::parse("0772590X").unwrap()).unwrap().suppleant_email.is_none());
    }

    #[test]
    fn bad_check_letters_are_refused_with_their_line() {
        let file =
            csv_file(&format!("{HEADER}0751043B,A,Paris,a@x.example,\n0921234V,B,Nanterre,b@x.example,c@x.example\n"));
        let errors = Directory::from_csv(file.path()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("line 3:"), "{}", errors[0]);
    }

    #[test]
    fn reinsert_replaces_contacts() {
        let mut directory = Directory::default();
        let school = |mail: &str| School {
            uai: Uai::parse("0751043B").unwrap(),
            name: "L".into(),
            town: "P".into(),
            correspondant_email: mail.into(),
            suppleant_email: None,
        };
        directory.insert(school("old@x.example"));
        directory.insert(school("new@x.example"));
        assert!(directory.schools_of("old@x.example").is_empty());
        assert_eq!(directory.schools_of("NEW@x.example").len(), 1);
    }
}
