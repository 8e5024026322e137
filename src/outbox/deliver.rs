//! The delivery task: claims due outbox entries and hands them to the MTA over a pool of
//! SMTP connections, one recipient's mails in order, with retries and a final state.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::PoolConfig;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::{Config, Security};
use crate::store::{now_ms, OutboxEntry, Store};

/// Entries claimed per round.
const BATCH: i64 = 200;

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
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Address,
    journal: Option<Address>,
    config: crate::config::Outbox,
    concurrency: usize,
}

/// What one send attempt came to.
enum Attempt {
    Sent,
    Temporary(String),
    Permanent(String),
}

impl Deliverer {
    pub fn new(store: Store, config: &Config) -> Result<Self, SetupError> {
        let smtp = &config.smtp;
        let tls = || -> Result<TlsParameters, SetupError> {
            let mut builder = TlsParameters::builder(smtp.host.clone());
            if let Some(path) = &smtp.ca_file {
                let pem = std::fs::read(path).map_err(|e| SetupError::Ca(format!("{}: {e}", path.display())))?;
                let cert = Certificate::from_pem(&pem).map_err(|e| SetupError::Ca(e.to_string()))?;
                builder = builder.add_root_certificate(cert);
            }
            Ok(builder.build_rustls()?)
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.clone())
            .port(smtp.port())
            .timeout(Some(Duration::from_secs(smtp.timeout_secs)))
            .pool_config(PoolConfig::new().max_size(smtp.pool_size).idle_timeout(Duration::from_secs(60)));
        builder = match smtp.security {
            Security::Tls => builder.tls(Tls::Wrapper(tls()?)),
            Security::Starttls => builder.tls(Tls::Required(tls()?)),
            Security::Plain => builder.tls(Tls::None),
        };
        if let Some(user) = &smtp.user {
            let password = smtp.secret.read().map_err(SetupError::Secret)?;
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        let from: Address = config.desk.address.parse()?;
        Ok(Deliverer {
            store,
            transport: builder.build(),
            journal: config.outbox.journal.then(|| from.clone()),
            from,
            config: config.outbox.clone(),
            concurrency: smtp.pool_size as usize,
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
                Ok(claimed) => idle = claimed < BATCH as usize,
                Err(error) => {
                    tracing::warn!(%error, "outbox round failed; retrying");
                    idle = true;
                }
            }
        }
        self.transport.shutdown().await;
        tracing::info!("outbox delivery stopped");
    }

    /// Dead daemons' in-flight mails wait for their journal copy, then are sent again.
    async fn recover(&self, lease_cutoff: i64) {
        let now = now_ms();
        match self.store.expire_leases(lease_cutoff, now).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(entries = n, "mails in flight when a daemon stopped: awaiting confirmation"),
            Err(error) => tracing::warn!(%error, "outbox recovery failed"),
        }
        let grace = if self.journal.is_some() { self.config.journal_grace_secs as i64 * 1000 } else { 0 };
        match self.store.requeue_unconfirmed(now - grace, now).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(entries = n, "unconfirmed mails sent again"),
            Err(error) => tracing::warn!(%error, "outbox recovery failed"),
        }
    }

    /// One claim-and-send round; returns how many entries it claimed.
    async fn round(&self) -> crate::store::Result<usize> {
        let now = now_ms();
        let lease_until = now + self.config.lease_secs as i64 * 1000;
        let entries = self.store.claim_outgoing(now, lease_until, BATCH).await?;
        let claimed = entries.len();
        let mut by_recipient: BTreeMap<String, Vec<OutboxEntry>> = BTreeMap::new();
        for entry in entries {
            by_recipient.entry(entry.recipient.clone()).or_default().push(entry);
        }
        futures::stream::iter(by_recipient.into_values())
            .for_each_concurrent(self.concurrency, |queue| self.send_in_order(queue))
            .await;
        Ok(claimed)
    }

    /// Sends one recipient's mails in order; after a failure the rest wait untried.
    async fn send_in_order(&self, queue: Vec<OutboxEntry>) {
        let mut blocked_until = None;
        for entry in queue {
            if let Some(at) = blocked_until {
                if let Err(error) = self.store.release(entry.id, at).await {
                    tracing::warn!(%error, outbox = entry.id, "could not release entry");
                }
                continue;
            }
            if let Err(error) = self.store.mark_sending(entry.id).await {
                tracing::warn!(%error, outbox = entry.id, "could not mark entry sending; left for later");
                continue;
            }
            let result = match self.attempt(&entry).await {
                Attempt::Temporary(_) => self.attempt(&entry).await, // often a fresh connection is enough
                other => other,
            };
            let now = now_ms();
            let recorded = match result {
                Attempt::Sent => {
                    tracing::info!(outbox = entry.id, to = %entry.recipient, purpose = %entry.purpose, message_id = %entry.message_id, "mail sent");
                    self.store.mark_sent(entry.id, now).await
                }
                Attempt::Permanent(error) => {
                    tracing::warn!(outbox = entry.id, to = %entry.recipient, %error, "mail refused: failed");
                    self.store.mark_failed(entry.id, now, &error).await
                }
                Attempt::Temporary(error) if entry.attempts + 1 >= self.config.max_attempts as i64 => {
                    tracing::warn!(outbox = entry.id, to = %entry.recipient, %error, attempts = entry.attempts + 1, "mail failed: too many attempts");
                    self.store.mark_failed(entry.id, now, &error).await
                }
                Attempt::Temporary(error) => {
                    let next = now + self.backoff_ms(entry.attempts);
                    tracing::info!(outbox = entry.id, to = %entry.recipient, %error, retry_in_s = (next - now) / 1000, "mail delayed");
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
        match self.transport.send_raw(&envelope, &entry.raw).await {
            Ok(_) => Attempt::Sent,
            Err(e) if e.is_permanent() => Attempt::Permanent(e.to_string()),
            Err(e) => Attempt::Temporary(e.to_string()),
        }
    }
}
