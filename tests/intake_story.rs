//! The intake story on the store alone (no mail servers): the public corpus goes through
//! `Intake::handle` in name order, on SQLite and on PostgreSQL when available, and the
//! tickets and queued answers are what a desk agent would expect.

mod db;

use std::collections::BTreeMap;

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Disposition, Intake, Place};
use guichet::store::Store;

const IMAP_SMTP: &str = db::NO_MAIL_SERVERS;

struct Label {
    kind: String,
    sender: Option<String>,
    uai_valid: Option<bool>,
    duplicate: bool,
}

fn labels() -> BTreeMap<String, Label> {
    let text = std::fs::read_to_string(db::corpus().join("public/labels.json")).unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    list.into_iter()
        .map(|l| {
            let file = l["file"].as_str().unwrap().to_string();
            let label = Label {
                kind: l["kind"].as_str().unwrap().to_string(),
                sender: l["sender"].as_str().map(str::to_string),
                uai_valid: l["uai_valid"].as_bool(),
                duplicate: l.get("duplicate_of").is_some(),
            };
            (file, label)
        })
        .collect()
}

async fn intake_on(url: &str) -> Intake {
    let config = Config::parse(&db::config_text(url, "cesame.example", IMAP_SMTP)).unwrap();
    let store = Store::open(url, 5).await.unwrap();
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    store.import_directory(&directory).await.unwrap();
    let workflow = guichet::intake::load_workflow(&config).unwrap();
    Intake::new(store, workflow, &config).await.unwrap()
}

#[tokio::test]
async fn the_public_corpus_makes_the_right_tickets_and_answers() {
    for db in db::all().await {
        story(&db.url, db.backend).await;
    }
}

async fn story(url: &str, backend: &str) {
    let intake = intake_on(url).await;
    let labels = labels();
    let mut tickets = Vec::new();
    for (uid, (file, label)) in labels.iter().enumerate() {
        let raw = std::fs::read(db::corpus().join("public").join(file)).unwrap();
        let place = Place { mailbox: "INBOX", uidvalidity: 7, uid: uid as u32 + 1, size: raw.len() as u64 };
        let outcome = intake.handle(&raw, place).await.unwrap();
        let opens = matches!(label.kind.as_str(), "new_incident" | "new_request") && label.uai_valid != Some(false);
        if label.duplicate {
            assert!(outcome.duplicate, "{backend} {file}: a re-delivery must be recognised");
            assert!(outcome.ticket.is_none() && outcome.answers == 0, "{backend} {file}: nothing done twice");
            continue;
        }
        // A follow-up lands on an existing ticket; only reports open new ones.
        let opened = outcome.ticket.filter(|t| !tickets.contains(t));
        assert_eq!(opened.is_some(), opens, "{backend} {file} ({}): {}", label.kind, outcome.reason);
        if let Some(ticket) = opened {
            assert_eq!(outcome.answers, 1, "{backend} {file}: one acknowledgement");
            tickets.push(ticket);
        }
        let expected_folder = match label.kind.as_str() {
            "spam" | "malformed" => Disposition::Quarantine,
            _ => outcome.disposition,
        };
        assert_eq!(outcome.disposition, expected_folder, "{backend} {file}: {}", outcome.reason);
        if matches!(
            label.kind.as_str(),
            "auto_reply" | "bounce" | "bulk" | "spam" | "platform_update" | "contractor_update"
        ) {
            assert_eq!(outcome.answers, 0, "{backend} {file}: automated mail is never answered");
        }
    }
    // Gapless numbering from 1 in the year of the run.
    let year = tickets[0].year;
    let numbers: Vec<u32> = tickets.iter().map(|t| t.number).collect();
    assert_eq!(numbers, (1..=tickets.len() as u32).collect::<Vec<_>>(), "{backend}");
    assert!(tickets.iter().all(|t| t.year == year));

    let store = intake.store();
    let outbox = store.list_outbox(None, 1000).await.unwrap();
    // Every ticket has its acknowledgement, threaded under the ticket's Message-ID.
    for t in &tickets {
        let id = format!("ack-{t}@cesame.example");
        let ack = outbox.iter().find(|e| e.message_id == id).unwrap_or_else(|| panic!("{backend}: no ack {id}"));
        let parsed = mail_parser::MessageParser::default().parse(&ack.raw).unwrap();
        assert!(parsed.subject().unwrap().contains(&format!("[CESAME #{t}]")), "{:?}", parsed.subject());
        assert!(parsed.in_reply_to().as_text().is_some(), "acks answer the incoming mail");
        assert_eq!(parsed.header_raw("Auto-Submitted").map(str::trim), Some("auto-replied"));
    }
    // The teacher who is not correspondant gets the refusal; nobody gets a ticket for it.
    for (file, label) in &labels {
        let Some(sender) = &label.sender else { continue };
        let to_sender: Vec<_> = outbox.iter().filter(|e| &e.recipient == sender).collect();
        match label.kind.as_str() {
            "unauthorised" if !label_is_forged(file) => assert!(
                to_sender.iter().any(|e| e.purpose.as_str() == "refus"),
                "{backend} {file}: the unauthorised sender is told the rule"
            ),
            "unauthorised" => assert!(to_sender.is_empty(), "{backend} {file}: a forged From is not answered"),
            "new_incident" | "new_request" if label.uai_valid == Some(false) => {
                assert!(
                    to_sender.iter().any(|e| e.purpose.as_str() == "uai"),
                    "{backend} {file}: the invalid UAI is explained"
                )
            }
            _ => {}
        }
    }

    // The same mails again: nothing new.
    let before = (store.list_tickets(None, false, 1000).await.unwrap().len(), outbox.len());
    for (uid, file) in labels.keys().enumerate() {
        let raw = std::fs::read(db::corpus().join("public").join(file)).unwrap();
        let place = Place { mailbox: "INBOX", uidvalidity: 7, uid: uid as u32 + 100, size: raw.len() as u64 };
        let outcome = intake.handle(&raw, place).await.unwrap();
        assert!(outcome.duplicate, "{backend} {file} handled twice");
    }
    let after = (
        store.list_tickets(None, false, 1000).await.unwrap().len(),
        store.list_outbox(None, 1000).await.unwrap().len(),
    );
    assert_eq!(before, after, "{backend}: a second delivery changes nothing");
}

