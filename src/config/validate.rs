//! Checks of the configuration's own values, every problem with its key.

use std::net::IpAddr;

use super::{Config, Problem, Security};

/// What guichet can write into a Remedy form (`[peers.remedy] fields`).
pub const REMEDY_FACTS: [&str; 7] = ["summary", "details", "urgency", "status", "reference", "school", "requester"];

impl Config {
    /// Every problem found, each with its key; empty when the config is usable.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |key: &str, message: String| problems.push(Problem { key: key.to_string(), message });
        if !is_address(&self.desk.address) {
            problem("desk.address", format!("not a mail address: {:?}", self.desk.address));
        }
        if self.desk.label.is_empty()
            || !self.desk.label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            problem("desk.label", "use letters, digits, '-' or '_' only".into());
        }
        if !self.desk.templates.is_dir() {
            problem("desk.templates", format!("no such directory: {}", self.desk.templates.display()));
        }
        let url = &self.database.url;
        if !(url.starts_with("sqlite:") || url.starts_with("postgres:") || url.starts_with("postgresql:")) {
            problem("database.url", "must start with sqlite: or postgres:".into());
        }
        check_endpoint("imap", &self.imap.host, self.imap.security, self.imap.allow_plaintext, &mut problem);
        check_endpoint("smtp", &self.smtp.host, self.smtp.security, self.smtp.allow_plaintext, &mut problem);
        if self.imap.user.is_empty() {
            problem("imap.user", "is empty".into());
        }
        if let Err(e) = self.imap.secret.read() {
            problem("imap.password_env/password_file", e);
        }
        if self.smtp.user.is_some() {
            if let Err(e) = self.smtp.secret.read() {
                problem("smtp.password_env/password_file", e);
            }
        }
        for (key, ca) in [("imap.ca_file", &self.imap.ca_file), ("smtp.ca_file", &self.smtp.ca_file)] {
            if let Some(path) = ca {
                if !path.is_file() {
                    problem(key, format!("no such file: {}", path.display()));
                }
            }
        }
        let folders =
            [&self.imap.mailbox, &self.imap.processed_folder, &self.imap.quarantine_folder, &self.imap.sent_folder];
        let distinct: std::collections::HashSet<_> = folders.iter().collect();
        if distinct.len() != folders.len() {
            problem("imap.processed_folder", "mailbox, processed, quarantine and sent folders must differ".into());
        }
        if self.outbox.lease_secs <= self.smtp.timeout_secs {
            problem("outbox.lease_secs", "must be longer than smtp.timeout_secs".into());
        }
        if self.imap.timeout_secs == 0 || self.smtp.timeout_secs == 0 {
            problem("imap.timeout_secs/smtp.timeout_secs", "must be at least 1".into());
        }
        if self.database.max_connections == 0 {
            problem("database.max_connections", "must be at least 1".into());
        }
        if self.retention.interval_minutes == 0 {
            problem("retention.interval_minutes", "must be at least 1".into());
        }
        if self.retention.batch == 0 {
            problem("retention.batch", "must be at least 1".into());
        }
        if self.database.lock_poll_secs == 0 {
            problem("database.lock_poll_secs", "must be at least 1".into());
        }
        if self.imap.fetch_batch == 0 {
            problem("imap.fetch_batch", "must be at least 1".into());
        }
        if self.smtp.pool_size == 0 {
            problem("smtp.pool_size", "must be at least 1".into());
        }
        if self.outbox.max_attempts == 0 {
            problem("outbox.max_attempts", "must be at least 1".into());
        }
        let mut agents_seen = std::collections::HashMap::new();
        for (i, agent) in self.desk.agents.iter().enumerate() {
            if !is_address(agent) {
                problem(&format!("desk.agents[{i}]"), format!("not a mail address: {agent:?}"));
            }
            if let Some(first) = agents_seen.insert(agent.trim().to_lowercase(), i) {
                problem(
                    &format!("desk.agents[{i}]"),
                    format!("{agent:?} is already desk.agents[{first}]: each notice would go twice"),
                );
            }
        }
        let served = self
            .contractors
            .iter()
            .map(|c| ("contractors", &c.departements))
            .chain(self.officers.iter().map(|o| ("officers", &o.departements)));
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (section, departements) in served {
            let i = index.entry(section).or_default();
            for code in departements {
                if !is_departement(code) {
                    problem(
                        &format!("{section}[{i}].departements"),
                        format!("not a département code: {code:?} (\"75\", \"2A\", \"971\", or \"*\")"),
                    );
                }
            }
            *i += 1;
        }
        let mut peer_names = std::collections::HashMap::new();
        for (i, peer) in self.peers.iter().enumerate() {
            if let Some(first) = peer_names.insert(peer.name.as_str(), i) {
                problem(&format!("peers[{i}].name"), format!("{:?} is already the name of peers[{first}]", peer.name));
            }
            if peer.id_pattern.trim().is_empty() {
                problem(&format!("peers[{i}].id_pattern"), "is empty: every mail would match".into());
            }
            match peer.subject_tag() {
                None => problem(
                    &format!("peers[{i}].subject_tag"),
                    "required for an RT peer: its tag, e.g. \"[rt.example #{id}]\" ($rtname)".into(),
                ),
                Some(tag) if !tag.contains("{id") => {
                    problem(&format!("peers[{i}].subject_tag"), format!("{tag:?} has no {{id}}"))
                }
                Some(_) => {}
            }
            if peer.format == super::PeerFormat::Remedy {
                if let Err(e) = peer.remedy.key() {
                    problem(&format!("peers[{i}].remedy.key_env/key_file"), e);
                }
                for fact in peer.remedy.fields.keys() {
                    if !REMEDY_FACTS.contains(&fact.as_str()) {
                        problem(
                            &format!("peers[{i}].remedy.fields"),
                            format!("{fact:?} is not one of {}", REMEDY_FACTS.join(", ")),
                        );
                    }
                }
            }
            if let Some(address) = &peer.update_address {
                if !is_address(address) {
                    problem(&format!("peers[{i}].update_address"), format!("not a mail address: {address:?}"));
                }
            }
        }
        for (i, c) in self.contractors.iter().enumerate() {
            if !is_address(&c.address) {
                problem(&format!("contractors[{i}].address"), format!("not a mail address: {:?}", c.address));
            }
            if c.departements.is_empty() {
                problem(&format!("contractors[{i}].departements"), "is empty".into());
            }
        }
        for (i, o) in self.officers.iter().enumerate() {
            if !is_address(&o.address) {
                problem(&format!("officers[{i}].address"), format!("not a mail address: {:?}", o.address));
            }
        }
        if self.log.level.parse::<tracing_subscriber::EnvFilter>().is_err() {
            problem("log.level", format!("not a tracing filter: {:?}", self.log.level));
        }
        problems.extend(self.auth.problems());
        problems.extend(self.metrics.problems());
        problems
    }
}

/// `01`…`95` (not `20`), `2A`, `2B`, `971`…`976`, or `*` for all.
fn is_departement(code: &str) -> bool {
    match code {
        "*" | "2A" | "2B" | "2a" | "2b" => true,
        _ if code.len() == 2 => code.parse::<u8>().is_ok_and(|n| (1..=95).contains(&n) && n != 20),
        _ if code.len() == 3 => code.parse::<u16>().is_ok_and(|n| (971..=976).contains(&n)),
        _ => false,
    }
}

fn is_address(value: &str) -> bool {
    matches!(value.split_once('@'), Some((local, domain)) if !local.is_empty() && domain.contains('.') || domain == "localhost")
        && !value.contains(char::is_whitespace)
}

fn check_endpoint(
    section: &str,
    host: &str,
    security: Security,
    allow_plaintext: bool,
    problem: &mut impl FnMut(&str, String),
) {
    if host.is_empty() {
        problem(&format!("{section}.host"), "is empty".into());
    }
    if security == Security::Plain {
        if !allow_plaintext {
            problem(&format!("{section}.security"), "plain needs allow_plaintext = true".into());
        } else if !is_loopback(host) {
            problem(&format!("{section}.security"), format!("plain text only on loopback, not {host}"));
        }
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
