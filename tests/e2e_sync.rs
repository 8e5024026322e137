//! Mirroring with two peer platforms through the real mail stack. The peers are real
//! mailboxes the test reads and writes: the academy's Remedy (owns urgency) and the local
//! authority's GLPI (owns the technical state).

mod db;
mod harness;
mod ops;
mod support;

use std::time::Duration;

use guichet::store::TicketState;
use guichet::understand::Urgency;
use harness::Desk;
use mail_parser::{Message, MessageParser};

const CORRESPONDANT: &str = "sandrine.morel@ac-paris.example";

struct Platforms {
    desk: Desk,
    tag: String,
    remedy_in: String,
    remedy_from: String,
    glpi_in: String,
    glpi_from: String,
    sent: std::sync::atomic::AtomicU32,
    /// The daemon's `/metrics` port.
    metrics_port: u16,
    agent: String,
}

impl Platforms {
    async fn new(prefix: &str) -> Platforms {
        Platforms::with(prefix, "").await
    }

    /// `extra`: settings added to both peers.
    async fn with(prefix: &str, extra: &str) -> Platforms {
        let mut desk = Desk::new(prefix, "").await;
        let tag = desk.tag();
        let remedy_in = format!("remedy-{tag}@assistance.ac-paris.example");
        let remedy_from = format!("notif-{tag}@assistance.ac-paris.example");
        let glpi_in = format!("glpi-{tag}@collectivite.example");
        let glpi_from = format!("glpi-notif-{tag}@collectivite.example");
        let peers = format!(
            r#"
[[peers]]
name = "academie"
address = "{remedy_in}"
senders = ["{remedy_from}"]
id_pattern = "INC\\d{{12}}"
format = "remedy"
owns = ["urgency"]
# Updates go out before the platforms tell their ids (this test's platforms answer late).
hold_secs = 0
[peers.status_map]
"Nouveau" = "new"
"Assigné" = "assigned"
"En cours" = "in_progress"
"Résolu" = "resolved"
"Fermé" = "closed"

[[peers]]
name = "collectivite"
address = "{glpi_in}"
senders = ["{glpi_from}"]
id_pattern = "\\[GLPI #(\\d+)\\]"
format = "glpi"
owns = ["state"]
hold_secs = 0
[peers.status_map]
"Nouveau" = "new"
"En cours (attribué)" = "assigned"
"En cours (planifié)" = "in_progress"
"Résolu" = "resolved"
"Clos" = "closed"
"#
        );
        let peers = peers.replace("hold_secs = 0\n", &format!("hold_secs = 0\n{extra}\n"));
        let agent = format!("agent-{tag}@region.example");
        let metrics_port = ops::free_port();
        desk.edit_config(|text| {
            let text = text.replace(
                "[metrics]\nenabled = false\n",
                &format!("[metrics]\nlisten = \"127.0.0.1:{metrics_port}\"\n"),
            );
            let text = text.replace("[desk]\n", &format!("[desk]\nagents = [\"{agent}\"]\n"));
            format!("{text}\n{peers}")
        });
        desk.start();
        Platforms { desk, tag, remedy_in, remedy_from, glpi_in, glpi_from, sent: 0.into(), metrics_port, agent }
    }

