//! The four-hundred-and-forty-second aside part: written after the hundred-and-ninety-second
//! round, before any change, on the ticket named in the text rather than the subject's tag (a
//! chase, news, a closure), and a handover of the school's contact.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_442: &[Case] = &[
    case(
        "intent",
        "a chase naming its ticket in the text",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur de la salle 14",
        "Bonjour,\nConcernant le ticket 2026-044201, toujours aucune nouvelle depuis quinze jours. \
         Pouvez-vous me dire où en est l'intervention ?\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure naming its ticket in the text",
        "From: paul.henry@ac-lille.example\nSubject: Ticket 2026-044202",
        "Bonjour,\nLe ticket 2026-044202 peut être clôturé : l'imprimante fonctionne depuis le \
         passage du technicien.\nPaul Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a handover of the contact",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-044203] Réseau pédagogique",
        "Bonjour,\nJe quitte le collège à la fin de la semaine : pour la suite de ce dossier, \
         merci d'écrire à Mme Rossi, ma remplaçante.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
];
