//! The three-hundred-and-sixty-eighth aside part: written after the hundred-and-eighty-second
//! round, before any change, on levels in other forms: "Priorité : P1", "(urgent)" in a
//! subject, "Urgence : normale", "pas d'urgence particulière", an English "Priority: High" from
//! a school.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_368: &[Case] = &[
    case(
        "urgency",
        "Priorité : P1",
        "From: j.martin@ac-aix.example\nSubject: Standard téléphonique muet",
        "Bonjour,\nLe standard ne reçoit plus aucun appel depuis 7 h 30.\nPriorité : P1\nJ. Martin",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "(urgent) in a subject",
        "From: marc.petit@ac-lyon.example\nSubject: Serveur de fichiers (urgent)",
        "Bonjour,\nLe serveur de fichiers ne répond plus, les professeurs n'ont plus accès à leurs \
         documents.\nM. Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Urgence : normale",
        "From: paul.henry@ac-lille.example\nSubject: Clavier salle 7",
        "Bonjour,\nPlusieurs touches du clavier du poste professeur de la salle 7 ne répondent \
         plus.\nUrgence : normale\nP. Henry",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "pas d'urgence particulière",
        "From: sandrine.morel@ac-paris.example\nSubject: Haut-parleur du hall",
        "Bonjour,\nLe haut-parleur du hall grésille depuis quelques jours. Pas d'urgence \
         particulière.\nS. Morel",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "Priority: High in English",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Language lab headsets",
        "Hello,\nThe language lab headsets stopped working this morning, the oral exams are \
         tomorrow.\nPriority: High\nA. Leroux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
