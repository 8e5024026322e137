//! Table tests of the core: no database, no mail server.

use super::apply::sample_ticket;
use super::*;
use crate::calendar::paris_datetime;
use crate::vocab::Urgency;

const NOW: i64 = 1_795_000_000_000; // 2026-11-18, a Wednesday

fn policy() -> Policy {
    let party = |name: &str, address: &str| Party {
        name: name.into(),
        address: address.into(),
        departements: vec!["75".into()],
    };
    Policy {
        working_days: Default::default(),
        warn_before_hours: 4,
        confirm_within_days: 10,
        contractors: vec![party("Maintenance SA", "ot@maintenance.example")],
        officers: vec![party("RTN Paris", "rtn@region.example")],
        peers: vec![
            PeerRights { name: "academie".into(), owns: vec![Field::Urgency] },
            PeerRights { name: "collectivite".into(), owns: vec![Field::State] },
        ],
    }
}

fn assigned(state: State) -> Ticket {
    let mut t = sample_ticket(state);
    t.assignee = Some(Assignee {
        target: Target::Contractor,
        name: "Maintenance SA".into(),
        address: "ot@maintenance.example".into(),
    });
    t.assigned_at = Some(NOW - 86_400_000);
    t
}

fn school_mail(kind: SchoolMailKind, answer: ClosureAnswer) -> Event {
    Event::School(SchoolMail { kind, answer, text: "texte".into() })
}

fn peer(name: &str, state: Option<State>, urgency: Option<Urgency>) -> Event {
    Event::Peer(PeerChange { peer: name.into(), state, urgency, ..Default::default() })
}

fn notices(out: &Outcome, to: Audience) -> usize {
    out.effects.iter().filter(|e| matches!(e, Effect::Notify(n) if n.to == to)).count()
}

fn armed(out: &Outcome, timer: TimerKind) -> bool {
    out.effects.iter().any(|e| matches!(e, Effect::Arm { timer: t, .. } if *t == timer))
}

fn history(out: &Outcome) -> Vec<&'static str> {
    out.effects.iter().filter_map(|e| if let Effect::History { what, .. } = e { Some(*what) } else { None }).collect()
}

/// Every event from every state: the state after, or the refusal (`!`).
#[test]
fn every_event_from_every_state() {
    use State::*;
    let events: Vec<(&str, Event)> = vec![
        ("urgency", Event::Urgency(Urgency::TresHaut)),
        ("assign", Event::Assigned(Target::Contractor)),
        ("assign rtn", Event::Assigned(Target::Officer)),
        ("note", Event::Noted("n".into())),
        (
            "taken",
            Event::Contractor { name: "Maintenance SA".into(), news: ContractorNews::TakenInCharge, text: "t".into() },
        ),
        (
            "resolved",
            Event::Contractor { name: "Maintenance SA".into(), news: ContractorNews::Resolved, text: "t".into() },
        ),
        ("confirmed", school_mail(SchoolMailKind::FollowUp, ClosureAnswer::Confirmed)),
        ("still broken", school_mail(SchoolMailKind::FollowUp, ClosureAnswer::StillBroken)),
        ("asks closure", school_mail(SchoolMailKind::ClosureConfirmation, ClosureAnswer::Unclear)),
        ("auto close", Event::TimerFired(TimerKind::AutoClose)),
        ("close", Event::Closed("c".into())),
        ("reopen", Event::Reopened("r".into())),
        ("peer closed", peer("collectivite", Some(Closed), None)),
        ("peer resolved", peer("collectivite", Some(Resolved), None)),
        (
            "work order bounced",
            Event::DeliveryFailed(Failure {
                purpose: Purpose::WorkOrder,
                recipient: "ot@maintenance.example".into(),
                reason: "550".into(),
            }),
        ),
    ];
    // Rows: from New, Assigned, InProgress, Resolved, Closed.
    let expected: &[(&str, [&str; 5])] = &[
        ("urgency", ["new", "assigned", "in_progress", "resolved", "closed"]),
        ("assign", ["assigned", "assigned", "assigned", "assigned", "!"]),
        ("assign rtn", ["assigned", "assigned", "assigned", "assigned", "!"]),
        ("note", ["new", "assigned", "in_progress", "resolved", "closed"]),
        ("taken", ["new", "in_progress", "in_progress", "resolved", "closed"]),
        ("resolved", ["new", "resolved", "resolved", "resolved", "closed"]),
        ("confirmed", ["new", "assigned", "in_progress", "closed", "closed"]),
        ("still broken", ["new", "assigned", "in_progress", "assigned", "closed"]),
        ("asks closure", ["closed", "closed", "closed", "closed", "closed"]),
        ("auto close", ["new", "assigned", "in_progress", "closed", "closed"]),
        ("close", ["closed", "closed", "closed", "closed", "!"]),
        ("reopen", ["!", "!", "!", "assigned", "assigned"]),
        ("peer closed", ["closed", "closed", "closed", "closed", "closed"]),
        ("peer resolved", ["resolved", "resolved", "resolved", "resolved", "closed"]),
        ("work order bounced", ["new", "new", "new", "resolved", "closed"]),
    ];
    for (name, event) in &events {
        let row = expected.iter().find(|(n, _)| n == name).unwrap().1;
        for (from, want) in State::ALL.into_iter().zip(row) {
            // A new ticket has no contractor; every other one has.
            let ticket = if from == New { sample_ticket(New) } else { assigned(from) };
            let got = match apply(&ticket, event, &policy(), NOW) {
                Ok(out) => out.ticket.state.as_str(),
                Err(_) => "!",
            };
            assert_eq!(got, want, "{name} from {from}");
        }
    }
}

