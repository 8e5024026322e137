//! Intake: one incoming mail → its effects (ticket, history, answers), committed at once.
//!
//! The mail is recorded (dedup key, content hash, UID) in the same transaction as every
//! effect and the outgoing answers, so a crash before the commit leaves nothing behind and
//! the mail is simply handled again, and a crash after it finds the mail already recorded.

mod answers;
mod decide;

use std::sync::Arc;

use sha2::{Digest, Sha256};
use tokio::sync::RwLock;

use crate::config::{Config, Limits, Problem, Problems};
use crate::directory::Directory;
use crate::outbox::compose::Identity;
use crate::outbox::mailer::Mailer;
use crate::outbox::render::{RenderError, Templates};
use crate::store::mails::MailOutcome;
use crate::store::{mails, outbox, Checkpoint, Result, Store, Tx};
use crate::understand::{self, Kind, Roles, TicketRef, Understanding};
use crate::workflow::Workflow;

/// Which folder a handled mail goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Processed,
    Quarantine,
    /// A journal copy of one of our own mails.
    Sent,
}

/// What happened to one mail, for the watcher and the logs.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub disposition: Disposition,
    pub kind: Option<Kind>,
    pub ticket: Option<TicketRef>,
    pub reason: String,
    /// Already recorded before: nothing was done again.
    pub duplicate: bool,
    /// Mails queued for sending.
    pub answers: usize,
    /// A ticket was opened.
    pub opened: bool,
}

impl Outcome {
    /// What the counters of `/metrics` take from it.
    pub fn handled(&self) -> crate::metrics::Handled {
        crate::metrics::Handled {
            journal_copy: self.disposition == Disposition::Sent,
            kind: self.kind.unwrap_or(Kind::Malformed),
            duplicate: self.duplicate,
            quarantined: self.disposition == Disposition::Quarantine,
            opened: self.opened,
            answers: self.answers,
        }
    }

    /// Recorded in the `mails` table, so the mailbox checkpoint may pass it (a journal copy
    /// is not: it only confirms an outgoing mail).
    pub fn recorded(&self) -> bool {
        self.disposition != Disposition::Sent
    }
}

/// Where an incoming mail sits in the mailbox.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub mailbox: &'a str,
    pub uidvalidity: u32,
    pub uid: u32,
    /// Size on the server (the raw bytes may be only the header of an oversized mail).
    pub size: u64,
}

/// A mail as fetched from the mailbox.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub uid: u32,
    /// The whole mail, or only its header when it is over the size limit.
    pub raw: Vec<u8>,
    /// Size on the server.
    pub size: u64,
}

/// The intake service, shared by the watcher tasks.
pub struct Intake {
    store: Store,
    workflow: Workflow,
    identity: Identity,
    /// Sender roles, as `guichet inspect` reads them too.
    roles: Roles,
    limits: Limits,
    directory: RwLock<(Arc<Directory>, (i64, i64))>,
    sender_auth: crate::auth::SenderAuth,
    /// `desk.disclose_correspondant_in_refusals`.
    disclose_correspondant: bool,
}

/// Loads the templates and compiles the workflow rules of a configuration.
pub fn load_workflow(config: &Config) -> std::result::Result<Workflow, Problems> {
    let templates = Templates::load(&config.desk.templates).map_err(|e| {
        let found = match e {
            RenderError::Several(all) => all,
            one => vec![one],
        };
        Problems(found.into_iter().map(|e| Problem::new("desk.templates", e.to_string())).collect())
    });
    let identity = identity_of(config);
    match templates {
        Ok(templates) => Workflow::new(config, Mailer::new(templates, identity, config.desk.label.clone())),
        // Rules and peers are checked too, so that every problem shows at once.
        Err(Problems(mut found)) => {
            let mailer = Mailer::new(Templates::empty(), identity, config.desk.label.clone());
            found.extend(Workflow::new(config, mailer).err().map_or_else(Vec::new, |p| p.0));
            Err(Problems(found))
        }
    }
}

fn identity_of(config: &Config) -> Identity {
    Identity {
        address: config.desk.address.to_lowercase(),
        display_name: config.desk.display_name.clone(),
        message_id_domain: config.desk.message_id_domain().to_string(),
    }
}

