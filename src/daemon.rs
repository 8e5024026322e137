//! `guichet run`: start-up, the long-running tasks, and graceful shutdown.
//!
//! Every daemon sends the outbox (entries are claimed with `FOR UPDATE SKIP LOCKED` on
//! PostgreSQL). The mailbox is watched by one daemon at a time: on SQLite there is only one;
//! on PostgreSQL the one holding the mailbox lock (`store::lease`), the others standing by
//! and taking over within `database.lock_poll_secs` of its end.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::intake::Intake;
use crate::mailbox::connect::tls_connector;
use crate::mailbox::watch::Watcher;
use crate::outbox::deliver::Deliverer;
use crate::store::lease::{LockError, MailboxLock};
use crate::store::{Backend, Store};

/// Bound of each exchange about the mailbox lock (connect, take, check, release).
const LOCK_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest wait between two tries at the lock while the database is out of reach.
const LOCK_MAX_RETRY: Duration = Duration::from_secs(5);

/// One daemon per SQLite database: an exclusive lock on `FILE.lock` beside it (a lock file
/// of its own, never the database: closing another descriptor of the database would drop
/// SQLite's own locks). The system frees it when the process ends, however it ends.
fn lock_sqlite_file(url: &str) -> anyhow::Result<Option<std::fs::File>> {
    let Some(rest) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) else {
        return Ok(None);
    };
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path.starts_with(":memory:") {
        return Ok(None);
    }
    let lock_path = format!("{path}.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("opening the lock file {lock_path}"))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
            "another guichet daemon already runs on the database {path} (it holds {lock_path}): \
             with SQLite, one daemon per database file; use PostgreSQL for several"
        ),
        Err(std::fs::TryLockError::Error(e)) => Err(e).with_context(|| format!("locking {lock_path}")),
    }
}

/// Applies `[retention]` every `interval_minutes`, first a minute after start, in small
/// batches with pauses (the purge never holds the writer lock for long). With several
/// daemons each does it: the deletes are idempotent.
async fn retention_loop(store: Store, policy: crate::config::Retention, shutdown: CancellationToken) {
    if !policy.enabled {
        return;
    }
    let mut wait = Duration::from_secs(60);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.cancelled() => return,
        }
        wait = Duration::from_secs(policy.interval_minutes.max(1) * 60);
        let purge = store.purge(&policy, crate::store::now_ms(), false, Duration::from_millis(50));
        let outcome = tokio::select! {
            outcome = purge => outcome,
            _ = shutdown.cancelled() => return,
        };
        match outcome {
            Ok(reports) => {
                for r in reports.iter().filter(|r| r.rows > 0) {
                    tracing::info!(step = ?r.step, rows = r.rows, days = r.days, "retention: removed");
                }
            }
            Err(error) => tracing::warn!(%error, "retention: purge failed, next try at the next interval"),
        }
    }
}

/// The daemon's timer task: fires due timers every few seconds until shutdown, waking the
/// delivery task when mails were queued.
async fn timer_loop(intake: Arc<Intake>, wake: Arc<Notify>, shutdown: CancellationToken) {
    loop {
        let now = crate::store::now_ms();
        match crate::workflow::run_due_timers(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "timers not run; retrying"),
        }
        match crate::workflow::report_silent_peers(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "silent peers not reported; retrying"),
        }
        match crate::workflow::release_expired_holds(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "held peer updates not released; retrying"),
        }
        match crate::workflow::report_failures(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "delivery failures not reported; retrying"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
        }
    }
}

