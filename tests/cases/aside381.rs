//! The three-hundred-and-eighty-first aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on needs in the vocabulary of administration and projects
//! ("dans le cadre du projet d'établissement", "dotation", "mise en conformité") beside a fault
//! told in the same register.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_381: &[Case] = &[
    case(
        "request",
        "a project's equipment",
        "From: claire.dubois@ac-lyon.example\nSubject: Projet d'établissement - classe média",
        "Madame, Monsieur,\nDans le cadre du projet d'établissement, une classe média sera créée \
         à la rentrée. Nous sollicitons la dotation de deux caméras et d'un poste de montage.\n\
         Claire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an accessibility upgrade",
        "From: paul.henry@ac-lille.example\nSubject: Mise en conformité accessibilité",
        "Bonjour,\nUn élève malvoyant arrive en janvier : la mise en conformité du poste de la \
         salle 3 (loupe d'écran, clavier adapté) est à prévoir.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault in the same register",
        "From: sandrine.morel@ac-paris.example\nSubject: Dysfonctionnement du système de visioconférence",
        "Madame, Monsieur,\nNous constatons depuis le 2 décembre un dysfonctionnement du système \
         de visioconférence de la salle du conseil : l'image des participants distants se fige \
         au bout de quelques minutes.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
