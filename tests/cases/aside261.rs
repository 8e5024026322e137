//! The two-hundred-and-sixty-first aside part: written after the hundred-and-sixty-second
//! round, before any change, on a correspondant relaying a colleague: a teacher's chase
//! forwarded under the ticket, a teacher's new fault forwarded, a teacher's detail forwarded
//! under the ticket, a teacher's thanks forwarded with the closure, a teacher's need relayed in
//! the correspondant's words.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_261: &[Case] = &[
    case(
        "intent",
        "a teacher's chase forwarded under the ticket",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: [CESAME #2026-026101] Tableau salle 14",
        "Je vous transfère le message de M. Roux, qui attend toujours.\n\n-------- Message \
         transféré --------\nDe : Thomas Roux\nObjet : Tableau salle 14\n\nClaire, toujours rien \
         pour mon tableau ? Ça fait trois semaines que je fais cours sans.",
        Reminder,
        None,
        None,
    ),
    case(
        "request",
        "a teacher's new fault forwarded",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: Ordinateur de la classe de CE1",
        "Pour suite à donner.\n\n-------- Message transféré --------\nDe : Mme Petit\nObjet : \
         Ordinateur de la classe de CE1\n\nBonjour, l'ordinateur de ma classe affiche un écran \
         bleu à chaque démarrage depuis ce matin.",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's detail forwarded under the ticket",
        "From: j.martin@ac-aix.example\nSubject: TR: [CESAME #2026-026103] Logiciel de sciences",
        "Précision de la collègue ci-dessous.\n\n-------- Message transféré --------\nDe : Mme \
         Garcia\nObjet : Logiciel de sciences\n\nLe message exact est « licence introuvable, code \
         0x8007 ».",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's thanks forwarded with the closure",
        "From: paul.henry@ac-lille.example\nSubject: TR: [CESAME #2026-026104] Clôture technique : Casques labo",
        "Confirmé par le collègue ci-dessous, vous pouvez clôturer.\n\n-------- Message transféré \
         --------\nDe : M. Lefèvre\nObjet : Casques labo\n\nTous les casques fonctionnent, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "request",
        "a teacher's need relayed",
        "From: sandrine.morel@ac-paris.example\nSubject: Demande pour la classe de théâtre",
        "Bonjour,\nLa professeure de théâtre me demande s'il serait possible d'équiper la salle \
         polyvalente d'une console son et de deux enceintes pour les répétitions.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
];
