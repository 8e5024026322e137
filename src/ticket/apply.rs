//! The transitions: one event applied to a ticket under the desk's policy at an instant.

use chrono::{DateTime, Utc};

use super::event::*;
use super::policy::Policy;
use super::Ticket;
use crate::calendar::paris_datetime;
use crate::calendar::Calendar;
use crate::vocab::Urgency;
use crate::vocab::{Assignee, Field, State, Target, TimerKind};

/// Why an event cannot be applied, in French, for the agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a peer's update came to: fields changed and fields refused to it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PeerVerdict {
    pub changes: Vec<String>,
    pub conflicts: Vec<String>,
}

/// The ticket after an event, and what the service must do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub ticket: Ticket,
    pub effects: Vec<Effect>,
    /// One line for the agent's confirmation and the logs.
    pub summary: String,
    /// For a peer's update.
    pub peer: Option<PeerVerdict>,
}

impl Outcome {
    fn new(ticket: Ticket) -> Self {
        Outcome { ticket, effects: Vec::new(), summary: String::new(), peer: None }
    }

    fn done(mut self, summary: impl Into<String>) -> Self {
        self.summary = summary.into();
        self
    }

    fn history(&mut self, what: &'static str, detail: impl Into<String>) {
        self.effects.push(Effect::History { what, detail: detail.into() });
    }

    fn tell(&mut self, notice: Notice) {
        self.effects.push(Effect::Notify(notice));
    }

    fn tell_school(&mut self, headline: &str, details: &str) {
        self.tell(Notice::new(Audience::School, headline, details));
    }

    fn sync(&mut self, comment: Option<&str>) {
        self.effects.push(Effect::Sync { comment: comment.map(str::to_string) });
    }

    fn cancel(&mut self, timers: &[TimerKind]) {
        self.effects.push(Effect::Cancel(timers.to_vec()));
    }

    /// Whether the school is told something by these effects.
    pub fn tells_school(&self) -> bool {
        self.effects.iter().any(|e| matches!(e, Effect::Notify(n) if n.to == Audience::School))
    }
}

const DEADLINE_TIMERS: &[TimerKind] = &[TimerKind::DeadlineWarning, TimerKind::DeadlineBreach];

/// Applies `event` to `ticket` under `policy` at `now` (ms since the epoch).
pub fn apply(ticket: &Ticket, event: &Event, policy: &Policy, now: i64) -> Result<Outcome, Refusal> {
    let t = Transition { policy, now };
    let mut out = Outcome::new(ticket.clone());
    match event {
        Event::Opened { rule, dispatch } => return t.opened(out, rule.as_deref(), *dispatch),
        Event::Urgency(urgency) => t.urgency(&mut out, *urgency),
        Event::Kind(kind) => {
            if out.ticket.kind == *kind {
                return Ok(out.done(format!("type déjà {kind}")));
            }
            let summary = format!("type : {} → {kind}", out.ticket.kind);
            out.ticket.kind = *kind;
            out.history("type", &summary);
            out.sync(None);
            out.summary = summary;
        }
        Event::Assigned(target) => t.assign(&mut out, *target)?,
        Event::Noted(text) => {
            out.history("note", text);
            out.sync(Some(text));
            out.summary = "note ajoutée".into();
        }
        Event::Contractor { name, news, text } => t.contractor(&mut out, name, *news, text),
        Event::School(mail) => t.school(&mut out, mail)?,
        Event::Peer(change) => t.peer(&mut out, change),
        Event::TimerFired(timer) => t.timer(&mut out, *timer),
        Event::Closed(why) => t.close(&mut out, why)?,
        Event::Reopened(why) => t.reopen(&mut out, why)?,
        Event::DeliveryFailed(failure) => t.delivery_failed(&mut out, failure),
        Event::PeerSilent { peer, hours } => {
            let details = format!(
                "La plateforme {peer} n'a pas répondu depuis {hours} h à la transmission de ce ticket : \
                 vérifier qu'elle l'a reçu (guichet sync status), sans quoi ses mises à jour ne nous \
                 parviennent pas."
            );
            out.history("peer_silent", format!("{peer}: no answer for {hours} h"));
            out.tell(Notice::new(Audience::Agents, format!("Pas de réponse de la plateforme {peer}"), details));
            out.summary = format!("{peer} silent for {hours} h: agents told");
        }
    }
    Ok(out)
}

