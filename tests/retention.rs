//! The store at scale, on the store alone (no mail servers), on SQLite and on PostgreSQL:
//! retention removes what it says and nothing else, a ticket's history and the statistics are
//! unchanged by a purge, and the in-order delivery check (on the partial indexes of unsent
//! mails) still holds a recipient's later mails behind an earlier one.

mod db;

use std::time::Duration;

use guichet::config::{Config, Retention};
use guichet::directory::Directory;
use guichet::intake::{Intake, Place};
use guichet::store::retention::Step;
use guichet::store::{NewOutgoing, Store};
use guichet::ticket::Event;
use guichet::workflow::Act;

const DAY: i64 = 86_400_000;

async fn intake_on(url: &str) -> Intake {
    let config = Config::parse(&db::config_text(url, "cesame.example", db::NO_MAIL_SERVERS)).unwrap();
    let store = Store::open(url, 5).await.unwrap();
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    store.import_directory(&directory).await.unwrap();
    let workflow = guichet::intake::load_workflow(&config).unwrap();
    Intake::new(store, workflow, &config).await.unwrap()
}

/// The public corpus through intake: tickets, acknowledgements, and mails tied to no ticket.
async fn fill(intake: &Intake) {
    let mut files: Vec<_> = std::fs::read_dir(db::corpus().join("public"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    for (uid, path) in files.iter().enumerate() {
        let raw = std::fs::read(path).unwrap();
        let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: uid as u32 + 1, size: raw.len() as u64 };
        intake.handle(&raw, place).await.unwrap();
    }
}

async fn stats(store: &Store, now: i64) -> String {
    let mut builder = guichet::stats::Builder::new(guichet::stats::Period::ALL, now);
    store.for_each_stat_ticket(None, None, |t| builder.add(&t)).await.unwrap();
    builder.finish().to_json()
}

/// Every ticket's history, as `ticket show` prints it.
async fn histories(store: &Store) -> Vec<(String, Vec<(i64, String, String)>)> {
    let mut out = Vec::new();
    for t in store.list_tickets(None, false, 10_000).await.unwrap() {
        let events = store.events(t.id).await.unwrap().into_iter().map(|e| (e.at, e.event, e.detail)).collect();
        out.push((t.reference.to_string(), events));
    }
    out
}

async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(store.pool()).await.unwrap()
}

