//! The delivery task: claims due outbox entries and hands them to the MTA over a few SMTP
//! connections, one recipient's mails in order, with retries and a final state.
//!
//! Every daemon runs one (claims are leases, see `store::lease`). Each mail is one SMTP
//! transaction, bounded as a whole (connection included) by `smtp.timeout_secs`:
//! - refused with a 5xx reply: `failed`, with the reply;
//! - failed before the message was sent (4xx reply, connection refused or lost, timeout):
//!   not delivered, tried again after `retry_base_secs` × 2^attempts (at most
//!   `retry_max_secs`), and `failed` with the last error after `max_attempts`;
//! - lost after the message was sent but before the MTA's reply: perhaps delivered. With the
//!   journal on it becomes `unconfirmed`, like a mail in flight when a daemon died: its
//!   journal copy coming back confirms it, or it is sent again after `journal_grace_secs`.
//!   Without the journal it is retried (and may arrive twice).
//!
//! With the journal on, a round's entries (up to 200) are marked `sending` a chunk of
//! [`TAKE_CHUNK`] at a time, just ahead of their attempts, and `sent` in one write at the end
//! (see `round`): a few syncs to disk per round rather than two per mail. A crash leaves the
//! entries taken `unconfirmed`: the journal copies that come back confirm the mails that
//! left; only the others, a chunk at most beside those in flight, wait `journal_grace_secs`
//! before they are sent. Entries merely claimed are free again at once.
//!
//! A connection is reused only after a clean transaction (with a NOOP first when it has been
//! idle a while); one that failed or timed out is closed, never reused with a command half
//! answered.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures::StreamExt;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::Address;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Notify;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::TlsConnector;
use tokio_util::sync::CancellationToken;

use crate::config::{Config, Security};
use crate::store::{now_ms, OutboxEntry, Store};

/// Entries claimed per round.
const BATCH: i64 = 200;
/// Entries of a round marked `sending` in one write (journal on): the most a crash can leave
/// waiting `journal_grace_secs` for a journal copy that will never come, beside the mails in
/// flight.
const TAKE_CHUNK: usize = 20;
/// Idle connections older than this are closed rather than reused.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Connections used less than this long ago are taken again without a NOOP.
const FRESH: Duration = Duration::from_secs(2);
/// Longest pause between rounds while the database fails.
const MAX_DB_RETRY: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("smtp.ca_file: {0}")]
    Ca(String),
    #[error("smtp password: {0}")]
    Secret(String),
    #[error("desk.address: {0}")]
    Address(#[from] lettre::address::AddressError),
}

/// Sends the outbox.
pub struct Deliverer {
    store: Store,
    smtp: SmtpClient,
    from: Address,
    journal: Option<Address>,
    config: crate::config::Outbox,
    concurrency: usize,
}

/// What one send attempt came to.
enum Attempt {
    Sent,
    /// Not delivered: worth trying again later.
    Temporary(String),
    /// Refused for good.
    Permanent(String),
    /// The message was sent but its reply never came: perhaps delivered.
    Unknown(String),
}

impl Deliverer {
    /// What [`Deliverer::new`] checks, without a store: the desk's address and the SMTP
    /// settings (CA file included).
    pub fn check(config: &Config) -> Result<(), SetupError> {
        let _: Address = config.desk.address.parse()?;
        SmtpClient::new(&config.smtp).map(drop)
    }

    pub fn new(store: Store, config: &Config) -> Result<Self, SetupError> {
        let from: Address = config.desk.address.parse()?;
        Ok(Deliverer {
            store,
            smtp: SmtpClient::new(&config.smtp)?,
            journal: config.outbox.journal.then(|| from.clone()),
            from,
            config: config.outbox.clone(),
            concurrency: config.smtp.pool_size.max(1) as usize,
        })
    }

