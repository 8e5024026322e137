//! The storm benchmark: the whole path, on the real mail stack, against a bare baseline.
//!
//! Run with `benches/storm.sh [N] [options]` (it builds the release binary and finds or starts
//! the mail stack); method and figures in benches/BENCHMARKS.md. Phases, each on fresh
//! mailboxes of its own (`*.<tag>.storm.example`, removed afterwards):
//! 1. `bare`: N incident mails sent as fast as the MTA takes them to a desk answered by a
//!    minimal IMAP-fetch-and-reply loop (`storm/bare.rs`), until every answer is delivered;
//! 2. `storm`: the same to a desk run by `guichet run` (release), until every acknowledgement
//!    is in its correspondant's INBOX; then `light`: one mail a second on the same daemon;
//! 3. `ingest`: N mails already in the inbox, guichet started with its SMTP server silent
//!    (intake alone), then restarted with the real one (delivery alone).
//!
//! Every phase checks the work was done: N tickets (distinct numbers) in the database, and in
//! each correspondant's INBOX exactly one answer, from the desk, In-Reply-To their mail
//! (`doveadm fetch`). Latency is the time from the MTA's acceptance of a mail (its 250) to the
//! moment Dovecot committed the answer in the correspondant's INBOX (the ctime of its sdbox
//! file). The last line is the ratio guichet / bare of the storm's total time.

#[path = "storm/bare.rs"]
mod bare;
#[path = "storm/desk.rs"]
mod desk;
#[path = "storm/smtp.rs"]
mod smtp;
#[path = "storm/stack.rs"]
mod stack;

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use desk::{Db, Desk, Settings};
use smtp::Outgoing;
use stack::Stack;

const USAGE: &str = "usage: benches/storm.sh [N] [--pg] [--daemons 1|2] [--no-journal] [--conns K]
                        [--phases bare,storm,light,ingest] [--light-secs S] [--keep]";

struct Args {
    n: usize,
    postgres: bool,
    daemons: usize,
    journal: bool,
    conns: usize,
    phases: Vec<String>,
    light_secs: usize,
    keep: bool,
}

