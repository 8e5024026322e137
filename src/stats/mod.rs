//! Desk statistics (`guichet stats`): tickets per state, processing times and contractor
//! deadlines, overall and per urgency, school and contractor. Pure: the tickets, the period
//! and the clock are passed in; nothing here reads the database or the time.
//!
//! Two processing times are measured:
//!
//! - **received → closed** (`received_to_closed`): `closed_at − created_at`, closed tickets
//!   only. This is the figure the desk is judged by.
//! - **assigned → resolved** (`assigned_to_resolved`): `resolved_at − assigned_at`, tickets
//!   with a technical closure (whoever they are assigned to; per contractor, only the
//!   contractor's own tickets).
//!
//! A pair whose end comes before its start (inconsistent data) is left out of the times.
//! Means and medians are exact in milliseconds; the median of an even count is the mean of
//! the two middle values.
//!
//! **Deadlines** concern tickets assigned to a contractor (`assignee_kind = prestataire`)
//! with a `due_at`. The work ends at the technical closure (`resolved_at`), or, for a ticket
//! closed administratively without one, at its closure. It is **met** when it ended at or
//! before the deadline, **missed** when it ended after it or is still running past it at
//! `now`, **pending** otherwise. Rate = met / (met + missed), `None` (JSON `null`) when
//! nothing is decided yet.
//!
//! The **period** (`--from`, `--to`) is a pair of inclusive calendar dates in Europe/Paris
//! applied to the time a ticket was received (`created_at`): from `from` 00:00 Paris time
//! to the midnight that ends `to`. Counts per state are the tickets' current states.
//!
//! **Output.** Table and CSV show hours with one decimal. JSON is one object ([`Report`]):
//! each duration has `*_seconds` (millisecond precision, unrounded otherwise) and `*_hours`
//! (rounded to one decimal, the very figure the table and CSV print); `null` when there is
//! nothing to measure. Instants are Unix milliseconds (UTC), dates `YYYY-MM-DD`.

use std::collections::{BTreeMap, HashMap};

mod medians;
use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Europe::Paris;
use serde::Serialize;

pub use crate::store::tickets::StatTicket;
use crate::store::{Ticket, TicketState};
use crate::ticket::Target;
use crate::understand::Urgency;

/// The urgency key of tickets not qualified yet.
pub const UNQUALIFIED: &str = "à qualifier";
/// The key of the overall group.
pub const ALL: &str = "all";

const MS_PER_HOUR: f64 = 3_600_000.0;

/// A date as the command line takes it: `YYYY-MM-DD`.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| format!("expected a date YYYY-MM-DD, got {value:?}"))
}

/// Inclusive calendar dates (Europe/Paris) bounding the tickets' reception; open ends allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

impl Period {
    /// Every ticket.
    pub const ALL: Period = Period { from: None, to: None };

    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Self, String> {
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                return Err(format!("the period starts ({from}) after it ends ({to})"));
            }
        }
        Ok(Period { from, to })
    }

    pub fn from(&self) -> Option<NaiveDate> {
        self.from
    }

    pub fn to(&self) -> Option<NaiveDate> {
        self.to
    }

    /// The first instant of the period (Unix ms): `from` at 00:00 Paris time.
    pub fn start_ms(&self) -> Option<i64> {
        self.from.map(start_of_day)
    }

    /// The first instant after the period (Unix ms): the midnight ending `to`, Paris time.
    pub fn end_ms(&self) -> Option<i64> {
        self.to.map(|to| to.succ_opt().map_or(i64::MAX, start_of_day))
    }

    pub fn contains(&self, at_ms: i64) -> bool {
        self.start_ms().is_none_or(|start| at_ms >= start) && self.end_ms().is_none_or(|end| at_ms < end)
    }
}

/// The first instant of a Paris calendar day. Midnight always exists in Paris (the clocks
/// change at 02:00 and 03:00); the search keeps the function total for any zone rule.
fn start_of_day(date: NaiveDate) -> i64 {
    (0..24)
        .find_map(|hour| Paris.from_local_datetime(&date.and_hms_opt(hour, 0, 0)?).earliest())
        .map_or_else(|| date.and_time(NaiveTime::MIN).and_utc().timestamp_millis(), |t| t.timestamp_millis())
}

/// Everything `guichet stats` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub period: PeriodInfo,
    /// The clock deadlines still running were judged against (Unix ms).
    pub now: i64,
    /// Every ticket of the period (key `all`).
    pub overall: Group,
    /// `bas`, `moyen`, `tres_haut`, `à qualifier`, always all four, in that order.
    pub by_urgency: Vec<Group>,
    /// Per UAI, in code order; only schools with tickets in the period.
    pub by_school: Vec<Group>,
    /// Per contractor name, tickets assigned to a contractor only, in name order.
    pub by_contractor: Vec<Group>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodInfo {
    pub time_zone: &'static str,
    /// First reception date included (`null`: no lower bound).
    pub from: Option<NaiveDate>,
    /// Last reception date included (`null`: no upper bound).
    pub to: Option<NaiveDate>,
    /// `from` 00:00 Paris, Unix ms, included.
    pub start_ms: Option<i64>,
    /// The midnight after `to`, Paris, Unix ms, excluded.
    pub end_ms: Option<i64>,
}

