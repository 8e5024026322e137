//! The directory from the command line, as an administrator handles it: a file saved by a
//! French Excel (`;`, Windows-1252) imported, listed, exported, a school removed; the files
//! a desk gets wrong refused with the line and the reason, nothing imported.

mod db;

use std::path::Path;
use std::process::{Command, Output};

fn guichet(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guichet")).arg("--config").arg(config).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn an_excel_file_imports_and_the_directory_can_be_listed_exported_and_edited() {
    let db = db::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("guichet.toml");
    std::fs::write(&config, db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS)).unwrap();

    // Saved by Excel on a French Windows: Windows-1252, semicolons, CRLF, a trailing line of
    // separators.
    let excel = dir.path().join("etablissements.csv");
    std::fs::write(
        &excel,
        b"UAI;Nom;Commune;Correspondant;Suppl\xe9ant\r\n\
          0751043B;Lyc\xe9e Jeanne-Barret;Paris 11e;Sandrine.Morel@ac-paris.example;karim.benali@ac-paris.example\r\n\
          0752318M;Coll\xe8ge \xc9mile-Zola;Paris 18e;nathalie.garnier2@ac-paris.example;\r\n\
          ;;;;\r\n",
    )
    .unwrap();
    let out = guichet(&config, &["directory", "import", excel.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "2 schools (Windows-1252, ';'): 2 added, 0 updated, 0 unchanged");

    let out = guichet(&config, &["directory", "list"]);
    assert!(out.status.success());
    let listed = text(&out.stdout);
    assert!(listed.contains("0752318M  Collège Émile-Zola, Paris 18e  nathalie.garnier2@ac-paris.example"), "{listed}");
    assert!(listed.contains("sandrine.morel@ac-paris.example, karim.benali@ac-paris.example"), "{listed}");

    // The export reads back as it was: same schools, unchanged on a second import.
    let out = guichet(&config, &["directory", "export"]);
    assert!(out.status.success());
    let exported = dir.path().join("export.csv");
    std::fs::write(&exported, &out.stdout).unwrap();
    assert!(text(&out.stdout).starts_with("uai,name,town,correspondant_email,suppleant_email\n"));
    let out = guichet(&config, &["directory", "import", exported.to_str().unwrap()]);
    assert_eq!(text(&out.stdout).trim(), "2 schools (UTF-8, ','): 0 added, 0 updated, 2 unchanged");

    let out = guichet(&config, &["directory", "remove", "0752318M", "0931187K"]);
    assert_eq!(out.status.code(), Some(1), "one of the two is unknown");
    assert!(text(&out.stdout).contains("0752318M: removed"));
    assert!(text(&out.stderr).contains("0931187K: not in the directory"));
    let out = guichet(&config, &["directory", "list"]);
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

#[test]
fn files_a_desk_gets_wrong_are_refused_with_their_lines() {
    let db = db::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("guichet.toml");
    std::fs::write(&config, db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS)).unwrap();
    let cases: [(&str, &[u8], &[&str]); 4] = [
        ("no header", b"0751043B,A,Paris,a@x.example\n", &["line 1: no header line", "missing uai"]),
        ("a header only", b"uai,name,town,correspondant_email\n", &["a header and no school"]),
        (
            "the same school twice, after a blank line",
            b"uai;nom;commune;correspondant\n0751043B;A;Paris;a@x.example\n\n0751043B;B;Paris;b@x.example\n",
            &["line 4: UAI 0751043B already given at line 2"],
        ),
        (
            "a wrong check letter",
            b"uai,name,town,correspondant_email\n0751043C,A,Paris,a@x.example\n",
            &["line 2: wrong check letter in 0751043C: expected B"],
        ),
    ];
    for (what, bytes, expected) in cases {
        let file = dir.path().join("bad.csv");
        std::fs::write(&file, bytes).unwrap();
        let out = guichet(&config, &["directory", "import", file.to_str().unwrap()]);
        assert!(!out.status.success(), "{what}: refused");
        let stderr = text(&out.stderr);
        for needle in expected {
            assert!(stderr.contains(needle), "{what}: {needle:?} not in {stderr}");
        }
    }
    let out = guichet(&config, &["directory", "list"]);
    assert_eq!(out.status.code(), Some(1), "nothing was imported");
    assert!(text(&out.stderr).contains("the directory is empty"));
}

/// A relative database and templates in the configuration are the configuration file's
/// neighbours, whatever directory a command runs from: an import from one directory is seen
/// by a listing from another, and no stray empty database appears where the command ran.
#[test]
fn relative_paths_follow_the_configuration_file_not_the_working_directory() {
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(concat!(env!("CARGO_MANIFEST_DIR"), "/templates"), home.path().join("templates"))
        .unwrap();
    let text = db::config_text("sqlite://guichet.db?mode=rwc", "cesame.example", db::NO_MAIL_SERVERS)
        .replace(concat!("\"", env!("CARGO_MANIFEST_DIR"), "/templates\""), "\"templates\"");
    assert!(text.contains("templates = \"templates\""), "{text}");
    let config = home.path().join("guichet.toml");
    std::fs::write(&config, text).unwrap();
    let run = |dir: &Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_guichet"))
            .current_dir(dir)
            .env("UNUSED", "the IMAP password check-config wants")
            .arg("--config")
            .arg(&config)
            .args(args)
            .output()
            .unwrap()
    };
    let csv = home.path().join("schools.csv");
    std::fs::write(&csv, "uai,name,town,correspondant_email\n0751043B,Lycée Jeanne-Barret,Paris,a@x.example\n")
        .unwrap();
    let out = run(elsewhere.path(), &["directory", "import", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    let out = run(std::path::Path::new("/"), &["directory", "list"]);
    assert!(text_of(&out.stdout).contains("0751043B"), "{}", text_of(&out.stderr));
    let out = run(elsewhere.path(), &["check-config"]);
    assert!(out.status.success(), "templates found beside the configuration: {}", text_of(&out.stdout));
    assert!(home.path().join("guichet.db").exists(), "the database beside the configuration");
    assert!(!elsewhere.path().join("guichet.db").exists(), "no database where the command ran");
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A listing read only in part (`guichet directory list | head -1`) ends quietly: no panic,
/// no error message, success.
#[test]
fn a_listing_cut_short_by_its_reader_ends_quietly() {
    let db = db::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("guichet.toml");
    std::fs::write(&config, db::config_text(&db.url, "cesame.example", db::NO_MAIL_SERVERS)).unwrap();
    let mut csv = String::from("uai,name,town,correspondant_email\n");
    for n in 0..3_000u32 {
        let digits = 750_000 + n;
        let letter = b"ABCDEFGHJKLMNPRSTUVWXYZ"[(digits % 23) as usize] as char;
        csv.push_str(&format!("0{digits}{letter},Lycée numéro {n} au nom assez long,Paris,c{n}@x.example\n"));
    }
    let file = dir.path().join("schools.csv");
    std::fs::write(&file, csv).unwrap();
    assert!(guichet(&config, &["directory", "import", file.to_str().unwrap()]).status.success());

    let mut child = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .arg("--config")
        .arg(&config)
        .args(["directory", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take()); // the reader goes away after the first bytes
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked") && stderr.is_empty(), "{stderr}");
}