/// Runs the watcher and the delivery task until SIGTERM or SIGINT (or `shutdown`).
pub async fn run(config: Config, shutdown: CancellationToken) -> anyhow::Result<()> {
    let problems = config.validate();
    if !problems.is_empty() {
        let list = problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n");
        anyhow::bail!("configuration has {} problem(s):\n{list}", problems.len());
    }
    // Held until the daemon ends: one daemon per SQLite file.
    let _sqlite_lock = lock_sqlite_file(&config.database.url)?;
    let store =
        Store::open(&config.database.url, config.database.max_connections).await.context("opening the database")?;
    if store.load_directory().await.context("reading the directory")?.is_empty() {
        tracing::warn!(
            "the directory is empty: every school's mail will be refused; import it with \
             `guichet directory import FILE.csv`"
        );
    }
    let workflow = crate::intake::load_workflow(&config).context("loading templates, rules and peers")?;
    let mut intake = Intake::new(store.clone(), workflow, &config).await.context("starting intake")?;
    intake.use_kind_model(crate::understand::load_kind_model(&config)?);
    let intake = Arc::new(intake);
    let deliverer = Deliverer::new(store.clone(), &config).context("setting up SMTP")?;
    let connector = tls_connector(&config.imap).context("setting up TLS for IMAP")?;
    let wake = Arc::new(Notify::new());

    spawn_signal_handler(shutdown.clone());
    crate::metrics::watch_peers(config.peers.iter().map(|p| (p.name.clone(), p.answer_within_secs)).collect());
    crate::metrics::spawn(&config.metrics, store.clone(), shutdown.clone()).await;
    tracing::info!(
        database = store_kind(&store),
        mailbox = %config.imap.mailbox,
        desk = %config.desk.address,
        "guichet started"
    );
    let timers = tokio::spawn(timer_loop(intake.clone(), wake.clone(), shutdown.clone()));
    let watcher = Watcher::new(config.imap.clone(), connector, intake, wake.clone(), shutdown.clone());
    let recover_all = store.backend() == Backend::Sqlite;
    let delivery = tokio::spawn(deliverer.run(wake, shutdown.clone(), recover_all));
    let retention = tokio::spawn(retention_loop(store.clone(), config.retention.clone(), shutdown.clone()));
    match store.backend() {
        // One daemon per SQLite file: no lock to take.
        Backend::Sqlite => watcher.run().await,
        Backend::Postgres => {
            let poll = Duration::from_secs(config.database.lock_poll_secs);
            watch_while_holding_lock(&store, &watcher, poll, &shutdown).await;
        }
    }
    delivery.await.context("delivery task")?;
    timers.await.context("timer task")?;
    retention.await.context("retention task")?;
    store.close().await;
    tracing::info!("guichet stopped");
    Ok(())
}

