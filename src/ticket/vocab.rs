//! The ticket's vocabulary: every fixed set is an enum, read from and written to the store,
//! the configuration and the command line through one spelling each.

use std::fmt;

/// Where a ticket stands. Open means anything but `Closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Received, waiting for the desk to qualify and assign it.
    New,
    Assigned,
    InProgress,
    /// Technical closure by the contractor; waiting for the school's confirmation.
    Resolved,
    /// Administrative closure.
    Closed,
}

impl State {
    pub const ALL: [State; 5] = [State::New, State::Assigned, State::InProgress, State::Resolved, State::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            State::New => "new",
            State::Assigned => "assigned",
            State::InProgress => "in_progress",
            State::Resolved => "resolved",
            State::Closed => "closed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// How the state reads in a French mail, said of « la demande » (what schools and the
    /// desk call a ticket).
    pub fn label_fr(self) -> &'static str {
        match self {
            State::New => "enregistrée",
            State::Assigned => "affectée",
            State::InProgress => "en cours de traitement",
            State::Resolved => "résolue, en attente de votre confirmation",
            State::Closed => "close",
        }
    }

    /// Technically or administratively closed: no deadline runs.
    pub fn is_finished(self) -> bool {
        matches!(self, State::Resolved | State::Closed)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An incident (something that worked is broken) or a change request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    Incident,
    Evolution,
}

impl TicketKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TicketKind::Incident => "incident",
            TicketKind::Evolution => "evolution",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [TicketKind::Incident, TicketKind::Evolution].into_iter().find(|k| k.as_str() == value)
    }

    /// How the kind reads in a French mail.
    pub fn label_fr(self) -> &'static str {
        match self {
            TicketKind::Incident => "incident",
            TicketKind::Evolution => "demande d'évolution",
        }
    }
}

impl fmt::Display for TicketKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who a ticket goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Target {
    /// The maintenance contractor of the school's département (work order).
    #[serde(rename = "prestataire")]
    Contractor,
    /// The regional technical officer (study request).
    #[serde(rename = "rtn")]
    Officer,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Contractor => "prestataire",
            Target::Officer => "rtn",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Target::Contractor, Target::Officer].into_iter().find(|t| t.as_str() == value)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who holds the ticket: the contractor or the officer, by name and address.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Assignee {
    pub target: Target,
    pub name: String,
    pub address: String,
}

/// The ticket's timers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimerKind {
    /// Some hours before the contractor's deadline.
    DeadlineWarning,
    /// At the contractor's deadline.
    DeadlineBreach,
    /// Administrative closure when the school does not answer a technical closure.
    AutoClose,
}

impl TimerKind {
    pub const ALL: [TimerKind; 3] = [TimerKind::DeadlineWarning, TimerKind::DeadlineBreach, TimerKind::AutoClose];

    pub fn as_str(self) -> &'static str {
        match self {
            TimerKind::DeadlineWarning => "deadline_warning",
            TimerKind::DeadlineBreach => "deadline_breach",
            TimerKind::AutoClose => "auto_close",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

/// A ticket field a peer platform may own (`[[peers]] owns`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    State,
    Urgency,
    Assignee,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::State => "state",
            Field::Urgency => "urgency",
            Field::Assignee => "assignee",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Field::State, Field::Urgency, Field::Assignee].into_iter().find(|f| f.as_str() == value)
    }
}