    /// Runs until `shutdown`; `wake` is notified when intake queues mail.
    pub async fn run(self, wake: Arc<Notify>, shutdown: CancellationToken, recover_all: bool) {
        if recover_all {
            // The embedded database has one daemon: whatever is `sending` was ours.
            self.recover(i64::MAX).await;
            if let Err(error) = self.store.release_all_claims().await {
                tracing::warn!(%error, "outbox recovery failed");
            }
        }
        let mut idle = true;
        let mut db_retry = Duration::from_secs(1);
        while !shutdown.is_cancelled() {
            if idle {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = wake.notified() => {}
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                }
            }
            self.recover(now_ms()).await;
            match self.round().await {
                Ok(claimed) => {
                    idle = claimed < BATCH as usize;
                    db_retry = Duration::from_secs(1);
                }
                Err(error) => {
                    tracing::warn!(%error, retry_in_s = db_retry.as_secs(), "outbox round failed");
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(db_retry) => {}
                    }
                    db_retry = (db_retry * 2).min(MAX_DB_RETRY);
                    idle = true;
                }
            }
        }
        self.smtp.shutdown().await;
        tracing::info!("outbox delivery stopped");
    }

    /// Dead daemons' in-flight mails wait for their journal copy, then are sent again.
    async fn recover(&self, lease_cutoff: i64) {
        let now = now_ms();
        match self.store.expire_leases(lease_cutoff, now).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(entries = n, "mails in flight when a daemon stopped: awaiting confirmation"),
            Err(error) => tracing::debug!(%error, "outbox recovery failed"),
        }
        let grace = if self.journal.is_some() { self.config.journal_grace_secs as i64 * 1000 } else { 0 };
        match self.store.requeue_unconfirmed(now - grace, now).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(entries = n, "unconfirmed mails sent again"),
            Err(error) => tracing::debug!(%error, "outbox recovery failed"),
        }
    }

    /// One claim-and-send round; returns how many entries it claimed.
    ///
    /// With the journal on, the round's entries are marked `sending` a chunk at a time as
    /// their turn comes, and `sent` in one write after the round: a crash in between leaves
    /// the chunks taken `unconfirmed`, and their journal copies tell which left. Without the
    /// journal each mail is marked on its own, so that a crash can only leave in doubt the
    /// mails in flight.
    async fn round(&self) -> crate::store::Result<usize> {
        let now = now_ms();
        let claimed_until = now + self.config.lease_secs as i64 * 1000;
        let entries = self.store.claim_outgoing(now, claimed_until, BATCH).await?;
        let claimed = entries.len();
        let mut by_recipient: BTreeMap<String, Vec<OutboxEntry>> = BTreeMap::new();
        for entry in entries {
            by_recipient.entry(entry.recipient.clone()).or_default().push(entry);
        }
        let batch = (self.journal.is_some() && claimed > 0).then(|| Batch {
            // The order in which the recipients' queues are run, near enough.
            order: by_recipient.values().flatten().map(|e| e.id).collect(),
            taking: tokio::sync::Mutex::new(Taking::default()),
            sent: Mutex::new(Vec::new()),
        });
        futures::stream::iter(by_recipient.into_values())
            .for_each_concurrent(self.concurrency, |queue| self.send_in_order(queue, claimed_until, batch.as_ref()))
            .await;
        if let Some(batch) = batch {
            let sent = batch.sent.into_inner().expect("sent list lock");
            self.store.mark_all_sent(&sent, now_ms()).await?;
        }
        Ok(claimed)
    }

    /// Takes a claimed entry for sending, alone or as part of the round's batch. False: it
    /// is not ours any more (another daemon took it, or the round ran out of lease time),
    /// and neither are the recipient's next ones.
    async fn take(&self, entry: &OutboxEntry, claimed_until: i64, batch: Option<&Batch>) -> bool {
        let Some(batch) = batch else {
            let sending_until = now_ms() + self.config.lease_secs as i64 * 1000;
            return match self.store.take_for_sending(entry.id, claimed_until, sending_until).await {
                Ok(true) => true,
                Ok(false) => {
                    tracing::info!(outbox = entry.id, to = %entry.recipient, "claim expired: left to another daemon");
                    false
                }
                Err(error) => {
                    tracing::warn!(%error, outbox = entry.id, "could not mark entry sending; left for later");
                    false
                }
            };
        };
        let mut taking = batch.taking.lock().await;
        if !taking.taken.contains_key(&entry.id) && !taking.lost.contains(&entry.id) {
            // This entry and the next ones of the round not taken yet, in one write.
            let mut chunk = vec![entry.id];
            while chunk.len() < TAKE_CHUNK && taking.next < batch.order.len() {
                let id = batch.order[taking.next];
                taking.next += 1;
                if id != entry.id && !taking.is_settled(id) {
                    chunk.push(id);
                }
            }
            let sending_until = now_ms() + self.config.lease_secs as i64 * 1000;
            match self.store.take_round_for_sending(&chunk, claimed_until, sending_until).await {
                Ok(taken) => {
                    for id in chunk {
                        if taken.contains(&id) {
                            taking.taken.insert(id, sending_until);
                        } else {
                            taking.lost.insert(id);
                        }
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, outbox = entry.id, "could not mark entries sending; left for later");
                    return false;
                }
            }
        }
        let Some(&sending_until) = taking.taken.get(&entry.id) else {
            tracing::info!(outbox = entry.id, to = %entry.recipient, "claim expired: left to another daemon");
            return false;
        };
        drop(taking);
        // An attempt must end within the lease, or another daemon could send it too.
        let attempt_ms = self.smtp.timeout.as_millis() as i64;
        if now_ms() + attempt_ms >= sending_until {
            self.give_back(entry, claimed_until, Some(batch), now_ms()).await;
            return false;
        }
        true
    }

    /// Returns an entry untried, due at `at`.
    async fn give_back(&self, entry: &OutboxEntry, claimed_until: i64, batch: Option<&Batch>, at: i64) {
        let taken = match batch {
            Some(batch) => {
                let mut taking = batch.taking.lock().await;
                if taking.lost.contains(&entry.id) {
                    return;
                }
                // Never taken afterwards by a chunk: it is back in the queue.
                taking.released.insert(entry.id);
                taking.taken.get(&entry.id).copied()
            }
            None => None,
        };
        let released = match taken {
            Some(sending_until) => self.store.release_taken(entry.id, sending_until, at).await,
            None => self.store.release_claim(entry.id, claimed_until, at).await,
        };
        if let Err(error) = released {
            tracing::warn!(%error, outbox = entry.id, "could not release entry");
        }
    }

    /// Sends one recipient's mails in order; after a failure the rest wait untried.
    async fn send_in_order(&self, queue: Vec<OutboxEntry>, claimed_until: i64, batch: Option<&Batch>) {
        let mut blocked_until = None;
        let mut queue = queue.into_iter();
        while let Some(entry) = queue.next() {
            if let Some(at) = blocked_until {
                self.give_back(&entry, claimed_until, batch, at).await;
                continue;
            }
            if !self.take(&entry, claimed_until, batch).await {
                // The rest of this recipient's mails follow this one.
                for entry in queue.by_ref() {
                    self.give_back(&entry, claimed_until, batch, now_ms()).await;
                }
                return;
            }
            let result = self.attempt(&entry).await;
            let now = now_ms();
            let attempts = entry.attempts + 1;
            let recorded = match result {
                Attempt::Sent => {
                    crate::metrics::mail_sent(entry.purpose);
                    tracing::info!(outbox = entry.id, to = %entry.recipient, purpose = %entry.purpose, message_id = %entry.message_id, attempts, "mail sent");
                    match batch {
                        Some(batch) => {
                            batch.sent.lock().expect("sent list lock").push(entry.id);
                            Ok(())
                        }
                        None => self.store.mark_sent(entry.id, now).await,
                    }
                }
                Attempt::Permanent(error) => {
                    tracing::warn!(outbox = entry.id, to = %entry.recipient, %error, attempts, "mail refused: failed");
                    self.store.mark_failed(entry.id, now, &error).await
                }
                Attempt::Unknown(error) if self.journal.is_some() => {
                    tracing::warn!(outbox = entry.id, to = %entry.recipient, %error, attempts, "mail perhaps sent: awaiting its journal copy");
                    blocked_until = Some(now);
                    self.store.mark_unconfirmed(entry.id, now, &error).await
                }
                Attempt::Temporary(error) | Attempt::Unknown(error) if attempts >= self.config.max_attempts as i64 => {
                    tracing::warn!(outbox = entry.id, to = %entry.recipient, %error, attempts, "mail failed: too many attempts");
                    self.store.mark_failed(entry.id, now, &error).await
                }
                Attempt::Temporary(error) | Attempt::Unknown(error) => {
                    let next = now + self.backoff_ms(entry.attempts);
                    tracing::info!(outbox = entry.id, to = %entry.recipient, %error, attempts, retry_in_s = (next - now) / 1000, "mail delayed");
                    blocked_until = Some(next);
                    self.store.mark_retry(entry.id, next, &error).await
                }
            };
            if let Err(error) = recorded {
                tracing::error!(%error, outbox = entry.id, "delivery state not recorded");
            }
        }
    }

    /// Retry delay after `attempts` previous attempts: base × 2^attempts, capped.
    fn backoff_ms(&self, attempts: i64) -> i64 {
        let base = self.config.retry_base_secs.max(1);
        let delay = base.saturating_mul(1u64 << attempts.clamp(0, 20)).min(self.config.retry_max_secs.max(base));
        delay as i64 * 1000
    }

    async fn attempt(&self, entry: &OutboxEntry) -> Attempt {
        let to: Address = match entry.recipient.parse() {
            Ok(to) => to,
            Err(e) => return Attempt::Permanent(format!("bad recipient address: {e}")),
        };
        let mut recipients = vec![to];
        recipients.extend(self.journal.clone());
        let envelope = match Envelope::new(Some(self.from.clone()), recipients) {
            Ok(envelope) => envelope,
            Err(e) => return Attempt::Permanent(format!("envelope: {e}")),
        };
        self.smtp.send(&envelope, &entry.raw).await
    }
}

