//! Running the real `guichet` binary against the test mail stack: a desk of its own per
//! test (its own mailbox, database and Message-ID domain), start, SIGTERM, kill -9.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use guichet::store::Store;

use crate::db;
use crate::support::{self, MailStack};

/// One test's desk: config file, database, mailbox, and the daemon when running.
pub struct Desk {
    pub stack: MailStack,
    pub address: String,
    pub domain: String,
    pub config: PathBuf,
    pub db_url: String,
    pub dir: tempfile::TempDir,
    pub daemon: Option<Child>,
    starts: u32,
}

impl Desk {
    /// A new desk on the shared stack, with the public directory imported. `extra` is TOML
    /// appended to `[outbox]`.
    pub async fn new(prefix: &str, outbox_extra: &str) -> Desk {
        let stack =
            MailStack::from_env().expect("mail stack not running: run the tests with tests/run.sh (see README)");
        let address = support::unique_user(prefix);
        // The domain the corpus's replies point at; tests tell their answers apart by the
        // incoming Message-ID they answer (In-Reply-To), not by this domain.
        let domain = "cesame.example".to_string();
        let dir = tempfile::tempdir().unwrap();
        let db_url = format!("sqlite://{}?mode=rwc", dir.path().join("guichet.db").display());
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

[smtp]
host = "{host}"
port = {smtp_port}
security = "plain"
allow_plaintext = true
timeout_secs = 20

[outbox]
retry_base_secs = 1
{outbox_extra}
"#,
            host = stack.host,
            imap_port = stack.imap_port,
            smtp_port = stack.smtp_port,
        );
        let text = db::config_text(&db_url, &domain, &imap_smtp)
            .replace(&format!("address = \"cesame@{domain}\""), &format!("address = \"{address}\""));
        let config = dir.path().join("guichet.toml");
        std::fs::write(&config, text).unwrap();
        let desk = Desk { stack, address, domain, config, db_url, dir, daemon: None, starts: 0 };
        let out = desk.cli(&["directory", "import", db::corpus().join("public/directory.csv").to_str().unwrap()]);
        assert!(out.status.success(), "directory import: {}", String::from_utf8_lossy(&out.stderr));
        desk
    }

    /// Runs a one-shot `guichet` command with this desk's config.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_guichet"))
            .arg("--config")
            .arg(&self.config)
            .args(args)
            .env("GUICHET_TEST_MAIL_PASSWORD", &self.stack.password)
            .output()
            .expect("run guichet")
    }

    /// Starts `guichet run`, logging to `daemon-N.log` in the desk's directory.
    pub fn start(&mut self) {
        assert!(self.daemon.is_none(), "daemon already running");
        self.starts += 1;
        let log = std::fs::File::create(self.dir.path().join(format!("daemon-{}.log", self.starts))).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_guichet"))
            .arg("--config")
            .arg(&self.config)
            .arg("run")
            .env("GUICHET_TEST_MAIL_PASSWORD", &self.stack.password)
            .env("RUST_LOG", "guichet=debug,info")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start guichet run");
        self.daemon = Some(child);
    }

    /// kill -9: no chance to finish anything.
    pub fn kill9(&mut self) {
        let mut child = self.daemon.take().expect("daemon running");
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// SIGTERM, then waits for a clean exit; returns the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        let mut child = self.daemon.take().expect("daemon running");
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                child.kill().unwrap();
                panic!("guichet did not stop within 30 s of SIGTERM\n{}", self.logs());
            }
            std::thread::sleep(Duration::from_millis(50));
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
        let deadline = Instant::now() + timeout;
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
        if let Some(mut child) = self.daemon.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Reads a corpus file.
pub fn corpus_mail(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
