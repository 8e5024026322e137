//! Keeping peer platforms in step: every change here goes to each peer that mirrors the
//! ticket (never back to the one it came from); a peer's update is applied by the field
//! ownership rule, in the peer's own time order, and passed on to the other peers.

use super::rules::Prequalification;
use super::{Act, Workflow};
use crate::outbox::compose::one_line;
use crate::store::tickets::{self, NewTicket};
use crate::store::{schools, Result, Ticket, Tx};
use crate::sync::format::{self, PeerUpdate, RtNotice};
use crate::sync::links::{self, Exchange};
use crate::sync::{CompiledPeer, Format};
use crate::ticket::{Event, PeerChange, PeerVerdict, TicketKind};
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

/// What a peer's mail says, read in its format; and whether its comment was written to the
/// requester (the school).
fn read(peer: &CompiledPeer, mail: &Understanding) -> (PeerUpdate, bool) {
    let mut update = format::parse(&mail.subject, &mail.text, &peer.id_re);
    let mut for_school = false;
    match peer.format {
        Format::Remedy => update.error = format::remedy_error(&mail.text),
        Format::Glpi => {
            if update.peer_id.is_none() {
                let ids = mail.message_id.iter().chain(&mail.reply_ids);
                update.peer_id = ids.into_iter().find_map(|id| format::glpi_ticket_id(id));
            }
        }
        Format::Rt => {
            // RT writes no label lines of its own: its templates say what happened.
            (update.status, update.priority, update.comment) = (None, None, None);
            match format::rt_notice(&mail.subject) {
                RtNotice::AutoReply => {}
                RtNotice::Resolved => update.status = Some("resolved".into()),
                RtNotice::Comment => update.comment = format::own_text(&mail.text),
                RtNotice::Correspondence => {
                    update.comment = format::own_text(&mail.text);
                    for_school = update.comment.is_some();
                }
            }
        }
    }
    update.peer_id = update.peer_id.map(|id| peer.normalize_id(&id));
    (update, for_school)
}

pub(super) fn actor_of(peer: &CompiledPeer) -> String {
    format!("peer:{}", peer.name())
}

impl Workflow {
    pub fn peer_of_sender(&self, address: &str) -> Option<&CompiledPeer> {
        self.peers.of_sender(address)
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
        let (update, for_school) = read(peer, mail);
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
        if let Some(error) = &update.error {
            return self.peer_error(tx, &act, peer, ticket, error, mail).await;
        }
        let Some(mut ticket) = ticket else {
            return self.peer_opens(tx, &act, peer, &update, mail).await;
        };
        let id_was_known = links::get(tx, ticket.id, peer.name()).await?.is_some_and(|l| l.peer_id.is_some());
        if let Some(id) = &update.peer_id {
            links::set_peer_id(tx, ticket.id, peer.name(), id).await?;
        }
        let their_state = update.status.as_deref().and_then(|s| peer.our_state(s));
        links::note_received(tx, ticket.id, peer.name(), mail.message_id.as_deref(), their_state).await?;
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
        let change = PeerChange {
            peer: peer.name().to_string(),
            state: their_state,
            urgency: update.priority.as_deref().and_then(|p| peer.our_urgency(p)),
            comment: update.comment.clone(),
            for_school,
            assignee: update.assignee.clone(),
        };
        // The core applies it by the ownership rule and passes it on to the other peers.
        let ran = self.run(tx, &act, &mut ticket, &[Event::Peer(change)]).await?;
        let verdict = match ran.results.into_iter().next() {
            Some(Ok(outcome)) => outcome.peer.unwrap_or_default(),
            _ => PeerVerdict::default(),
        };
        let (changes, conflicts) = (verdict.changes, verdict.conflicts);
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
        if !id_was_known && link.peer_id.is_some() {
            let released = self.release_held(tx, &act, &ticket, peer).await?;
            if released > 0 {
                tracing::info!(ticket = %ticket.reference, peer = peer.name(), released, "held updates sent");
            }
        }
        let reason = format!("{} update: {outcome} {detail}", peer.name());
        Ok(PeerOutcome { reason, ticket: Some(ticket), quarantine: false, opened: false })
    }

    /// The platform refused one of our mails: the error goes into the ticket's history and the
    /// peer's exchanges (`guichet sync status`), never applied; without a ticket, kept for review.
    async fn peer_error(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        peer: &CompiledPeer,
        ticket: Option<Ticket>,
        error: &str,
        mail: &Understanding,
    ) -> Result<PeerOutcome> {
        let exchange = Exchange {
            ticket_id: ticket.as_ref().map(|t| t.id),
            peer: peer.name(),
            direction: "in",
            seq: None,
            peer_time: None,
            message_id: mail.message_id.as_deref(),
            at: act.now,
            outcome: "error",
            detail: error,
        };
        links::record(tx, &exchange).await?;
        let reason = format!("{} refused our mail: {error}", peer.name());
        let Some(ticket) = ticket else {
            return Ok(PeerOutcome { reason, ticket: None, quarantine: true, opened: false });
        };
        tickets::add_event(tx, ticket.id, act.now, "peer_error", act.actor, error, act.mail_id).await?;
        tracing::warn!(ticket = %ticket.reference, peer = peer.name(), error, "peer platform refused our mail");
        Ok(PeerOutcome { reason, ticket: Some(ticket), quarantine: false, opened: false })
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
            year: crate::calendar::paris_year(act.now),
            uai: school.uai.as_str(),
            requester: &school.correspondant_email,
            kind: TicketKind::Incident,
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
        self.opened(tx, act, &mut ticket, b"", &Prequalification::default()).await?;
        Ok(PeerOutcome {
            reason: format!("ticket opened from {} {peer_id}", peer.name()),
            ticket: Some(ticket),
            quarantine: false,
            opened: true,
        })
    }
}