/// The state of a round whose entries are taken for sending a chunk at a time.
struct Batch {
    /// The round's entries in the order they are expected to be sent.
    order: Vec<i64>,
    /// Held while a chunk is taken, so that an entry is taken once.
    taking: tokio::sync::Mutex<Taking>,
    /// Entries the MTA took, recorded at the end of the round.
    sent: Mutex<Vec<i64>>,
}

/// Which of a round's entries were taken for sending, and which cannot be any more.
#[derive(Default)]
struct Taking {
    /// Position in [`Batch::order`] of the next entry a chunk may take.
    next: usize,
    /// Entries marked `sending`, with the end of their lease.
    taken: HashMap<i64, i64>,
    /// Entries whose claim had expired: another daemon's now.
    lost: HashSet<i64>,
    /// Entries given back: not to be taken in this round.
    released: HashSet<i64>,
}

impl Taking {
    fn is_settled(&self, id: i64) -> bool {
        self.taken.contains_key(&id) || self.lost.contains(&id) || self.released.contains(&id)
    }
}

/// SMTP connections to the MTA, opened on demand and kept while they work.
struct SmtpClient {
    host: String,
    port: u16,
    timeout: Duration,
    /// STARTTLS parameters (lettre upgrades the connection).
    starttls: Option<TlsParameters>,
    /// Implicit TLS, from the first byte.
    wrapper: Option<TlsConnector>,
    credentials: Option<Credentials>,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    max_idle: usize,
}

