//! Queueing a mail: render its template, compose it, put it in the outbox in the caller's
//! transaction. Every mail guichet sends goes through here.

use super::compose::{self, File, Identity, Thread};
use super::letters::Content;
use super::render::Templates;
use crate::store::outbox::{enqueue, NewOutgoing};
use crate::store::{Result, Tx};
use crate::understand::TicketRef;

/// One mail to queue.
pub struct Letter<'a> {
    pub to: &'a str,
    /// The template and its data; the template's purpose prefixes the Message-ID (`ack`,
    /// `ot`, `agent`…) and is recorded in the outbox.
    pub content: Content,
    /// What makes the Message-ID unique; starts with the ticket number when there is one,
    /// so that replies carry it (`ack-2026-000123@…`).
    pub key: String,
    pub thread: Thread,
    pub ticket_id: Option<i64>,
    pub mail_id: Option<i64>,
    pub files: Vec<File>,
    /// `Auto-Submitted` and `Precedence` on it (all but some peers' mail, see `compose`).
    pub automatic: bool,
}

/// Templates and identity of the desk.
pub struct Mailer {
    templates: Templates,
    identity: Identity,
    label: String,
}

/// Addresses a machine reads: never written to, whatever the mail says.
pub fn is_robot_address(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    const ROBOTS: &[&str] = &[
        "mailer-daemon",
        "postmaster",
        "noreply",
        "no-reply",
        "ne-pas-repondre",
        "nepasrepondre",
        "donotreply",
        "do-not-reply",
        "bounce",
    ];
    ROBOTS.iter().any(|robot| {
        local == *robot || local.starts_with(&format!("{robot}+")) || local.starts_with(&format!("{robot}-"))
    })
}

impl Mailer {
    pub fn new(templates: Templates, identity: Identity, label: String) -> Self {
        Mailer { templates, identity, label }
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// The subject tag of a ticket: `[CESAME #2026-000123]`.
    pub fn tag(&self, reference: TicketRef) -> String {
        format!("[{} #{}]", self.label, reference)
    }

    /// Renders and queues; `false` when nothing was queued (robot or own address, or a
    /// broken template or address, which is logged).
    pub async fn queue(&self, tx: &mut Tx, letter: Letter<'_>) -> Result<bool> {
        let to = letter.to.trim().to_lowercase();
        if to.is_empty() || is_robot_address(&to) || to == self.identity.address {
            return Ok(false);
        }
        let template = letter.content.template();
        let rendered = match self.templates.render(template.name(), &letter.content) {
            Ok(rendered) => rendered,
            Err(error) => {
                tracing::error!(%error, template = template.name(), "mail not sent");
                return Ok(false);
            }
        };
        let purpose = template.purpose();
        let message_id = compose::message_id(&self.identity, purpose.as_str(), &letter.key);
        let raw = match compose::compose(
            &self.identity,
            &to,
            &rendered,
            &message_id,
            &letter.thread,
            &letter.files,
            letter.automatic,
        ) {
            Ok(raw) => raw,
            Err(error) => {
                tracing::warn!(%error, to, "mail not composed");
                return Ok(false);
            }
        };
        let outgoing = NewOutgoing {
            purpose,
            ticket_id: letter.ticket_id,
            mail_id: letter.mail_id,
            recipient: to,
            message_id,
            raw,
        };
        enqueue(tx, &outgoing, crate::store::now_ms()).await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_are_never_written_to() {
        for a in ["MAILER-DAEMON@x.example", "ne-pas-repondre@assistance.example", "noreply@x.example"] {
            assert!(is_robot_address(a), "{a}");
        }
        assert!(!is_robot_address("sandrine.morel@ac-paris.example"));
    }
}
