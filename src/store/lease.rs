//! Leases: which daemon watches the mailbox, and which daemon owns an outbox entry.
//!
//! **The mailbox** (PostgreSQL): any number of daemons may share one database and one mailbox;
//! exactly one of them watches the mailbox at a time. It holds a session advisory lock
//! (`pg_try_advisory_lock`) on a connection of its own, outside the pool, for as long as its
//! watcher runs. The server frees the lock when that session ends: the daemon exited or was
//! killed, or its connection broke (the lock connection asks the server for short TCP
//! keepalives, so even a vanished machine lets go within seconds). The other daemons, each
//! with its lock session open, try to take the lock every `database.lock_poll_secs`; the
//! first to succeed takes over. The
//! holder checks on the same rhythm that its session still holds the lock, and stops
//! watching the moment it cannot tell: a lock it cannot prove is a lock it has lost.
//! Intake stays correct even if two watchers ever overlapped (a mail's Message-ID is unique,
//! ticket numbers come from one locked counter row); the lock keeps them from racing.
//!
//! On SQLite there is one daemon per database file and no lock: a second daemon on the
//! same file is not supported.
//!
//! **The outbox**: a claim sets `locked_until`, and that value is the claim's token. An entry is
//! marked `sending` only while the token is still the claimer's ([`Store::take_for_sending`]),
//! so a claim that expired and was taken over by another daemon is never sent twice; the
//! `sending` mark carries a lease of its own (`outbox.lease_secs`), covering the SMTP attempt
//! that follows (bounded by `smtp.timeout_secs`, which the lease must exceed). With the journal
//! on, a round's entries are taken together ([`Store::take_round_for_sending`]) under one
//! lease, and an attempt that could not end within it is not started.

use std::time::Duration;

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, ConnectOptions, Connection, Row};

use super::{Backend, Result, Store};

/// Why the mailbox lock could not be taken or checked.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database: {0} timed out")]
    Timeout(&'static str),
    #[error("the mailbox lock is for PostgreSQL; SQLite has a single daemon")]
    Sqlite,
    #[error("the server no longer shows the mailbox lock held by this daemon")]
    NotHeld,
}

/// A database session of its own for the mailbox lock: it tries to take the lock, and once
/// taken holds it until released or until the session ends.
#[derive(Debug)]
pub struct MailboxLock {
    conn: AnyConnection,
    key: i64,
    /// Shown to the other daemons (`application_name`): host and process id.
    pub name: String,
}

/// Outbox ids (our own integers) inlined in an `IN (…)` list.
pub(super) fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// The advisory lock key of a mailbox: stable, and distinct per mailbox name.
pub fn lock_key(mailbox: &str) -> i64 {
    let digest = Sha256::digest(format!("guichet mailbox watcher\0{mailbox}").as_bytes());
    i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// The halves of a bigint advisory key as `pg_locks` shows them (`classid`, `objid`).
fn key_halves(key: i64) -> (i64, i64) {
    let key = key as u64;
    ((key >> 32) as i64, (key & 0xffff_ffff) as i64)
}

/// `host pid N`, for `application_name` and the logs.
pub fn process_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown-host".into());
    format!("guichet {host} pid {}", std::process::id())
}

async fn within<T, E>(
    timeout: Duration,
    what: &'static str,
    fut: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, LockError>
where
    LockError: From<E>,
{
    match tokio::time::timeout(timeout, fut).await {
        Ok(result) => Ok(result?),
        Err(_) => Err(LockError::Timeout(what)),
    }
}

impl Store {
    /// Opens the session of the lock of `mailbox` (each step bounded by `timeout`); the lock
    /// is not taken yet.
    pub async fn mailbox_lock(&self, mailbox: &str, timeout: Duration) -> Result<MailboxLock, LockError> {
        if self.backend != Backend::Postgres {
            return Err(LockError::Sqlite);
        }
        let options = self.pool.connect_options();
        let mut conn = within(timeout, "connecting for the mailbox lock", options.connect()).await?;
        let name = process_name();
        // Best effort: a name for the other daemons' logs, and keepalives short enough that
        // the server notices a vanished holder in seconds (ignored on Unix sockets).
        for (setting, value) in [
            ("application_name", name.as_str()),
            ("tcp_keepalives_idle", "5"),
            ("tcp_keepalives_interval", "2"),
            ("tcp_keepalives_count", "3"),
            ("tcp_user_timeout", "10000"),
        ] {
            let set = sqlx::query("SELECT set_config($1, $2, false)").bind(setting).bind(value).execute(&mut conn);
            if let Err(error) = within(timeout, "configuring the lock connection", set).await {
                tracing::debug!(setting, %error, "lock connection setting refused");
            }
        }
        Ok(MailboxLock { conn, key: lock_key(mailbox), name })
    }
}

impl MailboxLock {
    /// Tries once to take the lock: true when this session holds it now.
    pub async fn try_take(&mut self, timeout: Duration) -> Result<bool, LockError> {
        let query = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(self.key).fetch_one(&mut self.conn);
        within(timeout, "pg_try_advisory_lock", query).await
    }

    /// The `application_name` of the session holding the lock, when the server says.
    pub async fn holder(&mut self, timeout: Duration) -> Option<String> {
        let (classid, objid) = key_halves(self.key);
        let query = sqlx::query_scalar(
            "SELECT a.application_name::text FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.classid::int8 = $1 AND l.objid::int8 = $2
               AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
             LIMIT 1",
        )
        .bind(classid)
        .bind(objid)
        .fetch_optional(&mut self.conn);
        let holder: Option<Option<String>> = within(timeout, "looking up the lock holder", query).await.ok()?;
        holder.flatten().filter(|h| !h.is_empty())
    }

    /// Whether this session still holds the lock, asked of the server within `timeout`.
    pub async fn check(&mut self, timeout: Duration) -> Result<bool, LockError> {
        let (classid, objid) = key_halves(self.key);
        let held: i64 = within(
            timeout,
            "checking the mailbox lock",
            sqlx::query(
                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()
                   AND classid::int8 = $1 AND objid::int8 = $2 AND objsubid = 1",
            )
            .bind(classid)
            .bind(objid)
            .fetch_one(&mut self.conn),
        )
        .await
        .and_then(|row| Ok(row.try_get::<i64, _>(0)?))?;
        Ok(held > 0)
    }

    /// Unlocks and closes the session (closing alone would free the lock too).
    pub async fn release(mut self, timeout: Duration) {
        let unlock = sqlx::query("SELECT pg_advisory_unlock($1)").bind(self.key).execute(&mut self.conn);
        let _ = tokio::time::timeout(timeout, unlock).await;
        let _ = tokio::time::timeout(timeout, self.conn.close()).await;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lock_keys_are_stable_and_split_like_pg_locks() {
        assert_eq!(super::lock_key("INBOX"), super::lock_key("INBOX"));
        assert_ne!(super::lock_key("INBOX"), super::lock_key("Support"));
        assert_eq!(super::key_halves(-1), (0xffff_ffff, 0xffff_ffff));
        assert_eq!(super::key_halves(0x1_0000_0002), (1, 2));
    }
}
