//! The service desk's workflow: qualification, assignment to the contractor (work order) or
//! to the regional technical officer, working-day deadlines, contractor news, two-stage
//! closure. Every action runs in the caller's transaction and queues its mails there, so the
//! daemon (agent and contractor mails, timers) and the command line share one code path.

pub mod commands;
pub mod replies;
pub mod rules;

mod actions;
mod execute;
mod failures;
mod mail;
mod peers;
mod sync_out;

pub use crate::calendar::paris_datetime;
pub use execute::Ran;
pub use failures::report_failures;

pub use mail::SchoolReply;
pub use peers::PeerOutcome;
pub use sync_out::{release_expired_holds, report_silent_peers};
mod timers;

pub use timers::run_due_timers;

use crate::config::{Config, Contractor, Problems};
use crate::directory::School;
use crate::outbox::compose::Thread;
use crate::outbox::letters::{AgentNotice, Content, Notice, SchoolFacts, TicketFacts, TicketNews};
use crate::outbox::mailer::{Letter, Mailer};
use crate::store::{schools, Result, Ticket, Tx};
use crate::ticket::Policy;
use rules::{Prequalification, Rules};

/// Who acts, when, and from which mail.
#[derive(Debug, Clone)]
pub struct Act<'a> {
    pub now: i64,
    /// An agent's address, a contractor's, a correspondant's, or `cli:<user>` / `timer`.
    pub actor: &'a str,
    pub mail_id: Option<i64>,
}

/// The workflow rules and the mails they send.
pub struct Workflow {
    mailer: Mailer,
    agents: Vec<String>,
    contractors: Vec<Contractor>,
    policy: Policy,
    rules: Rules,
    peers: crate::sync::Peers,
}

impl Workflow {
    /// Compiles the rules and peers of `config`, reporting the problems of both.
    pub fn new(config: &Config, mailer: Mailer) -> std::result::Result<Self, Problems> {
        let (rules, peers) = (Rules::compile(&config.rules), crate::sync::Peers::compile(&config.peers));
        let (rules, peers) = match (rules, peers) {
            (Ok(rules), Ok(peers)) => (rules, peers),
            (rules, peers) => {
                let found = [rules.err(), peers.err()].into_iter().flatten().flat_map(|p| p.0).collect();
                return Err(Problems(found));
            }
        };
        Ok(Workflow {
            mailer,
            agents: config.desk.agents.iter().map(|a| a.trim().to_lowercase()).collect(),
            contractors: config.contractors.clone(),
            policy: Policy::from_config(config),
            rules,
            peers,
        })
    }

    pub fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    pub fn is_agent(&self, address: &str) -> bool {
        self.agents.iter().any(|a| a.eq_ignore_ascii_case(address.trim()))
    }

    /// The contractor an address speaks for: its work-order address or one of its senders.
    pub fn contractor_of_sender(&self, address: &str) -> Option<&Contractor> {
        let address = address.trim().to_lowercase();
        self.contractors.iter().find(|c| {
            c.address.eq_ignore_ascii_case(&address)
                || c.senders.iter().any(|s| {
                    let s = s.to_lowercase();
                    if s.starts_with('@') {
                        address.ends_with(&s)
                    } else {
                        s == address
                    }
                })
        })
    }

    pub fn prequalify(&self, subject: &str, text: &str, school: &School) -> Prequalification {
        self.rules.apply(subject, text, school.uai.as_str(), &school.name)
    }

    async fn school_of(&self, tx: &mut Tx, ticket: &Ticket) -> Result<School> {
        // Tickets reference schools (foreign key): a missing one is a broken database.
        schools::find(tx, &ticket.uai).await?.ok_or_else(|| {
            crate::store::StoreError::NotFound(format!("school {} of ticket {}", ticket.uai, ticket.reference))
        })
    }

    /// Everything mails about a ticket may show.
    fn ticket_facts(&self, ticket: &Ticket, school: &School) -> TicketFacts {
        TicketFacts {
            desk_name: self.mailer.identity().display_name.clone(),
            reference: ticket.reference.to_string(),
            tag: self.mailer.tag(ticket.reference),
            ot: format!("OT-{}", ticket.reference),
            subject: crate::outbox::compose::one_line(&ticket.subject, 150),
            description: ticket.description.trim().to_string(),
            kind_label: ticket.kind.label_fr(),
            urgency: ticket.urgency.map_or("à qualifier", |u| u.label_fr()),
            state: ticket.state.label_fr(),
            requester: ticket.requester.clone(),
            route: ticket.route.map(|r| r.as_str()),
            assignee: ticket.assignee.as_ref().map(|a| a.name.clone()),
            due: ticket.due_at.map(paris_datetime),
            created: paris_datetime(ticket.created_at),
            school: SchoolFacts {
                uai: school.uai.as_str().to_string(),
                name: school.name.clone(),
                town: school.town.clone(),
                correspondant: Some(school.correspondant_email.clone()),
                suppleant: school.suppleant_email.clone(),
            },
        }
    }

    /// Queues a mail about `ticket`.
    #[allow(clippy::too_many_arguments)]
    async fn send(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        to: &str,
        content: Content,
        thread: Thread,
        files: Vec<crate::outbox::compose::File>,
    ) -> Result<bool> {
        let letter = Letter {
            to,
            content,
            key: format!("{}.{}", ticket.reference, unique_suffix(act.now)),
            thread,
            ticket_id: Some(ticket.id),
            mail_id: act.mail_id,
            files,
            automatic: true,
        };
        self.mailer.queue(tx, letter).await
    }

    /// Tells every agent something about a ticket.
    async fn notify_agents(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        school: &School,
        headline: &str,
        details: &str,
    ) -> Result<()> {
        let notice =
            Notice { ticket: self.ticket_facts(ticket, school), headline: headline.into(), details: details.into() };
        for agent in &self.agents {
            if agent.eq_ignore_ascii_case(act.actor) {
                continue; // the agent who acted gets a confirmation instead
            }
            let content = Content::AgentNotice(AgentNotice { notice: notice.clone(), help: commands::HELP });
            self.send(tx, act, ticket, agent, content, Thread::default(), Vec::new()).await?;
        }
        Ok(())
    }

    /// Tells the school (the person who opened the ticket) something.
    async fn notify_school(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        school: &School,
        news: &crate::ticket::Notice,
    ) -> Result<()> {
        let content = Content::TicketNews(TicketNews {
            ticket: self.ticket_facts(ticket, school),
            headline: news.headline.clone(),
            details: news.details.clone(),
            ask_confirmation: news.ask_confirmation,
            confirm_days: self.policy.confirm_within_days,
        });
        self.send(tx, act, ticket, &ticket.requester, content, Thread::default(), Vec::new()).await?;
        Ok(())
    }

    /// Tells the assigned contractor something (not the officer: it has no work order).
    async fn notify_contractor(
        &self,
        tx: &mut Tx,
        act: &Act<'_>,
        ticket: &Ticket,
        school: &School,
        headline: &str,
        details: &str,
    ) -> Result<()> {
        let Some(address) = ticket.contractor().map(|a| a.address.as_str()) else {
            return Ok(());
        };
        let content = Content::ContractorNotice(Notice {
            ticket: self.ticket_facts(ticket, school),
            headline: headline.into(),
            details: details.into(),
        });
        self.send(tx, act, ticket, address, content, Thread::default(), Vec::new()).await?;
        Ok(())
    }
}

/// A Message-ID suffix unique across daemons: time, process, and a per-process counter.
fn unique_suffix(now: i64) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    format!("{now}.{}.{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}
