//! The mail stack as the benchmark sees it: where it listens, where Dovecot keeps the mail,
//! and the two ways the benchmark reads what was delivered without slowing the run down:
//! - the files of Dovecot's sdbox store (`…/mailboxes/INBOX/dbox-Mails/u.<uid>`), counted while
//!   waiting; a message's file is renamed into place when Dovecot commits it, so its ctime
//!   (nanoseconds) is the moment the mail became visible in the mailbox;
//! - `doveadm fetch` over a list of users, Dovecot's own reading of the headers, for the check
//!   that each correspondant got exactly the expected answer.

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone)]
pub struct Stack {
    pub host: String,
    pub imap_port: u16,
    pub smtp_port: u16,
    pub password: String,
    /// The stack's directory (tests/mailstack/start.sh DIR): dovecot.conf and mail/.
    pub dir: PathBuf,
}

impl Stack {
    pub fn from_env() -> Stack {
        let var = |name: &str| {
            std::env::var(name).unwrap_or_else(|_| {
                panic!("{name} is not set: run benches/storm.sh, which starts the mail stack or uses the running one")
            })
        };
        Stack {
            host: var("GUICHET_TEST_IMAP_HOST"),
            imap_port: var("GUICHET_TEST_IMAP_PORT").parse().expect("IMAP port"),
            smtp_port: var("GUICHET_TEST_SMTP_PORT").parse().expect("SMTP port"),
            password: var("GUICHET_TEST_MAIL_PASSWORD"),
            dir: PathBuf::from(var("GUICHET_TEST_MAILSTACK_DIR")),
        }
    }

    pub fn smtp_addr(&self) -> String {
        format!("{}:{}", self.host, self.smtp_port)
    }

    /// The directory of `address`'s INBOX messages in the sdbox store (Dovecot's home is
    /// `mail/<domain>/<local part>`, lower case).
    pub fn inbox_dir(&self, address: &str) -> PathBuf {
        let (local, domain) = address.split_once('@').expect("address with @");
        self.dir.join("mail").join(domain).join(local).join("mail/mailboxes/INBOX/dbox-Mails")
    }

    /// Messages now in the INBOX of each of `addresses` (counted from the store's files).
    pub fn count_inbox(&self, addresses: &[String]) -> usize {
        addresses.iter().map(|a| message_files(&self.inbox_dir(a)).len()).sum()
    }

    /// UID → moment the message became visible, for `address`'s INBOX.
    pub fn inbox_times(&self, address: &str) -> HashMap<u32, SystemTime> {
        message_files(&self.inbox_dir(address)).into_iter().collect()
    }

    /// `doveadm fetch` of a few header fields of every INBOX message of `addresses`.
    pub fn doveadm_headers(&self, addresses: &[String], scratch: &Path) -> Vec<Header> {
        let users = scratch.join("doveadm-users.txt");
        std::fs::write(&users, addresses.join("\n") + "\n").expect("write user list");
        let out = Command::new("doveadm")
            .arg("-c")
            .arg(self.dir.join("dovecot.conf"))
            .args(["-f", "tab", "fetch", "-F"])
            .arg(&users)
            .args(["uid hdr.message-id hdr.in-reply-to hdr.from", "mailbox", "INBOX", "all"])
            .output()
            .expect("run doveadm");
        assert!(out.status.success(), "doveadm fetch failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .skip(1)
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                Some(Header {
                    user: f.first()?.to_lowercase(),
                    uid: f.get(1)?.parse().ok()?,
                    message_id: f.get(2)?.trim().to_string(),
                    in_reply_to: f.get(3)?.trim().to_string(),
                    from: f.get(4).unwrap_or(&"").trim().to_lowercase(),
                })
            })
            .collect()
    }

    /// Removes the mailboxes of a benchmark domain (they are made fresh for every run).
    pub fn remove_domain(&self, domain: &str) {
        assert!(domain.ends_with(".storm.example"), "only the benchmark's own domains");
        let _ = std::fs::remove_dir_all(self.dir.join("mail").join(domain));
    }
}

/// One message as `doveadm fetch` read it.
#[derive(Debug, Clone)]
pub struct Header {
    pub user: String,
    pub uid: u32,
    pub message_id: String,
    pub in_reply_to: String,
    pub from: String,
}

fn message_files(dir: &Path) -> Vec<(u32, SystemTime)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| {
            let e = e.ok()?;
            let uid = e.file_name().to_str()?.strip_prefix("u.")?.parse().ok()?;
            let meta = e.metadata().ok()?;
            let at = UNIX_EPOCH + Duration::new(meta.ctime() as u64, meta.ctime_nsec() as u32);
            Some((uid, at))
        })
        .collect()
}

/// CPU seconds (user + system) and peak resident set (VmHWM, KiB) of a running process.
pub fn proc_usage(pid: u32) -> Option<(f64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // After the command: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let hwm = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    // USER_HZ is 100 on Linux.
    Some((ticks as f64 / 100.0, hwm))
}