fn args() -> Args {
    let mut a = Args {
        n: 10_000,
        postgres: false,
        daemons: 1,
        journal: true,
        conns: 4,
        phases: ["bare", "storm", "light", "ingest"].map(String::from).to_vec(),
        light_secs: 60,
        keep: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            // cargo bench passes --bench to harness = false targets.
            "--bench" => {}
            "--pg" => a.postgres = true,
            "--daemons" => a.daemons = value().parse().expect("--daemons N"),
            "--no-journal" => a.journal = false,
            "--conns" => a.conns = value().parse().expect("--conns K"),
            "--phases" => a.phases = value().split(',').map(String::from).collect(),
            "--light-secs" => a.light_secs = value().parse().expect("--light-secs S"),
            "--keep" => a.keep = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            n if n.chars().all(|c| c.is_ascii_digit()) => a.n = n.parse().expect("N"),
            other => panic!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    assert!(a.daemons >= 1 && (a.postgres || a.daemons == 1), "several daemons need --pg");
    a
}

fn main() {
    let args = args();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(run(args));
}

struct Bench {
    args: Args,
    stack: Stack,
    tag: String,
    /// Configurations, databases, daemon logs (kept with --keep).
    scratch: PathBuf,
    db: Db,
    domains: Vec<String>,
}

async fn run(args: Args) {
    let stack = Stack::from_env();
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    let tag = format!("s{}{}", secs % 1_000_000, std::process::id() % 1000);
    let db = if args.postgres {
        Db::Postgres {
            admin: std::env::var("GUICHET_TEST_PG_URL")
                .expect("GUICHET_TEST_PG_URL is not set: run benches/storm.sh --pg, which starts a cluster"),
        }
    } else {
        Db::Sqlite
    };
    let mut bench = Bench {
        args,
        stack,
        tag,
        scratch: tempfile::Builder::new().prefix("guichet-storm-").tempdir().expect("scratch dir").keep(),
        db,
        domains: Vec::new(),
    };
    let a = &bench.args;
    println!(
        "storm: N = {}, database {}{}, journal {}, {} SMTP connections for the storm, run tag {}",
        a.n,
        if a.postgres { "PostgreSQL" } else { "SQLite" },
        if a.postgres { format!(" ({} daemons)", a.daemons) } else { String::new() },
        if a.journal { "on" } else { "off" },
        a.conns,
        bench.tag
    );
    println!("machine: {} CPUs, load average {}", num_cpus(), loadavg());
    let phase = |name: &str| bench.args.phases.iter().any(|p| p == name);
    let (do_bare, do_storm, do_light, do_ingest) = (phase("bare"), phase("storm"), phase("light"), phase("ingest"));
    let bare_total = if do_bare { Some(bench.bare().await) } else { None };
    let storm_total = if do_storm || do_light { bench.storm(do_storm, do_light).await } else { None };
    if do_ingest {
        bench.ingest().await;
    }
    println!("load average at the end: {}", loadavg());
    match (storm_total, bare_total) {
        (Some(g), Some(b)) => {
            println!("guichet / bare (storm total time, N = {}): {:.2} ({:.2} s / {:.2} s)", bench.args.n, g / b, g, b)
        }
        _ => println!("guichet / bare: not measured (run both the bare and storm phases)"),
    }
}

impl Bench {
    fn domain(&mut self, phase: &str) -> String {
        let d = format!("{}-{phase}.storm.example", self.tag);
        self.domains.push(d.clone());
        if !self.domains.contains(&format!("{}.storm.example", self.tag)) {
            self.domains.push(format!("{}.storm.example", self.tag));
        }
        d
    }

    fn storm_mails(&self, range: std::ops::Range<usize>, domain: &str, desk: &str) -> Vec<Outgoing> {
        range
            .map(|i| Outgoing {
                from: desk::correspondant(i, domain),
                to: vec![desk.to_string()],
                raw: desk::incident(i, &self.tag, domain, desk),
            })
            .collect()
    }

    /// Sends the storm; prints and returns the acceptance times and when sending started.
    async fn send_storm(&self, mails: Vec<Outgoing>) -> (SystemTime, Vec<SystemTime>) {
        let n = mails.len();
        let started = SystemTime::now();
        let accepted = smtp::send_all(&self.stack.smtp_addr(), Arc::new(mails), self.args.conns).await;
        let last = accepted.iter().max().copied().unwrap_or(started);
        let secs = secs_between(started, last);
        println!(
            "  MTA accepted {n} mails in {secs:.2} s: {:.0} mails/s over {} connections",
            n as f64 / secs,
            self.args.conns
        );
        (started, accepted)
    }

    async fn bare(&mut self) -> f64 {
        let n = self.args.n;
        println!("\n== bare: IMAP fetch and reply, no ticketing");
        let domain = self.domain("b");
        let address = format!("desk-bare@{}.storm.example", self.tag);
        let replied = Arc::new(AtomicUsize::new(0));
        let bare = Arc::new(bare::Bare {
            stack: self.stack.clone(),
            desk: address.clone(),
            pool: 4,
            replied: replied.clone(),
        });
        let (ready, is_ready) = tokio::sync::oneshot::channel();
        let task = tokio::spawn({
            let bare = bare.clone();
            async move { bare.run(n, ready).await }
        });
        is_ready.await.expect("bare loop ready");
        let machine = MachineCpu::now();
        let (started, accepted) = self.send_storm(self.storm_mails(0..n, &domain, &address)).await;
        let correspondants: Vec<String> = (0..n).map(|i| desk::correspondant(i, &domain)).collect();
        wait_until("the bare loop's replies", timeout_for(n), || async { replied.load(Ordering::Relaxed) >= n }).await;
        task.await.expect("bare loop");
        let replied_at = SystemTime::now();
        self.wait_delivered(&correspondants, n).await;
        machine.report(None);
        let check = self.check_answers(&correspondants, &address, "<bare-", &accepted);
        let total = secs_between(started, check.last);
        println!("  replies handed to the MTA {:.2} s after the first send", secs_between(started, replied_at));
        report_latency("bare storm", n, total, &check.latencies);
        total
    }

    async fn storm(&mut self, do_storm: bool, do_light: bool) -> Option<f64> {
        let n = if do_storm { self.args.n } else { 0 };
        let light = if do_light { self.args.light_secs } else { 0 };
        println!("\n== storm: guichet run (release), {} daemon(s)", self.args.daemons);
        let domain = self.domain("g");
        let settings = Settings {
            name: "g",
            tag: &self.tag,
            stack: &self.stack,
            db: &self.db,
            schools: n + light,
            domain: &domain,
            journal: self.args.journal,
            smtp_port: None,
            smtp_timeout_secs: 30,
            outbox_extra: "",
        };
        let (mut desk, import) = Desk::new(&settings, &self.scratch).await;
        println!("  directory of {} schools imported in {:.2} s", n + light, import.as_secs_f64());
        for _ in 0..self.args.daemons {
            desk.start();
        }
        desk.wait_log("mailbox connected", Duration::from_secs(60)).await;
        let mut total = None;
        if do_storm {
            let machine = MachineCpu::now();
            let (started, accepted) = self.send_storm(self.storm_mails(0..n, &domain, &desk.address)).await;
            let correspondants: Vec<String> = (0..n).map(|i| desk::correspondant(i, &domain)).collect();
            let what = "every acknowledgement marked sent";
            let logs = || desk::tail(&desk.logs());
            wait_or(what, timeout_for(n), || async { desk.acks_sent().await >= n as i64 }, logs).await;
            self.wait_delivered(&correspondants, n).await;
            let usage = desk.usage();
            machine.report(Some(usage.iter().map(|u| u.0).sum()));
            let check = self.check_answers(&correspondants, &desk.address, "<ack-", &accepted);
            let secs = secs_between(started, check.last);
            self.check_tickets(&desk, n).await;
            let (first, last) = desk.span_ms("mails", "received_at", "1 = 1").await;
            let intake_secs = (last - first) as f64 / 1000.0;
            println!(
                "  intake: {n} mails recorded over {intake_secs:.2} s ({:.0} mails/s; paced by arrivals)",
                n as f64 / intake_secs.max(0.001)
            );
            report_sends(&desk, n, "delivery");
            report_usage("  guichet", &usage, secs);
            report_latency("guichet storm", n, secs, &check.latencies);
            total = Some(secs);
        }
        if light > 0 {
            self.light(&desk, &domain, n, light).await;
        }
        desk.stop();
        total
    }

    /// One mail a second for `count` seconds from schools `first..first + count`.
    async fn light(&self, desk: &Desk, domain: &str, first: usize, count: usize) {
        println!("\n== light: one mail a second for {count} s (IDLE push)");
        let mails = self.storm_mails(first..first + count, domain, &desk.address);
        let mut sender = smtp::Sender::new(&self.stack.smtp_addr());
        let mut accepted = Vec::with_capacity(count);
        let start = Instant::now();
        for (k, mail) in mails.iter().enumerate() {
            tokio::time::sleep_until((start + Duration::from_secs(k as u64)).into()).await;
            sender.send(mail).await.unwrap_or_else(|e| panic!("light mail {k}: {e}"));
            accepted.push(SystemTime::now());
            // One session per mail, as a school's mail client would.
            sender.close().await;
        }
        let correspondants: Vec<String> = (first..first + count).map(|i| desk::correspondant(i, domain)).collect();
        self.wait_delivered(&correspondants, count).await;
        let usage = desk.usage();
        let check = self.check_answers(&correspondants, &desk.address, "<ack-", &accepted);
        report_latency(
            "guichet light load",
            count,
            secs_between(*accepted.first().expect("one mail"), check.last),
            &check.latencies,
        );
        report_usage("  guichet (whole run so far)", &usage, start.elapsed().as_secs_f64());
    }

    /// Intake alone (inbox filled beforehand, SMTP server silent), then delivery alone.
    async fn ingest(&mut self) {
        let n = self.args.n;
        println!("\n== ingest: {n} mails waiting in the inbox, SMTP silent (intake alone)");
        let domain = self.domain("i");
        let bare_domain = self.domain("d");
        // An SMTP server that accepts connections and never answers: delivery waits, idle.
        let sink = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind sink");
        let sink_port = sink.local_addr().expect("sink address").port();
        let sink_task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((conn, _)) = sink.accept().await {
                held.push(conn);
            }
        });
        let settings = Settings {
            name: "i",
            tag: &self.tag,
            stack: &self.stack,
            db: &self.db,
            schools: n,
            domain: &domain,
            journal: self.args.journal,
            smtp_port: Some(sink_port),
            smtp_timeout_secs: 600,
            // (lease_secs must exceed smtp.timeout_secs)
            outbox_extra: "journal_grace_secs = 1\nlease_secs = 1200",
        };
        let (mut desk, _) = Desk::new(&settings, &self.scratch).await;
        let (sent_at, accepted) = self.send_storm(self.storm_mails(0..n, &domain, &desk.address)).await;
        let client_rate =
            n as f64 / secs_between(sent_at, accepted.iter().max().copied().unwrap_or(sent_at)).max(0.001);
        let inbox = [desk.address.clone()];
        let filled = Instant::now();
        wait_until("the storm in the desk's inbox", timeout_for(n), || async { self.stack.count_inbox(&inbox) >= n })
            .await;
        println!("  inbox filled {:.2} s after the last acceptance", filled.elapsed().as_secs_f64());
        let started = Instant::now();
        desk.start();
        wait_until("every mail recorded", timeout_for(n), || async {
            assert!(desk.running(), "guichet stopped:\n{}", desk::tail(&desk.logs()));
            desk.mails_recorded().await >= n as i64
        })
        .await;
        let wall = started.elapsed().as_secs_f64();
        let usage = desk.usage();
        self.check_tickets(&desk, n).await;
        let (first, last) = desk.span_ms("mails", "received_at", "1 = 1").await;
        let span = (last - first) as f64 / 1000.0;
        println!(
            "  intake alone: {n} mails in {span:.2} s from first to last record ({:.0} mails/s); \
             {wall:.2} s from start-up ({:.0} mails/s)",
            n as f64 / span.max(0.001),
            n as f64 / wall
        );
        report_usage("  guichet", &usage, wall);
        desk.kill9();
        sink_task.abort();
        desk.end_leases().await;
        let bare_rate = self.bare_deliver(&desk, settings.journal, &bare_domain).await;

        println!("\n== deliver: the same daemon restarted with the real SMTP server (delivery alone)");
        desk.write_config(&Settings { smtp_port: None, smtp_timeout_secs: 30, ..settings }, self.stack.smtp_port);
        let correspondants: Vec<String> = (0..n).map(|i| desk::correspondant(i, &domain)).collect();
        let started = SystemTime::now();
        desk.start();
        let what = "every acknowledgement marked sent";
        let logs = || desk::tail(&desk.logs());
        wait_or(what, timeout_for(n), || async { desk.acks_sent().await >= n as i64 }, logs).await;
        self.wait_delivered(&correspondants, n).await;
        let usage = desk.usage();
        let check = self.check_answers(&correspondants, &desk.address, "<ack-", &accepted);
        report_sends(&desk, n, "delivery alone");
        if let Some((first, last, _)) = desk.ack_send_span() {
            let rate = n as f64 / (last - first).max(0.001);
            println!(
                "  delivery alone / the bare client's MTA acceptance of the same messages ({bare_rate:.0} mails/s): {:.0}%",
                100.0 * rate / bare_rate
            );
            println!(
                "  (and / its acceptance of the storm's incidents, one recipient each: {client_rate:.0} mails/s, {:.0}%)",
                100.0 * rate / client_rate
            );
        }
        let wall = secs_between(started, check.last);
        println!("  all {n} in their INBOX {wall:.2} s after start-up ({:.0} mails/s)", n as f64 / wall);
        report_usage("  guichet", &usage, wall);
        desk.stop();
    }

    /// The baseline of delivery: the bare client hands the MTA the very acknowledgements
    /// guichet queued (same bytes, same recipients count: the correspondant and, with the
    /// journal, a journal address), to fresh mailboxes of another domain, over 4 connections.
    /// Returns the acceptance rate, once the MTA has delivered them all (so that guichet's
    /// delivery then starts with the MTA idle, as this did).
    async fn bare_deliver(&self, desk: &Desk, journal_on: bool, domain: &str) -> f64 {
        println!("\n== bare delivery: the bare client sends the same acknowledgements to other mailboxes");
        let journal = format!("journal-bare@{domain}");
        let raws = desk.queued_acks().await;
        let n = raws.len();
        let mails: Vec<Outgoing> = raws
            .into_iter()
            .enumerate()
            .map(|(i, raw)| {
                let mut to = vec![desk::correspondant(i, domain)];
                if journal_on {
                    to.push(journal.clone());
                }
                Outgoing { from: desk.address.clone(), to, raw }
            })
            .collect();
        let recipients: Vec<String> = mails.iter().map(|m| m.to[0].clone()).collect();
        let (started, accepted) = self.send_storm(mails).await;
        let last = accepted.iter().max().copied().unwrap_or(started);
        self.wait_delivered(&recipients, n).await;
        n as f64 / secs_between(started, last).max(0.001)
    }

    async fn wait_delivered(&self, correspondants: &[String], n: usize) {
        let what = "the answers in the correspondants' INBOX";
        wait_until(what, timeout_for(n), || async { self.stack.count_inbox(correspondants) >= n }).await;
    }

    async fn check_tickets(&self, desk: &Desk, n: usize) {
        let (tickets, distinct) = desk.tickets().await;
        assert_eq!(tickets, n as i64, "one ticket per mail\n{}", desk::tail(&desk.logs()));
        assert_eq!(distinct, n as i64, "ticket numbers distinct");
        println!("  checked: {tickets} tickets, {distinct} distinct numbers");
    }

    /// Each correspondant got exactly one answer, from `desk`, with a Message-ID starting with
    /// `id_prefix`, In-Reply-To their mail; returns the latencies (ms) and the last delivery.
    fn check_answers(
        &self,
        correspondants: &[String],
        desk: &str,
        id_prefix: &str,
        accepted: &[SystemTime],
    ) -> Checked {
        let first = correspondants.first().and_then(|c| c.strip_prefix('c')).and_then(|c| c.split('@').next());
        let first: usize = first.and_then(|f| f.parse().ok()).expect("correspondant c<i>@…");
        let headers = self.stack.doveadm_headers(correspondants, &self.scratch);
        let mut by_user: HashMap<&str, Vec<&stack::Header>> = HashMap::new();
        for h in &headers {
            by_user.entry(h.user.as_str()).or_default().push(h);
        }
        let mut latencies = Vec::with_capacity(correspondants.len());
        let mut last = UNIX_EPOCH;
        for (k, user) in correspondants.iter().enumerate() {
            let got = by_user.get(user.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            let parent = format!("<{}>", desk::message_id(first + k, &self.tag));
            assert_eq!(got.len(), 1, "{user}: expected exactly one message in INBOX, found {got:?}");
            let h = got[0];
            assert_eq!(h.in_reply_to, parent, "{user}: answer to the wrong mail");
            assert!(h.message_id.starts_with(id_prefix), "{user}: not an answer of the kind expected: {h:?}");
            assert!(h.from.contains(desk), "{user}: answer not from {desk}: {h:?}");
            let at = self.stack.inbox_times(user).get(&h.uid).copied().expect("message file");
            last = last.max(at);
            latencies.push(secs_between(accepted[k], at) * 1000.0);
        }
        println!(
            "  checked: {} answers, exactly one per correspondant, each In-Reply-To its mail (doveadm)",
            correspondants.len()
        );
        Checked { latencies, last }
    }
}

