//! No password ever reaches a log: the daemon runs at the most verbose level with a
//! distinctive password that works (IMAPS and SMTP submission with AUTH), then with wrong
//! ones, and none of them appears anywhere in what it printed; nor in `check-config`'s.

mod db;
mod harness;
mod ops;
mod support;

use std::time::Duration;

use ops::{incident, secret_desk, unique_id, wait_for_answers, write_config, Daemon, TlsStack, CORRESPONDANT};

/// `[imap]` (password from a file) and `[smtp]` (password from the environment), over TLS.
fn sections(tls: &TlsStack, imap_password_file: &std::path::Path, smtp_password_env: &str) -> String {
    format!(
        r#"
[imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
ca_file = "{ca}"
user = "{{address}}"
password_file = "{file}"
poll_interval_secs = 5
timeout_secs = 10

[smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
ca_file = "{ca}"
user = "{{address}}"
password_env = "{smtp_password_env}"
timeout_secs = 10

[outbox]
retry_base_secs = 1
max_attempts = 2

[metrics]
enabled = false
"#,
        imaps = tls.imaps_port,
        submission = tls.smtp_starttls_port,
        ca = tls.ca_file.display(),
        file = imap_password_file.display(),
    )
}

fn assert_no_secret(what: &str, output: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!output.contains(secret), "{what} shows the password {secret:?}:\n{output}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_never_appear_in_logs_or_check_config() {
    let tls = TlsStack::from_env();
    let desk = secret_desk("secrets", &tls).await;
    let right = tls.secret_password.as_str();
    let wrong = format!("wrong-{}-pw", unique_id("pw").split('@').next().unwrap());
    let password_file = desk.dir.path().join("imap.password");
    std::fs::write(&password_file, format!("{right}\n")).unwrap();
    let wrong_file = desk.dir.path().join("wrong.password");
    std::fs::write(&wrong_file, format!("{wrong}\n")).unwrap();
    let secrets = [right, wrong.as_str()];
    let env = [("GUICHET_RIGHT_PASSWORD", right), ("GUICHET_WRONG_PASSWORD", wrong.as_str())];

    // The right passwords, every module at trace level, human then JSON lines.
    write_config(&desk, &sections(&tls, &password_file, "GUICHET_RIGHT_PASSWORD"));
    let id = unique_id("secrets");
    desk.send(&[(CORRESPONDANT.to_string(), incident(&id, "Panne du vidéoprojecteur salle 12", CORRESPONDANT))]).await;
    let mut daemon = Daemon::start(&desk, "right", "trace", &env);
    wait_for_answers(&desk, std::slice::from_ref(&id), Duration::from_secs(60)).await;
    daemon.wait_for_line(&["mail sent"], Duration::from_secs(30)).await;
    daemon.stop();
    let log = daemon.output();
    assert!(log.contains("mailbox connected") && log.contains("DEBUG"), "a working, verbose run:\n{log}");
    assert_no_secret("the log of a working daemon", &log, &secrets);

    let config = std::fs::read_to_string(&desk.config).unwrap();
    std::fs::write(&desk.config, format!("{config}\n[log]\nformat = \"json\"\n")).unwrap();
    let mut daemon = Daemon::start(&desk, "right-json", "trace", &env);
    daemon.wait_for_line(&["mailbox connected"], Duration::from_secs(30)).await;
    daemon.stop();
    assert_no_secret("the JSON log", &daemon.output(), &secrets);

    // A wrong IMAP password: refused, said so, not shown.
    write_config(&desk, &sections(&tls, &wrong_file, "GUICHET_RIGHT_PASSWORD"));
    let mut daemon = Daemon::start(&desk, "wrong-imap", "trace", &env);
    let line = daemon.wait_for_line(&["mailbox session ended", "login"], Duration::from_secs(30)).await;
    assert!(line.contains(&desk.address), "the login is named: {line}");
    daemon.stop();
    assert_no_secret("the log of a refused IMAP login", &daemon.output(), &secrets);

    // A wrong SMTP password: the answer fails, said so, not shown.
    write_config(&desk, &sections(&tls, &password_file, "GUICHET_WRONG_PASSWORD"));
    let id = unique_id("secrets-smtp");
    desk.send(&[(CORRESPONDANT.to_string(), incident(&id, "Panne de l'imprimante du CDI", CORRESPONDANT))]).await;
    let mut daemon = Daemon::start(&desk, "wrong-smtp", "trace", &env);
    daemon.wait_for_line(&["mail handled"], Duration::from_secs(30)).await;
    let line = daemon.wait_for_line(&["guichet::outbox::deliver", "error="], Duration::from_secs(30)).await;
    assert!(line.to_lowercase().contains("auth"), "the refused login is the reason: {line}");
    daemon.stop();
    assert_no_secret("the log of a refused SMTP login", &daemon.output(), &secrets);

    // check-config, valid and not, shows where passwords come from, never what they are.
    for (smtp_env, imap_file) in [("GUICHET_RIGHT_PASSWORD", &password_file), ("GUICHET_UNSET_PASSWORD", &wrong_file)] {
        write_config(&desk, &sections(&tls, imap_file, smtp_env));
        for args in [&["check-config"][..], &["example-config"][..]] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
                .arg("--config")
                .arg(&desk.config)
                .args(args)
                .envs(env)
                .env("RUST_LOG", "trace")
                .output()
                .unwrap();
            let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert_no_secret(&format!("{args:?} with {smtp_env}"), &text, &secrets);
            if args[0] == "check-config" && smtp_env == "GUICHET_UNSET_PASSWORD" {
                assert!(text.contains("GUICHET_UNSET_PASSWORD"), "the missing variable is named: {text}");
            }
        }
    }
}