struct Transition<'a> {
    policy: &'a Policy,
    now: i64,
}

impl Transition<'_> {
    fn opened(&self, mut out: Outcome, rule: Option<&str>, dispatch: Option<Target>) -> Result<Outcome, Refusal> {
        let details = rule.map(|r| format!("Règle de pré-qualification appliquée : {r}.")).unwrap_or_default();
        out.tell(Notice::new(Audience::Agents, "Nouveau ticket à qualifier", details));
        out.summary = "ouvert".into();
        if let Some(target) = dispatch {
            let mut assigned = Outcome::new(out.ticket.clone());
            match self.assign(&mut assigned, target) {
                Ok(()) => {
                    out.ticket = assigned.ticket;
                    out.effects.extend(assigned.effects);
                    out.summary = format!("ouvert, {}", assigned.summary);
                }
                Err(refusal) => out.summary = format!("ouvert, affectation automatique impossible : {refusal}"),
            }
        }
        out.sync(None);
        Ok(out)
    }

    fn urgency(&self, out: &mut Outcome, urgency: Urgency) {
        let ticket = &mut out.ticket;
        if ticket.urgency == Some(urgency) {
            out.summary = format!("niveau d'urgence déjà {}", urgency.label_fr());
            return;
        }
        let before = ticket.urgency.map_or("à qualifier", |u| u.label_fr());
        ticket.urgency = Some(urgency);
        let mut summary = format!("niveau d'urgence : {before} → {}", urgency.label_fr());
        // An assigned ticket's deadline follows its urgency, from the assignment.
        if let (Some(assigned_at), Some(_)) = (ticket.assigned_at, ticket.contractor()) {
            if ticket.resolved_at.is_none() && ticket.state != State::Closed {
                let due = self.schedule_deadline(out, assigned_at);
                summary.push_str(&format!(" ; nouvelle échéance {}", paris_datetime(due)));
            }
        }
        out.history("urgency", &summary);
        let details = format!(
            "Le service d'assistance a fixé le niveau d'urgence de votre demande à « {} ».",
            urgency.label_fr()
        );
        out.tell_school("Niveau d'urgence ajusté", &details);
        out.sync(None);
        out.summary = summary;
    }

    fn assign(&self, out: &mut Outcome, target: Target) -> Result<(), Refusal> {
        if out.ticket.state == State::Closed {
            return Err(Refusal("ticket clos : le rouvrir d'abord".into()));
        }
        let departement = out.ticket.departement();
        let Some(party) = self.policy.party_for(target, &departement) else {
            let who = match target {
                Target::Contractor => "prestataire",
                Target::Officer => "RTN",
            };
            return Err(Refusal(format!("aucun {who} configuré pour le département {departement}")));
        };
        let ticket = &mut out.ticket;
        ticket.assignee = Some(Assignee { target, name: party.name.clone(), address: party.address.clone() });
        ticket.assigned_at = Some(self.now);
        ticket.state = State::Assigned;
        ticket.resolved_at = None;
        out.cancel(&TimerKind::ALL);
        let mut summary = format!("affecté à {} <{}>", party.name, party.address);
        let details = match target {
            Target::Contractor => {
                let due = paris_datetime(self.schedule_deadline(out, self.now));
                summary.push_str(&format!(", échéance {due}"));
                format!(
                    "Votre demande a été transmise à notre prestataire de maintenance ({}). Échéance d'intervention : {due}.",
                    party.name
                )
            }
            Target::Officer => {
                out.ticket.due_at = None;
                format!(
                    "Votre demande d'évolution a été transmise pour étude au référent technique régional ({}).",
                    party.name
                )
            }
        };
        out.effects.push(Effect::Dispatch(target));
        out.history("assigned", &summary);
        out.tell_school("Demande transmise", &details);
        out.sync(Some(&summary));
        out.summary = summary;
        Ok(())
    }

    /// The deadline `from` in working days of the school's calendar, with its warning and
    /// breach timers (replacing earlier ones). Returns the deadline.
    fn schedule_deadline(&self, out: &mut Outcome, from: i64) -> i64 {
        let ticket = &mut out.ticket;
        let days = self.policy.working_days.working_days(ticket.urgency.unwrap_or(Urgency::Moyen));
        let start = DateTime::<Utc>::from_timestamp_millis(from).unwrap_or_default();
        let due = Calendar::for_departement(&ticket.departement()).deadline(start, days).timestamp_millis();
        ticket.due_at = Some(due);
        out.cancel(DEADLINE_TIMERS);
        let warn_at = due - self.policy.warn_before_hours as i64 * 3_600_000;
        if warn_at > self.now {
            out.effects.push(Effect::Arm { timer: TimerKind::DeadlineWarning, at: warn_at });
        }
        out.effects.push(Effect::Arm { timer: TimerKind::DeadlineBreach, at: due });
        due
    }

    /// The contractor (or a platform) says the work is done: the school is asked to confirm,
    /// and the ticket closes by itself if it does not answer in time.
    fn technical_closure(&self, out: &mut Outcome, details: &str) {
        let ticket = &mut out.ticket;
        ticket.state = State::Resolved;
        ticket.resolved_at = Some(self.now);
        ticket.question_pending = false;
        out.cancel(&TimerKind::ALL);
        let close_at = self.now + self.policy.confirm_within_days as i64 * 86_400_000;
        out.effects.push(Effect::Arm { timer: TimerKind::AutoClose, at: close_at });
        out.tell(Notice { ask_confirmation: true, ..Notice::new(Audience::School, "Intervention terminée", details) });
    }

    fn contractor(&self, out: &mut Outcome, name: &str, news: ContractorNews, text: &str) {
        if out.ticket.contractor().is_none_or(|a| a.name != name) {
            let why = format!("{name} is not the contractor of this ticket: ignored");
            out.history("refused", &why);
            out.summary = why;
            return;
        }
        // News on a closed ticket is recorded and passed to the agents, never reopens it.
        let news = if out.ticket.state == State::Closed { ContractorNews::Other } else { news };
        let (what, headline) = match news {
            ContractorNews::TakenInCharge => {
                if out.ticket.state == State::Assigned {
                    out.ticket.state = State::InProgress;
                }
                out.tell_school("Intervention planifiée", text);
                ("taken_in_charge", "Prise en charge par le prestataire")
            }
            ContractorNews::Question => {
                out.ticket.question_pending = true;
                let details = format!(
                    "Le prestataire a besoin d'une précision pour intervenir :\n\n{text}\n\nRépondez simplement à ce message : votre réponse lui sera transmise."
                );
                out.tell_school("Question du prestataire", &details);
                ("contractor_question", "Question du prestataire à l'établissement")
            }
            ContractorNews::Resolved => {
                self.technical_closure(out, text);
                ("technical_closure", "Clôture technique par le prestataire")
            }
            ContractorNews::Other => ("contractor_update", "Message du prestataire"),
        };
        out.history(what, text);
        out.tell(Notice::new(Audience::Agents, headline, text));
        out.sync(Some(&format!("{headline} : {text}")));
        out.summary = format!("contractor: {what}");
    }

    fn school(&self, out: &mut Outcome, mail: &SchoolMail) -> Result<(), Refusal> {
        let answer = match mail.answer {
            ClosureAnswer::Unclear if mail.kind == SchoolMailKind::ClosureConfirmation => ClosureAnswer::Confirmed,
            other => other,
        };
        let state = out.ticket.state;
        if state == State::Resolved && answer == ClosureAnswer::Confirmed {
            self.close(out, "fin d'intervention confirmée par l'établissement")?;
            out.summary = "technical closure confirmed: closed".into();
            return Ok(());
        }
        if state == State::Resolved && answer == ClosureAnswer::StillBroken {
            self.reopen(out, &format!("l'établissement signale que le problème persiste :\n{}", mail.text))?;
            out.summary = "technical closure refused: reopened".into();
            return Ok(());
        }
        let comment = format!("{} de l'établissement : {}", mail.kind.label_fr(), mail.text);
        if out.ticket.question_pending {
            out.ticket.question_pending = false;
            out.tell(Notice::new(Audience::Contractor, "Réponse de l'établissement", &mail.text));
            out.summary = "answer relayed to the contractor".into();
        } else if mail.kind == SchoolMailKind::ClosureConfirmation && state != State::Closed {
            self.close(out, "clôture demandée par l'établissement")?;
            out.summary = "closed at the school's request".into();
            return Ok(());
        } else if mail.kind == SchoolMailKind::Reminder && state != State::Closed {
            for to in [Audience::Contractor, Audience::Agents] {
                out.tell(Notice::new(to, "Relance de l'établissement", &mail.text));
            }
            out.summary = "reminder passed on".into();
        }
        out.sync(Some(&comment));
        Ok(())
    }

    fn peer(&self, out: &mut Outcome, change: &PeerChange) {
        let peer = change.peer.as_str();
        let mut verdict = PeerVerdict::default();
        if let Some(state) = change.state.filter(|s| *s != out.ticket.state) {
            if out.ticket.state == State::Closed {
                // The desk closed it: a platform's reopen-on-reply is not the school's wish.
                verdict.conflicts.push(format!("state {state} (closed here: reopening is the desk's)"));
            } else if !self.policy.may_change(peer, Field::State) {
                verdict.conflicts.push(format!("state {state}"));
            } else {
                verdict.changes.push(format!("state {} → {state}", out.ticket.state));
                match state {
                    State::Resolved => {
                        let details = format!("Intervention terminée selon la plateforme {peer}.");
                        self.technical_closure(out, &details);
                    }
                    State::Closed => self.close_fields(out, &format!("Demande clôturée sur la plateforme {peer}.")),
                    _ => {
                        out.ticket.state = state;
                        out.ticket.closed_at = None;
                    }
                }
            }
        }
        if let Some(urgency) = change.urgency.filter(|u| out.ticket.urgency != Some(*u)) {
            if !self.policy.may_change(peer, Field::Urgency) {
                verdict.conflicts.push(format!("urgency {}", urgency.as_str()));
            } else {
                verdict.changes.push(format!("urgency → {}", urgency.as_str()));
                let mut inner = Outcome::new(out.ticket.clone());
                self.urgency(&mut inner, urgency);
                out.ticket = inner.ticket;
                // Its own history and sync lines give way to the peer's.
                out.effects.extend(
                    inner.effects.into_iter().filter(|e| !matches!(e, Effect::History { .. } | Effect::Sync { .. })),
                );
            }
        }
        if !verdict.changes.is_empty() {
            out.history("peer_update", verdict.changes.join(", "));
        }
        if let Some(comment) = &change.comment {
            out.history("peer_comment", comment);
            if change.for_school && !out.tells_school() {
                out.tell_school(&format!("Message de la plateforme {peer}"), comment);
            }
        }
        if let Some(assignee) = &change.assignee {
            out.history("peer_assignee", format!("assigned on {peer}'s side to {assignee}"));
        }
        if !verdict.conflicts.is_empty() {
            out.history(
                "peer_conflict",
                format!("not applied (owned by another platform): {}", verdict.conflicts.join(", ")),
            );
        }
        if !verdict.changes.is_empty() || change.comment.is_some() {
            out.sync(change.comment.as_deref());
        }
        out.summary = [verdict.changes.join(", "), verdict.conflicts.join(", ")].join(" | ");
        out.peer = Some(verdict);
    }

    fn timer(&self, out: &mut Outcome, timer: TimerKind) {
        let due = out.ticket.due_at.map(paris_datetime).unwrap_or_default();
        let open = !out.ticket.state.is_finished();
        let (what, headline, details) = match timer {
            TimerKind::DeadlineWarning if open => {
                ("deadline_warning", "Échéance proche", format!("L'échéance de ce ticket est le {due}."))
            }
            TimerKind::DeadlineBreach if open => {
                ("deadline_breach", "Échéance dépassée", format!("L'échéance de ce ticket ({due}) est dépassée."))
            }
            TimerKind::AutoClose if out.ticket.state == State::Resolved => {
                let why = format!(
                    "clôture automatique : pas de réponse de l'établissement {} jours après la fin d'intervention",
                    self.policy.confirm_within_days
                );
                // Resolved is not closed: closing cannot be refused here.
                let _ = self.close(out, &why);
                out.summary = "closed automatically".into();
                return;
            }
            _ => {
                out.summary = "no longer relevant".into();
                return;
            }
        };
        for to in [Audience::Agents, Audience::Contractor] {
            out.tell(Notice::new(to, headline, &details));
        }
        out.history(what, details);
        out.summary = format!("{} sent", what.replace('_', " "));
    }

    /// What every administrative closure does to the ticket, and what the school is told.
    fn close_fields(&self, out: &mut Outcome, details: &str) {
        let ticket = &mut out.ticket;
        ticket.state = State::Closed;
        ticket.closed_at = Some(self.now);
        ticket.question_pending = false;
        out.cancel(&TimerKind::ALL);
        out.tell_school("Demande clôturée", details);
    }

    fn close(&self, out: &mut Outcome, why: &str) -> Result<(), Refusal> {
        if out.ticket.state == State::Closed {
            return Err(Refusal("ticket déjà clos".into()));
        }
        self.close_fields(out, why);
        out.history("closed", why);
        out.sync(Some(why));
        out.summary = format!("clos ({why})");
        Ok(())
    }

    fn reopen(&self, out: &mut Outcome, why: &str) -> Result<(), Refusal> {
        if !out.ticket.state.is_finished() {
            return Err(Refusal(format!("demande {} : rien à rouvrir", out.ticket.state.label_fr())));
        }
        let ticket = &mut out.ticket;
        ticket.closed_at = None;
        ticket.resolved_at = None;
        ticket.state = if ticket.assignee.is_some() { State::Assigned } else { State::New };
        out.cancel(&[TimerKind::AutoClose]);
        let mut summary = format!("rouvert ({why})");
        if out.ticket.contractor().is_some() {
            let due = paris_datetime(self.schedule_deadline(out, self.now));
            summary.push_str(&format!(", nouvelle échéance {due}"));
            let details = format!("{why}\nNouvelle échéance : {due}.");
            out.tell(Notice::new(Audience::Contractor, "Ticket rouvert : intervention à reprendre", details));
        }
        out.history("reopened", &summary);
        out.tell_school("Demande rouverte", why);
        out.sync(Some(why));
        out.summary = summary;
        Ok(())
    }

    fn delivery_failed(&self, out: &mut Outcome, failure: &Failure) {
        let Failure { purpose, recipient, reason } = failure;
        let holder = out.ticket.assignee.as_ref().is_some_and(|a| a.address.eq_ignore_ascii_case(recipient));
        match purpose {
            Purpose::WorkOrder | Purpose::StudyRequest if holder && !out.ticket.state.is_finished() => {
                let what = if *purpose == Purpose::WorkOrder { "L'ordre de travail" } else { "La demande d'étude" };
                let details = format!(
                    "{what} envoyé à {recipient} n'a pas pu être remis : {reason}\nLe ticket est à affecter de nouveau."
                );
                let ticket = &mut out.ticket;
                ticket.assignee = None;
                ticket.assigned_at = None;
                ticket.due_at = None;
                ticket.state = State::New;
                out.cancel(DEADLINE_TIMERS);
                out.history("delivery_failed", &details);
                out.tell(Notice::new(Audience::Agents, "Envoi non remis : ticket à réaffecter", details));
                out.sync(None);
                out.summary = "dispatch failed: back to be assigned".into();
            }
            Purpose::School => {
                let details = format!(
                    "Le message envoyé à {recipient} n'a pas pu être remis : {reason}\nVérifiez l'adresse de contact de l'établissement dans l'annuaire."
                );
                out.history("delivery_failed", &details);
                out.tell(Notice::new(Audience::Agents, "Adresse de l'établissement en échec", details));
                out.summary = "school's address failing: agents told".into();
            }
            _ => {
                out.history("delivery_failed", format!("message à {recipient} non remis : {reason}"));
                out.summary = "delivery failure recorded".into();
            }
        }
    }
}

