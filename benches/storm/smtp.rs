//! A plain SMTP client for the benchmark: one command, one reply (no pipelining), TCP_NODELAY,
//! the message and its final dot in one write. It sends the storm and the bare baseline's
//! replies, so both go through the MTA the same way.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;

/// OpenSMTPD takes at most 100 mails per session: a new session starts after this many.
const PER_SESSION: u32 = 100;
const IO_TIMEOUT: Duration = Duration::from_secs(60);

/// One mail to send: envelope and raw RFC 5322 bytes (CRLF line ends).
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub from: String,
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

pub struct Smtp {
    addr: String,
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
    sent: u32,
    line: String,
}

type Result<T> = std::result::Result<T, String>;

impl Smtp {
    pub async fn connect(addr: &str) -> Result<Smtp> {
        let tcp = TcpStream::connect(addr).await.map_err(|e| format!("connect {addr}: {e}"))?;
        tcp.set_nodelay(true).map_err(|e| e.to_string())?;
        let (r, w) = tcp.into_split();
        let mut smtp =
            Smtp { addr: addr.to_string(), reader: BufReader::new(r), writer: w, sent: 0, line: String::new() };
        smtp.expect(220).await?;
        smtp.command("EHLO storm.bench.invalid\r\n", 250).await?;
        Ok(smtp)
    }

    /// Reads one (possibly multi-line) reply; returns its code and last line.
    async fn reply(&mut self) -> Result<(u16, String)> {
        loop {
            self.line.clear();
            let n = tokio::time::timeout(IO_TIMEOUT, self.reader.read_line(&mut self.line))
                .await
                .map_err(|_| format!("{}: no reply within {IO_TIMEOUT:?}", self.addr))?
                .map_err(|e| format!("{}: {e}", self.addr))?;
            if n == 0 {
                return Err(format!("{}: connection closed", self.addr));
            }
            let code: u16 =
                self.line.get(..3).and_then(|c| c.parse().ok()).ok_or_else(|| format!("bad reply {:?}", self.line))?;
            if self.line.as_bytes().get(3) != Some(&b'-') {
                return Ok((code, self.line.trim_end().to_string()));
            }
        }
    }

    async fn expect(&mut self, code: u16) -> Result<()> {
        let (got, line) = self.reply().await?;
        if got == code {
            Ok(())
        } else {
            Err(line)
        }
    }

    async fn command(&mut self, line: &str, code: u16) -> Result<()> {
        self.writer.write_all(line.as_bytes()).await.map_err(|e| format!("{}: {e}", self.addr))?;
        self.expect(code).await
    }

    /// One transaction; Ok once the MTA accepted the message (250 after the final dot).
    pub async fn send(&mut self, mail: &Outgoing) -> Result<()> {
        self.command(&format!("MAIL FROM:<{}>\r\n", mail.from), 250).await?;
        for to in &mail.to {
            self.command(&format!("RCPT TO:<{to}>\r\n"), 250).await?;
        }
        self.command("DATA\r\n", 354).await?;
        let data = dot_stuffed(&mail.raw);
        self.writer.write_all(&data).await.map_err(|e| format!("{}: {e}", self.addr))?;
        self.expect(250).await?;
        self.sent += 1;
        Ok(())
    }

    pub fn exhausted(&self) -> bool {
        self.sent >= PER_SESSION
    }

    pub async fn quit(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.command("QUIT\r\n", 221)).await;
    }
}

/// DATA payload: dot-stuffed, CRLF-terminated, then the final dot.
fn dot_stuffed(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + 8);
    let mut at_line_start = true;
    for &b in raw {
        if at_line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        at_line_start = b == b'\n';
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

/// A connection that reconnects when the MTA's per-session limit is reached or it failed.
pub struct Sender {
    addr: String,
    conn: Option<Smtp>,
}

impl Sender {
    pub fn new(addr: &str) -> Sender {
        Sender { addr: addr.to_string(), conn: None }
    }

    /// Sends one mail, retrying on a new session a few times (temporary refusals).
    pub async fn send(&mut self, mail: &Outgoing) -> Result<()> {
        let mut last = String::new();
        for attempt in 0..5 {
            if attempt > 0 {
                tokio::time::sleep(Duration::from_millis(50 * attempt)).await;
            }
            if self.conn.as_ref().is_some_and(Smtp::exhausted) {
                self.conn.take().expect("checked").quit().await;
            }
            if self.conn.is_none() {
                match Smtp::connect(&self.addr).await {
                    Ok(c) => self.conn = Some(c),
                    Err(e) => {
                        last = e;
                        continue;
                    }
                }
            }
            match self.conn.as_mut().expect("connected").send(mail).await {
                Ok(()) => return Ok(()),
                Err(e) => {
                    self.conn = None;
                    last = e;
                }
            }
        }
        Err(last)
    }

    pub async fn close(&mut self) {
        if let Some(c) = self.conn.take() {
            c.quit().await;
        }
    }
}

/// Sends every mail as fast as the MTA accepts them over `conns` connections; returns each
/// mail's acceptance time (the MTA's 250 after the data).
pub async fn send_all(addr: &str, mails: Arc<Vec<Outgoing>>, conns: usize) -> Vec<SystemTime> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..conns.max(1) {
        let (next, mails, addr) = (next.clone(), mails.clone(), addr.to_string());
        tasks.push(tokio::spawn(async move {
            let mut sender = Sender::new(&addr);
            let mut accepted = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(mail) = mails.get(i) else { break };
                sender.send(mail).await.unwrap_or_else(|e| panic!("sending mail {i}: {e}"));
                accepted.push((i, SystemTime::now()));
            }
            sender.close().await;
            accepted
        }));
    }
    let mut at = vec![SystemTime::UNIX_EPOCH; mails.len()];
    for task in tasks {
        for (i, t) in task.await.expect("sender task") {
            at[i] = t;
        }
    }
    at
}
