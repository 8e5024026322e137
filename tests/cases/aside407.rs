//! The four-hundred-and-seventh aside part: written after the hundred-and-eighty-seventh round,
//! before any change, on needs of space and furniture for equipment ("une armoire de recharge
//! pour les tablettes", "déplacer la baie") beside a charging cabinet that stopped charging.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_407: &[Case] = &[
    case(
        "request",
        "a charging cabinet wanted",
        "From: paul.henry@ac-lille.example\nSubject: Rangement des tablettes",
        "Bonjour,\nLes trente tablettes de la classe mobile sont rangées dans des cartons. Une \
         armoire de recharge sécurisée serait bienvenue.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a rack to move",
        "From: sandrine.morel@ac-paris.example\nSubject: Baie informatique et travaux",
        "Bonjour,\nLa salle où se trouve la baie informatique sera transformée en laboratoire à \
         l'été : la baie devra être déplacée au rez-de-chaussée.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a charging cabinet that stopped charging",
        "From: claire.dubois@ac-lyon.example\nSubject: Armoire de recharge",
        "Bonjour,\nL'armoire de recharge des tablettes ne charge plus : les tablettes sont à plat \
         le matin malgré le voyant allumé.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
