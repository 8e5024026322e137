//! The desk's own sections: the desk, its contractors, officers, peers, rules and deadlines.

use std::path::PathBuf;

use serde::Deserialize;

use std::collections::BTreeMap;

use crate::vocab::{Field, State, Target, TicketKind, Urgency};

/// A ticketing platform kept in step by mail (the academy's Remedy, the local authority's GLPI).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peer {
    /// Short name, used in logs, history and the loop marker.
    pub name: String,
    /// Where our updates are sent.
    pub address: String,
    /// Addresses or `@domain`s its mails come from.
    pub senders: Vec<String>,
    /// Regex of its ticket id in subject or body; the first capture group if any
    /// (`INC\d{12}` for Remedy, `\[GLPI #(\d+)\]` for GLPI).
    pub id_pattern: String,
    /// The mails it reads and writes.
    pub format: PeerFormat,
    /// Its statuses → ours (`new`, `assigned`, `in_progress`, `resolved`, `closed`).
    #[serde(default)]
    pub status_map: BTreeMap<String, State>,
    /// Its priority or urgency labels → ours (`bas`, `moyen`, `tres_haut`).
    #[serde(default)]
    pub urgency_map: BTreeMap<String, Urgency>,
    /// Fields this peer owns in a conflict: `state`, `urgency`, `assignee`.
    #[serde(default)]
    pub owns: Vec<Field>,
    /// How our subjects name its ticket once its id is known: `{id}` is the id, `{id:07}` the
    /// id zero-padded to 7 digits. Defaults: `{id}` (Remedy), `[GLPI #{id:07}]` (GLPI, as its
    /// notifications write it); required for RT: `[rtname #{id}]`.
    #[serde(default)]
    pub subject_tag: Option<String>,
    /// Where updates go once its ticket exists, when not `address` (RT's comment address:
    /// a comment does not reopen a resolved RT ticket, a correspondence does).
    #[serde(default)]
    pub update_address: Option<String>,
    /// Whether our mails to it carry `Auto-Submitted` and `Precedence`. Default: only for
    /// Remedy. GLPI's default mail-collector rule refuses (deletes) any mail whose
    /// `Auto-Submitted` is not `no`; RT sends no auto-reply to such mail, so guichet would
    /// never learn its ticket id.
    #[serde(default)]
    pub automatic_headers: Option<bool>,
    /// Seconds our later updates wait for its ticket id (after the first one created its
    /// ticket) before going out anyway; until then they are held, then sent in order. 0: no
    /// hold (a platform that names our ticket in its own way, or that never answers).
    #[serde(default = "default_hold_secs")]
    pub hold_secs: u64,
    /// Seconds after which an update still waiting for the peer's answer (its ticket id) makes
    /// the ticket show in `guichet sync status` and `/metrics` as unanswered, and the agents
    /// told, once.
    #[serde(default = "default_answer_within_secs")]
    pub answer_within_secs: u64,
    /// For a Remedy peer: how the academy's Email Engine takes the creation of an incident.
    #[serde(default)]
    pub remedy: RemedyEngine,
}

fn default_hold_secs() -> u64 {
    900
}

fn default_answer_within_secs() -> u64 {
    4 * 3600
}

/// `[peers.remedy]`: BMC Remedy's AR System Email Engine, as the academy configured it. It
/// reads its reserved labels (`Form`, `Action`, `Key`…) and form fields written `!Field!:
/// value` (multi-line values inside `[$$ … $$]`), and ignores any other text. Incidents
/// are created through the interface form, not `HPD:Help Desk`; later updates go as
/// free-form mail naming the incident number to `update_address` (the Email Rule Engine's
/// mailbox, the site's supported way to add work info).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RemedyEngine {
    pub create_form: String,
    /// The Email Security key (`Key:`), read from this environment variable or file.
    pub key_env: Option<String>,
    pub key_file: Option<PathBuf>,
    /// Our facts → the site's field names or ids: `summary`, `details`, `urgency`,
    /// `status`, `reference`, `school`, `requester`. Unset facts are not written.
    pub fields: BTreeMap<String, String>,
    /// Constant fields every creation carries (`z1D_Action`, `Reported Source`…).
    pub values: BTreeMap<String, String>,
}

