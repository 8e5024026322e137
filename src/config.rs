//! Settings: defaults, then the TOML file, then a few `GUICHET_*` environment overrides.
//!
//! `validate` collects every problem with its key instead of stopping at the first, so
//! `guichet check-config` can report them all at once. Secrets are read from an environment
//! variable or a file named in the config and never appear in `Debug` output.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The example configuration, compiled in so `guichet config example` can print it.
pub const EXAMPLE: &str = include_str!("../config/guichet.example.toml");

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
    pub auth: crate::auth::AuthConfig,
    /// The `/metrics` and `/healthz` endpoint.
    #[serde(default)]
    pub metrics: crate::metrics::MetricsConfig,
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

/// What the store keeps and how long, in days; 0 keeps forever. Tickets and their history
/// are kept unless `closed_tickets_days` says otherwise: the desk is judged on them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Retention {
    /// Whether the daemon applies it (every `interval_minutes`); `guichet purge` always can.
    pub enabled: bool,
    pub interval_minutes: u64,
    /// Rows deleted (or copies dropped) per statement: small, so intake never waits long.
    pub batch: u32,
    /// The stored copy of a delivered outgoing mail (its row, status and recipient stay).
    pub sent_copies_days: u32,
    /// Rows of outgoing mails delivered or failed (after this, a late bounce or journal copy
    /// of one is no longer recognised as ours).
    pub outbox_days: u32,
    /// Records of received mails tied to no ticket (spam, auto-replies, bounces, refusals,
    /// list requests); also how long a redelivered copy is recognised as a duplicate.
    pub unlinked_mails_days: u32,
    /// The whole source of the mail that opened a ticket, after the ticket's closure.
    pub ticket_sources_days: u32,
    /// Fired and cancelled timers.
    pub done_timers_days: u32,
    /// The log of updates exchanged with peer platforms (links and sequences stay).
    pub peer_updates_days: u32,
    /// Records of automatic answers, which only count for a day.
    pub auto_answers_days: u32,
    /// Whole tickets (history, attachments' records, links, their mails' records), after the
    /// administrative closure. 0 (the default) keeps them, and the statistics with them.
    pub closed_tickets_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            enabled: true,
            interval_minutes: 60,
            batch: 500,
            sent_copies_days: 30,
            outbox_days: 400,
            unlinked_mails_days: 90,
            ticket_sources_days: 365,
            done_timers_days: 90,
            peer_updates_days: 400,
            auto_answers_days: 2,
            closed_tickets_days: 0,
        }
    }
}

/// A ticketing platform kept in step by mail (the academy's Remedy, the local authority's GLPI).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peer {
    /// Short name, used in logs, history and the loop marker.
    pub name: String,
    /// Where our updates are sent.
    pub address: String,
    /// Addresses or `@domain`s its mails come from.
    pub senders: Vec<String>,
    /// Regex of its ticket id in subject or body; the first capture group if any
    /// (`INC\d{12}` for Remedy, `\[GLPI #(\d+)\]` for GLPI).
    pub id_pattern: String,
    /// `remedy` (Email Engine style `Label: value` lines) or `glpi` (notification style).
    pub format: String,
    /// Its statuses → ours (`new`, `assigned`, `in_progress`, `resolved`, `closed`).
    #[serde(default)]
    pub status_map: std::collections::BTreeMap<String, String>,
    /// Its priority or urgency labels → ours (`bas`, `moyen`, `tres_haut`).
    #[serde(default)]
    pub urgency_map: std::collections::BTreeMap<String, String>,
    /// Fields this peer owns in a conflict: `state`, `urgency`, `assignee`.
    #[serde(default)]
    pub owns: Vec<String>,
}

/// A maintenance contractor: receives work orders, answers them by mail.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contractor {
    pub name: String,
    /// Where work orders are sent.
    pub address: String,
    /// Addresses or `@domain`s its answers may come from (besides `address`).
    #[serde(default)]
    pub senders: Vec<String>,
    /// Départements served (`75`, `2A`, `971`…), or `*` for all.
    pub departements: Vec<String>,
}

