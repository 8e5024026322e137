//! The mailbox watcher: fetch what waits in the inbox, hand each mail to intake, then move
//! it to `processed`, `quarantine` or `sent` — only after intake's commit. IDLE when the
//! server has it, polling otherwise; reconnects with backoff.
//!
//! On PostgreSQL the daemon runs the watcher only while it holds the mailbox lock
//! (`store::lease`), and drops it mid-operation when the lock is lost. Nothing here depends
//! on finishing: a mail is moved only after its intake committed, and a mail committed but
//! not moved is moved by the next session (its UID is at or below the checkpoint).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use async_imap::types::UnsolicitedResponse;
use futures::TryStreamExt;
use tokio::sync::Notify;
use tokio_rustls::TlsConnector;
use tokio_util::sync::CancellationToken;

use super::connect::{connect, ImapSession};
use crate::config::Imap;
use crate::intake::{Disposition, Fetched, Intake, Outcome, Place};

/// Longest wait between two connection attempts.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(60);
/// An intake (one database transaction) taking longer than this means the database is out of
/// reach: the session ends, the mail stays in the inbox and is handled again later.
const INTAKE_TIMEOUT: Duration = Duration::from_secs(120);
/// A mail whose own transaction failed this many times while the database still records
/// others goes to quarantine, so that one mail the database refuses cannot hold back the
/// inbox.
const MAX_REFUSALS: u32 = 3;

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
    /// Database errors met by each mail handled alone, by (UIDVALIDITY, UID).
    refusals: Mutex<HashMap<(u32, u32), u32>>,
}

