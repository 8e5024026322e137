//! The desk's actions on a ticket: qualify, assign, note, close, reopen; and what happens
//! when a ticket is opened. Each returns a one-line summary for the confirmation to the
//! agent, or an explanation of why it could not be done.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::commands::{Target, TicketKind};
use super::rules::Prequalification;
use super::{Act, News, Workflow};
use crate::calendar::Calendar;
use crate::directory::School;
use crate::outbox::compose::{File, Thread};
use crate::store::tickets::{self, TicketState};
use crate::store::{timers, Result, Ticket, Tx};
use crate::understand::Urgency;

/// Timer kinds.
pub const DEADLINE_WARNING: &str = "deadline_warning";
pub const DEADLINE_BREACH: &str = "deadline_breach";
pub const AUTO_CLOSE: &str = "auto_close";

/// An action that could not be applied, in French, for the agent.
pub type Refusal = String;

impl Workflow {
    /// After intake opened a ticket: keep its source, tell the agents, dispatch if a rule says.
    pub async fn opened(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        school: &School,
        raw: &[u8],
        pre: &Prequalification,
    ) -> Result<()> {
        tickets::save_source(tx, ticket.id, raw).await?;
        let details = match &pre.rule {
            Some(rule) => format!("Règle de pré-qualification appliquée : {rule}."),
            None => String::new(),
        };
        self.notify_agents(tx, act, ticket, school, "Nouveau ticket à qualifier", &details).await?;
        if let (true, Some(target)) = (pre.dispatch, pre.route) {
            if let Err(refusal) = self.assign(tx, act, ticket, target).await? {
                tracing::warn!(ticket = %ticket.reference, %refusal, "automatic dispatch not done");
            }
        }
        self.sync_out(tx, act, ticket, None).await
    }