/// A regional technical officer (RTN): receives study requests for change requests.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    pub name: String,
    pub address: String,
    pub departements: Vec<String>,
}

/// Every address and `@domain` contractors write from, lower case (for understanding).
pub fn contractor_senders(contractors: &[Contractor]) -> Vec<String> {
    contractors
        .iter()
        .flat_map(|c| std::iter::once(c.address.to_lowercase()).chain(c.senders.iter().map(|s| s.to_lowercase())))
        .collect()
}

/// Whether a département list (`75`, `*`…) covers `departement`.
pub fn serves(departements: &[String], departement: &str) -> bool {
    departements.iter().any(|d| d == "*" || d.eq_ignore_ascii_case(departement))
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// Working days from assignment to the contractor, per urgency.
    #[serde(default)]
    pub working_days: crate::calendar::DeadlinePolicy,
    /// A warning goes out this many hours before the deadline.
    #[serde(default = "default_warn_hours")]
    pub warn_before_hours: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Days the correspondant has to confirm a technical closure before automatic closure.
    #[serde(default = "default_confirm_days")]
    pub confirm_within_days: u64,
}

impl Default for Closure {
    fn default() -> Self {
        Closure { confirm_within_days: default_confirm_days() }
    }
}

/// A pre-qualification rule: when every given pattern matches, the ticket gets the given
/// type, suggested urgency and route (like GLPI business rules). Agents can override.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub name: String,
    /// Regex on the subject.
    #[serde(default)]
    pub subject: Option<String>,
    /// Regex on the text.
    #[serde(default)]
    pub body: Option<String>,
    /// Regex on the school's UAI or name.
    #[serde(default)]
    pub school: Option<String>,
    /// `incident` or `evolution`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// `bas`, `moyen` or `tres_haut`: set when the sender stated none.
    #[serde(default)]
    pub urgency: Option<String>,
    /// `prestataire` or `rtn`: where the ticket is suggested to go.
    #[serde(default)]
    pub route: Option<String>,
    /// Assign along the route at once instead of waiting for an agent.
    #[serde(default)]
    pub dispatch: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    /// Label of the subject tag: `[CESAME #2026-000123]`.
    #[serde(default = "default_label")]
    pub label: String,
    /// The helpdesk address: From of every outgoing mail.
    pub address: String,
    #[serde(default = "default_display_name")]
    pub display_name: String,
    /// Domain of our Message-IDs (`ack-2026-000123@<domain>`); defaults to the address's.
    #[serde(default)]
    pub message_id_domain: Option<String>,
    /// Directory of the handlebars templates, read at start (editable without rebuilding).
    #[serde(default = "default_templates")]
    pub templates: PathBuf,
    /// The desk's agents: notified of each new ticket, they act by replying with commands.
    #[serde(default)]
    pub agents: Vec<String>,
    /// Ticketing platform addresses or `@domain`s.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// Whether the refusal sent to an unknown sender names the school's correspondant's
    /// address. Off by default: anyone who quotes a public UAI would learn a person's address.
    #[serde(default)]
    pub disclose_correspondant_in_refusals: bool,
}

