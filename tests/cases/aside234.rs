//! The two-hundred-and-thirty-fourth aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on list requests and their look-alikes: a summary asked in
//! English, the pending requests before a meeting, a table of our tickets, a list of affected
//! machines (news, not a list request), a list of pupils' accounts to create (a need), the
//! tickets closed this year.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_234: &[Case] = &[
    case(
        "intent",
        "a summary asked in English",
        "From: paul.henry@ac-lille.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of our open tickets?\nThanks,\nPaul",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the pending requests before a meeting",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Demandes en attente",
        "Bonjour,\nAvant la réunion de jeudi avec la collectivité, pourriez-vous m'indiquer toutes \
         nos demandes encore en attente ?\nA. Leroux",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a table of our tickets",
        "From: j.martin@ac-aix.example\nSubject: Tableau de suivi",
        "Bonjour,\nEst-il possible d'avoir un tableau de suivi de nos tickets en cours ?\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list of affected machines",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-023404] Postes bloqués",
        "Bonjour,\nVoici la liste des postes touchés : P-201, P-204, P-207 et P-212. Tous affichent \
         le même écran bleu.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "request",
        "a list of pupils' accounts to create",
        "From: claire.dubois@ac-lyon.example\nSubject: Comptes élèves UPE2A",
        "Bonjour,\nVous trouverez ci-dessous la liste des huit élèves arrivés en UPE2A : il faudrait \
         leur créer des comptes sur le réseau pédagogique.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the tickets still open asked shortly",
        "From: marc.petit@ac-lyon.example\nSubject: Point sur nos tickets",
        "Où en sont l'ensemble de nos tickets ouverts ?",
        ListRequest,
        None,
        None,
    ),
];
