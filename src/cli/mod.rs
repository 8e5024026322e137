//! Command implementations: each loads what it needs and prints for a human (or JSON).

pub mod corpus;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use clap::Subcommand;
use guichet::config::Config;
use guichet::directory::Directory;
use guichet::store::Store;
use guichet::understand::{self, Roles, TicketRef, Urgency};
use tokio_util::sync::CancellationToken;

use crate::Command;

/// `println!` that returns the error instead of panicking: `guichet ticket list | head -1`
/// closes the pipe early, and `main` ends quietly on that broken pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?;
    }};
}

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Import (insert or update) schools from a CSV with a header line:
    /// uai,name,town,correspondant_email,suppleant_email (or UAI;Nom;Commune;Correspondant;Suppléant).
    /// Separator and encoding (UTF-8, Windows-1252 as a French Excel saves) are guessed.
    Import {
        file: PathBuf,
        /// The field separator, instead of guessing it from the header.
        #[arg(long, value_enum)]
        delimiter: Option<guichet::directory::import::Delimiter>,
        /// The file's encoding, instead of guessing it.
        #[arg(long, value_enum)]
        encoding: Option<guichet::directory::import::Encoding>,
    },
    /// The schools in the database, by UAI.
    List {
        #[arg(long)]
        json: bool,
    },
    /// The directory as a CSV (UTF-8, commas, with its header) on standard output.
    Export,
    /// Remove schools from the directory (refused for a school that tickets name).
    Remove {
        #[arg(required = true)]
        uai: Vec<String>,
    },
}

#[derive(Subcommand)]
pub enum TicketCommand {
    /// Tickets, newest first.
    List {
        /// Only this school's tickets.
        #[arg(long)]
        school: Option<String>,
        /// Include closed tickets.
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 50)]
        limit: i64,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// One ticket with its history.
    Show { reference: String },
    /// Set the urgency and/or the type (the correspondant is told of an urgency change).
    Qualify {
        reference: String,
        /// bas, moyen, très haut (or basse, moyenne, très haute, low, medium, high).
        #[arg(long, value_parser = urgency_arg)]
        urgency: Option<Urgency>,
        /// incident, évolution (or demande d'évolution, change).
        #[arg(long = "type", value_parser = kind_arg)]
        kind: Option<guichet::workflow::commands::TicketKind>,
    },
    /// Send the work order to the contractor (`prestataire`) or the study request to the
    /// regional technical officer (`rtn`).
    Assign {
        reference: String,
        /// prestataire, rtn (or contractor, officer).
        #[arg(long, value_parser = target_arg)]
        to: guichet::workflow::commands::Target,
    },
    /// Add a note to the history.
    Note { reference: String, text: String },
    /// Administrative closure.
    Close { reference: String },
    /// Reopen a resolved or closed ticket.
    Reopen { reference: String },
}

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Per peer platform: updates waiting, failed, and the oldest one left unanswered.
    Status,
}

