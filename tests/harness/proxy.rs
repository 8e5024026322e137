//! A TCP proxy the test controls, for faults without stopping shared servers: while up it
//! forwards every connection to its target; [`Proxy::down`] cuts the live connections and
//! stops listening (new connections are refused) until [`Proxy::up`]. In front of an SMTP
//! server it can also note which mails the server accepted, in order ([`Proxy::start_smtp`]).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub struct Proxy {
    /// Where to connect instead of the target: 127.0.0.1:`port`.
    pub port: u16,
    pub target: String,
    state: watch::Sender<bool>,
    accepted: Arc<AtomicUsize>,
    mails: Option<Arc<Mutex<Vec<Handed>>>>,
    cuts: Arc<Cuts>,
    task: JoinHandle<()>,
}

/// Mails to cut off in the middle (SMTP proxies only).
#[derive(Default)]
struct Cuts {
    /// The message reaches the server without its final dot: never delivered.
    before_end: AtomicUsize,
    /// The server accepts the message, but its reply never reaches the client.
    before_reply: AtomicUsize,
}

/// What an SMTP proxy notes (accepted mails) and does (cuts).
type SmtpWatch = (Arc<Mutex<Vec<Handed>>>, Arc<Cuts>);

/// Takes one from `counter` if it is not zero.
fn take_one(counter: &AtomicUsize) -> bool {
    counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok()
}

/// A mail an SMTP server accepted (`2xx` after the message) through the proxy.
#[derive(Debug, Clone)]
pub struct Handed {
    pub at: Instant,
    /// The first RCPT TO, lowercase, without brackets.
    pub rcpt: String,
    /// Its Message-ID header, without brackets.
    pub message_id: Option<String>,
}

impl Proxy {
    /// A proxy to `target` (`host:port`), up, on a free port of 127.0.0.1.
    pub async fn start(target: &str) -> Proxy {
        Self::start_with(target, None).await
    }

    /// A proxy to the SMTP server `target` that notes every mail the server accepts.
    pub async fn start_smtp(target: &str) -> Proxy {
        Self::start_with(target, Some(Arc::new(Mutex::new(Vec::new())))).await
    }

    async fn start_with(target: &str, mails: Option<Arc<Mutex<Vec<Handed>>>>) -> Proxy {
        let listener = listen(0).await;
        let port = listener.local_addr().unwrap().port();
        let (state, watch) = watch::channel(true);
        let accepted = Arc::new(AtomicUsize::new(0));
        let cuts = Arc::new(Cuts::default());
        let task = tokio::spawn(serve(
            listener,
            port,
            target.to_string(),
            watch,
            accepted.clone(),
            mails.clone().map(|m| (m, cuts.clone())),
        ));
        Proxy { port, target: target.to_string(), state, accepted, mails, cuts, task }
    }

    /// The next `n` mails reach the SMTP server without their end, and the connection is
    /// cut: the server drops them, the client cannot know.
    pub fn cut_before_message_end(&self, n: usize) {
        self.cuts.before_end.fetch_add(n, Ordering::SeqCst);
    }

    /// The SMTP server's replies accepting the next `n` mails are lost, and the connection
    /// is cut: the server delivers them, the client cannot know.
    pub fn cut_before_reply(&self, n: usize) {
        self.cuts.before_reply.fetch_add(n, Ordering::SeqCst);
    }

    /// Cuts still to come.
    pub fn cuts_pending(&self) -> usize {
        self.cuts.before_end.load(Ordering::SeqCst) + self.cuts.before_reply.load(Ordering::SeqCst)
    }

    /// The mails the SMTP server accepted so far, in the order it accepted them.
    pub fn handed(&self) -> Vec<Handed> {
        self.mails.as_ref().expect("a proxy started with start_smtp").lock().unwrap().clone()
    }

    /// Cuts every forwarded connection and refuses new ones.
    pub fn down(&self) {
        self.state.send_replace(false);
    }

    /// Listens and forwards again.
    pub fn up(&self) {
        self.state.send_replace(true);
    }

    /// Connections forwarded so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        // Forwarding tasks see the state channel close and end their connections.
        self.task.abort();
    }
}

