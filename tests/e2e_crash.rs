//! Nothing lost, nothing doubled: the daemon is killed with SIGKILL twice, once while a batch
//! of incident mails is being read and once while their acknowledgements are leaving; after the last restart every mail has
//! exactly one ticket and every correspondant exactly one acknowledgement per mail.

mod db;
mod harness;
mod support;

use std::time::Duration;

use harness::{Desk, Options};

async fn ticket_count(desk: &Desk) -> usize {
    let store = desk.store().await;
    let n = store.list_tickets(None, false, 100_000).await.unwrap().len();
    store.close().await;
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_batch_loses_nothing_and_doubles_nothing() {
    const MAILS: usize = 120;
    // Batches of 10 mails, each committed at once: the kills land between and within them.
    let options = Options {
        outbox: "journal_grace_secs = 5\nlease_secs = 60".into(),
        imap: "fetch_batch = 10".into(),
        ..Options::default()
    };
    let mut desk = Desk::with("crash", options).await;
    let tag = desk.address.split('@').next().unwrap().to_string();
    let mails = harness::storm(0..MAILS, &tag);
    desk.send(&mails).await;

    desk.start();
    desk.wait_for("first tickets", Duration::from_secs(60), || async { ticket_count(&desk).await >= 10 }).await;
    desk.kill9();
    let after_first_kill = ticket_count(&desk).await;

    desk.start();
    desk.wait_for("more tickets", Duration::from_secs(60), || async {
        ticket_count(&desk).await > after_first_kill + 20
    })
    .await;
    desk.kill9();

    desk.start();
    desk.wait_for("every mail handled", Duration::from_secs(120), || async {
        let counts = desk.stack.folder_counts(&desk.address).await;
        counts.get("INBOX").copied().unwrap_or(0) == 0 && counts.get("processed").copied().unwrap_or(0) == MAILS as u32
    })
    .await;
    desk.wait_for("outbox delivered", Duration::from_secs(60), || async { desk.outbox_unfinished().await == 0 }).await;

    // One ticket per mail.
    assert_eq!(ticket_count(&desk).await, MAILS, "{}", desk.logs());
    let store = desk.store().await;
    let recorded = store.list_mails(None, 100_000).await.unwrap();
    let with_ticket = recorded.iter().filter(|m| m.ticket.is_some()).count();
    assert_eq!(with_ticket, MAILS, "each mail recorded once with its ticket");

    // One acknowledgement per mail in the correspondants' mailboxes, none twice (waiting for
    // the MTA to finish delivering what guichet handed it).
    let mut recipients: Vec<String> = mails.iter().map(|(from, _)| from.clone()).collect();
    recipients.sort();
    recipients.dedup();
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..MAILS, &tag)).await;
}
