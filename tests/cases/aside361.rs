//! The three-hundred-and-sixty-first aside part: written after the hundred-and-eighty-first
//! round, before any change, on the end of a fault told in a reply: "tout est rentré dans
//! l'ordre", "RAS depuis le passage", leave to close in other words; beside a fix that holds "pour
//! l'instant", and a picture back without its sound.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_361: &[Case] = &[
    case(
        "intent",
        "tout est rentré dans l'ordre",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-036101] Réseau du CDI",
        "Bonjour,\nTout est rentré dans l'ordre depuis hier soir. Merci pour votre réactivité.\n\
         Claire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "RAS depuis le passage",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-036102] Intervention terminée : Imprimante 3D",
        "RAS depuis le passage du technicien, l'imprimante tourne normalement.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "leave to close in other words",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-036103] Intervention terminée : Casques salle de langues",
        "C'est OK pour nous, le dossier peut être fermé.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a fix that holds for now",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-036104] Coupures wifi bâtiment C",
        "Bonjour,\nPour l'instant ça tient, mais nous avons eu deux coupures ce matin encore, plus \
         courtes qu'avant.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a picture back without its sound",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-036105] Vidéoprojecteur amphi",
        "Bonjour,\nL'image est revenue après le changement de câble, mais plus aucun son ne sort \
         des enceintes.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
];
