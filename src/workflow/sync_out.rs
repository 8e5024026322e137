//! Our updates to peer platforms, as each platform takes mail (`../shared/platforms.md`):
//! the peer's own subject tag once its id is known, threaded under its last mail, with or
//! without the automatic headers it drops; later updates held until the peer's id is known,
//! so they do not open duplicates there; nothing sent to a ticket the peer closed, nor to
//! one it solved unless we reopen it (GLPI reopens a solved ticket on any follow-up).

use super::peers::actor_of;
use super::{Act, Workflow};
use crate::directory::School;
use crate::outbox::compose::{one_line, Thread};
use crate::outbox::letters::{Content, RemedyForm, RemedyLine, Sync};
use crate::outbox::mailer::Letter;
use crate::store::{Result, Store, Ticket, Tx};
use crate::sync::links::{self, Exchange, Held, Link};
use crate::sync::{CompiledPeer, Format};
use crate::vocab::State;

/// What becomes of an update to a peer.
enum Route {
    Send,
    /// Kept, and sent once the peer's id is known.
    Hold,
    /// Not sent, with the reason (recorded in the exchanges).
    Drop(&'static str),
}

fn route(peer: &CompiledPeer, link: &Link, ticket: &Ticket, seq: i64) -> Route {
    match (link.peer_state, peer.format) {
        (Some(State::Closed), _) => Route::Drop("its ticket is closed there: a mail would open a new one"),
        (Some(State::Resolved), Format::Glpi) if matches!(ticket.state, State::Resolved | State::Closed) => {
            Route::Drop("solved there: a follow-up would reopen it")
        }
        _ if link.peer_id.is_none() && seq > 1 && peer.config.hold_secs > 0 => Route::Hold,
        _ => Route::Send,
    }
}

/// The Email Engine's submission of a new incident: the configured interface form, the key,
/// the constant fields and our facts under the site's field names.
fn remedy_form(peer: &CompiledPeer, sync: &Sync) -> RemedyForm {
    let engine = &peer.config.remedy;
    let facts = &sync.ticket;
    let details = format!(
        "{}\n\nÉtablissement : {}, {} (UAI {})\nDemandeur : {}\nRéférence guichet : {}",
        facts.description, facts.school.name, facts.school.town, facts.school.uai, facts.requester, facts.reference
    );
    let value = |fact: &str| -> Option<String> {
        match fact {
            "summary" => Some(format!("{} {}", facts.tag, facts.subject)),
            "details" => Some(details.clone()),
            "urgency" => sync.priority.clone(),
            "status" => Some(sync.status.clone()),
            "reference" => Some(facts.reference.clone()),
            "school" => Some(format!("{} ({})", facts.school.name, facts.school.uai)),
            "requester" => Some(facts.requester.clone()),
            _ => None,
        }
    };
    let mut lines: Vec<RemedyLine> = engine.values.iter().map(|(field, v)| RemedyLine::new(field, v)).collect();
    lines.extend(engine.fields.iter().filter_map(|(fact, field)| value(fact).map(|v| RemedyLine::new(field, &v))));
    let key = engine.key().unwrap_or_else(|error| {
        tracing::warn!(peer = peer.name(), %error, "Remedy key unreadable: submission sent without it");
        None
    });
    RemedyForm { form: engine.create_form.clone(), key, lines }
}

impl Workflow {
    /// Sends the ticket's state (and `comment`) to every peer but the one the change came from.
    pub(super) async fn sync_out(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        comment: Option<&str>,
    ) -> Result<()> {
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
            let update = Held { seq, comment: comment.map(|c| c.to_string()), origin: act.actor.to_string() };
            match route(peer, &link, ticket, seq) {
                Route::Hold => {
                    links::hold(tx, ticket.id, peer.name(), &update, act.now).await?;
                    self.log_out(tx, act.now, ticket, peer, seq, "held", "until its ticket id is known").await?;
                }
                Route::Drop(reason) => self.log_out(tx, act.now, ticket, peer, seq, "not_sent", reason).await?,
                Route::Send => self.send_sync(tx, act, ticket, &school, peer, &link, &update).await?,
            }
        }
        Ok(())
    }

    /// The peer's id just became known: its held updates go out, in order.
    pub(super) async fn release_held(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        peer: &CompiledPeer,
    ) -> Result<usize> {
        let held = links::take_held(tx, ticket.id, peer.name()).await?;
        if held.is_empty() {
            return Ok(0);
        }
        let school = self.school_of(tx, ticket).await?;
        let link = links::get(tx, ticket.id, peer.name()).await?.unwrap_or_default();
        for update in &held {
            self.send_sync(tx, act, ticket, &school, peer, &link, update).await?;
        }
        Ok(held.len())
    }