/// The figures of one set of tickets (one row of the table and of the CSV).
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub key: String,
    pub tickets: StateCounts,
    pub received_to_closed: Durations,
    pub assigned_to_resolved: Durations,
    pub deadlines: Deadlines,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StateCounts {
    pub new: u64,
    pub assigned: u64,
    pub in_progress: u64,
    pub resolved: u64,
    pub closed: u64,
    pub total: u64,
}

impl StateCounts {
    fn add(&mut self, state: TicketState) {
        let slot = match state {
            TicketState::New => &mut self.new,
            TicketState::Assigned => &mut self.assigned,
            TicketState::InProgress => &mut self.in_progress,
            TicketState::Resolved => &mut self.resolved,
            TicketState::Closed => &mut self.closed,
        };
        *slot += 1;
        self.total += 1;
    }
}

/// Mean and median of a set of durations; `None` when the set is empty.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Durations {
    pub count: u64,
    pub mean_seconds: Option<f64>,
    pub median_seconds: Option<f64>,
    pub mean_hours: Option<f64>,
    pub median_hours: Option<f64>,
}

impl Durations {
    fn of(figures: medians::Figures) -> Self {
        let n = figures.count;
        let mean = (n > 0).then(|| figures.sum as f64 / n as f64);
        let median = figures.median.filter(|_| n > 0);
        Durations {
            count: n,
            mean_seconds: mean.map(seconds),
            median_seconds: median.map(seconds),
            mean_hours: mean.map(hours),
            median_hours: median.map(hours),
        }
    }
}

/// Milliseconds to seconds, kept to the millisecond.
fn seconds(ms: f64) -> f64 {
    ms.round() / 1000.0
}

/// Milliseconds to hours with one decimal: the figure every output shows.
fn hours(ms: f64) -> f64 {
    (ms / MS_PER_HOUR * 10.0).round() / 10.0
}

/// Contractor deadlines of a set of tickets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Deadlines {
    pub met: u64,
    pub missed: u64,
    pub pending: u64,
    /// met / (met + missed), from 0 to 1; `None` while nothing is decided.
    pub rate: Option<f64>,
}

/// How a contractor deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineOutcome {
    Met,
    Missed,
    Pending,
}

/// The deadline of a ticket assigned to a contractor with a due date, judged at `now`.
pub fn deadline_outcome(t: &StatTicket, now: i64) -> Option<DeadlineOutcome> {
    if t.assignee_kind != Some(Target::Contractor) {
        return None;
    }
    let due = t.due_at?;
    let ended = t.resolved_at.or(if t.state == TicketState::Closed { t.closed_at } else { None });
    Some(match ended {
        Some(at) if at <= due => DeadlineOutcome::Met,
        Some(_) => DeadlineOutcome::Missed,
        None if now > due => DeadlineOutcome::Missed,
        None => DeadlineOutcome::Pending,
    })
}

/// received → administrative closure, closed tickets.
fn received_to_closed(t: &StatTicket) -> Option<i64> {
    let closed = t.closed_at.filter(|_| t.state == TicketState::Closed)?;
    Some(closed - t.created_at).filter(|d| *d >= 0)
}

/// assignment → technical closure.
fn assigned_to_resolved(t: &StatTicket) -> Option<i64> {
    Some(t.resolved_at? - t.assigned_at?).filter(|d| *d >= 0)
}

/// A group being filled: its counts (its durations are in the builder's samples).
#[derive(Default)]
struct Acc {
    states: StateCounts,
    deadlines: Deadlines,
}

impl Acc {
    fn add(&mut self, t: &StatTicket, now: i64) {
        self.states.add(t.state);
        match deadline_outcome(t, now) {
            Some(DeadlineOutcome::Met) => self.deadlines.met += 1,
            Some(DeadlineOutcome::Missed) => self.deadlines.missed += 1,
            Some(DeadlineOutcome::Pending) => self.deadlines.pending += 1,
            None => {}
        }
    }

    fn finish(self, key: &str, closed: medians::Figures, resolved: medians::Figures) -> Group {
        let mut deadlines = self.deadlines;
        let decided = deadlines.met + deadlines.missed;
        deadlines.rate = (decided > 0).then(|| deadlines.met as f64 / decided as f64);
        Group {
            key: key.to_string(),
            tickets: self.states,
            received_to_closed: Durations::of(closed),
            assigned_to_resolved: Durations::of(resolved),
            deadlines,
        }
    }
}

fn urgency_key(urgency: Option<Urgency>) -> &'static str {
    urgency.map_or(UNQUALIFIED, Urgency::as_str)
}

impl From<&Ticket> for StatTicket {
    fn from(t: &Ticket) -> Self {
        StatTicket {
            uai: t.uai.clone(),
            urgency: t.urgency,
            state: t.state,
            created_at: t.created_at,
            assignee_kind: t.assignee.as_ref().map(|a| a.target),
            assignee_name: t.assignee.as_ref().map(|a| a.name.clone()),
            assigned_at: t.assigned_at,
            due_at: t.due_at,
            resolved_at: t.resolved_at,
            closed_at: t.closed_at,
        }
    }
}

