//! Helpers for the operations tests (TLS, secrets in logs, header injection, metrics): a
//! desk of the harness with a configuration of the test's own, the daemon run with the
//! environment and log level the test chooses, and incident mails written for the occasion.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::db;
use crate::harness::Desk;
use crate::support;

/// The TLS side of the test mail stack (see tests/mailstack/start.sh).
#[derive(Debug, Clone)]
pub struct TlsStack {
    pub imaps_port: u16,
    pub imap_starttls_port: u16,
    pub smtps_port: u16,
    pub smtp_starttls_port: u16,
    pub ca_file: PathBuf,
    /// Users of this domain log in with `secret_password` only.
    pub secret_domain: String,
    pub secret_password: String,
}

impl TlsStack {
    pub fn from_env() -> TlsStack {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| panic!("{name} unset: the mail stack predates TLS; restart it (tests/run.sh does)"))
        };
        let port = |name: &str| var(name).parse::<u16>().unwrap_or_else(|e| panic!("{name}: {e}"));
        TlsStack {
            imaps_port: port("GUICHET_TEST_IMAPS_PORT"),
            imap_starttls_port: port("GUICHET_TEST_IMAP_STARTTLS_PORT"),
            smtps_port: port("GUICHET_TEST_SMTPS_PORT"),
            smtp_starttls_port: port("GUICHET_TEST_SMTP_STARTTLS_PORT"),
            ca_file: PathBuf::from(var("GUICHET_TEST_CA_FILE")),
            secret_domain: var("GUICHET_TEST_SECRET_DOMAIN"),
            secret_password: var("GUICHET_TEST_SECRET_PASSWORD"),
        }
    }
}

/// A desk on the shared stack whose mailbox is in the secret domain: it logs in (IMAP and
/// submission) with the stack's secret password only.
pub async fn secret_desk(prefix: &str, tls: &TlsStack) -> Desk {
    let mut desk = Desk::new(prefix, "").await;
    let local = desk.address.split('@').next().unwrap().to_string();
    desk.address = format!("{local}@{}", tls.secret_domain);
    desk
}

/// Rewrites the desk's configuration: `imap_smtp` holds the `[imap]` and `[smtp]` sections
/// (and any other); `{address}` in it is the desk address.
pub fn write_config(desk: &Desk, imap_smtp: &str) {
    let sections = imap_smtp.replace("{address}", &desk.address);
    let text = db::config_text(&desk.db_url, &desk.domain, &sections)
        .replace(&format!("address = \"cesame@{}\"", desk.domain), &format!("address = \"{}\"", desk.address));
    std::fs::write(&desk.config, text).unwrap();
}

/// A free port on loopback (for a metrics listener).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `GET path` over HTTP/1.1: (status code, body).
pub async fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut response)).await.ok()?.ok()?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, body.to_string()))
}

/// Samples of a Prometheus text exposition: `name{labels}` -> value.
pub fn samples(text: &str) -> std::collections::HashMap<String, f64> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.rsplit_once(' ').and_then(|(k, v)| Some((k.to_string(), v.parse().ok()?))))
        .collect()
}

/// `guichet run` started by the test itself, its stderr (the log) in a file.
pub struct Daemon {
    pub child: Option<Child>,
    pub log: PathBuf,
}

impl Daemon {
    /// Starts `guichet --config <desk config> run` with `RUST_LOG=rust_log` and `env`.
    pub fn start(desk: &Desk, name: &str, rust_log: &str, env: &[(&str, &str)]) -> Daemon {
        let log = desk.dir.path().join(format!("{name}.log"));
        let file = std::fs::File::create(&log).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
        command.arg("--config").arg(&desk.config).arg("run").env("RUST_LOG", rust_log);
        for (k, v) in env {
            command.env(k, v);
        }
        let child = command.stdout(Stdio::null()).stderr(file).spawn().expect("start guichet run");
        Daemon { child: Some(child), log }
    }

    pub fn output(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.log).unwrap_or_default()).into_owned()
    }

    /// Waits until the log has a line containing every one of `needles`; returns that line.
    pub async fn wait_for_line(&self, needles: &[&str], timeout: Duration) -> String {
        let deadline = Instant::now() + support::patient(timeout);
        loop {
            let log = self.output();
            if let Some(line) = log.lines().find(|l| needles.iter().all(|n| l.contains(n))) {
                return line.to_string();
            }
            if Instant::now() > deadline {
                panic!("no log line with {needles:?} within {timeout:?}:\n{}", tail(&log));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// SIGTERM and wait (kill after 30 s).
    pub fn stop(&mut self) -> std::process::ExitStatus {
        let mut child = self.child.take().expect("running");
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("guichet did not stop within 30 s of SIGTERM:\n{}", tail(&self.output()));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The end of a log, for failure messages.
pub fn tail(log: &str) -> String {
    let keep: Vec<&str> = log.lines().rev().take(60).collect();
    keep.into_iter().rev().collect::<Vec<_>>().join("\n")
}

/// The correspondant of Lycée Jeanne-Barret (0751043B) in the public directory.
pub const CORRESPONDANT: &str = "sandrine.morel@ac-paris.example";

/// An incident report from the correspondant, with the given raw `Subject:` and `From:`
/// header values (already encoded as they should travel) and a unique Message-ID.
pub fn incident(message_id: &str, subject: &str, from: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\n\
         To: cesame@cesame.example\r\n\
         Subject: {subject}\r\n\
         Message-ID: <{message_id}>\r\n\
         Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\
         \r\n\
         Bonjour,\r\n\
         \r\n\
         Le vidéoprojecteur de la salle 12 ne s'allume plus depuis ce matin.\r\n\
         UAI : 0751043B\r\n\
         Urgence : moyenne\r\n\
         \r\n\
         Cordialement,\r\n\
         Sandrine Morel\r\n\
         Correspondante informatique\r\n"
    )
    .into_bytes()
}

/// A Message-ID no other test uses.
pub fn unique_id(what: &str) -> String {
    let user = support::unique_user(what);
    format!("{}@ac-paris.example", user.split('@').next().unwrap())
}

/// Sends the mails and waits for one answer from the desk to each, in the correspondant's
/// mailbox; returns them (parsed) with their raw bytes.
pub async fn wait_for_answers(desk: &Desk, ids: &[String], timeout: Duration) -> Vec<(Vec<u8>, String)> {
    let parents: std::collections::HashSet<String> = ids.iter().cloned().collect();
    let deadline = Instant::now() + support::patient(timeout);
    loop {
        let found: Vec<(Vec<u8>, String)> = desk
            .stack
            .fetch_all(CORRESPONDANT, "INBOX")
            .await
            .into_iter()
            .filter_map(|f| {
                let parsed = mail_parser::MessageParser::default().parse(&f.raw)?;
                let from_desk =
                    parsed.from().and_then(|a| a.first()).and_then(|a| a.address()) == Some(desk.address.as_str());
                let parent = parsed.in_reply_to().as_text().map(str::to_string)?;
                (from_desk && parents.contains(&parent)).then(|| (f.raw.clone(), parent))
            })
            .collect();
        let answered: std::collections::HashSet<&String> = found.iter().map(|(_, p)| p).collect();
        if answered.len() == parents.len() {
            return found;
        }
        if Instant::now() > deadline {
            panic!("answers to {parents:?} not all there after {timeout:?} (got {answered:?})\n{}", desk.logs());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
