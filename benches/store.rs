//! The store benchmark (benches/BENCHMARKS.md, *Store at scale*): fills a fresh SQLite file
//! and a fresh PostgreSQL database to N tickets of a region's traffic, then times each of the
//! daemon's and the desk's paths on it through guichet's own code, and the store's size after
//! the default retention. Run by `benches/store.sh [SIZES] [--sqlite-only]`.
//!
//! Proportions per ticket (documented in BENCHMARKS.md): 3,000 schools; 10,000 tickets a
//! year spread back in time from the fill's end (N = 1,000,000 is a century of one desk, or
//! a decade of ten); 8 history lines; 8 received mails on the ticket and 2 tied to none
//! (spam, auto-replies); 10 outgoing mails (3 to the school, 3 to the agents, 1 work order, 3
//! to two peer platforms), every one `sent`; 3 timers; 2 peer links and 6 logged updates;
//! 1 automatic-answer record; an attachment record on one ticket in three. Tickets of the
//! last 30 days are open in all states, older ones closed. The bulky parts (the source of the
//! opening mail, 3 kB; the copy of each outgoing mail, 1.5 kB) are filled for the last 60
//! days beyond what the default retention keeps, as in a store that has been purged daily.

#[path = "../tests/db/mod.rs"]
mod db;

use std::time::{Duration, Instant};

use guichet::config::Config;
use guichet::intake::{Fetched, Intake};
use guichet::store::{Backend, Store};
use guichet::understand::TicketRef;

const SCHOOLS: i64 = 3_000;
const PER_YEAR: i64 = 10_000;
const DAY: i64 = 86_400_000;
/// A day in SQL, as a 64-bit integer (PostgreSQL's literals are 32-bit).
const D: &str = "CAST(86400000 AS BIGINT)";
/// The fill's end: every age is counted back from here.
const END: i64 = 1_796_000_000_000; // 2026-11-30
const AGENTS: [&str; 3] = ["agent1@region.example", "agent2@region.example", "agent3@region.example"];
const PEERS: [(&str, &str); 2] =
    [("academie", "remedy@assistance.ac-paris.example"), ("collectivite", "glpi@collectivite.example")];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.first().map(String::as_str) == Some("--stats-child") {
        return stats_child(&args[1], args.get(2).map(String::as_str));
    }
    let sizes: Vec<i64> = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or("10000,100000,1000000", String::as_str)
        .split(',')
        .map(|s| s.trim().replace('_', "").parse().expect("sizes: comma-separated ticket counts"))
        .collect();
    let sqlite_only = args.iter().any(|a| a == "--sqlite-only");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        for &n in &sizes {
            // STORE_BENCH_KEEP=DIR keeps the SQLite file (DIR/store-N.db) for a look afterwards.
            let sqlite = db::sqlite();
            let url = match std::env::var("STORE_BENCH_KEEP") {
                Ok(dir) => format!("sqlite://{dir}/store-{n}.db?mode=rwc"),
                Err(_) => sqlite.url.clone(),
            };
            bench(&url, n).await;
            if !sqlite_only {
                let pg = db::postgres().await.expect("GUICHET_TEST_PG_URL is not set: run benches/store.sh");
                bench(&pg.url, n).await;
            }
        }
    });
}

