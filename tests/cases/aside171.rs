//! The hundred-and-seventy-first aside part: written after the hundred-and-forty-third round,
//! before any change, on urgency denied, deferred or left open: "aucune urgence", "ce n'est pas
//! bloquant", "non prioritaire", "quand vous pourrez", "Urgence : à définir", "Urgence : ?",
//! "urgent pour nous mais pas critique", an urgency of last week no longer so; and a fault
//! called "critique" with no label.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_171: &[Case] = &[
    case(
        "urgency",
        "no urgency at all",
        "From: claire.dubois@ac-lyon.example\nSubject: Horloge salle 4",
        "Bonjour,\nL'horloge de la salle 4 retarde de dix minutes. Aucune urgence.\n0691234S",
        NewIncident,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "not blocking",
        "From: j.martin@ac-aix.example\nSubject: Imprimante salle des profs",
        "Bonjour,\nL'imprimante de la salle des professeurs imprime des traits gris. Ce n'est pas \
         bloquant, une autre imprimante est disponible.\n0130456A",
        NewIncident,
        Some(Bas),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "not a priority",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran salle 210",
        "Bonjour,\nL'écran du poste professeur de la salle 210 a un pixel mort au centre. Non \
         prioritaire.\n0751043B",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "when you can",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris CDI",
        "Bonjour,\nDeux souris du CDI ont une molette qui accroche. À traiter quand vous pourrez.\n\
         0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "urgency",
        "to be defined",
        "From: paul.henry@ac-lille.example\nSubject: Vidéoprojecteur salle 6",
        "Bonjour,\nLe vidéoprojecteur de la salle 6 s'éteint au bout d'une heure.\nUrgence : à \
         définir\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "urgency",
        "a question mark",
        "From: marc.petit@ac-lyon.example\nSubject: Casque salle de langues",
        "Bonjour,\nUn casque de la salle de langues grésille.\nUrgence : ?\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "urgency",
        "urgent for us but not critical",
        "From: j.martin@ac-aix.example\nSubject: Poste gestionnaire",
        "Bonjour,\nLe poste de la gestionnaire est très lent depuis lundi. C'est urgent pour nous \
         mais pas critique.\n0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "critical without a label",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers a perdu un disque et fonctionne en mode dégradé. La \
         situation est critique : plus aucune sauvegarde n'est possible.\n0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
];