const URGENCY_KEYS: [&str; 4] = ["bas", "moyen", "tres_haut", UNQUALIFIED];

/// The report being filled, one ticket at a time, so the store can stream the period's rows
/// into it (memory: a few machine words per ticket for the medians, no ticket kept).
pub struct Builder {
    period: Period,
    now: i64,
    /// Group 0: everything; 1–4: the urgencies; then schools and contractors as first met.
    groups: Vec<Acc>,
    schools: HashMap<String, u32>,
    contractors: HashMap<String, u32>,
    closed: medians::Samples,
    resolved: medians::Samples,
}

impl Builder {
    pub fn new(period: Period, now: i64) -> Self {
        Builder {
            period,
            now,
            groups: (0..1 + URGENCY_KEYS.len()).map(|_| Acc::default()).collect(),
            schools: HashMap::new(),
            contractors: HashMap::new(),
            closed: medians::Samples::default(),
            resolved: medians::Samples::default(),
        }
    }

    fn group_of(groups: &mut Vec<Acc>, ids: &mut HashMap<String, u32>, key: &str) -> u32 {
        if let Some(&id) = ids.get(key) {
            return id;
        }
        let id = groups.len() as u32;
        groups.push(Acc::default());
        ids.insert(key.to_string(), id);
        id
    }

    /// Counts a ticket if it was received in the period.
    pub fn add(&mut self, t: &StatTicket) {
        if !self.period.contains(t.created_at) {
            return;
        }
        let now = self.now;
        let key = urgency_key(t.urgency);
        let slot = URGENCY_KEYS.iter().position(|k| *k == key).unwrap_or(URGENCY_KEYS.len() - 1);
        let school = Self::group_of(&mut self.groups, &mut self.schools, &t.uai);
        let contractor = (t.assignee_kind == Some(Target::Contractor)).then(|| {
            let name = t.assignee_name.as_deref().unwrap_or("(unnamed)");
            Self::group_of(&mut self.groups, &mut self.contractors, name)
        });
        for g in [0, 1 + slot, school as usize].into_iter().chain(contractor.map(|c| c as usize)) {
            self.groups[g].add(t, now);
        }
        if let Some(ms) = received_to_closed(t) {
            self.closed.push(ms, slot as u32, school, contractor);
        }
        if let Some(ms) = assigned_to_resolved(t) {
            self.resolved.push(ms, slot as u32, school, contractor);
        }
    }

    pub fn finish(self) -> Report {
        let period = self.period;
        let n = self.groups.len();
        let closed = self.closed.figures(n);
        let resolved = self.resolved.figures(n);
        let mut groups: Vec<Option<Acc>> = self.groups.into_iter().map(Some).collect();
        let mut take = |g: usize, key: &str| groups[g].take().unwrap_or_default().finish(key, closed[g], resolved[g]);
        let overall = take(0, ALL);
        let by_urgency = URGENCY_KEYS.iter().enumerate().map(|(i, key)| take(1 + i, key)).collect();
        let in_order = |ids: HashMap<String, u32>| ids.into_iter().collect::<BTreeMap<String, u32>>();
        let by_school = in_order(self.schools).into_iter().map(|(key, g)| take(g as usize, &key)).collect();
        let by_contractor = in_order(self.contractors).into_iter().map(|(key, g)| take(g as usize, &key)).collect();
        Report {
            period: PeriodInfo {
                time_zone: "Europe/Paris",
                from: period.from,
                to: period.to,
                start_ms: period.start_ms(),
                end_ms: period.end_ms(),
            },
            now: self.now,
            overall,
            by_urgency,
            by_school,
            by_contractor,
        }
    }
}

/// The statistics of the tickets received in `period`, deadlines judged at `now` (Unix ms).
pub fn compute(tickets: &[Ticket], period: Period, now: i64) -> Report {
    let mut builder = Builder::new(period, now);
    for t in tickets {
        builder.add(&StatTicket::from(t));
    }
    builder.finish()
}

impl Report {
    /// Every group with its dimension, in output order.
    pub fn rows(&self) -> Vec<(&'static str, &Group)> {
        let mut rows = vec![("overall", &self.overall)];
        rows.extend(self.by_urgency.iter().map(|g| ("urgency", g)));
        rows.extend(self.by_school.iter().map(|g| ("school", g)));
        rows.extend(self.by_contractor.iter().map(|g| ("contractor", g)));
        rows
    }