impl Default for RemedyEngine {
    fn default() -> Self {
        let map = |pairs: &[(&str, &str)]| pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        RemedyEngine {
            create_form: "HPD:IncidentInterface_Create".into(),
            key_env: None,
            key_file: None,
            fields: map(&[
                ("summary", "Description"),
                ("details", "Detailed_Decription"),
                ("urgency", "Urgency"),
                ("status", "Status"),
            ]),
            values: map(&[
                ("z1D_Action", "CREATE"),
                ("Reported Source", "Email"),
                ("Service_Type", "User Service Restoration"),
                ("Impact", "4-Minor/Localized"),
            ]),
        }
    }
}

impl RemedyEngine {
    /// The key, when one is configured; the error names where it looked.
    pub fn key(&self) -> Result<Option<String>, String> {
        if let Some(var) = &self.key_env {
            return std::env::var(var).map(Some).map_err(|_| format!("environment variable {var} is not set"));
        }
        if let Some(path) = &self.key_file {
            return std::fs::read_to_string(path)
                .map(|s| Some(s.trim().to_string()))
                .map_err(|e| format!("cannot read {}: {e}", path.display()));
        }
        Ok(None)
    }
}

impl Peer {
    /// The subject tag with `{id}` unresolved, per format when not configured.
    pub fn subject_tag(&self) -> Option<&str> {
        match (&self.subject_tag, self.format) {
            (Some(tag), _) => Some(tag),
            (None, PeerFormat::Remedy) => Some("{id}"),
            (None, PeerFormat::Glpi) => Some("[GLPI #{id:07}]"),
            (None, PeerFormat::Rt) => None,
        }
    }

    pub fn automatic_headers(&self) -> bool {
        self.automatic_headers.unwrap_or(self.format == PeerFormat::Remedy)
    }
}

/// The mail formats spoken by peers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeerFormat {
    /// BMC Remedy Email Engine style: `Action`, `Schema`, `Label: value` lines.
    Remedy,
    /// GLPI notification style: subject tag, free text, key lines.
    Glpi,
    /// Request Tracker: a requester's mail to the queue's address, RT's own notifications back.
    Rt,
}

/// A maintenance contractor: receives work orders, answers them by mail.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contractor {
    pub name: String,
    /// Where work orders are sent.
    pub address: String,
    /// Addresses or `@domain`s its answers may come from (besides `address`).
    #[serde(default)]
    pub senders: Vec<String>,
    /// Départements served (`75`, `2A`, `971`…), or `*` for all.
    pub departements: Vec<String>,
}

/// A regional technical officer (RTN): receives study requests for change requests.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    pub name: String,
    pub address: String,
    pub departements: Vec<String>,
}

/// Every address and `@domain` contractors write from, lower case (for understanding).
pub fn contractor_senders(contractors: &[Contractor]) -> Vec<String> {
    contractors
        .iter()
        .flat_map(|c| std::iter::once(c.address.to_lowercase()).chain(c.senders.iter().map(|s| s.to_lowercase())))
        .collect()
}

/// Whether a département list (`75`, `*`…) covers `departement`.
pub fn serves(departements: &[String], departement: &str) -> bool {
    departements.iter().any(|d| d == "*" || d.eq_ignore_ascii_case(departement))
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// Working days from assignment to the contractor, per urgency.
    #[serde(default)]
    pub working_days: DeadlinePolicy,
    /// A warning goes out this many hours before the deadline.
    #[serde(default = "default_warn_hours")]
    pub warn_before_hours: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Days the correspondant has to confirm a technical closure before automatic closure.
    #[serde(default = "default_confirm_days")]
    pub confirm_within_days: u64,
}

impl Default for Closure {
    fn default() -> Self {
        Closure { confirm_within_days: default_confirm_days() }
    }
}

