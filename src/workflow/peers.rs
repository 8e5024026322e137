//! Keeping peer platforms in step: every change here goes to each peer that mirrors the
//! ticket (never back to the one it came from); a peer's update is applied by the field
//! ownership rule, in the peer's own time order, and passed on to the other peers.

use serde_json::json;

use super::rules::Prequalification;
use super::{Act, News, Workflow};
use crate::outbox::compose::{one_line, Thread};
use crate::outbox::mailer::Letter;
use crate::store::tickets::{self, NewTicket, TicketState};
use crate::store::{schools, timers, Result, Ticket, Tx};
use crate::sync::format::{self, PeerUpdate};
use crate::sync::links::{self, Exchange};
use crate::sync::{CompiledPeer, Format};
use crate::understand::Understanding;

/// What a peer's mail came to.
pub struct PeerOutcome {
    pub reason: String,
    pub ticket: Option<Ticket>,
    /// Nothing could be matched or created: keep the mail for review.
    pub quarantine: bool,
    /// The peer opened a ticket on its side, and ours was opened with it.
    pub opened: bool,
}

fn actor_of(peer: &CompiledPeer) -> String {
    format!("peer:{}", peer.name())
}

impl Workflow {
    pub fn peer_of_sender(&self, address: &str) -> Option<&CompiledPeer> {
        self.peers.of_sender(address)
    }

    /// Sends the ticket's state (and `comment`) to every peer but the one the change came from.
    pub async fn sync_out(&self, tx: &mut Tx, act: &Act<'_>, ticket: &Ticket, comment: Option<&str>) -> Result<()> {
        if self.peers.0.is_empty() {
            return Ok(());
        }
        let school = self.school_of(tx, ticket).await?;
        for peer in &self.peers.0 {
            if act.actor == actor_of(peer) {
                continue;
            }
            let seq = links::next_seq(tx, ticket.id, peer.name()).await?;
            let link = links::get(tx, ticket.id, peer.name()).await?.unwrap_or_default();
            let mut data = self.ticket_data(ticket, &school);
            let extra = json!({
                "peer_id": link.peer_id,
                "action": if link.peer_id.is_none() && seq == 1 { "Submit" } else { "Modify" },
                "status": peer.their_status(ticket.state),
                "priority": ticket.urgency.map(|u| peer.their_priority(u)),
                "comment": comment.map(|c| one_line(c, 2000)),
                "seq": seq,
                "modified": chrono::TimeZone::timestamp_millis_opt(&chrono_tz::Europe::Paris, act.now)
                    .single()
                    .map(|t| t.format("%d/%m/%Y %H:%M:%S").to_string()),
                "origin": act.actor,
            });
            if let (Some(base), serde_json::Value::Object(extra)) = (data.as_object_mut(), extra) {
                base.extend(extra);
            }
            let template = match peer.format {
                Format::Remedy => "sync_remedy",
                Format::Glpi => "sync_glpi",
            };
            let letter = Letter {
                to: &peer.config.address,
                template,
                purpose: "sync",
                key: format!("{}.{}.{seq}", ticket.reference, peer.name()),
                data,
                thread: Thread::default(),
                ticket_id: Some(ticket.id),
                mail_id: act.mail_id,
                files: Vec::new(),
            };
            self.mailer.queue(tx, letter).await?;
            let detail = format!("{} {}", ticket.state.as_str(), comment.map(|c| one_line(c, 80)).unwrap_or_default());
            let exchange = Exchange {
                ticket_id: Some(ticket.id),
                peer: peer.name(),
                direction: "out",
                seq: Some(seq),
                peer_time: None,
                message_id: None,
                at: act.now,
                outcome: "sent",
                detail: &detail,
            };
            links::record(tx, &exchange).await?;
        }
        Ok(())
    }

