//! The refusal to a sender not listed for a school names the rule, not a person: the
//! correspondant's address appears only when the desk chose so
//! (`desk.disclose_correspondant_in_refusals`). On the store alone, SQLite.

mod db;

use guichet::config::Config;
use guichet::directory::Directory;
use guichet::intake::{Intake, Place};
use guichet::store::Store;

async fn refusal_text(disclose: bool) -> String {
    let db = db::sqlite();
    let mut text = db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS);
    if disclose {
        text = text.replace("[desk]\n", "[desk]\ndisclose_correspondant_in_refusals = true\n");
    }
    let config = Config::parse(&text).unwrap();
    let store = Store::open(&db.url, 2).await.unwrap();
    store.import_directory(&Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap()).await.unwrap();
    let intake = Intake::new(store.clone(), guichet::intake::load_workflow(&config).unwrap(), &config).await.unwrap();
    let mail = "From: Parent <parent.eleve@gmail.example>\r\nTo: cesame@cesame.example\r\n\
                Subject: Panne du wifi\r\nMessage-ID: <stranger-1@gmail.example>\r\n\r\n\
                Le wifi du lycée ne marche plus. UAI 0751043B\r\n";
    let outcome =
        intake.handle(mail.as_bytes(), Place { mailbox: "INBOX", uidvalidity: 1, uid: 1, size: 200 }).await.unwrap();
    assert!(outcome.ticket.is_none(), "a stranger opens no ticket");
    let queued = store.list_outbox(None, 10).await.unwrap();
    let refusal = queued.iter().find(|e| e.purpose.as_str() == "refus").expect("a refusal is queued");
    let message = mail_parser::MessageParser::default().parse(&refusal.raw).unwrap();
    let body = message.body_text(0).unwrap().into_owned();
    store.close().await;
    body
}

#[tokio::test]
async fn the_refusal_names_the_rule_and_no_address_unless_the_desk_says_so() {
    let default = refusal_text(false).await;
    assert!(default.contains("Seuls le correspondant informatique et son suppléant"), "{default}");
    assert!(default.contains("Lycée Jeanne-Barret (0751043B)"), "the school is named: {default}");
    assert!(!default.contains("sandrine.morel@ac-paris.example"), "no personal address by default: {default}");
    assert!(default.contains("au correspondant de votre établissement, qui la fera suivre"), "{default}");

    let disclosed = refusal_text(true).await;
    assert!(disclosed.contains("(sandrine.morel@ac-paris.example)"), "given when configured: {disclosed}");
}

/// What a school reads, in careful French: the acknowledgement of an incident and of a
/// follow-up agree in gender whatever the kind (« Votre déclaration d'incident … enregistrée »,
/// « Votre message (complément) … ajouté »), the urgency is a « niveau d'urgence ».
#[tokio::test]
async fn acknowledgements_read_as_careful_french() {
    let db = db::sqlite();
    let text = db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS);
    let config = Config::parse(&text).unwrap();
    let store = Store::open(&db.url, 2).await.unwrap();
    store.import_directory(&Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap()).await.unwrap();
    let intake = Intake::new(store.clone(), guichet::intake::load_workflow(&config).unwrap(), &config).await.unwrap();
    let report = "From: sandrine.morel@ac-paris.example\r\nTo: cesame@cesame.example\r\nSubject: Panne serveur\r\n\
                  Message-ID: <fr-1@ac-paris.example>\r\n\r\nLe serveur ne répond plus. UAI 0751043B\r\nUrgence : haute\r\n";
    let place = |uid| Place { mailbox: "INBOX", uidvalidity: 1, uid, size: 200 };
    let reference = intake.handle(report.as_bytes(), place(1)).await.unwrap().ticket.unwrap();
    let follow_up = format!(
        "From: sandrine.morel@ac-paris.example\r\nTo: cesame@cesame.example\r\nSubject: Re: [CESAME #{reference}] Panne serveur\r\n\
         Message-ID: <fr-2@ac-paris.example>\r\n\r\nPour compléter : le serveur affiche une erreur disque.\r\n"
    );
    intake.handle(follow_up.as_bytes(), place(2)).await.unwrap();
    let bodies: Vec<String> = store
        .list_outbox(None, 10)
        .await
        .unwrap()
        .iter()
        .map(|e| mail_parser::MessageParser::default().parse(&e.raw).unwrap().body_text(0).unwrap().into_owned())
        .collect();
    let all = bodies.join("\n----\n");
    assert!(all.contains("Votre déclaration d'incident pour l'établissement Lycée Jeanne-Barret"), "{all}");
    assert!(all.contains("Niveau d'urgence : très haut"), "{all}");
    assert!(all.contains("a bien été ajouté au dossier"), "{all}");
    assert!(all.contains("État actuel de la demande : enregistrée"), "{all}");
    for slip in ["une incident", "Votre incident", "ajoutée au dossier", "demande : enregistré."] {
        assert!(!all.contains(slip), "{slip:?} in\n{all}");
    }
    store.close().await;
}
