//! The three-hundred-and-seventy-sixth aside part: written after the hundred-and-eighty-third
//! round, before any change, on new reports in few words or in shorthand: "imprimante KO salle
//! 3", "plus de réseau au CDI !!", "besoin d'un adaptateur HDMI", a subject-only report.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_376: &[Case] = &[
    case(
        "request",
        "imprimante KO",
        "From: j.martin@ac-aix.example\nSubject: imprimante KO salle 3",
        "merci\nJM",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "plus de réseau au CDI",
        "From: claire.dubois@ac-lyon.example\nSubject: CDI",
        "Plus de réseau au CDI !!",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "besoin d'un adaptateur",
        "From: paul.henry@ac-lille.example\nSubject: Adaptateur HDMI",
        "Bonjour,\nBesoin d'un adaptateur USB-C vers HDMI pour le portable de la salle 9.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a subject-only report",
        "From: sandrine.morel@ac-paris.example\nSubject: Le TBI de la salle 5 ne s'allume plus",
        "",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a subject-only need",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Demande d'installation de Scratch sur les postes de la salle techno",
        "",
        NewRequest,
        None,
        None,
    ),
];
