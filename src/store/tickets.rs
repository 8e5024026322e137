//! Tickets: gapless numbering per year, the ticket row, its history and attachments.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::{Result, Store};
use crate::understand::{Attachment, TicketRef, Urgency};

use crate::ticket::{Assignee, Target, TicketKind};
pub use crate::ticket::{State as TicketState, Ticket};

/// What intake knows when it opens a ticket.
#[derive(Debug, Clone)]
pub struct NewTicket<'a> {
    pub year: u16,
    pub uai: &'a str,
    pub requester: &'a str,
    pub kind: TicketKind,
    pub urgency: Option<Urgency>,
    pub subject: &'a str,
    pub description: &'a str,
    pub at: i64,
    /// The route a pre-qualification rule chose, if any.
    pub route: Option<Target>,
    /// The first line of its history, a `received` event: who opened it, why, from which mail.
    pub actor: &'a str,
    pub detail: &'a str,
    pub mail_id: Option<i64>,
}

/// One line of a ticket's history.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Event {
    pub at: i64,
    pub event: String,
    pub actor: String,
    pub detail: String,
}

const TICKET_COLUMNS: &str = "id, year, number, uai, requester, kind, urgency, state, subject, description, \
    created_at, updated_at, route, assignee_kind, assignee_name, assignee_address, assigned_at, due_at, resolved_at, \
    closed_at, question_pending";

