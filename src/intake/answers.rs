//! Answers to incoming mail: their data, and queueing in the caller's transaction.

use super::Intake;
use crate::calendar::paris_date;
use crate::directory::School;
use crate::outbox::compose::{one_line, Thread};
use crate::outbox::letters::{Asker, Content, SchoolFacts, TicketLine};
use crate::outbox::mailer::Letter;
use crate::store::{Result, Ticket, Tx};
use crate::understand::{TicketRef, Understanding};

/// A school as its own correspondents see it (its suppléant left out).
pub(super) fn school_facts(school: &School) -> SchoolFacts {
    SchoolFacts {
        uai: school.uai.as_str().to_string(),
        name: school.name.clone(),
        town: school.town.clone(),
        correspondant: Some(school.correspondant_email.clone()),
        suppleant: None,
    }
}

pub(super) fn ticket_line(ticket: &Ticket) -> TicketLine {
    TicketLine {
        reference: ticket.reference.to_string(),
        subject: one_line(&ticket.subject, 150),
        state: ticket.state.label_fr(),
        urgency: ticket.urgency.map_or("à qualifier", |u| u.label_fr()),
        created: paris_date(ticket.created_at),
    }
}

/// One answer to queue.
pub(super) struct Answer {
    pub content: Content,
    /// What makes the Message-ID unique: `2026-000123` for an ack, so replies carry the ticket.
    pub key: String,
    pub ticket_id: Option<i64>,
}

impl Intake {
    pub(super) fn tag(&self, reference: TicketRef) -> String {
        self.workflow.mailer().tag(reference)
    }

    /// The mail answered and its writer, shown in every answer.
    pub(super) fn asker(&self, mail: &Understanding) -> Asker {
        Asker {
            desk_name: self.workflow.mailer().identity().display_name.clone(),
            subject: one_line(if mail.subject.is_empty() { "(sans objet)" } else { &mail.subject }, 150),
            sender: mail.sender.clone(),
            requester_name: mail.sender_name.as_deref().map(|n| one_line(n, 80)),
        }
    }

    /// Queues an answer to the sender of `mail`, threaded under it; `false` when nothing
    /// was queued (no sender, robot address, broken template).
    pub(super) async fn queue_answer(
        &self,
        tx: &mut Tx,
        mail: &Understanding,
        mail_id: i64,
        answer: Answer,
    ) -> Result<bool> {
        let Some(to) = mail.sender.as_deref() else { return Ok(false) };
        // Every automatic answer counts: a robot that ignores Auto-Submitted and answers
        // each of our mails gets at most this many a day (RFC 3834; Znuny's per-day cap).
        let now = crate::store::now_ms();
        let limit = self.limits.answers_per_day;
        if !crate::store::outbox::take_auto_answer(tx, to, "answer", now - DAY_MS, now, limit).await? {
            tracing::warn!(to, limit, "answer suppressed: daily limit of answers to this address reached");
            return Ok(false);
        }
        let letter = Letter {
            to,
            content: answer.content,
            key: answer.key,
            thread: Thread::answering(mail),
            ticket_id: answer.ticket_id,
            mail_id: Some(mail_id),
            files: Vec::new(),
            automatic: true,
        };
        self.workflow.mailer().queue(tx, letter).await
    }

    /// Like `queue_answer`, within the per-address daily limit of automatic answers.
    pub(super) async fn queue_limited_answer(
        &self,
        tx: &mut Tx,
        mail: &Understanding,
        mail_id: i64,
        answer: Answer,
    ) -> Result<bool> {
        let Some(to) = mail.sender.as_deref() else {
            return Ok(false);
        };
        let now = crate::store::now_ms();
        let limit = self.limits.auto_answers_per_day;
        if !crate::store::outbox::take_auto_answer(tx, to, "explanation", now - DAY_MS, now, limit).await? {
            tracing::info!(to, limit, "automatic answer suppressed: daily limit reached");
            return Ok(false);
        }
        self.queue_answer(tx, mail, mail_id, answer).await
    }
}

const DAY_MS: i64 = 24 * 3600 * 1000;
