//! Fuzz target: any bytes through `guichet::understand::understand` (the whole reading of a
//! mail: MIME, encodings, HTML, quotes, kinds, UAI, references) with a small directory, and
//! through the Authentication-Results reader. It must never panic, and what it promises of
//! its output must hold: subject and sender's name are single clean lines.

#![no_main]

use std::sync::OnceLock;

use guichet::directory::{Directory, School};
use guichet::uai::Uai;
use guichet::understand::{understand, Context};
use libfuzzer_sys::fuzz_target;

struct Fixture {
    directory: Directory,
    contractors: Vec<String>,
    platforms: Vec<String>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        // libFuzzer's hook aborts on every panic, even one caught. guichet contains panics of
        // the MIME parser (debug assertions on states it deems impossible) with catch_unwind:
        // those are let through to it; any other panic, or one that escapes, is a crash.
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_parser = info.location().is_some_and(|l| l.file().contains("/mail-parser-"));
            if !in_parser {
                abort(info);
            }
        }));
        let school = |uai: &str, name: &str, correspondant: &str, suppleant: Option<&str>| School {
            uai: Uai::parse(uai).expect("valid UAI"),
            name: name.to_string(),
            town: "Paris".to_string(),
            correspondant_email: correspondant.to_string(),
            suppleant_email: suppleant.map(str::to_string),
        };
        // From the public directory: one school with a suppléant, and a correspondant of two
        // schools (the "which school?" path).
        let directory = Directory::new([
            school(
                "0751043B",
                "Lycée Jeanne-Barret",
                "sandrine.morel@ac-paris.example",
                Some("karim.benali@ac-paris.example"),
            ),
            school("0770432B", "Lycée professionnel Les Pléiades", "rachid.carpentier@ac-creteil.example", None),
            school("0935120K", "Cité scolaire Condorcet (lycée)", "emilie.nguyen@ac-creteil.example", None),
            school("0935121L", "Cité scolaire Condorcet (collège)", "emilie.nguyen@ac-creteil.example", None),
        ]);
        Fixture {
            directory,
            contractors: vec!["@scc.example".to_string()],
            platforms: vec!["@assistance.ac-paris.example".to_string()],
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    let ctx = Context {
        directory: &f.directory,
        own_domain: Some("cesame.example"),
        subject_label: "CESAME",
        contractors: &f.contractors,
        platforms: &f.platforms,
        authserv_id: None,
        model: None,
    };
    let mail = understand(data, &ctx);
    assert!(!mail.subject.contains(['\r', '\n']), "subject is one line: {:?}", mail.subject);
    if let Some(name) = &mail.sender_name {
        assert!(!name.contains(['\r', '\n']), "sender name is one line: {name:?}");
    }
    let _ = mail.inspect_json("fuzz").to_string();
    let _ = guichet::auth::check(data, mail.sender.as_deref(), "mx.region.example");
});
