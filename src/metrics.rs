//! Operations: `/metrics` (Prometheus text format) and `/healthz` over HTTP.
//!
//! Counters and gauges live in process-wide atomics, moved by one-line calls where things
//! happen (the watcher after each mail, the delivery task after each send, the mailbox lock);
//! the outbox figures are read from the database at each scrape, so that every daemon sharing
//! a PostgreSQL database reports the same outbox. The server is started by `guichet run` on
//! `[metrics] listen` (loopback by default); it is left out when `enabled = false`. A port
//! already taken (e.g. a second daemon on the same host) is logged, and the daemon runs on
//! without it: the gateway's work matters more than its figures.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Method, Request, Response, StatusCode};
use tokio_util::sync::CancellationToken;

use crate::config::MetricsConfig;
use crate::store::outbox::OutboxFigures;
use crate::store::{Backend, Store};
use crate::understand::Kind;

/// Every kind, so each series exists (at 0) from the start.
const KINDS: [Kind; 14] = [
    Kind::NewIncident,
    Kind::NewRequest,
    Kind::FollowUp,
    Kind::Reminder,
    Kind::ClosureConfirmation,
    Kind::ListRequest,
    Kind::AutoReply,
    Kind::Bounce,
    Kind::Bulk,
    Kind::Unauthorised,
    Kind::Spam,
    Kind::Malformed,
    Kind::ContractorUpdate,
    Kind::PlatformUpdate,
];

/// The process's figures.
struct Registry {
    received: Mutex<BTreeMap<&'static str, u64>>,
    sent: Mutex<BTreeMap<String, u64>>,
    tickets_opened: AtomicU64,
    quarantined: AtomicU64,
    duplicates: AtomicU64,
    journal_copies: AtomicU64,
    loop_suppressions: AtomicU64,
    mailbox_connected: AtomicBool,
    /// The mailbox was connected at least once since this daemon started.
    mailbox_ever_connected: AtomicBool,
    lease_held: AtomicBool,
}

static REGISTRY: Registry = Registry {
    received: Mutex::new(BTreeMap::new()),
    sent: Mutex::new(BTreeMap::new()),
    tickets_opened: AtomicU64::new(0),
    quarantined: AtomicU64::new(0),
    duplicates: AtomicU64::new(0),
    journal_copies: AtomicU64::new(0),
    loop_suppressions: AtomicU64::new(0),
    mailbox_connected: AtomicBool::new(false),
    mailbox_ever_connected: AtomicBool::new(false),
    lease_held: AtomicBool::new(false),
};

fn bump<K: Ord>(map: &Mutex<BTreeMap<K, u64>>, key: K) {
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    *map.entry(key).or_insert(0) += 1;
}

/// What intake did with one mail, as the counters see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handled {
    /// A journal copy of one of our own mails: counted apart from received mail.
    pub journal_copy: bool,
    pub kind: Kind,
    /// Already recorded before: nothing was done again.
    pub duplicate: bool,
    pub quarantined: bool,
    pub opened: bool,
    pub answers: usize,
}

