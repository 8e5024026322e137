//! The real local mail stack for integration tests: Dovecot (IMAP) and OpenSMTPD (SMTP)
//! started by `tests/mailstack/start.sh`, found through the `GUICHET_TEST_*` variables that
//! `tests/run.sh` exports.
//!
//! The stack accepts mail for every address of every domain and files it in the IMAP
//! mailbox named by the full address; every mailbox logs in with that address and the one
//! shared password. Each test takes mailboxes of its own with [`unique_user`].
//!
//! Things the stack does that a test may notice:
//! - delivered mails gain `Return-Path`, `Delivered-To` and `Received` headers, and
//!   OpenSMTPD adds `Date` and `Message-ID` when they are missing;
//! - Dovecot lowercases usernames: `A.B@x.example` and `a.b@x.example` are one mailbox;
//! - the hierarchy separator is `/`; non-ASCII folder names travel in modified UTF-7
//!   (the helpers here take and return plain UTF-8 names);
//! - OpenSMTPD accepts at most 100 mails per SMTP session (`452` after that), and offers
//!   no SMTPUTF8: envelope addresses must be ASCII;
//! - mails sent with the helpers here travel with CRLF line ends (bare LF is converted), so
//!   a delivered mail ends with exactly the bytes sent.

#![allow(dead_code)]

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures::TryStreamExt;
use lettre::address::Envelope;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use lettre::Address;
use tokio::net::TcpStream;

/// An authenticated IMAP session on the test stack.
pub type Imap = async_imap::Session<TcpStream>;

/// How long one IMAP or SMTP exchange with the local stack may take before the test fails.
const IO_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the stack listens, and the password of every mailbox.
#[derive(Debug, Clone)]
pub struct MailStack {
    /// The IMAP host.
    pub host: String,
    pub imap_port: u16,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub password: String,
}

/// One message of a folder: its UID and its raw bytes (`BODY[]`).
#[derive(Debug, Clone)]
pub struct Fetched {
    pub uid: u32,
    pub raw: Vec<u8>,
}

