//! The three-hundred-and-seventy-first aside part: written after the hundred-and-eighty-second
//! round, before any change, on needs asked as a wish for pupils or staff ("nous aimerions que
//! les élèves puissent …"), a need in a forward, and a fault told as a wish to have back.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_371: &[Case] = &[
    case(
        "request",
        "pupils printing from their tablets",
        "From: claire.dubois@ac-lyon.example\nSubject: Impression depuis les tablettes",
        "Bonjour,\nNous aimerions que les élèves puissent imprimer depuis leurs tablettes sur \
         l'imprimante du CDI.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "staff reaching their files from home",
        "From: paul.henry@ac-lille.example\nSubject: Accès distant",
        "Bonjour,\nL'équipe de direction souhaiterait accéder à ses dossiers partagés depuis \
         l'extérieur, en télétravail.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a need in a forward",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: Projet radio",
        "Bonjour,\nJe vous transmets la demande ci-dessous.\nS. Morel\n\n-------- Message transféré \
         --------\nDe : Luc Bertin\nObjet : Projet radio\n\nBonjour Sandrine,\nPour le club radio, \
         il nous faudrait un ordinateur avec une carte son et deux micros dans la salle 015.\nLuc",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a wish to have back what worked",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Son salle de musique",
        "Bonjour,\nNous aimerions retrouver le son sur le poste de la salle de musique : plus rien \
         ne sort des enceintes depuis lundi.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