#[test]
fn a_peer_closing_clears_the_pending_question_as_clore_does() {
    let mut ticket = assigned(State::InProgress);
    ticket.question_pending = true;
    let by_peer = apply(&ticket, &peer("collectivite", Some(State::Closed), None), &policy(), NOW).unwrap();
    let by_agent = apply(&ticket, &Event::Closed("c".into()), &policy(), NOW).unwrap();
    for out in [&by_peer, &by_agent] {
        assert!(!out.ticket.question_pending);
        assert_eq!(out.ticket.closed_at, Some(NOW));
        assert!(out.effects.contains(&Effect::Cancel(TimerKind::ALL.to_vec())));
        assert_eq!(notices(out, Audience::School), 1);
    }
}

#[test]
fn a_peer_resolving_arms_the_automatic_closure_as_the_contractor_does() {
    let ticket = assigned(State::InProgress);
    let by_peer = apply(&ticket, &peer("collectivite", Some(State::Resolved), None), &policy(), NOW).unwrap();
    let news = Event::Contractor { name: "Maintenance SA".into(), news: ContractorNews::Resolved, text: "fait".into() };
    let by_contractor = apply(&ticket, &news, &policy(), NOW).unwrap();
    for out in [&by_peer, &by_contractor] {
        assert!(armed(out, TimerKind::AutoClose));
        let auto_close = out.effects.iter().find_map(|e| match e {
            Effect::Arm { timer: TimerKind::AutoClose, at } => Some(*at),
            _ => None,
        });
        assert_eq!(auto_close, Some(NOW + 10 * 86_400_000));
        assert!(out.effects.iter().any(|e| matches!(e, Effect::Notify(n) if n.ask_confirmation)));
    }
}

#[test]
fn a_peer_may_change_only_what_it_owns_or_nobody_owns() {
    let ticket = assigned(State::Assigned);
    let out = apply(&ticket, &peer("academie", Some(State::Closed), Some(Urgency::TresHaut)), &policy(), NOW).unwrap();
    assert_eq!((out.ticket.state, out.ticket.urgency), (State::Assigned, Some(Urgency::TresHaut)));
    let verdict = out.peer.unwrap();
    assert_eq!(verdict.conflicts, ["state closed"]);
    assert_eq!(verdict.changes, ["urgency → tres_haut"]);
    // Its urgency moves the deadline as the desk's does.
    assert!(armed(
        &apply(&ticket, &peer("academie", None, Some(Urgency::TresHaut)), &policy(), NOW).unwrap(),
        TimerKind::DeadlineBreach
    ));
}

