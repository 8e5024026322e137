//! The three-hundred-and-ninetieth aside part: written after the hundred-and-eighty-fifth round,
//! before any change, on closures thanked for the person ("merci à Julien pour son
//! intervention"), with a photo, with the date of the test, and a thanks for a visit still to
//! come.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_390: &[Case] = &[
    case(
        "intent",
        "thanks to the technician by name",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-039001] Intervention terminée : Salle 12",
        "Bonjour,\nMerci à Julien pour son intervention, les postes de la salle 12 fonctionnent \
         tous.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "tested on a date",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-039002] Intervention terminée : Visioconférence",
        "Bonjour,\nTesté lors du conseil d'administration d'hier soir : son et image parfaits.\n\
         M. Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for a visit still to come",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-039003] Câblage de la salle 3",
        "Bonjour,\nMerci, nous attendons donc le technicien lundi à 8 h 30.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
];