    /// A mail from a peer platform: match it to our ticket (our reference, its id, or
    /// threading), or open ours when it opens one for one of our schools; apply it.
    pub async fn peer_mail(
        &self,
        tx: &mut Tx,
        now: i64,
        mail_id: i64,
        peer: &CompiledPeer,
        mail: &Understanding,
    ) -> Result<PeerOutcome> {
        let update = format::parse(&mail.subject, &mail.text, &peer.id_re);
        let actor = actor_of(peer);
        let act = Act { now, actor: &actor, mail_id: Some(mail_id) };
        let mut ticket = match update.our_ref {
            Some(reference) => tickets::find(tx, reference).await?,
            None => None,
        };
        if ticket.is_none() {
            if let Some(id) = &update.peer_id {
                if let Some(ticket_id) = links::ticket_of(tx, peer.name(), id).await? {
                    ticket = tickets::find_by_id(tx, ticket_id).await?;
                }
            }
        }
        if ticket.is_none() {
            if let Some(reference) = mail.ticket_ref {
                ticket = tickets::find(tx, reference).await?;
            }
        }
        let Some(mut ticket) = ticket else {
            return self.peer_opens(tx, &act, peer, &update, mail).await;
        };
        if let Some(id) = &update.peer_id {
            links::set_peer_id(tx, ticket.id, peer.name(), id).await?;
        }
        let link = links::get(tx, ticket.id, peer.name()).await?.unwrap_or_default();
        let inbound = |outcome: &'static str, detail: &'static str| Exchange {
            ticket_id: Some(ticket.id),
            peer: peer.name(),
            direction: "in",
            seq: update.echo_seq,
            peer_time: update.modified,
            message_id: mail.message_id.as_deref(),
            at: now,
            outcome,
            detail,
        };
        if let (Some(time), Some(last)) = (update.modified, link.last_in_time) {
            if time < last {
                links::record(tx, &inbound("stale", "older than the update already applied")).await?;
                let reason = format!("{} update older than the last applied: recorded, not applied", peer.name());
                return Ok(PeerOutcome { reason, ticket: Some(ticket), quarantine: false, opened: false });
            }
        }
        let (changes, conflicts) = self.apply_peer_fields(tx, &act, peer, &update, &mut ticket).await?;
        if let Some(comment) = &update.comment {
            tickets::add_event(tx, ticket.id, now, "peer_comment", &actor, comment, Some(mail_id)).await?;
        }
        if let Some(assignee) = &update.assignee {
            // The platform's own assignee (its support group): recorded, ours stays ours.
            let detail = format!("assigned on {}'s side to {assignee}", peer.name());
            tickets::add_event(tx, ticket.id, now, "peer_assignee", &actor, &detail, Some(mail_id)).await?;
        }
        if !conflicts.is_empty() {
            let detail = format!("not applied (owned by another platform): {}", conflicts.join(", "));
            tickets::add_event(tx, ticket.id, now, "peer_conflict", &actor, &detail, Some(mail_id)).await?;
        }
        links::set_last_in_time(
            tx,
            ticket.id,
            peer.name(),
            update.modified.unwrap_or(now).max(link.last_in_time.unwrap_or(0)),
        )
        .await?;
        let outcome = match (changes.is_empty(), conflicts.is_empty(), update.comment.is_some()) {
            (true, true, false) => "no_change",
            (_, false, _) => "conflict",
            _ => "applied",
        };
        let detail = [changes.join(", "), conflicts.join(", ")].join(" | ");
        let exchange = Exchange {
            ticket_id: Some(ticket.id),
            peer: peer.name(),
            direction: "in",
            seq: update.echo_seq,
            peer_time: update.modified,
            message_id: mail.message_id.as_deref(),
            at: now,
            outcome,
            detail: &detail,
        };
        links::record(tx, &exchange).await?;
        if !changes.is_empty() || update.comment.is_some() {
            self.sync_out(tx, &act, &ticket, update.comment.as_deref()).await?;
        }
        let reason = format!("{} update: {outcome} {detail}", peer.name());
        Ok(PeerOutcome { reason, ticket: Some(ticket), quarantine: false, opened: false })
    }

