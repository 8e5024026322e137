//! The ticket and the service's rules, pure: one function, [`apply`], takes a ticket, an
//! event, the desk's [`Policy`] and the instant, and returns the new ticket with the list of
//! its effects (history, timers, notices, dispatch, peer sync), or a refusal that says why.
//! No I/O, no clock, no SQL: the workflow's executor writes the effects.

mod apply;
mod event;
mod policy;

#[cfg(test)]
mod tests;

pub use crate::vocab::{Assignee, Field, State, Target, TicketKind, TimerKind};
pub use apply::{apply, states_table, transitions, Outcome, PeerVerdict, Refusal};
pub use event::{
    Audience, ClosureAnswer, ContractorNews, Effect, Event, Failure, Notice, PeerChange, Purpose, SchoolMail,
    SchoolMailKind,
};
pub use policy::{Party, PeerRights, Policy};

use crate::vocab::{TicketRef, Urgency};

/// A ticket as the service knows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Ticket {
    pub id: i64,
    #[serde(rename = "ref")]
    pub reference: TicketRef,
    pub uai: String,
    pub requester: String,
    pub kind: TicketKind,
    pub urgency: Option<Urgency>,
    pub state: State,
    pub subject: String,
    pub description: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Route suggested by a pre-qualification rule.
    pub route: Option<Target>,
    /// Who the ticket is assigned to.
    pub assignee: Option<Assignee>,
    pub assigned_at: Option<i64>,
    /// Deadline of the contractor's work (working days from the assignment).
    pub due_at: Option<i64>,
    /// Technical closure.
    pub resolved_at: Option<i64>,
    /// Administrative closure.
    pub closed_at: Option<i64>,
    /// The contractor asked the school something and waits for the answer.
    pub question_pending: bool,
}

impl Ticket {
    /// The ticket's département, from its school's UAI (empty if the stored code is not one).
    pub fn departement(&self) -> String {
        crate::uai::Uai::parse(&self.uai).map(|u| u.departement().to_string()).unwrap_or_default()
    }

    /// The assigned contractor, if the ticket is with one.
    pub fn contractor(&self) -> Option<&Assignee> {
        self.assignee.as_ref().filter(|a| a.target == Target::Contractor)
    }
}
