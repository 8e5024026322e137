//! What is exchanged with each peer: the link between our ticket and its copy there (its id,
//! our sequence number, the time of its last update applied) and the log of updates.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};
use crate::vocab::State;

/// The oldest silence not told yet, per peer (`peer_links_unanswered`).
pub(crate) const TAKE_SILENT: &str = "SELECT ticket_id, unanswered_since FROM peer_links
         WHERE peer = $1 AND unanswered_since IS NOT NULL AND unanswered_since < $2
           AND (unanswered_told IS NULL OR unanswered_told <> unanswered_since)
         ORDER BY unanswered_since LIMIT 1";

/// A ticket's held updates to a peer (`peer_held_by_ticket`).
pub(crate) const TAKE_HELD: &str =
    "DELETE FROM peer_held WHERE ticket_id = $1 AND peer = $2 RETURNING seq, comment, origin";

/// The oldest expired hold of a peer (`peer_held_by_age`).
pub(crate) const OLDEST_EXPIRED_HOLD: &str =
    "SELECT ticket_id FROM peer_held WHERE created_at < $1 AND peer = $2 ORDER BY created_at LIMIT 1";

/// Silent links of a peer, for `/metrics` (`peer_links_unanswered`).
pub(crate) const UNANSWERED_COUNT: &str =
    "SELECT COUNT(*) FROM peer_links WHERE peer = $1 AND unanswered_since IS NOT NULL AND unanswered_since < $2";

/// A peer's error replies (`peer_updates_errors`).
pub(crate) const ERROR_COUNT: &str = "SELECT COUNT(*) FROM peer_updates WHERE peer = $1 AND outcome = 'error'";

/// Our ticket's copy on a peer.
#[derive(Debug, Clone, Default)]
pub struct Link {
    pub peer_id: Option<String>,
    pub out_seq: i64,
    /// The peer's modification time of the last update applied from it.
    pub last_in_time: Option<i64>,
    /// The Message-ID of the last mail received from it about the ticket: ours answer it.
    pub last_in_message_id: Option<String>,
    /// Its last status, in our terms (`closed`: nothing more is sent to that ticket).
    pub peer_state: Option<State>,
}

pub async fn get(conn: &mut AnyConnection, ticket_id: i64, peer: &str) -> Result<Option<Link>> {
    let row = sqlx::query(
        "SELECT peer_id, out_seq, last_in_time, last_in_message_id, peer_state FROM peer_links
         WHERE ticket_id = $1 AND peer = $2",
    )
    .bind(ticket_id)
    .bind(peer)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        let state: Option<String> = r.try_get(4)?;
        Ok(Link {
            peer_id: r.try_get(0)?,
            out_seq: r.try_get(1)?,
            last_in_time: r.try_get(2)?,
            last_in_message_id: r.try_get(3)?,
            peer_state: state
                .map(|s| {
                    State::parse(&s).ok_or(super::StoreError::BadValue { column: "peer_links.peer_state", value: s })
                })
                .transpose()?,
        })
    })
    .transpose()
}

/// After a mail from the peer about the ticket: its Message-ID (ours thread under it) and
/// its status in our terms, when it said one.
pub async fn note_received(
    conn: &mut AnyConnection,
    ticket_id: i64,
    peer: &str,
    message_id: Option<&str>,
    state: Option<State>,
) -> Result<()> {
    sqlx::query(
        "UPDATE peer_links SET last_in_message_id = COALESCE($1, last_in_message_id),
                               peer_state = COALESCE($2, peer_state)
         WHERE ticket_id = $3 AND peer = $4",
    )
    .bind(message_id)
    .bind(state.map(State::as_str))
    .bind(ticket_id)
    .bind(peer)
    .execute(conn)
    .await?;
    Ok(())
}

/// The ticket whose update to `peer` has waited longest for an answer, since before
/// `before`, the agents not told yet; marked told (partial index `peer_links_unanswered`).
pub async fn take_silent(conn: &mut AnyConnection, peer: &str, before: i64) -> Result<Option<(i64, i64)>> {
    let row = sqlx::query(TAKE_SILENT).bind(peer).bind(before).fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    let (ticket_id, since): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
    sqlx::query("UPDATE peer_links SET unanswered_told = unanswered_since WHERE ticket_id = $1 AND peer = $2")
        .bind(ticket_id)
        .bind(peer)
        .execute(conn)
        .await?;
    Ok(Some((ticket_id, since)))
}

/// An update waiting for the peer's ticket id.
#[derive(Debug, Clone)]
pub struct Held {
    pub seq: i64,
    pub comment: Option<String>,
    pub origin: String,
}

