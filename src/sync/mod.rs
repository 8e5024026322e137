//! Mirroring tickets with peer ticketing platforms by mail (the academy's Remedy, the local
//! authority's GLPI): their configuration, the mails they send (`format`), and what was
//! exchanged with each (`links`). The workflow decides what to apply and what to send.

pub mod format;
pub use crate::store::links;

use regex::Regex;

use crate::config::{Peer, Problem, Problems};
use crate::store::TicketState;
use crate::vocab::Urgency;

pub use crate::config::PeerFormat as Format;

/// A peer with its patterns compiled.
#[derive(Debug, Clone)]
pub struct CompiledPeer {
    pub config: Peer,
    pub id_re: Regex,
    pub format: Format,
}

impl CompiledPeer {
    /// Checks and compiles `peers[index]`; every problem is reported with its key.
    pub fn compile(peer: &Peer, index: usize) -> Result<CompiledPeer, Problems> {
        let key = |field: &str| format!("peers[{index}].{field}");
        let mut problems = Vec::new();
        if peer.name.is_empty() || !peer.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            problems.push(Problem::new(key("name"), format!("{:?}: letters, digits, '-' or '_' only", peer.name)));
        }
        let id_re =
            Regex::new(&peer.id_pattern).map_err(|e| problems.push(Problem::new(key("id_pattern"), e.to_string())));
        if peer.senders.is_empty() {
            problems.push(Problem::new(key("senders"), "is empty: its mails could not be recognised"));
        }
        Problems::check(problems)?;
        Ok(CompiledPeer { config: peer.clone(), id_re: id_re.expect("checked above"), format: peer.format })
    }

    pub fn name(&self) -> &str {
        &self.config.name
    }

    /// Whether `address` is one this peer writes from.
    pub fn sends_from(&self, address: &str) -> bool {
        let address = address.trim().to_lowercase();
        self.config.senders.iter().any(|s| {
            let s = s.to_lowercase();
            if s.starts_with('@') {
                address.ends_with(&s)
            } else {
                s == address
            }
        })
    }

    /// Our state for one of its statuses (case-insensitive): the configured map, else RT's
    /// stock lifecycle for an RT peer (`etc/RT_Config.pm`, `%Lifecycles`).
    pub fn our_state(&self, status: &str) -> Option<TicketState> {
        let status = status.trim().to_lowercase();
        let configured = self.config.status_map.iter().find(|(theirs, _)| theirs.to_lowercase() == status);
        if let Some((_, ours)) = configured {
            return Some(*ours);
        }
        match (self.format, status.as_str()) {
            (Format::Rt, "new") => Some(TicketState::New),
            (Format::Rt, "open" | "stalled") => Some(TicketState::InProgress),
            (Format::Rt, "resolved") => Some(TicketState::Resolved),
            _ => None,
        }
    }

    /// Its status for one of our states: the first label mapped to it, else its nearest one
    /// (an administrative closure is RT's `resolved`, never `rejected`), else ours.
    pub fn their_status(&self, state: TicketState) -> String {
        if let Some((theirs, _)) = self.config.status_map.iter().find(|(_, ours)| **ours == state) {
            return theirs.clone();
        }
        match (self.format, state) {
            (Format::Rt, TicketState::New) => "new".into(),
            (Format::Rt, TicketState::Assigned | TicketState::InProgress) => "open".into(),
            (Format::Rt, TicketState::Resolved | TicketState::Closed) => "resolved".into(),
            _ => state.as_str().to_string(),
        }
    }

    /// One spelling of its ids: GLPI pads them in subjects (`[GLPI #0004521]`) and not in
    /// its Message-IDs (`GLPI_…-Ticket-4521/…`), so numeric GLPI ids lose their zeros.
    pub fn normalize_id(&self, id: &str) -> String {
        let id = id.trim();
        match self.format {
            Format::Glpi if id.chars().all(|c| c.is_ascii_digit()) && !id.is_empty() => {
                let trimmed = id.trim_start_matches('0');
                if trimmed.is_empty() { "0" } else { trimmed }.to_string()
            }
            _ => id.to_string(),
        }
    }

    /// Our subject's name for its ticket `id` (`subject_tag` with `{id}` or `{id:0N}` filled).
    pub fn tag_for(&self, id: &str) -> String {
        let tag = self.config.subject_tag().unwrap_or("{id}");
        let Some(start) = tag.find("{id") else { return tag.to_string() };
        let Some(end) = tag[start..].find('}').map(|e| start + e) else { return tag.to_string() };
        let width: usize = tag[start + 3..end].trim_start_matches(':').trim_start_matches('0').parse().unwrap_or(0);
        let id = if id.chars().all(|c| c.is_ascii_digit()) { format!("{id:0>width$}") } else { id.to_string() };
        format!("{}{id}{}", &tag[..start], &tag[end + 1..])
    }

    /// Where an update goes: `update_address` once its ticket exists there, else `address`.
    pub fn address_for(&self, peer_id_known: bool) -> &str {
        match (&self.config.update_address, peer_id_known) {
            (Some(address), true) => address,
            _ => &self.config.address,
        }
    }

    /// Our urgency for its priority label: the configured map, else the usual scales
    /// (`1-Critique`… `4-Basse`, `High`/`Medium`/`Low`).
    pub fn our_urgency(&self, priority: &str) -> Option<Urgency> {
        if let Some((_, ours)) =
            self.config.urgency_map.iter().find(|(k, _)| k.to_lowercase() == priority.trim().to_lowercase())
        {
            return Some(*ours);
        }
        let p = priority.trim().to_lowercase();
        if p.starts_with('1') || p.starts_with('2') || p.contains("crit") || p.contains("high") || p.contains("haut") {
            Some(Urgency::TresHaut)
        } else if p.starts_with('3') || p.contains("moy") || p.contains("medium") {
            Some(Urgency::Moyen)
        } else if p.starts_with('4') || p.contains("bas") || p.contains("low") {
            Some(Urgency::Bas)
        } else {
            None
        }
    }

    /// Its label for our urgency: the configured map, else Remedy's scale or plain words.
    pub fn their_priority(&self, urgency: Urgency) -> String {
        if let Some((theirs, _)) = self.config.urgency_map.iter().find(|(_, ours)| **ours == urgency) {
            return theirs.clone();
        }
        match (self.format, urgency) {
            (Format::Remedy, Urgency::TresHaut) => "2-Élevée".into(),
            (Format::Remedy, Urgency::Moyen) => "3-Moyenne".into(),
            (Format::Remedy, Urgency::Bas) => "4-Basse".into(),
            (Format::Glpi, Urgency::TresHaut) => "Très haute".into(),
            (Format::Glpi, Urgency::Moyen) => "Moyenne".into(),
            (Format::Glpi, Urgency::Bas) => "Basse".into(),
            // RT 5's stock priority names (`%PriorityAsString`).
            (Format::Rt, Urgency::TresHaut) => "High".into(),
            (Format::Rt, Urgency::Moyen) => "Medium".into(),
            (Format::Rt, Urgency::Bas) => "Low".into(),
        }
    }
}

