//! The four-hundred-and-thirty-first aside part: written after the hundred-and-ninetieth round,
//! before any change, on renewals asked because of past faults ("suite aux pannes répétées",
//! "en fin de vie") beside a fault told with its history.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_431: &[Case] = &[
    case(
        "request",
        "a replacement after repeated breakdowns",
        "From: j.martin@ac-aix.example\nSubject: Remplacement du copieur de la salle des professeurs",
        "Bonjour,\nSuite aux pannes répétées du copieur de la salle des professeurs (cinq \
         interventions cette année), nous demandons son remplacement par un modèle plus récent.\n\
         J. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "machines at the end of their life",
        "From: sandrine.morel@ac-paris.example\nSubject: Renouvellement salle 22",
        "Bonjour,\nLes postes de la salle 22 datent de 2015 et sont en fin de vie : ils mettent \
         dix minutes à démarrer. Un renouvellement est-il prévu ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault with its history",
        "From: claire.dubois@ac-lyon.example\nSubject: Copieur de la vie scolaire",
        "Bonjour,\nLe copieur de la vie scolaire, déjà réparé en octobre, affiche de nouveau le \
         code C-3401 et n'imprime plus rien.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
