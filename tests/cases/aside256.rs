//! The two-hundred-and-fifty-sixth aside part: written after the hundred-and-sixty-first
//! round, before any change, on chases said in the subject and little else: "Toujours rien",
//! "SUIVI ?", "Où en est-on ?", "Rappel ticket", a subject edited to "URGENT - sans réponse",
//! an empty body under "Relance n°2".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_256: &[Case] = &[
    case(
        "intent",
        "'Toujours rien' as the subject",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Toujours rien - [CESAME #2026-025601] Vidéoprojecteur",
        "A. Leroux\nCollège Montaigne",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "'SUIVI ?' as the subject",
        "From: paul.henry@ac-lille.example\nSubject: SUIVI ? [CESAME #2026-025602] Serveur",
        "Bonjour,\nMerci.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "'Où en est-on ?' as the subject",
        "From: j.martin@ac-aix.example\nSubject: Où en est-on ? (ticket 2026-025603)",
        "J. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "'Rappel ticket' as the subject",
        "From: claire.dubois@ac-lyon.example\nSubject: Rappel ticket 2026-025604",
        "Bonjour,\nCf. objet.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "'sans réponse' in an edited subject",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-025605] Standard - URGENT sans réponse",
        "Bonjour,\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an empty body under 'Relance n°2'",
        "From: marc.petit@ac-lyon.example\nSubject: Relance n°2 : [CESAME #2026-025606] Salle 204",
        "",
        Reminder,
        None,
        None,
    ),
];
