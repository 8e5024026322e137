//! The four-hundred-and-second aside part: written after the hundred-and-eighty-sixth round,
//! before any change, on chases that ask for a name or a number to call ("à qui dois-je
//! m'adresser pour que ça avance ?") and news that gives one.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_402: &[Case] = &[
    case(
        "intent",
        "whom to turn to",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-040201] Photocopieur du CDI",
        "Bonjour,\nÀ qui dois-je m'adresser pour que ce dossier avance enfin ?\nM. Petit",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a number to call asked",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-040202] Alarme du local serveur",
        "Bonjour,\nPouvez-vous me donner le numéro direct du prestataire ? Je n'arrive pas à \
         savoir quand il compte passer.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a number given",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-040203] Interphone du portail",
        "Bonjour,\nLe technicien peut joindre notre agent d'entretien au 06 12 34 56 78 pour \
         l'accès au portail.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
];