impl Desk {
    pub fn message_id_domain(&self) -> &str {
        self.message_id_domain
            .as_deref()
            .unwrap_or_else(|| self.address.rsplit_once('@').map_or("localhost", |(_, d)| d))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Database {
    /// `sqlite://path?mode=rwc` (embedded default) or `postgres://…`.
    #[serde(default = "default_database_url")]
    pub url: String,
    #[serde(default = "default_pool_size")]
    pub max_connections: u32,
    /// PostgreSQL: how often a standby daemon tries to take the mailbox, and the watching one
    /// checks it still holds it, in seconds (see `store::lease`).
    #[serde(default = "default_lock_poll")]
    pub lock_poll_secs: u64,
}

impl Default for Database {
    fn default() -> Self {
        Database {
            url: default_database_url(),
            max_connections: default_pool_size(),
            lock_poll_secs: default_lock_poll(),
        }
    }
}

fn default_lock_poll() -> u64 {
    1
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Human,
    Json,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Log {
    #[serde(default)]
    pub format: LogFormat,
    /// A tracing filter, e.g. `info` or `guichet=debug,info`.
    #[serde(default = "default_log_level")]
    pub level: String,
}

impl Default for Log {
    fn default() -> Self {
        Log { format: LogFormat::Human, level: default_log_level() }
    }
}

fn default_label() -> String {
    "CESAME".into()
}
fn default_display_name() -> String {
    "Service d'assistance CESAME".into()
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

fn default_templates() -> PathBuf {
    PathBuf::from("templates")
}
fn default_database_url() -> String {
    "sqlite://guichet.db?mode=rwc".into()
}
fn default_pool_size() -> u32 {
    5
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
fn default_warn_hours() -> u64 {
    4
}
fn default_confirm_days() -> u64 {
    10
}
fn default_answers_per_day() -> u32 {
    40
}
fn default_log_level() -> String {
    "info".into()
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

    /// Every problem found, each with its key; empty when the config is usable.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |key: &str, message: String| problems.push(Problem { key: key.to_string(), message });
        if !is_address(&self.desk.address) {
            problem("desk.address", format!("not a mail address: {:?}", self.desk.address));
        }
        if self.desk.label.is_empty()
            || !self.desk.label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            problem("desk.label", "use letters, digits, '-' or '_' only".into());
        }
        if !self.desk.templates.is_dir() {
            problem("desk.templates", format!("no such directory: {}", self.desk.templates.display()));
        }
        let url = &self.database.url;
        if !(url.starts_with("sqlite:") || url.starts_with("postgres:") || url.starts_with("postgresql:")) {
            problem("database.url", "must start with sqlite: or postgres:".into());
        }
        check_endpoint("imap", &self.imap.host, self.imap.security, self.imap.allow_plaintext, &mut problem);
        check_endpoint("smtp", &self.smtp.host, self.smtp.security, self.smtp.allow_plaintext, &mut problem);
        if self.imap.user.is_empty() {
            problem("imap.user", "is empty".into());
        }
        if let Err(e) = self.imap.secret.read() {
            problem("imap.password_env/password_file", e);
        }
        if self.smtp.user.is_some() {
            if let Err(e) = self.smtp.secret.read() {
                problem("smtp.password_env/password_file", e);
            }
        }
        for (key, ca) in [("imap.ca_file", &self.imap.ca_file), ("smtp.ca_file", &self.smtp.ca_file)] {
            if let Some(path) = ca {
                if !path.is_file() {
                    problem(key, format!("no such file: {}", path.display()));
                }
            }
        }
        let folders =
            [&self.imap.mailbox, &self.imap.processed_folder, &self.imap.quarantine_folder, &self.imap.sent_folder];
        let distinct: std::collections::HashSet<_> = folders.iter().collect();
        if distinct.len() != folders.len() {
            problem("imap.processed_folder", "mailbox, processed, quarantine and sent folders must differ".into());
        }
        if self.outbox.lease_secs <= self.smtp.timeout_secs {
            problem("outbox.lease_secs", "must be longer than smtp.timeout_secs".into());
        }
        if self.imap.timeout_secs == 0 || self.smtp.timeout_secs == 0 {
            problem("imap.timeout_secs/smtp.timeout_secs", "must be at least 1".into());
        }
        if self.database.max_connections == 0 {
            problem("database.max_connections", "must be at least 1".into());
        }
        if self.retention.interval_minutes == 0 {
            problem("retention.interval_minutes", "must be at least 1".into());
        }
        if self.retention.batch == 0 {
            problem("retention.batch", "must be at least 1".into());
        }
        if self.database.lock_poll_secs == 0 {
            problem("database.lock_poll_secs", "must be at least 1".into());
        }
        if self.imap.fetch_batch == 0 {
            problem("imap.fetch_batch", "must be at least 1".into());
        }
        if self.smtp.pool_size == 0 {
            problem("smtp.pool_size", "must be at least 1".into());
        }
        if self.outbox.max_attempts == 0 {
            problem("outbox.max_attempts", "must be at least 1".into());
        }
        let mut agents_seen = std::collections::HashMap::new();
        for (i, agent) in self.desk.agents.iter().enumerate() {
            if !is_address(agent) {
                problem(&format!("desk.agents[{i}]"), format!("not a mail address: {agent:?}"));
            }
            if let Some(first) = agents_seen.insert(agent.trim().to_lowercase(), i) {
                problem(
                    &format!("desk.agents[{i}]"),
                    format!("{agent:?} is already desk.agents[{first}]: each notice would go twice"),
                );
            }
        }
        let served = self
            .contractors
            .iter()
            .map(|c| ("contractors", &c.departements))
            .chain(self.officers.iter().map(|o| ("officers", &o.departements)));
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (section, departements) in served {
            let i = index.entry(section).or_default();
            for code in departements {
                if !is_departement(code) {
                    problem(
                        &format!("{section}[{i}].departements"),
                        format!("not a département code: {code:?} (\"75\", \"2A\", \"971\", or \"*\")"),
                    );
                }
            }
            *i += 1;
        }
        let mut peer_names = std::collections::HashMap::new();
        for (i, peer) in self.peers.iter().enumerate() {
            if let Some(first) = peer_names.insert(peer.name.as_str(), i) {
                problem(&format!("peers[{i}].name"), format!("{:?} is already the name of peers[{first}]", peer.name));
            }
            if peer.id_pattern.trim().is_empty() {
                problem(&format!("peers[{i}].id_pattern"), "is empty: every mail would match".into());
            }
        }
        for (i, c) in self.contractors.iter().enumerate() {
            if !is_address(&c.address) {
                problem(&format!("contractors[{i}].address"), format!("not a mail address: {:?}", c.address));
            }
            if c.departements.is_empty() {
                problem(&format!("contractors[{i}].departements"), "is empty".into());
            }
        }
        for (i, o) in self.officers.iter().enumerate() {
            if !is_address(&o.address) {
                problem(&format!("officers[{i}].address"), format!("not a mail address: {:?}", o.address));
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            if let Err(e) = crate::workflow::rules::Rules::compile(std::slice::from_ref(rule)) {
                problem(&format!("rules[{i}]"), e);
            }
        }
        for (i, peer) in self.peers.iter().enumerate() {
            if let Err(e) = crate::sync::CompiledPeer::compile(peer) {
                problem(&format!("peers[{i}]"), e);
            }
        }
        if self.log.level.parse::<tracing_subscriber::EnvFilter>().is_err() {
            problem("log.level", format!("not a tracing filter: {:?}", self.log.level));
        }
        problems.extend(self.auth.problems());
        problems.extend(self.metrics.problems());
        problems
    }
}

/// `01`…`95` (not `20`), `2A`, `2B`, `971`…`976`, or `*` for all.
fn is_departement(code: &str) -> bool {
    match code {
        "*" | "2A" | "2B" | "2a" | "2b" => true,
        _ if code.len() == 2 => code.parse::<u8>().is_ok_and(|n| (1..=95).contains(&n) && n != 20),
        _ if code.len() == 3 => code.parse::<u16>().is_ok_and(|n| (971..=976).contains(&n)),
        _ => false,
    }
}

fn is_address(value: &str) -> bool {
    matches!(value.split_once('@'), Some((local, domain)) if !local.is_empty() && domain.contains('.') || domain == "localhost")
        && !value.contains(char::is_whitespace)
}

fn check_endpoint(
    section: &str,
    host: &str,
    security: Security,
    allow_plaintext: bool,
    problem: &mut impl FnMut(&str, String),
) {
    if host.is_empty() {
        problem(&format!("{section}.host"), "is empty".into());
    }
    if security == Security::Plain {
        if !allow_plaintext {
            problem(&format!("{section}.security"), "plain needs allow_plaintext = true".into());
        } else if !is_loopback(host) {
            problem(&format!("{section}.security"), format!("plain text only on loopback, not {host}"));
        }
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
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