async fn bench(url: &str, n: i64) {
    let store = Store::open(url, 8).await.expect("open store");
    let backend = match store.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    println!("\n== {backend}, {n} tickets");
    let started = Instant::now();
    fill(&store, n).await;
    let filled = store.size_bytes().await.unwrap();
    println!(
        "  fill: {:.0} s, {:.1} MB ({:.0} bytes/ticket before purge)",
        started.elapsed().as_secs_f64(),
        filled as f64 / 1e6,
        filled as f64 / n as f64
    );
    let config = Config::parse(&config_text(url)).unwrap();
    let workflow = guichet::intake::load_workflow(&config).unwrap();
    let intake = Intake::new(store.clone(), workflow, &config).await.unwrap();

    // Delivery claim of 200 due mails, many to recipients with a long history (the agents).
    let claim = median_of(5, || async {
        let ids = queue_due(&store, 200).await;
        let t = Instant::now();
        let got = store.claim_outgoing(END, END + 60_000, 200).await.unwrap();
        let took = t.elapsed();
        assert_eq!(got.len(), 200, "the 200 due mails, one per recipient, are all claimable");
        discard(&store, &ids).await;
        took
    })
    .await;
    report("delivery claim of 200 due mails", claim);

    let t = Instant::now();
    let mut uid = 1;
    for chunk in (0..1_000).collect::<Vec<i64>>().chunks(20) {
        let batch: Vec<Fetched> = chunk
            .iter()
            .map(|&k| {
                uid += 1;
                let raw = incident(n, k);
                Fetched { uid, size: raw.len() as u64, raw }
            })
            .collect();
        let outcomes = intake.handle_batch("INBOX", 1, &batch).await.unwrap();
        assert!(outcomes.iter().all(|o| o.ticket.is_some()), "every incident opens a ticket");
    }
    let took = t.elapsed();
    println!(
        "  {:<44} {:>9.1} ms  ({:.0} mails/s)",
        "intake of 1,000 new incidents",
        ms(took),
        1000.0 / took.as_secs_f64()
    );

    let timers = median_of(3, || async {
        arm_timers(&store, n, 100).await;
        let t = Instant::now();
        let fired = guichet::workflow::run_due_timers(&store, intake.workflow(), END).await.unwrap();
        assert!(fired >= 100, "the 100 due timers fire");
        t.elapsed()
    })
    .await;
    report("timers run (100 due)", timers);

    let metrics = median_of(5, || async {
        let t = Instant::now();
        let text = guichet::metrics::exposition(&store).await;
        assert!(text.contains("guichet_outbox_entries{status=\"sent\"}"), "outbox gauges present");
        t.elapsed()
    })
    .await;
    report("/metrics", metrics);

    for (label, from) in [("stats, everything", None), ("stats, one month", Some("2026-10-01"))] {
        let (took, rss) = stats_in_child(url, from);
        println!("  {label:<44} {:>9.1} ms  (peak RSS {:.0} MiB)", ms(took), rss as f64 / 1024.0);
    }

    let school = uai(n % SCHOOLS);
    let list = median_of(5, || async {
        let t = Instant::now();
        store.list_tickets(Some(&school), false, 50).await.unwrap();
        store.list_tickets(Some(&school), true, 50).await.unwrap();
        t.elapsed()
    })
    .await;
    report("ticket list --school (all, then open)", list);

    let reference = TicketRef { year: 2026, number: 5_000 };
    let show = median_of(5, || async {
        let t = Instant::now();
        let ticket = store.ticket(reference).await.unwrap().expect("ticket 2026-005000");
        store.events(ticket.id).await.unwrap();
        store.attachments(ticket.id).await.unwrap();
        store.timers_of(ticket.id).await.unwrap();
        store.peer_views(ticket.id).await.unwrap();
        t.elapsed()
    })
    .await;
    report("ticket show", show);

    let sync = median_of(5, || async {
        let t = Instant::now();
        for (peer, address) in PEERS {
            store.peer_status(peer, &[address]).await.unwrap();
        }
        t.elapsed()
    })
    .await;
    report("sync status (two peers)", sync);

    let t = Instant::now();
    let reports = store.purge(&config.retention, END, false, Duration::ZERO).await.unwrap();
    let removed: u64 = reports.iter().map(|r| r.rows).sum();
    let size = store.size_bytes().await.unwrap();
    println!(
        "  purge (default retention): {removed} rows in {:.1} s; store {:.1} MB, {:.0} bytes/ticket",
        t.elapsed().as_secs_f64(),
        size as f64 / 1e6,
        size as f64 / n as f64
    );
    store.close().await;
}

