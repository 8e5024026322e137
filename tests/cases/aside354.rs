//! The three-hundred-and-fifty-fourth aside part: written after the hundred-and-seventy-ninth
//! round, before any change, on chases told by what the school does meanwhile: classes moved to
//! the CDI, exams printed in town, teachers bringing their own speakers, a workaround explained
//! as a state; and news of a workaround found.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_354: &[Case] = &[
    case(
        "intent",
        "classes moved to the CDI",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-035401] Salle informatique 105",
        "Bonjour,\nNous continuons à envoyer les classes au CDI faute de salle informatique.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "exams printed in town",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-035402] Copieur de la reprographie",
        "Bonjour,\nNous faisons imprimer les sujets du brevet blanc chez un imprimeur en ville, à \
         nos frais, depuis trois semaines.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "teachers bringing their own speakers",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-035403] Enceintes des classes",
        "Bonjour,\nLes enseignantes apportent encore leurs propres enceintes chaque matin.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a workaround found",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-035404] Imprimante du secrétariat",
        "Bonjour,\nEn attendant le technicien, nous avons branché l'imprimante en USB sur le poste de \
         la secrétaire : cela dépanne.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
];