    /// One JSON object, pretty-printed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// A header line, then one line per (dimension, key); hours with one decimal, empty
    /// cells where there is nothing to measure, the deadline rate as a fraction.
    pub fn to_csv(&self) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let header = [
            "dimension",
            "key",
            "tickets",
            "new",
            "assigned",
            "in_progress",
            "resolved",
            "closed",
            "received_to_closed_count",
            "received_to_closed_mean_hours",
            "received_to_closed_median_hours",
            "assigned_to_resolved_count",
            "assigned_to_resolved_mean_hours",
            "assigned_to_resolved_median_hours",
            "deadlines_met",
            "deadlines_missed",
            "deadlines_pending",
            "deadline_rate",
        ];
        let mut lines = vec![header.map(String::from).to_vec()];
        for (dimension, g) in self.rows() {
            let s = &g.tickets;
            let (c, r, d) = (&g.received_to_closed, &g.assigned_to_resolved, &g.deadlines);
            lines.push(vec![
                dimension.to_string(),
                g.key.clone(),
                s.total.to_string(),
                s.new.to_string(),
                s.assigned.to_string(),
                s.in_progress.to_string(),
                s.resolved.to_string(),
                s.closed.to_string(),
                c.count.to_string(),
                one_decimal(c.mean_hours, ""),
                one_decimal(c.median_hours, ""),
                r.count.to_string(),
                one_decimal(r.mean_hours, ""),
                one_decimal(r.median_hours, ""),
                d.met.to_string(),
                d.missed.to_string(),
                d.pending.to_string(),
                d.rate.map_or_else(String::new, |rate| format!("{rate:.3}")),
            ]);
        }
        for line in &lines {
            // Writing to a Vec cannot fail.
            let _ = out.write_record(line);
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// Aligned columns for a terminal: the period, the states, then one line per group.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let bound = |d: Option<NaiveDate>| d.map(|d| d.to_string());
        let period = match (bound(self.period.from), bound(self.period.to)) {
            (None, None) => "all tickets".to_string(),
            (Some(from), None) => format!("tickets received from {from}"),
            (None, Some(to)) => format!("tickets received up to {to}"),
            (Some(from), Some(to)) => format!("tickets received from {from} to {to}"),
        };
        let now = Paris
            .timestamp_millis_opt(self.now)
            .single()
            .map_or_else(|| self.now.to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string());
        let _ = writeln!(out, "Period: {period} (dates inclusive, Europe/Paris); deadlines as of {now}");
        let s = &self.overall.tickets;
        let _ = writeln!(
            out,
            "Tickets: {} (new {}, assigned {}, in progress {}, resolved {}, closed {})\n",
            s.total, s.new, s.assigned, s.in_progress, s.resolved, s.closed
        );

        let header =
            ["", "", "tickets", "n", "mean", "median", "n", "mean", "median", "met", "missed", "pending", "rate"];
        let spans =
            [("received → closed (h)", 3..6), ("assigned → resolved (h)", 6..9), ("contractor deadlines", 9..13)];
        let mut sections: Vec<Vec<[String; 13]>> = Vec::new();
        let mut last = "";
        for (dimension, g) in self.rows() {
            if dimension != last {
                sections.push(Vec::new());
                last = dimension;
            }
            let (c, r, d) = (&g.received_to_closed, &g.assigned_to_resolved, &g.deadlines);
            let row = [
                dimension.to_string(),
                g.key.clone(),
                g.tickets.total.to_string(),
                c.count.to_string(),
                one_decimal(c.mean_hours, "-"),
                one_decimal(c.median_hours, "-"),
                r.count.to_string(),
                one_decimal(r.mean_hours, "-"),
                one_decimal(r.median_hours, "-"),
                d.met.to_string(),
                d.missed.to_string(),
                d.pending.to_string(),
                d.rate.map_or_else(|| "-".to_string(), |rate| format!("{:.1}%", rate * 100.0)),
            ];
            if let Some(section) = sections.last_mut() {
                section.push(row);
            }
        }

        const GAP: usize = 2;
        let width = |s: &str| s.chars().count();
        let mut widths = header.map(width);
        for row in sections.iter().flatten() {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell));
            }
        }
        // A span label wider than its columns widens them evenly.
        for (label, cols) in &spans {
            let span: usize = widths[cols.clone()].iter().sum::<usize>() + GAP * (cols.len() - 1);
            for i in 0..width(label).saturating_sub(span) {
                widths[cols.start + i % cols.len()] += 1;
            }
        }
        let line = |cells: &[String]| {
            let mut text = String::new();
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                if i > 0 {
                    text.push_str(&" ".repeat(GAP));
                }
                let pad = " ".repeat(w - width(cell));
                // Text columns (dimension, key) on the left, figures on the right.
                if i < 2 {
                    text.push_str(cell);
                    text.push_str(&pad);
                } else {
                    text.push_str(&pad);
                    text.push_str(cell);
                }
            }
            text.trim_end().to_string()
        };
        let mut top = String::new();
        for (label, cols) in &spans {
            let start: usize = widths[..cols.start].iter().map(|w| w + GAP).sum();
            top.push_str(&" ".repeat(start.saturating_sub(width(&top))));
            top.push_str(label);
        }
        let _ = writeln!(out, "{top}");
        let _ = writeln!(out, "{}", line(&header.map(String::from)));
        for (i, section) in sections.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for row in section {
                let _ = writeln!(out, "{}", line(row));
            }
        }
        out
    }
}