/// A listener on 127.0.0.1:`port` (0: any), with SO_REUSEADDR so that the port can be taken
/// again while cut connections linger in TIME_WAIT.
async fn listen(port: u16) -> TcpListener {
    let mut tries = 0;
    loop {
        let socket = TcpSocket::new_v4().expect("socket");
        socket.set_reuseaddr(true).expect("SO_REUSEADDR");
        match socket.bind(([127, 0, 0, 1], port).into()).and_then(|()| socket.listen(1024)) {
            Ok(listener) => return listener,
            Err(e) if tries < 100 => {
                tries += 1;
                if tries == 1 {
                    eprintln!("proxy: listening on port {port}: {e}; retrying");
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("proxy: cannot listen on 127.0.0.1:{port} again: {e}"),
        }
    }
}

async fn serve(
    first: TcpListener,
    port: u16,
    target: String,
    mut state: watch::Receiver<bool>,
    accepted: Arc<AtomicUsize>,
    smtp: Option<SmtpWatch>,
) {
    let mut listener = Some(first);
    loop {
        if !*state.borrow_and_update() {
            // Down: nothing listens on the port.
            listener = None;
            if state.changed().await.is_err() {
                return;
            }
            continue;
        }
        let current = match listener.take() {
            Some(listener) => listener,
            None => listen(port).await,
        };
        loop {
            tokio::select! {
                incoming = current.accept() => {
                    if let Ok((client, _)) = incoming {
                        accepted.fetch_add(1, Ordering::SeqCst);
                        tokio::spawn(forward(client, target.clone(), state.clone(), smtp.clone()));
                    }
                }
                changed = state.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    if !*state.borrow() {
                        break;
                    }
                }
            }
        }
        drop(current);
    }
}

async fn forward(mut client: TcpStream, target: String, mut state: watch::Receiver<bool>, smtp: Option<SmtpWatch>) {
    let Ok(mut server) = TcpStream::connect(&target).await else { return };
    client.set_nodelay(true).ok();
    server.set_nodelay(true).ok();
    let cut = async {
        loop {
            if state.changed().await.is_err() || !*state.borrow() {
                return;
            }
        }
    };
    match smtp {
        None => {
            tokio::select! {
                _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                _ = cut => {}
            }
        }
        Some((mails, cuts)) => {
            let (mut client_read, mut client_write) = client.into_split();
            let (mut server_read, mut server_write) = server.into_split();
            // Each side is read before it is passed on: a reply is seen before the client
            // can act on it, a message's end before the server can answer it.
            let tap = Arc::new(Mutex::new(SmtpTap::default()));
            let upstream = {
                let (tap, cuts) = (tap.clone(), cuts.clone());
                async move {
                    let mut buf = vec![0u8; 64 * 1024];
                    loop {
                        let n = client_read.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        let ended = tap.lock().unwrap().client_sent(&buf[..n]);
                        if ended && take_one(&cuts.before_end) {
                            return;
                        }
                        if server_write.write_all(&buf[..n]).await.is_err() {
                            return;
                        }
                    }
                }
            };
            let downstream = async move {
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    let n = server_read.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    let accepted = tap.lock().unwrap().server_sent(&buf[..n]);
                    let swallow = !accepted.is_empty() && take_one(&cuts.before_reply);
                    mails.lock().unwrap().extend(accepted);
                    if swallow {
                        return;
                    }
                    if client_write.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                }
            };
            tokio::select! {
                _ = upstream => {}
                _ = downstream => {}
                _ = cut => {}
            }
        }
    }
}

/// Follows one SMTP session (no pipelining: the client waits for each reply).
#[derive(Default)]
struct SmtpTap {
    client_line: Vec<u8>,
    server_line: Vec<u8>,
    in_data: bool,
    rcpt: Option<String>,
    message_id: Option<String>,
    /// Messages sent, waiting for the server's reply.
    waiting: VecDeque<(String, Option<String>)>,
}

impl SmtpTap {
    /// True when `bytes` end a message.
    fn client_sent(&mut self, bytes: &[u8]) -> bool {
        let mut ended = false;
        for &b in bytes {
            self.client_line.push(b);
            if b != b'\n' {
                continue;
            }
            let line = String::from_utf8_lossy(&std::mem::take(&mut self.client_line)).trim_end().to_string();
            if self.in_data {
                if line == "." {
                    self.in_data = false;
                    let rcpt = self.rcpt.take().unwrap_or_default();
                    self.waiting.push_back((rcpt, self.message_id.take()));
                    ended = true;
                } else if self.message_id.is_none() && line.to_ascii_lowercase().starts_with("message-id:") {
                    let id = line["message-id:".len()..].trim().trim_matches(['<', '>']).to_string();
                    self.message_id = Some(id);
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("RCPT TO:") && self.rcpt.is_none() {
                let to = line["RCPT TO:".len()..].split_whitespace().next().unwrap_or("");
                self.rcpt = Some(to.trim_matches(['<', '>']).to_ascii_lowercase());
            } else if upper == "DATA" {
                self.in_data = true;
                self.message_id = None;
            } else if upper.starts_with("MAIL FROM:") || upper == "RSET" {
                self.rcpt = None;
            }
        }
        ended
    }

    /// Mails accepted by the final replies in `bytes`.
    fn server_sent(&mut self, bytes: &[u8]) -> Vec<Handed> {
        let mut accepted = Vec::new();
        for &b in bytes {
            self.server_line.push(b);
            if b != b'\n' {
                continue;
            }
            let line = std::mem::take(&mut self.server_line);
            // "250-…" continues a reply, "250 …" ends it.
            if line.len() < 4 || line[3] == b'-' {
                continue;
            }
            if let Some((rcpt, message_id)) = self.waiting.pop_front() {
                if line[0] == b'2' {
                    accepted.push(Handed { at: Instant::now(), rcpt, message_id });
                }
            }
        }
        accepted
    }
}
