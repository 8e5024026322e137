//! The one executor of the ticket core's effects: applies the events of one mail or one
//! command to a ticket, then writes their merged effects in the caller's transaction — the
//! ticket saved once, history and timers in order, one notice per audience, one update per
//! peer, whatever the number of events.

use super::{Act, Workflow};
use crate::directory::School;
use crate::outbox::compose::Thread;
use crate::outbox::letters::{Content, Dispatch};
use crate::store::{corrections, tickets, timers, Result, Ticket, Tx};
use crate::ticket::{self, Audience, Effect, Event, Notice, Outcome, Refusal, Target, TicketKind};

/// What a run of events came to.
#[derive(Debug)]
pub struct Ran {
    /// Each event's outcome (the ticket after it, its summary) or its refusal, in order.
    pub results: Vec<std::result::Result<Outcome, Refusal>>,
    /// The school was sent a notice.
    pub school_told: bool,
}

impl Ran {
    /// The first event's summary, or its refusal: what one event came to, for the logs.
    pub fn first_summary(&self) -> String {
        match self.results.first() {
            Some(Ok(outcome)) => outcome.summary.clone(),
            Some(Err(refusal)) => refusal.0.clone(),
            None => String::new(),
        }
    }

    /// Each event's summary or refusal, in French for the agent.
    pub fn summaries(&self) -> Vec<std::result::Result<String, String>> {
        self.results.iter().map(|r| r.as_ref().map(|o| o.summary.clone()).map_err(|e| e.0.clone())).collect()
    }
}

/// Notices to one audience merged into one: headlines joined, details one after the other.
fn merge(notices: Vec<Notice>) -> Option<Notice> {
    let mut iter = notices.into_iter();
    let mut merged = iter.next()?;
    for notice in iter {
        if !merged.headline.contains(&notice.headline) {
            merged.headline = format!("{} ; {}", merged.headline, notice.headline);
        }
        if !notice.details.is_empty() && !merged.details.contains(&notice.details) {
            merged.details = if merged.details.is_empty() {
                notice.details
            } else {
                format!("{}\n\n{}", merged.details, notice.details)
            };
        }
        merged.ask_confirmation |= notice.ask_confirmation;
    }
    Some(merged)
}

impl Workflow {
    /// Applies `events` in order to `ticket` under the desk's policy (a refused event leaves
    /// the ticket as it was and the next one goes on), then writes what they did.
    pub async fn run(&self, tx: &mut Tx, act: &Act<'_>, ticket: &mut Ticket, events: &[Event]) -> Result<Ran> {
        let before = ticket.clone();
        let mut effects = Vec::new();
        let mut results = Vec::new();
        for event in events {
            match ticket::apply(ticket, event, &self.policy, act.now) {
                Ok(outcome) => {
                    *ticket = outcome.ticket.clone();
                    effects.extend(outcome.effects.iter().cloned());
                    results.push(Ok(outcome));
                }
                Err(refusal) => results.push(Err(refusal)),
            }
        }
        if *ticket != before {
            tickets::save(tx, ticket, act.now).await?;
            ticket.updated_at = act.now;
        }
        self.record_corrections(tx, act, ticket.id, events, &results).await?;
        let school_told = self.write(tx, act, ticket, effects).await?;
        Ok(Ran { results, school_told })
    }

    /// The desk corrected what guichet read of the mail that opened the ticket (its type or
    /// urgency): recorded as labels of that mail, for `guichet corpus export`.
    async fn record_corrections(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket_id: i64,
        events: &[Event],
        results: &[std::result::Result<Outcome, Refusal>],
    ) -> Result<()> {
        let mut opening = None;
        for (event, result) in events.iter().zip(results) {
            let Ok(outcome) = result else { continue };
            let (field, value) = match event {
                Event::Urgency(u) if outcome.ticket.urgency == Some(*u) => ("urgency", u.as_str()),
                Event::Kind(TicketKind::Evolution) => ("kind", "new_request"),
                Event::Kind(TicketKind::Incident) => ("kind", "new_incident"),
                _ => continue,
            };
            if outcome.effects.is_empty() {
                continue; // unchanged: nothing corrected
            }
            if opening.is_none() {
                opening = Some(corrections::opening_mail(tx, ticket_id).await?);
            }
            if let Some(Some(mail_id)) = opening {
                corrections::record(tx, mail_id, field, value, act.actor, act.now).await?;
            }
        }
        Ok(())
    }

