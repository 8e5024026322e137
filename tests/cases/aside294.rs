//! The two-hundred-and-ninety-fourth aside part: written after the hundred-and-sixty-eighth
//! round, before any change, on our open tickets asked in forms not yet written: a review of
//! all our requests, a summary by subject line, how many are still open, the state of our
//! requests for a board meeting, the others asked under a ticket.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_294: &[Case] = &[
    case(
        "intent",
        "a review of all our requests",
        "From: sandrine.morel@ac-paris.example\nSubject: Point sur nos demandes",
        "Bonjour,\nPourriez-vous me faire un point sur l'ensemble de nos demandes en cours ?\nMerci,\n\
         S. Morel",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a summary asked",
        "From: paul.henry@ac-lille.example\nSubject: Récapitulatif",
        "Bonjour,\nPouvez-vous m'envoyer un récapitulatif de nos tickets ?\nP. Henry",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "how many are still open",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets de l'école",
        "Bonjour,\nCombien de tickets avons-nous encore ouverts chez vous ?\nA. Leroux",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the state of our requests for a board meeting",
        "From: j.martin@ac-aix.example\nSubject: Conseil d'administration du 15 décembre",
        "Bonjour,\nJe prépare le conseil d'administration du 15 décembre : pourriez-vous me \
         transmettre l'état de nos demandes auprès de vos services ?\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the others asked under a ticket",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-029405] Wifi CDI",
        "Bonjour,\nMerci pour le wifi. Et où en sont nos autres demandes ?\nClaire Dubois",
        ListRequest,
        None,
        None,
    ),
];
