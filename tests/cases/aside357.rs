//! The three-hundred-and-fifty-seventh aside part: written after the hundred-and-eightieth
//! round, before any change, on fixes with a remark: repaired but to be renewed next year,
//! repaired but the screen a little dark, repaired and a new need asked on the side, repaired
//! "sous réserve" of a test on Monday.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_357: &[Case] = &[
    case(
        "intent",
        "repaired but to be renewed next year",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-035701] Intervention terminée : Vidéoprojecteur salle 14",
        "Bonjour,\nC'est réparé, merci. Il faudra tout de même prévoir son remplacement l'an \
         prochain, il a neuf ans.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "repaired but the screen a little dark",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-035702] Intervention terminée : Écran du hall",
        "Bonjour,\nL'écran se rallume, mais l'image reste très sombre, presque illisible en \
         journée.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "repaired, with a test still to come",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-035703] Intervention terminée : Alarme PPMS",
        "Bonjour,\nLa console ne signale plus de défaut ; nous confirmerons après l'exercice de \
         lundi.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
];
