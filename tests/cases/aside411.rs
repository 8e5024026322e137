//! The four-hundred-and-eleventh aside part: written after the hundred-and-eighty-eighth round,
//! before any change, on levels as schools write them in running text or in a form's words
//! ("degré d'urgence : faible", "criticité élevée", "pas pressé"), and a date that is no level.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_411: &[Case] = &[
    case(
        "urgency",
        "a degree written low",
        "From: j.martin@ac-aix.example\nSubject: Haut-parleur salle de musique",
        "Bonjour,\nUn des haut-parleurs de la salle de musique grésille.\nDegré d'urgence : faible\n\
         J. Martin",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "critical for the exams",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Serveur d'examens hors service",
        "Bonjour,\nLe serveur utilisé pour les épreuves ne démarre plus et l'épreuve de demain \
         matin en dépend. Criticité : très haute.\nAnne Leroux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "in no hurry",
        "From: claire.dubois@ac-lyon.example\nSubject: Souris salle 204",
        "Bonjour,\nDeux souris de la salle 204 ont une molette qui ne répond plus. Rien de \
         pressé, cela peut attendre la prochaine visite.\nUrgence : basse\nClaire Dubois",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "a medium level after a date",
        "From: paul.henry@ac-lille.example\nSubject: Scanner du secrétariat",
        "Bonjour,\nDepuis le 3 décembre, le scanner du secrétariat n'envoie plus vers la \
         messagerie.\nNiveau : moyen\nPaul Henry",
        NewIncident,
        Some(Moyen),
        None,
    ),
];
