//! The two-hundred-and-ninety-seventh aside part: written after the hundred-and-sixty-ninth round,
//! before any change, on needs and repairs in other words: printing from the pupils' ENT
//! accounts, a research workstation for the CDI, software for a new course, a cable to extend
//! for a nurse who moves; an account locked to unlock, a site unreachable since a change of
//! provider.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_297: &[Case] = &[
    case(
        "request",
        "printing from the pupils' ENT accounts",
        "From: sandrine.morel@ac-paris.example\nSubject: Impression depuis l'ENT",
        "Bonjour,\nNous aimerions que les élèves puissent imprimer directement depuis leur compte \
         ENT sur les imprimantes du CDI.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a research workstation for the CDI",
        "From: claire.dubois@ac-lyon.example\nSubject: Poste de recherche documentaire",
        "Bonjour,\nLe CDI voudrait un poste en libre accès réservé à la recherche documentaire des \
         élèves, près de l'accueil.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "software for a new course",
        "From: marc.petit@ac-lyon.example\nSubject: Python et Thonny - salle 12",
        "Bonjour,\nPour le programme de NSI, merci de prévoir Python et Thonny sur les postes de la \
         salle 12 avant la rentrée de janvier.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a cable to extend for a nurse who moves",
        "From: paul.henry@ac-lille.example\nSubject: Infirmerie",
        "Bonjour,\nL'infirmière change de bureau en janvier : il faudra prolonger la prise réseau \
         jusqu'à la nouvelle pièce, au fond du couloir.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an account locked to unlock",
        "From: j.martin@ac-aix.example\nSubject: Compte bloqué",
        "Bonjour,\nLe compte de Mme Roux est bloqué depuis trois erreurs de mot de passe ce matin. \
         Merci de le réactiver.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a site unreachable since a change of provider",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Site de la mairie inaccessible",
        "Bonjour,\nDepuis le changement de fournisseur d'accès, le site de la mairie n'est plus \
         accessible depuis l'école (les cantines s'y réservent).\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