impl SmtpClient {
    fn new(smtp: &crate::config::Smtp) -> Result<Self, SetupError> {
        let (starttls, wrapper) = match smtp.security {
            Security::Plain => (None, None),
            Security::Starttls => {
                let mut builder = TlsParameters::builder(smtp.host.clone());
                if let Some(path) = &smtp.ca_file {
                    let pem = std::fs::read(path).map_err(|e| SetupError::Ca(format!("{}: {e}", path.display())))?;
                    let cert = Certificate::from_pem(&pem).map_err(|e| SetupError::Ca(e.to_string()))?;
                    builder = builder.add_root_certificate(cert);
                }
                (Some(builder.build_rustls()?), None)
            }
            Security::Tls => {
                let connector = crate::tls::connector(smtp.ca_file.as_deref()).map_err(SetupError::Ca)?;
                (None, Some(connector))
            }
        };
        let credentials = match &smtp.user {
            Some(user) => Some(Credentials::new(user.clone(), smtp.secret.read().map_err(SetupError::Secret)?)),
            None => None,
        };
        Ok(SmtpClient {
            host: smtp.host.clone(),
            port: smtp.port(),
            timeout: Duration::from_secs(smtp.timeout_secs.max(1)),
            starttls,
            wrapper,
            credentials,
            hello: ClientId::default(),
            idle: Mutex::new(Vec::new()),
            max_idle: smtp.pool_size.max(1) as usize,
        })
    }