    /// Writes effects; returns whether the school is told something.
    async fn write(&self, tx: &mut Tx, act: &Act<'_>, ticket: &Ticket, effects: Vec<Effect>) -> Result<bool> {
        let mut notices: Vec<(Audience, Vec<Notice>)> = Vec::new();
        let mut dispatches: Vec<Target> = Vec::new();
        let mut sync: Option<Vec<String>> = None;
        for effect in effects {
            match effect {
                Effect::History { what, detail } => {
                    tickets::add_event(tx, ticket.id, act.now, what, act.actor, &detail, act.mail_id).await?;
                }
                Effect::Cancel(kinds) => {
                    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
                    timers::cancel(tx, ticket.id, &kinds, act.now).await?;
                }
                Effect::Arm { timer, at } => timers::schedule(tx, ticket.id, timer.as_str(), at).await?,
                Effect::Notify(notice) => match notices.iter_mut().find(|(to, _)| *to == notice.to) {
                    Some((_, list)) => list.push(notice),
                    None => notices.push((notice.to, vec![notice])),
                },
                Effect::Dispatch(target) => {
                    dispatches.retain(|t| *t != target);
                    dispatches.push(target);
                }
                Effect::Sync { comment } => {
                    let comments = sync.get_or_insert_with(Vec::new);
                    if let Some(c) = comment.filter(|c| !c.is_empty() && !comments.contains(c)) {
                        comments.push(c);
                    }
                }
            }
        }
        // The school's row is read only when a mail will really leave (intake's statement count).
        let mails = !dispatches.is_empty()
            || notices.iter().any(|(to, _)| *to != Audience::Agents || !self.agents.is_empty())
            || (sync.is_some() && !self.peers.0.is_empty());
        if !mails {
            return Ok(false);
        }
        let school = self.school_of(tx, ticket).await?;
        for target in dispatches {
            // Only the holder of the ticket gets its order: a later assignment replaced it.
            if ticket.assignee.as_ref().is_some_and(|a| a.target == target) {
                self.dispatch(tx, act, ticket, &school, target).await?;
            }
        }
        let mut school_told = false;
        for (to, list) in notices {
            let Some(notice) = merge(list) else { continue };
            match to {
                Audience::School => {
                    school_told = true;
                    self.notify_school(tx, act, ticket, &school, &notice).await?;
                }
                Audience::Agents => {
                    self.notify_agents(tx, act, ticket, &school, &notice.headline, &notice.details).await?
                }
                Audience::Contractor => {
                    self.notify_contractor(tx, act, ticket, &school, &notice.headline, &notice.details).await?
                }
            }
        }
        if let Some(comments) = sync {
            let comment = (!comments.is_empty()).then(|| comments.join("\n"));
            self.sync_out(tx, act, ticket, comment.as_deref()).await?;
        }
        Ok(school_told)
    }

    /// The work order to the contractor, or the study request to the officer, with the
    /// attachments of the mail that opened the ticket.
    async fn dispatch(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        school: &School,
        target: Target,
    ) -> Result<()> {
        let Some(assignee) = &ticket.assignee else { return Ok(()) };
        let files = self.original_attachments(tx, ticket).await?;
        let dispatch = Dispatch {
            ticket: self.ticket_facts(ticket, school),
            officer: (target == Target::Officer).then(|| assignee.name.clone()),
            attachments: files.len(),
        };
        let content = match target {
            Target::Contractor => Content::WorkOrder(dispatch),
            Target::Officer => Content::StudyRequest(dispatch),
        };
        self.send(tx, act, ticket, &assignee.address, content, Thread::default(), files).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_to_one_audience_become_one() {
        let merged = merge(vec![
            Notice::new(Audience::School, "Niveau d'urgence ajusté", "urgence très haut"),
            Notice::new(Audience::School, "Demande transmise", "échéance lundi"),
        ])
        .unwrap();
        assert_eq!(merged.headline, "Niveau d'urgence ajusté ; Demande transmise");
        assert_eq!(merged.details, "urgence très haut\n\néchéance lundi");
        assert!(merge(Vec::new()).is_none());
    }
}
