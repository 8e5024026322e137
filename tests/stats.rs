//! `guichet stats` on a real database (SQLite, and PostgreSQL when available): tickets are
//! made through the store API, then the binary runs in its three formats, which must agree.

mod db;

use std::path::Path;
use std::process::{Command, Output};

use guichet::directory::Directory;
use guichet::store::{tickets, NewTicket, Store, TicketState};
use guichet::understand::Urgency;

const H: i64 = 3_600_000;

const IMAP_SMTP: &str = db::NO_MAIL_SERVERS;

fn ms(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp_millis()
}

/// What happens to a ticket after its reception (offsets in ms from it; due is absolute).
#[derive(Default)]
struct Story {
    contractor: Option<&'static str>,
    assigned: Option<i64>,
    due_at: Option<i64>,
    resolved: Option<i64>,
    closed: Option<i64>,
}

async fn make(store: &Store, uai: &str, urgency: Option<Urgency>, received: i64, story: Story) {
    let mut tx = store.begin().await.unwrap();
    let new = NewTicket {
        year: 2025,
        uai,
        requester: "sandrine.morel@ac-paris.example",
        kind: guichet::ticket::TicketKind::Incident,
        urgency,
        subject: "Vidéoprojecteur en panne",
        description: "Salle 204.",
        at: received,
        route: None,
        actor: "sandrine.morel@ac-paris.example",
        detail: "new_incident mail",
        mail_id: None,
    };
    let mut t = tickets::create(&mut tx, &new).await.unwrap();
    if let Some(name) = story.contractor {
        t.assignee = Some(guichet::ticket::Assignee {
            target: guichet::ticket::Target::Contractor,
            name: name.into(),
            address: format!("interventions@{}.example", name.to_lowercase()),
        });
        t.state = TicketState::Assigned;
    }
    t.assigned_at = story.assigned.map(|d| received + d);
    t.due_at = story.due_at;
    t.resolved_at = story.resolved.map(|d| received + d);
    if t.resolved_at.is_some() {
        t.state = TicketState::Resolved;
    }
    t.closed_at = story.closed.map(|d| received + d);
    if t.closed_at.is_some() {
        t.state = TicketState::Closed;
    }
    tickets::save(&mut tx, &t, received).await.unwrap();
    tx.commit().await.unwrap();
}

/// January 2025 (Paris), plus one ticket on each side of it.
async fn seed(store: &Store) {
    let (a, b) = ("0751043B", "0931187K");
    // 6 January 00:00 in Paris: the first instant of the period.
    let first = ms("2025-01-05T23:00:00Z");
    let day = ms("2025-01-14T09:00:00Z");
    // Closed after 10 h; SCC resolved it 6 h after a 1 h assignment, due after 20 h: met.
    let scc = |resolved, closed| Story {
        contractor: Some("SCC"),
        assigned: Some(H),
        due_at: Some(first + 21 * H),
        resolved: Some(resolved),
        closed,
    };
    make(store, a, Some(Urgency::Bas), first, scc(7 * H, Some(10 * H))).await;
    // Closed after 21 h (resolved at 15 h: met) and after 40 h (resolved at 25 h: missed).
    make(store, a, Some(Urgency::Moyen), first, scc(15 * H, Some(21 * H))).await;
    make(store, b, Some(Urgency::Moyen), first, scc(25 * H, Some(40 * H))).await;
    // Econocom: open past its deadline (missed), and open with a deadline far ahead (pending).
    let econocom =
        |due| Story { contractor: Some("Econocom"), assigned: Some(2 * H), due_at: Some(due), ..Story::default() };
    make(store, b, Some(Urgency::TresHaut), day, econocom(day + 10 * H)).await;
    make(store, b, None, day, econocom(ms("2100-01-01T00:00:00Z"))).await;
    // Not qualified, still new.
    make(store, a, None, day, Story::default()).await;
    // Outside the period: the last instant before it and the first after it (1 February Paris).
    let outside = Story { closed: Some(1000 * H), ..Story::default() };
    make(store, a, Some(Urgency::Bas), first - 1, outside).await;
    let outside = Story { closed: Some(1000 * H), ..Story::default() };
    make(store, b, Some(Urgency::Bas), ms("2025-01-31T23:00:00Z"), outside).await;
}

