//! The four-hundred-and-thirty-seventh aside part: written after the hundred-and-ninety-first
//! round, before any change, on needs for an event (equipment lent for an open day, software
//! for an exam session, guest access for a fair) beside a fault that threatens one.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_437: &[Case] = &[
    case(
        "request",
        "equipment lent for an open day",
        "From: paul.henry@ac-lille.example\nSubject: Journée portes ouvertes du 30 janvier",
        "Bonjour,\nPour nos portes ouvertes du 30 janvier, pourriez-vous nous prêter deux écrans \
         mobiles et un ordinateur portable pour le hall ?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "guest access for a fair",
        "From: sandrine.morel@ac-paris.example\nSubject: Forum des métiers",
        "Bonjour,\nLe lycée accueille le forum des métiers le 15 février : une quarantaine \
         d'intervenants extérieurs auront besoin d'un accès wifi invité pour la journée.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "software for an exam session",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciel pour le brevet blanc",
        "Bonjour,\nPour le brevet blanc de sciences, il faudrait installer GeoGebra sur les quinze \
         postes de la salle 4.\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault that threatens an event",
        "From: j.martin@ac-aix.example\nSubject: Sono de la salle polyvalente",
        "Bonjour,\nLa sono de la salle polyvalente grésille puis coupe au bout de quelques \
         minutes, et le spectacle de Noël a lieu vendredi.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