    /// Applies the state and urgency a peer sends, by the ownership rule. Returns what
    /// changed and what was refused.
    async fn apply_peer_fields(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        peer: &CompiledPeer,
        update: &PeerUpdate,
        ticket: &mut Ticket,
    ) -> Result<(Vec<String>, Vec<String>)> {
        let (mut changes, mut conflicts) = (Vec::new(), Vec::new());
        let school = self.school_of(tx, ticket).await?;
        if let Some(state) = update.status.as_deref().and_then(|s| peer.our_state(s)) {
            if state != ticket.state {
                if self.peers.may_change(peer, "state") {
                    changes.push(format!("state {} → {}", ticket.state.as_str(), state.as_str()));
                    ticket.state = state;
                    match state {
                        TicketState::Resolved => ticket.resolved_at = Some(act.now),
                        TicketState::Closed => {
                            ticket.closed_at = Some(act.now);
                            timers::cancel(
                                tx,
                                ticket.id,
                                &["deadline_warning", "deadline_breach", "auto_close"],
                                act.now,
                            )
                            .await?;
                        }
                        _ => ticket.closed_at = None,
                    }
                    if matches!(state, TicketState::Resolved | TicketState::Closed) {
                        let news = News::new("Mise à jour de votre demande", "");
                        self.notify_school(tx, act, ticket, &school, news).await?;
                    }
                } else {
                    conflicts.push(format!("state {}", state.as_str()));
                }
            }
        }
        if let Some(urgency) = update.priority.as_deref().and_then(|p| peer.our_urgency(p)) {
            if ticket.urgency != Some(urgency) {
                if self.peers.may_change(peer, "urgency") {
                    changes.push(format!("urgency → {}", urgency.as_str()));
                    ticket.urgency = Some(urgency);
                    let details = format!("Niveau d'urgence de votre demande : « {} ».", urgency.label_fr());
                    self.notify_school(tx, act, ticket, &school, News::new("Niveau d'urgence ajusté", &details))
                        .await?;
                } else {
                    conflicts.push(format!("urgency {}", urgency.as_str()));
                }
            }
        }
        if !changes.is_empty() {
            tickets::save(tx, ticket, act.now).await?;
            tickets::add_event(tx, ticket.id, act.now, "peer_update", act.actor, &changes.join(", "), act.mail_id)
                .await?;
        }
        Ok((changes, conflicts))
    }

    /// A peer opened a ticket on its side for one of our schools: open ours and link them.
    async fn peer_opens(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        peer: &CompiledPeer,
        update: &PeerUpdate,
        mail: &Understanding,
    ) -> Result<PeerOutcome> {
        let quarantine = |reason: String| Ok(PeerOutcome { reason, ticket: None, quarantine: true, opened: false });
        let Some(peer_id) = &update.peer_id else {
            return quarantine(format!("{} mail without a ticket id of its own or ours", peer.name()));
        };
        let school = match update.uai.as_deref().map(crate::uai::Uai::parse) {
            Some(Ok(uai)) => schools::find(tx, uai.as_str()).await?,
            _ => None,
        };
        let Some(school) = school else {
            return quarantine(format!(
                "unknown {} id {peer_id}: no ticket of ours, and no known school to open one",
                peer.name()
            ));
        };
        let subject = update.summary.clone().unwrap_or_else(|| mail.subject.clone());
        let description = update.comment.clone().unwrap_or_else(|| mail.text.clone());
        let detail = format!("opened by {} ({peer_id})", peer.name());
        let new = NewTicket {
            year: crate::intake::paris_year(act.now),
            uai: school.uai.as_str(),
            requester: &school.correspondant_email,
            kind: "incident",
            urgency: update.priority.as_deref().and_then(|p| peer.our_urgency(p)),
            subject: &one_line(&subject, 250),
            description: &description,
            at: act.now,
            route: None,
            actor: act.actor,
            detail: &detail,
            mail_id: act.mail_id,
        };
        let mut ticket = tickets::create(tx, &new).await?;
        links::set_peer_id(tx, ticket.id, peer.name(), peer_id).await?;
        if let Some(time) = update.modified {
            links::set_last_in_time(tx, ticket.id, peer.name(), time).await?;
        }
        let exchange = Exchange {
            ticket_id: Some(ticket.id),
            peer: peer.name(),
            direction: "in",
            seq: None,
            peer_time: update.modified,
            message_id: mail.message_id.as_deref(),
            at: act.now,
            outcome: "created",
            detail: &detail,
        };
        links::record(tx, &exchange).await?;
        self.opened(tx, act, &mut ticket, &school, b"", &Prequalification::default()).await?;
        Ok(PeerOutcome {
            reason: format!("ticket opened from {} {peer_id}", peer.name()),
            ticket: Some(ticket),
            quarantine: false,
            opened: true,
        })
    }
}
