//! The four-hundred-and-thirty-eighth aside part: written after the hundred-and-ninety-first
//! round, before any change, on the school telling what it did itself: a cause found and
//! fixed (a closure), a workaround that holds for now (news), an attempt that failed (news).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_438: &[Case] = &[
    case(
        "intent",
        "a cable unplugged by a pupil",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-043801] Plus de réseau salle 9",
        "Bonjour,\nFausse alerte : un élève avait débranché le câble du switch de la salle. Tout \
         est rentré dans l'ordre, inutile de vous déplacer.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a workaround for now",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-043802] Imprimante du CDI",
        "Bonjour,\nEn attendant, nous imprimons depuis le poste de l'accueil, mais l'imprimante \
         du CDI reste hors service.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an attempt that failed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-043803] Vidéoprojecteur salle 31",
        "Bonjour,\nComme conseillé, nous avons changé la lampe, mais l'image reste très sombre.\n\
         P. Henry",
        FollowUp,
        None,
        None,
    ),
];
