//! Settings: defaults, then the TOML file, then a few `GUICHET_*` environment overrides.
//!
//! `validate` collects every problem with its key instead of stopping at the first, so
//! `guichet check-config` can report them all at once. Secrets are read from an environment
//! variable or a file named in the config and never appear in `Debug` output.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod desk;
mod mail;
mod service;
mod validate;

pub use desk::*;
pub use mail::*;
pub use service::*;

/// The example configuration, compiled in so `guichet config example` can print it.
pub const EXAMPLE: &str = include_str!("../../config/guichet.example.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub desk: Desk,
    #[serde(default)]
    pub database: Database,
    pub imap: Imap,
    pub smtp: Smtp,
    #[serde(default)]
    pub outbox: Outbox,
    /// Sender authentication from the mail exchanger's Authentication-Results.
    #[serde(default)]
    pub auth: AuthConfig,
    /// The `/metrics` and `/healthz` endpoint.
    #[serde(default)]
    pub metrics: MetricsConfig,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub log: Log,
    /// Maintenance contractors, each for some départements.
    #[serde(default)]
    pub contractors: Vec<Contractor>,
    /// Regional technical officers (RTN), who study change requests, per département.
    #[serde(default)]
    pub officers: Vec<Officer>,
    #[serde(default)]
    pub deadlines: Deadlines,
    #[serde(default)]
    pub closure: Closure,
    /// Pre-qualification rules, applied in order to each new ticket.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Ticketing platforms that mirror our tickets by exchanging mails.
    #[serde(default)]
    pub peers: Vec<Peer>,
    /// How long what the store keeps is kept (see the README's *Retention*).
    #[serde(default)]
    pub retention: Retention,
}

/// A configuration problem, with the key it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

/// Every problem found by one check, as an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s):", self.0.len())?;
        self.0.iter().try_for_each(|p| write!(f, "\n  {p}"))
    }
}

impl std::error::Error for Problems {}

impl Problems {
    /// `Ok` when nothing was found.
    pub fn check(problems: Vec<Problem>) -> Result<(), Problems> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Problems(problems))
        }
    }
}

impl Problem {
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { key: key.into(), message: message.into() }
    }
}

/// Why a configuration could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("reading {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: {source}")]
    Parse { path: String, source: Box<toml::de::Error> },
}

impl Config {
    /// Reads the file, then applies `GUICHET_DATABASE_URL` when set. Relative paths in the
    /// file (templates, SQLite database, password and CA files) are taken from the file's own
    /// directory, not from wherever the command runs, so the daemon, the unit and a desk
    /// agent's `guichet ticket list` all find the same database.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| LoadError::Read { path: path.display().to_string(), source })?;
        let mut config = Self::parse(&text)
            .map_err(|source| LoadError::Parse { path: path.display().to_string(), source: Box::new(source) })?;
        let base = std::path::absolute(path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        config.resolve_paths(&base);
        if let Ok(url) = std::env::var("GUICHET_DATABASE_URL") {
            config.database.url = url;
        }
        Ok(config)
    }

    /// Makes every relative path of the configuration relative to `base`.
    pub fn resolve_paths(&mut self, base: &Path) {
        let join = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        join(&mut self.desk.templates);
        let files = [
            &mut self.imap.secret.password_file,
            &mut self.smtp.secret.password_file,
            &mut self.imap.ca_file,
            &mut self.smtp.ca_file,
        ];
        for path in files.into_iter().flatten() {
            join(path);
        }
        self.database.url = sqlite_url_from(&self.database.url, base);
    }

    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }
}

