//! The four-hundred-and-twenty-first aside part: written after the hundred-and-ninetieth round,
//! before any change, on chases told by their consequence for teaching or for an exam, and on
//! news that only sound like a chase (an answer to the desk's question, a date agreed).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_421: &[Case] = &[
    case(
        "intent",
        "classes cancelled for want of a fix",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-042101] Salle informatique 1",
        "Bonjour,\nFaute de réparation, les collègues de technologie annulent leurs séances en \
         salle 1 depuis deux semaines. Quand pouvons-nous espérer une intervention ?\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an exam in danger",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-042102] Postes de la salle d'examen",
        "Bonjour,\nJe relance ce dossier : les épreuves de BTS commencent le 12 et les postes de \
         la salle d'examen ne sont toujours pas remis en état.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an answer to the desk's question",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-042103] Écran tactile du CDI",
        "Bonjour,\nPour répondre à votre question : oui, l'écran s'allume, mais le tactile ne \
         réagit plus du tout.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a date agreed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-042104] Câblage du bâtiment C",
        "Bonjour,\nLe mercredi 16 à 14 h nous convient pour le passage du technicien.\nAnne Leroux",
        FollowUp,
        None,
        None,
    ),
];
