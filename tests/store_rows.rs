//! A value outside its fixed set in the database (a hand edit, a bug, a newer version's
//! state) is reported with its column and value, never read as some default: on SQLite and
//! on PostgreSQL when available.

mod db;

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Intake, Place};
use guichet::store::Store;

#[tokio::test]
async fn a_bad_stored_state_or_urgency_is_reported_not_guessed() {
    for test_db in db::all().await {
        let backend = test_db.backend;
        let config = Config::parse(&db::config_text(&test_db.url, "cesame.example", db::NO_MAIL_SERVERS)).unwrap();
        let store = Store::open(&test_db.url, 2).await.unwrap();
        let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
        store.import_directory(&directory).await.unwrap();
        let intake =
            Intake::new(store.clone(), guichet::intake::load_workflow(&config).unwrap(), &config).await.unwrap();
        let mail = "From: sandrine.morel@ac-paris.example\r\nSubject: Panne\r\nMessage-ID: <rows-1@x.example>\r\n\r\nLe poste est en panne. UAI 0751043B\r\n";
        let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: 100 };
        let reference = intake.handle(mail.as_bytes(), place).await.unwrap().ticket.unwrap();
        assert!(store.ticket(reference).await.unwrap().is_some(), "{backend}: readable as written");

        for (sql, expected) in [
            ("UPDATE tickets SET state = 'en_attente'", "bad stored value in tickets.state: \"en_attente\""),
            ("UPDATE tickets SET state = 'new', urgency = 'haute'", "bad stored value in tickets.urgency: \"haute\""),
        ] {
            sqlx::query(sql).execute(store.pool()).await.unwrap();
            let error = store.ticket(reference).await.unwrap_err().to_string();
            assert_eq!(error, expected, "{backend}: ticket show");
            let mut builder = guichet::stats::Builder::new(guichet::stats::Period::ALL, 0);
            let error = store.for_each_stat_ticket(None, None, |t| builder.add(&t)).await.unwrap_err().to_string();
            assert_eq!(error, expected, "{backend}: stats");
        }
        store.close().await;
    }
}
