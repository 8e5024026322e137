//! The three-hundred-and-fiftieth aside part: written after the hundred-and-seventy-eighth
//! round, before any change, on the filter, fault or need: a site blocked since yesterday that
//! worked before, a site to open for a course, a category to open for a class, the filter that
//! lets everything through since an update.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_350: &[Case] = &[
    case(
        "request",
        "a site blocked since yesterday",
        "From: claire.dubois@ac-lyon.example\nSubject: Site du CNED bloqué",
        "Bonjour,\nLe site du CNED est bloqué depuis hier alors qu'il fonctionnait parfaitement \
         jusque-là.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a site to open for a course",
        "From: sandrine.morel@ac-paris.example\nSubject: Ouverture d'un site",
        "Bonjour,\nPourriez-vous autoriser le site d'astronomie Stellarium Web, dont les professeurs \
         de physique ont besoin en seconde ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a category to open for a class",
        "From: paul.henry@ac-lille.example\nSubject: Filtrage - réseaux sociaux pour l'option média",
        "Bonjour,\nL'option éducation aux médias voudrait étudier des comptes publics de réseaux \
         sociaux : serait-il possible d'ouvrir cette catégorie pour la salle 12 uniquement ?\nP. \
         Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "the filter that lets everything through",
        "From: j.martin@ac-aix.example\nSubject: Filtrage inopérant",
        "Bonjour,\nDepuis la mise à jour de lundi, le filtrage ne bloque plus rien : les élèves \
         accèdent à des sites de jeux.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
