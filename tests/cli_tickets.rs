//! The desk's actions from the command line, against the same database the daemon uses:
//! qualify, assign, note, close, reopen; the mails they queue; refusals explained.

mod db;

use std::process::Command;

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Intake, Place};
use guichet::store::{Store, TicketState};

fn guichet(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_guichet")).arg("--config").arg(config).args(args).output().unwrap()
}

/// A desk on SQLite with the public directory: its database, its configuration's directory,
/// the store and intake.
async fn desk() -> (db::TestDb, tempfile::TempDir, Store, Intake) {
    let db = db::sqlite();
    let text = db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("guichet.toml"), &text).unwrap();
    let config = Config::parse(&text).unwrap();
    let store = Store::open(&db.url, 2).await.unwrap();
    store.import_directory(&Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap()).await.unwrap();
    let intake = Intake::new(store.clone(), guichet::intake::load_workflow(&config).unwrap(), &config).await.unwrap();
    (db, dir, store, intake)
}

#[tokio::test]
async fn qualify_assign_close_reopen_from_the_command_line() {
    let (_db, dir, store, intake) = desk().await;
    let config_path = dir.path().join("guichet.toml");
    let mail = "From: sandrine.morel@ac-paris.example\r\nSubject: Imprimante en panne\r\nMessage-ID: <cli-1@x.example>\r\n\r\nL'imprimante du CDI est en panne.\r\nUAI 0751043B\r\n";
    let reference = intake
        .handle(mail.as_bytes(), Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: 100 })
        .await
        .unwrap()
        .ticket
        .unwrap()
        .to_string();

    let out = guichet(&config_path, &["ticket", "qualify", &reference, "--urgency", "tres_haut", "--type", "incident"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("très haut"));
    let out = guichet(&config_path, &["ticket", "assign", &reference, "--to", "prestataire"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = guichet(&config_path, &["ticket", "note", &reference, "appel du correspondant"]);
    assert!(out.status.success());
    let out = guichet(&config_path, &["ticket", "reopen", &reference]);
    assert!(!out.status.success(), "nothing to reopen on an open ticket");
    assert!(String::from_utf8_lossy(&out.stderr).contains("rien à rouvrir"));
    let out = guichet(&config_path, &["ticket", "close", &reference]);
    assert!(out.status.success());
    let out = guichet(&config_path, &["ticket", "reopen", &reference]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(ticket.state, TicketState::Assigned, "reopened, still with its contractor");
    assert_eq!(ticket.assignee.as_ref().map(|a| a.name.as_str()), Some("SCC"));
    let events: Vec<String> = store.events(ticket.id).await.unwrap().into_iter().map(|e| e.event).collect();
    for e in ["urgency", "assigned", "note", "closed", "reopened"] {
        assert!(events.contains(&e.to_string()), "{e} missing from {events:?}");
    }
    let outbox = store.list_outbox(None, 100).await.unwrap();
    assert!(
        outbox.iter().any(|m| m.recipient == "interventions@scc.example" && m.purpose.as_str() == "ot"),
        "work order queued"
    );
    assert!(
        outbox.iter().filter(|m| m.recipient == "sandrine.morel@ac-paris.example").count() >= 4,
        "the school is told"
    );
    let show = guichet(&config_path, &["ticket", "show", &reference]);
    let show = String::from_utf8_lossy(&show.stdout);
    assert!(show.contains("SCC") && show.contains("Due") && show.contains("reopened"), "{show}");
    let bad = guichet(&config_path, &["ticket", "assign", &reference, "--to", "plombier"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("prestataire or rtn"));
}

/// The command line takes the words mail commands take (`très haut`, `high`, `évolution`),
/// lists them in `--help`, and refuses a bad one before looking anything up.
#[tokio::test]
async fn the_command_line_takes_the_words_of_mail_commands() {
    let (_db, dir, store, intake) = desk().await;
    let config_path = dir.path().join("guichet.toml");
    let mail = "From: sandrine.morel@ac-paris.example\r\nSubject: Salle 12\r\nMessage-ID: <cli-words@x.example>\r\n\r\nLe vidéoprojecteur est en panne.\r\nUAI 0751043B\r\n";
    let place = Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: 100 };
    let reference = intake.handle(mail.as_bytes(), place).await.unwrap().ticket.unwrap().to_string();

    for (words, urgency) in [("très haut", "tres_haut"), ("low", "bas"), ("Moyenne", "moyen")] {
        let out = guichet(&config_path, &["ticket", "qualify", &reference, "--urgency", words]);
        assert!(out.status.success(), "{words}: {}", String::from_utf8_lossy(&out.stderr));
        let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
        assert_eq!(ticket.urgency.map(|u| u.as_str()), Some(urgency), "{words}");
    }
    let out = guichet(&config_path, &["ticket", "qualify", &reference, "--type", "évolution"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(store.ticket(reference.parse().unwrap()).await.unwrap().unwrap().kind.as_str(), "evolution");

    // A bad value is refused before the ticket is looked for (this one does not exist).
    let out = guichet(&config_path, &["ticket", "qualify", "2026-999999", "--urgency", "urgentissime"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("not an urgency; use bas, moyen or très haut"), "{stderr}");
    assert!(!stderr.contains("no ticket"), "{stderr}");
    let help = guichet(&config_path, &["ticket", "qualify", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("très haut"), "the words are in --help");

    // Assigned, its deadline timers armed: a dry run a year ahead lists them, sends nothing.
    let out = guichet(&config_path, &["ticket", "assign", &reference, "--to", "contractor"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let queued = store.list_outbox(None, 1000).await.unwrap().len();
    let out = guichet(&config_path, &["timers", "run", "--dry-run", "--now", "2027-12-01T09:00:00+01:00"]);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(listed.contains(&format!("{reference}  deadline_breach")), "{listed}");
    assert!(listed.contains("2 timer(s) would fire"), "{listed}");
    assert_eq!(store.list_outbox(None, 1000).await.unwrap().len(), queued, "nothing queued");
    let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    assert!(store.timers_of(ticket.id).await.unwrap().iter().all(|(_, _, outcome)| outcome.is_none()), "none fired");

    // The list as an agent reads it: a header, French labels throughout.
    let out = guichet(&config_path, &["ticket", "list"]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(table.contains("Référence") && table.contains("Urgence") && table.contains("Objet"), "{table}");
    let row = table.lines().find(|l| l.contains(&reference)).unwrap_or_else(|| panic!("{table}"));
    for label in ["affectée", "évolution", "moyen", "0751043B", "Salle 12"] {
        assert!(row.contains(label), "{label:?} in {row}");
    }
    // Nothing found is not success, and a wrong code is said as such.
    let out = guichet(&config_path, &["ticket", "list", "--school", "0752318M"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no open ticket"));
    let out = guichet(&config_path, &["ticket", "list", "--school", "0751043C"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong check letter in 0751043C: expected B"));
    store.close().await;
}
