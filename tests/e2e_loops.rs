//! Loops stop: a robot that answers every mail without any automatic marking is bounded by
//! the per-address daily cap on answers; an out-of-office that only says so in its subject
//! is never answered; two guichet instances writing to each other stop at once.

mod db;
mod harness;
mod support;

use std::time::Duration;

use harness::Desk;
use mail_parser::MessageParser;

const ROBOT: &str = "laure.fabre@ac-creteil.example";

/// Mails from `desk` in `user`'s inbox (with their Message-IDs).
async fn from_desk(desk: &Desk, user: &str) -> Vec<mail_parser::Message<'static>> {
    in_folder(desk, user, "INBOX").await
}

/// Mails from `desk` in one of `user`'s folders.
async fn in_folder(desk: &Desk, user: &str, folder: &str) -> Vec<mail_parser::Message<'static>> {
    desk.stack
        .fetch_all(user, folder)
        .await
        .into_iter()
        .filter_map(|f| MessageParser::default().parse(&f.raw).map(|m| m.into_owned()))
        .filter(|m| m.from().and_then(|a| a.first()).and_then(|a| a.address()) == Some(desk.address.as_str()))
        .collect()
}

/// Plays a robot for `secs`: answers each new mail from the desk with `body` (no
/// Auto-Submitted, no precedence, a plain "RE:"), returns how many mails it received.
async fn robot(desk: &Desk, subject_prefix: &str, body: &str, secs: u64) -> usize {
    let mut answered = std::collections::HashSet::new();
    let until = std::time::Instant::now() + Duration::from_secs(secs);
    let mut n = 0;
    while std::time::Instant::now() < until {
        for m in from_desk(desk, ROBOT).await {
            let id = m.message_id().unwrap_or_default().to_string();
            if answered.insert(id.clone()) {
                n += 1;
                let raw = format!(
                    "From: {ROBOT}\r\nTo: {}\r\nSubject: {subject_prefix}{}\r\nMessage-ID: <robot-{n}-{}>\r\nIn-Reply-To: <{id}>\r\n\
                     Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
                    desk.address,
                    m.subject().unwrap_or_default(),
                    desk.address
                );
                desk.send(&[(ROBOT.to_string(), raw.into_bytes())]).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    n
}

fn incident(desk: &Desk, id: &str) -> Vec<u8> {
    format!(
        "From: {ROBOT}\r\nTo: {}\r\nSubject: Poste de la salle 4 en panne\r\nMessage-ID: <{id}@ac-creteil.example>\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nLe poste ne démarre plus.\r\nUAI 0942716S\r\n",
        desk.address
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_robot_answering_everything_is_bounded_by_the_daily_cap() {
    let mut desk = Desk::new("loop", "").await;
    desk.edit_config(|t| t.replace("auto_answers_per_day = 3", "auto_answers_per_day = 3\nanswers_per_day = 5"));
    desk.start();
    desk.send(&[(ROBOT.to_string(), incident(&desk, &format!("{}-robot", desk.address)))]).await;
    let received = robot(&desk, "RE: ", "Bien reçu, merci.", 15).await;
    assert_eq!(received, 5, "the acknowledgement, then answers up to the cap of 5, then silence\n{}", desk.logs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_out_of_office_without_headers_is_never_answered() {
    let mut desk = Desk::new("ooo", "").await;
    desk.start();
    desk.send(&[(ROBOT.to_string(), incident(&desk, &format!("{}-ooo", desk.address)))]).await;
    let body = "Bonjour,\r\nJe suis absente du bureau jusqu'au 30 novembre inclus, avec un accès limité à ma messagerie.\r\nEn cas d'urgence, contactez le secrétariat.";
    let received = robot(&desk, "Absence du bureau : ", body, 10).await;
    assert_eq!(received, 1, "only the acknowledgement\n{}", desk.logs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_guichet_instances_stop_at_once() {
    let mut a = Desk::new("loopa", "").await;
    let mut b = Desk::new("loopb", "").await;
    a.start();
    b.start();
    // B's address writes to A (not a listed correspondant): A refuses, B must not answer that.
    let raw = format!(
        "From: {b}\r\nTo: {a}\r\nSubject: Panne\r\nMessage-ID: <start-{b}>\r\nContent-Type: text/plain\r\n\r\nLe réseau est coupé.\r\n",
        a = a.address,
        b = b.address
    );
    a.send(&[(b.address.clone(), raw.into_bytes())]).await;
    let quiet = std::time::Instant::now() + Duration::from_secs(10);
    while std::time::Instant::now() < quiet {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    // B, being a desk, files what it handled in `processed`.
    let to_b = in_folder(&a, &b.address, "processed").await.len();
    let to_a = from_desk(&b, &a.address).await.len();
    let a_store = a.store().await;
    let a_mails = a_store.list_mails(None, 10).await.unwrap();
    assert_eq!((to_b, to_a), (1, 0), "A's refusal reached B, and B did not answer it: {a_mails:?}");
    let store = b.store().await;
    let handled = store.list_mails(None, 10).await.unwrap();
    assert!(handled.iter().any(|m| m.reason.contains("loop")), "B recorded it: {:?}", handled);
}
