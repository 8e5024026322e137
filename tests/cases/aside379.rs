//! The three-hundred-and-seventy-ninth aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on chases that name the desk's commitment ("le délai de trois jours
//! est dépassé", "hors délai") or the school's cost ("nous louons un vidéoprojecteur en
//! attendant"), and news that names a delay without pressing.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_379: &[Case] = &[
    case(
        "intent",
        "the deadline passed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-037901] Serveur de la vie scolaire",
        "Bonjour,\nLe délai d'intervention de trois jours ouvrés est dépassé depuis lundi.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "out of the agreed time",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-037902] Borne wifi du foyer",
        "Bonjour,\nNous sommes désormais hors délai sur ce ticket.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the school rents a projector meanwhile",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-037903] Vidéoprojecteur de l'amphi",
        "Bonjour,\nEn attendant la réparation, nous louons un vidéoprojecteur à nos frais depuis \
         deux semaines. Cela ne peut pas durer.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a delay told without pressing",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-037904] Câblage salle 8",
        "Bonjour,\nLes travaux de peinture de la salle 8 sont reportés d'une semaine : le câblage \
         pourra se faire à partir du 14.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
