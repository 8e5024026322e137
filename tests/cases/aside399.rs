//! The three-hundred-and-ninety-ninth aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on closures with a remark for later ("pensez à prévoir", "il
//! faudra un jour") and a fix with a new fault beside it.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_399: &[Case] = &[
    case(
        "intent",
        "a closure with advice for later",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-039901] Intervention terminée : Serveur",
        "Bonjour,\nLe serveur fonctionne de nouveau, merci. Le technicien conseille de prévoir \
         son remplacement l'an prochain.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a fix with a new fault beside it",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-039902] Intervention terminée : Salle 4",
        "Bonjour,\nLe vidéoprojecteur marche, merci. Par contre la télécommande ne répond plus du \
         tout.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
];
