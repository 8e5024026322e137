//! Mail sections: IMAP, SMTP, the outbox, limits, and secrets read from the environment or a file.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

/// How a connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain connection upgraded with STARTTLS (IMAP 143, submission 587).
    Starttls,
    /// No TLS: only accepted for a loopback host.
    Plain,
}

/// A password given by environment variable or file, never inline.
#[derive(Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secret {
    #[serde(default)]
    pub password_env: Option<String>,
    #[serde(default)]
    pub password_file: Option<PathBuf>,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secret")
            .field("password_env", &self.password_env)
            .field("password_file", &self.password_file)
            .finish_non_exhaustive()
    }
}

impl Secret {
    pub fn is_set(&self) -> bool {
        self.password_env.is_some() || self.password_file.is_some()
    }

    /// Reads the password; the error names where it looked, never the value.
    pub fn read(&self) -> Result<String, String> {
        if let Some(var) = &self.password_env {
            return std::env::var(var).map_err(|_| format!("environment variable {var} is not set"));
        }
        if let Some(path) = &self.password_file {
            return std::fs::read_to_string(path)
                .map(|s| s.trim_end_matches(['\r', '\n']).to_string())
                .map_err(|e| format!("cannot read {}: {e}", path.display()));
        }
        Err("no password_env or password_file".into())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Imap {
    pub host: String,
    #[serde(default)]
    pub port: Option<u16>,
    #[serde(default = "default_security")]
    pub security: Security,
    /// Plain text is refused unless this is true and the host is loopback.
    #[serde(default)]
    pub allow_plaintext: bool,
    pub user: String,
    #[serde(flatten)]
    pub secret: Secret,
    #[serde(default = "default_inbox")]
    pub mailbox: String,
    #[serde(default = "default_processed")]
    pub processed_folder: String,
    #[serde(default = "default_quarantine")]
    pub quarantine_folder: String,
    /// Where the journal copies of guichet's own mails are filed.
    #[serde(default = "default_sent")]
    pub sent_folder: String,
    /// Extra CA certificates (PEM) to trust besides the system ones.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// Seconds between polls when the server has no IDLE; also the IDLE refresh bound.
    #[serde(default = "default_poll")]
    pub poll_interval_secs: u64,
    /// Timeout of every network operation, in seconds.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// Messages fetched per round trip.
    #[serde(default = "default_fetch_batch")]
    pub fetch_batch: u32,
}

impl Imap {
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(if self.security == Security::Tls { 993 } else { 143 })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default)]
    pub port: Option<u16>,
    #[serde(default = "default_security")]
    pub security: Security,
    #[serde(default)]
    pub allow_plaintext: bool,
    /// Login for submission; none means no AUTH (relay by address, as on a local MTA).
    #[serde(default)]
    pub user: Option<String>,
    #[serde(flatten)]
    pub secret: Secret,
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// Connections kept open to the MTA.
    #[serde(default = "default_smtp_pool")]
    pub pool_size: u32,
}

impl Smtp {
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::Plain => 25,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outbox {
    /// Attempts before an entry is marked failed.
    #[serde(default = "default_max_attempts")]
    pub max_attempts: u32,
    /// First retry delay in seconds; doubles each attempt up to `retry_max_secs`.
    #[serde(default = "default_retry_base")]
    pub retry_base_secs: u64,
    #[serde(default = "default_retry_max")]
    pub retry_max_secs: u64,
    /// Send a copy of every mail to the desk's own address (in the same SMTP transaction), so
    /// that a mail in flight when a daemon died is known delivered when its copy comes back.
    #[serde(default = "default_true")]
    pub journal: bool,
    /// How long an in-flight mail of a dead daemon waits for its journal copy before it is
    /// sent again.
    #[serde(default = "default_grace")]
    pub journal_grace_secs: u64,
    /// How long a daemon owns the mails it is sending before others consider it dead.
    #[serde(default = "default_lease")]
    pub lease_secs: u64,
}

impl Default for Outbox {
    fn default() -> Self {
        Outbox {
            max_attempts: default_max_attempts(),
            retry_base_secs: default_retry_base(),
            retry_max_secs: default_retry_max(),
            journal: true,
            journal_grace_secs: default_grace(),
            lease_secs: default_lease(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// Larger mails are quarantined and their sender told.
    #[serde(default = "default_max_message")]
    pub max_message_bytes: u64,
    /// Automatic answers (refusals, explanations) per address per 24 hours.
    #[serde(default = "default_auto_answers")]
    pub auto_answers_per_day: u32,
    /// Every automatic answer (acknowledgements included) to one address per 24 hours: the
    /// bound on a loop with a robot that ignores `Auto-Submitted`.
    #[serde(default = "default_answers_per_day")]
    pub answers_per_day: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: default_max_message(),
            auto_answers_per_day: default_auto_answers(),
            answers_per_day: default_answers_per_day(),
        }
    }
}

fn default_security() -> Security {
    Security::Tls
}

fn default_inbox() -> String {
    "INBOX".into()
}

fn default_processed() -> String {
    "processed".into()
}

fn default_quarantine() -> String {
    "quarantine".into()
}

fn default_sent() -> String {
    "sent".into()
}

fn default_true() -> bool {
    true
}

fn default_grace() -> u64 {
    300
}

fn default_lease() -> u64 {
    120
}

fn default_poll() -> u64 {
    60
}

fn default_timeout() -> u64 {
    30
}

fn default_fetch_batch() -> u32 {
    100
}

fn default_smtp_pool() -> u32 {
    4
}

fn default_max_attempts() -> u32 {
    10
}

fn default_retry_base() -> u64 {
    30
}

fn default_retry_max() -> u64 {
    3600
}

fn default_max_message() -> u64 {
    25 * 1024 * 1024
}

fn default_auto_answers() -> u32 {
    5
}

fn default_answers_per_day() -> u32 {
    40
}