    /// One mail, one transaction, within the timeout.
    async fn send(&self, envelope: &Envelope, raw: &[u8]) -> Attempt {
        let mut message_sent = false;
        let mut connection = None;
        let outcome = tokio::time::timeout(self.timeout, async {
            let (conn, reused) = self.checkout().await?;
            let conn = connection.insert(conn);
            match transaction(conn, envelope, raw, &mut message_sent).await {
                Err(failure) if reused && !message_sent && !failure.permanent => {
                    // A kept connection may have reached the server's limit of mails per
                    // session, or been dropped: once more on a new one.
                    tracing::debug!(error = %failure.message, "SMTP: trying again on a new connection");
                    let conn = connection.insert(self.connect().await?);
                    transaction(conn, envelope, raw, &mut message_sent).await
                }
                done => done,
            }
        })
        .await;
        match outcome {
            Ok(Ok(())) => {
                if let Some(conn) = connection {
                    self.checkin(conn);
                }
                Attempt::Sent
            }
            // A failed connection is dropped (closed) with `connection`.
            Ok(Err(Failure { permanent: true, message, .. })) => Attempt::Permanent(message),
            Ok(Err(Failure { reply: false, message, .. })) if message_sent => Attempt::Unknown(message),
            Ok(Err(Failure { message, .. })) => Attempt::Temporary(message),
            Err(_) if message_sent => {
                Attempt::Unknown(format!("no reply to the message within {} s", self.timeout.as_secs()))
            }
            Err(_) => Attempt::Temporary(format!("SMTP timed out after {} s", self.timeout.as_secs())),
        }
    }

    /// A working connection: an idle one that answers NOOP (true: reused), or a new one.
    async fn checkout(&self) -> Result<(AsyncSmtpConnection, bool), Failure> {
        loop {
            let parked = self.idle.lock().expect("SMTP pool lock").pop();
            let Some((mut conn, since)) = parked else { break };
            // Just used: no NOOP round trip. Should it have died meanwhile, the transaction
            // fails before the message and is tried again on a new connection.
            if since.elapsed() < FRESH || (since.elapsed() < IDLE_TIMEOUT && conn.test_connected().await) {
                return Ok((conn, true));
            }
            tracing::debug!("closing a stale SMTP connection");
        }
        Ok((self.connect().await?, false))
    }

