//! `guichet run`: start-up, the long-running tasks, and graceful shutdown.

use std::sync::Arc;

use anyhow::Context as _;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::intake::Intake;
use crate::mailbox::connect::tls_connector;
use crate::mailbox::watch::Watcher;
use crate::outbox::deliver::Deliverer;
use crate::outbox::render::Templates;
use crate::store::{Backend, Store};

/// Runs the watcher and the delivery task until SIGTERM or SIGINT (or `shutdown`).
pub async fn run(config: Config, shutdown: CancellationToken) -> anyhow::Result<()> {
    let problems = config.validate();
    if !problems.is_empty() {
        let list = problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n");
        anyhow::bail!("configuration has {} problem(s):\n{list}", problems.len());
    }
    let store =
        Store::open(&config.database.url, config.database.max_connections).await.context("opening the database")?;
    let templates = Templates::load(&config.desk.templates).context("loading templates")?;
    let intake = Arc::new(Intake::new(store.clone(), templates, &config).await.context("starting intake")?);
    let deliverer = Deliverer::new(store.clone(), &config).context("setting up SMTP")?;
    let connector = tls_connector(&config.imap).context("setting up TLS for IMAP")?;
    let wake = Arc::new(Notify::new());

    spawn_signal_handler(shutdown.clone());
    tracing::info!(
        database = store_kind(&store),
        mailbox = %config.imap.mailbox,
        desk = %config.desk.address,
        "guichet started"
    );
    let watcher =
        Watcher { config: config.imap.clone(), connector, intake, outbox: wake.clone(), shutdown: shutdown.clone() };
    let recover_all = store.backend() == Backend::Sqlite;
    let delivery = tokio::spawn(deliverer.run(wake, shutdown.clone(), recover_all));
    watcher.run().await;
    delivery.await.context("delivery task")?;
    store.close().await;
    tracing::info!("guichet stopped");
    Ok(())
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

/// Installs the log subscriber: human or JSON lines on stderr, `RUST_LOG` overriding the level.
pub fn init_logging(config: &crate::config::Log) {
    let filter = std::env::var("RUST_LOG").ok().unwrap_or_else(|| config.level.clone());
    let filter = tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|_| "info".into());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr);
    let _ = match config.format {
        crate::config::LogFormat::Json => builder.json().flatten_event(true).try_init(),
        crate::config::LogFormat::Human => builder.try_init(),
    };
}
