//! Retention while the daemon works, on the real mail stack: `guichet purge`, run over and
//! over with ages judged years ahead (so every delivered mail's copy and record is old enough
//! to go), while the daemon takes a storm of incident mails and delivers the answers. Nothing
//! is lost and nothing doubled: one ticket and one acknowledgement per mail, on SQLite and on
//! PostgreSQL.

mod db;
mod harness;
mod support;

use std::time::Duration;

use harness::{Desk, Options};

async fn purge_while_working(postgres: bool) {
    const MAILS: usize = 120;
    let mut desk = Desk::with("purge", Options { postgres, ..Options::default() }).await;
    let tag = desk.tag();
    let mails = desk.send_storm(MAILS).await;
    desk.start();

    let mut purges = 0;
    let mut removed_records = 0;
    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(120));
    loop {
        let out = desk.cli(&["purge", "--now", "2031-01-01T00:00:00+01:00"]);
        assert!(out.status.success(), "purge: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout);
        removed_records += text
            .lines()
            .filter(|l| l.contains("outgoing mail records"))
            .filter_map(|l| l.split_whitespace().nth(2)?.parse::<u64>().ok())
            .sum::<u64>();
        purges += 1;
        // Done when the inbox is empty (journal copies whose record the purge removed are
        // filed with the processed mails, as guichet's own mail, never answered), every
        // mail has its ticket, and nothing waits in the outbox.
        let counts = desk.stack.folder_counts(&desk.address).await;
        let store = desk.store().await;
        let tickets = store.list_tickets(None, false, 100_000).await.unwrap().len();
        store.close().await;
        if counts.get("INBOX").copied().unwrap_or(0) == 0 && tickets == MAILS && desk.outbox_unfinished().await == 0 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "storm not over after 120 s\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    // Every purge but the last found the storm unfinished: at least one ran while the daemon worked.
    assert!(purges >= 2, "the purge ran during the storm ({purges} times)");
    assert!(removed_records > 0, "the purges removed delivered mails' records while the daemon worked");

    let store = desk.store().await;
    let tickets = store.list_tickets(None, false, 100_000).await.unwrap();
    assert_eq!(tickets.len(), MAILS, "one ticket per mail\n{}", desk.logs());
    // Each incident recorded once, as the mail that opened its ticket.
    let recorded = store.list_mails(None, 100_000).await.unwrap();
    let incidents: Vec<_> = recorded.iter().filter(|m| m.kind == "new_incident").collect();
    assert_eq!(incidents.len(), MAILS, "each incident recorded once");
    let mut opened: Vec<_> = incidents.iter().filter_map(|m| m.ticket.clone()).collect();
    opened.sort();
    opened.dedup();
    assert_eq!(opened.len(), MAILS, "each with a ticket of its own");
    store.close().await;
    let recipients = harness::recipients_of(&mails);
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..MAILS, &tag)).await;
    desk.terminate();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_purge_while_the_daemon_works_loses_nothing_sqlite() {
    purge_while_working(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_purge_while_the_daemon_works_loses_nothing_postgres() {
    purge_while_working(true).await;
}
