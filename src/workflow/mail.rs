//! Mails that act on a ticket: an agent's commands, a contractor's news, a school's answer.

use serde_json::json;

use super::commands::{self, Command};
use super::replies::{self, ClosureAnswer, ContractorNews};
use super::{actions, Act, News, Workflow};
use crate::config::Contractor;
use crate::intake::thread_of;
use crate::outbox::mailer::Letter;
use crate::store::tickets::{self, TicketState};
use crate::store::{timers, Result, Ticket, Tx};
use crate::understand::{Kind, Understanding};

/// The first lines of a mail's text, for relays and history.
fn excerpt(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(2000) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// What the workflow made of a school's reply.
#[derive(Debug, Clone)]
pub struct SchoolReply {
    pub done: &'static str,
    /// The school was already told the outcome (closure, reopening): no separate
    /// acknowledgement is needed.
    pub school_informed: bool,
}

impl SchoolReply {
    fn informed(done: &'static str) -> Self {
        SchoolReply { done, school_informed: true }
    }

    fn passed_on(done: &'static str) -> Self {
        SchoolReply { done, school_informed: false }
    }
}

impl Workflow {
    /// An agent's mail: apply its commands in order, answer with what was done or why not.
    pub async fn agent_mail(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: Option<Ticket>,
        mail: &Understanding,
        raw: &[u8],
    ) -> Result<String> {
        let (parsed, errors) = commands::parse(&mail.text);
        let mut results = Vec::new();
        let mut problems: Vec<String> =
            errors.iter().map(|e| format!("ligne {} « {} » : {}", e.line, e.text, e.message)).collect();
        let reference = ticket.as_ref().map(|t| t.reference);
        match ticket {
            None => problems.push("aucune référence de ticket trouvée (répondez à la notification du ticket)".into()),
            Some(mut ticket) if !parsed.is_empty() => {
                for command in &parsed {
                    let outcome = match command {
                        Command::Urgency(u) => Ok(self.set_urgency(tx, act, &mut ticket, *u).await?),
                        Command::Type(k) => Ok(self.set_kind(tx, act, &mut ticket, *k).await?),
                        Command::Assign(target) => self.assign(tx, act, &mut ticket, *target).await?,
                        Command::Note(text) => Ok(self.note(tx, act, &ticket, text).await?),
                        Command::Close => {
                            self.close(tx, act, &mut ticket, "clôture par le service d'assistance").await?
                        }
                        Command::Reopen => {
                            self.reopen(tx, act, &mut ticket, "réouverture par le service d'assistance").await?
                        }
                    };
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
        let data = json!({
            "desk_name": self.mailer.identity().display_name,
            "tag": reference.map(|r| self.mailer.tag(r)).unwrap_or_default(),
            "ref": reference.map(|r| r.to_string()),
            "results": results,
            "problems": problems,
            "help": commands::HELP,
        });
        let letter = Letter {
            to: act.actor,
            template: "agent_reply",
            purpose: "agent",
            key: match reference {
                Some(r) => format!("{r}.{}", super::unique_suffix(act.now)),
                None => format!("cmd.{}", super::unique_suffix(act.now)),
            },
            data,
            thread: thread_of(mail, raw),
            ticket_id: None,
            mail_id: act.mail_id,
            files: Vec::new(),
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
        if ticket.assignee_name.as_deref() != Some(contractor.name.as_str()) {
            let why = format!("{} is not the contractor of this ticket: ignored", contractor.name);
            tickets::add_event(tx, ticket.id, act.now, "refused", act.actor, &why, act.mail_id).await?;
            return Ok(why);
        }
        let school = self.school_of(tx, ticket).await?;
        let text = excerpt(&mail.text);
        let news = replies::contractor_news(&mail.subject, &mail.text);
        let (event, headline) = match news {
            ContractorNews::TakenInCharge => {
                if ticket.state == TicketState::Assigned {
                    ticket.state = TicketState::InProgress;
                }
                self.notify_school(tx, act, ticket, &school, News::new("Intervention planifiée", &text)).await?;
                ("taken_in_charge", "Prise en charge par le prestataire")
            }
            ContractorNews::Question => {
                ticket.question_pending = true;
                let details = format!(
                    "Le prestataire a besoin d'une précision pour intervenir :\n\n{text}\n\nRépondez simplement à ce message : votre réponse lui sera transmise."
                );
                self.notify_school(tx, act, ticket, &school, News::new("Question du prestataire", &details)).await?;
                ("contractor_question", "Question du prestataire à l'établissement")
            }
            ContractorNews::Resolved => {
                ticket.state = TicketState::Resolved;
                ticket.resolved_at = Some(act.now);
                ticket.question_pending = false;
                timers::cancel(tx, ticket.id, &[actions::DEADLINE_WARNING, actions::DEADLINE_BREACH], act.now).await?;
                let close_at = act.now + self.closure.confirm_within_days as i64 * 86_400_000;
                timers::schedule(tx, ticket.id, actions::AUTO_CLOSE, close_at).await?;
                self.notify_school(
                    tx,
                    act,
                    ticket,
                    &school,
                    News { ask_confirmation: true, ..News::new("Intervention terminée", &text) },
                )
                .await?;
                ("technical_closure", "Clôture technique par le prestataire")
            }
            ContractorNews::Other => ("contractor_update", "Message du prestataire"),
        };
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, event, act.actor, &text, act.mail_id).await?;
        self.notify_agents(tx, act, ticket, &school, headline, &text).await?;
        self.sync_out(tx, act, ticket, Some(&format!("{headline} : {text}"))).await?;
        Ok(format!("contractor: {event}"))
    }

    /// A school's answer on its ticket, after it was recorded: confirms or refuses a
    /// technical closure, answers the contractor's question, or reminds. Returns what it
    /// did, `None` when it is a plain follow-up.
    pub async fn school_reply(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        mail: &Understanding,
    ) -> Result<Option<SchoolReply>> {
        let text = excerpt(&mail.text);
        let answer = match replies::closure_answer(&mail.text) {
            ClosureAnswer::Unclear if mail.kind == Kind::ClosureConfirmation => ClosureAnswer::Confirmed,
            other => other,
        };
        if ticket.state == TicketState::Resolved {
            match answer {
                ClosureAnswer::Confirmed => {
                    let done = self.close(tx, act, ticket, "fin d'intervention confirmée par l'établissement").await?;
                    return Ok(done.ok().map(|_| SchoolReply::informed("technical closure confirmed: closed")));
                }
                ClosureAnswer::StillBroken => {
                    let why = format!("l'établissement signale que le problème persiste :\n{text}");
                    let done = self.reopen(tx, act, ticket, &why).await?;
                    return Ok(done.ok().map(|_| SchoolReply::informed("technical closure refused: reopened")));
                }
                ClosureAnswer::Unclear => {}
            }
        }
        let school = self.school_of(tx, ticket).await?;
        if ticket.question_pending {
            ticket.question_pending = false;
            tickets::save(tx, ticket, act.now).await?;
            self.notify_contractor(tx, act, ticket, &school, "Réponse de l'établissement", &text).await?;
            return Ok(Some(SchoolReply::passed_on("answer relayed to the contractor")));
        }
        if mail.kind == Kind::ClosureConfirmation && ticket.state != TicketState::Closed {
            let done = self.close(tx, act, ticket, "clôture demandée par l'établissement").await?;
            return Ok(done.ok().map(|_| SchoolReply::informed("closed at the school's request")));
        }
        if mail.kind == Kind::Reminder && ticket.state != TicketState::Closed {
            self.notify_contractor(tx, act, ticket, &school, "Relance de l'établissement", &text).await?;
            self.notify_agents(tx, act, ticket, &school, "Relance de l'établissement", &text).await?;
            return Ok(Some(SchoolReply::passed_on("reminder passed on")));
        }
        Ok(None)
    }
}
