//! The service's vocabulary: every fixed set is an enum, read from and written to the store,
//! the configuration and the command line through one spelling each. A leaf: it depends on no
//! other module of guichet, so that the configuration, understanding and the ticket core can
//! all speak it without importing each other.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a school's own words say of a technical closure (read by understanding, acted on by
/// the ticket core when the contractor has closed the ticket).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureAnswer {
    Confirmed,
    StillBroken,
    Unclear,
}

/// The three urgency levels of the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Bas,
    Moyen,
    TresHaut,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Bas => "bas",
            Urgency::Moyen => "moyen",
            Urgency::TresHaut => "tres_haut",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "bas" => Some(Urgency::Bas),
            "moyen" => Some(Urgency::Moyen),
            "tres_haut" => Some(Urgency::TresHaut),
            _ => None,
        }
    }

    /// How the level reads in a French mail.
    pub fn label_fr(self) -> &'static str {
        match self {
            Urgency::Bas => "bas",
            Urgency::Moyen => "moyen",
            Urgency::TresHaut => "très haut",
        }
    }
}

/// A ticket number `YYYY-NNNNNN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TicketRef {
    pub year: u16,
    pub number: u32,
}

impl std::fmt::Display for TicketRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:06}", self.year, self.number)
    }
}

impl Serialize for TicketRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::str::FromStr for TicketRef {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("not a ticket number (YYYY-NNNNNN): {s:?}");
        let (year, number) = s.split_once('-').ok_or_else(bad)?;
        if year.len() != 4 || number.len() != 6 {
            return Err(bad());
        }
        Ok(TicketRef { year: year.parse().map_err(|_| bad())?, number: number.parse().map_err(|_| bad())? })
    }
}

/// Where a ticket stands. Open means anything but `Closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

    pub const ALL: [Field; 3] = [Field::State, Field::Urgency, Field::Assignee];

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == value)
    }
}

/// What a mail of ours is for: recorded in the outbox, and the first word of its Message-ID
/// (`<ot-2026-000123.…@desk>`), so that a bounce or an answer says what it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum MailPurpose {
    /// The acknowledgement of a new ticket.
    Ack,
    /// News of its ticket to the school, or the acknowledgement of its follow-up.
    News,
    List,
    Refusal,
    InvalidUai,
    SchoolUnknown,
    TicketUnknown,
    TooLarge,
    /// A notice to agents, or the answer to their commands.
    Agent,
    /// A work order, or a notice about it, to the contractor.
    WorkOrder,
    /// A study request to the regional technical officer.
    StudyRequest,
    /// An update to a peer platform.
    Sync,
}

impl MailPurpose {
    pub const ALL: [MailPurpose; 12] = [
        MailPurpose::Ack,
        MailPurpose::News,
        MailPurpose::List,
        MailPurpose::Refusal,
        MailPurpose::InvalidUai,
        MailPurpose::SchoolUnknown,
        MailPurpose::TicketUnknown,
        MailPurpose::TooLarge,
        MailPurpose::Agent,
        MailPurpose::WorkOrder,
        MailPurpose::StudyRequest,
        MailPurpose::Sync,
    ];

    /// The stored spelling (French words kept from the first releases: Message-IDs carry them).
    pub fn as_str(self) -> &'static str {
        match self {
            MailPurpose::Ack => "ack",
            MailPurpose::News => "suivi",
            MailPurpose::List => "liste",
            MailPurpose::Refusal => "refus",
            MailPurpose::InvalidUai => "uai",
            MailPurpose::SchoolUnknown => "etab",
            MailPurpose::TicketUnknown => "inconnu",
            MailPurpose::TooLarge => "taille",
            MailPurpose::Agent => "agent",
            MailPurpose::WorkOrder => "ot",
            MailPurpose::StudyRequest => "rtn",
            MailPurpose::Sync => "sync",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == value)
    }
}

impl From<MailPurpose> for &'static str {
    fn from(purpose: MailPurpose) -> Self {
        purpose.as_str()
    }
}

impl fmt::Display for MailPurpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One spelling each: the configuration (serde) and the store (`as_str`) agree.
    #[test]
    fn serde_names_are_the_stored_names() {
        fn check<T: Serialize + for<'de> Deserialize<'de> + PartialEq + fmt::Debug + Copy>(value: T, name: &str) {
            assert_eq!(serde_json::to_value(value).unwrap(), serde_json::json!(name));
            assert_eq!(serde_json::from_value::<T>(serde_json::json!(name)).unwrap(), value);
        }
        for u in [Urgency::Bas, Urgency::Moyen, Urgency::TresHaut] {
            check(u, u.as_str());
        }
        for s in State::ALL {
            check(s, s.as_str());
        }
        for k in [TicketKind::Incident, TicketKind::Evolution] {
            check(k, k.as_str());
        }
        for t in [Target::Contractor, Target::Officer] {
            check(t, t.as_str());
        }
        for f in Field::ALL {
            check(f, f.as_str());
        }
        for p in MailPurpose::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), serde_json::json!(p.as_str()));
            assert_eq!(MailPurpose::parse(p.as_str()), Some(p));
        }
    }
}
