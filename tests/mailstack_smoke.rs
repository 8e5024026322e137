//! The test mail stack itself works the way the other integration tests rely on: SMTP in,
//! IMAP out (with IDLE), APPEND into custom folders, and more than 100 mails in a row.

mod support;

use std::time::{Duration, Instant};

use support::{decode_folder, encode_folder, unique_user, wait_until, MailStack};

fn mail(from: &str, to: &str, subject: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{}@smoke.example>\r\n\
         Date: Mon, 23 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
        unique_user("msgid").replace('@', ".")
    )
    .into_bytes()
}

#[tokio::test]
async fn a_mail_sent_over_smtp_lands_in_the_inbox() {
    let stack = MailStack::require();
    let desk = unique_user("smoke");
    let from = "sandrine.morel@ac-paris.example";
    let raw = mail(from, &desk, "Panne imprimante", "Bonjour,\r\nL'imprimante de la salle 12 ne répond plus.");

    let sent = Instant::now();
    stack.send_raw(from, &desk, &raw).await;
    wait_until("the mail in INBOX", Duration::from_secs(10), Duration::from_millis(20), || async {
        !stack.fetch_all(&desk, "INBOX").await.is_empty()
    })
    .await;
    eprintln!("SMTP accepted to IMAP visible: {:?}", sent.elapsed());

    let inbox = stack.fetch_all(&desk, "INBOX").await;
    assert_eq!(inbox.len(), 1);
    let parsed = mail_parser::MessageParser::default().parse(&inbox[0].raw).expect("parse the delivered mail");
    assert_eq!(parsed.subject(), Some("Panne imprimante"));
    assert_eq!(parsed.from().and_then(|a| a.first()).and_then(|a| a.address()), Some(from));
    let body = parsed.body_text(0).expect("text body");
    assert!(body.contains("salle 12 ne répond plus"), "body: {body}");
    // The delivery path adds its trace headers on top of the mail sent, byte for byte.
    assert!(parsed.header("Received").is_some());
    assert!(inbox[0].raw.ends_with(&raw), "the mail sent is delivered unchanged");

    let counts = stack.folder_counts(&desk).await;
    assert_eq!(counts.get("INBOX"), Some(&1), "{counts:?}");
    assert!(stack.fetch_all(&desk, "no-such-folder").await.is_empty());
}

#[tokio::test]
async fn append_then_fetch_in_custom_folders() {
    let stack = MailStack::require();
    let desk = unique_user("append");
    let first = mail("a@etab.example", &desk, "premier", "un");
    let second = mail("b@etab.example", &desk, "second", "deux");
    stack.append(&desk, "processed", &first).await;
    stack.append(&desk, "processed", &second).await;
    stack.append(&desk, "Traités/2024.1", &first).await;

    let processed = stack.fetch_all(&desk, "processed").await;
    assert_eq!(processed.len(), 2);
    assert!(processed[0].uid < processed[1].uid);
    // APPEND stores the bytes as given: nothing is added, unlike SMTP delivery.
    assert_eq!(processed[0].raw, first);
    assert_eq!(processed[1].raw, second);
    assert_eq!(stack.fetch_all(&desk, "Traités/2024.1").await.len(), 1);

    let counts = stack.folder_counts(&desk).await;
    assert_eq!(counts.get("processed"), Some(&2), "{counts:?}");
    assert_eq!(counts.get("Traités/2024.1"), Some(&1), "{counts:?}");
    assert_eq!(counts.get("INBOX"), Some(&0), "{counts:?}");
    assert!(!counts.contains_key("Traités"), "\\Noselect parents are not counted: {counts:?}");
}

#[tokio::test]
async fn idle_reports_a_delivery() {
    let stack = MailStack::require();
    let desk = unique_user("idle");
    let mut imap = stack.login(&desk).await;
    imap.select("INBOX").await.expect("SELECT INBOX");
    let mut idle = imap.idle();
    idle.init().await.expect("IDLE");
    let (wait, _stop) = idle.wait_with_timeout(Duration::from_secs(10));

    let sender = {
        let stack = stack.clone();
        let desk = desk.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            stack.send_raw("x@etab.example", &desk, &mail("x@etab.example", &desk, "idle", "hello")).await;
        })
    };
    let response = wait.await.expect("IDLE wait");
    assert!(
        matches!(response, async_imap::extensions::idle::IdleResponse::NewData(_)),
        "expected new data during IDLE, got {response:?}"
    );
    sender.await.expect("sender task");
    let mut imap = idle.done().await.expect("DONE");
    imap.logout().await.expect("LOGOUT");
}

#[tokio::test]
async fn more_than_100_mails_in_a_row() {
    let stack = MailStack::require();
    let desk = unique_user("many");
    let mails: Vec<(String, Vec<u8>)> = (0..130)
        .map(|i| ("bulk@etab.example".to_string(), mail("bulk@etab.example", &desk, &format!("n{i}"), "x")))
        .collect();
    stack.send_many(&desk, &mails).await;
    wait_until("130 mails in INBOX", Duration::from_secs(30), Duration::from_millis(100), || async {
        stack.folder_counts(&desk).await.get("INBOX") == Some(&130)
    })
    .await;
}

#[tokio::test]
async fn a_14_mb_mail_is_delivered_whole() {
    let stack = MailStack::require();
    let desk = unique_user("large");
    let mut raw = mail("big@etab.example", &desk, "pièce jointe", "voir la pièce jointe");
    let line = format!("{}\r\n", "A".repeat(998));
    while raw.len() < 14 * 1024 * 1024 {
        raw.extend_from_slice(line.as_bytes());
    }
    stack.send_raw("big@etab.example", &desk, &raw).await;
    wait_until("the large mail in INBOX", Duration::from_secs(30), Duration::from_millis(100), || async {
        stack.folder_counts(&desk).await.get("INBOX") == Some(&1)
    })
    .await;
    let inbox = stack.fetch_all(&desk, "INBOX").await;
    assert!(inbox[0].raw.ends_with(&raw[raw.len() - 4096..]), "the end of the mail arrived intact");
    assert!(inbox[0].raw.len() > raw.len());
}

#[tokio::test]
async fn lf_line_ends_and_leading_dots_arrive_intact() {
    let stack = MailStack::require();
    let desk = unique_user("dots");
    let raw = b"From: a@etab.example\nSubject: dots\nMessage-ID: <dots@etab.example>\nDate: Mon, 23 Nov 2026 10:00:00 +0100\n\n.hidden\n.\nend\n";
    stack.send_raw("a@etab.example", &desk, raw).await;
    wait_until("the mail in INBOX", Duration::from_secs(10), Duration::from_millis(20), || async {
        !stack.fetch_all(&desk, "INBOX").await.is_empty()
    })
    .await;
    let got = &stack.fetch_all(&desk, "INBOX").await[0].raw;
    let crlf = String::from_utf8_lossy(raw).replace('\n', "\r\n");
    assert!(got.ends_with(crlf.as_bytes()), "{}", String::from_utf8_lossy(got));
}

#[test]
fn folder_names_in_modified_utf7() {
    for (utf8, wire) in [
        ("INBOX", "INBOX"),
        ("Traités", "Trait&AOk-s"),
        ("A&B", "A&-B"),
        ("日本語", "&ZeVnLIqe-"),
        ("Résolus/été 2024", "R&AOk-solus/&AOk-t&AOk- 2024"),
    ] {
        assert_eq!(encode_folder(utf8), wire, "encode {utf8}");
        assert_eq!(decode_folder(wire), utf8, "decode {wire}");
    }
}
