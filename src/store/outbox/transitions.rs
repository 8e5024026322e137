//! Every change of an outbox entry's state, one function per transition (the states are
//! described in `super`). Delivery, intake (journal copies, bounces) and the timer task
//! (failures to report) change entries through these alone.

use std::collections::HashSet;

use sqlx::Row;

use super::{entry_from_row, stored, FailedMail, OutboxEntry, ENTRY_COLUMNS};
use crate::store::lease::id_list;
use crate::store::{Backend, Result, Store};
use crate::vocab::MailPurpose;

impl Store {
    /// Claims up to `limit` due entries until `lease_until`, oldest first, skipping a recipient
    /// whose older mail is waiting or in flight, so that each recipient gets its mails in order.
    ///
    /// Both scans stay on partial indexes of unsent rows (`outbox_pending_due`,
    /// `outbox_unsent_by_recipient`, migration 0005), so the cost follows the mails waiting,
    /// not the recipient's history: the explicit `status IN (…)` term is what lets SQLite use
    /// the partial index, and `+id` keeps it from walking the whole table in id order.
    pub async fn claim_outgoing(&self, now: i64, lease_until: i64, limit: i64) -> Result<Vec<OutboxEntry>> {
        let skip_locked = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET locked_until = $1
             WHERE id IN (SELECT id FROM outbox o
                          WHERE status = 'pending' AND next_attempt_at <= $2 AND locked_until < $2
                            AND NOT EXISTS (
                              SELECT 1 FROM outbox older WHERE older.recipient = o.recipient AND older.id < o.id
                                AND older.status IN ('pending', 'sending', 'unconfirmed')
                                AND (older.status IN ('sending', 'unconfirmed')
                                     OR older.next_attempt_at > $2 OR older.locked_until >= $2))
                          ORDER BY +id LIMIT $3 {skip_locked})
             RETURNING {ENTRY_COLUMNS}"
        );
        let mut tx = self.begin().await?;
        let rows = sqlx::query(&sql).bind(lease_until).bind(now).bind(limit).fetch_all(&mut *tx).await?;
        tx.commit().await?;
        let mut entries = rows.iter().map(entry_from_row).collect::<Result<Vec<_>>>()?;
        entries.sort_by_key(|e| e.id);
        Ok(entries)
    }

    pub async fn mark_sent(&self, id: i64, at: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', done_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
        )
        .bind(at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// A temporary failure: try again at `next_at`.
    pub async fn mark_retry(&self, id: i64, next_at: i64, error: &str) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = $1,
                               last_error = $2, locked_until = 0 WHERE id = $3",
        )
        .bind(next_at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn mark_failed(&self, id: i64, at: i64, error: &str) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, done_at = $1, last_error = $2
             WHERE id = $3",
        )
        .bind(at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Entries handed to the MTA by a daemon that died (lease ended before `cutoff`) become
    /// `unconfirmed`. Claimed entries not yet attempted simply become claimable again.
    pub async fn expire_leases(&self, cutoff: i64, now: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'unconfirmed', next_attempt_at = $1
             WHERE status = 'sending' AND locked_until < $2",
        )
        .bind(now)
        .bind(cutoff)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Forgets every claim: for a daemon that knows it is alone (SQLite) at start.
    pub async fn release_all_claims(&self) -> Result<()> {
        sqlx::query("UPDATE outbox SET locked_until = 0 WHERE status = 'pending' AND locked_until > 0")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// `unconfirmed` entries whose journal copy did not come back since `before`: send again.
    pub async fn requeue_unconfirmed(&self, before: i64, now: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'pending', next_attempt_at = $1, locked_until = 0
             WHERE status = 'unconfirmed' AND next_attempt_at < $2",
        )
        .bind(now)
        .bind(before)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Marks a claimed entry `sending` if the claim (`claimed_until`) is still ours, with a new
    /// lease until `sending_until` for the attempt. False: another daemon took the entry over.
    pub async fn take_for_sending(&self, id: i64, claimed_until: i64, sending_until: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'sending', locked_until = $1
             WHERE id = $2 AND status = 'pending' AND locked_until = $3",
        )
        .bind(sending_until)
        .bind(id)
        .bind(claimed_until)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Marks claimed entries of a round (a chunk of it) `sending` in one write, with a lease
    /// until `sending_until`. Returns those still ours (the others' claims expired and
    /// another daemon took them).
    pub async fn take_round_for_sending(
        &self,
        ids: &[i64],
        claimed_until: i64,
        sending_until: i64,
    ) -> Result<HashSet<i64>> {
        if ids.is_empty() {
            return Ok(HashSet::new());
        }
        let sql = format!(
            "UPDATE outbox SET status = 'sending', locked_until = $1
             WHERE id IN (SELECT id FROM outbox WHERE id IN ({}) AND status = 'pending' AND locked_until = $2 {})
             RETURNING id",
            id_list(ids),
            self.backend.lock_in_id_order()
        );
        let taken: Vec<i64> = sqlx::query_scalar(&sql)
            .persistent(false)
            .bind(sending_until)
            .bind(claimed_until)
            .fetch_all(&self.pool)
            .await?;
        Ok(taken.into_iter().collect())
    }

    /// Records the mails of a round the MTA took, in one write.
    pub async fn mark_all_sent(&self, ids: &[i64], at: i64) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "UPDATE outbox SET status = 'sent', done_at = $1, attempts = attempts + 1, last_error = NULL
             WHERE id IN (SELECT id FROM outbox WHERE id IN ({}) {})",
            id_list(ids),
            self.backend.lock_in_id_order()
        );
        sqlx::query(&sql).persistent(false).bind(at).execute(&self.pool).await?;
        Ok(())
    }

    /// Gives an entry taken for sending back untried, due at `next_at`, if it is still ours.
    pub async fn release_taken(&self, id: i64, sending_until: i64, next_at: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'pending', next_attempt_at = $1, locked_until = 0
             WHERE id = $2 AND status = 'sending' AND locked_until = $3",
        )
        .bind(next_at)
        .bind(id)
        .bind(sending_until)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Gives a claimed entry back untried, due at `next_at`, if the claim is still ours.
    pub async fn release_claim(&self, id: i64, claimed_until: i64, next_at: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET next_attempt_at = $1, locked_until = 0
             WHERE id = $2 AND status = 'pending' AND locked_until = $3",
        )
        .bind(next_at)
        .bind(id)
        .bind(claimed_until)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The MTA may or may not have taken the mail (the connection ended after the message
    /// was sent, before its reply): like a mail in flight when a daemon died, it waits for
    /// its journal copy, then is sent again.
    pub async fn mark_unconfirmed(&self, id: i64, at: i64, error: &str) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'unconfirmed', attempts = attempts + 1, next_attempt_at = $1,
                               last_error = $2, locked_until = 0
             WHERE id = $3 AND status = 'sending'",
        )
        .bind(at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// The journal copies of these outgoing mails came back: their delivery is certain. One
/// statement taking its row locks in id order, as the delivery's do (`store::lease`), so that
/// intake and delivery never wait on each other in a cycle on PostgreSQL.
pub async fn confirm_journal_copies(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    message_ids: &[String],
    at: i64,
) -> Result<()> {
    if message_ids.is_empty() {
        return Ok(());
    }
    let params: Vec<String> = (0..message_ids.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "UPDATE outbox SET status = 'sent', done_at = COALESCE(done_at, $1), last_error = NULL
         WHERE id IN (SELECT id FROM outbox WHERE message_id IN ({}) AND status <> 'sent' {})",
        params.join(","),
        backend.lock_in_id_order()
    );
    let mut query = sqlx::query(&sql).persistent(false).bind(at);
    for id in message_ids {
        query = query.bind(id);
    }
    query.execute(conn).await?;
    Ok(())
}

/// The oldest failed mail not yet reported, taken (marked reported) in the caller's
/// transaction: on PostgreSQL a second daemon waits for the row and then finds it taken.
pub async fn take_failure_to_report(conn: &mut sqlx::AnyConnection) -> Result<Option<FailedMail>> {
    loop {
        let row = sqlx::query(
            "SELECT id, ticket_id, purpose, recipient, COALESCE(last_error, '') FROM outbox
             WHERE status = 'failed' AND failure_reported = 0 ORDER BY id LIMIT 1",
        )
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let mail = FailedMail {
            id: row.try_get(0)?,
            ticket_id: row.try_get(1)?,
            purpose: stored(&row, 2, "outbox.purpose", MailPurpose::parse)?,
            recipient: row.try_get(3)?,
            error: row.try_get(4)?,
        };
        let taken = sqlx::query("UPDATE outbox SET failure_reported = 1 WHERE id = $1 AND failure_reported = 0")
            .bind(mail.id)
            .execute(&mut *conn)
            .await?;
        if taken.rows_affected() == 1 {
            return Ok(Some(mail));
        }
    }
}

/// A bounce returned the mail with this Message-ID: if it is ours, it ends `failed` with
/// the bounce's reason and waits to be reported to its ticket. Returns whether it was ours.
pub async fn mark_bounced(conn: &mut sqlx::AnyConnection, message_id: &str, reason: &str, at: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'failed', done_at = $1, last_error = $2, failure_reported = 0
         WHERE message_id = $3 AND status <> 'failed'",
    )
    .bind(at)
    .bind(format!("bounced: {reason}"))
    .bind(message_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
