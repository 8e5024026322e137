//! The database: one schema on SQLite (embedded default) or PostgreSQL (shared by daemons).
//!
//! Queries are written once against sqlx's `Any` driver with `$n` placeholders, which both
//! backends accept; the few places where the engines differ ask `Store::backend`.

pub mod corrections;
pub mod lease;
pub mod links;
pub mod mails;
pub mod outbox;
#[cfg(test)]
mod plans;
pub mod retention;
pub mod schools;
pub mod tickets;
pub mod timers;

pub use mails::{Checkpoint, MailRecord, NewMail};
pub use outbox::{NewOutgoing, OutboxEntry, OutboxStatus};
pub use tickets::{Event, NewTicket, Ticket, TicketState};
pub use timers::Timer;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("migrating the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL {0:?}: use sqlite: or postgres:")]
    Scheme(String),
    #[error("not found: {0}")]
    NotFound(String),
    /// A stored value outside its fixed set: reported, never guessed.
    #[error("bad stored value in {column}: {value:?}")]
    BadValue { column: &'static str, value: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A transaction on either backend.
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Ends a subquery selecting rows to update so that they are locked in id order
    /// (PostgreSQL); SQLite locks the whole database instead.
    pub fn lock_in_id_order(self) -> &'static str {
        match self {
            Backend::Postgres => "ORDER BY id FOR UPDATE",
            Backend::Sqlite => "",
        }
    }
}

/// A connection pool and the backend it talks to.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Store {
    /// Connects (creating a SQLite file when the URL says `mode=rwc`) without migrating.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::Scheme(url.to_string()));
        };
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; FULL sync because a mail
                        // is moved out of the inbox as soon as its commit returns.
                        // Freed pages go back to the file system after a purge
                        // (store::retention); takes effect on a new, empty database only.
                        conn.execute("PRAGMA auto_vacuum = INCREMENTAL").await?;
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 30000").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Store { pool, backend })
    }

    /// Connects and applies the migrations of the backend.
    pub async fn open(url: &str, max_connections: u32) -> Result<Self> {
        let store = Self::connect(url, max_connections).await?;
        store.migrate().await?;
        Ok(store)
    }

    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers at all (for `/healthz`).
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Whether the database takes writes from us, changing nothing and needing no table:
    /// SQLite writes its header's `user_version` back unchanged in a transaction rolled back;
    /// PostgreSQL must not be a read-only server (a standby).
    pub async fn check_writable(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => {
                let mut tx = self.begin().await?;
                let version: i64 = sqlx::query_scalar("PRAGMA user_version").fetch_one(&mut *tx).await?;
                sqlx::query(&format!("PRAGMA user_version = {version}")).execute(&mut *tx).await?;
                tx.rollback().await?;
            }
            Backend::Postgres => {
                let read_only: String =
                    sqlx::query_scalar("SELECT current_setting('transaction_read_only')").fetch_one(&self.pool).await?;
                if read_only == "on" {
                    return Err(StoreError::NotFound("a server taking writes (this one is read-only)".into()));
                }
            }
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once, so two writers
    /// queue on the busy timeout instead of failing on a read-to-write upgrade.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Milliseconds since the Unix epoch, the time unit of every column.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
