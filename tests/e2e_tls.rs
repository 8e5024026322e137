//! TLS for real: the daemon watches the mailbox over IMAPS or IMAP+STARTTLS and sends over
//! SMTPS or submission+STARTTLS (with AUTH), trusting the test stack's private CA through
//! `ca_file`; without it the servers' certificates are refused, and the log says why.

mod db;
mod harness;
mod ops;
mod support;

use std::time::Duration;

use ops::{incident, secret_desk, unique_id, wait_for_answers, write_config, Daemon, TlsStack, CORRESPONDANT};

const FROM: &str = "Sandrine Morel <sandrine.morel@ac-paris.example>";

/// `[imap]` and `[smtp]` for the secret desk, with the given security, ports and CA.
fn sections(tls: &TlsStack, security: &str, imap_port: u16, smtp_port: u16, host: &str, ca: bool) -> String {
    let ca_line = if ca { format!("ca_file = \"{}\"", tls.ca_file.display()) } else { String::new() };
    format!(
        r#"
[imap]
host = "{host}"
port = {imap_port}
security = "{security}"
{ca_line}
user = "{{address}}"
password_env = "GUICHET_TEST_SECRET_PASSWORD"
poll_interval_secs = 5
timeout_secs = 10

[smtp]
host = "{host}"
port = {smtp_port}
security = "{security}"
{ca_line}
user = "{{address}}"
password_env = "GUICHET_TEST_SECRET_PASSWORD"
timeout_secs = 10

[outbox]
retry_base_secs = 1

[metrics]
enabled = false
"#
    )
}

async fn acknowledged_over(security: &str, host: &str, imap_port: u16, smtp_port: u16) {
    let tls = TlsStack::from_env();
    let mut desk = secret_desk(&format!("tls-{security}"), &tls).await;
    write_config(&desk, &sections(&tls, security, imap_port, smtp_port, host, true));
    let id = unique_id("tls");
    desk.send(&[(CORRESPONDANT.to_string(), incident(&id, "Panne du vidéoprojecteur salle 12", FROM))]).await;
    desk.start();
    let answers = wait_for_answers(&desk, std::slice::from_ref(&id), Duration::from_secs(60)).await;
    let subject = mail_parser::MessageParser::default().parse(&answers[0].0).unwrap().subject().unwrap().to_string();
    assert!(subject.contains("[CESAME #"), "the acknowledgement carries the ticket: {subject}");
    let logs = desk.logs();
    assert!(logs.contains("mailbox connected"), "{logs}");
    let status = desk.terminate();
    assert!(status.success(), "clean exit: {status:?}\n{}", desk.logs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incident_is_acknowledged_over_imaps_and_smtps() {
    let tls = TlsStack::from_env();
    // The certificate names both 127.0.0.1 and localhost: the IP address is checked here.
    acknowledged_over("tls", "127.0.0.1", tls.imaps_port, tls.smtps_port).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incident_is_acknowledged_over_starttls() {
    let tls = TlsStack::from_env();
    // ... and the host name here.
    acknowledged_over("starttls", "localhost", tls.imap_starttls_port, tls.smtp_starttls_port).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_from_an_unknown_ca_is_refused_with_a_clear_log_line() {
    let tls = TlsStack::from_env();
    let desk = secret_desk("tls-noca", &tls).await;
    let id = unique_id("tls-noca");
    desk.send(&[(CORRESPONDANT.to_string(), incident(&id, "Panne du vidéoprojecteur salle 12", FROM))]).await;

    // IMAPS without ca_file: the private CA is not in the system store.
    write_config(&desk, &sections(&tls, "tls", tls.imaps_port, tls.smtps_port, "127.0.0.1", false));
    let mut daemon = Daemon::start(&desk, "imap-noca", "guichet=debug,info", &[]);
    let line = daemon.wait_for_line(&["mailbox session ended"], Duration::from_secs(30)).await;
    assert!(line.contains("certificate") && line.contains("imap.ca_file"), "clear reason: {line}");
    assert!(!daemon.output().contains("mailbox connected"), "{}", daemon.output());
    daemon.stop();

    // STARTTLS on IMAP, same refusal after the upgrade.
    write_config(&desk, &sections(&tls, "starttls", tls.imap_starttls_port, tls.smtps_port, "127.0.0.1", false));
    let mut daemon = Daemon::start(&desk, "starttls-noca", "guichet=debug,info", &[]);
    let line = daemon.wait_for_line(&["mailbox session ended"], Duration::from_secs(30)).await;
    assert!(line.contains("certificate") && line.contains("imap.ca_file"), "clear reason: {line}");
    daemon.stop();

    // The mailbox trusted, SMTPS not: the acknowledgement waits, and the log says why.
    let imap_ok = sections(&tls, "tls", tls.imaps_port, tls.smtps_port, "127.0.0.1", true);
    let (imap, _) = imap_ok.split_once("[smtp]").unwrap();
    let smtp_noca = sections(&tls, "tls", tls.imaps_port, tls.smtps_port, "127.0.0.1", false);
    let (_, smtp) = smtp_noca.split_once("[smtp]").unwrap();
    write_config(&desk, &format!("{imap}[smtp]{smtp}"));
    let mut daemon = Daemon::start(&desk, "smtp-noca", "guichet=debug,info", &[]);
    let line = daemon.wait_for_line(&["mail delayed"], Duration::from_secs(60)).await;
    assert!(line.contains("certificate"), "clear reason: {line}");
    assert!(!daemon.output().contains("mail sent"), "{}", daemon.output());
    daemon.stop();
    let store = desk.store().await;
    let sent = store.list_outbox(Some(guichet::store::OutboxStatus::Sent), 10).await.unwrap();
    assert!(sent.is_empty(), "nothing was sent to an untrusted server: {sent:?}");
}
