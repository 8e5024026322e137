//! Mirroring tickets with peer ticketing platforms by mail (the academy's Remedy, the local
//! authority's GLPI): their configuration, the mails they send (`format`), and what was
//! exchanged with each (`links`). The workflow decides what to apply and what to send.

pub mod format;
pub use crate::store::links;

use regex::Regex;

use crate::config::Peer;
use crate::store::TicketState;
use crate::understand::Urgency;

/// The two mail formats spoken by peers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// BMC Remedy Email Engine style: `Action`, `Schema`, `Label: value` lines.
    Remedy,
    /// GLPI notification style: subject tag, free text, key lines.
    Glpi,
}

/// A peer with its patterns compiled.
#[derive(Debug, Clone)]
pub struct CompiledPeer {
    pub config: Peer,
    pub id_re: Regex,
    pub format: Format,
}

impl CompiledPeer {
    /// Checks and compiles a peer's configuration; the error says what is wrong.
    pub fn compile(peer: &Peer) -> Result<CompiledPeer, String> {
        if peer.name.is_empty() || !peer.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(format!("name {:?}: letters, digits, '-' or '_' only", peer.name));
        }
        let id_re = Regex::new(&peer.id_pattern).map_err(|e| format!("id_pattern: {e}"))?;
        let format = match peer.format.as_str() {
            "remedy" => Format::Remedy,
            "glpi" => Format::Glpi,
            other => return Err(format!("format {other:?}: use remedy or glpi")),
        };
        for (theirs, ours) in &peer.status_map {
            if TicketState::parse(ours).is_none() {
                return Err(format!("status_map {theirs:?} = {ours:?}: not one of our states"));
            }
        }
        for (theirs, ours) in &peer.urgency_map {
            if Urgency::parse(ours).is_none() {
                return Err(format!("urgency_map {theirs:?} = {ours:?}: use bas, moyen or tres_haut"));
            }
        }
        for field in &peer.owns {
            if !matches!(field.as_str(), "state" | "urgency" | "assignee") {
                return Err(format!("owns {field:?}: use state, urgency or assignee"));
            }
        }
        if peer.senders.is_empty() {
            return Err("senders is empty".into());
        }
        Ok(CompiledPeer { config: peer.clone(), id_re, format })
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

    /// Our state for one of its statuses (case-insensitive).
    pub fn our_state(&self, status: &str) -> Option<TicketState> {
        self.config
            .status_map
            .iter()
            .find(|(theirs, _)| theirs.to_lowercase() == status.trim().to_lowercase())
            .and_then(|(_, ours)| TicketState::parse(ours))
    }

    /// Its status for one of our states: the first label mapped to it, else ours.
    pub fn their_status(&self, state: TicketState) -> String {
        self.config
            .status_map
            .iter()
            .find(|(_, ours)| *ours == state.as_str())
            .map_or_else(|| state.as_str().to_string(), |(theirs, _)| theirs.clone())
    }

    /// Our urgency for its priority label: the configured map, else the usual scales
    /// (`1-Critique`… `4-Basse`, `High`/`Medium`/`Low`).
    pub fn our_urgency(&self, priority: &str) -> Option<Urgency> {
        if let Some((_, ours)) =
            self.config.urgency_map.iter().find(|(k, _)| k.to_lowercase() == priority.trim().to_lowercase())
        {
            return Urgency::parse(ours);
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
        if let Some((theirs, _)) = self.config.urgency_map.iter().find(|(_, ours)| *ours == urgency.as_str()) {
            return theirs.clone();
        }
        match (self.format, urgency) {
            (Format::Remedy, Urgency::TresHaut) => "2-Élevée".into(),
            (Format::Remedy, Urgency::Moyen) => "3-Moyenne".into(),
            (Format::Remedy, Urgency::Bas) => "4-Basse".into(),
            (Format::Glpi, Urgency::TresHaut) => "Très haute".into(),
            (Format::Glpi, Urgency::Moyen) => "Moyenne".into(),
            (Format::Glpi, Urgency::Bas) => "Basse".into(),
        }
    }

    pub fn owns(&self, field: &str) -> bool {
        self.config.owns.iter().any(|f| f == field)
    }
}

/// Every configured peer.
#[derive(Debug, Clone, Default)]
pub struct Peers(pub Vec<CompiledPeer>);

impl Peers {
    pub fn compile(peers: &[Peer]) -> Result<Peers, String> {
        peers
            .iter()
            .map(|p| CompiledPeer::compile(p).map_err(|e| format!("peer {:?}: {e}", p.name)))
            .collect::<Result<Vec<_>, _>>()
            .map(Peers)
    }

    pub fn of_sender(&self, address: &str) -> Option<&CompiledPeer> {
        self.0.iter().find(|p| p.sends_from(address))
    }

    /// May `peer` change `field`? Its owner may; when nobody owns it, anyone may.
    pub fn may_change(&self, peer: &CompiledPeer, field: &str) -> bool {
        peer.owns(field) || !self.0.iter().any(|p| p.owns(field))
    }

    /// Every peer sender, for understanding to recognise platform mail.
    pub fn senders(&self) -> Vec<String> {
        self.0.iter().flat_map(|p| p.config.senders.iter().map(|s| s.to_lowercase())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peer(owns: &[&str]) -> Peer {
        Peer {
            name: "academie".into(),
            address: "remedy@ac.example".into(),
            senders: vec!["@ac.example".into()],
            id_pattern: r"INC\d{12}".into(),
            format: "remedy".into(),
            status_map: [("Assigné", "assigned"), ("Résolu", "resolved"), ("Fermé", "closed")]
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            urgency_map: Default::default(),
            owns: owns.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn maps_both_ways_and_ownership() {
        let academy = CompiledPeer::compile(&peer(&["urgency"])).unwrap();
        assert_eq!(academy.our_state("RÉSOLU"), Some(TicketState::Resolved));
        assert_eq!(academy.our_state("Résolu"), Some(TicketState::Resolved));
        assert_eq!(academy.their_status(TicketState::Closed), "Fermé");
        assert_eq!(academy.our_urgency("2-Élevée"), Some(Urgency::TresHaut));
        assert_eq!(academy.our_urgency("4-Basse"), Some(Urgency::Bas));
        assert_eq!(academy.their_priority(Urgency::Moyen), "3-Moyenne");
        let mut other = peer(&["state"]);
        other.name = "collectivite".into();
        let authority = CompiledPeer::compile(&other).unwrap();
        let peers = Peers(vec![academy.clone(), authority.clone()]);
        assert!(peers.may_change(&academy, "urgency") && !peers.may_change(&authority, "urgency"));
        assert!(peers.may_change(&authority, "state") && !peers.may_change(&academy, "state"));
        assert!(peers.may_change(&academy, "assignee"), "nobody owns it");
        assert!(academy.sends_from("ne-pas-repondre@AC.example"));
    }

    #[test]
    fn bad_peers_are_refused() {
        let mut p = peer(&[]);
        p.format = "xml".into();
        assert!(CompiledPeer::compile(&p).unwrap_err().contains("format"));
        let mut p = peer(&["colour"]);
        p.format = "glpi".into();
        assert!(CompiledPeer::compile(&p).unwrap_err().contains("owns"));
    }
}