fn report(label: &str, took: Duration) {
    println!("  {label:<44} {:>9.1} ms", ms(took));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn median_of<F, Fut>(runs: usize, mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Duration>,
{
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        times.push(f().await);
    }
    times.sort();
    times[runs / 2]
}

/// `guichet stats` is measured in a process of its own, for its peak memory.
fn stats_in_child(url: &str, from: Option<&str>) -> (Duration, u64) {
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    command.arg("--stats-child").arg(url);
    if let Some(from) = from {
        command.arg(from);
    }
    let out = command.output().expect("run the stats child");
    assert!(out.status.success(), "stats child: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split_whitespace();
    let micros: u64 = fields.next().and_then(|f| f.parse().ok()).expect("stats child: time");
    let rss_kib: u64 = fields.next().and_then(|f| f.parse().ok()).expect("stats child: rss");
    (Duration::from_micros(micros), rss_kib)
}

fn stats_child(url: &str, from: Option<&str>) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let took = runtime.block_on(async {
        let store = Store::connect(url, 2).await.unwrap();
        let from = from.map(|f| guichet::stats::parse_date(f).unwrap());
        let to = from.map(|f| f.checked_add_months(chrono::Months::new(1)).unwrap().pred_opt().unwrap());
        let period = guichet::stats::Period::new(from, to).unwrap();
        let t = Instant::now();
        let mut builder = guichet::stats::Builder::new(period, END);
        store.for_each_stat_ticket(period.start_ms(), period.end_ms(), |t| builder.add(&t)).await.unwrap();
        let report = builder.finish();
        assert!(report.overall.tickets.total > 0);
        report.to_table();
        t.elapsed()
    });
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let hwm = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).unwrap().trim().trim_end_matches(" kB");
    println!("{} {}", took.as_micros(), hwm);
}

/// A valid UAI for school `s` (département 75, 93, 94, 77, 78…).
fn uai(s: i64) -> String {
    let deps = ["075", "093", "094", "077", "078", "091", "092", "095"];
    let digits = format!("{}{:04}", deps[(s % 8) as usize], s);
    let n: u32 = digits.parse().unwrap();
    format!("{digits}{}", b"ABCDEFGHJKLMNPRSTUVWXYZ"[(n % 23) as usize] as char)
}

fn correspondant(s: i64) -> String {
    format!("corr{s}@etab{s}.example")
}

fn config_text(url: &str) -> String {
    let agents: Vec<String> = AGENTS.iter().map(|a| format!("{a:?}")).collect();
    let mut text = db::config_text(url, "region.example", db::NO_MAIL_SERVERS);
    text = text.replace("platforms = [", &format!("agents = [{}]\nplatforms = [", agents.join(", ")));
    for (name, address) in PEERS {
        text.push_str(&format!(
            "\n[[peers]]\nname = \"{name}\"\naddress = \"{address}\"\nsenders = [\"@{}\"]\nid_pattern = \"INC\\\\d{{12}}\"\nformat = \"remedy\"\n",
            address.split('@').nth(1).unwrap()
        ));
    }
    text
}

/// A new incident from school `k`'s correspondant.
fn incident(n: i64, k: i64) -> Vec<u8> {
    let s = (k * 7) % SCHOOLS;
    format!(
        "From: {from}\r\nTo: cesame@region.example\r\nSubject: Panne imprimante salle {k}\r\n\
         Message-ID: <bench-{n}-{k}@etab.example>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Bonjour,\r\nL'imprimante de la salle {k} ne fonctionne plus.\r\nUAI : {uai}\r\nUrgence : moyenne\r\n",
        from = correspondant(s),
        uai = uai(s),
    )
    .into_bytes()
}