impl MailStack {
    /// The stack described by `GUICHET_TEST_IMAP_HOST`, `_IMAP_PORT`, `_SMTP_HOST`,
    /// `_SMTP_PORT` and `_MAIL_PASSWORD`, or `None` when they are not set.
    pub fn from_env() -> Option<MailStack> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let port =
            |name: &str| var(name).map(|v| v.parse::<u16>().unwrap_or_else(|e| panic!("{name}={v}: not a port: {e}")));
        Some(MailStack {
            host: var("GUICHET_TEST_IMAP_HOST")?,
            imap_port: port("GUICHET_TEST_IMAP_PORT")?,
            smtp_host: var("GUICHET_TEST_SMTP_HOST")?,
            smtp_port: port("GUICHET_TEST_SMTP_PORT")?,
            password: var("GUICHET_TEST_MAIL_PASSWORD")?,
        })
    }

    /// The stack, or a panic telling how to run the tests.
    pub fn require() -> MailStack {
        MailStack::from_env()
            .expect("mail stack not running (GUICHET_TEST_* unset): run the tests via the README command, tests/run.sh")
    }

    // ----- SMTP ---------------------------------------------------------------------------

    /// Sends one raw mail over SMTP with the given envelope (`""` or `"<>"` as sender means
    /// the null sender of bounces). Panics if the stack refuses it.
    pub async fn send_raw(&self, envelope_from: &str, rcpt: &str, raw: &[u8]) {
        self.send_all(rcpt, [(envelope_from, raw)]).await;
    }

    /// Sends many raw mails `(envelope sender, raw)` to `rcpt`, in order, over one SMTP
    /// session at a time: when OpenSMTPD refuses more mails in a session (`452` after 100),
    /// the next try opens a new session.
    pub async fn send_many(&self, rcpt: &str, mails: &[(String, Vec<u8>)]) {
        self.send_all(rcpt, mails.iter().map(|(from, raw)| (from.as_str(), raw.as_slice()))).await;
    }

    async fn send_all<'a>(&self, rcpt: &str, mails: impl IntoIterator<Item = (&'a str, &'a [u8])>) {
        let mut session: Option<AsyncSmtpConnection> = None;
        for (from, raw) in mails {
            let envelope = envelope(from, rcpt);
            let data = smtp_data(raw);
            let mut attempt = 0;
            loop {
                attempt += 1;
                if session.is_none() {
                    session = Some(self.smtp_session().await);
                }
                let smtp = session.as_mut().expect("SMTP session just opened");
                match within("SMTP send", smtp.send(&envelope, &data)).await {
                    Ok(_) => break,
                    Err(e) => {
                        // lettre ends the session on any error; temporary ones (4xx, such
                        // as the 452 after 100 mails, or a dropped connection) are retried
                        // on a new session.
                        session = None;
                        if e.is_permanent() || attempt >= 5 {
                            panic!(
                                "SMTP send from {from:?} to {rcpt:?} ({} bytes) failed after {attempt} attempt(s): {e}",
                                raw.len()
                            );
                        }
                        if attempt > 1 {
                            tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
                        }
                    }
                }
            }
        }
        if let Some(mut smtp) = session {
            // The mails are accepted already; a failed QUIT changes nothing.
            let _ = tokio::time::timeout(Duration::from_secs(5), smtp.quit()).await;
        }
    }

    /// A new SMTP session (after EHLO). `TCP_NODELAY`: lettre writes a message and its final
    /// `.` separately, and with Nagle's algorithm every mail would wait for a delayed ACK
    /// (about 40 ms).
    async fn smtp_session(&self) -> AsyncSmtpConnection {
        let what = format!("SMTP connection to {}:{}", self.smtp_host, self.smtp_port);
        within(&what, async {
            let stream = TcpStream::connect((self.smtp_host.as_str(), self.smtp_port))
                .await
                .unwrap_or_else(|e| panic!("{what}: {e} (is the mail stack running?)"));
            stream.set_nodelay(true).unwrap_or_else(|e| panic!("{what}: TCP_NODELAY: {e}"));
            let hello = ClientId::Domain("guichet-tests.invalid".into());
            AsyncSmtpConnection::connect_with_transport(Box::new(stream), &hello)
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"))
        })
        .await
    }

    // ----- IMAP ---------------------------------------------------------------------------

    /// Logs in to `user`'s mailbox (created on first login, with an empty INBOX).
    pub async fn login(&self, user: &str) -> Imap {
        let what = format!("IMAP login of {user} on {}:{}", self.host, self.imap_port);
        within(&what, async {
            let stream = TcpStream::connect((self.host.as_str(), self.imap_port))
                .await
                .unwrap_or_else(|e| panic!("{what}: connect: {e} (is the mail stack running?)"));
            let mut client = async_imap::Client::new(stream);
            client
                .read_response()
                .await
                .unwrap_or_else(|| panic!("{what}: connection closed before the greeting"))
                .unwrap_or_else(|e| panic!("{what}: reading the greeting: {e}"));
            client.login(user, &self.password).await.unwrap_or_else(|(e, _)| panic!("{what}: {e}"))
        })
        .await
    }

    /// Every message of `folder` (UTF-8 name) in `user`'s mailbox, by increasing UID, read
    /// without setting `\Seen`. A folder that does not exist gives an empty list.
    pub async fn fetch_all(&self, user: &str, folder: &str) -> Vec<Fetched> {
        let mut imap = self.login(user).await;
        let what = format!("fetching {user}/{folder}");
        let fetched = within(&what, async {
            if !folder_exists(&mut imap, folder).await {
                return Vec::new();
            }
            let mailbox = imap.examine(encode_folder(folder)).await.unwrap_or_else(|e| panic!("{what}: EXAMINE: {e}"));
            if mailbox.exists == 0 {
                return Vec::new();
            }
            let fetches: Vec<_> = imap
                .uid_fetch("1:*", "(UID BODY.PEEK[])")
                .await
                .unwrap_or_else(|e| panic!("{what}: UID FETCH: {e}"))
                .try_collect()
                .await
                .unwrap_or_else(|e| panic!("{what}: UID FETCH: {e}"));
            let mut out: Vec<Fetched> = fetches
                .iter()
                .map(|f| Fetched {
                    uid: f.uid.unwrap_or_else(|| panic!("{what}: FETCH response without UID")),
                    raw: f.body().unwrap_or_else(|| panic!("{what}: FETCH response without BODY[]")).to_vec(),
                })
                .collect();
            out.sort_by_key(|f| f.uid);
            out
        })
        .await;
        logout(imap).await;
        fetched
    }

    /// Number of messages of every selectable folder of `user`'s mailbox (UTF-8 names,
    /// `INBOX` included), by `LIST` then `STATUS (MESSAGES)` on a fresh connection.
    pub async fn folder_counts(&self, user: &str) -> HashMap<String, u32> {
        let mut imap = self.login(user).await;
        let what = format!("counting the folders of {user}");
        let counts = within(&what, async {
            let names: Vec<_> = imap
                .list(Some(""), Some("*"))
                .await
                .unwrap_or_else(|e| panic!("{what}: LIST: {e}"))
                .try_collect()
                .await
                .unwrap_or_else(|e| panic!("{what}: LIST: {e}"));
            let names: Vec<String> = names
                .iter()
                .filter(|n| !n.attributes().iter().any(|a| matches!(a, async_imap::types::NameAttribute::NoSelect)))
                .map(|n| n.name().to_string())
                .collect();
            let mut counts = HashMap::new();
            for name in names {
                let status =
                    imap.status(&name, "(MESSAGES)").await.unwrap_or_else(|e| panic!("{what}: STATUS {name}: {e}"));
                counts.insert(decode_folder(&name), status.exists);
            }
            counts
        })
        .await;
        logout(imap).await;
        counts
    }

    /// Appends `raw` to `folder` (UTF-8 name) of `user`'s mailbox, creating the folder if
    /// needed: for tests that find a mailbox already filled.
    pub async fn append(&self, user: &str, folder: &str, raw: &[u8]) {
        let mut imap = self.login(user).await;
        let what = format!("appending to {user}/{folder}");
        within(&what, async {
            let encoded = encode_folder(folder);
            if !folder_exists(&mut imap, folder).await {
                imap.create(&encoded).await.unwrap_or_else(|e| panic!("{what}: CREATE: {e}"));
            }
            imap.append(&encoded, None, None, raw).await.unwrap_or_else(|e| panic!("{what}: APPEND: {e}"));
        })
        .await;
        logout(imap).await;
    }
}