/// Holds an update to `peer` until its ticket id is known (or the hold expires).
pub async fn hold(conn: &mut AnyConnection, ticket_id: i64, peer: &str, held: &Held, at: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO peer_held (ticket_id, peer, seq, comment, origin, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(ticket_id)
    .bind(peer)
    .bind(held.seq)
    .bind(held.comment.as_deref())
    .bind(&held.origin)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes (removes) the updates held for `peer` on this ticket, oldest first.
pub async fn take_held(conn: &mut AnyConnection, ticket_id: i64, peer: &str) -> Result<Vec<Held>> {
    let rows = sqlx::query(TAKE_HELD).bind(ticket_id).bind(peer).fetch_all(conn).await?;
    let mut held = rows
        .iter()
        .map(|r| Ok(Held { seq: r.try_get(0)?, comment: r.try_get(1)?, origin: r.try_get(2)? }))
        .collect::<Result<Vec<_>>>()?;
    held.sort_by_key(|h| h.seq);
    Ok(held)
}

/// The ticket whose update held for `peer` is the oldest, when older than `before` (by
/// `peer_held_by_age`).
pub async fn oldest_expired_hold(conn: &mut AnyConnection, peer: &str, before: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(OLDEST_EXPIRED_HOLD).bind(before).bind(peer).fetch_optional(conn).await?)
}

/// The ticket a peer id belongs to.
pub async fn ticket_of(conn: &mut AnyConnection, peer: &str, peer_id: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT ticket_id FROM peer_links WHERE peer = $1 AND peer_id = $2")
        .bind(peer)
        .bind(peer_id)
        .fetch_optional(conn)
        .await?)
}

/// Records the peer's id for our ticket (first one wins).
pub async fn set_peer_id(conn: &mut AnyConnection, ticket_id: i64, peer: &str, peer_id: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO peer_links (ticket_id, peer, peer_id) VALUES ($1, $2, $3)
         ON CONFLICT (ticket_id, peer) DO UPDATE SET peer_id = COALESCE(peer_links.peer_id, excluded.peer_id)",
    )
    .bind(ticket_id)
    .bind(peer)
    .bind(peer_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The next sequence number of our updates to `peer` for this ticket (locks the link row).
pub async fn next_seq(conn: &mut AnyConnection, ticket_id: i64, peer: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO peer_links (ticket_id, peer, out_seq) VALUES ($1, $2, 1)
         ON CONFLICT (ticket_id, peer) DO UPDATE SET out_seq = peer_links.out_seq + 1 RETURNING out_seq",
    )
    .bind(ticket_id)
    .bind(peer)
    .fetch_one(conn)
    .await?)
}

pub async fn set_last_in_time(conn: &mut AnyConnection, ticket_id: i64, peer: &str, time: i64) -> Result<()> {
    sqlx::query("UPDATE peer_links SET last_in_time = $1 WHERE ticket_id = $2 AND peer = $3")
        .bind(time)
        .bind(ticket_id)
        .bind(peer)
        .execute(conn)
        .await?;
    Ok(())
}

/// One update exchanged.
pub struct Exchange<'a> {
    pub ticket_id: Option<i64>,
    pub peer: &'a str,
    /// `in` or `out`.
    pub direction: &'a str,
    pub seq: Option<i64>,
    pub peer_time: Option<i64>,
    pub message_id: Option<&'a str>,
    pub at: i64,
    /// `applied`, `stale`, `conflict`, `echo`, `sent`, `created`…
    pub outcome: &'a str,
    pub detail: &'a str,
}

/// Logs an exchange and keeps the link's `unanswered_since`: the time of our first update
/// the peer has not answered yet (any mail of its on the ticket answers).
pub async fn record(conn: &mut AnyConnection, e: &Exchange<'_>) -> Result<()> {
    if let Some(ticket_id) = e.ticket_id {
        // Only an update awaiting the peer's id expects an answer: platforms do not answer notes.
        let query = match (e.direction, e.outcome) {
            ("out", "sent_awaiting_id") => Some(
                sqlx::query(
                    "UPDATE peer_links SET unanswered_since = COALESCE(unanswered_since, $3)
                     WHERE ticket_id = $1 AND peer = $2",
                )
                .bind(ticket_id)
                .bind(e.peer)
                .bind(e.at),
            ),
            // An error reply answers nothing: the update it refused is still unanswered.
            ("in", outcome) if outcome != "error" => Some(
                sqlx::query(
                    "UPDATE peer_links SET unanswered_since = NULL
                     WHERE ticket_id = $1 AND peer = $2 AND unanswered_since IS NOT NULL",
                )
                .bind(ticket_id)
                .bind(e.peer),
            ),
            _ => None,
        };
        if let Some(query) = query {
            query.execute(&mut *conn).await?;
        }
    }
    sqlx::query(
        "INSERT INTO peer_updates (ticket_id, peer, direction, seq, peer_time, message_id, at, outcome, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(e.ticket_id)
    .bind(e.peer)
    .bind(e.direction)
    .bind(e.seq)
    .bind(e.peer_time)
    .bind(e.message_id)
    .bind(e.at)
    .bind(e.outcome)
    .bind(e.detail)
    .execute(conn)
    .await?;
    Ok(())
}

/// A ticket's copy on one peer, for `ticket show`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PeerView {
    pub peer: String,
    pub peer_id: Option<String>,
    pub out_seq: i64,
    pub last: Option<(String, String, i64, String)>,
}

