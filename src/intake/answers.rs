//! Answers to incoming mail: template data, rendering, composition, and queueing in the
//! caller's transaction.

use chrono::{Datelike, TimeZone};
use chrono_tz::Europe::Paris;
use serde_json::{json, Value};

use super::Intake;
use crate::directory::School;
use crate::outbox::compose::{one_line, Thread};
use crate::outbox::mailer::Letter;
use crate::store::{Result, Ticket, Tx};
use crate::understand::{TicketRef, Understanding};

/// The year a ticket is numbered in: the desk's local year (Europe/Paris).
pub fn paris_year(ms: i64) -> u16 {
    Paris.timestamp_millis_opt(ms).single().map_or(1970, |t| t.year() as u16)
}

pub(super) fn paris_date(ms: i64) -> String {
    Paris.timestamp_millis_opt(ms).single().map_or_else(String::new, |t| t.format("%d/%m/%Y").to_string())
}

pub(super) fn school_json(school: &School) -> Value {
    json!({
        "uai": school.uai.as_str(),
        "name": school.name,
        "town": school.town,
        "correspondant": school.correspondant_email,
    })
}

pub(super) fn ticket_json(ticket: &Ticket) -> Value {
    json!({
        "ref": ticket.reference.to_string(),
        "subject": one_line(&ticket.subject, 150),
        "state": ticket.state.label_fr(),
        "urgency": ticket.urgency.map_or("à qualifier", |u| u.label_fr()),
        "created": paris_date(ticket.created_at),
    })
}

/// One answer to queue.
pub(super) struct Answer {
    pub template: &'static str,
    pub purpose: &'static str,
    /// What makes the Message-ID unique: `2026-000123` for an ack, so replies carry the ticket.
    pub key: String,
    pub ticket_id: Option<i64>,
    pub data: Value,
}

impl Intake {
    pub(super) fn tag(&self, reference: TicketRef) -> String {
        self.workflow.mailer().tag(reference)
    }

    /// Fields every template uses.
    pub(super) fn base_data(&self, mail: &Understanding) -> Value {
        json!({
            "desk_name": self.workflow.mailer().identity().display_name,
            "subject": one_line(if mail.subject.is_empty() { "(sans objet)" } else { &mail.subject }, 150),
            "sender": mail.sender,
            "requester_name": mail.sender_name.as_deref().map(|n| one_line(n, 80)),
        })
    }

    /// Queues an answer to the sender of `mail`, threaded under it; `false` when nothing
    /// was queued (no sender, robot address, broken template).
    pub(super) async fn queue_answer(
        &self,
        tx: &mut Tx,
        mail: &Understanding,
        raw: &[u8],
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
            template: answer.template,
            purpose: answer.purpose,
            key: answer.key,
            data: answer.data,
            thread: thread_of(mail, raw),
            ticket_id: answer.ticket_id,
            mail_id: Some(mail_id),
            files: Vec::new(),
        };
        self.workflow.mailer().queue(tx, letter).await
    }

    /// Like `queue_answer`, within the per-address daily limit of automatic answers.
    pub(super) async fn queue_limited_answer(
        &self,
        tx: &mut Tx,
        mail: &Understanding,
        raw: &[u8],
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
        self.queue_answer(tx, mail, raw, mail_id, answer).await
    }
}

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The thread of an answer to `mail`: In-Reply-To its Message-ID, References extended.
pub fn thread_of(mail: &Understanding, raw: &[u8]) -> Thread {
    Thread {
        in_reply_to: mail.message_id.clone(),
        references: mail_parser::MessageParser::new()
            .parse_headers(raw)
            .and_then(|h| h.references().as_text_list().map(|l| l.iter().map(|s| s.to_string()).collect()))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_is_the_desks_local_year() {
        // 2026-12-31T23:30:00Z is already 2027 in Paris.
        assert_eq!(paris_year(1_798_759_800_000), 2027);
        assert_eq!(paris_date(1_798_759_800_000), "01/01/2027");
    }
}
