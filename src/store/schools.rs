//! The establishment directory as stored: imported from CSV, read back whole.

use sqlx::Row;

use super::{now_ms, Result, Store};
use crate::directory::{Directory, School};
use crate::uai::Uai;

/// What an import changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// One school by UAI, in the caller's transaction.
pub async fn find(conn: &mut sqlx::AnyConnection, uai: &str) -> Result<Option<School>> {
    let row = sqlx::query("SELECT uai, name, town, correspondant_email, suppleant_email FROM schools WHERE uai = $1")
        .bind(uai)
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let Ok(uai) = Uai::parse(&row.try_get::<String, _>(0)?) else { return Ok(None) };
    Ok(Some(School {
        uai,
        name: row.try_get(1)?,
        town: row.try_get(2)?,
        correspondant_email: row.try_get(3)?,
        suppleant_email: row.try_get(4)?,
    }))
}

impl Store {
    /// Inserts or updates every school of the directory in one transaction.
    pub async fn import_directory(&self, directory: &Directory) -> Result<ImportSummary> {
        let current = self.load_directory().await?;
        let mut summary = ImportSummary::default();
        let mut tx = self.begin().await?;
        let now = now_ms();
        for school in directory.schools() {
            match current.get(&school.uai) {
                Some(old) if old == school => {
                    summary.unchanged += 1;
                    continue;
                }
                Some(_) => summary.updated += 1,
                None => summary.added += 1,
            }
            sqlx::query(
                "INSERT INTO schools (uai, name, town, correspondant_email, suppleant_email, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (uai) DO UPDATE SET name = excluded.name, town = excluded.town,
                   correspondant_email = excluded.correspondant_email,
                   suppleant_email = excluded.suppleant_email, updated_at = excluded.updated_at",
            )
            .bind(school.uai.as_str())
            .bind(&school.name)
            .bind(&school.town)
            .bind(&school.correspondant_email)
            .bind(school.suppleant_email.as_deref())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(summary)
    }

    /// The whole directory; rows whose UAI no longer validates are skipped.
    pub async fn load_directory(&self) -> Result<Directory> {
        let rows = sqlx::query("SELECT uai, name, town, correspondant_email, suppleant_email FROM schools")
            .fetch_all(&self.pool)
            .await?;
        let mut schools = Vec::with_capacity(rows.len());
        for row in rows {
            let Ok(uai) = Uai::parse(&row.try_get::<String, _>(0)?) else {
                continue;
            };
            schools.push(School {
                uai,
                name: row.try_get(1)?,
                town: row.try_get(2)?,
                correspondant_email: row.try_get(3)?,
                suppleant_email: row.try_get(4)?,
            });
        }
        Ok(Directory::new(schools))
    }

    /// Removes schools that no ticket names. Returns, per UAI asked, whether it was removed,
    /// or why not.
    pub async fn remove_schools(&self, uais: &[String]) -> Result<Vec<(String, RemoveOutcome)>> {
        let mut tx = self.begin().await?;
        let mut outcomes = Vec::new();
        for uai in uais {
            let tickets: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM tickets WHERE uai = $1").bind(uai).fetch_one(&mut *tx).await?;
            let outcome = if tickets > 0 {
                RemoveOutcome::HasTickets(tickets)
            } else {
                let done = sqlx::query("DELETE FROM schools WHERE uai = $1").bind(uai).execute(&mut *tx).await?;
                if done.rows_affected() == 1 {
                    RemoveOutcome::Removed
                } else {
                    RemoveOutcome::Unknown
                }
            };
            outcomes.push((uai.clone(), outcome));
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    /// A fingerprint of the directory that changes whenever an import changes it.
    pub async fn directory_version(&self) -> Result<(i64, i64)> {
        let row =
            sqlx::query("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM schools").fetch_one(&self.pool).await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }
}

/// What `directory remove` did with one UAI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveOutcome {
    Removed,
    /// Not in the directory.
    Unknown,
    /// Tickets name it (their history needs it): kept.
    HasTickets(i64),
}
