//! The bare-stack baseline: the least a gateway must do with the same servers and no
//! ticketing. One IMAP session on its desk mailbox (IDLE when idle), batches of 100 mails
//! fetched whole, each answered (In-Reply-To its Message-ID) over `pool` SMTP connections,
//! the batch moved to `processed` with one UID MOVE. No database, no parsing beyond the two
//! headers it needs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use tokio::net::TcpStream;

use super::smtp::{Outgoing, Sender};
use super::stack::Stack;

type Session = async_imap::Session<TcpStream>;

pub struct Bare {
    pub stack: Stack,
    pub desk: String,
    pub pool: usize,
    /// Replies handed to the MTA so far.
    pub replied: Arc<AtomicUsize>,
}

impl Bare {
    async fn login(&self) -> Session {
        let tcp = TcpStream::connect((self.stack.host.as_str(), self.stack.imap_port)).await.expect("IMAP connect");
        tcp.set_nodelay(true).expect("nodelay");
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.expect("greeting").expect("greeting");
        let mut session = client.login(&self.desk, &self.stack.password).await.map_err(|(e, _)| e).expect("login");
        let _ = session.create("processed").await;
        session
    }

    /// Answers until `total` replies were sent; `ready` once the inbox is selected.
    pub async fn run(&self, total: usize, ready: tokio::sync::oneshot::Sender<()>) {
        let mut session = self.login().await;
        session.select("INBOX").await.expect("SELECT");
        let _ = ready.send(());
        let mut senders: Vec<Sender> = (0..self.pool).map(|_| Sender::new(&self.stack.smtp_addr())).collect();
        let mut serial = 0usize;
        while self.replied.load(Ordering::Relaxed) < total {
            let uids: Vec<u32> = {
                let mut u: Vec<u32> = session.uid_search("ALL").await.expect("SEARCH").into_iter().collect();
                u.sort_unstable();
                u
            };
            if uids.is_empty() {
                let mut idle = session.idle();
                idle.init().await.expect("IDLE");
                let (wait, stop) = idle.wait_with_timeout(Duration::from_secs(5));
                let _ = wait.await;
                drop(stop);
                session = idle.done().await.expect("DONE");
                continue;
            }
            for chunk in uids.chunks(100) {
                let set = chunk.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
                let fetched: Vec<_> = session
                    .uid_fetch(&set, "(UID BODY.PEEK[])")
                    .await
                    .expect("FETCH")
                    .try_collect()
                    .await
                    .expect("FETCH");
                let mut replies = Vec::with_capacity(fetched.len());
                for f in &fetched {
                    let Some(body) = f.body() else { continue };
                    if let Some(reply) = self.reply_to(body, serial) {
                        serial += 1;
                        replies.push(reply);
                    }
                }
                // Round-robin over the pool, each connection sending its share in order.
                let mut shares: Vec<Vec<Outgoing>> = vec![Vec::new(); senders.len()];
                for (i, r) in replies.into_iter().enumerate() {
                    shares[i % senders.len()].push(r);
                }
                let replied = &self.replied;
                futures::future::join_all(senders.iter_mut().zip(shares).map(|(sender, share)| async move {
                    for mail in &share {
                        sender.send(mail).await.unwrap_or_else(|e| panic!("bare reply: {e}"));
                        replied.fetch_add(1, Ordering::Relaxed);
                    }
                }))
                .await;
                session.uid_mv(&set, "processed").await.expect("MOVE");
            }
        }
        for sender in &mut senders {
            sender.close().await;
        }
        let _ = session.logout().await;
    }

    fn reply_to(&self, raw: &[u8], serial: usize) -> Option<Outgoing> {
        let headers = mail_parser::MessageParser::new().parse_headers(raw)?;
        let to = headers.from()?.first()?.address()?.to_lowercase();
        let parent = headers.message_id()?.to_string();
        let subject = headers.subject().unwrap_or("").to_string();
        let domain = self.desk.split_once('@').map_or("storm.example", |(_, d)| d);
        let text = format!(
            "From: Service d'assistance <{desk}>\r\nTo: <{to}>\r\nSubject: Re: {subject}\r\n\
             Message-ID: <bare-{serial}@{domain}>\r\nIn-Reply-To: <{parent}>\r\nReferences: <{parent}>\r\n\
             Date: {date}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
             Bonjour,\r\n\r\nNous avons bien reçu votre message « {subject} ».\r\n\
             Il a été enregistré et sera traité dans les meilleurs délais.\r\n\r\n\
             Service d'assistance\r\n",
            desk = self.desk,
            date = chrono::Utc::now().to_rfc2822(),
        );
        Some(Outgoing { from: self.desk.clone(), to: vec![to], raw: text.into_bytes() })
    }
}
