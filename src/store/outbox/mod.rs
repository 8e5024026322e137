//! The durable outbox: rendered mails waiting for delivery, with their delivery state.
//!
//! `pending` (claimed by a daemon with a lease) → `sending` (handed to the MTA) → `sent` | `pending` again (temporary failure,
//! later attempt) | `failed` (permanent, or too many attempts). A `sending` entry whose daemon
//! died is ambiguous: the MTA may have taken it. It becomes `unconfirmed` and waits for its
//! journal copy (see `outbox::journal`) before being sent again, so it is never sent twice
//! when the journal is on.

use sqlx::Row;

mod transitions;

pub use transitions::{confirm_journal_copies, mark_bounced, take_failure_to_report};

use super::{Result, Store};
use crate::vocab::MailPurpose;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    Pending,
    Sending,
    Unconfirmed,
    Sent,
    Failed,
}

impl OutboxStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxStatus::Pending => "pending",
            OutboxStatus::Sending => "sending",
            OutboxStatus::Unconfirmed => "unconfirmed",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Pending, Self::Sending, Self::Unconfirmed, Self::Sent, Self::Failed]
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

/// A mail to send, rendered once at enqueue time.
#[derive(Debug, Clone)]
pub struct NewOutgoing {
    pub purpose: MailPurpose,
    pub ticket_id: Option<i64>,
    pub mail_id: Option<i64>,
    pub recipient: String,
    pub message_id: String,
    pub raw: Vec<u8>,
}

/// An entry as listed or claimed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub purpose: MailPurpose,
    pub recipient: String,
    pub message_id: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    #[serde(skip)]
    pub raw: Vec<u8>,
}

/// Queues a mail in the caller's transaction. The same Message-ID is queued once.
pub async fn enqueue(conn: &mut sqlx::AnyConnection, mail: &NewOutgoing, at: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO outbox (created_at, purpose, ticket_id, mail_id, recipient, message_id, raw,
                             status, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $1) ON CONFLICT (message_id) DO NOTHING",
    )
    .bind(at)
    .bind(mail.purpose.as_str())
    .bind(mail.ticket_id)
    .bind(mail.mail_id)
    .bind(&mail.recipient)
    .bind(&mail.message_id)
    .bind(&mail.raw)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) const ENTRY_COLUMNS: &str =
    "id, purpose, recipient, message_id, status, attempts, next_attempt_at, last_error, raw";

/// A stored name read back as its enum; a value no release wrote is reported, not guessed.
pub(super) fn stored<T>(
    r: &sqlx::any::AnyRow,
    i: usize,
    column: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<T> {
    let value: String = r.try_get(i)?;
    parse(&value).ok_or(super::StoreError::BadValue { column, value })
}

pub(super) fn entry_from_row(r: &sqlx::any::AnyRow) -> Result<OutboxEntry> {
    Ok(OutboxEntry {
        id: r.try_get(0)?,
        purpose: stored(r, 1, "outbox.purpose", MailPurpose::parse)?,
        recipient: r.try_get(2)?,
        message_id: r.try_get(3)?,
        status: stored(r, 4, "outbox.status", OutboxStatus::parse)?,
        attempts: r.try_get(5)?,
        next_attempt_at: r.try_get(6)?,
        last_error: r.try_get(7)?,
        raw: r.try_get(8)?,
    })
}

impl Store {
    /// Entries for the CLI, newest first, optionally of one status.
    pub async fn list_outbox(&self, status: Option<OutboxStatus>, limit: i64) -> Result<Vec<OutboxEntry>> {
        let mut sql = format!("SELECT {ENTRY_COLUMNS} FROM outbox");
        if status.is_some() {
            sql.push_str(" WHERE status = $2");
        }
        sql.push_str(" ORDER BY id DESC LIMIT $1");
        let mut query = sqlx::query(&sql).bind(limit);
        if let Some(status) = status {
            query = query.bind(status.as_str());
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// Entries per status, for `guichet outbox` and the tests.
    pub async fn outbox_counts(&self) -> Result<Vec<(String, i64)>> {
        Ok(self.outbox_figures().await?.by_status.into_iter().collect())
    }

    /// The outbox's figures, at a cost that does not grow with history: mails waiting are
    /// counted on the partial index of unsent rows; `sent` and `failed` are running totals
    /// kept by a trigger (every mail that ever ended so, purged ones included).
    pub async fn outbox_figures(&self) -> Result<OutboxFigures> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*), MIN(created_at) FROM outbox
             WHERE status IN ('pending', 'sending', 'unconfirmed') GROUP BY status",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut figures = OutboxFigures::default();
        for status in [OutboxStatus::Pending, OutboxStatus::Sending, OutboxStatus::Unconfirmed] {
            figures.by_status.insert(status.as_str().to_string(), 0);
        }
        for r in &rows {
            let oldest: Option<i64> = r.try_get(2)?;
            figures.oldest_unfinished = match (figures.oldest_unfinished, oldest) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            figures.by_status.insert(r.try_get(0)?, r.try_get(1)?);
        }
        let totals = sqlx::query("SELECT name, value FROM counters WHERE name IN ('outbox_sent', 'outbox_failed')")
            .fetch_all(&self.pool)
            .await?;
        for r in &totals {
            let name: String = r.try_get(0)?;
            figures.by_status.insert(name.trim_start_matches("outbox_").to_string(), r.try_get(1)?);
        }
        Ok(figures)
    }
}

/// Outbox figures for `/metrics`, `guichet outbox` and the logs.
#[derive(Debug, Default, Clone)]
pub struct OutboxFigures {
    /// Entries per status (`sent` and `failed`: totals ever).
    pub by_status: std::collections::BTreeMap<String, i64>,
    /// Creation time (Unix ms) of the oldest entry not yet sent nor failed.
    pub oldest_unfinished: Option<i64>,
}

/// Counts the automatic answers of `kind` to `address` since `since` and, under `limit`,
/// records one more; in one statement (intake runs it for every answer).
pub async fn take_auto_answer(
    conn: &mut sqlx::AnyConnection,
    address: &str,
    kind: &str,
    since: i64,
    now: i64,
    limit: u32,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO auto_answers (address, kind, at)
         SELECT $1, $2, $3
         WHERE (SELECT COUNT(*) FROM auto_answers WHERE address = $1 AND kind = $2 AND at >= $4) < $5",
    )
    .bind(address)
    .bind(kind)
    .bind(now)
    .bind(since)
    .bind(limit as i64)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether a Message-ID is one of our outgoing mails: `Some(true)` when not yet recorded
/// `sent`, `Some(false)` when it is, `None` when it is not ours.
pub async fn outgoing_status(conn: &mut sqlx::AnyConnection, message_id: &str) -> Result<Option<bool>> {
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM outbox WHERE message_id = $1")
        .bind(message_id)
        .fetch_optional(conn)
        .await?;
    Ok(status.map(|s| s != "sent"))
}

/// A failed mail whose ticket has not been told yet.
#[derive(Debug, Clone)]
pub struct FailedMail {
    pub id: i64,
    pub ticket_id: Option<i64>,
    pub purpose: MailPurpose,
    pub recipient: String,
    pub error: String,
}