/// Polls `check` every `poll` until it returns true; panics naming `what` after `timeout`.
pub async fn wait_until<F, Fut>(what: &str, timeout: Duration, poll: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let timeout = patient(timeout);
    let deadline = Instant::now() + timeout;
    loop {
        if check().await {
            return;
        }
        if Instant::now() >= deadline {
            panic!("timed out after {timeout:?} waiting for {what}");
        }
        tokio::time::sleep(poll).await;
    }
}

/// How long a wait may last before it counts as failed: `budget` (what the step takes, with
/// room, on a development machine) times a patience factor, 3 unless
/// `GUICHET_TEST_PATIENCE` says otherwise. CI machines have run the storms several times
/// slower than ours (a 240-mail storm outlived a 60 s wait there); a wait bounds a failure
/// and costs nothing when the step succeeds, and speed is measured in `benches/`, not here.
pub fn patient(budget: Duration) -> Duration {
    let factor = std::env::var("GUICHET_TEST_PATIENCE").ok().and_then(|v| v.parse::<u32>().ok()).unwrap_or(3);
    budget * factor.max(1)
}

/// A fresh helpdesk address on the shared stack, unique across tests and runs:
/// `cesame-<prefix>-<pid>-<counter>-<nanos>@cesame.example` (lowercase, as Dovecot files it).
pub fn unique_user(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let prefix: String =
        prefix.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970").subsec_nanos();
    format!("cesame-{prefix}-{}-{}-{nanos}@cesame.example", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst))
}

// ----- helpers --------------------------------------------------------------------------

/// Runs `fut`, panicking if the local stack takes longer than [`IO_TIMEOUT`].
async fn within<T>(what: &str, fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(IO_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("{what}: no answer from the mail stack within {IO_TIMEOUT:?}"))
}

/// The DATA lettre should send for `raw`: lettre dot-stuffs only after CRLF and always
/// appends CRLF "." CRLF, so bare LF line ends become CRLF and one final CRLF is dropped.
/// The mail delivered then has the very bytes of `raw` (CRLF line ends) under the headers
/// the MTA adds.
fn smtp_data(raw: &[u8]) -> Vec<u8> {
    let mut data = Vec::with_capacity(raw.len() + raw.len() / 50);
    for (i, &b) in raw.iter().enumerate() {
        if b == b'\n' && (i == 0 || raw[i - 1] != b'\r') {
            data.push(b'\r');
        }
        data.push(b);
    }
    if data.ends_with(b"\r\n") {
        data.truncate(data.len() - 2);
    }
    data
}

