//! Running the real `guichet` binary against the test mail stack: a desk of its own per
//! test (its own mailbox, database and Message-ID domain), one or several daemons on it,
//! start, SIGTERM, kill -9; a TCP proxy to cut a server off; Dovecot restarts.

#![allow(dead_code)]

mod proxy;

#[allow(unused_imports)]
pub use proxy::Proxy;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use guichet::directory::Directory;
use guichet::store::Store;

use crate::db;
use crate::support::{self, MailStack};

/// How a desk is set up; `Options::default()` is what [`Desk::new`] makes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// TOML lines appended to `[outbox]`.
    pub outbox: String,
    /// TOML lines appended to `[imap]`.
    pub imap: String,
    /// A fresh PostgreSQL database (dropped afterwards) instead of a SQLite file.
    pub postgres: bool,
    /// The daemons reach PostgreSQL on this port of 127.0.0.1 (a [`Proxy`]); the test itself
    /// keeps the direct address ([`Desk::db_url`]).
    pub database_port: Option<u16>,
    /// The daemons send through this port of 127.0.0.1 instead of the stack's SMTP port.
    pub smtp_port: Option<u16>,
    /// `smtp.timeout_secs` (20 unless given).
    pub smtp_timeout_secs: Option<u64>,
}

/// One test's desk: config file, database, mailbox, and its daemons when running.
pub struct Desk {
    pub stack: MailStack,
    pub address: String,
    pub domain: String,
    pub config: PathBuf,
    /// The database as the test reaches it (directly, never through a proxy).
    pub db_url: String,
    pub dir: tempfile::TempDir,
    /// Daemons by number; `start`, `kill9` and `terminate` act on number 0.
    daemons: Vec<Option<Daemon>>,
    starts: u32,
    /// Declared last: dropped after the daemons are gone.
    _db: Option<db::TestDb>,
}

struct Daemon {
    child: Child,
    log: PathBuf,
}

impl Desk {
    /// A new desk on the shared stack, on SQLite, with the public directory imported.
    /// `outbox_extra` is TOML appended to `[outbox]`.
    pub async fn new(prefix: &str, outbox_extra: &str) -> Desk {
        Desk::with(prefix, Options { outbox: outbox_extra.to_string(), ..Options::default() }).await
    }