/// Every (state, event name, state after) the core allows, for the README's table: the
/// events that move a ticket, tried from every state on a ticket assigned to a contractor.
pub fn transitions() -> Vec<(State, &'static str, State)> {
    let policy = Policy {
        working_days: Default::default(),
        warn_before_hours: 4,
        confirm_within_days: 10,
        contractors: vec![super::Party { name: "P".into(), address: "p@x".into(), departements: vec!["*".into()] }],
        officers: vec![super::Party { name: "R".into(), address: "r@x".into(), departements: vec!["*".into()] }],
        peers: Vec::new(),
    };
    let events: Vec<(&'static str, Event)> = vec![
        ("affecter (prestataire ou RTN)", Event::Assigned(Target::Contractor)),
        (
            "prise en charge du prestataire",
            Event::Contractor { name: "P".into(), news: ContractorNews::TakenInCharge, text: String::new() },
        ),
        (
            "clôture technique (prestataire ou plateforme)",
            Event::Contractor { name: "P".into(), news: ContractorNews::Resolved, text: String::new() },
        ),
        (
            "confirmation de l'établissement",
            Event::School(SchoolMail {
                kind: SchoolMailKind::FollowUp,
                answer: ClosureAnswer::Confirmed,
                text: String::new(),
            }),
        ),
        (
            "problème persistant (établissement)",
            Event::School(SchoolMail {
                kind: SchoolMailKind::FollowUp,
                answer: ClosureAnswer::StillBroken,
                text: String::new(),
            }),
        ),
        ("délai de confirmation écoulé", Event::TimerFired(TimerKind::AutoClose)),
        ("clore", Event::Closed(String::new())),
        ("rouvrir", Event::Reopened(String::new())),
        (
            "ordre de travail non remis",
            Event::DeliveryFailed(Failure {
                purpose: Purpose::WorkOrder,
                recipient: "p@x".into(),
                reason: String::new(),
            }),
        ),
    ];
    let mut rows = Vec::new();
    for from in State::ALL {
        let mut ticket = sample_ticket(from);
        if from != State::New {
            ticket.assignee = Some(Assignee { target: Target::Contractor, name: "P".into(), address: "p@x".into() });
            ticket.assigned_at = Some(0);
        }
        for (name, event) in &events {
            if let Ok(out) = apply(&ticket, event, &policy, 1_000) {
                if out.ticket.state != from {
                    rows.push((from, *name, out.ticket.state));
                }
            }
        }
    }
    rows
}

/// A ticket in `state`, for tables.
pub(crate) fn sample_ticket(state: State) -> Ticket {
    Ticket {
        id: 1,
        reference: crate::understand::TicketRef { year: 2026, number: 1 },
        uai: "0750001U".into(),
        requester: "ce.0750001u@ac-paris.fr".into(),
        kind: super::TicketKind::Incident,
        urgency: Some(Urgency::Moyen),
        state,
        subject: "Panne".into(),
        description: "Le réseau ne fonctionne plus.".into(),
        created_at: 0,
        updated_at: 0,
        route: None,
        assignee: None,
        assigned_at: None,
        due_at: None,
        resolved_at: (state == State::Resolved).then_some(0),
        closed_at: (state == State::Closed).then_some(0),
        question_pending: false,
    }
}

/// The README's table of states: for each state, the events that move a ticket out of it.
pub fn states_table() -> String {
    let mut table = String::from("| state | event | becomes |\n| --- | --- | --- |\n");
    for (from, event, to) in transitions() {
        table.push_str(&format!("| `{from}` | {event} | `{to}` |\n"));
    }
    table
}
