//! A ticket's whole life by email, through the real mail stack: the correspondant reports,
//! the agent qualifies and assigns by replying, the work order lands in the contractor's
//! mailbox, the contractor closes technically, the school confirms (or says it still fails),
//! and the 10-day automatic closure; commands from non-agents and work-order answers from
//! non-contractors change nothing.

mod db;
mod harness;
mod support;

use std::time::Duration;

use guichet::store::TicketState;
use harness::Desk;
use mail_parser::{Message, MessageParser};

const CORRESPONDANT: &str = "sandrine.morel@ac-paris.example";

struct Life {
    desk: Desk,
    tag: String,
    agent: String,
    contractor: String,
    technician: String,
}

impl Life {
    async fn new(prefix: &str) -> Life {
        Life::with_contractor(prefix, None).await
    }

    /// A desk whose contractor takes work orders at `contractor` (its own address otherwise).
    async fn with_contractor(prefix: &str, contractor: Option<&str>) -> Life {
        let mut desk = Desk::new(prefix, "").await;
        let tag = desk.tag();
        let agent = format!("agent-{tag}@region.example");
        let contractor = contractor.map_or_else(|| format!("ot-{tag}@scc.example"), str::to_string);
        let technician = format!("tech-{tag}@scc.example");
        desk.edit_config(|text| {
            text.replace("address = \"interventions@scc.example\"", &format!("address = \"{contractor}\""))
                .replace("[desk]\n", &format!("[desk]\nagents = [\"{agent}\"]\n"))
        });
        desk.start();
        Life { desk, tag, agent, contractor, technician }
    }