    pub async fn set_urgency(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        urgency: Urgency,
    ) -> Result<String> {
        if ticket.urgency == Some(urgency) {
            return Ok(format!("niveau d'urgence déjà {}", urgency.label_fr()));
        }
        let before = ticket.urgency.map_or("à qualifier", |u| u.label_fr());
        ticket.urgency = Some(urgency);
        let school = self.school_of(tx, ticket).await?;
        let mut summary = format!("niveau d'urgence : {before} → {}", urgency.label_fr());
        // An assigned ticket's deadline follows its urgency, from the assignment.
        if let (Some(assigned_at), Some("prestataire")) = (ticket.assigned_at, ticket.assignee_kind.as_deref()) {
            if ticket.resolved_at.is_none() {
                let due = self.schedule_deadline(tx, act, ticket, &school, assigned_at).await?;
                summary.push_str(&format!(" ; nouvelle échéance {}", super::paris_datetime(due)));
            }
        }
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, "urgency", act.actor, &summary, act.mail_id).await?;
        let details = format!(
            "Le service d'assistance a fixé le niveau d'urgence de votre demande à « {} ».",
            urgency.label_fr()
        );
        self.notify_school(tx, act, ticket, &school, News::new("Niveau d'urgence ajusté", &details)).await?;
        self.sync_out(tx, act, ticket, None).await?;
        Ok(summary)
    }

    pub async fn set_kind(&self, tx: &mut Tx, act: &Act<'_>, ticket: &mut Ticket, kind: TicketKind) -> Result<String> {
        if ticket.kind == kind.as_str() {
            return Ok(format!("type déjà {}", kind.as_str()));
        }
        let summary = format!("type : {} → {}", ticket.kind, kind.as_str());
        ticket.kind = kind.as_str().to_string();
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, "type", act.actor, &summary, act.mail_id).await?;
        self.sync_out(tx, act, ticket, None).await?;
        Ok(summary)
    }

    /// Sends the work order to the contractor of the school's département, or the study
    /// request to its regional technical officer.
    pub async fn assign(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        target: Target,
    ) -> Result<std::result::Result<String, Refusal>> {
        if ticket.state == TicketState::Closed {
            return Ok(Err("ticket clos : le rouvrir d'abord".into()));
        }
        let school = self.school_of(tx, ticket).await?;
        let (name, address) = match target {
            Target::Contractor => match self.contractor_for(&school) {
                Some(c) => (c.name.clone(), c.address.clone()),
                None => {
                    return Ok(Err(format!(
                        "aucun prestataire configuré pour le département {}",
                        school.uai.departement()
                    )))
                }
            },
            Target::Officer => match self.officer_for(&school) {
                Some(o) => (o.name.clone(), o.address.clone()),
                None => {
                    return Ok(Err(format!("aucun RTN configuré pour le département {}", school.uai.departement())))
                }
            },
        };
        ticket.assignee_kind = Some(target.as_str().to_string());
        ticket.assignee_name = Some(name.clone());
        ticket.assignee_address = Some(address.clone());
        ticket.assigned_at = Some(act.now);
        ticket.state = TicketState::Assigned;
        ticket.resolved_at = None;
        timers::cancel(tx, ticket.id, &[DEADLINE_WARNING, DEADLINE_BREACH, AUTO_CLOSE], act.now).await?;
        let mut summary = format!("affecté à {name} <{address}>");
        match target {
            Target::Contractor => {
                let due = self.schedule_deadline(tx, act, ticket, &school, act.now).await?;
                summary.push_str(&format!(", échéance {}", super::paris_datetime(due)));
                let files = self.original_attachments(tx, ticket).await?;
                let extra = json!({ "attachments": files.len() });
                self.send(tx, act, ticket, &school, &address, "work_order", "ot", extra, Thread::default(), files)
                    .await?;
            }
            Target::Officer => {
                ticket.due_at = None;
                let files = self.original_attachments(tx, ticket).await?;
                let extra = json!({ "officer": name, "attachments": files.len() });
                self.send(tx, act, ticket, &school, &address, "study_request", "rtn", extra, Thread::default(), files)
                    .await?;
            }
        }
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, "assigned", act.actor, &summary, act.mail_id).await?;
        let details = match target {
            Target::Contractor => format!(
                "Votre demande a été transmise à notre prestataire de maintenance ({name}). Échéance d'intervention : {}.",
                ticket.due_at.map(super::paris_datetime).unwrap_or_default()
            ),
            Target::Officer => format!("Votre demande d'évolution a été transmise pour étude au référent technique régional ({name})."),
        };
        self.notify_school(tx, act, ticket, &school, News::new("Demande transmise", &details)).await?;
        self.sync_out(tx, act, ticket, Some(&summary)).await?;
        Ok(Ok(summary))
    }

    /// Computes the deadline from `from` in working days of the school's calendar and arms
    /// the warning and breach timers (replacing earlier ones). Returns the deadline.
    async fn schedule_deadline(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        school: &School,
        from: i64,
    ) -> Result<i64> {
        let days = self.deadlines.working_days.working_days(ticket.urgency.unwrap_or(Urgency::Moyen));
        let start = DateTime::<Utc>::from_timestamp_millis(from).unwrap_or_default();
        let due = Calendar::for_uai(&school.uai).deadline(start, days).timestamp_millis();
        ticket.due_at = Some(due);
        timers::cancel(tx, ticket.id, &[DEADLINE_WARNING, DEADLINE_BREACH], act.now).await?;
        let warn_at = due - self.deadlines.warn_before_hours as i64 * 3_600_000;
        if warn_at > act.now {
            timers::schedule(tx, ticket.id, DEADLINE_WARNING, warn_at).await?;
        }
        timers::schedule(tx, ticket.id, DEADLINE_BREACH, due).await?;
        Ok(due)
    }

    /// The attachments of the mail that opened the ticket.
    async fn original_attachments(&self, tx: &mut Tx, ticket: &Ticket) -> Result<Vec<File>> {
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

    pub async fn note(&self, tx: &mut Tx, act: &Act<'_>, ticket: &Ticket, text: &str) -> Result<String> {
        tickets::add_event(tx, ticket.id, act.now, "note", act.actor, text, act.mail_id).await?;
        self.sync_out(tx, act, ticket, Some(text)).await?;
        Ok("note ajoutée".into())
    }

    /// Administrative closure (by an agent, the school's confirmation, or the timer).
    pub async fn close(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        why: &str,
    ) -> Result<std::result::Result<String, Refusal>> {
        if ticket.state == TicketState::Closed {
            return Ok(Err("ticket déjà clos".into()));
        }
        ticket.state = TicketState::Closed;
        ticket.closed_at = Some(act.now);
        ticket.question_pending = false;
        timers::cancel(tx, ticket.id, &[DEADLINE_WARNING, DEADLINE_BREACH, AUTO_CLOSE], act.now).await?;
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, "closed", act.actor, why, act.mail_id).await?;
        let school = self.school_of(tx, ticket).await?;
        self.notify_school(tx, act, ticket, &school, News::new("Demande clôturée", why)).await?;
        self.sync_out(tx, act, ticket, Some(why)).await?;
        Ok(Ok(format!("clos ({why})")))
    }

    /// Reopens a resolved or closed ticket; the contractor is told and a new deadline runs.
    pub async fn reopen(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &mut Ticket,
        why: &str,
    ) -> Result<std::result::Result<String, Refusal>> {
        if !matches!(ticket.state, TicketState::Resolved | TicketState::Closed) {
            return Ok(Err(format!("demande {} : rien à rouvrir", ticket.state.label_fr())));
        }
        let school = self.school_of(tx, ticket).await?;
        ticket.closed_at = None;
        ticket.resolved_at = None;
        timers::cancel(tx, ticket.id, &[AUTO_CLOSE], act.now).await?;
        ticket.state = if ticket.assignee_kind.is_some() { TicketState::Assigned } else { TicketState::New };
        let mut summary = format!("rouvert ({why})");
        if ticket.assignee_kind.as_deref() == Some("prestataire") {
            let due = self.schedule_deadline(tx, act, ticket, &school, act.now).await?;
            summary.push_str(&format!(", nouvelle échéance {}", super::paris_datetime(due)));
            let details = format!("{why}\nNouvelle échéance : {}.", super::paris_datetime(due));
            self.notify_contractor(tx, act, ticket, &school, "Ticket rouvert : intervention à reprendre", &details)
                .await?;
        }
        tickets::save(tx, ticket, act.now).await?;
        tickets::add_event(tx, ticket.id, act.now, "reopened", act.actor, &summary, act.mail_id).await?;
        self.notify_school(tx, act, ticket, &school, News::new("Demande rouverte", why)).await?;
        self.sync_out(tx, act, ticket, Some(why)).await?;
        Ok(Ok(summary))
    }
}
