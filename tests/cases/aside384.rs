//! The three-hundred-and-eighty-fourth aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on chases in the fewest words ("Up !", "?", "Et alors ?") and a
//! short answer that is news ("Oui, mardi.").

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_384: &[Case] = &[
    case(
        "intent",
        "Up !",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-038401] Copieur de la salle des professeurs",
        "Up !",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a question mark alone",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-038402] Poste de l'infirmerie",
        "?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Et alors ?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-038403] Wifi de l'internat",
        "Et alors ?\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a short answer that is news",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-038404] Demande de précisions - Salle 12",
        "Oui, mardi.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
