//! One benchmark desk run by the real `guichet` release binary: its configuration, its
//! directory (generated schools with valid UAIs), its database (SQLite file or a fresh
//! PostgreSQL database), its daemons, and what the database says was done.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use guichet::store::Store;
use sqlx::Row;

use super::stack::{proc_usage, Stack};

/// Check letters of UAI codes, as in `src/uai.rs`.
const LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

/// The UAI of generated school `i` (0750000A-style, check letter computed).
pub fn uai(i: usize) -> String {
    let number = 750_000 + i as u32;
    format!("{number:07}{}", LETTERS[(number % 23) as usize] as char)
}

/// The correspondant of generated school `i` in `domain`.
pub fn correspondant(i: usize, domain: &str) -> String {
    format!("c{i}@{domain}")
}

/// An incident mail from school `i`'s correspondant.
pub fn incident(i: usize, tag: &str, domain: &str, desk: &str) -> Vec<u8> {
    let urgency = ["Urgence : très haute", "Urgence : moyenne", "Urgence : basse"][i % 3];
    format!(
        "From: {from}\r\nTo: {desk}\r\nSubject: Panne salle {i} - Collège Storm {i}\r\n\
         Message-ID: <{id}>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Bonjour,\r\n\r\nLe poste {i} de la salle {i} ne démarre plus depuis ce matin.\r\nUAI : {uai}\r\n{urgency}\r\n\r\n\
         Cordialement,\r\nLe correspondant informatique\r\n",
        from = correspondant(i, domain),
        id = message_id(i, tag),
        uai = uai(i),
    )
    .into_bytes()
}

/// Message-ID (without brackets) of [`incident`] `i`.
pub fn message_id(i: usize, tag: &str) -> String {
    format!("storm-{tag}-{i}@etab.example")
}

pub enum Db {
    Sqlite,
    Postgres { admin: String },
}

pub struct Desk {
    pub address: String,
    pub dir: PathBuf,
    pub config: PathBuf,
    pub db_url: String,
    pg_drop: Option<(String, String)>,
    daemons: Vec<(Child, PathBuf)>,
    perf: Vec<Child>,
    starts: usize,
}

pub struct Settings<'a> {
    pub name: &'a str,
    pub tag: &'a str,
    pub stack: &'a Stack,
    pub db: &'a Db,
    /// Schools 0..schools, correspondants in `domain`.
    pub schools: usize,
    pub domain: &'a str,
    pub journal: bool,
    /// Send to this port instead of the stack's SMTP port.
    pub smtp_port: Option<u16>,
    pub smtp_timeout_secs: u64,
    pub outbox_extra: &'a str,
}

impl Desk {
    pub async fn new(s: &Settings<'_>, scratch: &Path) -> (Desk, Duration) {
        let address = format!("desk-{}@{}.storm.example", s.name, s.tag);
        let dir = scratch.join(format!("desk-{}", s.name));
        std::fs::create_dir_all(&dir).expect("desk dir");
        let (db_url, pg_drop) = match s.db {
            Db::Sqlite => (format!("sqlite://{}?mode=rwc", dir.join("guichet.db").display()), None),
            Db::Postgres { admin } => {
                use sqlx::Connection;
                let name = format!("guichet_storm_{}_{}", s.tag, s.name);
                let mut conn = sqlx::PgConnection::connect(admin).await.expect("connect to PostgreSQL");
                sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create database");
                let _ = conn.close().await;
                let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
                (format!("{base}/{name}"), Some((admin.clone(), name)))
            }
        };
        let config = dir.join("guichet.toml");
        let desk = Desk { address, dir, config, db_url, pg_drop, daemons: Vec::new(), perf: Vec::new(), starts: 0 };
        desk.write_config(s, s.smtp_port.unwrap_or(s.stack.smtp_port));
        let csv = desk.dir.join("directory.csv");
        let mut text = String::from("uai,name,town,correspondant_email,suppleant_email\n");
        for i in 0..s.schools {
            text.push_str(&format!("{},Collège Storm {i},Ville {i},{},\n", uai(i), correspondant(i, s.domain)));
        }
        std::fs::write(&csv, text).expect("write directory");
        let started = Instant::now();
        let out = desk.command().args(["directory", "import"]).arg(&csv).output().expect("guichet directory import");
        assert!(out.status.success(), "directory import: {}", String::from_utf8_lossy(&out.stderr));
        (desk, started.elapsed())
    }

