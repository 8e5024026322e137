//! The four-hundred-and-twenty-fifth aside part: written after the hundred-and-ninetieth round,
//! before any change, on levels in signs and short forms (a warning sign in the subject, "P1",
//! "sans caractère d'urgence", "3/3") and a count that is no level.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_425: &[Case] = &[
    case(
        "urgency",
        "warning signs around urgent",
        "From: paul.henry@ac-lille.example\nSubject: ⚠️ URGENT ⚠️ Plus de téléphone au standard",
        "Bonjour,\nLe standard ne reçoit plus aucun appel depuis 9 h.\nPaul Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "no urgency in particular",
        "From: claire.dubois@ac-lyon.example\nSubject: Horloge du poste de la loge",
        "Bonjour,\nL'horloge du poste de la loge retarde de dix minutes. Sans caractère d'urgence.\n\
         Claire Dubois",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "three out of three",
        "From: sandrine.morel@ac-paris.example\nSubject: Pare-feu bloqué",
        "Bonjour,\nPlus aucun poste n'accède à Internet : le pare-feu semble bloqué.\nUrgence 3/3\n\
         S. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a count that is no level",
        "From: j.martin@ac-aix.example\nSubject: Claviers salle 9",
        "Bonjour,\n3 claviers sur 15 de la salle 9 ont des touches qui ne répondent plus.\n\
         J. Martin",
        NewIncident,
        None,
        None,
    ),
];
