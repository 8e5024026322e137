//! Faults survived, against the real servers: the MTA out of reach for a while (the outbox
//! keeps everything, retries with growing delays, delivers in order per recipient), the MTA
//! never coming back (`failed`, with the reason, after `max_attempts`), and the database out
//! of reach mid-storm (no mail leaves the inbox before its effects are committed; the daemon
//! waits, then resumes). The servers stay up for the other tests: the daemon reaches them
//! through a TCP proxy that the test cuts and restores.

mod db;
mod harness;
mod support;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use guichet::store::now_ms;
use harness::{Desk, Options, Proxy};
use support::MailStack;

async fn ticket_count(desk: &Desk) -> usize {
    let store = desk.store().await;
    let n = harness::ticket_numbers(&store).await.len();
    store.close().await;
    n
}

/// One outbox entry as the test watches it.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    at: i64,
    status: String,
    attempts: i64,
    next_attempt_at: i64,
    last_error: Option<String>,
}

async fn entry(desk: &Desk, id: i64) -> Seen {
    let store = desk.store().await;
    let found = store.list_outbox(None, 100_000).await.unwrap().into_iter().find(|e| e.id == id).unwrap();
    store.close().await;
    Seen {
        at: now_ms(),
        status: found.status.as_str().to_string(),
        attempts: found.attempts,
        next_attempt_at: found.next_attempt_at,
        last_error: found.last_error,
    }
}

/// The MTA unreachable for a while, mid-storm: nothing is lost or doubled, the first mail
/// held back is tried again after 1, 2, 4, 8 s, and every correspondant receives their
/// acknowledgements in the order they were queued.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn smtp_down_for_a_while_then_everything_leaves_in_order() {
    const FIRST: usize = 30;
    const ALL: usize = 60;
    let stack = MailStack::require();
    let proxy = Proxy::start_smtp(&format!("{}:{}", stack.smtp_host, stack.smtp_port)).await;
    let options = Options {
        outbox: "retry_max_secs = 8\nmax_attempts = 20\njournal_grace_secs = 5\nlease_secs = 10".into(),
        smtp_port: Some(proxy.port),
        smtp_timeout_secs: Some(5),
        ..Options::default()
    };
    let mut desk = Desk::with("smtpdown", options).await;
    let tag = desk.tag();
    // Six schools: each correspondant gets ten acknowledgements, whose order can be checked.
    let mails = harness::storm_from(0..ALL, &tag, 6);
    desk.send(&mails[..FIRST]).await;
    desk.start();
    desk.wait_for("the first acknowledgements sent", Duration::from_secs(60), || async {
        desk.outbox_count("sent").await >= 5
    })
    .await;

    // The MTA goes away (connections in progress are cut), and more mail comes in.
    proxy.down();
    desk.send(&mails[FIRST..]).await;
    desk.wait_for("every mail handled", Duration::from_secs(60), || async {
        desk.stack.folder_counts(&desk.address).await.get("processed").copied().unwrap_or(0) == ALL as u32
    })
    .await;

    // Follow the oldest mail held back until it has failed four times.
    let failed_once = || async {
        let store = desk.store().await;
        let held = store.list_outbox(Some(guichet::store::OutboxStatus::Pending), 100_000).await.unwrap();
        store.close().await;
        held.iter().filter(|e| e.attempts >= 1).map(|e| e.id).min()
    };
    desk.wait_for("a delivery to fail", Duration::from_secs(30), || async { failed_once().await.is_some() }).await;
    let id = failed_once().await.expect("a failed delivery stays failed while the MTA is away");
    let mut seen = vec![entry(&desk, id).await];
    let deadline = Instant::now() + support::patient(Duration::from_secs(60));
    while seen.last().unwrap().attempts < 4 {
        assert!(Instant::now() < deadline, "entry {id} not retried as expected: {seen:?}\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = entry(&desk, id).await;
        if now.attempts != seen.last().unwrap().attempts {
            seen.push(now);
        }
    }
    let sent_while_down = desk.outbox_count("sent").await;

    proxy.up();
    desk.wait_for("outbox delivered", Duration::from_secs(60), || async { desk.outbox_unfinished().await == 0 }).await;

    // Retries: one more attempt each time, never before it was due, each delay longer.
    let failures: Vec<&Seen> = seen.iter().filter(|s| s.status == "pending").collect();
    assert!(failures.len() >= 3, "{seen:?}");
    for pair in failures.windows(2) {
        assert_eq!(pair[1].attempts, pair[0].attempts + 1, "{seen:?}");
        assert!(pair[1].at + 100 >= pair[0].next_attempt_at, "tried before it was due: {seen:?}");
        let (before, after) = (pair[0].next_attempt_at - pair[0].at, pair[1].next_attempt_at - pair[1].at);
        assert!(after > before, "retry delays must grow: {before} ms then {after} ms ({seen:?})");
    }
    assert!(failures.iter().all(|s| s.last_error.is_some()), "{seen:?}");
    let last = entry(&desk, id).await;
    assert_eq!(last.status, "sent");
    assert!(last.attempts >= 5, "{last:?}");

    // Every mail acknowledged once.
    let recipients = harness::recipients_of(&mails);
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..ALL, &tag)).await;
    // Per correspondant, the MTA was handed the acknowledgements in the order the outbox
    // queued them, each once. (The order they land in the mailbox is the MTA's business:
    // OpenSMTPD delivers a few mails at once and may swap two that left guichet 10 ms apart.)
    let store = desk.store().await;
    let queued: HashMap<String, i64> =
        store.list_outbox(None, 100_000).await.unwrap().into_iter().map(|e| (e.message_id, e.id)).collect();
    store.close().await;
    let handed = proxy.handed();
    for to in &recipients {
        let ids: Vec<i64> = handed
            .iter()
            .filter(|h| &h.rcpt == to)
            .filter_map(|h| h.message_id.as_deref().filter(|id| id.starts_with("ack-")))
            .map(|id| queued[id])
            .collect();
        let mut in_order = ids.clone();
        in_order.sort_unstable();
        in_order.dedup();
        assert_eq!(ids, in_order, "{to}: acknowledgements handed to the MTA out of their queue order, or twice");
        assert!(ids.len() >= 8, "{to}: {ids:?}");
    }
    eprintln!("followed entry {id}: {seen:?}; {sent_while_down} sent before the MTA came back");
}