/// After intake handled a mail (called by the watcher, once per mail, after the commit).
pub fn mail_handled(outcome: Handled) {
    let r = &REGISTRY;
    if outcome.journal_copy {
        r.journal_copies.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let kind = outcome.kind;
    bump(&r.received, kind.as_str());
    if outcome.duplicate {
        r.duplicates.fetch_add(1, Ordering::Relaxed);
        return;
    }
    if outcome.quarantined {
        r.quarantined.fetch_add(1, Ordering::Relaxed);
    } else if outcome.opened {
        r.tickets_opened.fetch_add(1, Ordering::Relaxed);
    }
    // RFC 3834: automatic mail is never answered, lest two robots answer each other forever.
    if matches!(kind, Kind::AutoReply | Kind::Bounce) && outcome.answers == 0 {
        r.loop_suppressions.fetch_add(1, Ordering::Relaxed);
    }
}

/// A mail carrying a guichet loop header was recorded without an answer.
pub fn loop_suppressed() {
    REGISTRY.loop_suppressions.fetch_add(1, Ordering::Relaxed);
}

/// The MTA accepted one of our mails (`purpose`: `ack`, `refusal`…).
pub fn mail_sent(purpose: crate::vocab::MailPurpose) {
    bump(&REGISTRY.sent, purpose.as_str().to_string());
}

/// The IMAP session is up (logged in) or down.
pub fn set_mailbox_connected(connected: bool) {
    REGISTRY.mailbox_connected.store(connected, Ordering::Relaxed);
    if connected {
        REGISTRY.mailbox_ever_connected.store(true, Ordering::Relaxed);
    }
}

/// This daemon holds the mailbox (the PostgreSQL mailbox lock; always, on SQLite).
pub fn set_lease_held(held: bool) {
    REGISTRY.lease_held.store(held, Ordering::Relaxed);
}

/// Sets a 0/1 gauge while alive: 1 from creation, 0 when dropped (however the holder ends,
/// cancellation included).
#[must_use = "the gauge falls back to 0 when the guard is dropped"]
pub struct Up(&'static AtomicBool);

impl Up {
    /// `guichet_mailbox_connected` while the IMAP session lives.
    pub fn mailbox_connected() -> Up {
        REGISTRY.mailbox_connected.store(true, Ordering::Relaxed);
        REGISTRY.mailbox_ever_connected.store(true, Ordering::Relaxed);
        Up(&REGISTRY.mailbox_connected)
    }

    /// `guichet_lease_held` while this daemon holds the mailbox lock.
    pub fn lease_held() -> Up {
        REGISTRY.lease_held.store(true, Ordering::Relaxed);
        Up(&REGISTRY.lease_held)
    }
}

impl Drop for Up {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Relaxed);
    }
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// The Prometheus text exposition of everything (`outbox` is `None` when the database did
/// not answer).
fn render(outbox: Option<&OutboxFigures>, now_ms: i64) -> String {
    let r = &REGISTRY;
    let mut out = String::with_capacity(4096);
    family(&mut out, "guichet_mails_received_total", "counter", "Incoming mails handled, by kind.");
    {
        let received = r.received.lock().unwrap_or_else(|e| e.into_inner());
        let mut kinds: Vec<&str> = KINDS.iter().map(|k| k.as_str()).collect();
        kinds.extend(received.keys().filter(|k| !kinds.contains(k)).copied().collect::<Vec<_>>());
        for kind in kinds {
            let n = received.get(kind).copied().unwrap_or(0);
            let _ = writeln!(out, "guichet_mails_received_total{{kind=\"{}\"}} {n}", label(kind));
        }
    }
    let counters = [
        ("guichet_tickets_opened_total", "Tickets opened.", &r.tickets_opened),
        ("guichet_mails_quarantined_total", "Incoming mails moved to quarantine.", &r.quarantined),
        ("guichet_mails_duplicate_total", "Incoming mails already recorded (handled once only).", &r.duplicates),
        ("guichet_journal_copies_total", "Journal copies of our own mails come back.", &r.journal_copies),
        (
            "guichet_loop_suppressions_total",
            "Mails not answered to avoid a mail loop (auto-replies, bounces, our loop header).",
            &r.loop_suppressions,
        ),
    ];
    for (name, help, value) in counters {
        family(&mut out, name, "counter", help);
        let _ = writeln!(out, "{name} {}", value.load(Ordering::Relaxed));
    }
    {
        let sent = r.sent.lock().unwrap_or_else(|e| e.into_inner());
        family(&mut out, "guichet_acknowledgements_sent_total", "counter", "Acknowledgements accepted by the MTA.");
        let _ = writeln!(out, "guichet_acknowledgements_sent_total {}", sent.get("ack").copied().unwrap_or(0));
        family(&mut out, "guichet_mails_sent_total", "counter", "Outgoing mails accepted by the MTA, by purpose.");
        if !sent.contains_key("ack") {
            let _ = writeln!(out, "guichet_mails_sent_total{{purpose=\"ack\"}} 0");
        }
        for (purpose, n) in sent.iter() {
            let _ = writeln!(out, "guichet_mails_sent_total{{purpose=\"{}\"}} {n}", label(purpose));
        }
    }
    let gauges = [
        ("guichet_mailbox_connected", "1 while the IMAP session is logged in.", &r.mailbox_connected),
        (
            "guichet_lease_held",
            "1 while this daemon holds the mailbox (PostgreSQL lock; SQLite: always).",
            &r.lease_held,
        ),
    ];
    for (name, help, value) in gauges {
        family(&mut out, name, "gauge", help);
        let _ = writeln!(out, "{name} {}", value.load(Ordering::Relaxed) as u8);
    }
    family(&mut out, "guichet_database_up", "gauge", "1 when the database answered this scrape.");
    let _ = writeln!(out, "guichet_database_up {}", outbox.is_some() as u8);
    if let Some(outbox) = outbox {
        let depth: i64 =
            outbox.by_status.iter().filter(|(s, _)| !matches!(s.as_str(), "sent" | "failed")).map(|(_, n)| n).sum();
        family(&mut out, "guichet_outbox_depth", "gauge", "Outgoing mails not yet sent nor failed.");
        let _ = writeln!(out, "guichet_outbox_depth {depth}");
        family(
            &mut out,
            "guichet_outbox_oldest_age_seconds",
            "gauge",
            "Age of the oldest outgoing mail not yet sent nor failed (0 when none).",
        );
        let age = outbox.oldest_unfinished.map_or(0.0, |t| (now_ms - t).max(0) as f64 / 1000.0);
        let _ = writeln!(out, "guichet_outbox_oldest_age_seconds {age}");
        family(&mut out, "guichet_outbox_entries", "gauge", "Outgoing mails, by delivery status.");
        for status in ["pending", "sending", "unconfirmed", "sent", "failed"] {
            if !outbox.by_status.contains_key(status) {
                let _ = writeln!(out, "guichet_outbox_entries{{status=\"{status}\"}} 0");
            }
        }
        for (status, n) in &outbox.by_status {
            let _ = writeln!(out, "guichet_outbox_entries{{status=\"{}\"}} {n}", label(status));
        }
    }
    out
}

/// The peers whose unanswered updates `/metrics` counts, with their `answer_within_secs`.
static PEERS: std::sync::OnceLock<Vec<(String, u64)>> = std::sync::OnceLock::new();

/// Called once at start by the daemon.
pub fn watch_peers(peers: Vec<(String, u64)>) {
    let _ = PEERS.set(peers);
}

/// `guichet_peer_unanswered_tickets`: per peer, the tickets whose update has waited for its
/// answer longer than its `answer_within_secs`.
async fn peer_figures(store: &Store, now_ms: i64) -> String {
    let peers = PEERS.get().map(Vec::as_slice).unwrap_or_default();
    if peers.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    family(
        &mut out,
        "guichet_peer_unanswered_tickets",
        "gauge",
        "Tickets whose update a peer platform has not answered in time.",
    );
    for (peer, within) in peers {
        let count = store.unanswered_count(peer, now_ms - *within as i64 * 1000);
        match tokio::time::timeout(DB_TIMEOUT, count).await {
            Ok(Ok(n)) => {
                let _ = writeln!(out, "guichet_peer_unanswered_tickets{{peer=\"{}\"}} {n}", label(peer));
            }
            _ => tracing::warn!(peer, "metrics: unanswered figures unavailable"),
        }
    }
    out
}

/// What `/metrics` serves: the process's figures and the outbox's, read now.
pub async fn exposition(store: &Store) -> String {
    let figures = match tokio::time::timeout(DB_TIMEOUT, store.outbox_figures()).await {
        Ok(Ok(figures)) => Some(figures),
        Ok(Err(error)) => {
            tracing::warn!(%error, "metrics: outbox figures unavailable");
            None
        }
        Err(_) => {
            tracing::warn!("metrics: outbox figures unavailable: the database did not answer in time");
            None
        }
    };
    let now = crate::store::now_ms();
    render(figures.as_ref(), now) + &peer_figures(store, now).await
}

/// Starts the HTTP server when enabled; returns at once. Errors are logged, never fatal.
pub async fn spawn(config: &MetricsConfig, store: Store, shutdown: CancellationToken) {
    if store.backend() == Backend::Sqlite {
        set_lease_held(true);
    }
    if !config.enabled {
        return;
    }
    let address: SocketAddr = match config.listen.parse() {
        Ok(address) => address,
        Err(error) => {
            tracing::error!(listen = %config.listen, %error, "metrics: bad address; /metrics not served");
            return;
        }
    };
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(%address, %error, "metrics: cannot listen; /metrics and /healthz not served");
            return;
        }
    };
    tracing::info!(%address, "metrics: serving /metrics and /healthz");
    tokio::spawn(accept_loop(listener, store, shutdown));
}

