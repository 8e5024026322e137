//! The four-hundred-and-fifteenth aside part: written after the hundred-and-eighty-ninth
//! round, before any change, on fixes told in part (one room of two, the picture but not the
//! sound, all but one post) beside a fix told whole in a figure of speech.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_415: &[Case] = &[
    case(
        "intent",
        "one room of two",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-041501] Réseau salles 201 et 202",
        "Bonjour,\nLa salle 201 a retrouvé le réseau après votre passage. La 202 est toujours \
         coupée.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the picture but not the sound",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-041502] Vidéoprojecteur amphithéâtre",
        "Bonjour,\nL'image est revenue, merci. En revanche, toujours pas de son dans les \
         enceintes.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "all but one post",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-041503] Mise à jour salle 12",
        "Bonjour,\nLes postes de la salle 12 démarrent bien, à l'exception du numéro 7 qui reste \
         sur l'écran de mise à jour.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "back in order",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-041504] Photocopieur salle des professeurs",
        "Bonjour,\nTout est rentré dans l'ordre depuis le remplacement du tambour. Vous pouvez \
         fermer la demande.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
];
