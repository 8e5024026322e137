//! Retention: what the store forgets, and when (`[retention]`, `guichet purge`).
//!
//! Each step removes rows older than its cut-off in small batches (one short write
//! transaction each, found through an index of the rows it removes), so the daemon's intake
//! and delivery never wait long behind it and its cost follows what there is to remove, not
//! the store's size. Tickets and their history stay unless `closed_tickets_days` is set.

use sqlx::Row;

use super::{Backend, Result, Store};
use crate::config::Retention;

const DAY_MS: i64 = 86_400_000;

/// One kind of thing retention removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    SentCopies,
    Outbox,
    UnlinkedMails,
    TicketSources,
    DoneTimers,
    PeerUpdates,
    AutoAnswers,
    ClosedTickets,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::SentCopies,
        Step::Outbox,
        Step::UnlinkedMails,
        Step::TicketSources,
        Step::DoneTimers,
        Step::PeerUpdates,
        Step::AutoAnswers,
        Step::ClosedTickets,
    ];

    /// What the step removes, for `guichet purge`.
    pub fn describe(self) -> &'static str {
        match self {
            Step::SentCopies => "copies of delivered outgoing mails",
            Step::Outbox => "outgoing mail records (delivered or failed)",
            Step::UnlinkedMails => "records of received mails tied to no ticket",
            Step::TicketSources => "sources of the mails that opened closed tickets",
            Step::DoneTimers => "fired or cancelled timers",
            Step::PeerUpdates => "log of updates exchanged with peer platforms",
            Step::AutoAnswers => "records of automatic answers",
            Step::ClosedTickets => "closed tickets with their history",
        }
    }

    fn days(self, r: &Retention) -> u32 {
        match self {
            Step::SentCopies => r.sent_copies_days,
            Step::Outbox => r.outbox_days,
            Step::UnlinkedMails => r.unlinked_mails_days,
            Step::TicketSources => r.ticket_sources_days,
            Step::DoneTimers => r.done_timers_days,
            Step::PeerUpdates => r.peer_updates_days,
            Step::AutoAnswers => r.auto_answers_days,
            Step::ClosedTickets => r.closed_tickets_days,
        }
    }

    /// The rows the step would remove now: `(table, key column, query selecting their keys
    /// with $1 = the cut-off)`. Each query is served by an index of migration 0005 over the
    /// rows still to remove, so its cost does not grow with what was removed before.
    fn target(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Step::SentCopies => {
                ("outbox", "id", "SELECT id FROM outbox WHERE status = 'sent' AND length(raw) > 0 AND done_at < $1")
            }
            Step::Outbox => {
                ("outbox", "id", "SELECT id FROM outbox WHERE status IN ('sent', 'failed') AND done_at < $1")
            }
            Step::UnlinkedMails => ("mails", "id", "SELECT id FROM mails WHERE ticket_id IS NULL AND received_at < $1"),
            // From the sources kept (open tickets and recent closures), not from every old ticket.
            Step::TicketSources => (
                "ticket_sources",
                "ticket_id",
                "SELECT s.ticket_id FROM ticket_sources s JOIN tickets t ON t.id = s.ticket_id
                 WHERE t.state = 'closed' AND t.closed_at < $1",
            ),
            Step::DoneTimers => ("timers", "id", "SELECT id FROM timers WHERE done_at IS NOT NULL AND done_at < $1"),
            Step::PeerUpdates => ("peer_updates", "id", "SELECT id FROM peer_updates WHERE at < $1"),
            Step::AutoAnswers => ("auto_answers", "", "SELECT at FROM auto_answers WHERE at < $1"),
            Step::ClosedTickets => {
                ("tickets", "id", "SELECT id FROM tickets WHERE state = 'closed' AND closed_at < $1")
            }
        }
    }
}

/// What one step did (or would do, in a dry run).
#[derive(Debug, Clone, serde::Serialize)]
pub struct StepReport {
    pub step: Step,
    pub days: u32,
    pub rows: u64,
}

impl Store {
    /// Applies every step of `policy` at `now` (Unix ms); `dry_run` counts instead. Between
    /// batches it yields for `pause`, so that a long purge leaves the writer lock to others.
    pub async fn purge(
        &self,
        policy: &Retention,
        now: i64,
        dry_run: bool,
        pause: std::time::Duration,
    ) -> Result<Vec<StepReport>> {
        let mut reports = Vec::new();
        for step in Step::ALL {
            let days = step.days(policy);
            if days == 0 {
                continue;
            }
            let cutoff = now - i64::from(days) * DAY_MS;
            let rows = if dry_run {
                self.count_step(step, cutoff).await?
            } else {
                let mut total = 0;
                loop {
                    let done = self.purge_batch(step, cutoff, i64::from(policy.batch.max(1))).await?;
                    total += done;
                    if done < u64::from(policy.batch.max(1)) {
                        break;
                    }
                    tokio::time::sleep(pause).await;
                }
                total
            };
            reports.push(StepReport { step, days, rows });
        }
        if !dry_run {
            self.reclaim_space().await?;
        }
        Ok(reports)
    }

