//! Incoming mails as recorded, and the watcher's UID checkpoint.
//!
//! A mail is recorded in the transaction that commits its effects; its `dedup_key`
//! (Message-ID, or content hash when it has none) makes a second delivery a no-op.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};

/// The identity and place of an incoming mail, known before it is understood.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub dedup_key: &'a str,
    pub message_id: Option<&'a str>,
    pub content_hash: &'a str,
    pub mailbox: &'a str,
    pub uidvalidity: u32,
    pub uid: u32,
    pub received_at: i64,
    pub size: usize,
}

/// What became of an incoming mail: the IMAP folder it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum MailOutcome {
    /// Recorded, not yet decided (never seen committed: a mail is decided in its transaction).
    #[value(skip)]
    Pending,
    Processed,
    Quarantine,
}

impl MailOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            MailOutcome::Pending => "pending",
            MailOutcome::Processed => "processed",
            MailOutcome::Quarantine => "quarantine",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [MailOutcome::Pending, MailOutcome::Processed, MailOutcome::Quarantine]
            .into_iter()
            .find(|o| o.as_str() == value)
    }
}

fn outcome_from(value: String) -> Result<MailOutcome> {
    MailOutcome::parse(&value).ok_or(super::StoreError::BadValue { column: "mails.outcome", value })
}

/// A recorded mail, for review (`guichet mails`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct MailRecord {
    pub id: i64,
    pub received_at: i64,
    pub sender: Option<String>,
    pub subject: String,
    pub kind: String,
    pub outcome: MailOutcome,
    pub reason: String,
    pub ticket: Option<String>,
}

/// Where the watcher stopped in a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    pub uidvalidity: u32,
    pub last_uid: u32,
}

/// Records the mail; `None` when a mail with the same key was already recorded.
pub async fn insert(conn: &mut AnyConnection, mail: &NewMail<'_>) -> Result<Option<i64>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO mails (dedup_key, message_id, content_hash, mailbox, uidvalidity, uid,
                            received_at, subject, kind, outcome, reason, size)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '', 'pending', 'pending', '', $8)
         ON CONFLICT (dedup_key) DO NOTHING RETURNING id",
    )
    .bind(mail.dedup_key)
    .bind(mail.message_id)
    .bind(mail.content_hash)
    .bind(mail.mailbox)
    .bind(mail.uidvalidity as i64)
    .bind(mail.uid as i64)
    .bind(mail.received_at)
    .bind(mail.size as i64)
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

/// Completes the record with what was understood and decided.
#[allow(clippy::too_many_arguments)]
pub async fn finish(
    conn: &mut AnyConnection,
    id: i64,
    sender: Option<&str>,
    subject: &str,
    kind: &str,
    outcome: MailOutcome,
    reason: &str,
    ticket_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "UPDATE mails SET sender = $1, subject = $2, kind = $3, outcome = $4, reason = $5, ticket_id = $6
         WHERE id = $7",
    )
    .bind(sender)
    .bind(subject)
    .bind(kind)
    .bind(outcome.as_str())
    .bind(reason)
    .bind(ticket_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The folder a recorded mail belongs in (`processed` or `quarantine`), by its key.
pub async fn outcome_of(conn: &mut AnyConnection, dedup_key: &str) -> Result<Option<MailOutcome>> {
    let outcome: Option<String> = sqlx::query_scalar("SELECT outcome FROM mails WHERE dedup_key = $1")
        .bind(dedup_key)
        .fetch_optional(conn)
        .await?;
    outcome.map(outcome_from).transpose()
}

/// Moves the checkpoint forward (never back) in the caller's transaction.
pub async fn advance_checkpoint(conn: &mut AnyConnection, mailbox: &str, at: Checkpoint) -> Result<()> {
    sqlx::query(
        "INSERT INTO mailbox_checkpoints (mailbox, uidvalidity, last_uid) VALUES ($1, $2, $3)
         ON CONFLICT (mailbox) DO UPDATE SET
           last_uid = CASE WHEN mailbox_checkpoints.uidvalidity = excluded.uidvalidity
                           AND mailbox_checkpoints.last_uid > excluded.last_uid
                           THEN mailbox_checkpoints.last_uid ELSE excluded.last_uid END,
           uidvalidity = excluded.uidvalidity",
    )
    .bind(mailbox)
    .bind(at.uidvalidity as i64)
    .bind(at.last_uid as i64)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Outcomes (`processed`/`quarantine`) of mails recorded at these UIDs of a mailbox.
    pub async fn outcomes_by_uid(&self, mailbox: &str, uidvalidity: u32, uids: &[u32]) -> Result<Vec<(u32, String)>> {
        let mut found = Vec::new();
        for chunk in uids.chunks(500) {
            let list = chunk.iter().map(|u| u.to_string()).collect::<Vec<_>>().join(",");
            let rows = sqlx::query(&format!(
                "SELECT uid, outcome FROM mails WHERE mailbox = $1 AND uidvalidity = $2 AND uid IN ({list})"
            ))
            .bind(mailbox)
            .bind(uidvalidity as i64)
            .fetch_all(&self.pool)
            .await?;
            for r in rows {
                found.push((r.try_get::<i64, _>(0)? as u32, r.try_get(1)?));
            }
        }
        Ok(found)
    }

    pub async fn checkpoint(&self, mailbox: &str) -> Result<Option<Checkpoint>> {
        let row = sqlx::query("SELECT uidvalidity, last_uid FROM mailbox_checkpoints WHERE mailbox = $1")
            .bind(mailbox)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Checkpoint { uidvalidity: r.try_get::<i64, _>(0)? as u32, last_uid: r.try_get::<i64, _>(1)? as u32 })
        })
        .transpose()
    }

    /// Recorded mails, newest first, optionally only one outcome (`quarantine`…).
    pub async fn list_mails(&self, outcome: Option<MailOutcome>, limit: i64) -> Result<Vec<MailRecord>> {
        let mut sql = String::from(
            "SELECT m.id, m.received_at, m.sender, m.subject, m.kind, m.outcome, m.reason, t.ref
             FROM mails m LEFT JOIN tickets t ON t.id = m.ticket_id",
        );
        if outcome.is_some() {
            sql.push_str(" WHERE m.outcome = $2");
        }
        sql.push_str(" ORDER BY m.id DESC LIMIT $1");
        let mut query = sqlx::query(&sql).bind(limit);
        if let Some(outcome) = outcome {
            query = query.bind(outcome.as_str());
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(MailRecord {
                    id: r.try_get(0)?,
                    received_at: r.try_get(1)?,
                    sender: r.try_get(2)?,
                    subject: r.try_get(3)?,
                    kind: r.try_get(4)?,
                    outcome: outcome_from(r.try_get(5)?)?,
                    reason: r.try_get(6)?,
                    ticket: r.try_get(7)?,
                })
            })
            .collect()
    }
}
