//! The four-hundredth aside part: written after the hundred-and-eighty-sixth round, before any
//! change, on software: a licence expired (a fault: it worked), a version to install for a new
//! course (a need), an update that broke a feature (a fault).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_400: &[Case] = &[
    case(
        "request",
        "a licence expired",
        "From: marc.petit@ac-lyon.example\nSubject: Licence SolidWorks",
        "Bonjour,\nDepuis ce matin, SolidWorks indique que la licence a expiré et refuse de \
         s'ouvrir en salle de technologie.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a version for a new course",
        "From: paul.henry@ac-lille.example\nSubject: Python pour la spécialité NSI",
        "Bonjour,\nLa spécialité NSI ouvre en janvier : il faudrait installer Python 3.12 et \
         Thonny sur les postes de la salle 110.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an update that broke a feature",
        "From: sandrine.morel@ac-paris.example\nSubject: Pronote après mise à jour",
        "Bonjour,\nDepuis la mise à jour de Pronote lundi, l'export des bulletins en PDF ne \
         produit plus que des pages blanches.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