    /// A new desk set up as `options` say, with the public directory imported.
    pub async fn with(prefix: &str, options: Options) -> Desk {
        let stack =
            MailStack::from_env().expect("mail stack not running: run the tests with tests/run.sh (see README)");
        let address = support::unique_user(prefix);
        // The domain the corpus's replies point at; tests tell their answers apart by the
        // incoming Message-ID they answer (In-Reply-To), not by this domain.
        let domain = "cesame.example".to_string();
        let dir = tempfile::tempdir().unwrap();
        let (test_db, db_url, daemon_db_url) = if options.postgres {
            let test_db = db::postgres()
                .await
                .expect("GUICHET_TEST_PG_URL is not set: run the tests with tests/run.sh (see README)");
            let url = test_db.url.clone();
            let daemon_url = match options.database_port {
                Some(port) => with_port(&url, port),
                None => url.clone(),
            };
            (Some(test_db), url, daemon_url)
        } else {
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("guichet.db").display());
            (None, url.clone(), url)
        };
        let imap_smtp = format!(
            r#"
[imap]
host = "{host}"
port = {imap_port}
security = "plain"
allow_plaintext = true
user = "{address}"
password_env = "GUICHET_TEST_MAIL_PASSWORD"
poll_interval_secs = 5
timeout_secs = 20
{imap_extra}

[smtp]
host = "{host}"
port = {smtp_port}
security = "plain"
allow_plaintext = true
timeout_secs = {smtp_timeout}

[outbox]
retry_base_secs = 1
{outbox_extra}
"#,
            host = stack.host,
            imap_port = stack.imap_port,
            smtp_port = options.smtp_port.unwrap_or(stack.smtp_port),
            smtp_timeout = options.smtp_timeout_secs.unwrap_or(20),
            outbox_extra = options.outbox,
            imap_extra = options.imap,
        );
        // Test daemons run side by side: no metrics endpoint unless a test asks for one.
        let text = db::config_text(&daemon_db_url, &domain, &imap_smtp)
            .replace(&format!("address = \"cesame@{domain}\""), &format!("address = \"{address}\""))
            + "\n[metrics]\nenabled = false\n";
        let config = dir.path().join("guichet.toml");
        std::fs::write(&config, text).unwrap();
        let desk = Desk { stack, address, domain, config, db_url, dir, daemons: Vec::new(), starts: 0, _db: test_db };
        // Through the test's own address: a proxy in front of the database may be down.
        let out = desk.cli_with_db(
            &["directory", "import", db::corpus().join("public/directory.csv").to_str().unwrap()],
            &desk.db_url,
        );
        assert!(out.status.success(), "directory import: {}", String::from_utf8_lossy(&out.stderr));
        desk
    }

    /// Changes the desk's configuration file (before `start`).
    pub fn edit_config(&self, edit: impl FnOnce(String) -> String) {
        let text = std::fs::read_to_string(&self.config).unwrap();
        std::fs::write(&self.config, edit(text)).unwrap();
    }

    /// Runs a one-shot `guichet` command with this desk's config.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        self.command().args(args).output().expect("run guichet")
    }

    /// Runs a one-shot `guichet` command on the database at `url` (`GUICHET_DATABASE_URL`).
    pub fn cli_with_db(&self, args: &[&str], url: &str) -> std::process::Output {
        self.command().env("GUICHET_DATABASE_URL", url).args(args).output().expect("run guichet")
    }

    fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
        command.arg("--config").arg(&self.config).env("GUICHET_TEST_MAIL_PASSWORD", &self.stack.password);
        command
    }

    /// Starts `guichet run` as daemon 0.
    pub fn start(&mut self) {
        self.start_daemon(0);
    }

    /// Starts `guichet run` as daemon `n`, logging to `daemon-<start>-<n>.log` in the desk's
    /// directory.
    pub fn start_daemon(&mut self, n: usize) {
        if self.daemons.len() <= n {
            self.daemons.resize_with(n + 1, || None);
        }
        assert!(self.daemons[n].is_none(), "daemon {n} already running");
        self.starts += 1;
        let log = self.dir.path().join(format!("daemon-{:02}-{n}.log", self.starts));
        let child = self
            .command()
            .arg("run")
            // GUICHET_TEST_RUST_LOG=sqlx::query=debug,… shows every SQL statement.
            .env("RUST_LOG", std::env::var("GUICHET_TEST_RUST_LOG").unwrap_or_else(|_| "guichet=debug,info".into()))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start guichet run");
        self.daemons[n] = Some(Daemon { child, log });
    }

    /// kill -9 of daemon 0: no chance to finish anything.
    pub fn kill9(&mut self) {
        self.kill9_daemon(0);
    }

    /// kill -9 of daemon `n`.
    pub fn kill9_daemon(&mut self, n: usize) {
        let mut daemon = self.daemons.get_mut(n).and_then(Option::take).expect("daemon running");
        daemon.child.kill().unwrap();
        daemon.child.wait().unwrap();
    }

    /// SIGTERM to daemon 0, then waits for a clean exit; returns the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        self.terminate_daemon(0)
    }

    /// SIGTERM to daemon `n`, then waits (30 s at most) for it to exit.
    pub fn terminate_daemon(&mut self, n: usize) -> std::process::ExitStatus {
        let mut daemon = self.daemons.get_mut(n).and_then(Option::take).expect("daemon running");
        let _ = Command::new("kill").arg("-TERM").arg(daemon.child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = daemon.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                daemon.child.kill().unwrap();
                panic!("guichet did not stop within 30 s of SIGTERM\n{}", self.logs());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGSTOP to daemon `n`: it holds its connections and does nothing until [`Desk::thaw`].
    pub fn freeze(&self, n: usize) {
        self.signal(n, "-STOP");
    }

    /// SIGCONT to daemon `n`, frozen by [`Desk::freeze`].
    pub fn thaw(&self, n: usize) {
        self.signal(n, "-CONT");
    }

    fn signal(&self, n: usize, signal: &str) {
        let daemon = self.daemons.get(n).and_then(Option::as_ref).expect("daemon running");
        let status = Command::new("kill").arg(signal).arg(daemon.child.id().to_string()).status().unwrap();
        assert!(status.success(), "kill {signal} of daemon {n} failed");
    }

    /// Whether daemon `n` was started and has not exited.
    pub fn running(&mut self, n: usize) -> bool {
        match self.daemons.get_mut(n) {
            Some(Some(daemon)) => daemon.child.try_wait().unwrap().is_none(),
            _ => false,
        }
    }

    /// What daemon `n` logged since its last start.
    pub fn log_of(&self, n: usize) -> String {
        match self.daemons.get(n) {
            Some(Some(daemon)) => std::fs::read_to_string(&daemon.log).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Waits until daemon `n`'s log (since its last start) contains `needle`.
    pub async fn wait_for_log(&self, n: usize, needle: &str, timeout: Duration) {
        self.wait_for(&format!("daemon {n} to log {needle:?}"), timeout, || async { self.log_of(n).contains(needle) })
            .await;
    }

    /// The running daemon that holds the mailbox lock (PostgreSQL): the one whose log says it
    /// took the lock and did not lose it since; waits until there is exactly one.
    pub async fn wait_for_lock_holder(&mut self, timeout: Duration) -> usize {
        let deadline = Instant::now() + support::patient(timeout);
        loop {
            let running: Vec<usize> = (0..self.daemons.len()).filter(|&n| self.running(n)).collect();
            let holders: Vec<usize> = running
                .into_iter()
                .filter(|&n| {
                    let log = self.log_of(n);
                    let taken = log.rfind("mailbox lock taken");
                    taken.is_some() && taken > log.rfind("mailbox lock lost")
                })
                .collect();
            if holders.len() == 1 {
                return holders[0];
            }
            if Instant::now() > deadline {
                panic!("no single mailbox lock holder after {timeout:?} (holders: {holders:?})\n{}", self.logs());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Everything the daemons logged, for failure messages.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "log"))
            .collect();
        files.sort();
        for f in files {
            out.push_str(&format!("== {}\n{}", f.display(), std::fs::read_to_string(&f).unwrap_or_default()));
        }
        let keep: String = out.chars().rev().take(20_000).collect();
        keep.chars().rev().collect()
    }

    pub async fn store(&self) -> Store {
        Store::connect(&self.db_url, 2).await.unwrap()
    }

    /// The local part of the desk's address: what tells this test's storm mails apart.
    pub fn tag(&self) -> String {
        self.address.split('@').next().unwrap().to_string()
    }

    /// Sends a storm of `n` incident mails (see [`storm`]) to the desk; returns them.
    pub async fn send_storm(&self, n: usize) -> Vec<(String, Vec<u8>)> {
        let mails = storm(0..n, &self.tag());
        self.send(&mails).await;
        mails
    }

    /// Sends raw mails to the desk over SMTP.
    pub async fn send(&self, mails: &[(String, Vec<u8>)]) {
        self.stack.send_many(&self.address, mails).await;
    }

    /// Waits until `check` holds, polling; panics with the logs after `timeout`.
    pub async fn wait_for<F, Fut>(&self, what: &str, timeout: Duration, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + support::patient(timeout);
        while !check().await {
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}\n{}", self.logs());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Mails from this desk in `user`'s INBOX that answer one of `parents` (by In-Reply-To).
    pub async fn answers_to(
        &self,
        user: &str,
        parents: &std::collections::HashSet<String>,
    ) -> Vec<mail_parser::Message<'static>> {
        self.stack
            .fetch_all(user, "INBOX")
            .await
            .into_iter()
            .filter_map(|f| mail_parser::MessageParser::default().parse(&f.raw).map(|m| m.into_owned()))
            .filter(|m| m.from().and_then(|f| f.first()).and_then(|a| a.address()) == Some(self.address.as_str()))
            .filter(|m| m.in_reply_to().as_text().is_some_and(|p| parents.contains(p)))
            .collect()
    }

    /// Acknowledgements (`ack-…` Message-IDs) answering `parents`, per parent, as found in
    /// the INBOX of each of `recipients`.
    pub async fn acks_by_parent(
        &self,
        recipients: &[String],
        parents: &std::collections::HashSet<String>,
    ) -> std::collections::HashMap<String, Vec<String>> {
        let mut acks: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        for to in recipients {
            for answer in self.answers_to(to, parents).await {
                let id = answer.message_id().unwrap_or_default().to_string();
                if id.starts_with("ack-") {
                    let parent = answer.in_reply_to().as_text().unwrap_or_default().to_string();
                    acks.entry(parent).or_default().push(id);
                }
            }
        }
        acks
    }

    /// Waits until every one of `parents` has its acknowledgement in its sender's INBOX (the
    /// MTA delivers a moment after accepting), then checks that none came twice.
    pub async fn assert_one_ack_each(&self, recipients: &[String], parents: &std::collections::HashSet<String>) {
        let mut acks = std::collections::HashMap::new();
        let deadline = Instant::now() + support::patient(Duration::from_secs(60));
        loop {
            if Instant::now() > deadline {
                let missing: Vec<_> = parents.iter().filter(|p| !acks.contains_key(*p)).collect();
                panic!("acknowledgements missing for {missing:?}\n{}", self.logs());
            }
            acks = self.acks_by_parent(recipients, parents).await;
            if acks.len() == parents.len() {
                break;
            }
            flush_mta_queue();
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let doubled: Vec<_> = acks.iter().filter(|(_, ids)| ids.len() > 1).collect();
        assert!(doubled.is_empty(), "acknowledgements sent twice: {doubled:?}\n{}", self.logs());
    }

    /// Outbox entries per status.
    pub async fn outbox_count(&self, status: &str) -> i64 {
        let store = self.store().await;
        let n = store.outbox_counts().await.unwrap().into_iter().find(|(s, _)| s == status).map_or(0, |(_, n)| n);
        store.close().await;
        n
    }

    /// Outbox entries not yet in a final state.
    pub async fn outbox_unfinished(&self) -> i64 {
        let store = self.store().await;
        let n = store
            .outbox_counts()
            .await
            .unwrap()
            .into_iter()
            .filter(|(s, _)| s != "sent" && s != "failed")
            .map(|(_, n)| n)
            .sum();
        store.close().await;
        n
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        if let Some(keep) = std::env::var_os("GUICHET_TEST_KEEP_LOGS") {
            // Daemon logs survive the test's temporary directory, for a look afterwards.
            let target = Path::new(&keep).join(self.address.split('@').next().unwrap_or("desk"));
            let _ = std::fs::create_dir_all(&target);
            for entry in std::fs::read_dir(self.dir.path()).into_iter().flatten().flatten() {
                if entry.path().extension().is_some_and(|e| e == "log") {
                    let _ = std::fs::copy(entry.path(), target.join(entry.file_name()));
                }
            }
        }
        for mut daemon in self.daemons.drain(..).flatten() {
            let _ = daemon.child.kill();
            let _ = daemon.child.wait();
        }
    }
}

/// Reads a corpus file.
pub fn corpus_mail(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `url` with its host and port replaced by 127.0.0.1:`port` (user and database kept).
pub fn with_port(url: &str, port: u16) -> String {
    let (scheme, rest) = url.split_once("://").expect("database URL with a scheme");
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let user = authority.rsplit_once('@').map(|(u, _)| format!("{u}@")).unwrap_or_default();
    format!("{scheme}://{user}127.0.0.1:{port}/{path}")
}

/// `host:port` of the PostgreSQL server named by `GUICHET_TEST_PG_URL`.
pub fn pg_address() -> String {
    let url = std::env::var("GUICHET_TEST_PG_URL")
        .expect("GUICHET_TEST_PG_URL is not set: run the tests with tests/run.sh (see README)");
    let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or(rest);
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:5432")
    }
}

/// Incident mails from the correspondants of the public directory, each with its own
/// Message-ID `<storm-{tag}-{i}@etab.example>`, as `(envelope sender, raw)`.
pub fn storm(range: std::ops::Range<usize>, tag: &str) -> Vec<(String, Vec<u8>)> {
    storm_from(range, tag, usize::MAX)
}

/// Like [`storm`], from the first `schools` schools only (by UAI), so that each of their
/// correspondants gets several answers.
pub fn storm_from(range: std::ops::Range<usize>, tag: &str, schools: usize) -> Vec<(String, Vec<u8>)> {
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    let mut schools_all: Vec<_> = directory.schools().cloned().collect();
    schools_all.sort_by(|a, b| a.uai.cmp(&b.uai));
    // One school per correspondant, so that each mail has a single school.
    let mut seen = std::collections::HashSet::new();
    schools_all.retain(|s| seen.insert(s.correspondant_email.clone()));
    let schools: Vec<_> = schools_all.into_iter().take(schools.max(1)).collect();
    let urgencies = ["Urgence : très haute", "Urgence : moyenne", "Urgence : basse"];
    range
        .map(|i| {
            let school = &schools[i % schools.len()];
            let raw = format!(
                "From: {from}\r\nTo: cesame@region.example\r\nSubject: Panne salle {i} - {name}\r\n\
                 Message-ID: <storm-{tag}-{i}@etab.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
                 MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                 Bonjour,\r\n\r\nLe poste {i} de la salle {i} ne démarre plus.\r\nUAI : {uai}\r\n{urgency}\r\n\r\nCordialement,\r\n",
                from = school.correspondant_email,
                name = school.name,
                uai = school.uai,
                urgency = urgencies[i % 3],
            );
            (school.correspondant_email.clone(), raw.into_bytes())
        })
        .collect()
}

/// The senders of `mails`, each once: who gets the acknowledgements.
pub fn recipients_of(mails: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut recipients: Vec<String> = mails.iter().map(|(from, _)| from.clone()).collect();
    recipients.sort();
    recipients.dedup();
    recipients
}

/// The Message-IDs (without brackets) of `storm(range, tag)`.
pub fn storm_ids(range: std::ops::Range<usize>, tag: &str) -> std::collections::HashSet<String> {
    range.map(|i| format!("storm-{tag}-{i}@etab.example")).collect()
}

/// `(year, number)` of every ticket, in order.
pub async fn ticket_numbers(store: &Store) -> Vec<(i64, i64)> {
    use sqlx::Row;
    sqlx::query("SELECT year, number FROM tickets ORDER BY year, number")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<i64, _>(0), r.get::<i64, _>(1)))
        .collect()
}

/// Panics unless the ticket numbers of each year run 1, 2, 3… without a gap or a repeat.
pub fn assert_gapless(numbers: &[(i64, i64)]) {
    let mut expected: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    for &(year, number) in numbers {
        let next = expected.entry(year).or_insert(1);
        assert_eq!(number, *next, "ticket numbers of {year} are not 1..N without gaps or repeats: {numbers:?}");
        *next += 1;
    }
}

/// Restarts the Dovecot of the test mail stack (same configuration, same mail), staying down
/// `down` in between; returns once IMAP answers again. Mails the MTA could not hand over
/// meanwhile wait in its queue: see [`flush_mta_queue`].
pub fn restart_dovecot(down: Duration) {
    let dir = std::env::var("GUICHET_TEST_MAILSTACK_DIR")
        .expect("GUICHET_TEST_MAILSTACK_DIR is not set: run the tests with tests/run.sh (see README)");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/mailstack/restart-dovecot.sh");
    let out = Command::new(script)
        .arg(&dir)
        .arg(format!("{:.1}", down.as_secs_f64()))
        .stdin(Stdio::null())
        .output()
        .expect("run restart-dovecot.sh");
    assert!(
        out.status.success(),
        "restarting Dovecot failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Asks OpenSMTPD to try its queued mails now rather than at its next retry time.
pub fn flush_mta_queue() {
    let _ = Command::new("smtpctl").args(["schedule", "all"]).stdout(Stdio::null()).stderr(Stdio::null()).status();
}

/// Advisory locks granted in the database at `url` (PostgreSQL): the mailbox lock holders.
pub async fn advisory_locks(url: &str) -> i64 {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    let _ = conn.close().await;
    n
}

/// Whether OpenSMTPD's queue holds a mail from or to `address` (`smtpctl show queue`).
pub fn mta_queue_holds(address: &str) -> bool {
    let out = Command::new("smtpctl").args(["show", "queue"]).output().expect("run smtpctl show queue");
    let needle = address.to_ascii_lowercase();
    String::from_utf8_lossy(&out.stdout).lines().any(|l| l.to_ascii_lowercase().contains(&needle))
}