#[tokio::test]
async fn retention_removes_what_it_says_and_nothing_else() {
    for test_db in db::all().await {
        let backend = test_db.backend;
        let intake = intake_on(&test_db.url).await;
        fill(&intake).await;
        let store = intake.store().clone();
        let now = guichet::store::now_ms();

        // One ticket closed by the desk, the others left open; every queued mail delivered.
        let tickets = store.list_tickets(None, false, 10_000).await.unwrap();
        assert!(tickets.len() >= 3, "{backend}: the corpus opens tickets");
        let mut closed = tickets.last().unwrap().clone();
        {
            let mut tx = store.begin().await.unwrap();
            let act = Act { now, actor: "agent@cesame.example", mail_id: None };
            let ran =
                intake.workflow().run(&mut tx, &act, &mut closed, &[Event::Closed("résolu".into())]).await.unwrap();
            assert!(ran.results[0].is_ok(), "{backend}: closed");
            tx.commit().await.unwrap();
        }
        let queued = store.list_outbox(None, 10_000).await.unwrap();
        assert!(queued.len() > 5, "{backend}: the corpus queues answers");
        for entry in &queued {
            store.mark_sent(entry.id, now).await.unwrap();
        }
        let open = tickets.first().unwrap().clone();
        let sources = |id: i64| format!("SELECT COUNT(*) FROM ticket_sources WHERE ticket_id = {id}");
        assert_eq!(count(&store, &sources(closed.id)).await, 1, "{backend}: the closed ticket's source is kept");
        let unlinked = count(&store, "SELECT COUNT(*) FROM mails WHERE ticket_id IS NULL").await;
        let linked = count(&store, "SELECT COUNT(*) FROM mails WHERE ticket_id IS NOT NULL").await;
        assert!(unlinked > 0 && linked > 0, "{backend}: spam and auto-replies are tied to no ticket");
        let sent = store.list_outbox(Some(guichet::store::OutboxStatus::Sent), 10_000).await.unwrap().len() as i64;
        let history = histories(&store).await;
        let report = stats(&store, now + 800 * DAY).await;
        let policy = Retention::default();

        // Ten days on: nothing is old enough yet.
        let early = store.purge(&policy, now + 10 * DAY, false, Duration::ZERO).await.unwrap();
        let removed: Vec<_> = early.iter().filter(|r| r.rows > 0 && r.step != Step::AutoAnswers).collect();
        assert!(removed.is_empty(), "{backend}: after ten days only automatic-answer records go: {removed:?}");
        assert_eq!(
            store.list_outbox(Some(guichet::store::OutboxStatus::Sent), 10_000).await.unwrap().len() as i64,
            sent
        );

        // Forty days on: the copies of delivered mails are dropped, their records stay.
        store.purge(&policy, now + 40 * DAY, false, Duration::ZERO).await.unwrap();
        let records = store.list_outbox(None, 10_000).await.unwrap();
        assert_eq!(records.len() as i64, sent, "{backend}: the records of delivered mails stay");
        assert!(records.iter().all(|e| e.raw.is_empty()), "{backend}: their copies are gone");

        // A dry run two years on counts what a purge then removes, exactly.
        let later = now + 730 * DAY;
        let preview = store.purge(&policy, later, true, Duration::ZERO).await.unwrap();
        let done = store.purge(&policy, later, false, Duration::ZERO).await.unwrap();
        let rows = |r: &[guichet::store::retention::StepReport], step| r.iter().find(|r| r.step == step).unwrap().rows;
        for step in [Step::Outbox, Step::UnlinkedMails, Step::TicketSources] {
            assert_eq!(rows(&preview, step), rows(&done, step), "{backend}: dry run of {step:?}");
        }
        assert_eq!(rows(&done, Step::Outbox) as i64, sent, "{backend}: every delivered mail's record");
        assert_eq!(rows(&done, Step::UnlinkedMails) as i64, unlinked, "{backend}: every mail tied to no ticket");
        assert_eq!(rows(&done, Step::TicketSources), 1, "{backend}: the closed ticket's source only");
        assert_eq!(count(&store, &sources(closed.id)).await, 0);
        assert_eq!(count(&store, &sources(open.id)).await, 1, "{backend}: an open ticket keeps its source");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM mails WHERE ticket_id IS NOT NULL").await, linked);
        assert_eq!(histories(&store).await, history, "{backend}: every ticket's history is unchanged");
        assert_eq!(stats(&store, now + 800 * DAY).await, report, "{backend}: the statistics are unchanged");
        let again = store.purge(&policy, later, true, Duration::ZERO).await.unwrap();
        assert!(again.iter().all(|r| r.rows == 0), "{backend}: nothing left to remove: {again:?}");

        // Asked to, whole closed tickets go, with their history; open ones stay.
        let tickets_policy = Retention { closed_tickets_days: 365, ..Retention::default() };
        let done = store.purge(&tickets_policy, later, false, Duration::ZERO).await.unwrap();
        assert_eq!(rows(&done, Step::ClosedTickets), 1, "{backend}");
        assert!(store.ticket(closed.reference).await.unwrap().is_none(), "{backend}: the closed ticket is gone");
        assert_eq!(
            count(&store, &format!("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = {}", closed.id)).await,
            0
        );
        assert_eq!(store.list_tickets(None, false, 10_000).await.unwrap().len(), tickets.len() - 1, "{backend}");
        store.close().await;
    }
}

fn mail(recipient: &str, n: usize) -> NewOutgoing {
    NewOutgoing {
        purpose: guichet::vocab::MailPurpose::Agent,
        ticket_id: None,
        mail_id: None,
        recipient: recipient.into(),
        message_id: format!("<order-{n}-{}@cesame.example>", std::process::id()),
        raw: b"Subject: x\r\n\r\nx\r\n".to_vec(),
    }
}

#[tokio::test]
async fn a_recipients_later_mails_wait_behind_an_earlier_one() {
    for test_db in db::all().await {
        let backend = test_db.backend;
        let store = Store::open(&test_db.url, 2).await.unwrap();
        let now = 1_800_000_000_000;
        let mut tx = store.begin().await.unwrap();
        for (n, to) in ["a@x.example", "a@x.example", "b@x.example", "a@x.example"].iter().enumerate() {
            guichet::store::outbox::enqueue(&mut tx, &mail(to, n), now).await.unwrap();
        }
        tx.commit().await.unwrap();
        // Many mails to `a` already delivered: history the check must not trip on.
        for round in 0..3 {
            let claimed = store.claim_outgoing(now, now + 1, 10).await.unwrap();
            if round == 0 {
                assert_eq!(claimed.len(), 4, "{backend}: everything due is claimed, in id order");
                assert!(claimed.windows(2).all(|w| w[0].id < w[1].id));
                // a's first mail fails for now: it is retried in a minute.
                store.mark_retry(claimed[0].id, now + 60_000, "421 try later").await.unwrap();
                for e in &claimed[1..] {
                    store.release_claim(e.id, now + 1, now).await.unwrap();
                }
            } else {
                let to: Vec<&str> = claimed.iter().map(|e| e.recipient.as_str()).collect();
                assert_eq!(to, ["b@x.example"], "{backend}: a's later mails wait behind its first");
                store.release_claim(claimed[0].id, now + 1, now).await.unwrap();
            }
        }
        let claimed = store.claim_outgoing(now + 60_000, now + 60_001, 10).await.unwrap();
        let to: Vec<&str> = claimed.iter().map(|e| e.recipient.as_str()).collect();
        assert_eq!(to, ["a@x.example", "a@x.example", "b@x.example", "a@x.example"], "{backend}: all, in order");
        store.close().await;
    }
}
