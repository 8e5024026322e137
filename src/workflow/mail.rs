//! Mails that act on a ticket: an agent's commands, a contractor's news, a school's answer.

use super::commands::{self, Command};
use super::replies;
use super::{Act, Workflow};
use crate::config::Contractor;

use crate::outbox::compose::Thread;
use crate::outbox::letters::{AgentReply, Content};
use crate::outbox::mailer::Letter;
use crate::store::{Result, Ticket, Tx};
use crate::ticket::{Event, SchoolMail, SchoolMailKind};
use crate::understand::{Kind, Understanding};

/// The first lines of a mail's text, for relays and history.
fn excerpt(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(2000) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// What the sender wrote, for the history and the notices: the mail's whole text only when
/// nothing of their own stands above the history (a bare forward).
fn own_words(mail: &Understanding) -> &str {
    if mail.own_text.trim().is_empty() {
        &mail.text
    } else {
        &mail.own_text
    }
}

/// What the workflow made of a school's reply.
#[derive(Debug, Clone)]
pub struct SchoolReply {
    /// What was done, for the logs; empty for a plain follow-up.
    pub done: String,
    /// The school was already told the outcome (closure, reopening): no separate
    /// acknowledgement is needed.
    pub school_informed: bool,
}

impl Workflow {
    /// An agent's mail: apply its commands in order, answer with what was done or why not.
    pub async fn agent_mail(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: Option<Ticket>,
        mail: &Understanding,
    ) -> Result<String> {
        let (parsed, errors) = commands::parse(&mail.text);
        let mut results = Vec::new();
        let mut problems: Vec<String> =
            errors.iter().map(|e| format!("ligne {} « {} » : {}", e.line, e.text, e.message)).collect();
        let reference = ticket.as_ref().map(|t| t.reference);
        match ticket {
            None => problems.push("aucune référence de ticket trouvée (répondez à la notification du ticket)".into()),
            Some(mut ticket) if !parsed.is_empty() => {
                // One run: one notice to the school and one update per peer for the whole mail.
                let events: Vec<_> = parsed.iter().map(Command::event).collect();
                for outcome in self.run(tx, act, &mut ticket, &events).await?.summaries() {
                    match outcome {
                        Ok(summary) => results.push(summary),
                        Err(refusal) => problems.push(refusal),
                    }
                }
            }
            Some(_) => {
                if problems.is_empty() {
                    problems.push("aucune commande reconnue".into());
                }
            }
        }
        let content = Content::AgentReply(AgentReply {
            desk_name: self.mailer.identity().display_name.clone(),
            tag: reference.map(|r| self.mailer.tag(r)).unwrap_or_default(),
            reference: reference.map(|r| r.to_string()),
            results: results.clone(),
            problems: problems.clone(),
            help: commands::HELP,
        });
        let letter = Letter {
            to: act.actor,
            content,
            key: match reference {
                Some(r) => format!("{r}.{}", super::unique_suffix(act.now)),
                None => format!("cmd.{}", super::unique_suffix(act.now)),
            },
            thread: Thread::answering(mail),
            ticket_id: None,
            mail_id: act.mail_id,
            files: Vec::new(),
            automatic: true,
        };
        self.mailer.queue(tx, letter).await?;
        Ok(format!("agent commands: {} applied, {} refused", results.len(), problems.len()))
    }

    /// A contractor's mail about its work order.
    pub async fn contractor_mail(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        contractor: &Contractor,
        mail: &Understanding,
    ) -> Result<String> {
        // The work order it answers is quoted below: only the contractor's words say what happened.
        let news = replies::contractor_news(&mail.subject, &mail.own_text);
        let event = Event::Contractor { name: contractor.name.clone(), news, text: excerpt(own_words(mail)) };
        let ran = self.run(tx, act, ticket, &[event]).await?;
        Ok(ran.first_summary())
    }

    /// A school's mail on its ticket, after it was recorded: confirms or refuses a
    /// technical closure, answers the contractor's question, reminds, or adds information.
    pub async fn school_reply(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        mail: &Understanding,
    ) -> Result<SchoolReply> {
        let kind = match mail.kind {
            Kind::Reminder => SchoolMailKind::Reminder,
            Kind::ClosureConfirmation => SchoolMailKind::ClosureConfirmation,
            _ => SchoolMailKind::FollowUp,
        };
        let event = Event::School(SchoolMail { kind, answer: mail.closure_answer, text: excerpt(own_words(mail)) });
        let ran = self.run(tx, act, ticket, &[event]).await?;
        Ok(SchoolReply { done: ran.first_summary(), school_informed: ran.school_told })
    }
}
