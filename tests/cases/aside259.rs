//! The two-hundred-and-fifty-ninth aside part: written after the hundred-and-sixty-first
//! round, before any change, on urgency written once more otherwise: "2 sur 3", "niveau 1
//! (bloquant)", "priorité haute", "Urgency: medium", a subject's "[BLOQUANT]", "à voir sans
//! urgence".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_259: &[Case] = &[
    case(
        "urgency",
        "two out of three",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Scanner secrétariat",
        "Bonjour,\nLe scanner du secrétariat ne détecte plus les feuilles.\nUrgence : 2 sur 3\nA. \
         Leroux",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "level one, blocking",
        "From: paul.henry@ac-lille.example\nSubject: Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers ne répond plus.\nCriticité : niveau 1 (bloquant)\nP. \
         Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a high priority",
        "From: claire.dubois@ac-lyon.example\nSubject: Badgeuse entrée",
        "Bonjour,\nLa badgeuse de l'entrée refuse tous les badges depuis ce matin.\nPriorité \
         haute.\nClaire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "an English medium urgency",
        "From: marc.petit@ac-lyon.example\nSubject: Projector room 3",
        "Hello,\nThe projector in room 3 flickers every few minutes.\nUrgency: medium\nMarc",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a subject's BLOQUANT tag",
        "From: sandrine.morel@ac-paris.example\nSubject: [BLOQUANT] Pronote inaccessible",
        "Bonjour,\nPronote est inaccessible pour tout le lycée.\nS. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "to be seen without hurry",
        "From: j.martin@ac-aix.example\nSubject: Haut-parleur CDI",
        "Bonjour,\nUn haut-parleur du CDI grésille un peu. À voir sans urgence lors d'un passage.\n\
         J. Martin",
        NewIncident,
        Some(Bas),
        None,
    ),
];
