//! The desk's corrections become data, on the real mail stack: an agent corrects the type
//! and urgency of a ticket; `guichet corpus export` writes the mail that opened it, fetched
//! back from the mailbox's archive, with the corrected labels; `guichet corpus score` on that
//! folder shows the correction as guichet's miss. Masked, nobody's address is left.

mod db;
mod harness;
mod support;

use std::time::Duration;

use guichet::understand::model::Model;
use harness::Desk;

const CORRESPONDANT: &str = "sandrine.morel@ac-paris.example";

fn incident(desk: &Desk, n: usize, subject: &str, urgency: &str) -> (String, Vec<u8>) {
    let raw = format!(
        "From: Sandrine Morel <{CORRESPONDANT}>\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{tag}-{n}@ac-paris.example>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Bonjour,\r\n{subject}.\r\nUAI 0751043B\r\nUrgence : {urgency}\r\nSandrine Morel\r\n",
        to = desk.address,
        tag = desk.tag(),
    );
    (CORRESPONDANT.to_string(), raw.into_bytes())
}

fn cli_ok(desk: &Desk, args: &[&str]) -> String {
    let out = desk.cli(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_corrections_are_exported_and_scored() {
    let mut desk = Desk::new("corpus", "").await;
    desk.start();
    desk.send(&[
        // A fault to the rules ("pâle"), whatever the learned model reads: the test checks
        // the correction, not the model.
        incident(
            &desk,
            1,
            "Le vidéoprojecteur de la salle B12 donne une image pâle, trop sombre pour le fond",
            "moyenne",
        ),
        incident(&desk, 2, "Imprimante du CDI en panne", "basse"),
    ])
    .await;
    desk.wait_for("two tickets, both mails archived", Duration::from_secs(30), || async {
        let store = desk.store().await;
        let n = store.list_tickets(None, false, 10).await.unwrap().len();
        store.close().await;
        n == 2 && desk.stack.folder_counts(&desk.address).await.get("processed").copied().unwrap_or(0) == 2
    })
    .await;
    let store = desk.store().await;
    let tickets = store.list_tickets(None, false, 10).await.unwrap();
    store.close().await;
    let projector = tickets.iter().find(|t| t.subject.contains("sombre")).unwrap().reference.to_string();
    // The desk corrects: a brighter projector is a change request, and more urgent than written.
    cli_ok(&desk, &["ticket", "qualify", &projector, "--type", "évolution", "--urgency", "très haut"]);

    let dir = tempfile::tempdir().unwrap();
    let out = cli_ok(&desk, &["corpus", "export", dir.path().to_str().unwrap()]);
    assert!(out.starts_with("1 mails written"), "only the corrected mail: {out}");
    let labels: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(dir.path().join("labels.json")).unwrap()).unwrap();
    assert_eq!(labels.len(), 1);
    assert_eq!((labels[0]["kind"].as_str(), labels[0]["urgency"].as_str()), (Some("new_request"), Some("tres_haut")));
    assert_eq!(labels[0]["uai"], "0751043B");
    let eml = std::fs::read_to_string(dir.path().join(labels[0]["file"].as_str().unwrap())).unwrap();
    assert!(eml.contains("sombre"), "the mail itself, from the archive");

    // Scored: guichet read it as written (an incident, moyen); the desk's labels say otherwise.
    let report = cli_ok(&desk, &["corpus", "score", dir.path().to_str().unwrap()]);
    let line = |field: &str| report.lines().find(|l| l.starts_with(field)).unwrap_or_default().to_string();
    assert!(line("kind").contains("0.0 %") && line("urgency").contains("0.0 %"), "{report}");
    assert!(line("uai").contains("100.0 %") && line("sender").contains("100.0 %"), "{report}");
    assert!(report.contains("kind = \"new_incident\", labelled \"new_request\""), "{report}");

    // The correction teaches the learned model: on top of the shipped tables' examples, in a
    // file the desk names in its configuration; guichet then reads with it.
    let model_path = dir.path().join("kind-model.tsv");
    let out = cli_ok(&desk, &["corpus", "train", dir.path().to_str().unwrap(), "--out", model_path.to_str().unwrap()]);
    assert!(out.starts_with("1 mails learned (0 of other kinds left aside), on top of "), "{out}");
    let shipped = Model::from_tsv(guichet::understand::model::SHIPPED).unwrap().examples();
    let trained = Model::from_tsv(&std::fs::read_to_string(&model_path).unwrap()).unwrap();
    assert_eq!(trained.examples(), shipped + 1);
    let named = format!("[desk]\nkind_model = \"{}\"\n", model_path.display());
    desk.edit_config(|text| text.replacen("[desk]\n", &named, 1));
    let reply = dir.path().join("reply.eml");
    std::fs::write(
        &reply,
        format!("From: {CORRESPONDANT}\r\nSubject: RE: [CESAME #2026-000001] Imprimante\r\n\r\nNickel, merci.\r\n"),
    )
    .unwrap();
    let explained = cli_ok(&desk, &["inspect", "--explain", reply.to_str().unwrap()]);
    assert!(explained.contains(&format!("learned model ({} examples)", shipped + 1)), "{explained}");
    // A file that is no model stops guichet with the key to fix, not a silent fallback.
    std::fs::write(&model_path, "pas un modèle\n").unwrap();
    let out = desk.cli(&["inspect", reply.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("desk.kind_model"), "{out:?}");
    desk.edit_config(|text| text.replacen(&named, "[desk]\n", 1));

    // Everything, masked: no address of the school's people anywhere, and the folder still
    // reads the same (the directory masked alike).
    let masked = tempfile::tempdir().unwrap();
    let out = cli_ok(&desk, &["corpus", "export", masked.path().to_str().unwrap(), "--all", "--mask"]);
    assert!(out.starts_with("2 mails written"), "{out}");
    for entry in std::fs::read_dir(masked.path()).unwrap() {
        let text = String::from_utf8_lossy(&std::fs::read(entry.unwrap().path()).unwrap()).to_lowercase();
        assert!(!text.contains("sandrine") && !text.contains("morel"), "{text}");
    }
    let report = cli_ok(&desk, &["corpus", "score", masked.path().to_str().unwrap()]);
    assert!(
        report.contains("sender") && report.lines().any(|l| l.starts_with("sender") && l.contains("100.0 %")),
        "{report}"
    );
    assert!(
        report.lines().any(|l| l.starts_with("kind") && l.contains("(1/2)")),
        "one correction, one agreement: {report}"
    );
}