/// 200 due mails to 200 recipients: the three agents and the two peers each get one (their
/// history is the longest), the rest go to schools.
async fn queue_due(store: &Store, count: usize) -> Vec<i64> {
    let mut tx = store.begin().await.unwrap();
    let mut recipients: Vec<String> = AGENTS.iter().map(|a| a.to_string()).collect();
    recipients.extend(PEERS.iter().map(|(_, a)| a.to_string()));
    recipients.extend((0..).map(correspondant).take(count - recipients.len()));
    let stamp = Instant::now().elapsed().as_nanos() ^ std::process::id() as u128;
    for (i, recipient) in recipients.iter().enumerate() {
        let mail = guichet::store::NewOutgoing {
            purpose: guichet::vocab::MailPurpose::Agent,
            ticket_id: None,
            mail_id: None,
            recipient: recipient.clone(),
            message_id: format!("<due-{stamp}-{i}-{}@region.example>", guichet::store::now_ms()),
            raw: vec![b'x'; 1500],
        };
        guichet::store::outbox::enqueue(&mut tx, &mail, END - 1000).await.unwrap();
    }
    tx.commit().await.unwrap();
    sqlx::query_scalar("SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1")
        .bind(END)
        .fetch_all(store.pool())
        .await
        .unwrap()
}

async fn discard(store: &Store, ids: &[i64]) {
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    sqlx::query(&format!("DELETE FROM outbox WHERE id IN ({list})")).execute(store.pool()).await.unwrap();
}

/// Arms `count` breach timers due now on open tickets.
async fn arm_timers(store: &Store, n: i64, count: i64) {
    let sql = format!(
        "INSERT INTO timers (ticket_id, kind, due_at)
         SELECT id, 'deadline_breach', {due} FROM tickets WHERE state <> 'closed' AND id <= {n} ORDER BY id DESC LIMIT {count}",
        due = END - 1000
    );
    sqlx::query(&sql).execute(store.pool()).await.unwrap();
}