/// `sqlite://guichet.db?mode=rwc` with a relative file becomes the same URL with the file
/// under `base`; other URLs (absolute paths, `:memory:`, PostgreSQL) are kept.
fn sqlite_url_from(url: &str, base: &Path) -> String {
    let Some(rest) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) else {
        return url.to_string();
    };
    let (file, query) = rest.split_once('?').map_or((rest, None), |(f, q)| (f, Some(q)));
    if file.is_empty() || file.starts_with('/') || file.starts_with(":memory:") {
        return url.to_string();
    }
    let joined = base.join(file);
    match query {
        Some(q) => format!("sqlite://{}?{q}", joined.display()),
        None => format!("sqlite://{}", joined.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(extra: &str) -> Config {
        Config::parse(&format!(
            r#"
[desk]
address = "cesame@region.example"
templates = "{}"
[imap]
host = "imap.region.example"
user = "cesame"
password_env = "GUICHET_TEST_UNSET_VARIABLE"
[smtp]
host = "smtp.region.example"
{extra}"#,
            concat!(env!("CARGO_MANIFEST_DIR"), "/templates")
        ))
        .unwrap()
    }

    #[test]
    fn the_example_parses_and_defaults_to_tls_and_sqlite() {
        let config = Config::parse(EXAMPLE).expect("example config parses");
        assert!(config.database.url.starts_with("sqlite:"));
        let config = minimal("");
        assert_eq!(config.imap.security, Security::Tls);
        assert_eq!(config.imap.port(), 993);
        assert_eq!(config.smtp.port(), 465);
        assert_eq!(config.desk.message_id_domain(), "region.example");
    }

    #[test]
    fn relative_paths_follow_the_configuration_file() {
        let base = Path::new("/etc/guichet");
        let cases = [
            ("sqlite://guichet.db?mode=rwc", "sqlite:///etc/guichet/guichet.db?mode=rwc"),
            ("sqlite:data/guichet.db", "sqlite:///etc/guichet/data/guichet.db"),
            ("sqlite:///var/lib/guichet/guichet.db?mode=rwc", "sqlite:///var/lib/guichet/guichet.db?mode=rwc"),
            ("sqlite::memory:", "sqlite::memory:"),
            ("postgres://guichet@db/guichet", "postgres://guichet@db/guichet"),
        ];
        for (url, expected) in cases {
            assert_eq!(sqlite_url_from(url, base), expected, "{url}");
        }
        let mut config = minimal("");
        config.desk.templates = PathBuf::from("templates");
        config.imap.ca_file = Some(PathBuf::from("tls/ca.pem"));
        config.smtp.ca_file = Some(PathBuf::from("/usr/share/ca.pem"));
        config.resolve_paths(base);
        assert_eq!(config.desk.templates, Path::new("/etc/guichet/templates"));
        assert_eq!(config.imap.ca_file.as_deref(), Some(Path::new("/etc/guichet/tls/ca.pem")));
        assert_eq!(config.smtp.ca_file.as_deref(), Some(Path::new("/usr/share/ca.pem")));
    }

    #[test]
    fn every_problem_is_reported_with_its_key() {
        let mut config = minimal("");
        config.imap.security = Security::Plain;
        config.smtp.security = Security::Plain;
        config.smtp.allow_plaintext = true;
        config.database.url = "mysql://x".into();
        config.database.lock_poll_secs = 0;
        config.database.max_connections = 0;
        let keys: Vec<String> = config.validate().into_iter().map(|p| p.key).collect();
        for key in [
            "imap.security",
            "smtp.security",
            "database.url",
            "database.lock_poll_secs",
            "database.max_connections",
            "imap.password_env/password_file",
        ] {
            assert!(keys.contains(&key.to_string()), "{key} missing from {keys:?}");
        }
    }

    #[test]
    fn plaintext_is_accepted_on_loopback_when_asked() {
        let mut config = minimal("");
        config.imap.host = "127.0.0.1".into();
        config.imap.security = Security::Plain;
        config.imap.allow_plaintext = true;
        assert!(!config.validate().iter().any(|p| p.key == "imap.security"));
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "s3cr3t-value\n").unwrap();
        let secret = Secret { password_env: None, password_file: Some(file) };
        assert_eq!(secret.read().unwrap(), "s3cr3t-value");
        assert!(!format!("{secret:?}").contains("s3cr3t"));
    }
}
