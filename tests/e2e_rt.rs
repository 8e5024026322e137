//! Mirroring with a real, stock Request Tracker 5 (Debian's request-tracker5), started by
//! tests/rt/start.sh: fetchmail feeds rt-mailgate from RT's mailboxes on the test mail stack,
//! RT sends through the stack's OpenSMTPD. RT is configured only as the README says (the
//! rights of config/rt/guichet-rights.pl); its agents act through its REST 2 API.

mod db;
mod harness;
mod ops;
mod support;

use std::process::Command;
use std::time::Duration;

use guichet::store::TicketState;
use harness::Desk;
use mail_parser::MessageParser;
use serde_json::{json, Value};

const CORRESPONDANT: &str = "sandrine.morel@ac-paris.example";

/// RT's REST 2 API, as its agents use it (curl: what an administrator would type).
struct Rt {
    url: String,
    user: String,
    password: String,
}

impl Rt {
    fn from_env() -> Rt {
        let var = |name: &str| {
            std::env::var(name).unwrap_or_else(|_| panic!("{name} unset: run the tests with tests/run.sh (see README)"))
        };
        Rt {
            url: var("GUICHET_TEST_RT_URL"),
            user: var("GUICHET_TEST_RT_USER"),
            password: var("GUICHET_TEST_RT_PASSWORD"),
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let mut command = Command::new("curl");
        command
            .args(["-sS", "-f", "-X", method, "-u", &format!("{}:{}", self.user, self.password)])
            .args(["-H", "Content-Type: application/json"])
            .arg(format!("{}/REST/2.0/{path}", self.url));
        if let Some(body) = body {
            command.args(["--data-binary", &body.to_string()]);
        }
        let out = command.output().expect("curl runs");
        assert!(out.status.success(), "RT {method} {path}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
    }

    /// RT's tickets requested by `requestor` whose subject contains `text` (the tests' desks
    /// share this RT and number their tickets alike).
    fn tickets_about(&self, requestor: &str, text: &str) -> Vec<u64> {
        let query = format!("Requestor = '{requestor}' AND Subject LIKE '{text}'");
        let found = self.call("GET", &format!("tickets?query={}", urlencode(&query)), None);
        found["items"].as_array().into_iter().flatten().filter_map(|t| t["id"].as_str()?.parse().ok()).collect()
    }

    fn ticket(&self, id: u64) -> Value {
        self.call("GET", &format!("ticket/{id}"), None)
    }

    /// The contents of the ticket's transactions of `kind` (`Create`, `Correspond`, `Comment`),
    /// from RT's REST 1.0 history (plain text: `Type:` and `Content:` per transaction).
    fn contents(&self, id: u64, kind: &str) -> Vec<String> {
        let out = Command::new("curl")
            .args(["-sS", "-f"])
            .arg(format!(
                "{}/REST/1.0/ticket/{id}/history?format=l&user={}&pass={}",
                self.url, self.user, self.password
            ))
            .output()
            .expect("curl runs");
        assert!(out.status.success(), "RT history: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.split("\n--\n")
            .filter(|block| block.lines().any(|l| l.trim() == format!("Type: {kind}")))
            .map(str::to_string)
            .collect()
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn desk_with_rt(prefix: &str) -> Desk {
    let mut desk = Desk::new(prefix, "").await;
    desk.edit_config(|text| {
        format!(
            r#"{text}
[[peers]]
name = "rt"
address = "rt@rt.test"
update_address = "rt-comment@rt.test"
senders = ["rt@rt.test", "rt-comment@rt.test"]
id_pattern = '\[rt\.test #(\d+)\]'
subject_tag = "[rt.test #{{id}}]"
format = "rt"
"#
        )
    });
    desk.start();
    desk
}

async fn wait_text(desk: &Desk, user: &str, needles: &[&str]) {
    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(60));
    loop {
        for f in desk.stack.fetch_all(user, "INBOX").await {
            let Some(m) = MessageParser::default().parse(&f.raw) else { continue };
            let text = format!("{}\n{}", m.subject().unwrap_or_default(), m.body_text(0).unwrap_or_default());
            if needles.iter().all(|n| text.contains(n)) {
                return;
            }
        }
        assert!(std::time::Instant::now() < deadline, "no mail with {needles:?} for {user}\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn report(desk: &Desk, subject: &str) -> String {
    let raw = format!(
        "From: {CORRESPONDANT}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{tag}-r@ac-paris.example>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Le vidéoprojecteur de la salle B12 ne s'allume plus.\r\nUAI 0751043B\r\nUrgence : moyenne\r\n",
        to = desk.address,
        tag = desk.tag(),
    );
    desk.send(&[(CORRESPONDANT.to_string(), raw.into_bytes())]).await;
    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(30));
    loop {
        let store = desk.store().await;
        let tickets = store.list_tickets(None, false, 10).await.unwrap();
        store.close().await;
        if let Some(t) = tickets.first() {
            return t.reference.to_string();
        }
        assert!(std::time::Instant::now() < deadline, "no ticket opened\n{}", desk.logs());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn ticket(desk: &Desk, reference: &str) -> guichet::store::Ticket {
    let store = desk.store().await;
    let t = store.ticket(reference.parse().unwrap()).await.unwrap().unwrap();
    store.close().await;
    t
}

/// The RT id our ticket is linked to.
async fn rt_link(desk: &Desk, reference: &str) -> Option<String> {
    let id = ticket(desk, reference).await.id;
    let store = desk.store().await;
    let views = store.peer_views(id).await.unwrap();
    store.close().await;
    views.into_iter().find(|v| v.peer == "rt").and_then(|v| v.peer_id)
}

/// Mails sent to RT by this desk, and mails of RT's handled by it.
async fn traffic(desk: &Desk) -> (usize, usize) {
    let store = desk.store().await;
    let to_rt =
        store.list_outbox(None, 10_000).await.unwrap().iter().filter(|e| e.recipient.contains("rt.test")).count();
    let from_rt = store
        .list_mails(None, 10_000)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.sender.as_deref().is_some_and(|s| s.ends_with("@rt.test")))
        .count();
    store.close().await;
    (to_rt, from_rt)
}

/// Nothing more goes either way for a while: no loop.
async fn quiet(desk: &Desk) {
    let before = traffic(desk).await;
    tokio::time::sleep(Duration::from_secs(8)).await;
    assert_eq!(traffic(desk).await, before, "mails still flowing between guichet and RT\n{}", desk.logs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_school_incident_lives_on_a_stock_rt_and_rt_s_changes_come_back() {
    let rt = Rt::from_env();
    let desk = desk_with_rt("rt").await;
    let reference = report(&desk, "Vidéoprojecteur B12 en panne").await;

    // RT opens its ticket from our first update, with the problem's description, and its
    // auto-reply tells us its id.
    let rt_id = {
        let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(60));
        loop {
            if let Some(id) = rt.tickets_about(&desk.address, &reference).first() {
                break *id;
            }
            assert!(std::time::Instant::now() < deadline, "no RT ticket for {reference}\n{}", desk.logs());
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    let created = rt.contents(rt_id, "Create").join("\n");
    assert!(created.contains("ne s'allume plus") && created.contains("0751043B"), "{created}");
    desk.wait_for("RT's id linked", Duration::from_secs(60), || async {
        rt_link(&desk, &reference).await == Some(rt_id.to_string())
    })
    .await;
    let shown = desk.cli(&["ticket", "show", &reference]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("rt"), "ticket show lists the RT copy");
    quiet(&desk).await;

    // An RT agent answers the requester: the school reads it, whole.
    rt.call(
        "POST",
        &format!("ticket/{rt_id}/correspond"),
        Some(json!({ "Content": "Le technicien passe jeudi matin.\nMerci de prévoir l'accès à la salle B12.", "ContentType": "text/plain" })),
    );
    wait_text(&desk, CORRESPONDANT, &["jeudi matin", "accès à la salle B12"]).await;

    // A desk agent's note reaches the same RT ticket, as a comment (no new RT ticket).
    let out = desk.cli(&["ticket", "note", &reference, "Pièce de rechange commandée chez le fournisseur."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    desk.wait_for("the note on RT", Duration::from_secs(60), || async {
        rt.contents(rt_id, "Comment").iter().any(|c| c.contains("Pièce de rechange commandée"))
    })
    .await;
    assert_eq!(rt.tickets_about(&desk.address, &reference), [rt_id], "one RT ticket for our ticket");

    // RT resolves: our ticket is technically closed and the school asked to confirm.
    rt.call("PUT", &format!("ticket/{rt_id}"), Some(json!({ "Status": "resolved" })));
    desk.wait_for("resolved from RT", Duration::from_secs(60), || async {
        ticket(&desk, &reference).await.state == TicketState::Resolved
    })
    .await;
    quiet(&desk).await;

    // The desk closes it: RT hears it as a comment, and its ticket stays resolved (a comment
    // does not reopen; correspondence would).
    let out = desk.cli(&["ticket", "close", &reference]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    desk.wait_for("the closure on RT", Duration::from_secs(60), || async {
        rt.contents(rt_id, "Comment").iter().any(|c| c.contains("Référence externe") && c.contains("close"))
    })
    .await;
    assert_eq!(rt.ticket(rt_id)["Status"], "resolved", "closed here is resolved there, never rejected");

    // An RT agent writes again (RT reopens its own ticket on correspondence): recorded here,
    // our closed ticket stays closed, and nothing is bounced back.
    rt.call(
        "POST",
        &format!("ticket/{rt_id}/correspond"),
        Some(json!({ "Content": "Dernier passage effectué.", "ContentType": "text/plain" })),
    );
    desk.wait_for("the late message recorded", Duration::from_secs(60), || async {
        let store = desk.store().await;
        let events = store.events(ticket(&desk, &reference).await.id).await.unwrap();
        store.close().await;
        events.iter().any(|e| e.detail.contains("Dernier passage"))
    })
    .await;
    assert_eq!(ticket(&desk, &reference).await.state, TicketState::Closed);
    quiet(&desk).await;

    // The same RT mail delivered twice (a second copy in the mailbox) is applied once.
    let processed = desk.stack.fetch_all(&desk.address, "processed").await;
    let from_rt = processed
        .iter()
        .find(|f| String::from_utf8_lossy(&f.raw).contains("Dernier passage"))
        .expect("RT's mail in the processed folder");
    let handled = desk.store().await.list_mails(None, 10_000).await.unwrap().len();
    let before = processed.len();
    desk.stack.append(&desk.address, "INBOX", &from_rt.raw).await;
    desk.wait_for("the copy handled", Duration::from_secs(30), || async {
        desk.stack.fetch_all(&desk.address, "processed").await.len() > before
    })
    .await;
    let store = desk.store().await;
    assert_eq!(store.list_mails(None, 10_000).await.unwrap().len(), handled, "recorded once");
    let events = store.events(ticket(&desk, &reference).await.id).await.unwrap();
    assert_eq!(events.iter().filter(|e| e.detail.contains("Dernier passage")).count(), 1, "{events:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ticket_opened_in_rt_for_one_of_our_schools_opens_ours() {
    let rt = Rt::from_env();
    let desk = desk_with_rt("rtopen").await;
    // An RT agent opens a ticket with the desk as requester, naming the school.
    let created = rt.call(
        "POST",
        "ticket",
        Some(json!({
            "Queue": "General",
            "Requestor": desk.address,
            "Subject": format!("Imprimante du CDI hors service {}", desk.tag()),
            "Content": "Signalé par téléphone.\nUAI : 0751043B",
            "ContentType": "text/plain",
        })),
    );
    let rt_id: u64 = created["id"]
        .as_u64()
        .or_else(|| created["id"].as_str().and_then(|s| s.parse().ok()))
        .expect("RT answers the new ticket's id");
    desk.wait_for("our ticket opened from RT's", Duration::from_secs(60), || async {
        let store = desk.store().await;
        let tickets = store.list_tickets(None, false, 10).await.unwrap();
        store.close().await;
        tickets.iter().any(|t| t.uai == "0751043B" && t.subject.contains("Imprimante du CDI"))
    })
    .await;
    let store = desk.store().await;
    let ours = store.list_tickets(None, false, 10).await.unwrap().remove(0);
    store.close().await;
    assert_eq!(rt_link(&desk, &ours.reference.to_string()).await, Some(rt_id.to_string()), "linked to RT #{rt_id}");
    quiet(&desk).await;
    assert_eq!(rt.tickets_about(&desk.address, &ours.reference.to_string()).len(), 0, "no second RT ticket for it");
}
