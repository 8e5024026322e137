//! `guichet corpus`: how well guichet reads a desk's own mail.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Subcommand;
use guichet::config::Config;
use guichet::corpus::{self, export};
use guichet::directory::Directory;
use guichet::understand::model::{self, Trainer};

#[derive(Subcommand)]
pub enum CorpusCommand {
    /// Write the desk's mails (fetched from the mailbox's archive folders) with their labels
    /// (guichet's reading, the agents' corrections over it) and the directory into DIR.
    Export {
        dir: PathBuf,
        /// Every recorded mail (the most recent --limit), not only those the desk corrected.
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 500)]
        limit: i64,
        /// Replace people's addresses and names by pseudonyms (mails, labels, directory).
        #[arg(long)]
        mask: bool,
    },
    /// Teach the learned kind model the labelled mails of DIR (an export, corrections
    /// included) on top of the tables shipped with guichet, and write it to --out: name that
    /// file as `[desk] kind_model` for the daemon, `guichet inspect` and `corpus score` to use.
    Train {
        dir: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Learn from DIR alone, without the shipped tables' examples.
        #[arg(long)]
        alone: bool,
    },
    /// Read every labelled mail of DIR (labels.json) and print the accuracy per field and
    /// the misses. The schools come from --directory, else DIR/directory.csv.
    Score {
        dir: PathBuf,
        #[arg(long)]
        directory: Option<PathBuf>,
    },
}

pub async fn run(config_path: Option<&Path>, command: CorpusCommand) -> anyhow::Result<()> {
    match command {
        CorpusCommand::Export { dir, all, limit, mask } => {
            let config = super::load_config(config_path)?;
            let store = super::open_store(&config).await?;
            let done = export::export(&config, &store, &dir, export::Options { all, limit, mask }).await?;
            println!("{} mails written to {}", done.written, dir.display());
            if done.without_id > 0 {
                eprintln!("{} recorded mails have no Message-ID: not found again in the archive", done.without_id);
            }
            if !done.missing.is_empty() {
                eprintln!(
                    "{} mails are no longer in the archive folders: {}",
                    done.missing.len(),
                    done.missing.join(", ")
                );
            }
        }
        CorpusCommand::Train { dir, out, alone } => {
            let base = if alone { Trainer::default() } else { Trainer::from_tsv(model::SHIPPED)? };
            let shipped = base.examples();
            let trained = corpus::train(&dir, base).with_context(|| format!("learning from {}", dir.display()))?;
            // Features seen once say more of one mail than of a kind (as for the shipped model).
            std::fs::write(&out, trained.trainer.to_tsv(2)).with_context(|| format!("writing {}", out.display()))?;
            println!(
                "{} mails learned ({} of other kinds left aside), on top of {shipped} shipped examples: {} written",
                trained.learned,
                trained.skipped,
                out.display()
            );
        }
        CorpusCommand::Score { dir, directory } => {
            let config = config_path.map(Config::load).transpose()?;
            let directory = match directory {
                Some(path) => Directory::from_csv(&path).map_err(|errors| {
                    anyhow::anyhow!(
                        "{}: {}",
                        path.display(),
                        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
                    )
                })?,
                None => export::folder_directory(&dir).transpose().map_err(anyhow::Error::msg)?.unwrap_or_default(),
            };
            let roles = super::roles(config.as_ref())?;
            let score = corpus::score(&dir, &roles.context(&directory))
                .with_context(|| format!("scoring {}", dir.display()))?;
            print!("{}", score.report());
        }
    }
    Ok(())
}