    #[allow(clippy::too_many_arguments)]
    async fn send_sync(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        school: &School,
        peer: &CompiledPeer,
        link: &Link,
        update: &Held,
    ) -> Result<()> {
        let sync = Sync {
            ticket: self.ticket_facts(ticket, school),
            peer_id: link.peer_id.clone(),
            peer_tag: link.peer_id.as_deref().map(|id| peer.tag_for(id)),
            first: update.seq == 1,
            action: if link.peer_id.is_none() && update.seq == 1 { "Submit" } else { "Modify" },
            status: peer.their_status(ticket.state),
            priority: ticket.urgency.map(|u| peer.their_priority(u)),
            comment: update.comment.as_deref().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()),
            seq: update.seq,
            modified: chrono::TimeZone::timestamp_millis_opt(&chrono_tz::Europe::Paris, act.now)
                .single()
                .map(|t| t.format("%d/%m/%Y %H:%M:%S").to_string()),
            origin: update.origin.clone(),
            remedy: None,
        };
        let sync = match peer.format {
            Format::Remedy if link.peer_id.is_none() => Sync { remedy: Some(remedy_form(peer, &sync)), ..sync },
            _ => sync,
        };
        let content = match peer.format {
            Format::Remedy => Content::SyncRemedy(sync),
            Format::Glpi => Content::SyncGlpi(sync),
            Format::Rt => Content::SyncRt(sync),
        };
        let letter = Letter {
            to: peer.address_for(link.peer_id.is_some()),
            content,
            key: format!("{}.{}.{}", ticket.reference, peer.name(), update.seq),
            // Under the peer's last mail: RT, GLPI and Zammad thread replies by these headers.
            thread: Thread { in_reply_to: link.last_in_message_id.clone(), references: Vec::new() },
            ticket_id: Some(ticket.id),
            mail_id: act.mail_id,
            files: Vec::new(),
            automatic: peer.config.automatic_headers(),
        };
        self.mailer.queue(tx, letter).await?;
        let detail = format!(
            "{} {}",
            ticket.state.as_str(),
            update.comment.as_deref().map(|c| one_line(c, 80)).unwrap_or_default()
        );
        // Only the creation expects an answer (its id); platforms do not answer notes.
        let outcome = if link.peer_id.is_none() { "sent_awaiting_id" } else { "sent" };
        self.log_out(tx, act.now, ticket, peer, update.seq, outcome, &detail).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn log_out(
        &self,
        tx: &mut Tx,
        now: i64,
        ticket: &Ticket,
        peer: &CompiledPeer,
        seq: i64,
        outcome: &str,
        detail: &str,
    ) -> Result<()> {
        let exchange = Exchange {
            ticket_id: Some(ticket.id),
            peer: peer.name(),
            direction: "out",
            seq: Some(seq),
            peer_time: None,
            message_id: None,
            at: now,
            outcome,
            detail,
        };
        links::record(tx, &exchange).await
    }
}

/// Sends the updates held longer than their peer's `hold_secs` without its id, each
/// ticket's in its own transaction; returns how many went out.
pub async fn release_expired_holds(store: &Store, workflow: &Workflow, now: i64) -> Result<usize> {
    let mut released = 0;
    for peer in &workflow.peers.0 {
        let before = now - peer.config.hold_secs as i64 * 1000;
        loop {
            let mut tx = store.begin().await?;
            let Some(ticket_id) = links::oldest_expired_hold(&mut tx, peer.name(), before).await? else {
                break;
            };
            let Some(ticket) = crate::store::tickets::find_by_id(&mut tx, ticket_id).await? else {
                links::take_held(&mut tx, ticket_id, peer.name()).await?;
                tx.commit().await?;
                continue;
            };
            let act = Act { now, actor: "timer", mail_id: None };
            released += workflow.release_held(&mut tx, &act, &ticket, peer).await?;
            tx.commit().await?;
            tracing::info!(ticket = %ticket.reference, peer = peer.name(), "held updates sent without the peer's id");
        }
    }
    Ok(released)
}

/// Tells the agents, once per silence, of each ticket whose update a peer has left
/// unanswered longer than its `answer_within_secs`; returns how many were told.
pub async fn report_silent_peers(store: &Store, workflow: &Workflow, now: i64) -> Result<usize> {
    let mut told = 0;
    for peer in &workflow.peers.0 {
        let before = now - peer.config.answer_within_secs as i64 * 1000;
        loop {
            let mut tx = store.begin().await?;
            let Some((ticket_id, since)) = links::take_silent(&mut tx, peer.name(), before).await? else {
                break;
            };
            if let Some(mut ticket) = crate::store::tickets::find_by_id(&mut tx, ticket_id).await? {
                let act = Act { now, actor: "timer", mail_id: None };
                let hours = ((now - since) / 3_600_000).max(1) as u64;
                let event = crate::ticket::Event::PeerSilent { peer: peer.name().to_string(), hours };
                workflow.run(&mut tx, &act, &mut ticket, &[event]).await?;
                told += 1;
            }
            tx.commit().await?;
        }
    }
    Ok(told)
}