#[derive(Subcommand)]
pub enum TimerCommand {
    /// Fire the timers due now (or at --now, an RFC 3339 instant) and exit.
    Run {
        #[arg(long)]
        now: Option<String>,
        /// List what would fire, send nothing, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// The daemon's reading of the configuration (senders' roles, the desk's kind model), or
/// none.
fn roles(config: Option<&Config>) -> anyhow::Result<Roles> {
    let Some(config) = config else { return Ok(Roles::default()) };
    Ok(Roles::from_config(config).with_model(understand::load_kind_model(config)?))
}

fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let path = path.context("no configuration: use --config FILE or GUICHET_CONFIG")?;
    Ok(Config::load(path)?)
}

async fn open_store(config: &Config) -> anyhow::Result<Store> {
    Store::open(&config.database.url, config.database.max_connections)
        .await
        .with_context(|| format!("opening database {}", redact_url(&config.database.url)))
}

/// A database URL without its password, for messages.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..scheme + 3], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

fn ms_to_local(ms: i64) -> String {
    use chrono::TimeZone;
    chrono_tz::Europe::Paris
        .timestamp_millis_opt(ms)
        .single()
        .map_or_else(|| ms.to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
}

pub async fn dispatch(config_path: Option<PathBuf>, command: Command) -> anyhow::Result<ExitCode> {
    let config_path = config_path.as_deref();
    match command {
        Command::Run => {
            let config = load_config(config_path)?;
            guichet::daemon::init_logging(&config.log);
            guichet::daemon::run(config, CancellationToken::new()).await?;
        }
        Command::CheckConfig => {
            let config = load_config(config_path)?;
            let (problems, warnings) = check_config(&config).await;
            for warning in &warnings {
                say!("warning: {warning}");
            }
            if problems.is_empty() {
                say!("configuration is valid");
            } else {
                for problem in &problems {
                    say!("{problem}");
                }
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::ExampleConfig => say!("{}", guichet::config::EXAMPLE.trim_end()),
        Command::Init { dir, force } => init(&dir, force)?,
        Command::Man | Command::Completions { .. } => unreachable!("handled in main"),
        Command::Migrate => {
            let config = load_config(config_path)?;
            open_store(&config).await?;
            say!("database is up to date");
        }
        Command::Directory { command } => return directory(load_config(config_path)?, command).await,
        Command::Inspect { directory, explain, files } => inspect(config_path, directory.as_deref(), explain, &files)?,
        Command::Corpus { command } => corpus::run(config_path, command).await?,
        Command::Purge { dry_run, vacuum, now } => purge(load_config(config_path)?, dry_run, vacuum, now).await?,
        Command::Stats { from, to, format } => stats(load_config(config_path)?, from, to, format).await?,
        Command::Ticket { command } => return ticket(load_config(config_path)?, command).await,
        Command::Timers { command } => timers(load_config(config_path)?, command).await?,
        Command::Sync { command } => sync(load_config(config_path)?, command).await?,
        Command::Mails { outcome, limit } => {
            let store = open_store(&load_config(config_path)?).await?;
            let mails = store.list_mails(outcome, limit).await?;
            if mails.is_empty() {
                eprintln!(
                    "no recorded mail{}",
                    outcome.map(|o| format!(" with outcome {}", o.as_str())).unwrap_or_default()
                );
                return Ok(ExitCode::from(1));
            }
            say!(
                "{:>6}  {:<16}  {:<11} {:<20} {:<8} sender  [reason] subject",
                "id",
                "received",
                "outcome",
                "kind",
                "ticket"
            );
            for mail in mails {
                say!(
                    "{:>6}  {}  {:<11} {:<20} {:<8} {}  [{}] {}",
                    mail.id,
                    ms_to_local(mail.received_at),
                    mail.outcome.as_str(),
                    mail.kind,
                    mail.ticket.as_deref().unwrap_or("-"),
                    mail.sender.as_deref().unwrap_or("-"),
                    mail.reason,
                    mail.subject
                );
            }
        }
        Command::Outbox { status, limit } => {
            let store = open_store(&load_config(config_path)?).await?;
            let counts = store.outbox_counts().await?;
            say!("{}", counts.iter().map(|(s, n)| format!("{s}: {n}")).collect::<Vec<_>>().join(", "));
            let entries = store.list_outbox(status, limit).await?;
            if !entries.is_empty() {
                say!("{:>6}  {:<11} {:<8} attempts recipient  <message-id>", "id", "status", "purpose");
            }
            for entry in entries {
                say!(
                    "{:>6}  {:<11} {:<8} attempts={} {}  <{}>{}",
                    entry.id,
                    entry.status.as_str(),
                    entry.purpose,
                    entry.attempts,
                    entry.recipient,
                    entry.message_id,
                    entry.last_error.map(|e| format!("  last error: {e}")).unwrap_or_default()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn inspect(
    config_path: Option<&Path>,
    directory: Option<&Path>,
    explain: bool,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    let config = config_path.map(Config::load).transpose()?;
    let directory = match directory {
        Some(path) => Directory::from_csv(path).map_err(|errors| {
            anyhow::anyhow!(
                "{}: {}",
                path.display(),
                errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
            )
        })?,
        None => Directory::default(),
    };
    // The daemon's own reading of the configuration (understand::Roles), or none.
    let roles = roles(config.as_ref())?;
    let ctx = roles.context(&directory);
    let mut out = std::io::stdout().lock();
    for file in files {
        let raw = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        use std::io::Write;
        if explain {
            let (_, lines) = understand::explain::explain(&raw, &ctx);
            writeln!(out, "{}", understand::explain::render(&name, &lines))?;
        } else {
            writeln!(out, "{}", understand::understand(&raw, &ctx).inspect_json(&name))?;
        }
    }
    Ok(())
}

/// Who acts from the command line, for the ticket's history.
fn cli_actor() -> String {
    format!("cli:{}", std::env::var("USER").unwrap_or_else(|_| "desk".into()))
}

/// Runs one workflow action on a ticket in a transaction and prints its summary.
async fn act_on(config: &Config, store: &Store, reference: &str, command: TicketCommand) -> anyhow::Result<()> {
    let reference: TicketRef = reference.parse().map_err(anyhow::Error::msg)?;
    let workflow = guichet::intake::load_workflow(config)?;
    let mut tx = store.begin().await?;
    let Some(mut ticket) = guichet::store::tickets::find(&mut tx, reference).await? else {
        bail!("no ticket {reference}")
    };
    let actor = cli_actor();
    let act = guichet::workflow::Act { now: guichet::store::now_ms(), actor: &actor, mail_id: None };
    use guichet::ticket::Event;
    let events = match command {
        TicketCommand::Qualify { urgency, kind, .. } => {
            if urgency.is_none() && kind.is_none() {
                bail!("give --urgency and/or --type");
            }
            urgency.map(Event::Urgency).into_iter().chain(kind.map(Event::Kind)).collect()
        }
        TicketCommand::Assign { to, .. } => vec![Event::Assigned(to)],
        TicketCommand::Note { text, .. } => vec![Event::Noted(text)],
        TicketCommand::Close { .. } => vec![Event::Closed("clôture par le service d'assistance".into())],
        TicketCommand::Reopen { .. } => vec![Event::Reopened("réouverture par le service d'assistance".into())],
        TicketCommand::List { .. } | TicketCommand::Show { .. } => bail!("not an action on a ticket"),
    };
    let done = workflow.run(&mut tx, &act, &mut ticket, &events).await?.summaries();
    tx.commit().await?;
    let mut failed = false;
    for outcome in done {
        match outcome {
            Ok(summary) => say!("{reference}: {summary}"),
            Err(refusal) => {
                failed = true;
                eprintln!("{reference}: not done: {refusal}");
            }
        }
    }
    if failed {
        bail!("some actions were refused");
    }
    Ok(())
}

pub async fn sync(config: Config, command: SyncCommand) -> anyhow::Result<()> {
    let SyncCommand::Status = command;
    let store = open_store(&config).await?;
    if config.peers.is_empty() {
        say!("no peer platform configured");
    }
    for peer in &config.peers {
        let addresses: Vec<&str> =
            std::iter::once(peer.address.as_str()).chain(peer.update_address.as_deref()).collect();
        let status = store.peer_status(&peer.name, &addresses).await?;
        let oldest = match status.oldest_unanswered {
            Some((reference, at)) => format!("{reference} since {}", ms_to_local(at)),
            None => "-".into(),
        };
        say!(
            "{:<16} waiting={:<4} failed={:<4} errors={:<4} oldest unanswered: {oldest}",
            status.peer,
            status.waiting,
            status.failed,
            status.errors
        );
        if let Some(error) = status.last_error {
            say!("{:<16} last error: {error}", "");
        }
    }
    Ok(())
}

/// Tickets as a desk agent reads them: a header, French labels, columns fitted to the
/// terminal (the subject is cut, never the reference).
fn ticket_table(tickets: &[guichet::store::Ticket]) -> comfy_table::Table {
    use comfy_table::{presets::NOTHING, ContentArrangement, Table};
    let mut table = Table::new();
    table.load_preset(NOTHING).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_header(["Référence", "Reçue le", "UAI", "État", "Type", "Urgence", "Objet"]);
    for t in tickets {
        table.add_row([
            t.reference.to_string(),
            ms_to_local(t.created_at),
            t.uai.clone(),
            t.state.label_fr().split(',').next().unwrap_or_default().to_string(),
            match t.kind {
                guichet::ticket::TicketKind::Evolution => "évolution",
                guichet::ticket::TicketKind::Incident => "incident",
            }
            .to_string(),
            t.urgency.map_or("à qualifier", |u| u.label_fr()).to_string(),
            t.subject.clone(),
        ]);
    }
    table
}

/// `--urgency`: the words mail commands accept, checked before anything is looked up.
fn urgency_arg(value: &str) -> Result<Urgency, String> {
    use guichet::workflow::commands as c;
    c::urgency_word(value).ok_or_else(|| format!("not an urgency; use {}", c::URGENCY_WORDS))
}

fn kind_arg(value: &str) -> Result<guichet::workflow::commands::TicketKind, String> {
    use guichet::workflow::commands as c;
    c::kind_word(value).ok_or_else(|| format!("not a ticket type; use {}", c::KIND_WORDS))
}

fn target_arg(value: &str) -> Result<guichet::workflow::commands::Target, String> {
    use guichet::workflow::commands as c;
    c::target_word(value).ok_or_else(|| format!("not an assignee; use {}", c::TARGET_WORDS))
}

/// `--now`: an RFC 3339 instant (Unix ms), or the clock.
fn instant_or_now(now: Option<&str>) -> anyhow::Result<i64> {
    Ok(match now {
        Some(text) => chrono::DateTime::parse_from_rfc3339(text)
            .with_context(|| format!("--now {text:?}: use RFC 3339, e.g. 2026-12-01T09:00:00+01:00"))?
            .timestamp_millis(),
        None => guichet::store::now_ms(),
    })
}

pub async fn timers(config: Config, command: TimerCommand) -> anyhow::Result<()> {
    let TimerCommand::Run { now, dry_run } = command;
    let now = instant_or_now(now.as_deref())?;
    let store = open_store(&config).await?;
    if dry_run {
        let due = store.due_timers(now, 10_000).await?;
        for (timer, reference) in &due {
            say!("{reference}  {:<17} due {}", timer.kind, ms_to_local(timer.due_at));
        }
        say!("{} timer(s) would fire", due.len());
        return Ok(());
    }
    let workflow = guichet::intake::load_workflow(&config)?;
    let fired = guichet::workflow::run_due_timers(&store, &workflow, now).await?;
    say!("{fired} timer(s) fired");
    let reported = guichet::workflow::report_failures(&store, &workflow, now).await?;
    if reported > 0 {
        say!("{reported} delivery failure(s) reported to their tickets");
    }
    Ok(())
}

async fn ticket(config: Config, command: TicketCommand) -> anyhow::Result<ExitCode> {
    let store = open_store(&config).await?;
    match command {
        TicketCommand::Qualify { ref reference, .. }
        | TicketCommand::Assign { ref reference, .. }
        | TicketCommand::Note { ref reference, .. }
        | TicketCommand::Close { ref reference }
        | TicketCommand::Reopen { ref reference } => {
            let reference = reference.clone();
            act_on(&config, &store, &reference, command).await?
        }
        TicketCommand::List { school, all, limit, json } => {
            let school = match school {
                Some(written) => Some(
                    guichet::uai::Uai::parse(&written)
                        .map_err(|e| anyhow::anyhow!("--school {written:?}: {e}"))?
                        .as_str()
                        .to_string(),
                ),
                None => None,
            };
            let tickets = store.list_tickets(school.as_deref(), !all, limit).await?;
            if json {
                for t in &tickets {
                    say!("{}", serde_json::to_string(t)?);
                }
            } else if !tickets.is_empty() {
                say!("{}", ticket_table(&tickets));
            }
            if tickets.is_empty() {
                let what = if all { "no ticket" } else { "no open ticket (--all shows closed ones)" };
                eprintln!("{what}{}", school.map(|s| format!(" for {s}")).unwrap_or_default());
                return Ok(ExitCode::from(1));
            }
        }
        TicketCommand::Show { reference } => {
            let reference: TicketRef = reference.parse().map_err(anyhow::Error::msg)?;
            let Some(t) = store.ticket(reference).await? else { bail!("no ticket {reference}") };
            say!("Ticket     {}", t.reference);
            say!("School     {}", t.uai);
            say!("Requester  {}", t.requester);
            say!("Kind       {}", t.kind);
            say!("Urgency    {}", t.urgency.map_or("à qualifier", |u| u.as_str()));
            say!("State      {}", t.state.as_str());
            say!("Opened     {}", ms_to_local(t.created_at));
            if let Some(a) = &t.assignee {
                say!("Assigned   {} <{}> ({})", a.name, a.address, a.target);
            }
            if let Some(due) = t.due_at {
                say!("Due        {}", ms_to_local(due));
            }
            if let Some(at) = t.resolved_at {
                say!("Resolved   {}", ms_to_local(at));
            }
            if let Some(at) = t.closed_at {
                say!("Closed     {}", ms_to_local(at));
            }
            say!("Subject    {}", t.subject);
            for a in store.attachments(t.id).await? {
                say!("Attachment {} ({}, {} bytes)", a.name, a.content_type, a.size);
            }
            for peer in store.peer_views(t.id).await? {
                let last = match &peer.last {
                    Some((direction, outcome, at, detail)) => {
                        format!("last {direction} {} {outcome} {detail}", ms_to_local(*at))
                    }
                    None => "nothing exchanged".into(),
                };
                say!(
                    "Peer       {} id={} seq={}  {last}",
                    peer.peer,
                    peer.peer_id.as_deref().unwrap_or("-"),
                    peer.out_seq
                );
            }
            say!("\n{}\n", t.description.trim());
            say!("History");
            for e in store.events(t.id).await? {
                let detail: String = e.detail.chars().take(200).collect();
                say!("  {}  {:<22} {}  {}", ms_to_local(e.at), e.event, e.actor, detail.replace('\n', " "));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// How `guichet stats` prints its report.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum StatsFormat {
    /// Aligned columns for a terminal.
    Table,
    /// One JSON object (durations in seconds and in hours).
    Json,
    /// A header line, then one line per (dimension, key).
    Csv,
}

/// The figures of the tickets received in the period (see `guichet::stats`).
/// Every check `guichet run` makes before it starts (so the unit's `ExecStartPre` refuses
/// what the daemon would), and warnings about what works but is likely wrong.
async fn check_config(config: &Config) -> (Vec<guichet::config::Problem>, Vec<String>) {
    use guichet::config::Problem;
    let mut problems = config.validate();
    let mut warnings = Vec::new();
    if let Err(found) = guichet::intake::load_workflow(config) {
        problems.extend(found.0);
    }
    let mut problem = |key: &str, message: String| problems.push(Problem { key: key.into(), message });
    if let Err(e) = guichet::mailbox::connect::tls_connector(&config.imap) {
        problem("imap.ca_file", e.to_string());
    }
    if let Err(e) = guichet::outbox::deliver::Deliverer::check(config) {
        problem("smtp", e.to_string());
    }
    // Connected, not migrated: checking changes nothing (run and migrate apply migrations).
    match Store::connect(&config.database.url, 1).await {
        Err(e) => problem("database.url", format!("{}: {e}", redact_url(&config.database.url))),
        Ok(store) => {
            if let Err(e) = store.check_writable().await {
                problem("database.url", format!("{}: not writable: {e}", redact_url(&config.database.url)));
            }
            match store.load_directory().await {
                Ok(directory) if directory.is_empty() => warnings.push(
                    "the directory is empty: every school's mail will be refused (guichet directory import FILE.csv)"
                        .to_string(),
                ),
                Ok(_) => {}
                Err(_) => warnings.push(
                    "the database has no schema yet: `guichet migrate` (or `guichet run`) creates it".to_string(),
                ),
            }
            store.close().await;
        }
    }
    let mut addresses = vec![("desk.address", config.desk.address.clone())];
    addresses.extend(config.desk.agents.iter().map(|a| ("desk.agents", a.clone())));
    addresses.extend(config.contractors.iter().map(|c| ("contractors.address", c.address.clone())));
    addresses.extend(config.officers.iter().map(|o| ("officers.address", o.address.clone())));
    addresses.extend(config.peers.iter().map(|p| ("peers.address", p.address.clone())));
    for (key, address) in addresses {
        let domain = address.rsplit('@').next().unwrap_or("").to_lowercase();
        if domain.ends_with(".example") || matches!(domain.as_str(), "example.com" | "example.org" | "example.net") {
            warnings.push(format!("{key}: {address} is an example address, left from the example configuration?"));
        }
    }
    for peer in config.peers.iter().filter(|p| p.format == guichet::config::PeerFormat::Glpi && p.automatic_headers()) {
        warnings.push(format!(
            "peers {:?}: automatic_headers = true, and GLPI's default collector rule \"Auto-Reply Auto-Submitted\" \
             refuses (deletes) such mail: add the accepting rule the README gives, or GLPI drops every update",
            peer.name
        ));
    }
    for peer in config.peers.iter().filter(|p| p.format == guichet::config::PeerFormat::Rt && p.automatic_headers()) {
        warnings.push(format!(
            "peers {:?}: automatic_headers = true: RT sends no auto-reply to such mail, so guichet learns the RT \
             ticket's id only when an RT agent writes (updates wait up to hold_secs meanwhile)",
            peer.name
        ));
    }
    (problems, warnings)
}

/// `guichet init DIR`: the example configuration and the shipped templates, ready to edit.
fn init(dir: &Path, force: bool) -> anyhow::Result<()> {
    let templates = dir.join("templates");
    std::fs::create_dir_all(&templates).with_context(|| format!("creating {}", templates.display()))?;
    let mut files = vec![(dir.join("guichet.toml"), guichet::config::EXAMPLE)];
    files.extend(guichet::outbox::render::shipped::SHIPPED.iter().map(|(name, text)| (templates.join(name), *text)));
    let (mut written, mut kept) = (0, 0);
    for (path, text) in files {
        if path.exists() && !force {
            kept += 1;
            continue;
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        written += 1;
    }
    say!("{written} file(s) written, {kept} kept (--force replaces them) in {}", dir.display());
    say!("next: edit {}, then", dir.join("guichet.toml").display());
    say!("  guichet --config {0} check-config\n  guichet --config {0} migrate", dir.join("guichet.toml").display());
    say!("  guichet --config {} directory import FILE.csv", dir.join("guichet.toml").display());
    Ok(())
}

/// `guichet directory …`.
async fn directory(config: Config, command: DirectoryCommand) -> anyhow::Result<ExitCode> {
    use guichet::directory::import::{Delimiter, Encoding, ReadOptions};
    match command {
        DirectoryCommand::Import { file, delimiter, encoding } => {
            let (directory, read) = match Directory::read(&file, ReadOptions { delimiter, encoding }) {
                Ok(read) => read,
                Err(errors) => {
                    for error in &errors {
                        eprintln!("{}: {error}", file.display());
                    }
                    bail!("{} line(s) refused; nothing imported", errors.len());
                }
            };
            if directory.is_empty() {
                bail!("{}: a header and no school; nothing imported", file.display());
            }
            let store = open_store(&config).await?;
            let summary = store.import_directory(&directory).await?;
            let separator = match read.delimiter {
                Delimiter::Semicolon => "';'",
                Delimiter::Comma => "','",
                Delimiter::Tab => "tabs",
            };
            let encoding = match read.encoding {
                Encoding::Utf8 => "UTF-8",
                Encoding::Windows1252 => "Windows-1252",
            };
            say!(
                "{} schools ({encoding}, {separator}): {} added, {} updated, {} unchanged",
                directory.len(),
                summary.added,
                summary.updated,
                summary.unchanged
            );
        }
        DirectoryCommand::List { json } => {
            let store = open_store(&config).await?;
            let directory = store.load_directory().await?;
            let mut schools: Vec<_> = directory.schools().collect();
            schools.sort_by(|a, b| a.uai.cmp(&b.uai));
            for school in &schools {
                if json {
                    say!("{}", serde_json::to_string(school)?);
                } else {
                    say!(
                        "{}  {}, {}  {}{}",
                        school.uai.as_str(),
                        school.name,
                        school.town,
                        school.correspondant_email,
                        school.suppleant_email.as_deref().map(|s| format!(", {s}")).unwrap_or_default()
                    );
                }
            }
            if schools.is_empty() {
                eprintln!("the directory is empty: import it with `guichet directory import FILE.csv`");
                return Ok(ExitCode::from(1));
            }
        }
        DirectoryCommand::Export => {
            let store = open_store(&config).await?;
            let directory = store.load_directory().await?;
            directory.write_csv(std::io::stdout().lock(), str::to_string)?;
        }
        DirectoryCommand::Remove { uai } => {
            use guichet::store::schools::RemoveOutcome;
            let store = open_store(&config).await?;
            let mut refused = 0;
            for (uai, outcome) in store.remove_schools(&uai).await? {
                match outcome {
                    RemoveOutcome::Removed => say!("{uai}: removed"),
                    RemoveOutcome::Unknown => {
                        refused += 1;
                        eprintln!("{uai}: not in the directory");
                    }
                    RemoveOutcome::HasTickets(n) => {
                        refused += 1;
                        eprintln!("{uai}: kept, {n} ticket(s) name it");
                    }
                }
            }
            if refused > 0 {
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `guichet purge`: one line per retention step, with what it removed (or would remove).
async fn purge(config: Config, dry_run: bool, vacuum: bool, now: Option<String>) -> anyhow::Result<()> {
    let now = instant_or_now(now.as_deref())?;
    let store = open_store(&config).await?;
    let before = store.size_bytes().await?;
    let reports = store.purge(&config.retention, now, dry_run, std::time::Duration::ZERO).await?;
    let verb = if dry_run { "would remove" } else { "removed" };
    for r in &reports {
        say!("{:<6} {verb} {:>9} {} (older than {} days)", "purge:", r.rows, r.step.describe(), r.days);
    }
    if vacuum && !dry_run {
        store.vacuum().await?;
    }
    let after = store.size_bytes().await?;
    say!("store: {} bytes before, {} bytes after", before, after);
    Ok(())
}

async fn stats(
    config: Config,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    format: StatsFormat,
) -> anyhow::Result<()> {
    let period = guichet::stats::Period::new(from, to).map_err(anyhow::Error::msg)?;
    let store = open_store(&config).await?;
    let mut builder = guichet::stats::Builder::new(period, guichet::store::now_ms());
    store.for_each_stat_ticket(period.start_ms(), period.end_ms(), |t| builder.add(&t)).await?;
    let report = builder.finish();
    match format {
        StatsFormat::Table => print!("{}", report.to_table()),
        StatsFormat::Json => say!("{}", report.to_json()),
        StatsFormat::Csv => print!("{}", report.to_csv()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_cut_from_database_urls() {
        assert_eq!(super::redact_url("postgres://u:secret@h/db"), "postgres://u@h/db");
        assert_eq!(super::redact_url("sqlite://x.db"), "sqlite://x.db");
    }
}
