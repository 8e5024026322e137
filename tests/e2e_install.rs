//! An administrator's installation, as the README and the package give it: the Debian
//! package is built (`config/debian/build-deb.sh`, with this build's binary), unpacked into a
//! scratch root (`dpkg-deb -x`: the machine's own system is not touched), its configuration
//! edited as the README says, then `check-config`, `migrate`, `directory import` of a file
//! saved by a French Excel, and the daemon against the test mail stack: a school's report
//! gets its acknowledgement.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use support::MailStack;

fn run(program: &Path, args: &[&str]) -> Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{}: {e}", program.display()))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Sets `key` in `[section]` of a TOML text, as an administrator edits the file: the line
/// `key = …` under the section's header is replaced (or added when missing); `None` comments
/// it out.
fn set(toml: &str, section: &str, key: &str, value: Option<&str>) -> String {
    let mut out = Vec::new();
    let mut inside = false;
    let mut done = false;
    for line in toml.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            if inside && !done {
                if let Some(v) = value {
                    out.push(format!("{key} = {v}"));
                }
                done = true;
            }
            inside = trimmed == format!("[{section}]");
        }
        if inside && !done && trimmed.split('=').next().map(str::trim) == Some(key) && !trimmed.starts_with('#') {
            match value {
                Some(v) => out.push(format!("{key} = {v}")),
                None => out.push(format!("# {line}")),
            }
            done = true;
            continue;
        }
        out.push(line.to_string());
    }
    if inside && !done {
        if let Some(v) = value {
            out.push(format!("{key} = {v}"));
        }
    }
    out.join("\n") + "\n"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_package_installs_and_runs_as_the_readme_says() {
    let stack = MailStack::require();
    let scratch = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));

    // The package, from this build's binary.
    let out = Command::new(repo.join("config/debian/build-deb.sh"))
        .args([env!("CARGO_BIN_EXE_guichet"), scratch.path().join("out").to_str().unwrap()])
        .env("DEB_COMPRESSION", "none")
        .output()
        .unwrap();
    assert!(out.status.success(), "build-deb: {}", text(&out.stderr));
    let deb = PathBuf::from(text(&out.stdout).trim());
    let info = run(Path::new("dpkg-deb"), &["--info", deb.to_str().unwrap()]);
    assert!(text(&info.stdout).contains("Package: guichet"), "{}", text(&info.stdout));
    let root = scratch.path().join("root");
    let out = run(Path::new("dpkg-deb"), &["-x", deb.to_str().unwrap(), root.to_str().unwrap()]);
    assert!(out.status.success(), "dpkg-deb -x: {}", text(&out.stderr));
    let control = scratch.path().join("control");
    assert!(run(Path::new("dpkg-deb"), &["-e", deb.to_str().unwrap(), control.to_str().unwrap()]).status.success());

    // What it installs.
    for file in [
        "usr/bin/guichet",
        "lib/systemd/system/guichet.service",
        "etc/guichet/guichet.toml",
        "etc/guichet/templates/ack.txt.hbs",
        "usr/share/man/man1/guichet.1.gz",
        "usr/share/bash-completion/completions/guichet",
        "usr/share/zsh/vendor-completions/_guichet",
        "usr/share/doc/guichet/copyright",
    ] {
        assert!(root.join(file).is_file(), "{file} installed");
    }
    let unit = std::fs::read_to_string(root.join("lib/systemd/system/guichet.service")).unwrap();
    assert!(unit.contains("ExecStart=/usr/bin/guichet --config /etc/guichet/guichet.toml run"), "{unit}");
    assert!(unit.contains("ExecStartPre=/usr/bin/guichet --config /etc/guichet/guichet.toml check-config"));
    let conffiles = std::fs::read_to_string(control.join("conffiles")).unwrap();
    assert!(conffiles.lines().any(|l| l == "/etc/guichet/guichet.toml"), "the configuration is a conffile");
    let postinst = std::fs::read_to_string(control.join("postinst")).unwrap();
    assert!(postinst.contains("adduser --system") && postinst.contains("/var/lib/guichet"), "{postinst}");
    let completion = std::fs::read_to_string(root.join("usr/share/bash-completion/completions/guichet")).unwrap();
    assert!(completion.contains("check-config") && completion.contains("directory"), "completions cover the CLI");

    // The configuration edited as the README says: the desk, its servers, the database.
    let desk = support::unique_user("install");
    let config = root.join("etc/guichet/guichet.toml");
    let mut toml = std::fs::read_to_string(&config).unwrap();
    let db = root.join("var/lib/guichet/guichet.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let quoted = |v: &str| format!("{v:?}");
    for (section, key, value) in [
        ("desk", "address", Some(quoted(&desk))),
        ("desk", "agents", Some("[]".to_string())),
        ("database", "url", Some(quoted(&format!("sqlite://{}?mode=rwc", db.display())))),
        ("imap", "host", Some(quoted(&stack.host))),
        ("imap", "port", Some(stack.imap_port.to_string())),
        ("imap", "security", Some(quoted("plain"))),
        ("imap", "allow_plaintext", Some("true".into())),
        ("imap", "user", Some(quoted(&desk))),
        ("imap", "password_env", Some(quoted("GUICHET_TEST_MAIL_PASSWORD"))),
        ("imap", "poll_interval_secs", Some("5".into())),
        ("smtp", "host", Some(quoted(&stack.smtp_host))),
        ("smtp", "port", Some(stack.smtp_port.to_string())),
        ("smtp", "security", Some(quoted("plain"))),
        ("smtp", "allow_plaintext", Some("true".into())),
        ("smtp", "user", None),
        ("smtp", "password_env", None),
        ("metrics", "enabled", Some("false".into())),
    ] {
        toml = set(&toml, section, key, value.as_deref());
    }
    std::fs::write(&config, toml).unwrap();
    let guichet = root.join("usr/bin/guichet");
    let cli = |args: &[&str]| {
        Command::new(&guichet)
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("GUICHET_TEST_MAIL_PASSWORD", &stack.password)
            .output()
            .unwrap()
    };

    let out = cli(&["check-config"]);
    assert!(out.status.success(), "check-config: {}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("configuration is valid"));
    let out = cli(&["migrate"]);
    assert!(out.status.success(), "migrate: {}", text(&out.stderr));

    // The directory as a French Excel saves it: Windows-1252, semicolons, French header.
    let excel = scratch.path().join("etablissements.csv");
    let correspondant = support::unique_user("install-school");
    let mut bytes =
        b"UAI;Nom;Commune;Correspondant;Suppl\xe9ant\r\n0751043B;Lyc\xe9e Jeanne-Barret;Paris 11e;".to_vec();
    bytes.extend_from_slice(correspondant.as_bytes());
    bytes.extend_from_slice(b";\r\n");
    std::fs::write(&excel, bytes).unwrap();
    let out = cli(&["directory", "import", excel.to_str().unwrap()]);
    assert!(out.status.success(), "import: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 schools (Windows-1252, ';'): 1 added"), "{}", text(&out.stdout));

    // The daemon, from the unpacked package, with the packaged templates.
    let log = std::fs::File::create(scratch.path().join("daemon.log")).unwrap();
    let mut daemon = Command::new(&guichet)
        .arg("--config")
        .arg(&config)
        .arg("run")
        .env("GUICHET_TEST_MAIL_PASSWORD", &stack.password)
        .stderr(log)
        .spawn()
        .unwrap();
    let report = format!(
        "From: <{correspondant}>\r\nTo: <{desk}>\r\nSubject: Panne du serveur\r\n\
         Message-ID: <install-{}@etab.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Le serveur pédagogique du lycée ne répond plus.\r\nUAI : 0751043B\r\nUrgence : haute\r\n",
        std::process::id()
    );
    stack.send_raw(&correspondant, &desk, report.as_bytes()).await;
    let mut acknowledged = String::new();
    let deadline = std::time::Instant::now() + support::patient(Duration::from_secs(60));
    while acknowledged.is_empty() && std::time::Instant::now() < deadline {
        for mail in stack.fetch_all(&correspondant, "INBOX").await {
            let raw = text(&mail.raw);
            if raw.contains("[CESAME #") {
                acknowledged = raw;
            }
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let _ = daemon.kill();
    let _ = daemon.wait();
    let log = std::fs::read_to_string(scratch.path().join("daemon.log")).unwrap_or_default();
    assert!(!acknowledged.is_empty(), "no acknowledgement within 60 s\n{log}");
    let message = mail_parser::MessageParser::default().parse(acknowledged.as_bytes()).unwrap();
    let body = message.body_text(0).unwrap();
    assert!(body.contains("Lycée Jeanne-Barret"), "{body}");
    assert!(body.contains("Niveau d'urgence : très haut"), "{body}");
}