fn guichet(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guichet"))
        .env_remove("GUICHET_DATABASE_URL")
        .env_remove("GUICHET_CONFIG")
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

fn stats(config: &Path, format: &str) -> String {
    let out = guichet(config, &["stats", "--from", "2025-01-06", "--to", "2025-01-31", "--format", format]);
    assert!(out.status.success(), "stats --format {format}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The cells of the table line of a (dimension, key), split on runs of spaces.
fn table_row(table: &str, dimension: &str, key: &str) -> Vec<String> {
    let line = table
        .lines()
        .find(|l| l.split_whitespace().take(2).eq([dimension, key]))
        .unwrap_or_else(|| panic!("no {dimension} {key} line in\n{table}"));
    line.split_whitespace().map(str::to_string).collect()
}

/// `mean_hours` as the table and CSV print it.
fn hours(value: &serde_json::Value) -> String {
    format!("{:.1}", value.as_f64().unwrap_or_else(|| panic!("not a number: {value}")))
}

#[tokio::test]
async fn the_three_formats_agree() {
    for db in db::all().await {
        let store = Store::open(&db.url, 2).await.unwrap();
        let directory = Directory::from_csv(&db::corpus().join("public/directory.csv")).unwrap();
        store.import_directory(&directory).await.unwrap();
        seed(&store).await;
        store.close().await;

        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("guichet.toml");
        std::fs::write(&config, db::config_text(&db.url, "cesame.example", IMAP_SMTP)).unwrap();
        let backend = db.backend;

        let json: serde_json::Value = serde_json::from_str(&stats(&config, "json")).unwrap();
        let table = stats(&config, "table");
        let csv_text = stats(&config, "csv");

        // JSON: the figures themselves.
        let overall = &json["overall"];
        assert_eq!(overall["tickets"]["total"], 6, "{backend}: the period holds six tickets");
        assert_eq!(overall["tickets"]["closed"], 3, "{backend}");
        assert_eq!(overall["tickets"]["new"], 1, "{backend}");
        let closed = &overall["received_to_closed"];
        // 10, 21 and 40 h: mean 23.666.. h, median 21 h.
        assert_eq!(closed["count"], 3, "{backend}");
        assert_eq!(closed["mean_seconds"], 71.0 * 3600.0 / 3.0, "{backend}");
        assert_eq!(closed["mean_hours"], 23.7, "{backend}");
        assert_eq!(closed["median_hours"], 21.0, "{backend}");
        let deadlines = &overall["deadlines"];
        let decided = [&deadlines["met"], &deadlines["missed"], &deadlines["pending"]].map(|v| v.as_u64());
        assert_eq!(decided, [Some(2), Some(2), Some(1)], "{backend}");
        assert_eq!(deadlines["rate"], 0.5, "{backend}");
        let contractors: Vec<&str> =
            json["by_contractor"].as_array().unwrap().iter().map(|g| g["key"].as_str().unwrap()).collect();
        assert_eq!(contractors, ["Econocom", "SCC"], "{backend}");

        // The table and the CSV print the same means.
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let header = reader.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let csv_row = |dimension: &str, key: &str| {
            rows.iter()
                .find(|r| &r[0] == dimension && &r[1] == key)
                .unwrap_or_else(|| panic!("{backend}: no CSV row {dimension} {key}"))
        };
        let groups = [
            ("overall", "all", &json["overall"]),
            ("urgency", "moyen", &json["by_urgency"][1]),
            ("school", "0751043B", &json["by_school"][0]),
            ("contractor", "SCC", &json["by_contractor"][1]),
        ];
        for (dimension, key, group) in groups {
            assert_eq!(group["key"], key, "{backend}");
            let table = table_row(&table, dimension, key);
            let csv = csv_row(dimension, key);
            let (closed, resolved) = (&group["received_to_closed"], &group["assigned_to_resolved"]);
            let mean = hours(&closed["mean_hours"]);
            assert_eq!(table[4], mean, "{backend} {dimension} {key}: table mean");
            assert_eq!(&csv[col("received_to_closed_mean_hours")], mean, "{backend} {dimension} {key}: CSV mean");
            assert_eq!(table[5], hours(&closed["median_hours"]), "{backend} {dimension} {key}");
            assert_eq!(&csv[col("received_to_closed_median_hours")], hours(&closed["median_hours"]));
            let mean = hours(&resolved["mean_hours"]);
            assert_eq!(table[7], mean, "{backend} {dimension} {key}: table resolution mean");
            assert_eq!(&csv[col("assigned_to_resolved_mean_hours")], mean, "{backend} {dimension} {key}");
            assert_eq!(table[2], group["tickets"]["total"].to_string(), "{backend} {dimension} {key}");
            assert_eq!(&csv[col("tickets")], group["tickets"]["total"].to_string(), "{backend} {dimension} {key}");
            // The hours are the seconds, rounded.
            let seconds = closed["mean_seconds"].as_f64().unwrap();
            assert_eq!(closed["mean_hours"].as_f64().unwrap(), (seconds / 360.0).round() / 10.0, "{backend}");
        }
        assert_eq!(table_row(&table, "overall", "all")[4], "23.7", "{backend}:\n{table}");
        assert_eq!(&csv_row("overall", "all")[col("deadline_rate")], "0.500", "{backend}");
        assert_eq!(table_row(&table, "overall", "all")[12], "50.0%", "{backend}");

        // Without a period every ticket counts; a reversed period or a bad date is refused.
        let out = guichet(&config, &["stats", "--format", "json"]);
        let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(all["overall"]["tickets"]["total"], 8, "{backend}");
        let out = guichet(&config, &["stats", "--from", "2025-02-01", "--to", "2025-01-31"]);
        assert!(!out.status.success(), "{backend}: reversed period accepted");
        assert!(String::from_utf8_lossy(&out.stderr).contains("after"), "{}", String::from_utf8_lossy(&out.stderr));
        let out = guichet(&config, &["stats", "--from", "31/01/2025"]);
        assert!(!out.status.success(), "{backend}: bad date accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
