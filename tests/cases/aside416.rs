//! The four-hundred-and-sixteenth aside part: written after the hundred-and-eighty-ninth
//! round, before any change, on needs that change a setting rather than buy a thing (a
//! filtering rule, accounts for new staff, a faster line, a shared folder), beside a setting
//! that broke.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_416: &[Case] = &[
    case(
        "request",
        "video sites opened for teachers",
        "From: sandrine.morel@ac-paris.example\nSubject: Filtrage des sites de vidéo",
        "Bonjour,\nLes enseignants d'histoire voudraient que les sites de vidéo pédagogique \
         soient accessibles depuis les postes des salles, au moins pour les comptes professeurs.\n\
         S. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "accounts for new staff",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Comptes pour les nouveaux AED",
        "Bonjour,\nTrois assistants d'éducation arrivent lundi. Pourriez-vous leur créer un compte \
         sur le réseau administratif avec accès à la vie scolaire ?\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a faster line",
        "From: paul.henry@ac-lille.example\nSubject: Débit Internet",
        "Bonjour,\nAvec les tablettes en classe, notre ligne à 100 Mbit/s ne suffit plus aux \
         heures de pointe. Est-il possible de passer à la fibre 1 Gbit/s ?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a shared folder lost its rights",
        "From: claire.dubois@ac-lyon.example\nSubject: Dossier partagé des professeurs",
        "Bonjour,\nDepuis hier, le dossier partagé des professeurs est en lecture seule pour tout \
         le monde : personne ne peut plus y enregistrer de fichier.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
