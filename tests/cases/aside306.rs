//! The three-hundred-and-sixth aside part: written after the hundred-and-seventieth round,
//! before any change, on replies in shorthand: "tjrs rien", "c bon merci", "ça remarche pas",
//! "des nouvelles svp ?", "le tech est passé mais tjs pareil", "ok pr mardi".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_306: &[Case] = &[
    case(
        "intent",
        "tjrs rien",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-030601] Imprimante vie scolaire",
        "tjrs rien...",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "c bon merci",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-030602] Intervention terminée : Scanner",
        "c bon merci",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "ça remarche pas",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-030603] Intervention terminée : Vidéoprojecteur salle 5",
        "ça remarche pas, mm pb qu'avant",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "des nouvelles svp",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-030604] Wifi CDI",
        "des nouvelles svp ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the tech came but still the same",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-030605] Switch salle 12",
        "le tech est passé ce matin mais tjs pareil, les postes du fond ont pas de réseau",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "ok pr mardi",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-030606] Proposition d'intervention mardi 9 h",
        "ok pr mardi 9h, la gardienne ouvrira",
        FollowUp,
        None,
        None,
    ),
];