/// Fills the store (see the module's doc for the proportions), set-based, in SQL.
async fn fill(store: &Store, n: i64) {
    let pg = store.backend() == Backend::Postgres;
    let series = |count: i64| {
        if pg {
            format!("SELECT i FROM generate_series(CAST(1 AS BIGINT), {count}) AS s(i)")
        } else {
            format!("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) SELECT i FROM s")
        }
    };
    let pad = |e: &str, w: usize| {
        if pg {
            format!("lpad(CAST({e} AS TEXT), {w}, '0')")
        } else {
            format!("printf('%0{w}d', {e})")
        }
    };
    let blob =
        |bytes: usize| if pg { format!("decode(repeat('78', {bytes}), 'hex')") } else { format!("zeroblob({bytes})") };
    let exec = |sql: String| async move {
        sqlx::query(&sql).persistent(false).execute(store.pool()).await.unwrap_or_else(|e| panic!("{e}\n{sql}"));
    };
    let mut schools = Vec::new();
    for s in 0..SCHOOLS {
        schools.push(format!("('{}', 'Lycée {s}', 'Ville {s}', '{}', NULL, 0)", uai(s), correspondant(s)));
    }
    exec(format!(
        "INSERT INTO schools (uai, name, town, correspondant_email, suppleant_email, updated_at) VALUES {}",
        schools.join(",")
    ))
    .await;
    // School of ticket i: the i-th of the table's UAIs, by a join on a numbered list.
    exec("CREATE TABLE bench_school (s BIGINT PRIMARY KEY, uai TEXT NOT NULL, email TEXT NOT NULL)".into()).await;
    exec(format!(
        "INSERT INTO bench_school (s, uai, email) SELECT i - 1, uai, correspondant_email FROM
         ({series}) n JOIN (SELECT uai, correspondant_email, ROW_NUMBER() OVER (ORDER BY uai) AS r FROM schools) x ON x.r = n.i",
        series = series(SCHOOLS)
    ))
    .await;
    let step = 365 * DAY / PER_YEAR; // between two tickets
    let created = format!("({END} - ({n} - i) * {step})");
    let year = format!("(2026 - ({n} - i) / {PER_YEAR})");
    let number = format!("(({n} - i) % {PER_YEAR} + 1)");
    let open = format!("{created} > {END} - 30 * {D}");
    let state = format!(
        "CASE WHEN NOT {open} THEN 'closed' ELSE CASE i % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'assigned' \
         WHEN 2 THEN 'in_progress' WHEN 3 THEN 'resolved' ELSE 'closed' END END"
    );
    exec(format!(
        "INSERT INTO tickets (id, ref, year, number, uai, requester, kind, urgency, state, subject, description,
                              created_at, updated_at, route, assignee_kind, assignee_name, assignee_address,
                              assigned_at, due_at, resolved_at, closed_at, question_pending)
         SELECT i, CAST({year} AS TEXT) || '-' || {ref}, {year}, {number}, b.uai, b.email,
                CASE WHEN i % 10 = 0 THEN 'evolution' ELSE 'incident' END,
                CASE WHEN i % 17 = 0 THEN NULL WHEN i % 3 = 0 THEN 'bas' WHEN i % 3 = 1 THEN 'moyen' ELSE 'tres_haut' END,
                st, 'Panne salle ' || CAST(i % 40 AS TEXT),
                'Bonjour, les postes de la salle ne démarrent plus depuis ce matin, merci d''intervenir au plus vite. ' ||
                'Les élèves ne peuvent pas travailler. Cordialement, le correspondant informatique du lycée.',
                c, c + 3 * {D}, NULL,
                CASE WHEN st = 'new' THEN NULL WHEN i % 10 = 0 THEN 'rtn' ELSE 'prestataire' END,
                CASE WHEN st = 'new' THEN NULL WHEN i % 10 = 0 THEN 'RTN' ELSE 'Prestataire ' || CAST(i % 5 AS TEXT) END,
                CASE WHEN st = 'new' THEN NULL ELSE 'interventions@scc.example' END,
                CASE WHEN st = 'new' THEN NULL ELSE c + 7200000 END,
                CASE WHEN st = 'new' THEN NULL ELSE c + 7200000 + 3 * {D} END,
                CASE WHEN st IN ('resolved', 'closed') THEN c + 7200000 + (CASE WHEN i % 7 = 0 THEN 4 ELSE 2 END) * {D} END,
                CASE WHEN st = 'closed' THEN c + 7200000 + 5 * {D} END,
                0
         FROM (SELECT i, {created} AS c, {state} AS st FROM ({series}) g) t
         JOIN bench_school b ON b.s = t.i % {SCHOOLS}",
        ref = pad(&number, 6),
        series = series(n),
    ))
    .await;
    exec("INSERT INTO ticket_counters (year, last_number) SELECT year, MAX(number) FROM tickets GROUP BY year".into())
        .await;
    // k-fold child rows: ticket id t.id, k in 0..K.
    let fan = |k: i64| format!("(SELECT id, created_at, state, requester, k FROM tickets, ({}) kk) t", series_k(pg, k));
    exec(format!(
        "INSERT INTO ticket_events (ticket_id, at, event, actor, detail, mail_id)
         SELECT id, created_at + k * 3600000, CASE k WHEN 0 THEN 'received' WHEN 1 THEN 'assigned' ELSE 'note' END,
                'agent1@region.example', 'Échange numéro ' || CAST(k AS TEXT) || ' sur ce ticket, avec quelques mots de détail.', NULL
         FROM {}",
        fan(8)
    ))
    .await;
    exec(format!(
        "INSERT INTO mails (dedup_key, message_id, content_hash, mailbox, uidvalidity, uid, received_at, sender,
                            subject, kind, outcome, reason, ticket_id, size)
         SELECT 'm' || CAST(id AS TEXT) || '.' || CAST(k AS TEXT), '<m' || CAST(id AS TEXT) || '.' || CAST(k AS TEXT) || '@x>',
                'h', 'INBOX', 1, id * 10 + k, created_at + k * 3600000, requester, 'Re: panne',
                CASE WHEN k < 8 THEN 'follow_up' ELSE 'spam' END, CASE WHEN k < 8 THEN 'processed' ELSE 'quarantine' END,
                'bench', CASE WHEN k < 8 THEN id END, 4000
         FROM {}",
        fan(10)
    ))
    .await;
    let recipient =
        "CASE WHEN k < 3 THEN requester WHEN k < 6 THEN 'agent' || CAST(k - 2 AS TEXT) || '@region.example' \
                     WHEN k = 6 THEN 'interventions@scc.example' WHEN k < 9 THEN 'remedy@assistance.ac-paris.example' \
                     ELSE 'glpi@collectivite.example' END";
    exec(format!(
        "INSERT INTO outbox (created_at, purpose, ticket_id, mail_id, recipient, message_id, raw, status, attempts,
                             next_attempt_at, locked_until, last_error, done_at)
         SELECT created_at + k * 60000, CASE WHEN k < 3 THEN 'ack' WHEN k < 6 THEN 'agent' WHEN k = 6 THEN 'ot' ELSE 'sync' END,
                id, NULL, {recipient}, '<o' || CAST(id AS TEXT) || '.' || CAST(k AS TEXT) || '@region.example>',
                CASE WHEN created_at > {END} - 90 * {D} THEN {copy} ELSE {empty} END,
                'sent', 1, created_at + k * 60000, 0, NULL, created_at + k * 60000 + 1000
         FROM {}",
        fan(10),
        copy = blob(1500),
        empty = blob(0),
    ))
    .await;
    exec(format!(
        "INSERT INTO ticket_sources (ticket_id, raw)
         SELECT id, {} FROM tickets WHERE closed_at IS NULL OR closed_at > {END} - 425 * {D}",
        blob(3000)
    ))
    .await;
    exec(format!(
        "INSERT INTO timers (ticket_id, kind, due_at, done_at, outcome)
         SELECT id, CASE k WHEN 0 THEN 'deadline_warning' WHEN 1 THEN 'deadline_breach' ELSE 'auto_close' END,
                CASE WHEN state = 'closed' THEN created_at + (k + 2) * {D} ELSE {END} + (k + 1) * {D} END,
                CASE WHEN state = 'closed' THEN created_at + (k + 1) * {D} END,
                CASE WHEN state = 'closed' THEN 'cancelled' END
         FROM {}",
        fan(3)
    ))
    .await;
    exec(format!(
        "INSERT INTO peer_links (ticket_id, peer, peer_id, out_seq, last_in_time, unanswered_since)
         SELECT id, CASE k WHEN 0 THEN 'academie' ELSE 'collectivite' END,
                CASE k WHEN 0 THEN 'INC' ELSE 'GLPI' END || CAST(id AS TEXT), 4, created_at,
                CASE WHEN state <> 'closed' AND id % 3 = 0 THEN created_at + 60000 END
         FROM {}",
        fan(2)
    ))
    .await;
    exec(format!(
        "INSERT INTO peer_updates (ticket_id, peer, direction, seq, peer_time, message_id, at, outcome, detail)
         SELECT id, CASE WHEN k % 2 = 0 THEN 'academie' ELSE 'collectivite' END, CASE WHEN k < 4 THEN 'out' ELSE 'in' END,
                k, NULL, NULL, created_at + k * 600000, CASE WHEN k < 4 THEN 'sent' ELSE 'applied' END, 'assigned'
         FROM {}",
        fan(6)
    ))
    .await;
    exec("INSERT INTO auto_answers (address, at, kind) SELECT requester, created_at, 'answer' FROM tickets".into())
        .await;
    exec(
        "INSERT INTO attachments (ticket_id, mail_id, name, content_type, size)
          SELECT id, 0, 'photo.jpg', 'image/jpeg', 250000 FROM tickets WHERE id % 3 = 0"
            .into(),
    )
    .await;
    exec("DROP TABLE bench_school".into()).await;
    if pg {
        exec("SELECT setval(pg_get_serial_sequence('tickets', 'id'), MAX(id)) FROM tickets".into()).await;
    }
    exec(if pg { "ANALYZE".into() } else { "PRAGMA optimize".into() }).await;
}

fn series_k(pg: bool, k: i64) -> String {
    if pg {
        format!("SELECT k FROM generate_series(CAST(0 AS BIGINT), {}) AS g(k)", k - 1)
    } else {
        format!("WITH RECURSIVE g(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM g WHERE k < {}) SELECT k FROM g", k - 1)
    }
}
