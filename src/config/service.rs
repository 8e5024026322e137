//! The service's own sections: database, retention, log, sender authentication, metrics.

use std::net::SocketAddr;

use serde::Deserialize;

use super::Problem;

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

fn default_lock_poll() -> u64 {
    1
}

fn default_database_url() -> String {
    "sqlite://guichet.db?mode=rwc".into()
}

fn default_pool_size() -> u32 {
    5
}

fn default_log_level() -> String {
    "info".into()
}

/// `[auth]` in the configuration.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    /// Quarantine mails that would open or change a ticket unless authenticated.
    #[serde(default)]
    pub require: bool,
    /// The authserv-id of the desk's own mail exchanger, e.g. `mx.region.example`.
    #[serde(default)]
    pub authserv_id: Option<String>,
}

impl AuthConfig {
    /// The configured authserv-id, trimmed; `None` when unset or blank.
    pub fn authserv_id(&self) -> Option<&str> {
        self.authserv_id.as_deref().map(str::trim).filter(|id| !id.is_empty())
    }

    /// Configuration problems, each with its key.
    pub fn problems(&self) -> Vec<Problem> {
        let id = self.authserv_id.as_deref().unwrap_or("").trim();
        let mut problems = Vec::new();
        if self.require && id.is_empty() {
            problems.push(Problem {
                key: "auth.authserv_id".into(),
                message: "required when auth.require = true (the authserv-id your mail exchanger writes)".into(),
            });
        }
        if id.contains(|c: char| c.is_whitespace() || c == ';' || c == '(' || c == '"') {
            problems.push(Problem { key: "auth.authserv_id".into(), message: format!("not an authserv-id: {id:?}") });
        }
        problems
    }
}

/// `[metrics]` in the configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// Serve `/metrics` and `/healthz`.
    #[serde(default = "default_enabled")]
    pub enabled: bool,
    /// Address and port to listen on; keep it on loopback unless a firewall guards it.
    #[serde(default = "default_listen")]
    pub listen: String,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig { enabled: true, listen: default_listen() }
    }
}

fn default_enabled() -> bool {
    true
}

fn default_listen() -> String {
    "127.0.0.1:9187".into()
}

impl MetricsConfig {
    pub fn problems(&self) -> Vec<Problem> {
        match (self.enabled, self.listen.parse::<SocketAddr>()) {
            (true, Err(_)) => vec![Problem {
                key: "metrics.listen".into(),
                message: format!("not an address:port such as 127.0.0.1:9187: {:?}", self.listen),
            }],
            _ => Vec::new(),
        }
    }
}