fn ticket_from_row(row: &AnyRow) -> Result<Ticket> {
    let urgency: Option<String> = row.try_get(6)?;
    let state: String = row.try_get(7)?;
    let kind: String = row.try_get(5)?;
    let route: Option<String> = row.try_get(12)?;
    let assignee_kind: Option<String> = row.try_get(13)?;
    let assignee = match assignee_kind {
        Some(target) => Some(Assignee {
            target: target_column("tickets.assignee_kind", &target)?,
            name: row.try_get::<Option<String>, _>(14)?.unwrap_or_default(),
            address: row.try_get::<Option<String>, _>(15)?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(Ticket {
        id: row.try_get(0)?,
        reference: TicketRef { year: row.try_get::<i64, _>(1)? as u16, number: row.try_get::<i64, _>(2)? as u32 },
        uai: row.try_get(3)?,
        requester: row.try_get(4)?,
        kind: TicketKind::parse(&kind)
            .ok_or_else(|| super::StoreError::BadValue { column: "tickets.kind", value: kind.clone() })?,
        urgency: urgency_column(urgency.as_deref())?,
        state: state_column(&state)?,
        subject: row.try_get(8)?,
        description: row.try_get(9)?,
        created_at: row.try_get(10)?,
        updated_at: row.try_get(11)?,
        route: route.as_deref().map(|r| target_column("tickets.route", r)).transpose()?,
        assignee,
        assigned_at: row.try_get(16)?,
        due_at: row.try_get(17)?,
        resolved_at: row.try_get(18)?,
        closed_at: row.try_get(19)?,
        question_pending: row.try_get::<i64, _>(20)? != 0,
    })
}

fn target_column(column: &'static str, value: &str) -> Result<Target> {
    Target::parse(value).ok_or_else(|| super::StoreError::BadValue { column, value: value.into() })
}

/// Writes back every field the workflow changes.
pub async fn save(conn: &mut AnyConnection, t: &Ticket, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE tickets SET kind = $1, urgency = $2, state = $3, route = $4, assignee_kind = $5, assignee_name = $6,
           assignee_address = $7, assigned_at = $8, due_at = $9, resolved_at = $10, closed_at = $11,
           question_pending = $12, updated_at = $13 WHERE id = $14",
    )
    .bind(t.kind.as_str())
    .bind(t.urgency.map(Urgency::as_str))
    .bind(t.state.as_str())
    .bind(t.route.map(Target::as_str))
    .bind(t.assignee.as_ref().map(|a| a.target.as_str()))
    .bind(t.assignee.as_ref().map(|a| a.name.as_str()))
    .bind(t.assignee.as_ref().map(|a| a.address.as_str()))
    .bind(t.assigned_at)
    .bind(t.due_at)
    .bind(t.resolved_at)
    .bind(t.closed_at)
    .bind(t.question_pending as i64)
    .bind(now)
    .bind(t.id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Keeps the mail that opened the ticket (its attachments go with the work order).
pub async fn save_source(conn: &mut AnyConnection, ticket_id: i64, raw: &[u8]) -> Result<()> {
    sqlx::query("INSERT INTO ticket_sources (ticket_id, raw) VALUES ($1, $2) ON CONFLICT (ticket_id) DO NOTHING")
        .bind(ticket_id)
        .bind(raw)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn source(conn: &mut AnyConnection, ticket_id: i64) -> Result<Option<Vec<u8>>> {
    Ok(sqlx::query_scalar("SELECT raw FROM ticket_sources WHERE ticket_id = $1")
        .bind(ticket_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn find_by_id(conn: &mut AnyConnection, id: i64) -> Result<Option<Ticket>> {
    let row = sqlx::query(&format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(ticket_from_row).transpose()
}

/// Opens a ticket with the next number of its year. The counter row is locked until the
/// transaction ends, so numbers stay unique and gapless whatever the number of daemons.
pub async fn create(conn: &mut AnyConnection, new: &NewTicket<'_>) -> Result<Ticket> {
    let number: i64 = sqlx::query_scalar(
        "INSERT INTO ticket_counters (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = ticket_counters.last_number + 1
         RETURNING last_number",
    )
    .bind(new.year as i64)
    .fetch_one(&mut *conn)
    .await?;
    let reference = TicketRef { year: new.year, number: number as u32 };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO tickets (ref, year, number, uai, requester, kind, urgency, state, subject,
                              description, created_at, updated_at, route)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id",
    )
    .bind(reference.to_string())
    .bind(new.year as i64)
    .bind(number)
    .bind(new.uai)
    .bind(new.requester)
    .bind(new.kind.as_str())
    .bind(new.urgency.map(Urgency::as_str))
    .bind(TicketState::New.as_str())
    .bind(new.subject)
    .bind(new.description)
    .bind(new.at)
    .bind(new.route.map(Target::as_str))
    .fetch_one(&mut *conn)
    .await?;
    // Not `add_event`: the ticket's `updated_at` is already the event's time.
    insert_event(conn, id, new.at, "received", new.actor, new.detail, new.mail_id).await?;
    Ok(Ticket {
        id,
        reference,
        uai: new.uai.to_string(),
        requester: new.requester.to_string(),
        kind: new.kind,
        urgency: new.urgency,
        state: TicketState::New,
        subject: new.subject.to_string(),
        description: new.description.to_string(),
        created_at: new.at,
        updated_at: new.at,
        route: new.route,
        assignee: None,
        assigned_at: None,
        due_at: None,
        resolved_at: None,
        closed_at: None,
        question_pending: false,
    })
}

pub async fn find(conn: &mut AnyConnection, reference: TicketRef) -> Result<Option<Ticket>> {
    let row = sqlx::query(&format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE ref = $1"))
        .bind(reference.to_string())
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(ticket_from_row).transpose()
}

/// The school's tickets that are not closed, oldest first.
pub async fn open_of_school(conn: &mut AnyConnection, uai: &str) -> Result<Vec<Ticket>> {
    let rows = sqlx::query(&format!(
        "SELECT {TICKET_COLUMNS} FROM tickets WHERE uai = $1 AND state <> 'closed' ORDER BY year, number"
    ))
    .bind(uai)
    .fetch_all(conn)
    .await?;
    rows.iter().map(ticket_from_row).collect()
}

/// Appends a line to the ticket's history and touches the ticket.
pub async fn add_event(
    conn: &mut AnyConnection,
    ticket_id: i64,
    at: i64,
    event: &str,
    actor: &str,
    detail: &str,
    mail_id: Option<i64>,
) -> Result<()> {
    insert_event(conn, ticket_id, at, event, actor, detail, mail_id).await?;
    sqlx::query("UPDATE tickets SET updated_at = $1 WHERE id = $2").bind(at).bind(ticket_id).execute(conn).await?;
    Ok(())
}

async fn insert_event(
    conn: &mut AnyConnection,
    ticket_id: i64,
    at: i64,
    event: &str,
    actor: &str,
    detail: &str,
    mail_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO ticket_events (ticket_id, at, event, actor, detail, mail_id)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(ticket_id)
    .bind(at)
    .bind(event)
    .bind(actor)
    .bind(detail)
    .bind(mail_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn add_attachments(
    conn: &mut AnyConnection,
    ticket_id: i64,
    mail_id: i64,
    attachments: &[Attachment],
) -> Result<()> {
    for a in attachments {
        sqlx::query(
            "INSERT INTO attachments (ticket_id, mail_id, name, content_type, size) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(ticket_id)
        .bind(mail_id)
        .bind(&a.name)
        .bind(&a.content_type)
        .bind(a.size as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// What the statistics read of a ticket: the columns `guichet stats` selects, nothing more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatTicket {
    pub uai: String,
    pub urgency: Option<Urgency>,
    pub state: TicketState,
    pub created_at: i64,
    pub assignee_kind: Option<Target>,
    pub assignee_name: Option<String>,
    pub assigned_at: Option<i64>,
    pub due_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub closed_at: Option<i64>,
}

/// `tickets.state` as stored: one of the states, or an error naming the value.
fn state_column(value: &str) -> Result<TicketState> {
    TicketState::parse(value)
        .ok_or_else(|| super::StoreError::BadValue { column: "tickets.state", value: value.into() })
}

/// `tickets.urgency` as stored: none (to qualify), one of the urgencies, or an error.
fn urgency_column(value: Option<&str>) -> Result<Option<Urgency>> {
    value
        .map(|v| {
            Urgency::parse(v).ok_or_else(|| super::StoreError::BadValue { column: "tickets.urgency", value: v.into() })
        })
        .transpose()
}

/// One packed record of [`Store::for_each_stat_ticket`].
fn unpack_stat(record: &str, uai: &str, assignee_name: &Option<String>) -> Result<StatTicket> {
    let bad = || super::StoreError::NotFound(format!("a readable statistics record, got {record:?}"));
    let mut f = record.split(',');
    let mut next = || f.next().ok_or_else(bad);
    let (urgency, state, kind) = (next()?, next()?, next()?);
    let mut time = || -> Result<Option<i64>> {
        let v = next()?;
        if v.is_empty() {
            Ok(None)
        } else {
            v.parse().map(Some).map_err(|_| bad())
        }
    };
    let created_at = time()?.ok_or_else(bad)?;
    let (assigned_at, due_at, resolved_at, closed_at) = (time()?, time()?, time()?, time()?);
    Ok(StatTicket {
        uai: uai.to_string(),
        urgency: urgency_column((!urgency.is_empty()).then_some(urgency))?,
        state: state_column(state)?,
        created_at,
        assignee_kind: (!kind.is_empty()).then(|| target_column("tickets.assignee_kind", kind)).transpose()?,
        assignee_name: assignee_name.clone(),
        assigned_at,
        due_at,
        resolved_at,
        closed_at,
    })
}

impl Store {
    /// Streams the tickets received in `[start, end)` (Unix ms; open ends allowed) to `each`,
    /// reading only the statistics' columns, on the index of reception times.
    ///
    /// The rows come packed, one per school and assignee, each ticket as a short text record
    /// (`urgency,state,assignee kind,created,assigned,due,resolved,closed`): sqlx spends about
    /// a microsecond per value it decodes, ten seconds for a million tickets of ten columns,
    /// against a fraction of one for the same figures as a few thousand strings.
    pub async fn for_each_stat_ticket(
        &self,
        start: Option<i64>,
        end: Option<i64>,
        mut each: impl FnMut(StatTicket),
    ) -> Result<()> {
        use futures::{StreamExt, TryStreamExt};
        let concat = match self.backend {
            super::Backend::Sqlite => "group_concat",
            super::Backend::Postgres => "string_agg",
        };
        let int = |c: &str| format!("COALESCE(CAST({c} AS TEXT), '')");
        let sql = format!(
            "SELECT uai, assignee_name, {concat}(
                 COALESCE(urgency, '') || ',' || state || ',' || COALESCE(assignee_kind, '') || ',' ||
                 CAST(created_at AS TEXT) || ',' || {} || ',' || {} || ',' || {} || ',' || {}, ';')
             FROM tickets WHERE created_at >= $1 AND created_at < $2 GROUP BY uai, assignee_name",
            int("assigned_at"),
            int("due_at"),
            int("resolved_at"),
            int("closed_at"),
        );
        // The period in slices of reception time, two read at once: building the records is
        // the database's work, and a long period then uses two cores.
        let (start, end) = (start.unwrap_or(i64::MIN), end.unwrap_or(i64::MAX));
        let bounds: (Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT MIN(created_at), MAX(created_at) FROM tickets WHERE created_at >= $1 AND created_at < $2",
        )
        .bind(start)
        .bind(end)
        .fetch_one(&self.pool)
        .await?;
        let (Some(first), Some(last)) = bounds else { return Ok(()) };
        const SLICES: i64 = 8;
        let width = (last - first) / SLICES + 1;
        let slices = (0..SLICES).map(|k| (first + k * width, (first + (k + 1) * width).min(end)));
        let sql = &sql;
        let mut results = futures::stream::iter(slices)
            .map(|(from, to)| async move { sqlx::query(sql).bind(from).bind(to).fetch_all(&self.pool).await })
            .buffer_unordered(2);
        while let Some(rows) = results.try_next().await? {
            for row in rows {
                let uai: String = row.try_get(0)?;
                let assignee_name: Option<String> = row.try_get(1)?;
                let packed: String = row.try_get(2)?;
                for record in packed.split(';') {
                    each(unpack_stat(record, &uai, &assignee_name)?);
                }
            }
        }
        Ok(())
    }

    /// Tickets, newest first, optionally of one school and/or only open ones.
    pub async fn list_tickets(&self, uai: Option<&str>, open_only: bool, limit: i64) -> Result<Vec<Ticket>> {
        let mut sql = format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE 1 = 1");
        if open_only {
            sql.push_str(" AND state <> 'closed'");
        }
        if uai.is_some() {
            sql.push_str(" AND uai = $2");
        }
        sql.push_str(" ORDER BY year DESC, number DESC LIMIT $1");
        let mut query = sqlx::query(&sql).bind(limit);
        if let Some(uai) = uai {
            query = query.bind(uai);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(ticket_from_row).collect()
    }

    pub async fn ticket(&self, reference: TicketRef) -> Result<Option<Ticket>> {
        let mut conn = self.pool.acquire().await?;
        find(&mut conn, reference).await
    }

    pub async fn events(&self, ticket_id: i64) -> Result<Vec<Event>> {
        let rows =
            sqlx::query("SELECT at, event, actor, detail FROM ticket_events WHERE ticket_id = $1 ORDER BY at, id")
                .bind(ticket_id)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| Ok(Event { at: r.try_get(0)?, event: r.try_get(1)?, actor: r.try_get(2)?, detail: r.try_get(3)? }))
            .collect()
    }

    pub async fn attachments(&self, ticket_id: i64) -> Result<Vec<Attachment>> {
        let rows = sqlx::query("SELECT name, content_type, size FROM attachments WHERE ticket_id = $1 ORDER BY id")
            .bind(ticket_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Attachment {
                    name: r.try_get(0)?,
                    content_type: r.try_get(1)?,
                    size: r.try_get::<i64, _>(2)? as usize,
                })
            })
            .collect()
    }
}
