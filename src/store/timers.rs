//! Timers of the workflow (deadline warning and breach, automatic closure), stored so that
//! they survive restarts, each firing once.

use sqlx::{AnyConnection, Row};

use super::{Backend, Result, Store, Tx};

/// A timer due to fire.
#[derive(Debug, Clone)]
pub struct Timer {
    pub id: i64,
    pub ticket_id: i64,
    pub kind: String,
    pub due_at: i64,
}

pub async fn schedule(conn: &mut AnyConnection, ticket_id: i64, kind: &str, due_at: i64) -> Result<()> {
    sqlx::query("INSERT INTO timers (ticket_id, kind, due_at) VALUES ($1, $2, $3)")
        .bind(ticket_id)
        .bind(kind)
        .bind(due_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// Cancels the ticket's pending timers of these kinds.
pub async fn cancel(conn: &mut AnyConnection, ticket_id: i64, kinds: &[&str], now: i64) -> Result<()> {
    for kind in kinds {
        sqlx::query(
            "UPDATE timers SET done_at = $1, outcome = 'cancelled'
             WHERE ticket_id = $2 AND kind = $3 AND done_at IS NULL",
        )
        .bind(now)
        .bind(ticket_id)
        .bind(kind)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Marks a timer fired, in the transaction of its effects.
pub async fn fired(conn: &mut AnyConnection, id: i64, now: i64, outcome: &str) -> Result<()> {
    sqlx::query("UPDATE timers SET done_at = $1, outcome = $2 WHERE id = $3")
        .bind(now)
        .bind(outcome)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    /// Takes the next due timer in a transaction that locks it (PostgreSQL: other daemons
    /// skip it); the caller applies its effects and commits.
    pub async fn next_due_timer(&self, now: i64) -> Result<Option<(Tx, Timer)>> {
        let lock = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "SELECT id, ticket_id, kind, due_at FROM timers WHERE done_at IS NULL AND due_at <= $1
             ORDER BY due_at, id LIMIT 1 {lock}"
        ))
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(None);
        };
        let timer =
            Timer { id: row.try_get(0)?, ticket_id: row.try_get(1)?, kind: row.try_get(2)?, due_at: row.try_get(3)? };
        Ok(Some((tx, timer)))
    }

    /// Timers due at `now`, soonest first, with their ticket's reference: what `timers run`
    /// would fire (`--dry-run`).
    pub async fn due_timers(&self, now: i64, limit: i64) -> Result<Vec<(Timer, String)>> {
        let rows = sqlx::query(
            "SELECT t.id, t.ticket_id, t.kind, t.due_at, k.ref FROM timers t JOIN tickets k ON k.id = t.ticket_id
             WHERE t.done_at IS NULL AND t.due_at <= $1 ORDER BY t.due_at, t.id LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let timer =
                    Timer { id: r.try_get(0)?, ticket_id: r.try_get(1)?, kind: r.try_get(2)?, due_at: r.try_get(3)? };
                Ok((timer, r.try_get(4)?))
            })
            .collect()
    }

    /// Pending timers of a ticket (for `ticket show`).
    pub async fn timers_of(&self, ticket_id: i64) -> Result<Vec<(String, i64, Option<String>)>> {
        let rows = sqlx::query("SELECT kind, due_at, outcome FROM timers WHERE ticket_id = $1 ORDER BY due_at, id")
            .bind(ticket_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }
}