    fn checkin(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().expect("SMTP pool lock");
        if idle.len() < self.max_idle {
            idle.push((conn, Instant::now()));
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, Failure> {
        let address = format!("{}:{}", self.host, self.port);
        let tcp = TcpStream::connect(&address)
            .await
            .map_err(|e| Failure::network(format!("connecting to {address}: {e}")))?;
        // lettre writes a message and its final dot separately: without this, every mail
        // would wait for a delayed ACK.
        tcp.set_nodelay(true).ok();
        let stream: Box<dyn AsyncTokioStream> = match &self.wrapper {
            Some(connector) => {
                let name = ServerName::try_from(self.host.clone())
                    .map_err(|e| Failure::network(format!("TLS with {}: {e}", self.host)))?;
                let tls = connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| Failure::network(format!("TLS with {}: {e}", self.host)))?;
                Box::new(TlsStream(tls))
            }
            _ => Box::new(tcp),
        };
        let mut conn = AsyncSmtpConnection::connect_with_transport(stream, &self.hello).await.map_err(Failure::from)?;
        if let Some(tls) = &self.starttls {
            conn.starttls(tls.clone(), &self.hello).await.map_err(Failure::from)?;
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials).await.map_err(Failure::from)?;
        }
        Ok(conn)
    }

    async fn shutdown(&self) {
        let idle: Vec<_> = std::mem::take(&mut *self.idle.lock().expect("SMTP pool lock"));
        for (mut conn, _) in idle {
            let _ = tokio::time::timeout(Duration::from_secs(2), conn.quit()).await;
        }
    }
}

/// Why a transaction failed: `reply` when the server answered (a 4xx or 5xx), else the
/// connection failed (network, TLS, unreadable reply).
struct Failure {
    permanent: bool,
    reply: bool,
    message: String,
}

impl Failure {
    fn network(message: String) -> Self {
        Failure { permanent: false, reply: false, message }
    }
}

impl From<lettre::transport::smtp::Error> for Failure {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        Failure { permanent: e.is_permanent(), reply: e.is_permanent() || e.is_transient(), message: e.to_string() }
    }
}