#[test]
fn a_peer_reopening_a_ticket_the_desk_closed_is_recorded_and_refused() {
    let closed = assigned(State::Closed);
    // The collectivité owns the state, and still cannot reopen what the desk closed.
    let out = apply(&closed, &peer("collectivite", Some(State::InProgress), None), &policy(), NOW).unwrap();
    assert_eq!(out.ticket.state, State::Closed);
    assert_eq!(out.peer.as_ref().unwrap().conflicts.len(), 1);
    assert!(history(&out).contains(&"peer_conflict"));
    assert_eq!(notices(&out, Audience::School), 0, "the school hears nothing of it");
    assert!(!out.effects.iter().any(|e| matches!(e, Effect::Sync { .. })), "nothing bounced back");
}

#[test]
fn a_platform_message_to_the_requester_reaches_the_school_and_a_note_does_not() {
    let ticket = assigned(State::InProgress);
    let message = |for_school| {
        Event::Peer(PeerChange {
            peer: "rt".into(),
            comment: Some("Le technicien passe jeudi matin.\nMerci de prévoir l'accès à la salle.".into()),
            for_school,
            ..Default::default()
        })
    };
    let out = apply(&ticket, &message(true), &policy(), NOW).unwrap();
    let told: Vec<&Notice> = out
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::Notify(n) if n.to == Audience::School => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(told.len(), 1);
    assert!(told[0].details.contains("jeudi matin") && told[0].details.contains("accès à la salle"), "whole text");
    let note = apply(&ticket, &message(false), &policy(), NOW).unwrap();
    assert_eq!(notices(&note, Audience::School), 0);
    assert!(history(&note).contains(&"peer_comment"));
}

#[test]
fn a_silent_peer_is_told_to_the_agents_and_changes_nothing() {
    for state in State::ALL {
        let ticket = assigned(state);
        let out = apply(&ticket, &Event::PeerSilent { peer: "rt".into(), hours: 2 }, &policy(), NOW).unwrap();
        assert_eq!(out.ticket, ticket, "from {state}");
        assert_eq!((notices(&out, Audience::Agents), notices(&out, Audience::School)), (1, 0));
        assert!(!out.effects.iter().any(|e| matches!(e, Effect::Sync { .. })));
    }
}

#[test]
fn a_timer_on_a_closed_ticket_does_nothing() {
    for timer in TimerKind::ALL {
        let out = apply(&assigned(State::Closed), &Event::TimerFired(timer), &policy(), NOW).unwrap();
        assert!(out.effects.is_empty(), "{timer:?}");
        assert_eq!(out.summary, "no longer relevant");
    }
    let out = apply(&assigned(State::Assigned), &Event::TimerFired(TimerKind::DeadlineBreach), &policy(), NOW).unwrap();
    assert_eq!((notices(&out, Audience::Agents), notices(&out, Audience::Contractor)), (1, 1));
}

#[test]
fn reopening_after_technical_closure_starts_a_new_deadline_and_tells_the_contractor() {
    let out = apply(&assigned(State::Resolved), &Event::Reopened("persiste".into()), &policy(), NOW).unwrap();
    assert_eq!((out.ticket.state, out.ticket.resolved_at), (State::Assigned, None));
    assert!(out.ticket.due_at.unwrap() > NOW);
    assert!(armed(&out, TimerKind::DeadlineBreach));
    assert_eq!((notices(&out, Audience::Contractor), notices(&out, Audience::School)), (1, 1));
}

