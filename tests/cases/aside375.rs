//! The three-hundred-and-seventy-fifth aside part: written after the hundred-and-eighty-third
//! round, before any change, on news of a fault in a reply (it spread, it came back once, a new
//! symptom, a photo sent) beside a chase that recalls the report's date.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_375: &[Case] = &[
    case(
        "intent",
        "the fault spread",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-037501] Postes salle 12",
        "Bonjour,\nPour information, les postes de la salle 13 voisine sont touchés à leur tour \
         depuis ce matin.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "it came back once",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-037502] Coupures réseau",
        "Bonjour,\nUne seule coupure cette semaine, mardi vers 10 h, d'une dizaine de minutes.\n\
         P. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a photo sent",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-037503] Écran cassé",
        "Bonjour,\nVous trouverez ci-joint la photo de l'écran demandée par le technicien.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase that recalls the report's date",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-037504] Portail d'accès",
        "Bonjour,\nSignalé le 12 novembre, le portail ne s'ouvre toujours pas avec les badges. \
         Merci de faire le nécessaire.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
];
