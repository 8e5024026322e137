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
