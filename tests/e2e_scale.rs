//! Scaling out on PostgreSQL: several daemons on one database and one mailbox. One of them
//! watches the mailbox (it holds the mailbox lock), every one of them sends the outbox, and
//! when the watching one is killed another takes over; ticket numbers stay gapless whatever
//! runs concurrently.

mod db;
mod harness;
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Intake, Place};
use guichet::store::Store;
use harness::{Desk, Options};

const IMAP_SMTP: &str = db::NO_MAIL_SERVERS;

/// Many intakes at once, as from several daemons: every new mail gets the next number, none
/// is skipped or given twice, and a mail handled twice at the same moment is recorded once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ticket_numbers_stay_gapless_under_concurrent_intakes() {
    const MAILS: usize = 240;
    const TASKS: usize = 24;
    for test_db in db::all().await {
        let config = Config::parse(&db::config_text(&test_db.url, "cesame.example", IMAP_SMTP)).unwrap();
        let store = Store::open(&test_db.url, 16).await.unwrap();
        let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
        store.import_directory(&directory).await.unwrap();
        let workflow = guichet::intake::load_workflow(&config).unwrap();
        let intake = Arc::new(Intake::new(store.clone(), workflow, &config).await.unwrap());
        let mails = Arc::new(harness::storm(0..MAILS, "gapless"));

        // Each task takes every TASKS-th mail, and every task also handles its neighbour's
        // first mail again, concurrently: the same Message-ID from two places at once.
        let started = Instant::now();
        let mut tasks = Vec::new();
        for t in 0..TASKS {
            let (intake, mails) = (intake.clone(), mails.clone());
            tasks.push(tokio::spawn(async move {
                let mut mine: Vec<usize> = (t..MAILS).step_by(TASKS).collect();
                mine.insert(1, (t + 1) % TASKS);
                for i in mine {
                    let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: i as u32 + 1, size: 1000 };
                    intake.handle(&mails[i].1, place).await.unwrap();
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let elapsed = started.elapsed();

        let numbers = harness::ticket_numbers(&store).await;
        assert_eq!(numbers.len(), MAILS, "{}: one ticket per distinct mail", test_db.backend);
        harness::assert_gapless(&numbers);
        let recorded = store.list_mails(None, 100_000).await.unwrap();
        assert_eq!(recorded.len(), MAILS, "{}: each mail recorded once", test_db.backend);
        let acks = store.list_outbox(None, 100_000).await.unwrap();
        let acks = acks.iter().filter(|e| e.purpose.as_str() == "ack").count();
        assert_eq!(acks, MAILS, "{}: one acknowledgement queued per mail", test_db.backend);
        eprintln!("{}: {MAILS} intakes from {TASKS} tasks in {elapsed:?}", test_db.backend);
        store.close().await;
    }
}

async fn ticket_count(desk: &Desk) -> usize {
    let store = desk.store().await;
    let n = harness::ticket_numbers(&store).await.len();
    store.close().await;
    n
}

/// Three daemons on one PostgreSQL database and one mailbox, in a storm of incident mails:
/// only one watches; it is killed with SIGKILL mid-storm and another takes over within
/// seconds; later the new watcher stops cleanly and hands over at once. In the end every mail
/// has exactly one ticket, numbered without gaps, and exactly one acknowledgement.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn daemons_share_a_mailbox_and_take_over_when_the_watcher_dies() {
    const FIRST: usize = 120;
    const SECOND: usize = 60;
    const THIRD: usize = 20;
    const ALL: usize = FIRST + SECOND + THIRD;
    let options = Options {
        postgres: true,
        // Claims of the killed daemon are taken over after `lease_secs`; what it had handed to
        // the MTA waits `journal_grace_secs` for its journal copy.
        outbox: "journal_grace_secs = 5\nlease_secs = 10".into(),
        smtp_timeout_secs: Some(5),
        ..Options::default()
    };
    let mut desk = Desk::with("scale", options).await;
    let tag = desk.tag();
    desk.send(&harness::storm(0..FIRST, &tag)).await;

    for n in 0..3 {
        desk.start_daemon(n);
    }
    let first = desk.wait_for_lock_holder(Duration::from_secs(30)).await;
    for n in (0..3).filter(|&n| n != first) {
        desk.wait_for_log(n, "standing by", Duration::from_secs(30)).await;
    }
    assert_eq!(harness::advisory_locks(&desk.db_url).await, 1, "one mailbox lock, held once");
    desk.wait_for("the first tickets", Duration::from_secs(60), || async { ticket_count(&desk).await >= 30 }).await;

    // SIGKILL of the watcher in the middle of the storm; more mail keeps coming.
    desk.kill9_daemon(first);
    let killed_at = Instant::now();
    let second = desk.wait_for_lock_holder(Duration::from_secs(30)).await;
    let takeover = killed_at.elapsed();
    assert_ne!(second, first);
    desk.send(&harness::storm(FIRST..FIRST + SECOND, &tag)).await;
    desk.wait_for("the first two waves handled", Duration::from_secs(90), || async {
        let counts = desk.stack.folder_counts(&desk.address).await;
        counts.get("processed").copied().unwrap_or(0) == (FIRST + SECOND) as u32
    })
    .await;

    // The killed daemon comes back (standing by); the watcher stops cleanly and hands over.
    desk.start_daemon(first);
    desk.wait_for_log(first, "standing by", Duration::from_secs(30)).await;
    let status = desk.terminate_daemon(second);
    assert!(status.success(), "clean exit on SIGTERM: {status:?}\n{}", desk.logs());
    let handed_at = Instant::now();
    let third = desk.wait_for_lock_holder(Duration::from_secs(30)).await;
    let handover = handed_at.elapsed();
    assert_ne!(third, second);
    desk.send(&harness::storm(FIRST + SECOND..ALL, &tag)).await;

    desk.wait_for("every mail handled", Duration::from_secs(90), || async {
        let counts = desk.stack.folder_counts(&desk.address).await;
        counts.get("INBOX").copied().unwrap_or(0) == 0 && counts.get("processed").copied().unwrap_or(0) == ALL as u32
    })
    .await;
    desk.wait_for("outbox delivered", Duration::from_secs(90), || async { desk.outbox_unfinished().await == 0 }).await;
    assert_eq!(harness::advisory_locks(&desk.db_url).await, 1, "one mailbox lock, held once");

    // One ticket per mail, numbered 1..N.
    let store = desk.store().await;
    let numbers = harness::ticket_numbers(&store).await;
    assert_eq!(numbers.len(), ALL, "one ticket per mail\n{}", desk.logs());
    harness::assert_gapless(&numbers);
    store.close().await;

    // One acknowledgement per mail, none twice.
    let mails = harness::storm(0..ALL, &tag);
    let recipients = harness::recipients_of(&mails);
    desk.assert_one_ack_each(&recipients, &harness::storm_ids(0..ALL, &tag)).await;
    eprintln!("takeover after SIGKILL: {takeover:?}; handover after SIGTERM: {handover:?}");
    assert!(takeover < Duration::from_secs(10), "takeover took {takeover:?}");
}

/// Intake confirming journal copies (inside its batch's transaction, held a moment) while
/// delivery records the same mails `sent`, each going through the mails in its own order:
/// neither fails and every mail ends `sent`. (Both lock rows in id order on PostgreSQL; a
/// deadlock between them is a matter of timing, which the storm benchmark on PostgreSQL with
/// two daemons exercises at scale: benches/BENCHMARKS.md.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn intake_and_delivery_settling_the_same_mails_never_deadlock() {
    use guichet::store::now_ms;
    use guichet::store::outbox::{self, NewOutgoing};

    const MAILS: usize = 1200;
    const CHUNK: usize = 40;
    let test_db = db::postgres().await.expect("GUICHET_TEST_PG_URL is not set: run the tests with tests/run.sh");
    let store = Store::open(&test_db.url, 8).await.unwrap();
    store.migrate().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    for i in 0..MAILS {
        let mail = NewOutgoing {
            purpose: guichet::vocab::MailPurpose::Ack,
            ticket_id: None,
            mail_id: None,
            recipient: format!("c{i}@school.example"),
            message_id: format!("ack-{i}@cesame.example"),
            raw: b"Subject: x\r\n\r\nx\r\n".to_vec(),
        };
        outbox::enqueue(&mut tx, &mail, now_ms()).await.unwrap();
    }
    tx.commit().await.unwrap();
    sqlx::query("UPDATE outbox SET status = 'sending'").execute(store.pool()).await.unwrap();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM outbox ORDER BY id").fetch_all(store.pool()).await.unwrap();

    // Intake reads the copies newest first, delivery records its rounds oldest first, in
    // chunks that overlap each other's.
    let intake = {
        let store = store.clone();
        tokio::spawn(async move {
            let ids: Vec<String> = (0..MAILS).rev().map(|i| format!("ack-{i}@cesame.example")).collect();
            for chunk in ids.chunks(CHUNK) {
                let mut tx = store.begin().await?;
                outbox::confirm_journal_copies(&mut tx, store.backend(), chunk, now_ms()).await?;
                tokio::time::sleep(Duration::from_millis(2)).await;
                tx.commit().await?;
            }
            Ok::<_, guichet::store::StoreError>(())
        })
    };
    let delivery = {
        let store = store.clone();
        tokio::spawn(async move {
            for chunk in ids.chunks(CHUNK + 7) {
                let mut shuffled = chunk.to_vec();
                shuffled.reverse();
                store.mark_all_sent(&shuffled, now_ms()).await?;
            }
            Ok::<_, guichet::store::StoreError>(())
        })
    };
    intake.await.unwrap().expect("intake's confirmations");
    delivery.await.unwrap().expect("delivery's records");
    let unsent: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").fetch_one(store.pool()).await.unwrap();
    assert_eq!(unsent, 0);
    store.close().await;
}