/// Per peer: updates waiting, failed, and the oldest unanswered one (an update of ours
/// after which the peer sent nothing on that ticket).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PeerStatus {
    pub peer: String,
    pub waiting: i64,
    pub failed: i64,
    pub oldest_unanswered: Option<(String, i64)>,
    /// Error replies of the platform (Remedy's Email Engine), and the latest one's text.
    pub errors: i64,
    pub last_error: Option<String>,
}

impl Store {
    pub async fn peer_views(&self, ticket_id: i64) -> Result<Vec<PeerView>> {
        let rows = sqlx::query("SELECT peer, peer_id, out_seq FROM peer_links WHERE ticket_id = $1 ORDER BY peer")
            .bind(ticket_id)
            .fetch_all(self.pool())
            .await?;
        let mut views = Vec::new();
        for r in rows {
            let peer: String = r.try_get(0)?;
            let last = sqlx::query(
                "SELECT direction, outcome, at, detail FROM peer_updates WHERE ticket_id = $1 AND peer = $2
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(ticket_id)
            .bind(&peer)
            .fetch_optional(self.pool())
            .await?
            .map(|l| -> Result<_> { Ok((l.try_get(0)?, l.try_get(1)?, l.try_get(2)?, l.try_get(3)?)) })
            .transpose()?;
            views.push(PeerView { peer, peer_id: r.try_get(1)?, out_seq: r.try_get(2)?, last });
        }
        Ok(views)
    }

    /// `addresses`: where updates go (`address`, and `update_address` when set).
    /// How many of `peer`'s links have waited for an answer since before `before` (`/metrics`).
    pub async fn unanswered_count(&self, peer: &str, before: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(UNANSWERED_COUNT).bind(peer).bind(before).fetch_one(self.pool()).await?)
    }

    pub async fn peer_status(&self, peer: &str, addresses: &[&str]) -> Result<PeerStatus> {
        // Both on partial indexes of unsent and failed rows (migration 0005).
        const WAITING: &str = "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND purpose = 'sync'
                               AND status IN ('pending', 'sending', 'unconfirmed')";
        const FAILED: &str =
            "SELECT COUNT(*) FROM outbox WHERE purpose = 'sync' AND recipient = $1 AND status = 'failed'";
        let (mut waiting, mut failed) = (0i64, 0i64);
        for address in addresses {
            let address = address.to_lowercase();
            waiting += sqlx::query_scalar::<_, i64>(WAITING).bind(&address).fetch_one(self.pool()).await?;
            failed += sqlx::query_scalar::<_, i64>(FAILED).bind(&address).fetch_one(self.pool()).await?;
        }
        // Partial index `peer_updates_errors` (migration 0007).
        let errors: i64 = sqlx::query_scalar(ERROR_COUNT).bind(peer).fetch_one(self.pool()).await?;
        let last_error: Option<String> = sqlx::query_scalar(
            "SELECT detail FROM peer_updates WHERE peer = $1 AND outcome = 'error' ORDER BY at DESC LIMIT 1",
        )
        .bind(peer)
        .fetch_optional(self.pool())
        .await?;
        // From the links (partial index `peer_links_unanswered`), not from the log.
        let oldest = sqlx::query(
            "SELECT t.ref, l.unanswered_since FROM peer_links l JOIN tickets t ON t.id = l.ticket_id
             WHERE l.peer = $1 AND l.unanswered_since IS NOT NULL
             ORDER BY l.unanswered_since, l.ticket_id LIMIT 1",
        )
        .bind(peer)
        .fetch_optional(self.pool())
        .await?
        .map(|r| -> Result<_> { Ok((r.try_get(0)?, r.try_get(1)?)) })
        .transpose()?;
        Ok(PeerStatus { peer: peer.to_string(), waiting, failed, oldest_unanswered: oldest, errors, last_error })
    }
}