/// The MTA never comes back: after `max_attempts` each mail ends `failed` with the last
/// error, and `guichet outbox --status failed` shows it; the mails were handled all the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn smtp_never_back_mails_end_failed_with_the_reason() {
    const MAILS: usize = 5;
    let stack = MailStack::require();
    let proxy = Proxy::start(&format!("{}:{}", stack.smtp_host, stack.smtp_port)).await;
    proxy.down();
    let options = Options {
        outbox: "retry_max_secs = 2\nmax_attempts = 3".into(),
        smtp_port: Some(proxy.port),
        smtp_timeout_secs: Some(5),
        ..Options::default()
    };
    let mut desk = Desk::with("smtpgone", options).await;
    let tag = desk.tag();
    desk.send(&harness::storm(0..MAILS, &tag)).await;
    desk.start();
    desk.wait_for("every mail handled", Duration::from_secs(60), || async {
        desk.stack.folder_counts(&desk.address).await.get("processed").copied().unwrap_or(0) == MAILS as u32
    })
    .await;
    desk.wait_for("every delivery given up", Duration::from_secs(60), || async {
        desk.outbox_unfinished().await == 0 && desk.outbox_count("failed").await >= MAILS as i64
    })
    .await;
    assert_eq!(ticket_count(&desk).await, MAILS);
    assert_eq!(desk.outbox_count("sent").await, 0);

    let out = desk.cli(&["outbox", "--status", "failed"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let acks: Vec<&str> = text.lines().filter(|l| l.contains(" ack ")).collect();
    assert_eq!(acks.len(), MAILS, "one failed acknowledgement per mail:\n{text}");
    for line in acks {
        assert!(line.contains("failed"), "{line}");
        assert!(line.contains("attempts=3"), "gave up after max_attempts: {line}");
        assert!(line.contains("last error:") && line.contains("refused"), "the reason is shown: {line}");
    }
    assert!(desk.logs().contains("mail failed: too many attempts"));
}

/// Message-IDs (without brackets) of the mails recorded with their effects committed.
async fn committed(desk: &Desk) -> HashSet<String> {
    let store = desk.store().await;
    let rows: Vec<Option<String>> = sqlx::query_scalar("SELECT message_id FROM mails WHERE outcome = 'processed'")
        .fetch_all(store.pool())
        .await
        .unwrap();
    store.close().await;
    rows.into_iter().flatten().map(|id| id.trim_matches(['<', '>']).to_string()).collect()
}

/// Mails in `processed` whose effects are not committed: must always be none. The folder is
/// read before the database, which only grows.
async fn moved_without_commit(desk: &Desk) -> Vec<String> {
    let moved: Vec<String> = desk
        .stack
        .fetch_all(&desk.address, "processed")
        .await
        .iter()
        .filter_map(|f| {
            mail_parser::MessageParser::default().parse(&f.raw).and_then(|m| m.message_id().map(str::to_string))
        })
        .collect();
    let committed = committed(desk).await;
    moved.into_iter().filter(|id| !committed.contains(id)).collect()
}

/// The database out of reach mid-storm (connections cut, new ones refused): the daemon
/// stops watching, moves nothing whose effects are not committed, keeps running, and once
/// the database is back handles the rest; every mail gets one ticket and one acknowledgement.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn database_down_for_a_while_nothing_moves_before_its_commit() {
    const FIRST: usize = 100;
    const ALL: usize = 140;
    let proxy = Proxy::start(&harness::pg_address()).await;
    let options = Options {
        postgres: true,
        database_port: Some(proxy.port),
        outbox: "journal_grace_secs = 5\nlease_secs = 10".into(),
        smtp_timeout_secs: Some(5),
        ..Options::default()
    };
    let mut desk = Desk::with("dbdown", options).await;
    let tag = desk.tag();
    let mails = harness::storm(0..ALL, &tag);
    desk.send(&mails[..FIRST]).await;
    desk.start();
    desk.wait_for("the first tickets", Duration::from_secs(60), || async { ticket_count(&desk).await >= 20 }).await;

    proxy.down();
    let down_at = Instant::now();
    desk.send(&mails[FIRST..]).await;
    desk.wait_for_log(0, "mailbox lock lost", Duration::from_secs(20)).await;
    let noticed = down_at.elapsed();
    // A while without the database: the daemon keeps running, no more mail is handled.
    let handled = |counts: HashMap<String, u32>| counts.get("processed").copied().unwrap_or(0);
    let handled_then = handled(desk.stack.folder_counts(&desk.address).await);
    assert!(handled_then < ALL as u32, "mails left to handle when the database went away");
    while down_at.elapsed() < Duration::from_secs(6) {
        let wrong = moved_without_commit(&desk).await;
        assert!(wrong.is_empty(), "moved to processed without their effects committed: {wrong:?}\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let handled_now = handled(desk.stack.folder_counts(&desk.address).await);
    assert_eq!(handled_now, handled_then, "nothing handled without the database\n{}", desk.logs());
    assert!(desk.running(0), "the daemon waits for the database\n{}", desk.logs());

    proxy.up();
    let up_at = Instant::now();
    desk.wait_for("every mail handled", Duration::from_secs(90), || async {
        let counts = desk.stack.folder_counts(&desk.address).await;
        counts.get("INBOX").copied().unwrap_or(0) == 0 && counts.get("processed").copied().unwrap_or(0) == ALL as u32
    })
    .await;
    let resumed = up_at.elapsed();
    desk.wait_for("outbox delivered", Duration::from_secs(90), || async { desk.outbox_unfinished().await == 0 }).await;
    assert!(moved_without_commit(&desk).await.is_empty());

    let store = desk.store().await;
    let numbers = harness::ticket_numbers(&store).await;
    store.close().await;
    assert_eq!(numbers.len(), ALL, "one ticket per mail\n{}", desk.logs());
    harness::assert_gapless(&numbers);
    desk.assert_one_ack_each(&harness::recipients_of(&mails), &harness::storm_ids(0..ALL, &tag)).await;
    eprintln!("outage noticed after {noticed:?}; all handled {resumed:?} after the database came back");
}

/// The connection to the MTA cut in the middle of mails, both ways: before a message's end
/// reached the MTA (not delivered), and after the MTA accepted one but before its reply came
/// back (delivered). guichet cannot tell which: such an entry waits for its journal copy,
/// which confirms the delivered ones (never sent again); the others are sent again after
/// `journal_grace_secs`. Every acknowledgement arrives once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn smtp_cut_mid_mail_the_journal_tells_delivered_from_lost() {
    const MAILS: usize = 8;
    let stack = MailStack::require();
    let proxy = Proxy::start_smtp(&format!("{}:{}", stack.smtp_host, stack.smtp_port)).await;
    proxy.cut_before_message_end(2);
    proxy.cut_before_reply(2);
    let options = Options {
        outbox: "journal_grace_secs = 5\nlease_secs = 10".into(),
        smtp_port: Some(proxy.port),
        smtp_timeout_secs: Some(5),
        ..Options::default()
    };
    let mut desk = Desk::with("smtpcut", options).await;
    let tag = desk.tag();
    let mails = desk.send_storm(MAILS).await;
    desk.start();
    desk.wait_for("outbox delivered", Duration::from_secs(60), || async {
        proxy.cuts_pending() == 0
            && desk.outbox_count("sent").await >= MAILS as i64
            && desk.outbox_unfinished().await == 0
    })
    .await;

    let logs = desk.logs();
    assert_eq!(logs.matches("mail perhaps sent: awaiting its journal copy").count(), 4, "{logs}");
    assert!(logs.contains("unconfirmed mails sent again"), "the lost ones were sent again\n{logs}");
    desk.assert_one_ack_each(&harness::recipients_of(&mails), &harness::storm_ids(0..MAILS, &tag)).await;
    // The MTA took each acknowledgement once: the delivered ones were not sent again.
    let mut handed: Vec<String> =
        proxy.handed().into_iter().filter_map(|h| h.message_id.filter(|id| id.starts_with("ack-"))).collect();
    handed.sort();
    let total = handed.len();
    handed.dedup();
    assert_eq!((total, handed.len()), (MAILS, MAILS), "acknowledgements handed to the MTA: {handed:?}");
}

/// Message-IDs (without brackets) of the storm mails in `folder`.
async fn storm_ids_in(desk: &Desk, folder: &str) -> HashSet<String> {
    desk.stack
        .fetch_all(&desk.address, folder)
        .await
        .iter()
        .filter_map(|f| mail_parser::MessageParser::default().parse(&f.raw)?.message_id().map(str::to_string))
        .filter(|id| id.starts_with("storm-"))
        .collect()
}

/// The database refuses one mail of a batch (a trigger stands for any error tied to one
/// mail): the batch's transaction rolls back as a whole and its mails are taken one
/// transaction each, so the mails before the refused one are handled and filed while it and
/// the later ones wait in the inbox; after three refusals, the database still recording the
/// failure, the mail goes to quarantine with the reason and the inbox moves on. Nothing is
/// lost or doubled: one ticket and one acknowledgement for every other mail.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_mail_the_database_keeps_refusing_is_quarantined_and_the_rest_go_on() {
    const ALL: usize = 30;
    const REFUSED: usize = 10;
    let mut desk = Desk::new("dbrefuse", "").await;
    let tag = desk.tag();
    let store = desk.store().await;
    sqlx::query(&format!(
        "CREATE TRIGGER refuse BEFORE INSERT ON mails WHEN NEW.message_id LIKE '%storm-{tag}-{REFUSED}@%'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    ))
    .execute(store.pool())
    .await
    .unwrap();
    store.close().await;
    let mails = harness::storm(0..ALL, &tag);
    // Appended in order, so that the inbox's UID order is the storm's.
    for (_, raw) in &mails {
        desk.stack.append(&desk.address, "INBOX", raw).await;
    }
    desk.start();
    desk.wait_for_log(0, "batch rolled back", Duration::from_secs(30)).await;
    desk.wait_for("the mails before the refused one", Duration::from_secs(30), || async {
        ticket_count(&desk).await >= REFUSED
    })
    .await;
    let ids = harness::storm_ids(0..ALL, &tag);
    let refused = harness::storm_ids(REFUSED..REFUSED + 1, &tag);
    // Until its third refusal, the refused mail holds back the ones after it.
    if !desk.logs().contains("refused this mail 3 times") {
        assert_eq!(ticket_count(&desk).await, REFUSED, "nothing after the refused mail was committed");
        assert!(storm_ids_in(&desk, "INBOX").await.is_superset(&refused));
    }
    desk.wait_for("the other mails handled", Duration::from_secs(60), || async {
        storm_ids_in(&desk, "processed").await.len() == ALL - 1
    })
    .await;
    assert_eq!(storm_ids_in(&desk, "quarantine").await, refused, "{}", desk.logs());
    assert!(storm_ids_in(&desk, "INBOX").await.is_empty());
    let out = desk.cli(&["mails", "--outcome", "quarantine"]);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("the database refused this mail 3 times"), "{listed}");

    desk.wait_for("outbox delivered", Duration::from_secs(60), || async { desk.outbox_unfinished().await == 0 }).await;
    let store = desk.store().await;
    let numbers = harness::ticket_numbers(&store).await;
    store.close().await;
    assert_eq!(numbers.len(), ALL - 1, "one ticket per mail but the refused one\n{}", desk.logs());
    harness::assert_gapless(&numbers);
    let answered: HashSet<String> = ids.difference(&refused).cloned().collect();
    desk.assert_one_ack_each(&harness::recipients_of(&mails), &answered).await;
}
