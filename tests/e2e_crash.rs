//! Nothing lost, nothing doubled: the daemon is killed with SIGKILL twice, once while a batch
//! of incident mails is being read and once while their acknowledgements are leaving; after the last restart every mail has
//! exactly one ticket and every correspondant exactly one acknowledgement per mail.

mod db;
mod harness;
mod support;

use std::collections::HashSet;
use std::time::Duration;

use harness::{Desk, Options, Proxy};
use support::MailStack;

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
    let tag = desk.tag();
    let mails = harness::storm(0..MAILS, &tag);
    // The mails arrive in three waves, one before each start: a daemon can then never have
    // handled them all before its kill, however fast intake is on the day.
    desk.send(&mails[..30]).await;

    desk.start();
    desk.wait_for("first tickets", Duration::from_secs(60), || async { ticket_count(&desk).await >= 10 }).await;
    desk.kill9();
    let after_first_kill = ticket_count(&desk).await;
    desk.send(&mails[30..75]).await;

    desk.start();
    desk.wait_for("more tickets", Duration::from_secs(60), || async {
        ticket_count(&desk).await > after_first_kill + 20
    })
    .await;
    desk.kill9();
    desk.send(&mails[75..]).await;

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
    let recipients = harness::recipients_of(&mails);
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..MAILS, &tag)).await;
}

/// With the journal on, a round's acknowledgements are marked `sending` a chunk at a time: a
/// crash early in a round of 150 leaves only a chunk (and the mails in flight) waiting for a
/// journal copy that will never come; the rest go as soon as the daemon is back. Once the
/// grace ends, the last ones go too, and nothing is sent twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_early_in_a_round_holds_back_only_a_chunk() {
    const MAILS: usize = 150;
    // The most a crash may leave unconfirmed: a chunk taken ahead (20), the next one, and the
    // mails in flight; without chunks, all but the dozen sent before the crash.
    const UNCONFIRMED_AT_MOST: i64 = 45;
    let smtp = Proxy::start(&format!("{}:{}", MailStack::require().smtp_host, MailStack::require().smtp_port)).await;
    let options = Options {
        outbox: "journal_grace_secs = 3600\nretry_max_secs = 1\nmax_attempts = 1000".into(),
        smtp_port: Some(smtp.port),
        ..Options::default()
    };
    let mut desk = Desk::with("chunk", options).await;
    let tag = desk.tag();
    let mails = desk.send_storm(MAILS).await;

    // Every acknowledgement queued while the MTA is out of reach, then one round takes them.
    smtp.down();
    desk.start();
    desk.wait_for("every mail handled", Duration::from_secs(60), || async {
        desk.log_of(0).matches("mail handled").count() == MAILS
    })
    .await;
    smtp.up();
    desk.wait_for_log(0, "mail sent", Duration::from_secs(30)).await;
    desk.freeze(0);
    let sent = desk.log_of(0).matches("mail sent").count();
    assert!(sent + UNCONFIRMED_AT_MOST as usize <= MAILS, "the round was nearly over at the crash ({sent} sent)");
    desk.kill9();

    desk.start();
    let recipients = harness::recipients_of(&mails);
    let parents = harness::storm_ids(0..MAILS, &tag);
    // Settled: every journal copy read, nothing in flight, and each acknowledgement either in
    // its correspondant's mailbox, unconfirmed, or waiting behind an unconfirmed one to the
    // same correspondant (their order is kept).
    desk.wait_for("the restarted daemon to send all it can", Duration::from_secs(90), || async {
        harness::flush_mta_queue();
        let store = desk.store().await;
        let unconfirmed = store.list_outbox(Some(guichet::store::OutboxStatus::Unconfirmed), 1000).await.unwrap();
        let pending = store.list_outbox(Some(guichet::store::OutboxStatus::Pending), 1000).await.unwrap();
        let sending = store.list_outbox(Some(guichet::store::OutboxStatus::Sending), 1000).await.unwrap();
        store.close().await;
        let held: HashSet<&str> = unconfirmed.iter().map(|e| e.recipient.as_str()).collect();
        let blocked = pending.iter().all(|e| held.contains(e.recipient.as_str()));
        let inbox = desk.stack.folder_counts(&desk.address).await.get("INBOX").copied().unwrap_or(0);
        let delivered = desk.acks_by_parent(&recipients, &parents).await.len();
        sending.is_empty() && blocked && inbox == 0 && delivered + unconfirmed.len() + pending.len() == MAILS
    })
    .await;
    let unconfirmed = desk.outbox_count("unconfirmed").await;
    assert!(
        unconfirmed <= UNCONFIRMED_AT_MOST,
        "{unconfirmed} acknowledgements wait for the journal grace after the crash\n{}",
        desk.logs()
    );

    // The grace over (shortened here), the held-back ones go, once each.
    desk.kill9();
    desk.edit_config(|text| text.replace("journal_grace_secs = 3600", "journal_grace_secs = 1"));
    desk.start();
    desk.assert_one_ack_each(&recipients, &parents).await;
}
