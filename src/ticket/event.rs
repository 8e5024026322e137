//! What happens to a ticket (events) and what the service does about it (effects).

pub use crate::vocab::ClosureAnswer;
use crate::vocab::Urgency;
use crate::vocab::{State, Target, TicketKind, TimerKind};

/// Something that happens to a ticket, whoever makes it happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Intake or a peer opened the ticket; a pre-qualification rule may name its route and
    /// dispatch it at once.
    Opened { rule: Option<String>, dispatch: Option<Target> },
    /// The desk qualified its urgency.
    Urgency(Urgency),
    /// The desk qualified its kind.
    Kind(TicketKind),
    /// The desk sends it to the contractor (work order) or the officer (study request).
    Assigned(Target),
    /// A note in the history, passed on to the peers.
    Noted(String),
    /// A mail of a contractor (`name`) about its work order.
    Contractor { name: String, news: ContractorNews, text: String },
    /// A mail of the school on its ticket.
    School(SchoolMail),
    /// An update from a peer platform.
    Peer(PeerChange),
    /// One of the ticket's timers is due.
    TimerFired(TimerKind),
    /// Administrative closure, with its reason.
    Closed(String),
    /// Reopening of a resolved or closed ticket, with its reason.
    Reopened(String),
    /// A mail of ours about the ticket could not be delivered.
    DeliveryFailed(Failure),
    /// A peer platform has not answered our update (its ticket id) for `hours`.
    PeerSilent { peer: String, hours: u64 },
}

/// What a contractor's mail about a work order reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractorNews {
    /// Technical closure, with what was done.
    Resolved,
    /// Taken in charge: a technician, maybe a visit date.
    TakenInCharge,
    /// A question for the school (access, details…).
    Question,
    /// Anything else: recorded and passed on to the agents.
    Other,
}

/// What the school's mail is, as understanding read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchoolMailKind {
    FollowUp,
    Reminder,
    /// It asks for the ticket to be closed.
    ClosureConfirmation,
}

impl SchoolMailKind {
    /// How the mail is named to the school and the peers.
    pub fn label_fr(self) -> &'static str {
        match self {
            SchoolMailKind::FollowUp => "Complément d'information",
            SchoolMailKind::Reminder => "Relance",
            SchoolMailKind::ClosureConfirmation => "Confirmation de clôture",
        }
    }
}

/// A school's mail on its ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolMail {
    pub kind: SchoolMailKind,
    pub answer: ClosureAnswer,
    /// The school's own text (quoted history cut), for relays.
    pub text: String,
}

/// A peer platform's update, its fields already mapped to ours.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PeerChange {
    pub peer: String,
    pub state: Option<State>,
    pub urgency: Option<Urgency>,
    pub comment: Option<String>,
    /// The comment was written to the requester (RT's correspondence, GLPI's public
    /// follow-up): the school is told it; an internal note is only recorded.
    pub for_school: bool,
    /// The platform's own assignee (its support group): recorded, ours stays ours.
    pub assignee: Option<String>,
}

/// Which of our mails failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    WorkOrder,
    StudyRequest,
    /// An acknowledgement or a notice to the school's contact.
    School,
    /// Anything else (agents, peers): recorded only.
    Other,
}

/// A mail of ours that was refused or bounced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub purpose: Purpose,
    pub recipient: String,
    pub reason: String,
}

/// What the service does because of an event. Written in the caller's transaction by the
/// workflow's executor, which merges the effects of one mail or one command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// A line of the ticket's history (`what` is its kind).
    History { what: &'static str, detail: String },
    /// A timer armed at `at` (ms), replacing none: cancel first.
    Arm { timer: TimerKind, at: i64 },
    /// Pending timers of these kinds cancelled.
    Cancel(Vec<TimerKind>),
    /// A notice by mail.
    Notify(Notice),
    /// The work order to the contractor, or the study request to the officer, with the files
    /// of the opening mail.
    Dispatch(Target),
    /// The ticket's state (and a comment) to every peer but the one the change came from.
    Sync { comment: Option<String> },
}

/// Who a notice goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// The person who opened the ticket.
    School,
    /// Every agent of the desk but the one who acted.
    Agents,
    /// The assigned contractor (not an officer: it has no work order).
    Contractor,
}

/// A notice: a headline and details, in French.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub to: Audience,
    pub headline: String,
    pub details: String,
    /// Ask the school to confirm a technical closure (or to say the problem persists).
    pub ask_confirmation: bool,
}

impl Notice {
    pub fn new(to: Audience, headline: impl Into<String>, details: impl Into<String>) -> Self {
        Notice { to, headline: headline.into(), details: details.into(), ask_confirmation: false }
    }
}