/// MAIL, RCPT, DATA and the message; `message_sent` turns true as the message leaves.
async fn transaction(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    raw: &[u8],
    message_sent: &mut bool,
) -> Result<(), Failure> {
    let mut options = Vec::new();
    let ascii_envelope = envelope.from().is_none_or(|a| a.to_string().is_ascii())
        && envelope.to().iter().all(|a| a.to_string().is_ascii());
    if !ascii_envelope {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err(Failure::network("non-ASCII address but the server has no SMTPUTF8".into()));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !raw.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return Err(Failure::network("8-bit message but the server has no 8BITMIME".into()));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    conn.command(Mail::new(envelope.from().cloned(), options)).await?;
    for to in envelope.to() {
        conn.command(Rcpt::new(to.clone(), vec![])).await?;
    }
    conn.command(Data).await?;
    *message_sent = true;
    conn.message(raw).await?;
    Ok(())
}

/// Implicit TLS under lettre's SMTP client.
#[derive(Debug)]
struct TlsStream(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncRead for TlsStream {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for TlsStream {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

#[cfg(test)]
mod tests {
    //! The SMTP client against a small fake server: implicit TLS and STARTTLS with a private
    //! CA and AUTH, a refused recipient, and a server that never answers the message.

    use std::path::Path;
    use std::process::Command;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use lettre::address::Envelope;
    use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
    use tokio::net::TcpListener;
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
    use tokio_rustls::rustls::ServerConfig;
    use tokio_rustls::TlsAcceptor;

    use super::{Attempt, SmtpClient};

    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Plain,
        Implicit,
        StartTls,
    }

    /// What the fake server does besides accepting everything.
    #[derive(Clone, Copy, PartialEq)]
    enum Quirk {
        None,
        RefuseRcpt,
        SilentAfterMessage,
    }

    /// A CA and a certificate for 127.0.0.1 made with the openssl command; None without it.
    fn make_certificates(dir: &Path) -> Option<()> {
        let run = |args: &[&str]| {
            Command::new("openssl").args(args).current_dir(dir).output().ok().filter(|o| o.status.success()).map(|_| ())
        };
        let rsa = ["-newkey", "rsa:2048", "-nodes"];
        run(&[
            &["req", "-x509"],
            &rsa[..],
            &["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=test CA"],
        ]
        .concat())?;
        run(&[&["req"], &rsa[..], &["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]].concat())?;
        std::fs::write(dir.join("ext"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n").ok()?;
        run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "ext",
            "-out",
            "server.pem",
        ])
    }

    fn acceptor(dir: &Path) -> TlsAcceptor {
        let certs: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(dir.join("server.pem")).unwrap().collect::<Result<_, _>>().unwrap();
        let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
        let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
        let config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap();
        TlsAcceptor::from(Arc::new(config))
    }

    /// Serves SMTP sessions on `listener`, noting commands and messages in `log`.
    async fn fake_server(
        listener: TcpListener,
        mode: Mode,
        quirk: Quirk,
        tls: Option<TlsAcceptor>,
        log: Arc<Mutex<Vec<String>>>,
    ) {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let (tls, log) = (tls.clone(), log.clone());
            tokio::spawn(async move {
                match mode {
                    Mode::Implicit => {
                        let Ok(stream) = tls.unwrap().accept(tcp).await else { return };
                        let mut stream = BufReader::new(stream);
                        let _ = stream.write_all(b"220 fake ESMTP\r\n").await;
                        session(&mut stream, false, quirk, &log).await;
                    }
                    Mode::Plain | Mode::StartTls => {
                        let mut stream = BufReader::new(tcp);
                        let _ = stream.write_all(b"220 fake ESMTP\r\n").await;
                        if session(&mut stream, mode == Mode::StartTls, quirk, &log).await {
                            let Ok(stream) = tls.unwrap().accept(stream.into_inner()).await else { return };
                            log.lock().unwrap().push("TLS".into());
                            session(&mut BufReader::new(stream), false, quirk, &log).await;
                        }
                    }
                }
            });
        }
    }

    /// One session's commands; true when the client asked for STARTTLS.
    async fn session<S: AsyncRead + AsyncWrite + Unpin>(
        stream: &mut BufReader<S>,
        offer_tls: bool,
        quirk: Quirk,
        log: &Mutex<Vec<String>>,
    ) -> bool {
        let mut line = String::new();
        loop {
            line.clear();
            if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                return false;
            }
            let command = line.trim_end().to_ascii_uppercase();
            log.lock().unwrap().push(command.split_whitespace().next().unwrap_or("").to_string());
            let reply: &[u8] = if command.starts_with("EHLO") {
                if offer_tls {
                    b"250-fake\r\n250-STARTTLS\r\n250 8BITMIME\r\n"
                } else {
                    b"250-fake\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
                }
            } else if command == "STARTTLS" {
                let _ = stream.write_all(b"220 go ahead\r\n").await;
                return true;
            } else if command.starts_with("AUTH") {
                b"235 2.7.0 accepted\r\n"
            } else if command.starts_with("RCPT") && quirk == Quirk::RefuseRcpt {
                b"550 5.1.1 no such user\r\n"
            } else if command == "DATA" {
                let _ = stream.write_all(b"354 go ahead\r\n").await;
                let mut message = String::new();
                loop {
                    line.clear();
                    if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return false;
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    message.push_str(&line);
                }
                log.lock().unwrap().push(format!("message {}", message.len()));
                if quirk == Quirk::SilentAfterMessage {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                }
                b"250 2.0.0 queued\r\n"
            } else if command == "QUIT" {
                let _ = stream.write_all(b"221 bye\r\n").await;
                return false;
            } else {
                b"250 ok\r\n"
            };
            if stream.write_all(reply).await.is_err() {
                return false;
            }
        }
    }

    async fn send_with(mode: Mode, quirk: Quirk, dir: &Path) -> (Attempt, Vec<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let tls = (mode != Mode::Plain).then(|| acceptor(dir));
        tokio::spawn(fake_server(listener, mode, quirk, tls, log.clone()));
        let security = match mode {
            Mode::Plain => "plain",
            Mode::Implicit => "tls",
            Mode::StartTls => "starttls",
        };
        let auth = if mode == Mode::Implicit { "user = \"desk\"\npassword_env = \"PATH\"\n" } else { "" };
        let smtp: crate::config::Smtp = toml::from_str(&format!(
            "host = \"127.0.0.1\"\nport = {port}\nsecurity = \"{security}\"\nallow_plaintext = true\n\
             ca_file = \"{}\"\ntimeout_secs = 2\n{auth}",
            dir.join("ca.pem").display()
        ))
        .unwrap();
        let client = SmtpClient::new(&smtp).unwrap();
        let envelope = Envelope::new(
            Some("desk@region.example".parse().unwrap()),
            vec!["a@school.example".parse().unwrap(), "desk@region.example".parse().unwrap()],
        )
        .unwrap();
        let raw = "Subject: essai\r\n\r\nBonjour, ça marche.\r\n.leading dot\r\n".as_bytes();
        let first = client.send(&envelope, raw).await;
        if !matches!(first, Attempt::Sent) {
            let seen = log.lock().unwrap().clone();
            return (first, seen);
        }
        // The kept connection serves the next mail.
        let second = client.send(&envelope, raw).await;
        client.shutdown().await;
        let seen = log.lock().unwrap().clone();
        (second, seen)
    }

    fn describe(attempt: &Attempt) -> String {
        match attempt {
            Attempt::Sent => "sent".into(),
            Attempt::Temporary(e) => format!("temporary: {e}"),
            Attempt::Permanent(e) => format!("permanent: {e}"),
            Attempt::Unknown(e) => format!("unknown: {e}"),
        }
    }

    #[tokio::test]
    async fn smtp_over_tls_starttls_and_plain_with_auth_and_failures() {
        let dir = tempfile::tempdir().unwrap();
        if make_certificates(dir.path()).is_none() {
            eprintln!("openssl not available: SMTP TLS test skipped");
            return;
        }
        for mode in [Mode::Plain, Mode::Implicit, Mode::StartTls] {
            let (attempt, log) = send_with(mode, Quirk::None, dir.path()).await;
            assert!(matches!(attempt, Attempt::Sent), "{}: {log:?}", describe(&attempt));
            assert_eq!(log.iter().filter(|l| l.starts_with("message")).count(), 2, "{log:?}");
            assert_eq!(log.iter().filter(|l| *l == "EHLO").count(), if mode == Mode::StartTls { 2 } else { 1 });
            assert_eq!(log.contains(&"AUTH".to_string()), mode == Mode::Implicit, "{log:?}");
            assert_eq!(log.contains(&"TLS".to_string()), mode == Mode::StartTls, "{log:?}");
            // Used a moment ago: taken again as it is (a dead one fails before the message and
            // the mail goes on a new connection).
            assert!(!log.contains(&"NOOP".to_string()), "no NOOP round trip: {log:?}");
        }
        let (attempt, _) = send_with(Mode::Plain, Quirk::RefuseRcpt, dir.path()).await;
        assert!(matches!(&attempt, Attempt::Permanent(e) if e.contains("550")), "{}", describe(&attempt));
        let started = std::time::Instant::now();
        let (attempt, _) = send_with(Mode::Plain, Quirk::SilentAfterMessage, dir.path()).await;
        assert!(matches!(attempt, Attempt::Unknown(_)), "{}", describe(&attempt));
        assert!(started.elapsed() < Duration::from_secs(10), "bounded by smtp.timeout_secs");
    }
}
