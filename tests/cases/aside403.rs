//! The four-hundred-and-third aside part: written after the hundred-and-eighty-sixth round,
//! before any change, on new reports that mention an old ticket as background ("comme pour le
//! ticket de septembre") and a forward of a colleague's fault.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_403: &[Case] = &[
    case(
        "request",
        "an old ticket as background",
        "From: j.martin@ac-aix.example\nSubject: Imprimante salle 6",
        "Bonjour,\nComme pour le ticket de septembre sur la salle 5, l'imprimante de la salle 6 \
         imprime des traits noirs sur toutes les pages.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a forward of a colleague's fault",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: micro salle 14",
        "Pour traitement.\nClaire Dubois\n\n-------- Message transféré --------\nDe : Hugo \
         Lambert\nObjet : micro salle 14\n\nBonjour Claire, le micro-cravate de la salle 14 ne \
         capte plus rien depuis mardi.\nHugo",
        NewIncident,
        None,
        None,
    ),
];