impl Drop for Bench {
    fn drop(&mut self) {
        if self.args.keep {
            println!("kept: {} and the mailboxes of {:?}", self.scratch.display(), self.domains);
        } else {
            for domain in &self.domains {
                self.stack.remove_domain(domain);
            }
            let _ = std::fs::remove_dir_all(&self.scratch);
        }
    }
}

struct Checked {
    latencies: Vec<f64>,
    last: SystemTime,
}

fn report_latency(what: &str, n: usize, total: f64, latencies: &[f64]) {
    let mut sorted = latencies.to_vec();
    sorted.sort_by(f64::total_cmp);
    let pct = |p: usize| sorted.get((sorted.len().saturating_sub(1)) * p / 100).copied().unwrap_or(f64::NAN);
    println!(
        "  {what}: {n} mails, total {total:.2} s, {:.0} mails/s; latency acceptance → answer delivered: \
         p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
        n as f64 / total,
        pct(50),
        pct(99),
        sorted.last().copied().unwrap_or(f64::NAN)
    );
}

/// Rate at which the daemons handed acknowledgements to the MTA, from their "mail sent" logs.
fn report_sends(desk: &Desk, n: usize, what: &str) {
    match desk.ack_send_span() {
        Some((first, last, count)) => println!(
            "  {what}: {count} acknowledgements handed to the MTA over {:.2} s ({:.0} mails/s; first to last \"mail sent\")",
            last - first,
            n as f64 / (last - first).max(0.001)
        ),
        None => println!("  {what}: no \"mail sent\" in the logs"),
    }
}