    async fn inbox(&self, user: &str) -> Vec<Message<'static>> {
        self.desk
            .stack
            .fetch_all(user, "INBOX")
            .await
            .into_iter()
            .filter_map(|f| MessageParser::default().parse(&f.raw).map(|m| m.into_owned()))
            .collect()
    }

    /// Waits for a mail in `user`'s inbox whose text contains every needle.
    async fn wait_text(&self, user: &str, needles: &[&str]) -> Message<'static> {
        let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(30));
        loop {
            for m in self.inbox(user).await {
                let text = format!("{}\n{}", m.subject().unwrap_or_default(), m.body_text(0).unwrap_or_default());
                if needles.iter().all(|n| text.contains(n)) {
                    return m;
                }
            }
            if std::time::Instant::now() > deadline {
                panic!("no mail with {needles:?} for {user}\n{}", self.desk.logs());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A platform notification; returns its Message-ID.
    async fn notify(&self, from: &str, subject: &str, lines: &str) -> String {
        let n = self.sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let id = format!("{}-n{n}@platform.example", self.tag);
        let raw = notification(from, &self.desk.address, subject, lines, &id);
        self.desk.send(&[(from.to_string(), raw.into_bytes())]).await;
        id
    }

    async fn resend(&self, from: &str, subject: &str, lines: &str, id: &str) {
        let raw = notification(from, &self.desk.address, subject, lines, id);
        self.desk.send(&[(from.to_string(), raw.into_bytes())]).await;
    }

    async fn report(&self) -> String {
        let raw = format!(
            "From: {CORRESPONDANT}\r\nTo: {desk}\r\nSubject: Switch du bâtiment A en panne\r\nMessage-ID: <{tag}-r@ac-paris.example>\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\nPlus de réseau au bâtiment A.\r\nUAI 0751043B\r\nUrgence : moyenne\r\n",
            desk = self.desk.address,
            tag = self.tag,
        );
        self.desk.send(&[(CORRESPONDANT.to_string(), raw.into_bytes())]).await;
        let ack = self.wait_text(CORRESPONDANT, &["Switch du bâtiment A", "Accusé de réception"]).await;
        let subject = ack.subject().unwrap().to_string();
        let start = subject.find('#').unwrap() + 1;
        subject[start..start + 11].to_string()
    }

    async fn ticket(&self, reference: &str) -> guichet::store::Ticket {
        let store = self.desk.store().await;
        let t = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
        store.close().await;
        t
    }

    async fn settle<F, Fut>(&self, what: &str, check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        self.desk.wait_for(what, Duration::from_secs(30), check).await;
    }

    async fn mails_handled(&self) -> usize {
        let store = self.desk.store().await;
        let n = store.list_mails(None, 10_000).await.unwrap().len();
        store.close().await;
        n
    }
}

fn notification(from: &str, to: &str, subject: &str, lines: &str, id: &str) -> String {
    format!(
        "From: Plateforme <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\nAuto-Submitted: auto-generated\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Ceci est une notification automatique.\r\n\r\n{}\r\n\r\n--\r\nPlateforme\r\n",
        lines.replace('\n', "\r\n")
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incident_travels_to_both_peers_and_updates_cross_by_the_ownership_rule() {
    let p = Platforms::new("sync").await;
    let reference = p.report().await;
    // Both platforms get the new ticket, each in its own format, with our reference.
    let submit = p
        .wait_text(&p.remedy_in, &["Action: Submit", &format!("Référence externe: {reference}"), "Statut: Nouveau"])
        .await;
    // In the Email Engine's own syntax: the interface form, its constant and mapped fields,
    // the description as a multi-line value.
    let text = submit.body_text(0).unwrap_or_default().replace("\r\n", "\n");
    for needle in ["Form: HPD:IncidentInterface_Create\n", "!z1D_Action!: CREATE\n", "!Detailed_Decription!: [$$\n"] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    assert!(text.contains("Plus de réseau au bâtiment A.") && text.contains("\n$$]"), "{text}");
    p.wait_text(&p.glpi_in, &[&format!("Référence externe : {reference}"), "Statut : Nouveau"]).await;

    // Remedy: its id, a higher priority (it owns urgency) and a state (it does not own).
    let remedy = format!(
        "Numéro d'incident: INC000000000042\nRéférence externe: {reference}\nStatut: En cours\nPriorité: 2-Élevée\n\
         Notes de travail: Technicien N2 affecté\nDate de mise à jour: 23/11/2026 10:00:00"
    );
    p.notify(&p.remedy_from, "INC000000000042 - Mise à jour", &remedy).await;
    p.settle("urgency from Remedy", || async { p.ticket(&reference).await.urgency == Some(Urgency::TresHaut) }).await;
    assert_eq!(p.ticket(&reference).await.state, TicketState::New, "the authority owns the state");
    // The authority's side and the school hear of it.
    p.wait_text(&p.glpi_in, &["Urgence : Très haute", "Technicien N2 affecté"]).await;
    p.wait_text(CORRESPONDANT, &[&reference, "Niveau d'urgence ajusté"]).await;

    // GLPI resolves (it owns the state) and tries to lower the urgency (it does not own it).
    let glpi = format!(
        "Référence externe : {reference}\nStatut : Résolu\nUrgence : Basse\nDate de modification : 23/11/2026 11:00"
    );
    p.notify(&p.glpi_from, "[GLPI #4521] Ticket résolu", &glpi).await;
    p.settle("state from GLPI", || async { p.ticket(&reference).await.state == TicketState::Resolved }).await;
    assert_eq!(p.ticket(&reference).await.urgency, Some(Urgency::TresHaut), "the academy owns the urgency");
    p.wait_text(&p.remedy_in, &["Numéro d'incident: INC000000000042", "Statut: Résolu"]).await;

    // ticket show lists both peers' ids and the last exchange; sync status answers per peer.
    let out = p.desk.cli(&["ticket", "show", &reference]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("INC000000000042") && text.contains("4521"), "{text}");
    let out = p.desk.cli(&["sync", "status"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("academie") && text.contains("collectivite"), "{text}");

    // Every mail guichet sent the GLPI peer passes GLPI's default mail-collector rules.
    let to_glpi = p.desk.stack.fetch_all(&p.glpi_in, "INBOX").await;
    assert!(to_glpi.len() >= 2, "{} mails to GLPI", to_glpi.len());
    for mail in &to_glpi {
        assert_eq!(support::glpi_default_collector_refuses(&mail.raw), None, "{}", String::from_utf8_lossy(&mail.raw));
    }
    // The rules bite: the automatic header guichet writes elsewhere would have them refused.
    let marked = String::from_utf8_lossy(&to_glpi[0].raw).replacen("\r\n", "\r\nAuto-Submitted: auto-generated\r\n", 1);
    assert_eq!(support::glpi_default_collector_refuses(marked.as_bytes()), Some("Auto-Reply Auto-Submitted"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twice_delivered_is_applied_once_out_of_order_ends_newest_and_echoes_do_not_loop() {
    let p = Platforms::new("order").await;
    let reference = p.report().await;
    p.wait_text(&p.glpi_in, &[&format!("Référence externe : {reference}")]).await;
    let newer = format!(
        "Référence externe : {reference}\nStatut : En cours (planifié)\nDate de modification : 23/11/2026 12:00"
    );
    let older = format!(
        "Référence externe : {reference}\nStatut : En cours (attribué)\nDate de modification : 23/11/2026 09:00"
    );
    let processed = |n: u32| {
        let p = &p;
        async move {
            p.settle(&format!("{n} mails processed"), || async {
                p.desk.stack.folder_counts(&p.desk.address).await.get("processed").copied().unwrap_or(0) >= n
            })
            .await
        }
    };
    // The newest update first, then the same mail again, then an older one arriving late.
    let id = p.notify(&p.glpi_from, "[GLPI #77] Mise à jour", &newer).await;
    processed(2).await;
    p.resend(&p.glpi_from, "[GLPI #77] Mise à jour", &newer, &id).await;
    processed(3).await;
    p.notify(&p.glpi_from, "[GLPI #77] Mise à jour", &older).await;
    processed(4).await;
    assert_eq!(p.mails_handled().await, 3, "the re-delivery is recorded once");
    assert_eq!(p.ticket(&reference).await.state, TicketState::InProgress, "the newest update wins");
    let store = p.desk.store().await;
    let events = store.events(p.ticket(&reference).await.id).await.unwrap();
    assert_eq!(events.iter().filter(|e| e.event == "peer_update").count(), 1, "applied once: {events:?}");

    // An echo robot on the Remedy side answers each of our updates with the same values.
    let mut answered = std::collections::HashSet::new();
    let quiet = std::time::Instant::now() + Duration::from_secs(8);
    while std::time::Instant::now() < quiet {
        for m in p.inbox(&p.remedy_in).await {
            let id = m.message_id().unwrap_or_default().to_string();
            if answered.insert(id) {
                let body =
                    m.body_text(0).unwrap_or_default().replace("Action: Modify\n", "").replace("Action: Submit\n", "");
                let echo = format!("Numéro d'incident: INC000000000077\n{body}");
                p.notify(&p.remedy_from, "INC000000000077 - Mise à jour", &echo).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let to_remedy = p.inbox(&p.remedy_in).await.len();
    let to_glpi = p.inbox(&p.glpi_in).await.len();
    assert!(to_remedy <= 3 && to_glpi <= 3, "bounded exchange: {to_remedy} to Remedy, {to_glpi} to GLPI");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_peer_opens_a_ticket_for_our_school_and_an_unknown_id_is_quarantined() {
    let p = Platforms::new("peeropen").await;
    let opened =
        "Action: Submit\nNuméro d'incident: INC000000000501\nStatut: Nouveau\nPriorité: 3-Moyenne\nUAI: 0752318M\n\
                  Résumé: Imprimante du CDI hors service\nDate de mise à jour: 23/11/2026 08:00:00";
    p.notify(&p.remedy_from, "INC000000000501 - Nouvel incident", opened).await;
    let unknown = "Numéro d'incident: INC000000009999\nStatut: Assigné\nDate de mise à jour: 23/11/2026 08:00:00";
    p.notify(&p.remedy_from, "INC000000009999 - Mise à jour", unknown).await;
    p.settle("both handled", || async { p.mails_handled().await >= 2 }).await;
    let store = p.desk.store().await;
    let tickets = store.list_tickets(None, false, 10).await.unwrap();
    assert_eq!(tickets.len(), 1, "one ticket opened from the academy's");
    assert_eq!(tickets[0].uai, "0752318M");
    assert_eq!(tickets[0].urgency, Some(Urgency::Moyen));
    let (_, metrics) = ops::get(p.metrics_port, "/metrics").await.expect("/metrics answers");
    let metrics = ops::samples(&metrics);
    assert_eq!(metrics.get("guichet_tickets_opened_total"), Some(&1.0), "the peer's ticket counts as opened");
    p.wait_text(&p.glpi_in, &["Imprimante du CDI", "UAI : 0752318M"]).await;
    let quarantined = store.list_mails(Some(guichet::store::mails::MailOutcome::Quarantine), 10).await.unwrap();
    assert_eq!(quarantined.len(), 1);
    assert!(quarantined[0].reason.contains("INC000000009999"), "{}", quarantined[0].reason);
    p.settle("quarantined on the server", || async {
        p.desk.stack.folder_counts(&p.desk.address).await.get("quarantine").copied().unwrap_or(0) == 1
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_platform_is_shown_and_told_once_and_an_engine_error_is_recorded_not_applied() {
    let p = Platforms::with("silent", "answer_within_secs = 1").await;
    let reference = p.report().await;
    p.wait_text(&p.glpi_in, &[&format!("Référence externe : {reference}")]).await;
    // Neither platform answers: the agents hear it once per platform, /metrics and sync status show it.
    p.wait_text(&p.agent, &["Pas de réponse de la plateforme collectivite", &reference]).await;
    p.wait_text(&p.agent, &["Pas de réponse de la plateforme academie", &reference]).await;
    let (_, metrics) = ops::get(p.metrics_port, "/metrics").await.expect("/metrics answers");
    let metrics = ops::samples(&metrics);
    assert_eq!(metrics.get("guichet_peer_unanswered_tickets{peer=\"collectivite\"}"), Some(&1.0), "{metrics:?}");
    let status = String::from_utf8_lossy(&p.desk.cli(&["sync", "status"]).stdout).into_owned();
    assert!(status.contains(&reference), "{status}");
    tokio::time::sleep(Duration::from_secs(7)).await;
    let told =
        p.inbox(&p.agent).await.iter().filter(|m| m.subject().unwrap_or_default().contains("Pas de réponse")).count();
    assert_eq!(told, 2, "once per platform");

    // GLPI answers: the ticket is answered there.
    let glpi = format!("Référence externe : {reference}\nStatut : Nouveau\nDate de modification : 23/11/2026 11:00");
    p.notify(&p.glpi_from, "[GLPI #0004521] Nouveau ticket", &glpi).await;
    p.settle("GLPI answered", || async {
        let (_, metrics) = ops::get(p.metrics_port, "/metrics").await.unwrap_or_default();
        ops::samples(&metrics).get("guichet_peer_unanswered_tickets{peer=\"collectivite\"}") == Some(&0.0)
    })
    .await;

    // Remedy's Email Engine refuses our submission: recorded in the history and the sync
    // status, nothing applied.
    let before = p.ticket(&reference).await;
    let error = format!(
        "Votre message n'a pas pu être traité.\n\nERROR (326): Required field cannot be blank.; 1000000000\n\n\
         Message d'origine :\nRéférence externe: {reference}\nStatut: Résolu\n"
    );
    p.notify(&p.remedy_from, "Re: Nouvel incident", &error).await;
    p.settle("the error recorded", || async {
        let store = p.desk.store().await;
        let events = store.events(p.ticket(&reference).await.id).await.unwrap();
        events.iter().any(|e| e.event == "peer_error" && e.detail.contains("ERROR (326)"))
    })
    .await;
    let after = p.ticket(&reference).await;
    assert_eq!((after.state, after.urgency), (before.state, before.urgency), "nothing applied");
    let status = String::from_utf8_lossy(&p.desk.cli(&["sync", "status"]).stdout).into_owned();
    assert!(status.contains("errors=1") && status.contains("ERROR (326)"), "{status}");
}
