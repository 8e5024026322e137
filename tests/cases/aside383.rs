//! The three-hundred-and-eighty-third aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on levels told in a sentence ("je la classe en priorité moyenne",
//! "à traiter en urgence", "aucune urgence") and a code in the subject between brackets.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_383: &[Case] = &[
    case(
        "urgency",
        "je la classe en priorité moyenne",
        "From: j.martin@ac-aix.example\nSubject: Lecteur DVD salle audiovisuelle",
        "Bonjour,\nLe lecteur DVD de la salle audiovisuelle ne lit plus aucun disque. Je la classe \
         en priorité moyenne.\nJ. Martin",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "à traiter en urgence",
        "From: marc.petit@ac-lyon.example\nSubject: Alarme intrusion",
        "Bonjour,\nLa centrale d'alarme affiche un défaut de communication. À traiter en urgence \
         s'il vous plaît.\nM. Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "aucune urgence",
        "From: paul.henry@ac-lille.example\nSubject: Rallonge réseau",
        "Bonjour,\nUne rallonge réseau de la salle 2 est abîmée. Aucune urgence.\nP. Henry",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "uai",
        "a code in the subject between brackets",
        "From: anne.leroux@ac-bordeaux.example\nSubject: [0330789D] Scanner de l'intendance",
        "Bonjour,\nLe scanner de l'intendance n'envoie plus les numérisations par mail.\nA. Leroux",
        NewIncident,
        None,
        Some("0330789D"),
    ),
];
