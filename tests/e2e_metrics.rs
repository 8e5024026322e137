//! Operations endpoint: the daemon serves `/healthz` and `/metrics` on `[metrics] listen`,
//! and the counters move as mails are handled and answers sent.

mod db;
mod harness;
mod ops;
mod support;

use std::time::Duration;

use harness::{corpus_mail, Desk};
use ops::{get, incident, samples, unique_id, wait_for_answers, CORRESPONDANT};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_move_as_mails_are_handled_and_healthz_says_ok() {
    let mut desk = Desk::new("metrics", "").await;
    let port = ops::free_port();
    desk.edit_config(|text| {
        text.replace("[metrics]\nenabled = false\n", &format!("[metrics]\nlisten = \"127.0.0.1:{port}\"\n"))
    });
    desk.start();

    // 503 until the mailbox is reached, then ok.
    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(30));
    let health = loop {
        if let Some(answer) = get(port, "/healthz").await.filter(|(status, _)| *status == 200) {
            break answer;
        }
        assert!(std::time::Instant::now() < deadline, "no /healthz on port {port}\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(health, (200, "ok\n".to_string()));
    let (status, before) = get(port, "/metrics").await.unwrap();
    assert_eq!(status, 200);
    let before = samples(&before);
    assert_eq!(before.get("guichet_tickets_opened_total"), Some(&0.0), "{before:?}");
    assert_eq!(before.get("guichet_database_up"), Some(&1.0));

    // An incident (ticket, acknowledgement), an auto-reply (never answered), a spam (quarantine).
    let id = unique_id("metrics");
    let corpus = db::corpus().join("public");
    desk.send(&[
        (CORRESPONDANT.to_string(), incident(&id, "Panne du vidéoprojecteur salle 12", CORRESPONDANT)),
        (CORRESPONDANT.to_string(), corpus_mail(&corpus.join("mail-076.eml"))),
        ("ar@invoices-dept.example".to_string(), corpus_mail(&corpus.join("mail-032.eml"))),
    ])
    .await;
    wait_for_answers(&desk, std::slice::from_ref(&id), Duration::from_secs(60)).await;
    desk.wait_for("every mail handled and the outbox empty", Duration::from_secs(30), || async {
        let counts = desk.stack.folder_counts(&desk.address).await;
        let handled = counts.get("processed").copied().unwrap_or(0) + counts.get("quarantine").copied().unwrap_or(0);
        handled == 3 && desk.outbox_unfinished().await == 0
    })
    .await;

    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(10));
    let after = loop {
        let (status, text) = get(port, "/metrics").await.expect("/metrics answers");
        assert_eq!(status, 200);
        let after = samples(&text);
        if after.get("guichet_acknowledgements_sent_total") == Some(&1.0) || std::time::Instant::now() > deadline {
            break after;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let expect = [
        ("guichet_mails_received_total{kind=\"new_incident\"}", 1.0),
        ("guichet_mails_received_total{kind=\"auto_reply\"}", 1.0),
        ("guichet_mails_received_total{kind=\"spam\"}", 1.0),
        ("guichet_tickets_opened_total", 1.0),
        ("guichet_acknowledgements_sent_total", 1.0),
        ("guichet_mails_sent_total{purpose=\"ack\"}", 1.0),
        ("guichet_mails_quarantined_total", 1.0),
        ("guichet_loop_suppressions_total", 1.0),
        ("guichet_mailbox_connected", 1.0),
        ("guichet_lease_held", 1.0),
        ("guichet_outbox_depth", 0.0),
        ("guichet_outbox_oldest_age_seconds", 0.0),
        ("guichet_database_up", 1.0),
    ];
    for (name, value) in expect {
        assert_eq!(after.get(name), Some(&value), "{name}: {after:#?}\n{}", desk.logs());
    }
    assert!(after.get("guichet_outbox_entries{status=\"sent\"}").is_some_and(|n| *n >= 1.0), "{after:#?}");
    assert_eq!(get(port, "/nothing").await.map(|a| a.0), Some(404));

    let status = desk.terminate();
    assert!(status.success(), "{status:?}\n{}", desk.logs());
}
