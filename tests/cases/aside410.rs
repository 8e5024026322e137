//! The four-hundred-and-tenth aside part: written after the hundred-and-eighty-eighth round,
//! before any change, on closures and their reservations: a fix confirmed in a few words, a
//! fix confirmed with a lasting day of use, a repair that left a part missing, a fix that held
//! one day.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_410: &[Case] = &[
    case(
        "intent",
        "repaired, you may close",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-041001] Imprimante de la loge",
        "Bonjour,\nC'est réparé, vous pouvez clore le ticket. Merci.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no trouble since Monday",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-041002] Tableau interactif salle 3",
        "Bonjour,\nPlus aucun souci depuis lundi, le tableau a servi toute la semaine. Merci à \
         votre technicien.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "repaired but the keyboard is missing",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-041003] Poste de l'accueil",
        "Bonjour,\nLe poste a bien été réparé, mais le technicien est reparti avec le clavier et \
         nous n'en avons pas d'autre. Pourriez-vous le faire rapporter ?\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "it held one day",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-041004] Connexion Internet",
        "Bonjour,\nLa connexion est revenue mardi après votre passage, mais elle a de nouveau \
         coupé ce matin à 8 h.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
];