/// Every configured peer.
#[derive(Debug, Clone, Default)]
pub struct Peers(pub Vec<CompiledPeer>);

impl Peers {
    /// Compiles every peer, reporting the problems of all of them.
    pub fn compile(peers: &[Peer]) -> Result<Peers, Problems> {
        let mut problems = Vec::new();
        let mut compiled = Vec::with_capacity(peers.len());
        for (i, peer) in peers.iter().enumerate() {
            match CompiledPeer::compile(peer, i) {
                Ok(peer) => compiled.push(peer),
                Err(Problems(found)) => problems.extend(found),
            }
        }
        Problems::check(problems).map(|()| Peers(compiled))
    }

    pub fn of_sender(&self, address: &str) -> Option<&CompiledPeer> {
        self.0.iter().find(|p| p.sends_from(address))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Field;

    fn peer(owns: &[Field]) -> Peer {
        Peer {
            name: "academie".into(),
            address: "remedy@ac.example".into(),
            senders: vec!["@ac.example".into()],
            id_pattern: r"INC\d{12}".into(),
            format: Format::Remedy,
            status_map: [
                ("Assigné", TicketState::Assigned),
                ("Résolu", TicketState::Resolved),
                ("Fermé", TicketState::Closed),
            ]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b))
            .collect(),
            urgency_map: Default::default(),
            owns: owns.to_vec(),
            subject_tag: None,
            update_address: None,
            automatic_headers: None,
            hold_secs: 900,
            answer_within_secs: 3600,
            remedy: Default::default(),
        }
    }

    #[test]
    fn maps_both_ways() {
        let academy = CompiledPeer::compile(&peer(&[Field::Urgency]), 0).unwrap();
        assert_eq!(academy.our_state("RÉSOLU"), Some(TicketState::Resolved));
        assert_eq!(academy.our_state("Résolu"), Some(TicketState::Resolved));
        assert_eq!(academy.their_status(TicketState::Closed), "Fermé");
        assert_eq!(academy.their_status(TicketState::New), "new", "unmapped: ours");
        assert_eq!(academy.our_urgency("2-Élevée"), Some(Urgency::TresHaut));
        assert_eq!(academy.our_urgency("4-Basse"), Some(Urgency::Bas));
        assert_eq!(academy.their_priority(Urgency::Moyen), "3-Moyenne");
        assert!(academy.sends_from("ne-pas-repondre@AC.example"));
    }

    #[test]
    fn tags_ids_and_rt_states() {
        let mut glpi = peer(&[]);
        glpi.format = Format::Glpi;
        let glpi = CompiledPeer::compile(&glpi, 0).unwrap();
        assert_eq!(glpi.tag_for("4521"), "[GLPI #0004521]");
        assert_eq!(glpi.normalize_id("0004521"), "4521");
        let mut rt = peer(&[]);
        rt.format = Format::Rt;
        rt.status_map.clear();
        rt.subject_tag = Some("[rt.test #{id}]".into());
        rt.update_address = Some("rt-comment@rt.test".into());
        let rt = CompiledPeer::compile(&rt, 0).unwrap();
        assert_eq!(rt.tag_for("12"), "[rt.test #12]");
        assert_eq!(rt.normalize_id("0012"), "0012", "only GLPI pads");
        assert_eq!(rt.their_status(TicketState::Closed), "resolved", "closed is not rejected");
        assert_eq!(rt.our_state("stalled"), Some(TicketState::InProgress));
        assert_eq!(rt.our_state("rejected"), None);
        assert_eq!((rt.address_for(false), rt.address_for(true)), ("remedy@ac.example", "rt-comment@rt.test"));
    }

    #[test]
    fn bad_peers_are_refused() {
        let mut p = peer(&[]);
        p.id_pattern = "(".into();
        p.senders.clear();
        let problems = Peers::compile(&[peer(&[]), p]).unwrap_err().0;
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["peers[1].id_pattern", "peers[1].senders"]);
    }
}