fn one_decimal(value: Option<f64>, none: &str) -> String {
    value.map_or_else(|| none.to_string(), |v| format!("{v:.1}"))
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::ticket::Assignee;
    use crate::understand::TicketRef;

    const H: i64 = 3_600_000;

    fn ms(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().with_timezone(&Utc).timestamp_millis()
    }

    fn date(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    fn ticket(number: u32, uai: &str, urgency: Option<Urgency>, created_at: i64) -> Ticket {
        Ticket {
            id: number as i64,
            reference: TicketRef { year: 2026, number },
            uai: uai.to_string(),
            requester: "correspondant@ac-paris.example".into(),
            kind: crate::ticket::TicketKind::Incident,
            urgency,
            state: TicketState::New,
            subject: "Imprimante en panne".into(),
            description: String::new(),
            created_at,
            updated_at: created_at,
            route: None,
            assignee: None,
            assigned_at: None,
            due_at: None,
            resolved_at: None,
            closed_at: None,
            question_pending: false,
        }
    }

    /// Assigned to a contractor `after` the reception, due `due` after the assignment.
    fn to_contractor(mut t: Ticket, name: &str, after: i64, due: i64) -> Ticket {
        t.state = TicketState::Assigned;
        t.assignee = Some(Assignee { target: Target::Contractor, name: name.into(), address: "ot@example".into() });
        t.assigned_at = Some(t.created_at + after);
        t.due_at = Some(t.created_at + after + due);
        t
    }

    fn resolved(mut t: Ticket, after_assignment: i64) -> Ticket {
        t.state = TicketState::Resolved;
        t.resolved_at = Some(t.assigned_at.unwrap() + after_assignment);
        t
    }

    fn closed(mut t: Ticket, after_reception: i64) -> Ticket {
        t.state = TicketState::Closed;
        t.closed_at = Some(t.created_at + after_reception);
        t
    }

    const T0: &str = "2026-03-02T08:00:00Z";

    /// Eight tickets over three schools, two contractors and an officer.
    fn sample() -> Vec<Ticket> {
        let t0 = ms(T0);
        let (a, b, c) = ("0751043B", "0931187K", "0781875P");
        vec![
            // bas, SCC: resolved 10 h after the assignment (due 20 h), closed 30 h after reception.
            closed(resolved(to_contractor(ticket(1, a, Some(Urgency::Bas), t0), "SCC", 2 * H, 20 * H), 10 * H), 30 * H),
            // bas, SCC: resolved late (25 h, due 20 h), closed after 50 h.
            closed(resolved(to_contractor(ticket(2, a, Some(Urgency::Bas), t0), "SCC", 2 * H, 20 * H), 25 * H), 50 * H),
            // moyen, SCC: resolved exactly at the deadline, not closed yet.
            resolved(to_contractor(ticket(3, b, Some(Urgency::Moyen), t0), "SCC", H, 8 * H), 8 * H),
            // tres_haut, Econocom: open, deadline passed at `now`.
            to_contractor(ticket(4, b, Some(Urgency::TresHaut), t0), "Econocom", H, 4 * H),
            // moyen, Econocom: in progress, deadline still ahead.
            {
                let mut t = to_contractor(ticket(5, c, Some(Urgency::Moyen), t0), "Econocom", H, 1000 * H);
                t.state = TicketState::InProgress;
                t
            },
            // unqualified, new.
            ticket(6, c, None, t0),
            // unqualified, closed by the desk after 4 h without assignment.
            closed(ticket(7, a, None, t0), 4 * H),
            // moyen, assigned to the officer (no deadline), closed after 100 h.
            {
                let mut t = closed(ticket(8, c, Some(Urgency::Moyen), t0), 100 * H);
                t.assignee = Some(Assignee {
                    target: Target::Officer,
                    name: "M. Officier".into(),
                    address: "rtn@example".into(),
                });
                t.assigned_at = Some(t0 + 3 * H);
                t
            },
        ]
    }

    fn now() -> i64 {
        ms(T0) + 48 * H
    }

    fn group<'a>(groups: &'a [Group], key: &str) -> &'a Group {
        groups.iter().find(|g| g.key == key).unwrap_or_else(|| panic!("no group {key}"))
    }

    #[test]
    fn counts_tickets_per_state() {
        let report = compute(&sample(), Period::ALL, now());
        assert_eq!(
            report.overall.tickets,
            StateCounts { new: 1, assigned: 1, in_progress: 1, resolved: 1, closed: 4, total: 8 }
        );
    }

    #[test]
    fn means_and_medians_overall() {
        let report = compute(&sample(), Period::ALL, now());
        // Closed: 30, 50, 4, 100 h -> mean 46, median (30 + 50) / 2 = 40.
        let c = report.overall.received_to_closed;
        assert_eq!(c.count, 4);
        assert_eq!(c.mean_hours, Some(46.0));
        assert_eq!(c.median_hours, Some(40.0));
        assert_eq!(c.mean_seconds, Some(46.0 * 3600.0));
        assert_eq!(c.median_seconds, Some(40.0 * 3600.0));
        // Resolved: 10, 25, 8 h -> mean 14.333.., median 10.
        let r = report.overall.assigned_to_resolved;
        assert_eq!(r.count, 3);
        assert_eq!(r.mean_hours, Some(14.3));
        assert_eq!(r.mean_seconds, Some(43.0 * 3600.0 / 3.0));
        assert_eq!(r.median_hours, Some(10.0));
    }

    /// The durations of one group, through the samples as the builder keeps them.
    fn durations(values: Vec<i64>) -> Durations {
        let mut samples = medians::Samples::default();
        for v in values {
            samples.push(v, 0, 5, None);
        }
        Durations::of(samples.figures(6)[0])
    }

    #[test]
    fn median_of_an_even_count_is_the_mean_of_the_middle_two() {
        let d = durations(vec![4_000, 1_000, 3_000, 2_000]);
        assert_eq!(d.median_seconds, Some(2.5));
        assert_eq!(d.mean_seconds, Some(2.5));
        let d = durations(vec![1, 1_000_000, 2]);
        assert_eq!(d.median_seconds, Some(0.002));
        let d = durations(vec![i64::MAX, i64::MAX]);
        assert_eq!(d.median_seconds, Some(i64::MAX as f64 / 1000.0), "no overflow");
        let d = durations(Vec::new());
        assert_eq!((d.count, d.mean_hours, d.median_seconds), (0, None, None));
    }

    #[test]
    fn per_urgency_always_four_groups() {
        let report = compute(&sample(), Period::ALL, now());
        let keys: Vec<&str> = report.by_urgency.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["bas", "moyen", "tres_haut", "à qualifier"]);
        let bas = group(&report.by_urgency, "bas");
        assert_eq!(bas.tickets.total, 2);
        assert_eq!(bas.received_to_closed.mean_hours, Some(40.0));
        assert_eq!(bas.assigned_to_resolved.median_hours, Some(17.5));
        let moyen = group(&report.by_urgency, "moyen");
        assert_eq!((moyen.tickets.total, moyen.received_to_closed.mean_hours), (3, Some(100.0)));
        let unqualified = group(&report.by_urgency, UNQUALIFIED);
        assert_eq!((unqualified.tickets.total, unqualified.received_to_closed.mean_hours), (2, Some(4.0)));
        assert_eq!(unqualified.assigned_to_resolved.count, 0);
        let tres_haut = group(&report.by_urgency, "tres_haut");
        assert_eq!(tres_haut.deadlines, Deadlines { met: 0, missed: 1, pending: 0, rate: Some(0.0) });

        let empty = compute(&[], Period::ALL, now());
        assert_eq!(empty.by_urgency.len(), 4);
        assert!(empty.by_urgency.iter().all(|g| g.tickets.total == 0));
    }

    #[test]
    fn per_school() {
        let report = compute(&sample(), Period::ALL, now());
        let keys: Vec<&str> = report.by_school.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["0751043B", "0781875P", "0931187K"], "in code order");
        let a = group(&report.by_school, "0751043B");
        assert_eq!(a.tickets.total, 3);
        // 30, 50, 4 h.
        assert_eq!(a.received_to_closed.mean_hours, Some(28.0));
        assert_eq!(a.received_to_closed.median_hours, Some(30.0));
        assert_eq!(a.deadlines, Deadlines { met: 1, missed: 1, pending: 0, rate: Some(0.5) });
        let b = group(&report.by_school, "0931187K");
        assert_eq!(b.received_to_closed.count, 0);
        assert_eq!(b.received_to_closed.mean_hours, None);
        assert_eq!(b.assigned_to_resolved.mean_hours, Some(8.0));
    }

    #[test]
    fn per_contractor_counts_contractor_assignments_only() {
        let report = compute(&sample(), Period::ALL, now());
        let keys: Vec<&str> = report.by_contractor.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["Econocom", "SCC"], "the officer is no contractor");
        let scc = group(&report.by_contractor, "SCC");
        assert_eq!(scc.tickets.total, 3);
        // 10, 25, 8 h.
        assert_eq!(scc.assigned_to_resolved.mean_hours, Some(14.3));
        assert_eq!(scc.assigned_to_resolved.median_hours, Some(10.0));
        assert_eq!(scc.received_to_closed.mean_hours, Some(40.0));
        assert_eq!(scc.deadlines, Deadlines { met: 2, missed: 1, pending: 0, rate: Some(2.0 / 3.0) });
        let econocom = group(&report.by_contractor, "Econocom");
        assert_eq!(econocom.tickets.total, 2);
        assert_eq!(econocom.assigned_to_resolved.count, 0);
        assert_eq!(econocom.deadlines, Deadlines { met: 0, missed: 1, pending: 1, rate: Some(0.0) });
    }

    #[test]
    fn deadlines_met_missed_pending() {
        let report = compute(&sample(), Period::ALL, now());
        assert_eq!(report.overall.deadlines, Deadlines { met: 2, missed: 2, pending: 1, rate: Some(0.5) });

        let t0 = ms(T0);
        let open = to_contractor(ticket(1, "0751043B", Some(Urgency::Bas), t0), "SCC", 0, 10 * H);
        let due = open.due_at.unwrap();
        assert_eq!(
            deadline_outcome(&StatTicket::from(&open), due),
            Some(DeadlineOutcome::Pending),
            "due now: still on time"
        );
        assert_eq!(deadline_outcome(&StatTicket::from(&open), due + 1), Some(DeadlineOutcome::Missed));
        let on_time = resolved(open.clone(), 10 * H);
        assert_eq!(
            deadline_outcome(&StatTicket::from(&on_time), due + 100 * H),
            Some(DeadlineOutcome::Met),
            "resolved at the deadline"
        );
        let late = resolved(open.clone(), 10 * H + 1);
        assert_eq!(
            deadline_outcome(&StatTicket::from(&late), due),
            Some(DeadlineOutcome::Missed),
            "late even before `now` passes due"
        );
        // Closed by the desk without a technical closure: the closure ends the work.
        assert_eq!(
            deadline_outcome(&StatTicket::from(&closed(open.clone(), 5 * H)), due + H),
            Some(DeadlineOutcome::Met)
        );
        assert_eq!(
            deadline_outcome(&StatTicket::from(&closed(open.clone(), 11 * H)), due),
            Some(DeadlineOutcome::Missed)
        );
        // No due date, or not a contractor: no deadline.
        let mut no_due = open.clone();
        no_due.due_at = None;
        assert_eq!(deadline_outcome(&StatTicket::from(&no_due), due + H), None);
        let mut officer = open;
        officer.assignee.as_mut().unwrap().target = Target::Officer;
        assert_eq!(deadline_outcome(&StatTicket::from(&officer), due + H), None);
    }

    #[test]
    fn rate_is_none_until_something_is_decided() {
        let t0 = ms(T0);
        let pending = to_contractor(ticket(1, "0751043B", Some(Urgency::Bas), t0), "SCC", 0, 10 * H);
        let report = compute(&[pending], Period::ALL, t0);
        assert_eq!(report.overall.deadlines, Deadlines { met: 0, missed: 0, pending: 1, rate: None });
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(json["overall"]["deadlines"]["rate"], serde_json::Value::Null);
    }

    #[test]
    fn inconsistent_times_are_left_out() {
        let t0 = ms(T0);
        let mut t = closed(ticket(1, "0751043B", None, t0), 5 * H);
        t.closed_at = Some(t0 - 1);
        t.assigned_at = Some(t0 + H);
        t.resolved_at = Some(t0);
        let report = compute(&[t], Period::ALL, t0);
        assert_eq!(report.overall.received_to_closed.count, 0);
        assert_eq!(report.overall.assigned_to_resolved.count, 0);
        assert_eq!(report.overall.tickets.closed, 1);
    }

    #[test]
    fn a_closed_at_left_on_an_open_ticket_does_not_count() {
        let t0 = ms(T0);
        let mut t = ticket(1, "0751043B", None, t0);
        t.closed_at = Some(t0 + H);
        assert_eq!(compute(&[t], Period::ALL, t0).overall.received_to_closed.count, 0);
    }

    #[test]
    fn period_bounds_are_paris_midnights() {
        // Winter, UTC+1: 15 January starts at 14 January 23:00 UTC.
        let winter = Period::new(Some(date("2026-01-15")), Some(date("2026-01-15"))).unwrap();
        assert_eq!(winter.start_ms(), Some(ms("2026-01-14T23:00:00Z")));
        assert_eq!(winter.end_ms(), Some(ms("2026-01-15T23:00:00Z")));
        assert!(!winter.contains(ms("2026-01-14T22:59:59.999Z")));
        assert!(winter.contains(ms("2026-01-14T23:00:00Z")));
        assert!(winter.contains(ms("2026-01-15T22:59:59.999Z")));
        assert!(!winter.contains(ms("2026-01-15T23:00:00Z")));
        // Summer, UTC+2.
        let summer = Period::new(Some(date("2026-07-01")), None).unwrap();
        assert_eq!(summer.start_ms(), Some(ms("2026-06-30T22:00:00Z")));
        assert!(summer.contains(ms("2026-06-30T22:00:00Z")) && !summer.contains(ms("2026-06-30T21:59:59.999Z")));
        assert!(summer.contains(i64::MAX - 1));
        // The day the clocks go forward (29 March 2026) lasts 23 hours.
        let spring = Period::new(Some(date("2026-03-29")), Some(date("2026-03-29"))).unwrap();
        assert_eq!(spring.end_ms().unwrap() - spring.start_ms().unwrap(), 23 * H);
        let up_to = Period::new(None, Some(date("2026-03-31"))).unwrap();
        assert!(
            up_to.contains(0)
                && up_to.contains(ms("2026-03-31T21:59:59Z"))
                && !up_to.contains(ms("2026-03-31T22:00:00Z"))
        );
        assert!(Period::ALL.contains(i64::MIN) && Period::ALL.contains(i64::MAX));
        assert!(Period::new(Some(date("2026-02-01")), Some(date("2026-01-31"))).is_err());
    }

    #[test]
    fn period_filters_on_reception() {
        let midnight = ms("2026-01-14T23:00:00Z"); // 15 January 00:00 in Paris.
        let before = closed(ticket(1, "0751043B", Some(Urgency::Bas), midnight - 1), 2 * H);
        let at = closed(ticket(2, "0751043B", Some(Urgency::Bas), midnight), 4 * H);
        let last = closed(ticket(3, "0931187K", None, ms("2026-01-15T22:59:59Z")), 6 * H);
        let next_day = closed(ticket(4, "0931187K", None, ms("2026-01-15T23:00:00Z")), 8 * H);
        let tickets = [before, at, last, next_day];
        let period = Period::new(Some(date("2026-01-15")), Some(date("2026-01-15"))).unwrap();
        let report = compute(&tickets, period, midnight);
        assert_eq!(report.overall.tickets.total, 2);
        assert_eq!(report.overall.received_to_closed.mean_hours, Some(5.0));
        assert_eq!(report.period.start_ms, Some(midnight));
        assert_eq!(report.period.from, Some(date("2026-01-15")));
        assert_eq!(compute(&tickets, Period::ALL, midnight).overall.tickets.total, 4);
        let from = Period::new(Some(date("2026-01-16")), None).unwrap();
        assert_eq!(compute(&tickets, from, midnight).overall.tickets.total, 1);
    }

    #[test]
    fn empty_input() {
        let report = compute(&[], Period::ALL, 0);
        assert_eq!(report.overall.tickets, StateCounts::default());
        assert_eq!(report.overall.received_to_closed.mean_hours, None);
        assert_eq!(report.overall.deadlines.rate, None);
        assert!(report.by_school.is_empty() && report.by_contractor.is_empty());
        let table = report.to_table();
        assert!(table.contains("Tickets: 0"), "{table}");
        let csv = report.to_csv();
        assert_eq!(csv.lines().count(), 1 + 1 + 4, "header, overall, four urgencies");
        assert!(csv.lines().nth(1).unwrap().starts_with("overall,all,0,0,0,0,0,0,0,,,0,,,0,0,0,"), "{csv}");
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(json["overall"]["received_to_closed"]["mean_hours"], serde_json::Value::Null);
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_dimension_and_key() {
        let report = compute(&sample(), Period::ALL, now());
        let csv = report.to_csv();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().unwrap().clone();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1 + 4 + 3 + 2);
        let overall = &rows[0];
        assert_eq!((&overall[0], &overall[1], &overall[col("tickets")]), ("overall", "all", "8"));
        assert_eq!(&overall[col("received_to_closed_mean_hours")], "46.0");
        assert_eq!(&overall[col("received_to_closed_median_hours")], "40.0");
        assert_eq!(&overall[col("assigned_to_resolved_mean_hours")], "14.3");
        assert_eq!(&overall[col("deadline_rate")], "0.500");
        let unqualified = rows.iter().find(|r| &r[1] == UNQUALIFIED).unwrap();
        assert_eq!(&unqualified[0], "urgency");
        assert_eq!(&unqualified[col("assigned_to_resolved_mean_hours")], "");
        let scc = rows.iter().find(|r| &r[1] == "SCC").unwrap();
        assert_eq!((&scc[0], &scc[col("deadlines_met")], &scc[col("deadline_rate")]), ("contractor", "2", "0.667"));
    }

    #[test]
    fn csv_quotes_names_with_commas() {
        let t = to_contractor(ticket(1, "0751043B", None, 0), "Dupont, Fils & Cie", 0, H);
        let csv = compute(&[t], Period::ALL, 0).to_csv();
        assert!(csv.contains("contractor,\"Dupont, Fils & Cie\",1,"), "{csv}");
    }

    #[test]
    fn table_columns_line_up() {
        let mut tickets = sample();
        tickets[3].assignee.as_mut().unwrap().name = "Maintenance Informatique Île-de-France".into();
        let period = Period::new(Some(date("2026-03-01")), Some(date("2026-03-31"))).unwrap();
        let table = compute(&tickets, period, now()).to_table();
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].contains("from 2026-03-01 to 2026-03-31"), "{table}");
        assert!(lines[1].starts_with("Tickets: 8 (new 1, assigned 1, in progress 1, resolved 1, closed 4)"), "{table}");
        let header = lines.iter().position(|l| l.trim_start().starts_with("tickets")).expect(&table);
        assert!(lines[header - 1].contains("received → closed (h)"), "{table}");
        let rows: Vec<&str> = lines[header..].iter().copied().filter(|l| !l.is_empty()).collect();
        let len = |s: &str| s.chars().count();
        // Figures are right-aligned and rows end with the rate column: equal lengths.
        let width = len(rows[0]);
        for row in &rows {
            assert_eq!(len(row), width, "{table}");
        }
        let overall = rows.iter().find(|l| l.starts_with("overall")).unwrap();
        assert!(overall.contains("46.0") && overall.contains("40.0") && overall.ends_with("50.0%"), "{table}");
        let unqualified = rows.iter().find(|l| l.contains(UNQUALIFIED)).unwrap();
        assert!(unqualified.contains(" - "), "nothing measured shows '-': {table}");
        // The span labels come in column order.
        let labels = lines[header - 1];
        let at = |needle: &str| labels.find(needle).map(|b| labels[..b].chars().count()).unwrap();
        assert!(at("received") < at("assigned →") && at("assigned →") < at("contractor deadlines"));
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("2026-03-01"), Ok(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()));
        assert!(parse_date("01/03/2026").is_err());
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("").is_err());
    }

    #[test]
    fn json_is_one_object_with_seconds_and_hours() {
        let report = compute(&sample(), Period::ALL, now());
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert!(json.is_object());
        assert_eq!(json["overall"]["received_to_closed"]["mean_seconds"], 46.0 * 3600.0);
        assert_eq!(json["overall"]["received_to_closed"]["mean_hours"], 46.0);
        assert_eq!(json["overall"]["tickets"]["in_progress"], 1);
        assert_eq!(json["by_urgency"][3]["key"], UNQUALIFIED);
        assert_eq!(json["period"]["from"], serde_json::Value::Null);
        assert_eq!(json["period"]["time_zone"], "Europe/Paris");
        assert_eq!(json["now"], now());
    }
}
