//! The desk's corrections of what guichet read: a mail and its corrected labels.

use sqlx::{AnyConnection, Row};

use super::{Result, Store};

/// The mail that opened a ticket (`mails_by_ticket`).
pub(crate) const OPENING_MAIL: &str = "SELECT id FROM mails WHERE ticket_id = $1 ORDER BY id LIMIT 1";

/// The mail that opened a ticket (by `mails_by_ticket`).
pub async fn opening_mail(conn: &mut AnyConnection, ticket_id: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(OPENING_MAIL).bind(ticket_id).fetch_optional(conn).await?)
}

/// Records that `field` of mail `mail_id` is `value`, as an agent said.
pub async fn record(
    conn: &mut AnyConnection,
    mail_id: i64,
    field: &str,
    value: &str,
    actor: &str,
    at: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO corrections (mail_id, field, value, actor, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(mail_id)
        .bind(field)
        .bind(value)
        .bind(actor)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}

/// A recorded mail to export, with its corrections (the latest per field wins).
#[derive(Debug, Clone)]
pub struct MailToExport {
    pub mail_id: i64,
    pub message_id: Option<String>,
    pub corrections: Vec<(String, String)>,
}

impl Store {
    /// The mails to export: with `all`, the `limit` most recent recorded mails; otherwise the
    /// corrected ones. Each with its corrections, oldest first.
    pub async fn mails_to_export(&self, all: bool, limit: i64) -> Result<Vec<MailToExport>> {
        let sql = if all {
            "SELECT id, message_id FROM mails ORDER BY id DESC LIMIT $1"
        } else {
            "SELECT m.id, m.message_id FROM mails m
             WHERE m.id IN (SELECT mail_id FROM corrections ORDER BY mail_id DESC LIMIT $1) ORDER BY m.id DESC"
        };
        let rows = sqlx::query(sql).bind(limit).fetch_all(self.pool()).await?;
        let mut mails = Vec::with_capacity(rows.len());
        for r in rows {
            let mail_id: i64 = r.try_get(0)?;
            let corrections = sqlx::query("SELECT field, value FROM corrections WHERE mail_id = $1 ORDER BY id")
                .bind(mail_id)
                .fetch_all(self.pool())
                .await?
                .iter()
                .map(|c| Ok((c.try_get(0)?, c.try_get(1)?)))
                .collect::<Result<Vec<_>>>()?;
            mails.push(MailToExport { mail_id, message_id: r.try_get(1)?, corrections });
        }
        Ok(mails)
    }
}
