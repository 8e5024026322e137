//! The store's newer statements on the daemon's paths each search an index, on SQLite (the
//! embedded default): `EXPLAIN QUERY PLAN` on a freshly migrated database. (The outbox
//! claim's plan is described in `benches/BENCHMARKS.md`; the store benchmark measures them
//! all at 10k and 1M tickets.)

use sqlx::Row;

use super::{corrections, links, Store};

#[tokio::test]
async fn every_newer_daemon_statement_searches_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("plans.db").display());
    let store = Store::open(&url, 1).await.unwrap();
    for (name, sql) in [
        ("take_silent", links::TAKE_SILENT),
        ("take_held", links::TAKE_HELD),
        ("oldest_expired_hold", links::OLDEST_EXPIRED_HOLD),
        ("unanswered_count", links::UNANSWERED_COUNT),
        ("error_count", links::ERROR_COUNT),
        ("opening_mail", corrections::OPENING_MAIL),
    ] {
        let rows = sqlx::query(&format!("EXPLAIN QUERY PLAN {sql}")).fetch_all(store.pool()).await.unwrap();
        let plan: Vec<String> = rows.iter().map(|r| r.try_get::<String, _>(3).unwrap()).collect();
        assert!(!plan.is_empty(), "{name}: no plan");
        assert!(
            plan.iter().all(|step| step.starts_with("SEARCH") && step.contains("INDEX")),
            "{name} does not search an index: {plan:?}"
        );
    }
}
