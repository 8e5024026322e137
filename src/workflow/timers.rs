//! Firing due timers (and reporting delivery failures to their tickets): deadline warnings and breaches (to agents and contractor, once each),
//! automatic administrative closure when the school did not answer a technical closure.

use super::{Act, Workflow};
use crate::store::{tickets, timers, Result, Store};
use crate::ticket::{Event, TimerKind};

impl Workflow {
    /// Applies one timer in its transaction; returns what it did.
    async fn fire(&self, tx: &mut crate::store::Tx, timer: &timers::Timer, now: i64) -> Result<String> {
        let Some(mut ticket) = tickets::find_by_id(tx, timer.ticket_id).await? else {
            return Ok("ticket gone".into());
        };
        let Some(kind) = TimerKind::parse(&timer.kind) else {
            return Ok(format!("unknown timer kind {:?}", timer.kind));
        };
        let act = Act { now, actor: "timer", mail_id: None };
        let ran = self.run(tx, &act, &mut ticket, &[Event::TimerFired(kind)]).await?;
        Ok(ran.first_summary())
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
        let now = crate::store::now_ms();
        match run_due_timers(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "timers not run; retrying"),
        }
        match super::report_failures(intake.store(), intake.workflow(), now).await {
            Ok(0) => {}
            Ok(_) => wake.notify_one(),
            Err(error) => tracing::warn!(%error, "delivery failures not reported; retrying"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
        }
    }
}
