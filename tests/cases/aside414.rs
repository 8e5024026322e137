//! The four-hundred-and-fourteenth aside part: written after the hundred-and-eighty-ninth
//! round, before any change, on lists asked as plain questions or for a purpose (a new
//! principal, an audit, a council), beside a question about one ticket only.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_414: &[Case] = &[
    case(
        "intent",
        "a new principal wants the state",
        "From: paul.henry@ac-lille.example\nSubject: Point sur nos signalements",
        "Bonjour,\nLe nouveau proviseur souhaite faire le point : combien de signalements avons-\
         nous en cours chez vous, et lesquels ?\nPaul Henry",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "what is still open, in short",
        "From: j.martin@ac-aix.example\nSubject: Question",
        "Bonjour,\nQu'est-ce qui reste ouvert chez vous pour le collège Mignet ?\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a summary for the board",
        "From: sandrine.morel@ac-paris.example\nSubject: Récapitulatif pour le conseil d'administration",
        "Bonjour,\nPour le conseil d'administration de jeudi, pourriez-vous m'adresser un \
         récapitulatif des demandes du lycée qui ne sont pas encore closes ?\nS. Morel",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a question about one ticket",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-041401] Borne wifi du gymnase",
        "Bonjour,\nCe ticket est-il toujours ouvert de votre côté ? Nous n'avons plus de nouvelles \
         depuis le 20 novembre.\nAnne Leroux",
        Reminder,
        None,
        None,
    ),
];
