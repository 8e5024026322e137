//! Understanding micro-benchmark: mails per second per core through parse + understand.
//!
//! `cargo bench --bench understand` (single-threaded, so elements/s is per core). Inputs: every
//! mail of `../shared/corpus/public` with its directory, and the incident mail of the storm
//! benchmark (`benches/storm.sh`) against a 10,000-school directory. Besides `understand`
//! alone, `intake_pure` adds what intake does around it without the database: the journal
//! check (`parse_headers`), the content hash and the answer's thread (a second header parse).
//! Results and method: benches/BENCHMARKS.md.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use guichet::directory::{Directory, School};
use guichet::uai::Uai;
use guichet::understand::{understand, Context};
use sha2::{Digest, Sha256};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public")
}

fn public_mails() -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("../shared/corpus/public")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 40, "the public corpus has {} mails only", paths.len());
    paths.iter().map(|p| std::fs::read(p).expect("corpus mail")).collect()
}

/// A valid UAI from a number below 10^7 (the check letter computed as `guichet::uai` does).
fn uai(number: u32) -> Uai {
    const LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
    Uai::parse(&format!("{number:07}{}", LETTERS[(number % 23) as usize] as char)).expect("valid UAI")
}

/// The storm's directory (10,000 schools) and one of its incident mails.
fn storm_case() -> (Directory, Vec<u8>) {
    let schools = (0..10_000u32).map(|i| School {
        uai: uai(750_000 + i),
        name: format!("Collège Storm {i}"),
        town: format!("Ville {i}"),
        correspondant_email: format!("c{i}@bench.storm.example"),
        suppleant_email: None,
    });
    let i = 4321;
    let raw = format!(
        "From: c{i}@bench.storm.example\r\nTo: desk@storm.example\r\nSubject: Panne salle {i} - Collège Storm {i}\r\n\
         Message-ID: <storm-bench-{i}@etab.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Bonjour,\r\n\r\nLe poste {i} de la salle {i} ne démarre plus.\r\nUAI : {uai}\r\nUrgence : moyenne\r\n\r\n\
         Cordialement,\r\n",
        uai = uai(750_000 + i)
    );
    (Directory::new(schools), raw.into_bytes())
}

fn context(directory: &Directory) -> Context<'_> {
    Context {
        directory,
        own_domain: Some("cesame.example"),
        subject_label: "CESAME",
        contractors: &[],
        platforms: &[],
        authserv_id: None,
        model: None,
    }
}

/// Everything intake computes from the raw bytes before touching the database.
fn intake_pure(raw: &[u8], ctx: &Context<'_>) -> usize {
    let journal = mail_parser::MessageParser::new().parse_headers(raw).map_or(0, |h| h.headers().len());
    let mail = understand(raw, ctx);
    let hash = Sha256::digest(raw);
    let thread = guichet::outbox::compose::Thread::answering(&mail);
    journal + mail.text.len() + hash[0] as usize + thread.references.len()
}

fn bench(c: &mut Criterion) {
    let public = public_mails();
    let public_dir = Directory::from_csv(&corpus().join("directory.csv")).expect("corpus directory");
    let (storm_dir, storm_mail) = storm_case();

    let mut group = c.benchmark_group("understand");
    group.throughput(Throughput::Elements(public.len() as u64));
    let ctx = context(&public_dir);
    group.bench_function("public_corpus", |b| {
        b.iter_batched(
            || (),
            |_| public.iter().map(|raw| understand(raw, &ctx).text.len()).sum::<usize>(),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("public_corpus_intake_pure", |b| {
        b.iter(|| public.iter().map(|raw| intake_pure(raw, &ctx)).sum::<usize>())
    });
    group.throughput(Throughput::Elements(1));
    let ctx = context(&storm_dir);
    group.bench_function("storm_mail", |b| b.iter(|| understand(&storm_mail, &ctx).text.len()));
    group.bench_function("storm_mail_intake_pure", |b| b.iter(|| intake_pure(&storm_mail, &ctx)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
