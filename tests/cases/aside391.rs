//! The three-hundred-and-ninety-first aside part: written after the hundred-and-eighty-fifth
//! round, before any change, on needs for accounts and rights ("créer un compte pour la
//! nouvelle secrétaire", "donner les droits d'administration") beside a lost access that is a
//! fault.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_391: &[Case] = &[
    case(
        "request",
        "an account for a newcomer",
        "From: sandrine.morel@ac-paris.example\nSubject: Compte pour la nouvelle secrétaire",
        "Bonjour,\nUne nouvelle secrétaire arrive lundi : merci de lui créer un compte sur le \
         réseau administratif et une adresse de messagerie.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "rights to grant",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Droits sur le dossier partagé",
        "Bonjour,\nLe nouveau professeur principal de 3e B doit pouvoir modifier les fichiers du \
         dossier partagé de sa classe.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a lost access",
        "From: claire.dubois@ac-lyon.example\nSubject: Accès perdu au logiciel de paie",
        "Bonjour,\nDepuis la mise à jour de vendredi, la gestionnaire ne peut plus ouvrir le \
         logiciel de paie : « accès refusé ».\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
