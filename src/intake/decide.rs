//! What each kind of mail does: the desk's rules for intake, in one place.

use super::answers::{school_facts, ticket_line, Answer};
use super::{Disposition, Intake};
use crate::directory::{Directory, School};
use crate::outbox::letters::{self, Content, SchoolFacts};
use crate::store::tickets::{self, NewTicket};
use crate::store::{Result, Ticket, Tx};
use crate::ticket::TicketKind;
use crate::understand::{Kind, TicketRef, Understanding};
use crate::workflow::Act;

/// Longest description kept on a ticket; the full mail stays in the `processed` folder.
const MAX_DESCRIPTION: usize = 64 * 1024;

/// The effects decided for one mail.
pub(super) struct Decision {
    pub disposition: Disposition,
    pub reason: String,
    pub ticket_id: Option<i64>,
    pub ticket: Option<TicketRef>,
    pub answers: usize,
    /// A ticket was opened (by a school's report or a peer platform's).
    pub opened: bool,
}

impl Decision {
    fn processed(reason: impl Into<String>) -> Self {
        Decision {
            disposition: Disposition::Processed,
            reason: reason.into(),
            ticket_id: None,
            ticket: None,
            answers: 0,
            opened: false,
        }
    }

    pub(super) fn quarantine(reason: impl Into<String>) -> Self {
        Decision { disposition: Disposition::Quarantine, ..Self::processed(reason) }
    }

    fn on(mut self, ticket: &Ticket) -> Self {
        self.ticket_id = Some(ticket.id);
        self.ticket = Some(ticket.reference);
        self
    }

    fn opening(mut self, ticket: &Ticket) -> Self {
        self.opened = true;
        self.on(ticket)
    }

    fn answered(mut self, queued: bool) -> Self {
        self.answers += queued as usize;
        self
    }
}

pub(super) struct Decider<'a> {
    pub intake: &'a Intake,
    pub directory: &'a Directory,
    pub mail: &'a Understanding,
    pub mail_id: i64,
    pub raw: &'a [u8],
    pub size: u64,
    pub now: i64,
}

