//! The three-hundred-and-nineteenth aside part: written after the hundred-and-seventy-second
//! round, before any change, on list requests among other words: a greeting and "la liste de nos
//! tickets svp", a list asked for two schools, a list with a date, a list for the end of term,
//! and a list of equipment asked that is no list of tickets.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_319: &[Case] = &[
    case(
        "intent",
        "la liste de nos tickets svp",
        "From: paul.henry@ac-lille.example\nSubject: Liste",
        "Bonjour, la liste de nos tickets svp. Merci, P. Henry",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list for two schools",
        "From: tice@region.example\nSubject: Demandes en cours",
        "Bonjour,\nPourriez-vous m'indiquer les demandes encore en cours pour l'école Montaigne et \
         pour le collège Jean Bart ?\nLe référent TICE",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list with a date",
        "From: sandrine.morel@ac-paris.example\nSubject: Tickets ouverts depuis septembre",
        "Bonjour,\nPouvez-vous m'envoyer les tickets ouverts depuis la rentrée qui ne sont pas \
         encore clos ?\nS. Morel",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list for the end of term",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Bilan de fin de trimestre",
        "Bonjour,\nPour le bilan de fin de trimestre, j'aurais besoin de l'état de nos signalements \
         en cours.\nA. Leroux",
        ListRequest,
        None,
        None,
    ),
    case(
        "request",
        "a list of equipment asked",
        "From: j.martin@ac-aix.example\nSubject: Inventaire",
        "Bonjour,\nPourriez-vous nous fournir une liste des ordinateurs portables que la région \
         pourrait nous attribuer l'an prochain ? Nous préparons notre projet numérique.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
];