impl Intake {
    pub async fn new(store: Store, workflow: Workflow, config: &Config) -> Result<Self> {
        let version = store.directory_version().await?;
        let directory = Arc::new(store.load_directory().await?);
        Ok(Intake {
            store,
            workflow,
            identity: identity_of(config),
            roles: Roles::from_config(config),
            limits: config.limits.clone(),
            directory: RwLock::new((directory, version)),
            sender_auth: crate::auth::SenderAuth::new(&config.auth),
            disclose_correspondant: config.desk.disclose_correspondant_in_refusals,
        })
    }

    /// Reads kinds with the desk's own learned model (`[desk] kind_model`).
    pub fn use_kind_model(&mut self, model: Option<Arc<understand::model::Model>>) {
        self.roles.model = model;
    }

    pub fn workflow(&self) -> &Workflow {
        &self.workflow
    }

    /// Reloads the directory when an import changed it.
    pub async fn refresh_directory(&self) -> Result<()> {
        let version = self.store.directory_version().await?;
        if self.directory.read().await.1 != version {
            let directory = Arc::new(self.store.load_directory().await?);
            tracing::info!(schools = directory.len(), "directory reloaded");
            *self.directory.write().await = (directory, version);
        }
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn max_message_bytes(&self) -> u64 {
        self.limits.max_message_bytes
    }

    /// Records a mail that could not be handled at all, so it can go to quarantine.
    pub async fn record_failure(&self, place: Place<'_>, reason: &str) -> Result<Outcome> {
        let key = format!("failed:{}:{}:{}", place.mailbox, place.uidvalidity, place.uid);
        let mut tx = self.store.begin().await?;
        let new = mails::NewMail {
            dedup_key: &key,
            message_id: None,
            content_hash: "",
            mailbox: place.mailbox,
            uidvalidity: place.uidvalidity,
            uid: place.uid,
            received_at: crate::store::now_ms(),
            size: place.size as usize,
        };
        if let Some(id) = mails::insert(&mut tx, &new).await? {
            mails::finish(&mut tx, id, None, "", "malformed", MailOutcome::Quarantine, reason, None).await?;
        }
        tx.commit().await?;
        Ok(Outcome {
            disposition: Disposition::Quarantine,
            kind: None,
            ticket: None,
            reason: reason.to_string(),
            duplicate: false,
            answers: 0,
            opened: false,
        })
    }

    /// Handles one mail in a transaction of its own. Errors are database errors only: the
    /// mail stays where it is and is handled again later.
    pub async fn handle(&self, raw: &[u8], place: Place<'_>) -> Result<Outcome> {
        let mut tx = self.store.begin().await?;
        let mut copies = Vec::new();
        let outcome = self.handle_in(&mut tx, raw, place, &mut copies).await?;
        if outcome.recorded() {
            mails::advance_checkpoint(
                &mut tx,
                place.mailbox,
                Checkpoint { uidvalidity: place.uidvalidity, last_uid: place.uid },
            )
            .await?;
        }
        self.confirm_copies(&mut tx, &copies).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Handles the mails of one fetched batch in one transaction (group commit: one sync to
    /// disk for the batch instead of one per mail). All or nothing: on an error none of them
    /// is recorded and the caller handles them one by one or leaves them for later.
    pub async fn handle_batch(&self, mailbox: &str, uidvalidity: u32, mails: &[Fetched]) -> Result<Vec<Outcome>> {
        let mut tx = self.store.begin().await?;
        let mut outcomes = Vec::with_capacity(mails.len());
        let mut copies = Vec::new();
        let mut last_recorded = None;
        for mail in mails {
            let place = Place { mailbox, uidvalidity, uid: mail.uid, size: mail.size };
            let outcome = self.handle_in(&mut tx, &mail.raw, place, &mut copies).await?;
            if outcome.recorded() {
                last_recorded = last_recorded.max(Some(mail.uid));
            }
            outcomes.push(outcome);
        }
        // Once for the batch: all its mails are committed together.
        if let Some(last_uid) = last_recorded {
            mails::advance_checkpoint(&mut tx, mailbox, Checkpoint { uidvalidity, last_uid }).await?;
        }
        self.confirm_copies(&mut tx, &copies).await?;
        tx.commit().await?;
        Ok(outcomes)
    }

    /// Records the delivery of the outgoing mails whose journal copies a transaction read,
    /// at its end, in one statement (see `outbox::confirm_journal_copies`).
    async fn confirm_copies(&self, tx: &mut Tx, copies: &[String]) -> Result<()> {
        outbox::confirm_journal_copies(tx, self.store.backend(), copies, crate::store::now_ms()).await
    }

    /// Handles one mail within `tx`: every effect and the mail's record are written there,
    /// and the caller advances the checkpoint past the mails [`Outcome::recorded`], so they
    /// are committed together or not at all. A journal copy is only noted in `copies`, for
    /// `confirm_copies`.
    async fn handle_in(&self, tx: &mut Tx, raw: &[u8], place: Place<'_>, copies: &mut Vec<String>) -> Result<Outcome> {
        let directory = self.directory.read().await.0.clone();
        let ctx = self.roles.context(&directory);
        let mail = understand::understand(raw, &ctx);
        if let Some(outcome) = self.journal_copy(tx, &mail, copies).await? {
            return Ok(outcome);
        }
        let content_hash = hex(&Sha256::digest(raw));
        let dedup_key = match &mail.message_id {
            Some(id) => format!("mid:{id}"),
            None => format!("sha256:{content_hash}"),
        };
        let now = crate::store::now_ms();
        let new = mails::NewMail {
            dedup_key: &dedup_key,
            message_id: mail.message_id.as_deref(),
            content_hash: &content_hash,
            mailbox: place.mailbox,
            uidvalidity: place.uidvalidity,
            uid: place.uid,
            received_at: now,
            size: place.size as usize,
        };
        let Some(mail_id) = mails::insert(tx, &new).await? else {
            let outcome = mails::outcome_of(tx, &dedup_key).await?;
            let disposition = match outcome {
                Some(MailOutcome::Quarantine) => Disposition::Quarantine,
                _ => Disposition::Processed,
            };
            return Ok(Outcome {
                disposition,
                kind: Some(mail.kind),
                ticket: None,
                reason: format!("already recorded ({dedup_key})"),
                duplicate: true,
                answers: 0,
                opened: false,
            });
        };
        // [auth] require = true: an unauthenticated sender opens or changes nothing (src/auth.rs).
        let refusal = match mail.kind.needs_authentication() {
            true => self.sender_auth.refusal(raw, mail.sender.as_deref()),
            false => None,
        };
        let decision = if let Some(reason) = refusal {
            decide::Decision::quarantine(reason)
        } else {
            decide::Decider { intake: self, directory: &directory, mail: &mail, mail_id, raw, size: place.size, now }
                .apply(tx)
                .await?
        };
        let folder = match decision.disposition {
            Disposition::Quarantine => MailOutcome::Quarantine,
            _ => MailOutcome::Processed,
        };
        mails::finish(
            tx,
            mail_id,
            mail.sender.as_deref(),
            &mail.subject,
            mail.kind.as_str(),
            folder,
            &decision.reason,
            decision.ticket_id,
        )
        .await?;
        Ok(Outcome {
            disposition: decision.disposition,
            kind: Some(mail.kind),
            ticket: decision.ticket,
            reason: decision.reason,
            duplicate: false,
            answers: decision.answers,
            opened: decision.opened,
        })
    }

    /// Our own mail coming back: the journal copy of an outgoing mail confirms its delivery.
    async fn journal_copy(
        &self,
        tx: &mut Tx,
        mail: &Understanding,
        copies: &mut Vec<String>,
    ) -> Result<Option<Outcome>> {
        let ours = mail.loop_marker.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(&self.identity.address));
        let Some(message_id) = mail.message_id.as_deref().filter(|_| ours) else {
            return Ok(None);
        };
        let Some(confirmed) = outbox::outgoing_status(tx, message_id).await? else {
            return Ok(None);
        };
        if confirmed {
            copies.push(message_id.to_string());
        }
        Ok(Some(Outcome {
            disposition: Disposition::Sent,
            kind: None,
            ticket: None,
            reason: if confirmed { "journal copy: delivery confirmed" } else { "journal copy" }.into(),
            duplicate: false,
            answers: 0,
            opened: false,
        }))
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