impl Watcher {
    pub fn new(
        config: Imap,
        connector: TlsConnector,
        intake: Arc<Intake>,
        outbox: Arc<Notify>,
        shutdown: CancellationToken,
    ) -> Self {
        Watcher { config, connector, intake, outbox, shutdown, refusals: Mutex::new(HashMap::new()) }
    }

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
            if arrived_meanwhile(&session) {
                // Mail came in while the batch was handled: IDLE would not announce it again.
                continue;
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
    /// shutdown was asked (after finishing the batch in hand).
    async fn drain(&self, session: &mut ImapSession, uidvalidity: u32, has_move: bool) -> Result<bool, WatchError> {
        let mut uids: Vec<u32> = self.within("SEARCH", session.uid_search("ALL")).await?.into_iter().collect();
        uids.sort_unstable();
        let uids = self.move_already_handled(session, uidvalidity, uids, has_move).await?;
        for chunk in uids.chunks(self.config.fetch_batch as usize) {
            let sizes: HashMap<u32, u64> = {
                let stream = self.within("FETCH", session.uid_fetch(uid_set(chunk), "(UID RFC822.SIZE)")).await?;
                let fetched: Vec<_> = self.within("FETCH", stream.try_collect::<Vec<_>>()).await?;
                fetched.iter().filter_map(|f| Some((f.uid?, f.size.unwrap_or(0) as u64))).collect()
            };
            let max = self.intake.max_message_bytes();
            for group in groups_by_bytes(chunk, &sizes, max) {
                let mails = self.fetch(session, &group, &sizes, max).await?;
                let (handled, failure) = self.handle_group(uidvalidity, mails).await;
                let mut moves: HashMap<&str, Vec<u32>> = HashMap::new();
                for (uid, outcome) in &handled {
                    let folder = self.folder(outcome);
                    moves.entry(folder).or_default().push(*uid);
                }
                if handled.iter().any(|(_, o)| o.answers > 0) {
                    self.outbox.notify_one();
                }
                self.apply_moves(session, &moves, has_move).await?;
                if let Some(error) = failure {
                    // The database failed: leave the rest where it is and try later.
                    return Err(error);
                }
                if self.shutdown.is_cancelled() {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// Fetches a group of mails; an oversized one only by its header, enough to answer its
    /// sender.
    async fn fetch(
        &self,
        session: &mut ImapSession,
        group: &[u32],
        sizes: &HashMap<u32, u64>,
        max: u64,
    ) -> Result<Vec<Fetched>, WatchError> {
        let (large, normal): (Vec<u32>, Vec<u32>) =
            group.iter().partition(|uid| sizes.get(uid).copied().unwrap_or(0) > max);
        let mut mails = Vec::with_capacity(group.len());
        for (uids, query) in [(&normal, "(UID BODY.PEEK[])"), (&large, "(UID BODY.PEEK[HEADER])")] {
            if uids.is_empty() {
                continue;
            }
            let stream = self.within("FETCH", session.uid_fetch(uid_set(uids), query)).await?;
            let fetched: Vec<_> = self.within("FETCH", stream.try_collect::<Vec<_>>()).await?;
            for f in &fetched {
                // BODY[HEADER] comes back as the header section, not as the body.
                if let (Some(uid), Some(body)) = (f.uid, f.body().or_else(|| f.header())) {
                    let size = sizes.get(&uid).copied().unwrap_or(body.len() as u64);
                    mails.push(Fetched { uid, raw: body.to_vec(), size });
                }
            }
        }
        mails.sort_by_key(|m| m.uid);
        Ok(mails)
    }

    /// Handles a group of mails in one transaction; when that fails (a database error, or
    /// a panic in understanding one of them), goes through them again one transaction each,
    /// so that a bad mail is quarantined alone and a database failure keeps what was done
    /// before it. Returns the mails handled and, if the database failed, the error.
    async fn handle_group(&self, uidvalidity: u32, mails: Vec<Fetched>) -> (Vec<(u32, Outcome)>, Option<WatchError>) {
        let mails = Arc::new(mails);
        let (intake, batch, mailbox) = (self.intake.clone(), mails.clone(), self.config.mailbox.clone());
        let mut task = tokio::spawn(async move { intake.handle_batch(&mailbox, uidvalidity, &batch).await });
        match tokio::time::timeout(INTAKE_TIMEOUT, &mut task).await {
            Ok(Ok(Ok(outcomes))) => {
                let handled: Vec<(u32, Outcome)> = mails.iter().map(|m| m.uid).zip(outcomes).collect();
                for (uid, outcome) in &handled {
                    self.log(*uid, outcome);
                }
                return (handled, None);
            }
            Ok(Ok(Err(error))) => {
                tracing::warn!(%error, mails = mails.len(), "batch rolled back: its mails are handled one by one");
            }
            Ok(Err(error)) => {
                tracing::warn!(%error, mails = mails.len(), "batch interrupted: its mails are handled one by one");
            }
            Err(_) => {
                // Dropping the transaction rolls it back; the mails stay where they are.
                task.abort();
                return (Vec::new(), Some(WatchError::Timeout("intake (database)")));
            }
        }
        let mut handled = Vec::with_capacity(mails.len());
        for mail in mails.iter() {
            let uid = mail.uid;
            let outcome = match self.handle(mail.clone(), uidvalidity).await {
                Ok(outcome) => {
                    self.refusals.lock().expect("refusals lock").remove(&(uidvalidity, uid));
                    outcome
                }
                Err(error) => match self.refused(uidvalidity, mail, &error).await {
                    Some(outcome) => outcome,
                    None => return (handled, Some(error)),
                },
            };
            self.log(uid, &outcome);
            handled.push((uid, outcome));
        }
        (handled, None)
    }

    /// A database error on one mail handled alone. After `MAX_REFUSALS` of them the mail is
    /// recorded as failed, for quarantine, if the database takes that record: then it is the
    /// mail, not the database, that fails. None: leave it where it is for now.
    async fn refused(&self, uidvalidity: u32, mail: &Fetched, error: &WatchError) -> Option<Outcome> {
        if !matches!(error, WatchError::Store(_)) {
            return None;
        }
        let refusals = {
            let mut refusals = self.refusals.lock().expect("refusals lock");
            let count = refusals.entry((uidvalidity, mail.uid)).or_insert(0);
            *count += 1;
            *count
        };
        if refusals < MAX_REFUSALS {
            return None;
        }
        let reason = format!("the database refused this mail {refusals} times: {error}");
        let place = Place { mailbox: &self.config.mailbox, uidvalidity, uid: mail.uid, size: mail.size };
        let outcome = self.intake.record_failure(place, &reason).await.ok()?;
        tracing::error!(uid = mail.uid, %reason, "mail quarantined");
        self.refusals.lock().expect("refusals lock").remove(&(uidvalidity, mail.uid));
        Some(outcome)
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

    /// One mail's intake in its own task, so that even a panic in understanding only
    /// quarantines the mail that caused it.
    async fn handle(&self, mail: Fetched, uidvalidity: u32) -> Result<Outcome, WatchError> {
        let (intake, mailbox) = (self.intake.clone(), self.config.mailbox.clone());
        let (uid, size) = (mail.uid, mail.size);
        let mut task = tokio::spawn(async move {
            let place = Place { mailbox: &mailbox, uidvalidity, uid, size };
            intake.handle(&mail.raw, place).await
        });
        let joined = match tokio::time::timeout(INTAKE_TIMEOUT, &mut task).await {
            Ok(joined) => joined,
            Err(_) => {
                task.abort();
                return Err(WatchError::Timeout("intake (database)"));
            }
        };
        match joined {
            Ok(result) => Ok(result?),
            Err(join_error) => {
                let reason = format!("internal error while reading this mail: {join_error}");
                tracing::error!(uid, %reason, "mail quarantined");
                let place = Place { mailbox: &self.config.mailbox, uidvalidity, uid, size };
                Ok(self.intake.record_failure(place, &reason).await?)
            }
        }
    }

    /// The folder a handled mail goes to.
    fn folder(&self, outcome: &Outcome) -> &str {
        match outcome.disposition {
            Disposition::Processed => &self.config.processed_folder,
            Disposition::Quarantine => &self.config.quarantine_folder,
            Disposition::Sent => &self.config.sent_folder,
        }
    }

    /// Counts a handled mail (metrics) and logs it.
    fn log(&self, uid: u32, outcome: &Outcome) {
        crate::metrics::mail_handled(outcome.handled());
        let folder = self.folder(outcome);
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

/// Whether the server announced new mail (untagged EXISTS or RECENT) since the last SELECT;
/// the other announcements are dropped.
fn arrived_meanwhile(session: &ImapSession) -> bool {
    let mut arrived = false;
    while let Ok(response) = session.unsolicited_responses.try_recv() {
        arrived |= matches!(response, UnsolicitedResponse::Exists(_) | UnsolicitedResponse::Recent(_));
    }
    arrived
}

/// Bytes fetched and held at once, at most (unless one mail alone is larger): a batch of
/// large mails is fetched a few at a time.
const GROUP_BYTES: u64 = 32 * 1024 * 1024;

/// Splits a batch (in UID order) into groups of at most `GROUP_BYTES`, counting an
/// oversized mail by its header only (a few KiB).
fn groups_by_bytes(uids: &[u32], sizes: &HashMap<u32, u64>, max: u64) -> Vec<Vec<u32>> {
    let mut groups: Vec<Vec<u32>> = Vec::new();
    let mut bytes = 0;
    for &uid in uids {
        let size = sizes.get(&uid).copied().unwrap_or(0);
        let size = if size > max { 64 * 1024 } else { size };
        match groups.last_mut() {
            Some(group) if bytes + size <= GROUP_BYTES => group.push(uid),
            _ => {
                groups.push(vec![uid]);
                bytes = 0;
            }
        }
        bytes += size;
    }
    groups
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
    fn large_mails_are_fetched_a_few_at_a_time() {
        let mb = 1024 * 1024;
        let sizes = [(1, 10 * mb), (2, 10 * mb), (3, 10 * mb), (4, 10 * mb), (5, 40 * mb), (6, 1), (7, 900 * mb)];
        let sizes = sizes.into_iter().collect();
        let groups = super::groups_by_bytes(&[1, 2, 3, 4, 5, 6, 7], &sizes, 100 * mb);
        // 7 is over the limit: only its header is fetched, so it joins 6.
        assert_eq!(groups, vec![vec![1, 2, 3], vec![4], vec![5], vec![6, 7]]);
        assert!(super::groups_by_bytes(&[], &sizes, 100 * mb).is_empty());
    }

    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(super::uid_set(&[5, 1, 2, 3, 8, 10, 11, 12, 3]), "1:3,5,8,10:12");
        assert_eq!(super::uid_set(&[7]), "7");
    }
}