fn envelope(from: &str, rcpt: &str) -> Envelope {
    let from = match from.trim_matches(|c| c == '<' || c == '>') {
        "" => None,
        f => Some(f.parse::<Address>().unwrap_or_else(|e| panic!("envelope sender {f:?}: {e}"))),
    };
    let to = rcpt.parse::<Address>().unwrap_or_else(|e| panic!("recipient {rcpt:?}: {e}"));
    Envelope::new(from, vec![to]).expect("envelope with one recipient")
}

async fn folder_exists(imap: &mut Imap, folder: &str) -> bool {
    let encoded = encode_folder(folder);
    let names: Vec<_> = imap
        .list(Some(""), Some(&quote(&encoded)))
        .await
        .unwrap_or_else(|e| panic!("LIST {folder}: {e}"))
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("LIST {folder}: {e}"));
    names.iter().any(|n| n.name() == encoded || (encoded.eq_ignore_ascii_case("INBOX") && n.name() == "INBOX"))
}

async fn logout(mut imap: Imap) {
    // The session is over either way; a failed LOGOUT changes nothing for the test.
    let _ = tokio::time::timeout(Duration::from_secs(5), imap.logout()).await;
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// IMAP modified UTF-7 (RFC 3501 5.1.3) of a UTF-8 folder name.
pub fn encode_folder(name: &str) -> String {
    fn flush(out: &mut String, units: &mut Vec<u16>) {
        if units.is_empty() {
            return;
        }
        let bytes: Vec<u8> = units.drain(..).flat_map(u16::to_be_bytes).collect();
        out.push('&');
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out.push('-');
    }
    let mut out = String::new();
    let mut units = Vec::new();
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut out, &mut units);
            out.push(c);
            if c == '&' {
                out.push('-');
            }
        } else {
            units.extend_from_slice(c.encode_utf16(&mut [0; 2]));
        }
    }
    flush(&mut out, &mut units);
    out
}

/// UTF-8 name of an IMAP modified UTF-7 folder name (returned unchanged if malformed).
pub fn decode_folder(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start + 1..].find('-') else {
            return name.to_string();
        };
        let encoded = &rest[start + 1..start + 1 + len];
        rest = &rest[start + len + 2..];
        if encoded.is_empty() {
            out.push('&');
            continue;
        }
        let mut bits = 0u32;
        let mut nbits = 0;
        let mut bytes = Vec::new();
        for c in encoded.bytes() {
            let Some(v) = B64.iter().position(|&b| b == c) else {
                return name.to_string();
            };
            bits = ((bits << 6) | v as u32) & 0xff_ffff;
            nbits += 6;
            if nbits >= 8 {
                nbits -= 8;
                bytes.push((bits >> nbits) as u8);
            }
        }
        let units: Vec<u16> = bytes.chunks_exact(2).map(|p| u16::from_be_bytes([p[0], p[1]])).collect();
        match String::from_utf16(&units) {
            Ok(s) => out.push_str(&s),
            Err(_) => return name.to_string(),
        }
    }
    out.push_str(rest);
    out
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/// The rule of GLPI's default mail collector that refuses `raw`, if any: GLPI's own
/// `resources/Rules/RuleMailCollector.xml` (glpi-project/glpi), evaluated as GLPI does, in
/// rank order, active rules only. A refused mail is deleted or moved aside without any
/// answer: for guichet, an update silently lost.
#[allow(dead_code)]
pub fn glpi_default_collector_refuses(raw: &[u8]) -> Option<&'static str> {
    let parsed = mail_parser::MessageParser::default().parse_headers(raw)?;
    // Rank 1, "GLPI notifications": message_id matches (condition 6 = regex, unanchored).
    let glpi_id = regex::Regex::new(
        r"(?i)GLPI(_(?<uuid>[a-z0-9]+))?(-(?<itemtype>[a-z]+))?(-(?<items_id>[0-9]+))?(/(?<event>[a-z_]+))?(\.(?<random>[0-9]+\.[0-9]+))?@(?<uname>.+)",
    )
    .unwrap();
    if parsed.message_id().is_some_and(|id| glpi_id.is_match(id)) {
        return Some("GLPI notifications (Message-ID)");
    }
    // Rank 2, "X-Auto-Response-Suppress": inactive by default.
    // Rank 3, "Auto-Reply Auto-Submitted": /^(?!.*no).+$/i on Auto-Submitted.
    if let Some(value) = parsed.header_raw("Auto-Submitted") {
        let value = value.trim();
        if !value.is_empty() && !value.to_lowercase().contains("no") {
            return Some("Auto-Reply Auto-Submitted");
        }
    }
    None
}