fn report_usage(what: &str, usage: &[(f64, u64)], wall: f64) {
    for (k, (cpu, hwm)) in usage.iter().enumerate() {
        println!(
            "{what}{}: CPU {cpu:.2} s ({:.0}% of one core over {wall:.2} s), peak RSS {:.1} MiB",
            if usage.len() > 1 { format!(" daemon {k}") } else { String::new() },
            100.0 * cpu / wall.max(0.001),
            *hwm as f64 / 1024.0
        );
    }
}

fn secs_between(a: SystemTime, b: SystemTime) -> f64 {
    match b.duration_since(a) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

fn timeout_for(n: usize) -> Duration {
    Duration::from_secs(120 + n as u64 / 20)
}

async fn wait_until<F, Fut>(what: &str, timeout: Duration, check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    wait_or(what, timeout, check, String::new).await
}

/// Like `wait_until`; a timeout's panic message ends with `context()` (daemon logs).
async fn wait_or<F, Fut>(what: &str, timeout: Duration, mut check: F, context: impl Fn() -> String)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let started = Instant::now();
    let mut flushed = started;
    while !check().await {
        assert!(started.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}\n{}", context());
        if flushed.elapsed() > Duration::from_secs(10) {
            // Mails the MTA deferred (Dovecot restarted by someone else's test on a shared
            // stack) are tried again now rather than at the next retry time.
            flushed = Instant::now();
            let _ = std::process::Command::new("smtpctl").args(["schedule", "all"]).output();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The machine's CPU time from `/proc/stat`, in seconds: (busy, iowait, all), and per
/// process name (`/proc/PID/stat`: own time and that of reaped children, so that Dovecot's
/// short-lived workers count under their master).
#[derive(Clone)]
struct MachineCpu(f64, f64, f64, HashMap<String, f64>);

fn cpu_by_name() -> HashMap<String, f64> {
    let mut by_name = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { continue };
        let name = stat[open + 1..close].to_string();
        let fields: Vec<&str> = stat[close + 2..].split(' ').collect();
        // After the name: state(0) ppid … utime(11) stime(12) cutime(13) cstime(14).
        let ticks: f64 = (11..15).filter_map(|i| fields.get(i)?.parse::<f64>().ok()).sum();
        *by_name.entry(name).or_insert(0.0) += ticks / 100.0;
    }
    by_name
}

impl MachineCpu {
    fn now() -> MachineCpu {
        let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let ticks: Vec<f64> =
            text.lines().next().unwrap_or_default().split_whitespace().skip(1).filter_map(|v| v.parse().ok()).collect();
        let at = |i: usize| ticks.get(i).copied().unwrap_or(0.0) / 100.0;
        // user nice system idle iowait irq softirq steal
        let busy = at(0) + at(1) + at(2) + at(5) + at(6) + at(7);
        MachineCpu(busy, at(4), busy + at(3) + at(4), cpu_by_name())
    }

    /// What the whole machine did since `self`, beside `own` seconds of guichet's CPU: on a
    /// machine given to the benchmark, the rest is the mail stack (and the harness).
    fn report(&self, own: Option<f64>) {
        let now = MachineCpu::now();
        let (busy, iowait, all) = (now.0 - self.0, now.1 - self.1, now.2 - self.2);
        let share = |x: f64| 100.0 * x / all.max(0.001);
        let own = own.map_or(String::new(), |own| format!("; guichet {own:.1} s, everything else {:.1} s", busy - own));
        println!(
            "  machine: CPU busy {busy:.1} s of {all:.1} s ({:.0}%), waiting for the disk {iowait:.1} s ({:.0}%){own}",
            share(busy),
            share(iowait)
        );
        let mut names: Vec<(f64, &String)> =
            now.3.iter().map(|(name, t)| (t - self.3.get(name).copied().unwrap_or(0.0), name)).collect();
        names.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top: Vec<String> =
            names.iter().take(8).filter(|(t, _)| *t >= 0.5).map(|(t, name)| format!("{name} {t:.1} s")).collect();
        println!("  CPU by process name: {}", top.join(", "));
    }
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map_or_else(|_| "?".into(), |s| s.split(' ').take(3).collect::<Vec<_>>().join(" "))
}
