//! Mails of ours that could not be delivered become events of their ticket: a work order or
//! study request that failed puts the ticket back to be assigned, an acknowledgement or
//! notice that failed tells the agents that the school's address fails. Each failure is
//! reported once, in the transaction that applies it.

use super::{Act, Workflow};
use crate::store::outbox::{take_failure_to_report, FailedMail};
use crate::store::{tickets, Result, Store};
use crate::ticket::{Event, Failure, Purpose};
use crate::vocab::MailPurpose;

/// What a mail of ours was to its ticket.
fn purpose_of(purpose: MailPurpose) -> Purpose {
    match purpose {
        MailPurpose::WorkOrder => Purpose::WorkOrder,
        MailPurpose::StudyRequest => Purpose::StudyRequest,
        MailPurpose::Ack | MailPurpose::News => Purpose::School,
        MailPurpose::List
        | MailPurpose::Refusal
        | MailPurpose::InvalidUai
        | MailPurpose::SchoolUnknown
        | MailPurpose::TicketUnknown
        | MailPurpose::TooLarge
        | MailPurpose::Agent
        | MailPurpose::Sync => Purpose::Other,
    }
}

/// Reports every failed mail not reported yet, each in its own transaction; returns how many.
pub async fn report_failures(store: &Store, workflow: &Workflow, now: i64) -> Result<usize> {
    let mut reported = 0;
    loop {
        let mut tx = store.begin().await?;
        let Some(mail) = take_failure_to_report(&mut tx).await? else { return Ok(reported) };
        let done = workflow.delivery_failed(&mut tx, &mail, now).await?;
        tx.commit().await?;
        tracing::warn!(outbox = mail.id, to = %mail.recipient, purpose = %mail.purpose, %done, "delivery failure reported");
        reported += 1;
    }
}

impl Workflow {
    async fn delivery_failed(&self, tx: &mut crate::store::Tx, mail: &FailedMail, now: i64) -> Result<String> {
        let Some(ticket_id) = mail.ticket_id else { return Ok("no ticket".into()) };
        let Some(mut ticket) = tickets::find_by_id(tx, ticket_id).await? else { return Ok("ticket gone".into()) };
        let failure = Failure {
            purpose: purpose_of(mail.purpose),
            recipient: mail.recipient.clone(),
            reason: mail.error.clone(),
        };
        let act = Act { now, actor: "delivery", mail_id: None };
        let ran = self.run(tx, &act, &mut ticket, &[Event::DeliveryFailed(failure)]).await?;
        Ok(ran.first_summary())
    }
}
