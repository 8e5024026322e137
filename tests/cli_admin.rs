//! The administrator's checks: `guichet check-config` refuses what `guichet run` would
//! refuse (so the unit's `ExecStartPre` stops a restart loop), each problem with its key and a
//! message that says what to fix, warns about what works but is likely wrong; a second daemon
//! on the same SQLite file is refused with a clear error.

mod db;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn guichet(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guichet"))
        .env("UNUSED", "the IMAP password of the test configuration")
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A copy of the shipped templates, to break.
fn templates_copy(dir: &Path) -> PathBuf {
    let copy = dir.join("templates");
    std::fs::create_dir(&copy).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/templates")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    copy
}

/// A change to the test configuration (its text, the test's directory).
type Edit = dyn Fn(String, &Path) -> String;

struct Setup {
    _db: db::TestDb,
    dir: tempfile::TempDir,
    config: PathBuf,
}

fn setup(edit: impl FnOnce(String, &Path) -> String) -> Setup {
    let db = db::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let base = db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS)
        .replace("cesame@cesame.example", "cesame@region.fr")
        + "\n[metrics]\nenabled = false\n";
    let text = edit(base, dir.path());
    let config = dir.path().join("guichet.toml");
    std::fs::write(&config, text).unwrap();
    Setup { _db: db, dir, config }
}

#[test]
fn check_config_refuses_what_run_refuses_with_the_key_and_the_fix() {
    let cases: Vec<(&str, Box<Edit>, &str)> = vec![
        (
            "a template with a syntax error",
            Box::new(|text, dir| {
                let copy = templates_copy(dir);
                std::fs::write(copy.join("ack.txt.hbs"), "Bonjour {{#if ref}} sans fin").unwrap();
                text.replace(concat!(env!("CARGO_MANIFEST_DIR"), "/templates"), copy.to_str().unwrap())
            }),
            "desk.templates: template ack.txt",
        ),
        (
            "two broken templates: both are named",
            Box::new(|text, dir| {
                let copy = templates_copy(dir);
                std::fs::write(copy.join("refusal.txt.hbs"), "{{#each}}").unwrap();
                std::fs::remove_file(copy.join("work_order.subject.hbs")).unwrap();
                text.replace(concat!(env!("CARGO_MANIFEST_DIR"), "/templates"), copy.to_str().unwrap())
            }),
            "template refusal.txt",
        ),
        (
            "a missing template",
            Box::new(|text, dir| {
                let copy = templates_copy(dir);
                std::fs::remove_file(copy.join("work_order.txt.hbs")).unwrap();
                text.replace(concat!(env!("CARGO_MANIFEST_DIR"), "/templates"), copy.to_str().unwrap())
            }),
            "work_order",
        ),
        (
            "a database in a directory that does not exist",
            Box::new(|text, dir| {
                let url = format!("sqlite://{}/nowhere/guichet.db?mode=rwc", dir.display());
                let start = text.find("url = \"").unwrap() + 7;
                let end = start + text[start..].find('"').unwrap();
                format!("{}{url}{}", &text[..start], &text[end..])
            }),
            "database.url: sqlite://",
        ),
        (
            "a CA file without a certificate",
            Box::new(|text, dir| {
                let ca = dir.join("ca.pem");
                std::fs::write(&ca, "not a certificate\n").unwrap();
                text.replacen("[imap]\n", &format!("[imap]\nca_file = \"{}\"\n", ca.display()), 1)
            }),
            "no certificate in it",
        ),
        (
            "the same agent twice",
            Box::new(|text, _| {
                text.replace("[desk]\n", "[desk]\nagents = [\"agent@region.fr\", \"Agent@region.fr\"]\n")
            }),
            "desk.agents[1]: \"Agent@region.fr\" is already desk.agents[0]: each notice would go twice",
        ),
        (
            "two peers of one name, one without an id pattern",
            Box::new(|text, _| {
                let peer = |id: &str| {
                    format!("\n[[peers]]\nname = \"academie\"\naddress = \"r@ac.fr\"\nsenders = [\"@ac.fr\"]\nid_pattern = \"{id}\"\nformat = \"remedy\"\n")
                };
                text + &peer("INC\\\\d{12}") + &peer(" ")
            }),
            "peers[1].name: \"academie\" is already the name of peers[0]",
        ),
        (
            "a département written on three digits",
            Box::new(|text, _| text.replace("departements = [\"*\"]", "departements = [\"075\"]")),
            "contractors[0].departements: not a département code: \"075\"",
        ),
    ];
    for (what, edit, expected) in cases {
        let setup = setup(edit);
        let out = guichet(&setup.config, &["check-config"]);
        let stdout = text(&out.stdout);
        assert!(!out.status.success(), "{what}: refused\n{stdout}");
        assert!(stdout.contains(expected), "{what}: {expected:?} not in:\n{stdout}{}", text(&out.stderr));
        if what.starts_with("two broken") {
            assert!(stdout.contains("work_order: missing file"), "every broken template is named:\n{stdout}");
        }
        drop(setup.dir);
    }
}

