//! Dovecot restarted in the middle of a storm: the watcher loses its IMAP session, reconnects
//! with backoff, and goes on from its checkpoint: every mail is handled once (none handled
//! again after the reconnection), one ticket and one acknowledgement each.
//!
//! Alone in its test binary: the restart cuts every IMAP client of the stack, and the tests
//! of one binary run in parallel (cargo runs the binaries one after the other).
//!
//! Only the IMAP side is at fault here. OpenSMTPD hands mail to Dovecot over LMTP, and a
//! delivery cut by the restart may end in a bounce ("exited abnormally": the MTA's loss, not
//! guichet's): so every incoming mail is in the mailbox before the daemon starts, and the
//! daemon's own mails wait in its outbox (its SMTP goes through a proxy, down meanwhile)
//! until Dovecot is back.

mod db;
mod harness;
mod support;

use std::time::{Duration, Instant};

use harness::{Desk, Options, Proxy};
use support::MailStack;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn dovecot_restart_mid_storm_the_watcher_resumes_from_its_checkpoint() {
    const MAILS: usize = 1000;
    let stack = MailStack::require();
    let smtp = Proxy::start(&format!("{}:{}", stack.smtp_host, stack.smtp_port)).await;
    let options = Options {
        outbox: "journal_grace_secs = 5\nretry_max_secs = 2".into(),
        // Small batches: the restart lands among many short exchanges.
        imap: "fetch_batch = 10".into(),
        smtp_port: Some(smtp.port),
        ..Options::default()
    };
    let mut desk = Desk::with("dovecot", options).await;
    let tag = desk.tag();
    let mails = desk.send_storm(MAILS).await;
    desk.wait_for("the storm in the mailbox", Duration::from_secs(60), || async {
        desk.stack.folder_counts(&desk.address).await.get("INBOX").copied().unwrap_or(0) == MAILS as u32
    })
    .await;
    smtp.down();
    desk.start();
    desk.wait_for_log(0, "mailbox connected", Duration::from_secs(30)).await;
    // Intake moves a thousand mails in about a second: the daemon is frozen (SIGSTOP) as soon
    // as it has handled its first mails, so the restart lands while most of the storm is still
    // to do, whatever the speed of the machine; thawed, it finds its IMAP session gone.
    desk.wait_for_log(0, "mail handled", Duration::from_secs(60)).await;
    desk.freeze(0);
    let at_restart = desk.log_of(0).matches("mail handled").count();
    assert!(at_restart < MAILS, "the storm was over before the daemon was frozen\n{}", desk.logs());
    let restarted_at = Instant::now();
    harness::restart_dovecot(Duration::from_secs(1));
    desk.thaw(0);
    desk.wait_for("the watcher to reconnect", Duration::from_secs(60), || async {
        desk.log_of(0).matches("mailbox connected").count() >= 2
    })
    .await;
    let reconnected = restarted_at.elapsed();
    smtp.up();
    desk.wait_for("every mail handled", Duration::from_secs(90), || async {
        harness::flush_mta_queue();
        let counts = desk.stack.folder_counts(&desk.address).await;
        counts.get("INBOX").copied().unwrap_or(0) == 0 && counts.get("processed").copied().unwrap_or(0) == MAILS as u32
    })
    .await;
    desk.wait_for("outbox delivered", Duration::from_secs(90), || async {
        harness::flush_mta_queue();
        desk.outbox_unfinished().await == 0
    })
    .await;

    let log = desk.log_of(0);
    assert!(log.contains("mailbox session ended"), "the watcher saw its session end\n{log}");
    // Work was left when the session was cut: mails to read, or mails handled and not yet
    // moved (at or below the checkpoint, moved without being read again).
    let (_, after) = log.split_once("mailbox session ended").unwrap();
    assert!(
        after.contains("mail handled") || after.contains("moving mails handled before a restart"),
        "no work was left when the session was cut\n{log}"
    );
    // Resumed from the checkpoint: each mail read and handled once, none again.
    let handled = log.lines().filter(|l| l.contains("mail handled")).count();
    let again = log.lines().filter(|l| l.contains("mail handled") && l.contains("duplicate=true")).count();
    assert_eq!((handled, again), (MAILS, 0), "mails handled again after the reconnection\n{log}");

    let store = desk.store().await;
    let numbers = harness::ticket_numbers(&store).await;
    store.close().await;
    assert_eq!(numbers.len(), MAILS, "one ticket per mail\n{}", desk.logs());
    harness::assert_gapless(&numbers);
    let recipients = harness::recipients_of(&mails);
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..MAILS, &tag)).await;
    eprintln!("restart at {at_restart} tickets; watcher back {reconnected:?} after the restart began");
}
