//! The `guichet` command line: the daemon and the desk's tools.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cli;

#[derive(Parser)]
#[command(name = "guichet", version, about = "Helpdesk mailbox to ticketing gateway")]
struct Args {
    /// Configuration file.
    #[arg(long, short, global = true, env = "GUICHET_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the daemon: watch the mailbox, open tickets, send answers.
    Run,
    /// Check the configuration and report every problem with its key.
    CheckConfig,
    /// Print the example configuration, every key commented.
    ExampleConfig,
    /// The manual page (roff) on standard output: `guichet man > guichet.1`.
    Man,
    /// Shell completions on standard output: `guichet completions bash > /etc/bash_completion.d/guichet`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write a commented configuration (guichet.toml) and the mail templates, for editing,
    /// into DIR; existing files are kept unless --force.
    Init {
        dir: PathBuf,
        #[arg(long)]
        force: bool,
    },
    /// Apply the database migrations.
    Migrate,
    /// The establishment directory.
    Directory {
        #[command(subcommand)]
        command: cli::DirectoryCommand,
    },
    /// Explain what guichet understands of mails, one JSON object per line; no database.
    Inspect {
        /// Directory CSV used to recognise senders and schools.
        #[arg(long)]
        directory: Option<PathBuf>,
        /// For each field, what decided it and what else was seen, as text.
        #[arg(long)]
        explain: bool,
        /// Mail files (RFC 5322), handled in the order given.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Tickets.
    Ticket {
        #[command(subcommand)]
        command: cli::TicketCommand,
    },
    /// Mirroring with peer platforms.
    Sync {
        #[command(subcommand)]
        command: cli::SyncCommand,
    },
    /// Workflow timers (deadline warnings and breaches, automatic closure).
    Timers {
        #[command(subcommand)]
        command: cli::TimerCommand,
    },
    /// Incoming mails as recorded (what was decided and why).
    Mails {
        /// Only this outcome.
        #[arg(long, value_enum)]
        outcome: Option<guichet::store::mails::MailOutcome>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Outgoing mails and their delivery state.
    Outbox {
        /// Only this status.
        #[arg(long, value_enum)]
        status: Option<guichet::store::OutboxStatus>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Apply the retention policy ([retention]) now: remove what the desk chose not to keep.
    Purge {
        /// Count what would be removed, remove nothing.
        #[arg(long)]
        dry_run: bool,
        /// SQLite: then rewrite the file whole (VACUUM), with incremental auto-vacuum from then
        /// on; stop the daemon first. PostgreSQL: VACUUM ANALYZE.
        #[arg(long)]
        vacuum: bool,
        /// Judge ages at this instant instead of now (RFC 3339), e.g. to preview a policy.
        #[arg(long)]
        now: Option<String>,
    },
    /// How well guichet reads the desk's mail: labelled folders, exported and scored.
    Corpus {
        #[command(subcommand)]
        command: cli::corpus::CorpusCommand,
    },
    /// Ticket statistics: states, processing times (mean, median), contractor deadlines.
    Stats {
        /// First reception date included, YYYY-MM-DD (Europe/Paris).
        #[arg(long, value_parser = guichet::stats::parse_date)]
        from: Option<chrono::NaiveDate>,
        /// Last reception date included, YYYY-MM-DD (Europe/Paris).
        #[arg(long, value_parser = guichet::stats::parse_date)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value_t = cli::StatsFormat::Table)]
        format: cli::StatsFormat,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    // Made from the command line's own definition, so they cannot drift from it.
    match &args.command {
        Command::Man => {
            let mut out = Vec::new();
            return match clap_mangen::Man::new(<Args as clap::CommandFactory>::command()).render(&mut out) {
                Ok(()) => write_out(&out),
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut <Args as clap::CommandFactory>::command(), "guichet", &mut out);
            return write_out(&out);
        }
        _ => {}
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::dispatch(args.config, args.command)) {
        Ok(code) => code,
        // The reader of our output went away (`guichet ticket list | head -1`): not an error.
        Err(error) if error.chain().any(is_broken_pipe) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(error: &(dyn std::error::Error + 'static)) -> bool {
    error.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

fn write_out(bytes: &[u8]) -> ExitCode {
    use std::io::Write as _;
    match std::io::stdout().write_all(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
