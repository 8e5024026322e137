//! Firing due timers: deadline warnings and breaches (to agents and contractor, once each),
//! automatic administrative closure when the school did not answer a technical closure.

use super::actions::{AUTO_CLOSE, DEADLINE_BREACH, DEADLINE_WARNING};
use super::{Act, Workflow};
use crate::store::tickets::{self, TicketState};
use crate::store::{timers, Result, Store};

impl Workflow {
    /// Applies one timer in its transaction; returns what it did.
    async fn fire(&self, tx: &mut crate::store::Tx, timer: &timers::Timer, now: i64) -> Result<String> {
        let Some(mut ticket) = tickets::find_by_id(tx, timer.ticket_id).await? else {
            return Ok("ticket gone".into());
        };
        let act = Act { now, actor: "timer", mail_id: None };
        let open = !matches!(ticket.state, TicketState::Resolved | TicketState::Closed);
        let school = self.school_of(tx, &ticket).await?;
        let due = ticket.due_at.map(super::paris_datetime).unwrap_or_default();
        match timer.kind.as_str() {
            DEADLINE_WARNING if open => {
                let details = format!("L'échéance de ce ticket est le {due}.");
                self.notify_agents(tx, &act, &ticket, &school, "Échéance proche", &details).await?;
                self.notify_contractor(tx, &act, &ticket, &school, "Échéance proche", &details).await?;
                tickets::add_event(tx, ticket.id, now, "deadline_warning", "timer", &details, None).await?;
                Ok("deadline warning sent".into())
            }
            DEADLINE_BREACH if open => {
                let details = format!("L'échéance de ce ticket ({due}) est dépassée.");
                self.notify_agents(tx, &act, &ticket, &school, "Échéance dépassée", &details).await?;
                self.notify_contractor(tx, &act, &ticket, &school, "Échéance dépassée", &details).await?;
                tickets::add_event(tx, ticket.id, now, "deadline_breach", "timer", &details, None).await?;
                Ok("deadline breach notice sent".into())
            }
            AUTO_CLOSE if ticket.state == TicketState::Resolved => {
                let why = format!(
                    "clôture automatique : pas de réponse de l'établissement {} jours après la fin d'intervention",
                    self.closure.confirm_within_days
                );
                self.close(tx, &act, &mut ticket, &why).await?.ok();
                Ok("closed automatically".into())
            }
            _ => Ok("no longer relevant".into()),
        }
    }
}

/// Fires every timer due at `now`, each in its own transaction; returns how many fired.
pub async fn run_due_timers(store: &Store, workflow: &Workflow, now: i64) -> Result<usize> {
    let mut fired = 0;
    while let Some((mut tx, timer)) = store.next_due_timer(now).await? {
        let outcome = workflow.fire(&mut tx, &timer, now).await?;
        timers::fired(&mut tx, timer.id, now, &outcome).await?;
        tx.commit().await?;
        tracing::info!(timer = timer.id, ticket_id = timer.ticket_id, kind = %timer.kind, %outcome, "timer fired");
        fired += 1;
    }
    Ok(fired)
}

/// The daemon's timer task: fires due timers every few seconds until shutdown, waking the
/// delivery task when mails were queued.
pub async fn timer_loop(
    intake: std::sync::Arc<crate::intake::Intake>,
    wake: std::sync::Arc<tokio::sync::Notify>,
    shutdown: tokio_util::sync::CancellationToken,
) {
    loop {
        match run_due_timers(intake.store(), intake.workflow(), crate::store::now_ms()).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "timers not run; retrying"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
        }
    }
}