#[test]
fn check_config_warns_about_what_is_likely_wrong() {
    let setup = setup(|text, _| text);
    let out = guichet(&setup.config, &["check-config"]);
    assert!(text(&out.stdout).contains("warning: the database has no schema yet"), "{}", text(&out.stdout));
    assert!(guichet(&setup.config, &["migrate"]).status.success());
    let out = guichet(&setup.config, &["check-config"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "valid, with warnings:\n{stdout}");
    assert!(stdout.contains("warning: the directory is empty"), "{stdout}");
    assert!(
        stdout.contains("warning: contractors.address: interventions@scc.example is an example address"),
        "{stdout}"
    );
    assert!(!stdout.contains("desk.address"), "the desk's own address is real here:\n{stdout}");

    // Filters take only their values, and nothing found is not a silent success.
    let out = guichet(&setup.config, &["mails", "--outcome", "quarantined"]);
    assert!(!out.status.success() && text(&out.stderr).contains("possible values: processed, quarantine"));
    let out = guichet(&setup.config, &["mails", "--outcome", "quarantine"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no recorded mail with outcome quarantine"), "{}", text(&out.stderr));
    let out = guichet(&setup.config, &["outbox", "--status", "lost"]);
    assert!(!out.status.success() && text(&out.stderr).contains("possible values: pending, sending, unconfirmed"));
}

/// `GET /healthz` over a plain HTTP/1.1 connection: the whole answer.
fn healthz(port: u16) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    Some(answer)
}

/// A second daemon on the same SQLite file stops at once; the first, which cannot reach its
/// IMAP server, says so on `/healthz` (503) instead of `ok`.
#[test]
fn a_second_daemon_on_the_same_sqlite_file_is_refused() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let setup =
        setup(|text, _| {
            text.replace("[metrics]\nenabled = false\n", &format!("[metrics]\nlisten = \"127.0.0.1:{port}\"\n"))
                .replacen("[imap]\n", "[imap]\nport = 9\n", 1)
        });
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_guichet"))
            .env("UNUSED", "x")
            .arg("--config")
            .arg(&setup.config)
            .arg("run")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    // The first one runs on (it keeps trying to reach an IMAP server that is not there).
    let mut first = spawn();
    let started = Instant::now();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(first.try_wait().unwrap().is_none(), "the first daemon runs");
    let deadline = Instant::now() + Duration::from_secs(20);
    let health = loop {
        if let Some(answer) = healthz(port) {
            break answer;
        }
        assert!(Instant::now() < deadline, "no /healthz on port {port}");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(health.starts_with("HTTP/1.1 503"), "{health}");
    assert!(health.contains("mailbox: not reached since start"), "{health}");
    let second = spawn().wait_with_output().unwrap();
    let stderr = text(&second.stderr);
    let _ = first.kill();
    let first = first.wait_with_output().unwrap();
    let first_log = text(&first.stderr);
    assert!(first_log.contains("the directory is empty: every school's mail will be refused"), "{first_log}");
    assert!(!second.status.success(), "the second daemon stops");
    assert!(stderr.contains("another guichet daemon already runs on the database"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(60));
}