    pub fn write_config(&self, s: &Settings<'_>, smtp_port: u16) {
        let text = format!(
            r#"[desk]
address = "{address}"
display_name = "Service d'assistance CESAME"
label = "CESAME"
message_id_domain = "{tag}-{name}.storm.example"
templates = "{templates}"

[database]
url = "{db_url}"
{database_extra}

[imap]
host = "{host}"
port = {imap_port}
security = "plain"
allow_plaintext = true
user = "{address}"
password_env = "GUICHET_TEST_MAIL_PASSWORD"

[smtp]
host = "{host}"
port = {smtp_port}
security = "plain"
allow_plaintext = true
timeout_secs = {smtp_timeout}
{smtp_extra}

[outbox]
journal = {journal}
{outbox_extra}

[log]
level = "info"

# (several daemons, and other people's daemons on the machine, would want the same port)
[metrics]
enabled = false

[[contractors]]
name = "SCC"
address = "interventions@scc.example"
senders = ["@scc.example"]
departements = ["*"]
"#,
            address = self.address,
            tag = s.tag,
            name = s.name,
            templates = concat!(env!("CARGO_MANIFEST_DIR"), "/templates"),
            db_url = self.db_url,
            host = s.stack.host,
            imap_port = s.stack.imap_port,
            journal = s.journal,
            smtp_timeout = s.smtp_timeout_secs,
            database_extra = std::env::var("GUICHET_STORM_DATABASE").unwrap_or_default(),
            smtp_extra = std::env::var("GUICHET_STORM_SMTP").unwrap_or_default(),
            outbox_extra = s.outbox_extra,
        );
        std::fs::write(&self.config, text).expect("write config");
    }

    fn command(&self) -> Command {
        // GUICHET_STORM_BIN: another build to compare (an experiment, an older commit).
        let bin = std::env::var_os("GUICHET_STORM_BIN")
            .filter(|b| !b.is_empty())
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_guichet").into());
        let mut c = Command::new(bin);
        c.arg("--config").arg(&self.config).env_remove("RUST_LOG");
        c
    }

