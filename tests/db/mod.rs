//! Fresh databases for tests: a SQLite file always, and a new PostgreSQL database when
//! `GUICHET_TEST_PG_URL` names a server (the README's test command sets it).

#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::Connection;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A database for one test; the SQLite file lives as long as this value.
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    /// The server and database name to drop afterwards (PostgreSQL).
    drop: Option<(String, String)>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin, name)) = self.drop.take() else { return };
        // Drop runs inside the test's runtime: use a thread with its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.ok()
            })
        })
        .join();
    }
}

pub fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("guichet.db").display());
    TestDb { url, backend: "sqlite", _dir: Some(dir), drop: None }
}

/// A new, empty PostgreSQL database, or `None` when no server is configured.
pub async fn postgres() -> Option<TestDb> {
    let admin = std::env::var("GUICHET_TEST_PG_URL").ok()?;
    let name = format!(
        "guichet_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
    );
    let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect to GUICHET_TEST_PG_URL");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create test database");
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some(TestDb { url: format!("{base}/{name}"), backend: "postgres", _dir: None, drop: Some((admin.clone(), name)) })
}

/// SQLite, plus PostgreSQL when available.
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite()];
    dbs.extend(postgres().await);
    dbs
}

/// IMAP and SMTP sections for tests that never reach a mail server (intake, CLI, stats).
pub const NO_MAIL_SERVERS: &str = r#"
[imap]
host = "127.0.0.1"
security = "plain"
allow_plaintext = true
user = "cesame"
password_env = "UNUSED"
[smtp]
host = "127.0.0.1"
security = "plain"
allow_plaintext = true
"#;

/// The shared corpus beside the project.
pub fn corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// A configuration for tests; `extra` is appended TOML (e.g. IMAP/SMTP sections).
pub fn config_text(database_url: &str, desk_domain: &str, imap_smtp: &str) -> String {
    format!(
        r#"
[desk]
address = "cesame@{desk_domain}"
message_id_domain = "{desk_domain}"
templates = "{templates}"
platforms = ["@assistance.ac-paris.example", "@assistance.ac-creteil.example"]

[database]
url = "{database_url}"

[limits]
auto_answers_per_day = 3

{imap_smtp}

[[contractors]]
name = "SCC"
address = "interventions@scc.example"
senders = ["@scc.example"]
departements = ["*"]
"#,
        templates = concat!(env!("CARGO_MANIFEST_DIR"), "/templates"),
    )
}