    /// Waits for a mail from the desk in `user`'s inbox whose subject contains `needle`.
    async fn wait_mail(&self, user: &str, needle: &str) -> Message<'static> {
        let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(30));
        loop {
            for f in self.desk.stack.fetch_all(user, "INBOX").await {
                let Some(m) = MessageParser::default().parse(&f.raw).map(|m| m.into_owned()) else { continue };
                let from_desk = m.from().and_then(|a| a.first()).and_then(|a| a.address()) == Some(&self.desk.address);
                if from_desk && m.subject().unwrap_or_default().contains(needle) {
                    return m;
                }
            }
            if std::time::Instant::now() > deadline {
                panic!("no mail with {needle:?} for {user}\n{}", self.desk.logs());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn send(&self, from: &str, raw: String) {
        self.desk.send(&[(from.to_string(), raw.into_bytes())]).await;
    }

    /// A reply to `parent` from `from`, as a mail client writes it.
    /// A reply as mail clients write it: the parent's text quoted below (the closure notice
    /// names both "c'est résolu" and "toujours en panne": only the school's words may count).
    fn reply(&self, from: &str, parent: &Message<'_>, n: u32, body: &str) -> String {
        let quoted: Vec<String> = parent.body_text(0).unwrap_or_default().lines().map(|l| format!("> {l}")).collect();
        format!(
            "From: {from}\r\nTo: {desk}\r\nSubject: RE: {subject}\r\nMessage-ID: <{tag}-r{n}@client.example>\r\n\
             In-Reply-To: <{parent_id}>\r\nReferences: <{parent_id}>\r\nDate: Mon, 23 Nov 2026 11:00:00 +0100\r\n\
             MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
             {body}\r\n\r\nLe 23/11/2026 à 10:00, CESAME a écrit :\r\n{quoted}\r\n",
            desk = self.desk.address,
            subject = parent.subject().unwrap_or_default(),
            tag = self.tag,
            parent_id = parent.message_id().unwrap_or_default(),
            quoted = quoted.join("\r\n"),
        )
    }

    /// Reports an incident (no urgency stated) with an attachment; returns the ticket number.
    async fn report(&self, n: u32) -> String {
        let raw = format!(
            "From: Sandrine Morel <{CORRESPONDANT}>\r\nTo: {desk}\r\nSubject: Vidéoprojecteur salle {n} en panne\r\n\
             Message-ID: <{tag}-{n}@ac-paris.example>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Bonjour,\r\nLe vidéoprojecteur de la salle {n} ne s'allume plus.\r\nUAI 0751043B\r\n\r\nSandrine Morel\r\n\
             --b\r\nContent-Type: text/plain; name=\"releve.txt\"\r\nContent-Disposition: attachment; filename=\"releve.txt\"\r\n\r\n\
             voyant orange clignotant\r\n--b--\r\n",
            desk = self.desk.address,
            tag = self.tag,
        );
        self.send(CORRESPONDANT, raw).await;
        let ack = self.wait_mail(CORRESPONDANT, &format!("salle {n} en panne")).await;
        let subject = ack.subject().unwrap().to_string();
        assert!(subject.contains("Accusé de réception"), "{subject}");
        let start = subject.find("#").expect("ticket tag") + 1;
        subject[start..start + 11].to_string()
    }

    async fn state(&self, reference: &str) -> TicketState {
        let store = self.desk.store().await;
        let t = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
        store.close().await;
        t.state
    }

    async fn wait_state(&self, reference: &str, state: TicketState) {
        self.desk
            .wait_for(&format!("{reference} {state:?}"), Duration::from_secs(30), || async {
                self.state(reference).await == state
            })
            .await;
    }

    /// Agent qualifies and assigns; returns the work order as the contractor received it.
    async fn qualify_and_assign(&self, reference: &str) -> Message<'static> {
        let notice = self.wait_mail(&self.agent, &format!("{reference}] Nouveau ticket")).await;
        let text = notice.body_text(0).unwrap().to_string();
        assert!(text.contains("0751043B") && text.contains("à qualifier"), "{text}");
        let command = self.reply(&self.agent, &notice, 1, "Bonjour,\r\nurgence : très haut\r\naffecter : prestataire");
        self.send(&self.agent, command).await;
        let confirmation = self.wait_mail(&self.agent, "Commandes : appliquées").await;
        let text = confirmation.body_text(0).unwrap().to_string();
        assert!(text.contains("très haut") && text.contains("affecté à SCC"), "{text}");
        let news = self.wait_mail(CORRESPONDANT, "Niveau d'urgence ajusté").await;
        assert!(news.subject().unwrap().contains(reference));
        let order = self.wait_mail(&self.contractor, &format!("OT-{reference}")).await;
        let text = order.body_text(0).unwrap().to_string();
        for expected in ["Lycée Jeanne-Barret", "Paris 11e", CORRESPONDANT, "très haut", "Échéance", "ne s'allume plus"]
        {
            assert!(text.contains(expected), "work order lacks {expected:?}:\n{text}");
        }
        assert!(order.attachments().any(|a| a.attachment_name() == Some("releve.txt")), "original attachment joined");
        self.wait_state(reference, TicketState::Assigned).await;
        order
    }

    async fn technical_closure(&self, reference: &str, order: &Message<'_>) -> Message<'static> {
        let done =
            self.reply(&self.technician, order, 2, "Intervention terminée : lampe du vidéoprojecteur remplacée.");
        self.send(&self.technician, done).await;
        self.wait_state(reference, TicketState::Resolved).await;
        let news = self.wait_mail(CORRESPONDANT, &format!("{reference}] Intervention terminée")).await;
        let text = news.body_text(0).unwrap().to_string();
        assert!(text.contains("lampe du vidéoprojecteur remplacée") && text.contains("10 jours"), "{text}");
        news
    }
}

use mail_parser::MimeHeaders;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incident_to_work_order_to_technical_then_administrative_closure() {
    let life = Life::new("life").await;
    let reference = life.report(1).await;
    assert_eq!(life.state(&reference).await, TicketState::New);
    let order = life.qualify_and_assign(&reference).await;
    let news = life.technical_closure(&reference, &order).await;
    let confirm = life.reply(CORRESPONDANT, &news, 3, "Bonjour, c'est résolu, vous pouvez clôturer. Merci !");
    life.send(CORRESPONDANT, confirm).await;
    life.wait_state(&reference, TicketState::Closed).await;
    life.wait_mail(CORRESPONDANT, &format!("{reference}] Demande clôturée")).await;
    let store = life.desk.store().await;
    let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    assert!(ticket.assigned_at.is_some() && ticket.resolved_at.is_some() && ticket.closed_at.is_some());
    assert!(ticket.due_at.unwrap() > ticket.assigned_at.unwrap(), "a deadline in working days after assignment");
    let events: Vec<String> = store.events(ticket.id).await.unwrap().into_iter().map(|e| e.event).collect();
    for e in ["received", "urgency", "assigned", "technical_closure", "closure_confirmation", "closed"] {
        assert!(events.iter().any(|x| x == e), "history lacks {e}: {events:?}");
    }
    // The desk's statistics count it: closed, processing time measured, deadline met.
    let out = life.desk.cli(&["stats", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let overall = &stats["overall"];
    assert_eq!(overall["tickets"]["closed"], 1, "{stats}");
    assert_eq!(overall["received_to_closed"]["count"], 1);
    assert!(overall["received_to_closed"]["mean_seconds"].as_f64().unwrap() > 0.0);
    assert_eq!(overall["assigned_to_resolved"]["count"], 1);
    assert_eq!(overall["deadlines"]["met"], 1);
    let scc = stats["by_contractor"].as_array().unwrap().iter().find(|g| g["key"] == "SCC").expect("per contractor");
    assert_eq!(scc["deadlines"]["rate"], 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn still_broken_reopens_and_tells_the_contractor() {
    let life = Life::new("reopen").await;
    let reference = life.report(2).await;
    let order = life.qualify_and_assign(&reference).await;
    let news = life.technical_closure(&reference, &order).await;
    let refuse = life.reply(CORRESPONDANT, &news, 3, "Bonjour, le vidéoprojecteur est toujours en panne.");
    life.send(CORRESPONDANT, refuse).await;
    life.wait_state(&reference, TicketState::Assigned).await;
    let notice = life.wait_mail(&life.contractor, "Ticket rouvert").await;
    assert!(notice.subject().unwrap().contains(&format!("OT-{reference}")));
    assert!(notice.body_text(0).unwrap().contains("toujours en panne"));
}

/// Thanks in words no rule knows: read as news, but the learned model reads the closure it
/// is, and the contractor's technical closure corroborates it: the ticket closes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thanks_in_other_words_close_a_resolved_ticket() {
    let life = Life::new("thanks").await;
    let reference = life.report(4).await;
    let order = life.qualify_and_assign(&reference).await;
    let news = life.technical_closure(&reference, &order).await;
    let thanks =
        life.reply(CORRESPONDANT, &news, 3, "Parfait, le vidéoprojecteur a tenu toute la matinée. Merci à vous.");
    life.send(CORRESPONDANT, thanks).await;
    life.wait_state(&reference, TicketState::Closed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_answer_within_ten_days_closes_automatically() {
    let life = Life::new("autoclose").await;
    let reference = life.report(3).await;
    let order = life.qualify_and_assign(&reference).await;
    life.technical_closure(&reference, &order).await;
    // Nine days later nothing happens; eleven days later the ticket closes itself.
    let later = |days: i64| (chrono::Utc::now() + chrono::Duration::days(days)).to_rfc3339();
    let out = life.desk.cli(&["timers", "run", "--now", &later(9)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(life.state(&reference).await, TicketState::Resolved);
    let out = life.desk.cli(&["timers", "run", "--now", &later(11)]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("fired"), "{out:?}");
    assert_eq!(life.state(&reference).await, TicketState::Closed);
    let closed = life.wait_mail(CORRESPONDANT, &format!("{reference}] Demande clôturée")).await;
    assert!(closed.body_text(0).unwrap().contains("clôture automatique"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_from_non_agents_and_answers_from_non_contractors_change_nothing() {
    let life = Life::new("refuse").await;
    let reference = life.report(4).await;
    let notice = life.wait_mail(&life.agent, &format!("{reference}] Nouveau ticket")).await;
    // A teacher who got hold of the notification tries to command.
    let intruder = "romain.leroy@ac-paris.example";
    let forged = life.reply(intruder, &notice, 5, "urgence : bas\r\nclore");
    life.send(intruder, forged).await;
    // A stranger answers the work order as if it were the contractor.
    let order = life.qualify_and_assign(&reference).await;
    let fake = life.reply("someone@not-the-contractor.example", &order, 6, "Intervention terminée.");
    life.send("someone@not-the-contractor.example", fake).await;
    life.desk
        .wait_for("both mails recorded", Duration::from_secs(30), || async {
            let store = life.desk.store().await;
            let mails = store.list_mails(None, 100).await.unwrap();
            store.close().await;
            mails
                .iter()
                .filter(|m| m.sender.as_deref().is_some_and(|s| s.contains("romain") || s.contains("someone")))
                .count()
                == 2
        })
        .await;
    let store = life.desk.store().await;
    let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(ticket.state, TicketState::Assigned, "neither the intruder nor the stranger changed it");
    assert_eq!(ticket.urgency, Some(guichet::understand::Urgency::TresHaut), "the agent's urgency stands");
    let intruder_mail =
        store.list_mails(None, 100).await.unwrap().into_iter().find(|m| m.sender.as_deref() == Some(intruder)).unwrap();
    assert!(intruder_mail.reason.contains("not an agent"), "{}", intruder_mail.reason);
}

/// The MTA refuses the contractor's address (550 at RCPT): the work order ends failed, the
/// ticket goes back to be assigned, its deadline no longer runs, and the agents are told.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_work_order_the_mta_refuses_puts_the_ticket_back_and_tells_the_agents() {
    let refused = "ot@refused.invalid";
    let life = Life::with_contractor("refusedot", Some(refused)).await;
    let reference = life.report(5).await;
    let notice = life.wait_mail(&life.agent, &format!("{reference}] Nouveau ticket")).await;
    let command = life.reply(&life.agent, &notice, 1, "Bonjour,\r\naffecter : prestataire");
    life.send(&life.agent, command).await;
    let told = life.wait_mail(&life.agent, &format!("{reference}] Envoi non remis")).await;
    let text = told.body_text(0).unwrap().to_string();
    assert!(text.contains(refused) && text.contains("affecter de nouveau"), "{text}");
    life.wait_state(&reference, TicketState::New).await;
    let store = life.desk.store().await;
    let ticket = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!((ticket.assignee, ticket.due_at), (None, None), "no contractor, no deadline running");
    let events: Vec<String> = store.events(ticket.id).await.unwrap().into_iter().map(|e| e.event).collect();
    assert!(events.iter().any(|e| e == "delivery_failed"), "{events:?}");
    let orders: Vec<_> =
        store.list_outbox(None, 100).await.unwrap().into_iter().filter(|e| e.recipient == refused).collect();
    assert_eq!(orders.len(), 1, "one work order, not sent again");
    assert_eq!(orders[0].status.as_str(), "failed");
    // Told once: the agent has exactly one such notice.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let notices = life
        .desk
        .stack
        .fetch_all(&life.agent, "INBOX")
        .await
        .into_iter()
        .filter_map(|f| MessageParser::default().parse(&f.raw).and_then(|m| m.subject().map(str::to_string)))
        .filter(|subject| subject.contains("Envoi non remis"))
        .count();
    assert_eq!(notices, 1);
    store.close().await;
}

/// The contractor's server accepts the work order, then bounces it (a delivery status
/// notification as Postfix writes it, RFC 3464): the bounce is matched to the work order by
/// the Message-ID it returns, and the ticket goes back to be assigned as if it were refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bounced_work_order_is_matched_and_puts_the_ticket_back() {
    let life = Life::new("bouncedot").await;
    let reference = life.report(6).await;
    let order = life.qualify_and_assign(&reference).await;
    let daemon = "MAILER-DAEMON@mx.scc.example";
    let dsn = format!(
        "From: Mail Delivery System <{daemon}>\r\nTo: {desk}\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Message-ID: <{tag}-dsn@mx.scc.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\nAuto-Submitted: auto-replied\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
         --B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.scc.example.\r\n\r\n\
         I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n\
         --B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.scc.example\r\n\r\n\
         Final-Recipient: rfc822; {contractor}\r\nAction: failed\r\nStatus: 5.2.2\r\n\
         Diagnostic-Code: smtp; 552 5.2.2 mailbox full\r\n\r\n\
         --B\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {desk}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n--B--\r\n",
        desk = life.desk.address,
        tag = life.tag,
        contractor = life.contractor,
        subject = order.subject().unwrap_or_default(),
        id = order.message_id().unwrap(),
    );
    life.send(daemon, dsn).await;
    let told = life.wait_mail(&life.agent, &format!("{reference}] Envoi non remis")).await;
    let text = told.body_text(0).unwrap().to_string();
    assert!(text.contains("mailbox full") && text.contains("affecter de nouveau"), "{text}");
    life.wait_state(&reference, TicketState::New).await;
    let store = life.desk.store().await;
    let entry = store
        .list_outbox(None, 100)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.recipient == life.contractor && e.purpose.as_str() == "ot")
        .unwrap();
    assert_eq!(entry.status.as_str(), "failed");
    assert!(entry.last_error.unwrap_or_default().starts_with("bounced: 5.2.2"));
    store.close().await;
}
