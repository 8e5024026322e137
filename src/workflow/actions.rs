//! What happens when a ticket is opened, and the files its work order carries.

use super::rules::Prequalification;
use super::{Act, Workflow};
use crate::outbox::compose::File;
use crate::store::{tickets, Result, Ticket, Tx};
use crate::ticket::Event;

impl Workflow {
    /// After intake (or a peer) opened a ticket: keep its source, then the core's `Opened`:
    /// the agents told, a dispatch if a rule says, the peers told.
    pub async fn opened(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        raw: &[u8],
        pre: &Prequalification,
    ) -> Result<()> {
        tickets::save_source(tx, ticket.id, raw).await?;
        let dispatch = if pre.dispatch { pre.route } else { None };
        let event = Event::Opened { rule: pre.rule.clone(), dispatch };
        let ran = self.run(tx, act, ticket, &[event]).await?;
        if let Some(Ok(outcome)) = ran.results.first() {
            if dispatch.is_some() && ticket.assignee.is_none() {
                tracing::warn!(ticket = %ticket.reference, summary = %outcome.summary, "automatic dispatch not done");
            }
        }
        Ok(())
    }

    /// The attachments of the mail that opened the ticket.
    pub(super) async fn original_attachments(&self, tx: &mut Tx, ticket: &Ticket) -> Result<Vec<File>> {
        let Some(raw) = tickets::source(tx, ticket.id).await? else { return Ok(Vec::new()) };
        let Some(message) = mail_parser::MessageParser::default().parse(&raw) else { return Ok(Vec::new()) };
        Ok(message
            .attachments()
            .take(20)
            .map(|part| {
                use mail_parser::MimeHeaders;
                File {
                    name: part.attachment_name().unwrap_or("piece-jointe").to_string(),
                    content_type: part
                        .content_type()
                        .map(|ct| match ct.subtype() {
                            Some(sub) => format!("{}/{}", ct.ctype(), sub),
                            None => ct.ctype().to_string(),
                        })
                        .unwrap_or_else(|| "application/octet-stream".into()),
                    bytes: part.contents().to_vec(),
                }
            })
            .collect())
    }
}
