//! The three-hundred-and-forty-fourth aside part: written after the hundred-and-seventy-sixth
//! round, before any change, on lists asked under a ticket's tag: under the acknowledgement,
//! under a closure notice with thanks, a reply asking "et les autres ?", a list asked with the
//! school's code.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_344: &[Case] = &[
    case(
        "intent",
        "a list under the acknowledgement",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-034401] Accusé de réception : Scanner",
        "Merci. Pouvez-vous m'envoyer la liste de tous nos tickets ouverts ?\nP. Henry",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list under a closure notice with thanks",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-034402] Intervention terminée : Imprimante",
        "Merci, c'est réparé. Pourriez-vous me dire ce qu'il nous reste d'ouvert chez vous ?\nS. \
         Morel",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list with the school's code",
        "From: j.martin@ac-aix.example\nSubject: Demandes en cours 0130456A",
        "Bonjour,\nMerci de m'adresser la liste des demandes en cours pour le collège.\nJ. Martin",
        ListRequest,
        None,
        Some("0130456A"),
    ),
];