/// The corpus's forged mail is the one whose From is a listed address but which failed DMARC.
fn label_is_forged(file: &str) -> bool {
    let raw = std::fs::read(db::corpus().join("public").join(file)).unwrap();
    let text = String::from_utf8_lossy(&raw).to_lowercase();
    text.contains("dmarc=fail") || text.contains("spf=fail")
}

#[tokio::test]
async fn a_list_request_lists_only_the_senders_school() {
    let db = db::sqlite();
    let intake = intake_on(&db.url).await;
    let mail = |from: &str, subject: &str, body: &str, id: &str| {
        format!(
            "From: {from}\r\nTo: cesame@region.example\r\nSubject: {subject}\r\nMessage-ID: <{id}@school.example>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        )
    };
    let place = |uid| Place { mailbox: "INBOX", uidvalidity: 1, uid, size: 100 };
    let a = mail(
        "sandrine.morel@ac-paris.example",
        "Panne imprimante",
        "Bonjour,\r\nL'imprimante de la salle 12 est en panne. UAI 0751043B.\r\nUrgence : moyen\r\n",
        "a1",
    );
    let b = mail(
        "nathalie.garnier2@ac-paris.example",
        "Panne réseau",
        "Bonjour,\r\nPlus de réseau au CDI. UAI 0752318M\r\nUrgence : très haute\r\n",
        "b1",
    );
    let ta = intake.handle(a.as_bytes(), place(1)).await.unwrap().ticket.expect("ticket for school A");
    let tb = intake.handle(b.as_bytes(), place(2)).await.unwrap().ticket.expect("ticket for school B");
    let list = mail(
        "karim.benali@ac-paris.example",
        "Liste des tickets en cours",
        "Bonjour,\r\nPouvez-vous m'envoyer la liste de nos tickets ouverts ?\r\n",
        "l1",
    );
    let outcome = intake.handle(list.as_bytes(), place(3)).await.unwrap();
    assert_eq!(outcome.answers, 1, "{}", outcome.reason);
    let outbox = intake.store().list_outbox(Some(guichet::store::OutboxStatus::Pending), 10).await.unwrap();
    let answer = outbox.iter().find(|e| e.recipient == "karim.benali@ac-paris.example").expect("list sent");
    let text = String::from_utf8_lossy(&answer.raw);
    assert!(text.contains(&ta.to_string()), "the suppléant sees school A's ticket");
    assert!(!text.contains(&tb.to_string()), "and not school B's");
}

#[tokio::test]
async fn a_pre_qualification_rule_types_routes_and_dispatches() {
    let db = db::sqlite();
    let rules = r#"
[[rules]]
name = "Vidéoprojecteurs : prestataire"
subject = "(?i)vid[ée]oprojecteur"
type = "incident"
urgency = "moyen"
route = "prestataire"
dispatch = true

[[rules]]
name = "Wi-Fi : étude RTN"
body = "(?i)wi-?fi"
type = "evolution"
route = "rtn"

[[officers]]
name = "RTN"
address = "rtn@region.example"
departements = ["*"]
"#;
    let text = db::config_text(&db.url, "cesame.example", &format!("{IMAP_SMTP}\n{rules}"));
    let config = Config::parse(&text).unwrap();
    let store = Store::open(&db.url, 5).await.unwrap();
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    store.import_directory(&directory).await.unwrap();
    let intake = Intake::new(store, guichet::intake::load_workflow(&config).unwrap(), &config).await.unwrap();
    let mail = |subject: &str, body: &str, id: &str| {
        format!(
            "From: sandrine.morel@ac-paris.example\r\nTo: cesame@region.example\r\nSubject: {subject}\r\nMessage-ID: <{id}@school.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\nUAI 0751043B\r\n"
        )
    };
    let place = |uid| Place { mailbox: "INBOX", uidvalidity: 1, uid, size: 100 };
    let beamer = mail("Vidéoprojecteur HS en salle 3", "Il ne s'allume plus.", "r1");
    let t1 = intake.handle(beamer.as_bytes(), place(1)).await.unwrap().ticket.unwrap();
    let wifi = mail("Demande", "Pourrait-on ajouter une borne wifi au CDI ?", "r2");
    let t2 = intake.handle(wifi.as_bytes(), place(2)).await.unwrap().ticket.unwrap();
    let store = intake.store();
    let first = store.ticket(t1).await.unwrap().unwrap();
    assert_eq!((first.kind.as_str(), first.urgency), ("incident", Some(guichet::understand::Urgency::Moyen)));
    assert_eq!(first.state, guichet::store::TicketState::Assigned, "dispatched at once by the rule");
    assert!(first.due_at.is_some());
    let second = store.ticket(t2).await.unwrap().unwrap();
    assert_eq!((second.kind.as_str(), second.route.map(|r| r.as_str())), ("evolution", Some("rtn")));
    assert_eq!(second.state, guichet::store::TicketState::New, "a route without dispatch is a suggestion");
    let outbox = store.list_outbox(None, 100).await.unwrap();
    let order = outbox.iter().find(|e| e.recipient == "interventions@scc.example").expect("work order queued");
    assert!(String::from_utf8_lossy(&order.raw).contains(&format!("OT-{t1}")));
}
