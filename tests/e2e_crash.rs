//! Nothing lost, nothing doubled: the daemon is killed with SIGKILL twice, once while a batch
//! of incident mails is being read and once while their acknowledgements are leaving; after the last restart every mail has
//! exactly one ticket and every correspondant exactly one acknowledgement per mail.

mod db;
mod harness;
mod support;

use std::collections::HashSet;
use std::time::Duration;

use guichet::directory::Directory;
use harness::Desk;

/// Incident mails from the correspondants of the directory, each with its own Message-ID.
fn storm(count: usize, tag: &str) -> Vec<(String, Vec<u8>)> {
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    let mut schools: Vec<_> = directory.schools().cloned().collect();
    schools.sort_by(|a, b| a.uai.cmp(&b.uai));
    let urgencies = ["Urgence : très haute", "Urgence : moyenne", "Urgence : basse"];
    (0..count)
        .map(|i| {
            let school = &schools[i % schools.len()];
            let raw = format!(
                "From: {from}\r\nTo: cesame@region.example\r\nSubject: Panne salle {i} - {name}\r\n\
                 Message-ID: <storm-{tag}-{i}@etab.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
                 MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                 Bonjour,\r\n\r\nLe poste {i} de la salle {i} ne démarre plus.\r\nUAI : {uai}\r\n{urgency}\r\n\r\nCordialement,\r\n",
                from = school.correspondant_email,
                name = school.name,
                uai = school.uai,
                urgency = urgencies[i % 3],
            );
            (school.correspondant_email.clone(), raw.into_bytes())
        })
        .collect()
}

async fn ticket_count(desk: &Desk) -> usize {
    let store = desk.store().await;
    let n = store.list_tickets(None, false, 100_000).await.unwrap().len();
    store.close().await;
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_batch_loses_nothing_and_doubles_nothing() {
    const MAILS: usize = 120;
    let mut desk = Desk::new("crash", "journal_grace_secs = 5\nlease_secs = 60").await;
    let tag = desk.address.split('@').next().unwrap().to_string();
    let mails = storm(MAILS, &tag);
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
    let parents: HashSet<String> = (0..MAILS).map(|i| format!("storm-{tag}-{i}@etab.example")).collect();
    desk.assert_one_ack_each(&recipients, &parents).await;
}