#[test]
fn assignment_follows_the_departement_and_the_working_days() {
    let out = apply(&sample_ticket(State::New), &Event::Assigned(Target::Contractor), &policy(), NOW).unwrap();
    let assignee = out.ticket.assignee.clone().unwrap();
    assert_eq!((assignee.name.as_str(), out.ticket.state), ("Maintenance SA", State::Assigned));
    // Moyen: 3 working days from Wednesday 18 November 2026 is Monday 23 November.
    assert!(paris_datetime(out.ticket.due_at.unwrap()).starts_with("23/11/2026"));
    assert!(out.effects.contains(&Effect::Dispatch(Target::Contractor)));
    let mut elsewhere = sample_ticket(State::New);
    elsewhere.uai = "0691234S".into();
    let refusal = apply(&elsewhere, &Event::Assigned(Target::Contractor), &policy(), NOW).unwrap_err();
    assert_eq!(refusal.0, "aucun prestataire configuré pour le département 69");
}

#[test]
fn a_bounced_work_order_puts_the_ticket_back_to_be_assigned() {
    let bounce = |purpose, recipient: &str| {
        Event::DeliveryFailed(Failure { purpose, recipient: recipient.into(), reason: "550 unknown user".into() })
    };
    let out = apply(&assigned(State::Assigned), &bounce(Purpose::WorkOrder, "OT@maintenance.example"), &policy(), NOW)
        .unwrap();
    assert_eq!((out.ticket.state, out.ticket.assignee.clone(), out.ticket.due_at), (State::New, None, None));
    assert_eq!(notices(&out, Audience::Agents), 1);
    assert_eq!(history(&out), ["delivery_failed"]);
    // A work order to a contractor the ticket has left since: recorded only.
    let out = apply(&assigned(State::Assigned), &bounce(Purpose::WorkOrder, "old@contractor.example"), &policy(), NOW)
        .unwrap();
    assert_eq!((out.ticket.state, notices(&out, Audience::Agents)), (State::Assigned, 0));
    // An acknowledgement that bounced: the agents hear that the school's address fails.
    let out =
        apply(&sample_ticket(State::New), &bounce(Purpose::School, "ce.0750001u@ac-paris.fr"), &policy(), NOW).unwrap();
    assert_eq!((out.ticket.state, notices(&out, Audience::Agents)), (State::New, 1));
}

#[test]
fn the_school_answering_a_question_is_relayed_to_the_contractor_once() {
    let mut ticket = assigned(State::InProgress);
    ticket.question_pending = true;
    let out = apply(&ticket, &school_mail(SchoolMailKind::FollowUp, ClosureAnswer::Unclear), &policy(), NOW).unwrap();
    assert!(!out.ticket.question_pending);
    assert_eq!((notices(&out, Audience::Contractor), notices(&out, Audience::School)), (1, 0));
    assert!(out.effects.iter().any(|e| matches!(e, Effect::Sync { comment: Some(c) } if c.starts_with("Complément"))));
}

#[test]
fn an_unchanged_urgency_or_kind_does_nothing() {
    let ticket = assigned(State::Assigned);
    assert!(apply(&ticket, &Event::Urgency(Urgency::Moyen), &policy(), NOW).unwrap().effects.is_empty());
    assert!(apply(&ticket, &Event::Kind(TicketKind::Incident), &policy(), NOW).unwrap().effects.is_empty());
}

#[test]
fn a_contractor_not_holding_the_ticket_is_recorded_and_ignored() {
    let news = Event::Contractor { name: "Autre SARL".into(), news: ContractorNews::Resolved, text: "fait".into() };
    let out = apply(&assigned(State::Assigned), &news, &policy(), NOW).unwrap();
    assert_eq!((out.ticket.state, history(&out)), (State::Assigned, vec!["refused"]));
}

#[test]
fn the_readme_table_of_states_is_the_cores() {
    let readme = include_str!("../../README.md");
    let table = states_table();
    assert!(readme.contains(&table), "README's table of states differs from the core's; it is now:\n{table}");
}
