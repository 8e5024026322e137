//! Outgoing headers cannot be injected from mail content: incidents whose subject and
//! sender's display name decode to CR/LF followed by `Bcc:` and other header lines travel
//! the real path (SMTP in, IMAP, intake, outbox, SMTP out), and the acknowledgements that
//! land in the sender's mailbox carry no injected header, while the would-be `Bcc:`
//! recipients receive nothing.

mod db;
mod harness;
mod ops;
mod support;

use std::time::Duration;

use harness::Desk;
use ops::{incident, unique_id, wait_for_answers, CORRESPONDANT};

/// RFC 2047 B encoding of UTF-8 text.
fn b_word(text: &str) -> String {
    const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            out.push(if i <= chunk.len() { B64[((n >> (18 - 6 * i)) & 63) as usize] as char } else { '=' });
        }
    }
    format!("=?utf-8?b?{out}?=")
}

/// The header block of a raw mail, unfolded, one header per entry.
fn headers(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().unwrap_or("");
    let mut out: Vec<String> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.push_str(line);
                continue;
            }
        }
        out.push(line.to_string());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crlf_in_subjects_and_display_names_injects_no_header() {
    let mut desk = Desk::new("inject", "").await;
    let victims: Vec<String> = (0..4).map(|i| support::unique_user(&format!("victim{i}"))).collect();
    let cases = [
        // Quoted-printable encoded words: CR LF inside the subject and the display name.
        (
            format!("Panne =?utf-8?q?vid=C3=A9oprojecteur=0D=0ABcc:_{}=0D=0AX-Injected:_subject?=", victims[0]),
            format!("=?utf-8?q?Sandrine_Morel=0D=0ABcc:_{}=0D=0AX-Injected:_name?= <{CORRESPONDANT}>", victims[1]),
        ),
        // Base64 encoded words, bare LF and a blank line (an attempt at a body of its own).
        (
            b_word(&format!("Panne salle 12\nBcc: {}\n\nX-Injected: b64", victims[2])),
            format!("\"{}\" <{CORRESPONDANT}>", b_word(&format!("Sandrine\r\nBcc: {}", victims[3]))),
        ),
        // A folded subject line: continuation lines are part of the subject, not headers.
        (
            format!("Panne du TNI\r\n Bcc: {}\r\n X-Injected: folded", victims[0]),
            format!("Sandrine Morel <{CORRESPONDANT}>"),
        ),
    ];
    let mut ids = Vec::new();
    let mut mails = Vec::new();
    for (subject, from) in &cases {
        let id = unique_id("inject");
        mails.push((CORRESPONDANT.to_string(), incident(&id, subject, from)));
        ids.push(id);
    }
    desk.send(&mails).await;
    desk.start();

    let answers = wait_for_answers(&desk, &ids, Duration::from_secs(60)).await;
    assert_eq!(answers.len(), cases.len(), "one acknowledgement per incident\n{}", desk.logs());
    for (raw, parent) in &answers {
        let headers = headers(raw);
        let text = String::from_utf8_lossy(raw);
        for h in &headers {
            let name = h.split(':').next().unwrap_or("").trim().to_ascii_lowercase();
            assert!(
                name != "bcc" && name != "x-injected" && name != "cc",
                "injected header {h:?} in the answer to {parent}:\n{text}"
            );
        }
        let subjects = headers.iter().filter(|h| h.to_ascii_lowercase().starts_with("subject:")).count();
        assert_eq!(subjects, 1, "one Subject in the answer to {parent}:\n{text}");
        let parsed = mail_parser::MessageParser::default().parse(raw.as_slice()).unwrap();
        let subject = parsed.subject().unwrap_or_default();
        assert!(subject.contains("[CESAME #") && !subject.contains(['\r', '\n']), "{subject:?}");
        let to: Vec<_> = parsed.to().into_iter().flat_map(|a| a.iter()).filter_map(|a| a.address()).collect();
        assert_eq!(to, vec![CORRESPONDANT], "the answer goes to the sender only:\n{text}");
        assert!(parsed.cc().is_none() && parsed.bcc().is_none(), "{text}");
    }

    desk.wait_for("outbox delivered", Duration::from_secs(30), || async { desk.outbox_unfinished().await == 0 }).await;
    // Anything addressed to a victim would have left in the same SMTP transaction as the
    // answer; leave the MTA a moment for a separate one all the same.
    tokio::time::sleep(Duration::from_secs(2)).await;
    for victim in &victims {
        let got = desk.stack.fetch_all(victim, "INBOX").await;
        assert!(got.is_empty(), "{victim} received {} mail(s):\n{}", got.len(), String::from_utf8_lossy(&got[0].raw));
    }
    let status = desk.terminate();
    assert!(status.success(), "{status:?}\n{}", desk.logs());
}
