//! Who writes to the desk besides schools, read from the configuration in one place, so
//! that the daemon and `guichet inspect` give a mail the same sender role.

use std::sync::Arc;

use super::model::Model;
use super::Context;
use crate::config::{Config, Problem, Problems};
use crate::directory::Directory;

/// The desk's own identity and its partners' addresses, lower case.
#[derive(Debug, Clone)]
pub struct Roles {
    /// Domain of the desk's own Message-IDs; `None` (no configuration) accepts any.
    pub own_domain: Option<String>,
    pub subject_label: String,
    /// Maintenance contractors' addresses and `@domain`s.
    pub contractors: Vec<String>,
    /// Ticketing platforms' addresses and `@domain`s: `[desk] platforms` and every peer's senders.
    pub platforms: Vec<String>,
    pub authserv_id: Option<String>,
    /// The desk's own kind model (`[desk] kind_model`), read once.
    pub model: Option<Arc<Model>>,
}

impl Default for Roles {
    /// No configuration: the shipped label, nobody but schools.
    fn default() -> Self {
        Roles {
            own_domain: None,
            subject_label: "CESAME".into(),
            contractors: Vec::new(),
            platforms: Vec::new(),
            authserv_id: None,
            model: None,
        }
    }
}

/// The desk's own kind model (`[desk] kind_model`), when the configuration names one.
pub fn load_kind_model(config: &Config) -> Result<Option<Arc<Model>>, Problems> {
    let Some(path) = &config.desk.kind_model else { return Ok(None) };
    let problem = |message: String| Problems(vec![Problem { key: "desk.kind_model".into(), message }]);
    let tsv = std::fs::read_to_string(path).map_err(|e| problem(format!("reading {}: {e}", path.display())))?;
    let model = Model::from_tsv(&tsv).map_err(|e| problem(format!("{} is not a kind model: {e:#}", path.display())))?;
    Ok(Some(Arc::new(model)))
}

impl Roles {
    /// The roles the configuration names; the desk's kind model is read apart
    /// ([`load_kind_model`], [`Roles::with_model`]): a file, that may fail to read.
    pub fn from_config(config: &Config) -> Roles {
        let lower = |s: &String| s.trim().to_lowercase();
        Roles {
            own_domain: Some(config.desk.message_id_domain().to_string()),
            subject_label: config.desk.label.clone(),
            contractors: crate::config::contractor_senders(&config.contractors),
            platforms: config
                .desk
                .platforms
                .iter()
                .chain(config.peers.iter().flat_map(|p| &p.senders))
                .map(lower)
                .collect(),
            authserv_id: config.auth.authserv_id().map(str::to_string),
            model: None,
        }
    }

    pub fn with_model(self, model: Option<Arc<Model>>) -> Roles {
        Roles { model, ..self }
    }

    /// The context to understand mail in, with the schools of `directory`.
    pub fn context<'a>(&'a self, directory: &'a Directory) -> Context<'a> {
        Context {
            directory,
            own_domain: self.own_domain.as_deref(),
            subject_label: &self.subject_label,
            contractors: &self.contractors,
            platforms: &self.platforms,
            authserv_id: self.authserv_id.as_deref(),
            model: self.model.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peers_count_as_platforms_and_contractors_by_every_address() {
        let text = crate::config::EXAMPLE.to_string()
            + r#"
[[peers]]
name = "academie"
address = "remedy@ac-exemple.example"
senders = ["@Remedy.AC-Exemple.example"]
id_pattern = 'INC\d{12}'
format = "remedy"
"#;
        let config = Config::parse(&text).unwrap();
        let roles = Roles::from_config(&config);
        assert!(roles.platforms.contains(&"@remedy.ac-exemple.example".to_string()), "{:?}", roles.platforms);
        for c in &config.contractors {
            assert!(roles.contractors.contains(&c.address.to_lowercase()));
        }
        assert_eq!(roles.subject_label, config.desk.label);
    }
}