/// Takes the mailbox lock (trying every `poll` while another daemon holds it), watches while
/// holding it, and starts over when it is lost, until shutdown. The lock's own session stays
/// open between tries.
async fn watch_while_holding_lock(store: &Store, watcher: &Watcher, poll: Duration, shutdown: &CancellationToken) {
    let mailbox = watcher.config.mailbox.as_str();
    let mut session: Option<MailboxLock> = None;
    let mut retry = poll;
    let mut standing_by = false;
    while !shutdown.is_cancelled() {
        let attempt = tokio::select! {
            attempt = try_take(store, mailbox, &mut session) => attempt,
            _ = shutdown.cancelled() => break,
        };
        let wait = match attempt {
            Ok(true) => {
                let lock = session.take().expect("the session that took the lock");
                retry = poll;
                standing_by = false;
                tracing::info!(mailbox, holder = %lock.name, "mailbox lock taken: watching");
                match hold(lock, watcher, poll).await {
                    Ok(()) => break,
                    Err(error) => {
                        tracing::warn!(mailbox, %error, "mailbox lock lost: watcher stopped");
                        poll
                    }
                }
            }
            Ok(false) => {
                retry = poll;
                if !standing_by {
                    standing_by = true;
                    let holder = match session.as_mut() {
                        Some(session) => session.holder(LOCK_TIMEOUT).await,
                        None => None,
                    };
                    let holder = holder.as_deref().unwrap_or("unknown");
                    tracing::info!(mailbox, holder, "mailbox watched by another daemon: standing by");
                }
                poll
            }
            Err(error) => {
                session = None;
                let wait = retry;
                retry = (retry * 2).min(LOCK_MAX_RETRY);
                standing_by = false;
                tracing::warn!(mailbox, %error, retry_in_s = wait.as_secs(), "mailbox lock out of reach");
                wait
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.cancelled() => break,
        }
    }
}

/// One try at the lock, opening its session first when there is none.
async fn try_take(store: &Store, mailbox: &str, session: &mut Option<MailboxLock>) -> Result<bool, LockError> {
    if session.is_none() {
        *session = Some(store.mailbox_lock(mailbox, LOCK_TIMEOUT).await?);
    }
    session.as_mut().expect("a lock session").try_take(LOCK_TIMEOUT).await
}

/// Watches while a monitor checks every `poll` that the lock is still held; the watcher is
/// dropped the moment it is not. Ok: shutdown, and the lock was released.
async fn hold(lock: MailboxLock, watcher: &Watcher, poll: Duration) -> Result<(), LockError> {
    let _held = crate::metrics::Up::lease_held();
    let lost = CancellationToken::new();
    let done = CancellationToken::new();
    let monitor = tokio::spawn(monitor_lock(lock, poll, lost.clone(), done.clone()));
    tokio::select! {
        biased;
        _ = lost.cancelled() => {}
        _ = watcher.run() => {}
    }
    done.cancel();
    let lock = monitor.await.map_err(|_| LockError::NotHeld)??;
    lock.release(LOCK_TIMEOUT).await;
    tracing::info!(mailbox = %watcher.config.mailbox, "mailbox lock released");
    Ok(())
}

async fn monitor_lock(
    mut lock: MailboxLock,
    poll: Duration,
    lost: CancellationToken,
    done: CancellationToken,
) -> Result<MailboxLock, LockError> {
    loop {
        tokio::select! {
            _ = done.cancelled() => return Ok(lock),
            _ = tokio::time::sleep(poll) => {}
        }
        let error = match lock.check(LOCK_TIMEOUT).await {
            Ok(true) => continue,
            Ok(false) => LockError::NotHeld,
            Err(error) => error,
        };
        lost.cancel();
        return Err(error);
    }
}

fn store_kind(store: &Store) -> &'static str {
    match store.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

fn spawn_signal_handler(shutdown: CancellationToken) {
    tokio::spawn(async move {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                return;
            }
        };
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM: finishing the mail in hand"),
            _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT: finishing the mail in hand"),
            _ = shutdown.cancelled() => return,
        }
        shutdown.cancel();
    });
}

/// Log lines stamped in the desk's time (Europe/Paris), as the command line shows dates, in
/// RFC 3339 with the offset, so they stay unambiguous across the clock changes.
struct ParisTime;

impl tracing_subscriber::fmt::time::FormatTime for ParisTime {
    fn format_time(&self, w: &mut tracing_subscriber::fmt::format::Writer<'_>) -> std::fmt::Result {
        let now = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Paris);
        write!(w, "{}", now.format("%Y-%m-%dT%H:%M:%S%.6f%:z"))
    }
}

/// Installs the log subscriber: human or JSON lines on stderr, `RUST_LOG` overriding the level.
pub fn init_logging(config: &crate::config::Log) {
    let mut filter = std::env::var("RUST_LOG").ok().unwrap_or_else(|| config.level.clone());
    if !["sqlx", "debug", "trace"].iter().any(|word| filter.contains(word)) {
        // At the usual levels sqlx's own notices (migrations already applied, pool pings)
        // are not decisions of ours; its warnings (slow or failing connections) stay.
        filter.push_str(",sqlx=warn");
    }
    let filter = tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|_| "info".into());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(std::io::stderr)
        .with_timer(ParisTime);
    let _ = match config.format {
        crate::config::LogFormat::Json => builder.json().flatten_event(true).try_init(),
        crate::config::LogFormat::Human => builder.try_init(),
    };
}