/// A pre-qualification rule: when every given pattern matches, the ticket gets the given
/// type, suggested urgency and route (like GLPI business rules). Agents can override.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub name: String,
    /// Regex on the subject.
    #[serde(default)]
    pub subject: Option<String>,
    /// Regex on the text.
    #[serde(default)]
    pub body: Option<String>,
    /// Regex on the school's UAI or name.
    #[serde(default)]
    pub school: Option<String>,
    /// `incident` or `evolution`.
    #[serde(default, rename = "type")]
    pub kind: Option<TicketKind>,
    /// `bas`, `moyen` or `tres_haut`: set when the sender stated none.
    #[serde(default)]
    pub urgency: Option<Urgency>,
    /// `prestataire` or `rtn`: where the ticket is suggested to go.
    #[serde(default)]
    pub route: Option<Target>,
    /// Assign along the route at once instead of waiting for an agent.
    #[serde(default)]
    pub dispatch: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    /// Label of the subject tag: `[CESAME #2026-000123]`.
    #[serde(default = "default_label")]
    pub label: String,
    /// The helpdesk address: From of every outgoing mail.
    pub address: String,
    #[serde(default = "default_display_name")]
    pub display_name: String,
    /// Domain of our Message-IDs (`ack-2026-000123@<domain>`); defaults to the address's.
    #[serde(default)]
    pub message_id_domain: Option<String>,
    /// Directory of the handlebars templates, read at start (editable without rebuilding).
    #[serde(default = "default_templates")]
    pub templates: PathBuf,
    /// The desk's agents: notified of each new ticket, they act by replying with commands.
    #[serde(default)]
    pub agents: Vec<String>,
    /// Ticketing platform addresses or `@domain`s.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// The desk's own learned kind model, written by `guichet corpus train` from its
    /// exported mail; unset: the model shipped with guichet.
    #[serde(default)]
    pub kind_model: Option<PathBuf>,
    /// Whether the refusal sent to an unknown sender names the school's correspondant's
    /// address. Off by default: anyone who quotes a public UAI would learn a person's address.
    #[serde(default)]
    pub disclose_correspondant_in_refusals: bool,
}

impl Desk {
    pub fn message_id_domain(&self) -> &str {
        self.message_id_domain
            .as_deref()
            .unwrap_or_else(|| self.address.rsplit_once('@').map_or("localhost", |(_, d)| d))
    }
}

fn default_label() -> String {
    "CESAME".into()
}

fn default_templates() -> PathBuf {
    PathBuf::from("templates")
}

fn default_warn_hours() -> u64 {
    4
}

fn default_confirm_days() -> u64 {
    10
}

fn default_display_name() -> String {
    "Service d'assistance CESAME".into()
}

/// How many working days the contractor has, per urgency; the service defaults are 1/3/5.
///
/// Deserialises from a config table with the urgency names as keys (`tres_haut`, `moyen`,
/// `bas`); a missing key keeps its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeadlinePolicy {
    /// Urgency "très haut".
    pub tres_haut: u32,
    /// Urgency "moyen".
    pub moyen: u32,
    /// Urgency "bas".
    pub bas: u32,
}

impl Default for DeadlinePolicy {
    fn default() -> Self {
        DeadlinePolicy { tres_haut: 1, moyen: 3, bas: 5 }
    }
}

impl DeadlinePolicy {
    /// The number of working days allowed for this urgency.
    pub fn working_days(&self, urgency: Urgency) -> u32 {
        match urgency {
            Urgency::TresHaut => self.tres_haut,
            Urgency::Moyen => self.moyen,
            Urgency::Bas => self.bas,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_policy_by_urgency() {
        let policy = DeadlinePolicy::default();
        assert_eq!([Urgency::TresHaut, Urgency::Moyen, Urgency::Bas].map(|u| policy.working_days(u)), [1, 3, 5]);
        let custom: DeadlinePolicy = serde_json::from_str(r#"{"moyen": 2}"#).unwrap();
        assert_eq!(custom, DeadlinePolicy { tres_haut: 1, moyen: 2, bas: 5 });
        assert!(serde_json::from_str::<DeadlinePolicy>(r#"{"haut": 2}"#).is_err());
    }
}
