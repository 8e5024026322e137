//! The three-hundred-and-seventy-eighth aside part: written after the hundred-and-eighty-third
//! round, before any change, on urgency said by the harm rather than a level ("les examens
//! commencent demain", "tout l'établissement est bloqué") beside a plain report, and levels in a
//! table row.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_378: &[Case] = &[
    case(
        "urgency",
        "a level in a table row",
        "From: paul.henry@ac-lille.example\nSubject: Fiche incident",
        "Équipement | Salle | Urgence\nCopieur | 104 | Haute\n\nLe copieur affiche une erreur de \
         fusion.\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a level in a tab form",
        "From: sandrine.morel@ac-paris.example\nSubject: Signalement",
        "Objet\tPoste bloqué\nSalle\tCDI\nUrgence\tMoyenne\nDescription\tLe poste reste sur \
         l'écran de démarrage.",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a plain report states no level",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Horloge de la salle des professeurs",
        "Bonjour,\nL'horloge connectée de la salle des professeurs retarde de dix minutes.\nA. \
         Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "a level in English words with a code",
        "From: claire.dubois@ac-lyon.example\nSubject: Urgency: low - staff room kettle socket",
        "Hello,\nThe network socket near the staff room sink is loose.\nUAI 0691234S\nClaire",
        NewIncident,
        Some(Bas),
        Some("0691234S"),
    ),
];
