//! The mailbox watcher: fetch what waits in the inbox, hand each mail to intake, then move
//! it to `processed`, `quarantine` or `sent` — only after intake's commit. IDLE when the
//! server has it, polling otherwise; reconnects with backoff.
//!
//! On PostgreSQL the daemon runs the watcher only while it holds the mailbox lock
//! (`store::lease`), and drops it mid-operation when the lock is lost. Nothing here depends
//! on finishing: a mail is moved only after its intake committed, and a mail committed but
//! not moved is moved by the next session (its UID is at or below the checkpoint).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use tokio::sync::Notify;
use tokio_rustls::TlsConnector;
use tokio_util::sync::CancellationToken;

use super::connect::{connect, ImapSession};
use crate::config::Imap;
use crate::intake::{Disposition, Intake, Place};

/// Longest wait between two connection attempts.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(60);
/// An intake (one database transaction) taking longer than this means the database is out of
/// reach: the session ends, the mail stays in the inbox and is handled again later.
const INTAKE_TIMEOUT: Duration = Duration::from_secs(120);

/// Why a session ended.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error(transparent)]
    Connect(#[from] super::connect::ConnectError),
    #[error("imap: {0}")]
    Imap(#[from] async_imap::error::Error),
    #[error("imap: {0} timed out")]
    Timeout(&'static str),
    #[error("imap: mailbox {0} has no UIDVALIDITY")]
    NoUidValidity(String),
    #[error("database: {0}")]
    Store(#[from] crate::store::StoreError),
}

pub struct Watcher {
    pub config: Imap,
    pub connector: TlsConnector,
    pub intake: Arc<Intake>,
    /// Woken when intake queued mail for the delivery task.
    pub outbox: Arc<Notify>,
    pub shutdown: CancellationToken,
}

impl Watcher {
    /// Watches until shutdown, reconnecting after any failure with a delay that doubles
    /// while sessions keep failing and starts again from one second once one got through
    /// the inbox.
    pub async fn run(&self) {
        let mut delay = Duration::from_secs(1);
        while !self.shutdown.is_cancelled() {
            match self.session(&mut delay).await {
                Ok(()) => break,
                Err(error) => {
                    tracing::warn!(%error, retry_in_s = delay.as_secs(), "mailbox session ended");
                    tokio::select! {
                        _ = self.shutdown.cancelled() => break,
                        _ = tokio::time::sleep(delay) => {}
                    }
                    delay = (delay * 2).min(MAX_RECONNECT_DELAY);
                }
            }
        }
        tracing::info!("mailbox watcher stopped");
    }

    async fn within<T, E>(
        &self,
        what: &'static str,
        fut: impl std::future::Future<Output = Result<T, E>>,
    ) -> Result<T, WatchError>
    where
        WatchError: From<E>,
    {
        match tokio::time::timeout(Duration::from_secs(self.config.timeout_secs), fut).await {
            Ok(result) => Ok(result?),
            Err(_) => Err(WatchError::Timeout(what)),
        }
    }

    /// One connected session: returns Ok on shutdown, Err on any failure. `delay` (the wait
    /// before the next connection) is reset each time the inbox was gone through.
    async fn session(&self, delay: &mut Duration) -> Result<(), WatchError> {
        let mut session = connect(&self.config, &self.connector).await?;
        let capabilities = self.within("CAPABILITY", session.capabilities()).await?;
        let has_idle = capabilities.has_str("IDLE");
        let has_move = capabilities.has_str("MOVE");
        for folder in [&self.config.processed_folder, &self.config.quarantine_folder, &self.config.sent_folder] {
            // CREATE fails when the folder exists, which is the usual case.
            let _ = self.within("CREATE", session.create(folder)).await;
        }
        tracing::info!(host = %self.config.host, mailbox = %self.config.mailbox, idle = has_idle, "mailbox connected");
        let _connected = crate::metrics::Up::mailbox_connected();
        loop {
            let selected = self.within("SELECT", session.select(&self.config.mailbox)).await?;
            let uidvalidity =
                selected.uid_validity.ok_or_else(|| WatchError::NoUidValidity(self.config.mailbox.clone()))?;
            while session.unsolicited_responses.try_recv().is_ok() {}
            self.intake.refresh_directory().await?;
            let done = self.drain(&mut session, uidvalidity, has_move).await?;
            *delay = Duration::from_secs(1);
            if done || self.shutdown.is_cancelled() {
                let _ = self.within("LOGOUT", session.logout()).await;
                return Ok(());
            }
            session = if has_idle { self.idle(session).await? } else { self.poll(session).await? };
            if self.shutdown.is_cancelled() {
                let _ = self.within("LOGOUT", session.logout()).await;
                return Ok(());
            }
        }
    }

    /// Waits in IDLE until the server reports a change, the refresh time passes, or shutdown.
    async fn idle(&self, session: ImapSession) -> Result<ImapSession, WatchError> {
        let mut handle = session.idle();
        self.within("IDLE", handle.init()).await?;
        let refresh = Duration::from_secs(self.config.poll_interval_secs.clamp(1, 29 * 60));
        let (wait, stop) = handle.wait_with_timeout(refresh);
        let response = tokio::select! {
            response = wait => Some(response?),
            _ = self.shutdown.cancelled() => None,
        };
        drop(stop);
        if let Some(IdleResponse::NewData(_)) = response {
            tracing::debug!("mailbox changed");
        }
        self.within("DONE", handle.done()).await
    }

    async fn poll(&self, mut session: ImapSession) -> Result<ImapSession, WatchError> {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(self.config.poll_interval_secs.max(1))) => {}
            _ = self.shutdown.cancelled() => {}
        }
        self.within("NOOP", session.noop()).await?;
        Ok(session)
    }

    /// Handles every mail waiting in the mailbox, a batch at a time. Returns true when
    /// shutdown was asked (after finishing the mail in hand).
    async fn drain(&self, session: &mut ImapSession, uidvalidity: u32, has_move: bool) -> Result<bool, WatchError> {
        let mut uids: Vec<u32> = self.within("SEARCH", session.uid_search("ALL")).await?.into_iter().collect();
        uids.sort_unstable();
        let uids = self.move_already_handled(session, uidvalidity, uids, has_move).await?;
        for chunk in uids.chunks(self.config.fetch_batch as usize) {
            let set = uid_set(chunk);
            let sizes: HashMap<u32, u32> = {
                let stream = self.within("FETCH", session.uid_fetch(&set, "(UID RFC822.SIZE)")).await?;
                let fetched: Vec<_> = self.within("FETCH", stream.try_collect::<Vec<_>>()).await?;
                fetched.iter().filter_map(|f| Some((f.uid?, f.size.unwrap_or(0)))).collect()
            };
            let max = self.intake.max_message_bytes();
            let (large, normal): (Vec<u32>, Vec<u32>) =
                chunk.iter().partition(|uid| sizes.get(uid).copied().unwrap_or(0) as u64 > max);
            let mut mails: Vec<(u32, Vec<u8>, u64)> = Vec::with_capacity(chunk.len());
            // Oversized mails: only their header is read, enough to answer their sender.
            for (uids, query) in [(&normal, "(UID BODY.PEEK[])"), (&large, "(UID BODY.PEEK[HEADER])")] {
                if uids.is_empty() {
                    continue;
                }
                let stream = self.within("FETCH", session.uid_fetch(uid_set(uids), query)).await?;
                let fetched: Vec<_> = self.within("FETCH", stream.try_collect::<Vec<_>>()).await?;
                for f in &fetched {
                    // BODY[HEADER] comes back as the header section, not as the body.
                    if let (Some(uid), Some(body)) = (f.uid, f.body().or_else(|| f.header())) {
                        let size = sizes.get(&uid).copied().unwrap_or(body.len() as u32) as u64;
                        mails.push((uid, body.to_vec(), size));
                    }
                }
            }
            mails.sort_by_key(|m| m.0);
            let mut moves: HashMap<&str, Vec<u32>> = HashMap::new();
            for (uid, raw, size) in mails {
                let place = Place { mailbox: &self.config.mailbox, uidvalidity, uid, size };
                let outcome = match self.handle(raw, place).await {
                    Ok(outcome) => outcome,
                    Err(error) => {
                        // The database failed: leave the rest where it is and try later.
                        self.apply_moves(session, &moves, has_move).await?;
                        return Err(error);
                    }
                };
                crate::metrics::mail_handled(&outcome);
                if outcome.answers > 0 {
                    // Answers leave while the rest of the batch is read.
                    self.outbox.notify_one();
                }
                let folder = match outcome.disposition {
                    Disposition::Processed => &self.config.processed_folder,
                    Disposition::Quarantine => &self.config.quarantine_folder,
                    Disposition::Sent => &self.config.sent_folder,
                };
                if outcome.disposition == Disposition::Sent {
                    // Our own mail coming back: only worth a line when it settles a doubt.
                    if outcome.reason.ends_with("confirmed") {
                        tracing::info!(uid, folder = %folder, reason = %outcome.reason, "journal copy filed");
                    } else {
                        tracing::debug!(uid, folder = %folder, reason = %outcome.reason, "journal copy filed");
                    }
                } else {
                    tracing::info!(
                        uid,
                        kind = outcome.kind.map(|k| k.as_str()),
                        ticket = outcome.ticket.map(|t| t.to_string()),
                        folder = %folder,
                        duplicate = outcome.duplicate,
                        answers = outcome.answers,
                        reason = %outcome.reason,
                        "mail handled"
                    );
                }
                moves.entry(folder.as_str()).or_default().push(uid);
                if self.shutdown.is_cancelled() {
                    break;
                }
            }
            self.apply_moves(session, &moves, has_move).await?;
            if self.shutdown.is_cancelled() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Mails at or below the checkpoint were handled before a restart but not yet moved:
    /// they are moved without being fetched again. Returns the UIDs still to handle.
    async fn move_already_handled(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        uids: Vec<u32>,
        has_move: bool,
    ) -> Result<Vec<u32>, WatchError> {
        let store = self.intake.store();
        let Some(checkpoint) = store.checkpoint(&self.config.mailbox).await? else { return Ok(uids) };
        if checkpoint.uidvalidity != uidvalidity {
            tracing::warn!(
                old = checkpoint.uidvalidity,
                new = uidvalidity,
                "UIDVALIDITY changed: every mail is checked again"
            );
            return Ok(uids);
        }
        let below: Vec<u32> = uids.iter().copied().filter(|u| *u <= checkpoint.last_uid).collect();
        if below.is_empty() {
            return Ok(uids);
        }
        let known = store.outcomes_by_uid(&self.config.mailbox, uidvalidity, &below).await?;
        let mut moves: HashMap<&str, Vec<u32>> = HashMap::new();
        for (uid, outcome) in &known {
            let folder =
                if outcome == "quarantine" { &self.config.quarantine_folder } else { &self.config.processed_folder };
            moves.entry(folder.as_str()).or_default().push(*uid);
        }
        tracing::info!(mails = known.len(), "moving mails handled before a restart");
        self.apply_moves(session, &moves, has_move).await?;
        let moved: std::collections::HashSet<u32> = known.iter().map(|(u, _)| *u).collect();
        Ok(uids.into_iter().filter(|u| !moved.contains(u)).collect())
    }

    /// Intake in its own task, so that even a panic in understanding only quarantines the
    /// mail that caused it.
    async fn handle(&self, raw: Vec<u8>, place: Place<'_>) -> Result<crate::intake::Outcome, WatchError> {
        let intake = self.intake.clone();
        let mailbox = place.mailbox.to_string();
        let (uidvalidity, uid, size) = (place.uidvalidity, place.uid, place.size);
        let mut task = tokio::spawn(async move {
            let place = Place { mailbox: &mailbox, uidvalidity, uid, size };
            intake.handle(&raw, place).await
        });
        let joined = match tokio::time::timeout(INTAKE_TIMEOUT, &mut task).await {
            Ok(joined) => joined,
            Err(_) => {
                // Dropping the transaction rolls it back; the mail stays where it is.
                task.abort();
                return Err(WatchError::Timeout("intake (database)"));
            }
        };
        match joined {
            Ok(result) => Ok(result?),
            Err(join_error) => {
                let reason = format!("internal error while reading this mail: {join_error}");
                tracing::error!(uid, %reason, "mail quarantined");
                Ok(self.intake.record_failure(place, &reason).await?)
            }
        }
    }

    async fn apply_moves(
        &self,
        session: &mut ImapSession,
        moves: &HashMap<&str, Vec<u32>>,
        has_move: bool,
    ) -> Result<(), WatchError> {
        for (folder, uids) in moves {
            if uids.is_empty() {
                continue;
            }
            let set = uid_set(uids);
            if has_move {
                self.within("MOVE", session.uid_mv(&set, folder)).await?;
            } else {
                self.within("COPY", session.uid_copy(&set, folder)).await?;
                let stream = self.within("STORE", session.uid_store(&set, "+FLAGS.SILENT (\\Deleted)")).await?;
                self.within("STORE", stream.try_collect::<Vec<_>>()).await?;
                let stream = self.within("EXPUNGE", session.uid_expunge(&set)).await?;
                self.within("EXPUNGE", stream.try_collect::<Vec<_>>()).await?;
            }
        }
        Ok(())
    }
}

/// A compact UID set: `1:5,8,10:12`.
pub fn uid_set(uids: &[u32]) -> String {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = String::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(super::uid_set(&[5, 1, 2, 3, 8, 10, 11, 12, 3]), "1:3,5,8,10:12");
        assert_eq!(super::uid_set(&[7]), "7");
    }
}
