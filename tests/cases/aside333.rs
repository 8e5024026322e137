//! The three-hundred-and-thirty-third aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on loans and temporary set-ups: laptops lent for oral exams, a
//! temporary set-up for a careers fair, guest wifi for an open day, a loaned projector that
//! stopped working.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_333: &[Case] = &[
    case(
        "request",
        "laptops lent for oral exams",
        "From: sandrine.morel@ac-paris.example\nSubject: Prêt de portables pour les oraux",
        "Bonjour,\nPour les épreuves orales du 15 au 19 juin, pourriez-vous nous prêter dix \
         ordinateurs portables ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a temporary set-up for a careers fair",
        "From: paul.henry@ac-lille.example\nSubject: Forum des métiers",
        "Bonjour,\nLe forum des métiers se tiendra au gymnase le 28 janvier : il faudrait y installer \
         pour la journée deux écrans et une connexion internet.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "guest wifi for an open day",
        "From: claire.dubois@ac-lyon.example\nSubject: Journée portes ouvertes",
        "Bonjour,\nSerait-il possible d'ouvrir un accès wifi invité pour les familles pendant la \
         journée portes ouvertes du 6 mars ?\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a loaned projector that stopped working",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur prêté",
        "Bonjour,\nLe vidéoprojecteur que vous nous avez prêté pour la salle 5 ne s'allume plus \
         depuis hier.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
