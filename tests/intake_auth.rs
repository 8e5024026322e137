//! `[auth] require = true` at intake (store only, no mail servers): only mails whose
//! sender the desk's own mail exchanger authenticated open or change tickets; the others go
//! to quarantine with the reason, and results written by anyone else count for nothing.
//! Also, on the same footing: `/metrics` reads the outbox from either database.

mod db;

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Disposition, Intake, Place};
use guichet::store::Store;

const AUTH: &str = r#"
[auth]
require = true
authserv_id = "mx.region.example"
"#;

/// The IMAP/SMTP sections of a test without mail servers, and `auth` (an `[auth]` section).
async fn intake_on(url: &str, auth: &str) -> Intake {
    let sections = format!("{}{auth}", db::NO_MAIL_SERVERS);
    let config = Config::parse(&db::config_text(url, "cesame.example", &sections)).unwrap();
    assert!(config.validate().iter().all(|p| !p.key.starts_with("auth")), "{:?}", config.validate());
    let store = Store::open(url, 5).await.unwrap();
    let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
    store.import_directory(&directory).await.unwrap();
    let workflow = guichet::intake::load_workflow(&config).unwrap();
    Intake::new(store, workflow, &config).await.unwrap()
}

/// An incident from the correspondant of 0751043B, under the given extra headers.
fn incident(n: u32, headers: &str) -> Vec<u8> {
    format!(
        "{headers}From: Sandrine Morel <sandrine.morel@ac-paris.example>\r\n\
         To: cesame@cesame.example\r\n\
         Subject: Panne du vidéoprojecteur salle {n}\r\n\
         Message-ID: <auth-{n}@ac-paris.example>\r\n\
         Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         \r\n\
         Bonjour,\r\nLe vidéoprojecteur de la salle {n} ne s'allume plus.\r\nUAI : 0751043B\r\n\
         Cordialement,\r\nSandrine Morel\r\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn only_authenticated_senders_open_tickets_when_required() {
    for db in db::all().await {
        let intake = intake_on(&db.url, AUTH).await;
        let backend = db.backend;
        let cases: &[(&str, bool, &str)] = &[
            ("", false, "no Authentication-Results from mx.region.example"),
            ("Authentication-Results: mx.region.example; dmarc=pass header.from=ac-paris.example\r\n", true, ""),
            (
                "Authentication-Results: mx.region.example;\r\n\tdkim=pass header.d=ac-paris.example header.s=s1;\r\n\tdmarc=none\r\n",
                true,
                "",
            ),
            (
                // The sender's own claim above the exchanger's verdict counts for nothing.
                "Authentication-Results: mx.region.example.attacker.example; dmarc=pass\r\n\
                 Authentication-Results: mx.region.example; spf=softfail smtp.mailfrom=evil.example; dmarc=none\r\n",
                false,
                "spf=softfail",
            ),
            (
                "Authentication-Results: mx.region.example; spf=pass smtp.mailfrom=bounce@mailer.example; dmarc=none\r\n",
                false,
                "not the From domain",
            ),
        ];
        for (n, (headers, opens, reason)) in cases.iter().enumerate() {
            let raw = incident(n as u32, headers);
            let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: n as u32 + 1, size: raw.len() as u64 };
            let outcome = intake.handle(&raw, place).await.unwrap();
            if *opens {
                assert_eq!(outcome.disposition, Disposition::Processed, "{backend} case {n}: {}", outcome.reason);
                assert!(outcome.ticket.is_some() && outcome.answers >= 1, "{backend} case {n}: {outcome:?}");
            } else {
                assert_eq!(outcome.disposition, Disposition::Quarantine, "{backend} case {n}: {outcome:?}");
                assert!(outcome.ticket.is_none() && outcome.answers == 0, "{backend} case {n}: {outcome:?}");
                assert!(
                    outcome.reason.starts_with("sender not authenticated"),
                    "{backend} case {n}: {}",
                    outcome.reason
                );
                assert!(outcome.reason.contains(reason), "{backend} case {n}: {}", outcome.reason);
            }
        }
        // The reason is recorded for review.
        let quarantined =
            intake.store().list_mails(Some(guichet::store::mails::MailOutcome::Quarantine), 10).await.unwrap();
        assert_eq!(quarantined.len(), 3, "{backend}");
        assert!(quarantined.iter().all(|m| m.reason.starts_with("sender not authenticated")), "{backend}");
        assert_eq!(intake.store().list_tickets(None, true, 10).await.unwrap().len(), 2, "{backend}");

        // An auto-reply changes no ticket: not held to the rule.
        let auto = std::fs::read(db::corpus().join("public/mail-076.eml")).unwrap();
        let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: 100, size: auto.len() as u64 };
        let outcome = intake.handle(&auto, place).await.unwrap();
        assert_eq!(outcome.disposition, Disposition::Processed, "{backend}: {}", outcome.reason);
    }
}

#[tokio::test]
async fn without_require_nothing_changes() {
    let db = db::sqlite();
    let sections = AUTH.replace("require = true", "require = false");
    let intake = intake_on(&db.url, &sections).await;
    let raw = incident(1, "");
    let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: raw.len() as u64 };
    let outcome = intake.handle(&raw, place).await.unwrap();
    assert_eq!(outcome.disposition, Disposition::Processed, "{}", outcome.reason);
    assert!(outcome.ticket.is_some());
}

/// The outbox figures of `/metrics` are read from either database.
#[tokio::test]
async fn metrics_read_the_outbox_on_every_backend() {
    for db in db::all().await {
        let sections = AUTH.replace("require = true", "require = false");
        let intake = intake_on(&db.url, &sections).await;
        let raw = incident(1, "");
        let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: raw.len() as u64 };
        intake.handle(&raw, place).await.unwrap();
        let text = guichet::metrics::exposition(intake.store()).await;
        assert!(text.contains("guichet_database_up 1\n"), "{}: {text}", db.backend);
        let depth = text.lines().find_map(|l| l.strip_prefix("guichet_outbox_depth ")).unwrap();
        assert!(depth.parse::<i64>().unwrap() >= 1, "{}: the acknowledgement waits: {text}", db.backend);
        assert!(text.contains("guichet_outbox_entries{status=\"pending\"} "), "{}: {text}", db.backend);
    }
}