    /// Starts one more `guichet run`.
    pub fn start(&mut self) {
        self.starts += 1;
        let log = self.dir.join(format!("daemon-{}.log", self.starts));
        let command = self.command();
        let mut command = command;
        let child = command
            .arg("run")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("start guichet run");
        if let Some(dir) = std::env::var_os("GUICHET_STORM_PERF") {
            // Profiling (benches/BENCHMARKS.md): `perf record` attached to each daemon.
            let local = self.address.split('@').next().unwrap_or("desk");
            let data = Path::new(&dir).join(format!("perf-{local}-{}.data", self.starts));
            let perf = Command::new("perf")
                .args(["record", "-F", "1999", "-g", "-o"])
                .arg(data)
                .args(["-p", &child.id().to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start perf record");
            self.perf.push(perf);
        }
        self.daemons.push((child, log));
    }

    /// Ends the `perf record`s (SIGINT makes them write their data).
    fn stop_perf(&mut self) {
        for mut perf in self.perf.drain(..) {
            let _ = Command::new("kill").arg("-INT").arg(perf.id().to_string()).status();
            let _ = perf.wait();
        }
    }

    /// Whether every daemon started is still running.
    pub fn running(&self) -> bool {
        self.pids().into_iter().all(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            stat.rfind(')').and_then(|at| stat.get(at + 2..at + 3)).is_some_and(|state| state != "Z")
        })
    }

    pub fn pids(&self) -> Vec<u32> {
        self.daemons.iter().map(|(c, _)| c.id()).collect()
    }

    pub fn logs(&self) -> String {
        self.daemons.iter().map(|(_, l)| std::fs::read_to_string(l).unwrap_or_default()).collect::<Vec<_>>().join("\n")
    }

    /// Waits until one daemon has logged `needle`.
    pub async fn wait_log(&self, needle: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while !self.logs().contains(needle) {
            assert!(Instant::now() < deadline, "no {needle:?} in the daemons' logs:\n{}", tail(&self.logs()));
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// CPU seconds and peak RSS (KiB) of each daemon, read before it stops.
    pub fn usage(&self) -> Vec<(f64, u64)> {
        self.pids().into_iter().filter_map(proc_usage).collect()
    }

    /// SIGTERM to every daemon, and waits for them.
    pub fn stop(&mut self) {
        self.stop_perf();
        for (child, _) in &self.daemons {
            let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        }
        for (mut child, _) in self.daemons.drain(..) {
            let deadline = Instant::now() + Duration::from_secs(60);
            while child.try_wait().ok().flatten().is_none() {
                if Instant::now() > deadline {
                    let _ = child.kill();
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// kill -9 of every daemon.
    pub fn kill9(&mut self) {
        self.stop_perf();
        for (mut child, _) in self.daemons.drain(..) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub async fn store(&self) -> Store {
        Store::connect(&self.db_url, 1).await.expect("connect to the desk's database")
    }

    pub async fn scalar(&self, store: &Store, sql: &str) -> i64 {
        sqlx::query(sql).fetch_one(store.pool()).await.map(|r| r.get::<i64, _>(0)).unwrap_or(0)
    }

    /// Tickets in the database, and how many distinct (year, number) they have.
    pub async fn tickets(&self) -> (i64, i64) {
        let store = self.store().await;
        let n = self.scalar(&store, "SELECT COUNT(*) FROM tickets").await;
        let distinct = self.scalar(&store, "SELECT COUNT(*) FROM (SELECT DISTINCT year, number FROM tickets) t").await;
        store.close().await;
        (n, distinct)
    }

    /// Acknowledgements the outbox marked sent.
    pub async fn acks_sent(&self) -> i64 {
        let store = self.store().await;
        let n = self.scalar(&store, "SELECT COUNT(*) FROM outbox WHERE purpose = 'ack' AND status = 'sent'").await;
        store.close().await;
        n
    }

    /// Ends the leases of a killed daemon's outbox entries, as `outbox.lease_secs` would
    /// (1,200 s in the `ingest` phase, whose SMTP server never answers): the next daemon
    /// then recovers them as after any crash (unconfirmed, then sent after the journal's grace).
    pub async fn end_leases(&self) {
        let store = self.store().await;
        sqlx::query("UPDATE outbox SET locked_until = 0 WHERE status IN ('pending', 'sending')")
            .execute(store.pool())
            .await
            .expect("end leases");
        store.close().await;
    }

    /// The acknowledgements waiting in the outbox, raw, in order.
    pub async fn queued_acks(&self) -> Vec<Vec<u8>> {
        let store = self.store().await;
        let raws = sqlx::query_scalar("SELECT raw FROM outbox WHERE purpose = 'ack' ORDER BY id")
            .fetch_all(store.pool())
            .await
            .expect("queued acknowledgements");
        store.close().await;
        raws
    }

    /// Mails recorded by intake.
    pub async fn mails_recorded(&self) -> i64 {
        let store = self.store().await;
        let n = self.scalar(&store, "SELECT COUNT(*) FROM mails").await;
        store.close().await;
        n
    }

    /// (first, last) of a millisecond column over the rows `filter` selects.
    pub async fn span_ms(&self, table: &str, column: &str, filter: &str) -> (i64, i64) {
        let store = self.store().await;
        let first = self.scalar(&store, &format!("SELECT MIN({column}) FROM {table} WHERE {filter}")).await;
        let last = self.scalar(&store, &format!("SELECT MAX({column}) FROM {table} WHERE {filter}")).await;
        store.close().await;
        (first, last)
    }
}

impl Desk {
    /// (first, last) time the running daemons logged handing an acknowledgement to the MTA
    /// ("mail sent", logged right after the MTA's 250), and how many such lines.
    pub fn ack_send_span(&self) -> Option<(f64, f64, usize)> {
        let mut times = Vec::new();
        for (_, log) in &self.daemons {
            for line in std::fs::read_to_string(log).unwrap_or_default().lines() {
                if line.contains("mail sent") && line.contains("purpose=ack") {
                    let stamp = line.split_whitespace().next().unwrap_or("");
                    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(stamp) {
                        times.push(t.with_timezone(&chrono::Utc));
                    }
                }
            }
        }
        let secs = |t: &chrono::DateTime<chrono::Utc>| t.timestamp_micros() as f64 / 1e6;
        Some((secs(times.iter().min()?), secs(times.iter().max()?), times.len()))
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        self.kill9();
        if let Some((admin, name)) = self.pg_drop.take() {
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                rt.block_on(async {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.ok()
                })
            })
            .join();
        }
    }
}

pub fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}
