//! The three-hundred-and-sixty-fifth aside part: written after the hundred-and-eighty-second
//! round, before any change, on lists asked in other words: "un état des lieux de nos
//! demandes", "quels tickets avons-nous encore chez vous", a subject alone; beside a report that
//! lists rooms.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_365: &[Case] = &[
    case(
        "intent",
        "un état des lieux de nos demandes",
        "From: j.martin@ac-aix.example\nSubject: Point sur nos demandes",
        "Bonjour,\nPourriez-vous me faire un état des lieux de nos demandes avant le conseil \
         d'administration ?\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "quels tickets avons-nous encore chez vous",
        "From: marc.petit@ac-lyon.example\nSubject: Question",
        "Bonjour,\nQuels tickets avons-nous encore chez vous ?\nM. Petit",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a subject alone",
        "From: paul.henry@ac-lille.example\nSubject: Récapitulatif de nos signalements svp",
        "",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a report that lists rooms",
        "From: sandrine.morel@ac-paris.example\nSubject: Prises réseau mortes",
        "Bonjour,\nListe des salles concernées : 101, 102 et 104. Aucune prise murale ne donne de \
         réseau depuis les travaux de peinture.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
