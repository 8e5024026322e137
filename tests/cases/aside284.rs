//! The two-hundred-and-eighty-fourth aside part: written after the hundred-and-sixty-sixth round,
//! before any change, on urgency in replies and reports: a chase that turns very urgent, a
//! moderate level, a subject's "[Urgent]" taken back in the text, "Priorité : P3" on a need, an
//! emergency without the word.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_284: &[Case] = &[
    case(
        "urgency",
        "a chase that turns very urgent",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-028401] Alarme intrusion",
        "Bonjour,\nToujours pas de nouvelles du technicien : c'est maintenant très urgent, le \
         collège ferme pour les vacances vendredi.\nP. Henry",
        Reminder,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a moderate level",
        "From: sandrine.morel@ac-paris.example\nSubject: Lecteur de badges CDI",
        "Bonjour,\nLe lecteur de badges du CDI ne reconnaît qu'une carte sur trois.\nUrgence : \
         modérée\nS. Morel",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a subject's URGENT taken back",
        "From: anne.leroux@ac-bordeaux.example\nSubject: [Urgent] Imprimante bureau direction",
        "Bonjour,\nJ'ai mis urgent par réflexe, mais rien d'urgent en fait : l'imprimante de la \
         direction fait des traces grises.\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "P3 on a need",
        "From: j.martin@ac-aix.example\nSubject: Second écran secrétariat",
        "Bonjour,\nLa secrétaire souhaiterait un second écran pour traiter les inscriptions.\n\
         Priorité : P3\nJ. Martin",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "an emergency without the word",
        "From: marc.petit@ac-lyon.example\nSubject: Réseau administratif",
        "Bonjour,\nPlus aucun poste administratif n'accède au réseau : les bulletins doivent partir \
         ce soir.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