    async fn count_step(&self, step: Step, cutoff: i64) -> Result<u64> {
        let (_, _, keys) = step.target();
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM ({keys}) AS doomed"))
            .bind(cutoff)
            .fetch_one(self.pool())
            .await?;
        Ok(n as u64)
    }

    /// One batch of one step, in one transaction. Returns the rows removed.
    async fn purge_batch(&self, step: Step, cutoff: i64, batch: i64) -> Result<u64> {
        let (table, key, keys) = step.target();
        let mut tx = self.begin().await?;
        let done = match step {
            Step::SentCopies => sqlx::query(&format!("UPDATE outbox SET raw = $2 WHERE id IN ({keys} LIMIT $3)"))
                .bind(cutoff)
                .bind(Vec::<u8>::new())
                .bind(batch)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
            Step::ClosedTickets => {
                let ids: Vec<i64> = sqlx::query_scalar(&format!("{keys} ORDER BY id LIMIT $2"))
                    .bind(cutoff)
                    .bind(batch)
                    .fetch_all(&mut *tx)
                    .await?;
                if !ids.is_empty() {
                    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                    for dependent in [
                        "DELETE FROM ticket_events WHERE ticket_id IN ({ids})",
                        "DELETE FROM attachments WHERE ticket_id IN ({ids})",
                        "DELETE FROM timers WHERE ticket_id IN ({ids})",
                        "DELETE FROM ticket_sources WHERE ticket_id IN ({ids})",
                        "DELETE FROM peer_updates WHERE ticket_id IN ({ids})",
                        "DELETE FROM peer_links WHERE ticket_id IN ({ids})",
                        "DELETE FROM peer_held WHERE ticket_id IN ({ids})",
                        "DELETE FROM corrections WHERE mail_id IN (SELECT id FROM mails WHERE ticket_id IN ({ids}))",
                        "DELETE FROM mails WHERE ticket_id IN ({ids})",
                        "DELETE FROM tickets WHERE id IN ({ids})",
                    ] {
                        let sql = dependent.replace("{ids}", &list);
                        sqlx::query(&sql).persistent(false).execute(&mut *tx).await?;
                    }
                }
                ids.len() as u64
            }
            Step::AutoAnswers => {
                // No key column: delete the oldest records by time, a batch at a time.
                let sql = match self.backend() {
                    Backend::Sqlite => {
                        "DELETE FROM auto_answers WHERE rowid IN (SELECT rowid FROM auto_answers WHERE at < $1 LIMIT $2)"
                    }
                    Backend::Postgres => {
                        "DELETE FROM auto_answers WHERE ctid = ANY (ARRAY(SELECT ctid FROM auto_answers WHERE at < $1 LIMIT $2))"
                    }
                };
                sqlx::query(sql).bind(cutoff).bind(batch).execute(&mut *tx).await?.rows_affected()
            }
            _ => sqlx::query(&format!("DELETE FROM {table} WHERE {key} IN ({keys} LIMIT $2)"))
                .bind(cutoff)
                .bind(batch)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
        };
        tx.commit().await?;
        Ok(done)
    }

    /// SQLite gives freed pages back to the file system (incremental auto-vacuum, set on new
    /// databases; `guichet purge --vacuum` converts an older one) and refreshes the planner's
    /// statistics. PostgreSQL's autovacuum does both by itself.
    async fn reclaim_space(&self) -> Result<()> {
        if self.backend() != Backend::Sqlite {
            return Ok(());
        }
        let mode: i64 = sqlx::query_scalar("PRAGMA auto_vacuum").fetch_one(self.pool()).await?;
        if mode == 2 {
            sqlx::query("PRAGMA incremental_vacuum").execute(self.pool()).await?;
        }
        sqlx::query("PRAGMA optimize").execute(self.pool()).await?;
        Ok(())
    }

    /// Rewrites a SQLite database whole (`VACUUM`), switching it to incremental auto-vacuum.
    /// Blocks every writer meanwhile: for `guichet purge --vacuum` with the daemon stopped.
    pub async fn vacuum(&self) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            let mut conn = self.pool().acquire().await?;
            sqlx::query("PRAGMA auto_vacuum = INCREMENTAL").execute(&mut *conn).await?;
            sqlx::query("VACUUM").execute(&mut *conn).await?;
        } else {
            sqlx::query("VACUUM ANALYZE").execute(self.pool()).await?;
        }
        Ok(())
    }

    /// The store's size in bytes (SQLite: pages in use; PostgreSQL: the database).
    pub async fn size_bytes(&self) -> Result<i64> {
        Ok(match self.backend() {
            Backend::Sqlite => {
                let row = sqlx::query(
                    "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()),
                            (SELECT page_size FROM pragma_page_size())",
                )
                .fetch_one(self.pool())
                .await?;
                row.try_get::<i64, _>(0)? * row.try_get::<i64, _>(1)?
            }
            Backend::Postgres => {
                sqlx::query_scalar("SELECT pg_database_size(current_database())").fetch_one(self.pool()).await?
            }
        })
    }
}