async fn accept_loop(listener: tokio::net::TcpListener, store: Store, shutdown: CancellationToken) {
    loop {
        let (stream, _) = tokio::select! {
            _ = shutdown.cancelled() => return,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    tracing::warn!(%error, "metrics: accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let store = store.clone();
        let service = hyper::service::service_fn(move |request| answer(request, store.clone()));
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(Duration::from_secs(10))
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        tokio::spawn(async move {
            let _ = tokio::time::timeout(Duration::from_secs(30), connection).await;
        });
    }
}

/// How long a scrape waits for the database.
const DB_TIMEOUT: Duration = Duration::from_secs(5);

async fn answer(request: Request<hyper::body::Incoming>, store: Store) -> Result<Response<Full<Bytes>>, Infallible> {
    let reply = |status: StatusCode, content_type: &'static str, body: String| {
        let mut response = Response::new(Full::new(Bytes::from(body)));
        *response.status_mut() = status;
        response
            .headers_mut()
            .insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static(content_type));
        Ok(response)
    };
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return reply(StatusCode::METHOD_NOT_ALLOWED, "text/plain; charset=utf-8", "GET only\n".into());
    }
    match request.uri().path() {
        "/metrics" => reply(StatusCode::OK, "text/plain; version=0.0.4; charset=utf-8", exposition(&store).await),
        "/healthz" => {
            let ping = store.ping();
            let r = &REGISTRY;
            // The daemon that should watch the mailbox and never reached it since its start
            // (wrong host, password, certificate) is not healthy; a later disconnection is
            // the reconnecting watcher's business (`guichet_mailbox_connected`).
            let unreached = r.lease_held.load(Ordering::Relaxed) && !r.mailbox_ever_connected.load(Ordering::Relaxed);
            match tokio::time::timeout(DB_TIMEOUT, ping).await {
                Ok(Ok(_)) if unreached => reply(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "text/plain; charset=utf-8",
                    "mailbox: not reached since start\n".into(),
                ),
                Ok(Ok(_)) => reply(StatusCode::OK, "text/plain; charset=utf-8", "ok\n".into()),
                Ok(Err(error)) => {
                    reply(StatusCode::SERVICE_UNAVAILABLE, "text/plain; charset=utf-8", format!("database: {error}\n"))
                }
                Err(_) => {
                    reply(StatusCode::SERVICE_UNAVAILABLE, "text/plain; charset=utf-8", "database: timeout\n".into())
                }
            }
        }
        _ => reply(StatusCode::NOT_FOUND, "text/plain; charset=utf-8", "/metrics or /healthz\n".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_is_prometheus_text() {
        mail_sent(crate::vocab::MailPurpose::Ack);
        let figures = OutboxFigures {
            by_status: [("pending".to_string(), 2), ("sent".to_string(), 5)].into_iter().collect(),
            oldest_unfinished: Some(1_000),
        };
        let text = render(Some(&figures), 61_000);
        assert!(text.contains("guichet_mails_received_total{kind=\"new_incident\"} "), "{text}");
        assert!(text.contains("guichet_outbox_depth 2\n"), "{text}");
        assert!(text.contains("guichet_outbox_oldest_age_seconds 60\n"), "{text}");
        assert!(text.contains("guichet_outbox_entries{status=\"failed\"} 0\n"), "{text}");
        assert!(text.contains("guichet_acknowledgements_sent_total "), "{text}");
        // Every sample line is `name{labels} value`, each family announced by HELP and TYPE.
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (name, value) = line.rsplit_once(' ').unwrap();
            assert!(value.parse::<f64>().is_ok(), "{line}");
            let base = name.split('{').next().unwrap();
            assert!(text.contains(&format!("# TYPE {base} ")), "{line}");
        }
        assert!(!render(None, 0).contains("guichet_outbox_depth"));
    }

    #[test]
    fn configuration_is_checked() {
        assert!(MetricsConfig::default().problems().is_empty());
        let bad = MetricsConfig { enabled: true, listen: "localhost".into() };
        assert_eq!(bad.problems()[0].key, "metrics.listen");
        assert!(MetricsConfig { enabled: false, ..bad }.problems().is_empty());
    }
}
