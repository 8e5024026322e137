//! The four-hundred-and-thirty-fifth aside part: written after the hundred-and-ninety-first
//! round, before any change, on levels as ticketing tools print them ("Priorité : P1",
//! "Severity: 1 (critical)", "Impact : faible") and a room number that is no level.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_435: &[Case] = &[
    case(
        "urgency",
        "a P1 priority",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur ENT injoignable",
        "Bonjour,\nLe serveur ENT ne répond plus depuis 7 h 30, aucun élève ne peut se connecter.\n\
         Priorité : P1\nS. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a severity with its word",
        "From: tice@region.example\nSubject: Montaigne - firewall",
        "Hello,\nThe Montaigne school's firewall reboots every hour.\nSeverity: 1 (critical)\n\
         Regional IT team",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a low impact only",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Horloge du serveur",
        "Bonjour,\nL'horloge du serveur de fichiers a cinq minutes d'avance.\nImpact : faible\n\
         Anne Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "a room number that is no level",
        "From: marc.petit@ac-lyon.example\nSubject: Prise réseau salle P2",
        "Bonjour,\nLa prise réseau murale de la salle P2 est arrachée.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