impl Decider<'_> {
    /// An answer about no ticket, unique to this mail.
    fn answer(&self, content: Content) -> Answer {
        Answer { content, key: format!("{}.{}", self.mail_id, self.now), ticket_id: None }
    }

    pub async fn apply(&self, tx: &mut Tx) -> Result<Decision> {
        let mail = self.mail;
        if self.size > self.intake.limits.max_message_bytes {
            return self.too_large(tx, self.size).await;
        }
        if mail.loop_marker.is_some() {
            crate::metrics::loop_suppressed();
            return Ok(Decision::processed("our own loop header: never answered"));
        }
        let workflow = self.intake.workflow();
        if workflow.is_agent(self.sender()) && !mail.is_forged() {
            return self.agent_mail(tx).await;
        }
        if let Some(peer) = workflow.peer_of_sender(self.sender()) {
            // Its auto-replies too: RT's tells the id of the ticket our update opened there.
            if !mail.is_forged() && mail.kind != Kind::Bounce {
                let done = workflow.peer_mail(tx, self.now, self.mail_id, peer, mail).await?;
                let decision =
                    if done.quarantine { Decision::quarantine(done.reason) } else { Decision::processed(done.reason) };
                return Ok(match &done.ticket {
                    Some(ticket) if done.opened => decision.opening(ticket),
                    Some(ticket) => decision.on(ticket),
                    None => decision,
                });
            }
        }
        if let Some(contractor) = workflow.contractor_of_sender(self.sender()) {
            if !mail.is_forged() && (mail.ticket_ref.is_some() || mail.work_order.is_some()) {
                return self.contractor_mail(tx, contractor).await;
            }
        }
        if mail.replies_to_agent_mail() && mail.sender.is_some() {
            return Ok(Decision::processed(format!(
                "command mail from {}, who is not an agent: ignored",
                self.sender()
            )));
        }
        match mail.kind {
            Kind::NewIncident | Kind::NewRequest => self.new_ticket(tx).await,
            Kind::FollowUp | Kind::Reminder | Kind::ClosureConfirmation => self.follow_up(tx).await,
            Kind::ListRequest => self.list(tx, None).await,
            Kind::Unauthorised => self.unauthorised(tx).await,
            Kind::AutoReply | Kind::Bounce | Kind::Bulk | Kind::ContractorUpdate | Kind::PlatformUpdate => {
                self.record_only(tx).await
            }
            Kind::Spam => Ok(Decision::quarantine(format!("spam: {}", mail.reason))),
            Kind::Malformed => Ok(Decision::quarantine(format!("malformed: {}", mail.reason))),
        }
    }

    fn sender(&self) -> &str {
        self.mail.sender.as_deref().unwrap_or("")
    }

    /// The school the mail is about, if the sender may speak for it.
    fn school(&self) -> Option<&School> {
        let school = self.directory.get(self.mail.school.as_ref()?)?;
        school.is_contact(self.sender()).then_some(school)
    }

    async fn new_ticket(&self, tx: &mut Tx) -> Result<Decision> {
        let mail = self.mail;
        if let Some(code) = &mail.invalid_uai {
            return self.invalid_uai(tx, code).await;
        }
        let Some(school) = self.school() else {
            let schools = self.directory.schools_of(self.sender());
            if schools.len() > 1 && mail.uai.is_none() {
                return self.school_unknown(tx, &schools).await;
            }
            return self.unauthorised(tx).await;
        };
        let pre = self.intake.workflow().prequalify(&mail.subject, &mail.text, school);
        let kind = match (pre.kind, mail.kind) {
            (Some(kind), _) => kind,
            (None, Kind::NewRequest) => TicketKind::Evolution,
            (None, _) => TicketKind::Incident,
        };
        let urgency = mail.urgency.or(pre.urgency);
        let description = truncate(&mail.text, MAX_DESCRIPTION);
        let mut detail = match (mail.urgency, urgency) {
            (Some(u), _) => format!("{} mail, urgency {}", mail.kind.as_str(), u.as_str()),
            (None, Some(u)) => format!("{} mail, urgency {} suggested by a rule", mail.kind.as_str(), u.as_str()),
            (None, None) => format!("{} mail, urgency not stated: to qualify", mail.kind.as_str()),
        };
        if let Some(rule) = &pre.rule {
            detail.push_str(&format!("; rule {rule:?}"));
        }
        let new = NewTicket {
            year: crate::calendar::paris_year(self.now),
            uai: school.uai.as_str(),
            requester: self.sender(),
            kind,
            urgency,
            subject: &crate::outbox::compose::one_line(&mail.subject, 250),
            description,
            at: self.now,
            route: pre.route,
            actor: self.sender(),
            detail: &detail,
            mail_id: Some(self.mail_id),
        };
        let mut ticket = tickets::create(tx, &new).await?;
        tickets::add_attachments(tx, ticket.id, self.mail_id, &mail.attachments).await?;
        let content = Content::Ack(letters::Ack {
            asker: self.intake.asker(mail),
            reference: ticket.reference.to_string(),
            tag: self.intake.tag(ticket.reference),
            school: school_facts(school),
            urgency: urgency.map(|u| u.label_fr()),
            kind_label: match kind {
                TicketKind::Evolution => "demande d'évolution",
                TicketKind::Incident => "déclaration d'incident",
            },
        });
        let answer = Answer { content, key: ticket.reference.to_string(), ticket_id: Some(ticket.id) };
        let queued = self.intake.queue_answer(tx, mail, self.mail_id, answer).await?;
        let act = Act { now: self.now, actor: self.sender(), mail_id: Some(self.mail_id) };
        self.intake.workflow().opened(tx, &act, &mut ticket, self.raw, &pre).await?;
        Ok(Decision::processed(format!("ticket opened for {}", school.uai)).opening(&ticket).answered(queued))
    }

    async fn follow_up(&self, tx: &mut Tx) -> Result<Decision> {
        let mail = self.mail;
        let schools = self.directory.schools_of(self.sender());
        let ticket = match mail.ticket_ref {
            Some(reference) => match tickets::find(tx, reference).await? {
                Some(t) if schools.iter().any(|s| s.uai.as_str() == t.uai) => Some(t),
                _ => return self.ticket_unknown(tx, reference).await,
            },
            None => None,
        };
        let ticket = match ticket {
            Some(t) => t,
            None => {
                // No reference: the school's only open ticket is meant; otherwise list them.
                let mut open = Vec::new();
                for school in &schools {
                    open.extend(tickets::open_of_school(tx, school.uai.as_str()).await?);
                }
                if open.len() != 1 {
                    let note = "Votre message ne cite pas de référence de demande : merci de répondre en indiquant la référence concernée.";
                    return self.list(tx, Some(note)).await;
                }
                open.remove(0)
            }
        };
        let (event, label) = match mail.kind {
            Kind::Reminder => ("reminder", "Relance"),
            Kind::ClosureConfirmation => ("closure_confirmation", "Confirmation de clôture"),
            _ => ("follow_up", "Complément d'information"),
        };
        let detail = truncate(&mail.text, 8 * 1024);
        tickets::add_event(tx, ticket.id, self.now, event, self.sender(), detail, Some(self.mail_id)).await?;
        tickets::add_attachments(tx, ticket.id, self.mail_id, &mail.attachments).await?;
        let mut ticket = ticket;
        let act = Act { now: self.now, actor: self.sender(), mail_id: Some(self.mail_id) };
        let reply = self.intake.workflow().school_reply(tx, &act, &mut ticket, mail).await?;
        let reason = match reply.done.as_str() {
            "" => format!("{event} recorded"),
            done => format!("{event} recorded; {done}"),
        };
        if reply.school_informed {
            // The workflow told the school the outcome (closure, reopening).
            return Ok(Decision::processed(reason).on(&ticket).answered(true));
        }
        let Some(school) = schools.iter().find(|s| s.uai.as_str() == ticket.uai) else {
            return Ok(Decision::processed("follow-up recorded").on(&ticket));
        };
        let content = Content::FollowupAck(letters::FollowupAck {
            asker: self.intake.asker(mail),
            reference: ticket.reference.to_string(),
            tag: self.intake.tag(ticket.reference),
            school: school_facts(school),
            state: ticket.state.label_fr(),
            event_label: label,
            event_label_lower: label.to_lowercase(),
        });
        let answer =
            Answer { content, key: format!("{}.{}", ticket.reference, self.mail_id), ticket_id: Some(ticket.id) };
        let queued = self.intake.queue_answer(tx, mail, self.mail_id, answer).await?;
        Ok(Decision::processed(reason).on(&ticket).answered(queued))
    }

    /// Answers with the open tickets of the sender's school, and nobody else's.
    async fn list(&self, tx: &mut Tx, note: Option<&str>) -> Result<Decision> {
        let school = match self.school() {
            Some(school) => school,
            None => {
                let schools = self.directory.schools_of(self.sender());
                match schools.as_slice() {
                    [] => return self.unauthorised(tx).await,
                    [only] => *only,
                    many => return self.school_unknown(tx, many).await,
                }
            }
        };
        let open = tickets::open_of_school(tx, school.uai.as_str()).await?;
        let content = Content::TicketList(letters::TicketList {
            asker: self.intake.asker(self.mail),
            school: school_facts(school),
            tickets: open.iter().map(ticket_line).collect(),
            note: note.map(str::to_string),
        });
        let answer = self.answer(content);
        let queued = self.intake.queue_answer(tx, self.mail, self.mail_id, answer).await?;
        Ok(Decision::processed(format!("{} open tickets listed for {}", open.len(), school.uai)).answered(queued))
    }

    async fn unauthorised(&self, tx: &mut Tx) -> Result<Decision> {
        let mail = self.mail;
        if mail.sender.is_none() {
            return Ok(Decision::quarantine(format!("no sender: {}", mail.reason)));
        }
        if mail.is_forged() {
            return Ok(Decision::quarantine(format!("unauthorised: {}", mail.reason)));
        }
        let school = mail.uai.as_ref().and_then(|u| self.directory.get(u));
        // The correspondant's address only when the desk chose to give it to strangers.
        let contact = school.filter(|_| self.intake.disclose_correspondant).map(|s| s.correspondant_email.clone());
        let school = school.map(|s| SchoolFacts { correspondant: None, ..school_facts(s) });
        let answer =
            self.answer(Content::Refusal(letters::Refusal { asker: self.intake.asker(mail), school, contact }));
        let queued = self.intake.queue_limited_answer(tx, mail, self.mail_id, answer).await?;
        Ok(Decision::processed(format!("unauthorised sender: {}", mail.reason)).answered(queued))
    }

    async fn invalid_uai(&self, tx: &mut Tx, code: &str) -> Result<Decision> {
        let written: String = code.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let expected = match crate::uai::Uai::parse(&written) {
            Err(crate::uai::UaiError::CheckLetter { expected, .. }) => Some(expected.to_string()),
            _ => None,
        };
        let answer = self.answer(Content::InvalidUai(letters::InvalidUai {
            asker: self.intake.asker(self.mail),
            code: written.clone(),
            code_digits: written.chars().take(7).collect(),
            expected,
        }));
        let queued = self.intake.queue_limited_answer(tx, self.mail, self.mail_id, answer).await?;
        Ok(Decision::processed(format!("invalid UAI {written}: no ticket")).answered(queued))
    }

    async fn school_unknown(&self, tx: &mut Tx, schools: &[&School]) -> Result<Decision> {
        let answer = self.answer(Content::SchoolUnknown(letters::SchoolUnknown {
            asker: self.intake.asker(self.mail),
            schools: schools.iter().map(|s| school_facts(s)).collect(),
        }));
        let queued = self.intake.queue_limited_answer(tx, self.mail, self.mail_id, answer).await?;
        Ok(Decision::processed("sender serves several schools and wrote no UAI").answered(queued))
    }

    async fn ticket_unknown(&self, tx: &mut Tx, reference: TicketRef) -> Result<Decision> {
        let answer = self.answer(Content::TicketUnknown(letters::TicketUnknown {
            asker: self.intake.asker(self.mail),
            reference: reference.to_string(),
        }));
        let queued = self.intake.queue_limited_answer(tx, self.mail, self.mail_id, answer).await?;
        Ok(Decision::processed(format!("ticket {reference} unknown for this sender")).answered(queued))
    }

    async fn too_large(&self, tx: &mut Tx, size: u64) -> Result<Decision> {
        let answer = self.answer(Content::TooLarge(letters::TooLarge {
            asker: self.intake.asker(self.mail),
            size: human_size(size),
            limit: human_size(self.intake.limits.max_message_bytes),
        }));
        let queued = match self.mail.kind {
            Kind::NewIncident
            | Kind::NewRequest
            | Kind::FollowUp
            | Kind::Reminder
            | Kind::ClosureConfirmation
            | Kind::ListRequest => self.intake.queue_limited_answer(tx, self.mail, self.mail_id, answer).await?,
            _ => false,
        };
        Ok(Decision::quarantine(format!("{size} bytes: over the {} byte limit", self.intake.limits.max_message_bytes))
            .answered(queued))
    }

    async fn agent_mail(&self, tx: &mut Tx) -> Result<Decision> {
        let ticket = match self.mail.ticket_ref {
            Some(reference) => tickets::find(tx, reference).await?,
            None => None,
        };
        let act = Act { now: self.now, actor: self.sender(), mail_id: Some(self.mail_id) };
        let decision = match &ticket {
            Some(t) => Decision::processed("agent mail").on(t),
            None => Decision::processed("agent mail"),
        };
        let done = self.intake.workflow().agent_mail(tx, &act, ticket, self.mail).await?;
        Ok(Decision { reason: done, ..decision }.answered(true))
    }

    async fn contractor_mail(&self, tx: &mut Tx, contractor: &crate::config::Contractor) -> Result<Decision> {
        let reference = self.mail.work_order.or(self.mail.ticket_ref);
        let Some(mut ticket) = (match reference {
            Some(r) => tickets::find(tx, r).await?,
            None => None,
        }) else {
            return Ok(Decision::processed(format!("contractor mail for unknown work order {reference:?}")));
        };
        let act = Act { now: self.now, actor: self.sender(), mail_id: Some(self.mail_id) };
        let done = self.intake.workflow().contractor_mail(tx, &act, &mut ticket, contractor, self.mail).await?;
        tickets::add_attachments(tx, ticket.id, self.mail_id, &self.mail.attachments).await?;
        Ok(Decision::processed(done).on(&ticket))
    }

    /// Automated and third-party mails: recorded, on their ticket when one is named, never
    /// answered (RFC 3834).
    async fn record_only(&self, tx: &mut Tx) -> Result<Decision> {
        let mail = self.mail;
        let mut reason = format!("{}: {}", mail.kind.as_str(), mail.reason);
        // A bounce of one of our mails ends its outbox entry; the ticket hears of it through
        // the delivery failures the timer task reports.
        if let Some(returned) = &mail.returned {
            for id in &returned.message_ids {
                if crate::store::outbox::mark_bounced(tx, id, &returned.reason, self.now).await? {
                    reason.push_str(&format!("; returns our mail <{id}>"));
                }
            }
        }
        let Some(reference) = mail.ticket_ref.or(mail.work_order) else {
            return Ok(Decision::processed(reason));
        };
        let Some(ticket) = tickets::find(tx, reference).await? else {
            return Ok(Decision::processed(format!("{reason}; ticket {reference} unknown")));
        };
        let detail = format!("{}; {}", mail.subject, truncate(&mail.text, 4 * 1024));
        tickets::add_event(tx, ticket.id, self.now, mail.kind.as_str(), self.sender(), &detail, Some(self.mail_id))
            .await?;
        Ok(Decision::processed(reason).on(&ticket))
    }
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `25 Mo`, `1,5 Mo`: a French decimal comma, no trailing `,0`.
fn human_size(bytes: u64) -> String {
    let text = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    format!("{} Mo", text.trim_end_matches(".0").replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_respects_characters() {
        assert_eq!(truncate("ééé", 3), "é");
        assert_eq!(truncate("abc", 10), "abc");
    }

    #[test]
    fn sizes_read_the_french_way() {
        for (bytes, written) in [(26_214_400, "25 Mo"), (1_572_864, "1,5 Mo"), (14_680_064, "14 Mo"), (0, "0 Mo")] {
            assert_eq!(human_size(bytes), written);
        }
    }
}
