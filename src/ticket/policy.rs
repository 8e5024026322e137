//! The desk's rules that transitions follow: deadlines, closure delay, who serves which
//! département, which peer owns which field. Built once from the configuration.

use crate::config::DeadlinePolicy;
use crate::config::{serves, Config};
use crate::vocab::{Field, Target};

/// A contractor or an officer, and the départements it serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub address: String,
    pub departements: Vec<String>,
}

/// A peer platform and the fields it owns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRights {
    pub name: String,
    pub owns: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub working_days: DeadlinePolicy,
    pub warn_before_hours: u64,
    pub confirm_within_days: u64,
    pub contractors: Vec<Party>,
    pub officers: Vec<Party>,
    pub peers: Vec<PeerRights>,
}

impl Policy {
    pub fn from_config(config: &Config) -> Policy {
        let party = |name: &str, address: &str, departements: &[String]| Party {
            name: name.to_string(),
            address: address.to_string(),
            departements: departements.to_vec(),
        };
        Policy {
            working_days: config.deadlines.working_days,
            warn_before_hours: config.deadlines.warn_before_hours,
            confirm_within_days: config.closure.confirm_within_days,
            contractors: config.contractors.iter().map(|c| party(&c.name, &c.address, &c.departements)).collect(),
            officers: config.officers.iter().map(|o| party(&o.name, &o.address, &o.departements)).collect(),
            // Unknown field names are refused when the configuration is checked.
            peers: config.peers.iter().map(|p| PeerRights { name: p.name.clone(), owns: p.owns.clone() }).collect(),
        }
    }

    /// Who serves `departement` for `target`.
    pub fn party_for(&self, target: Target, departement: &str) -> Option<&Party> {
        let parties = match target {
            Target::Contractor => &self.contractors,
            Target::Officer => &self.officers,
        };
        parties.iter().find(|p| serves(&p.departements, departement))
    }

    /// May `peer` change `field`? Its owner may; when nobody owns it, anyone may.
    pub fn may_change(&self, peer: &str, field: Field) -> bool {
        let owns = |p: &PeerRights| p.owns.contains(&field);
        self.peers.iter().any(|p| p.name == peer && owns(p)) || !self.peers.iter().any(owns)
    }
}
