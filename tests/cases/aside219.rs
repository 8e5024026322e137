//! The two-hundred-and-nineteenth aside part: written after the hundred-and-fifty-fourth round,
//! before any change, on answers to the desk's closure question: a yes in two words, a no with
//! what still fails, a yes with a caveat for later, a no in English, "pas encore" alone, a yes
//! from the suppléant, "c'est mieux mais pas parfait".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_219: &[Case] = &[
    case(
        "intent",
        "a yes in two words",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021901] Intervention terminée : Baie réseau",
        "Oui, confirmé.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a no with what still fails",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-021902] Intervention terminée : Copieur",
        "Non : le copieur imprime mais le scanner ne fonctionne toujours pas.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a yes with a caveat for later",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021903] Intervention terminée : Standard",
        "Oui, tout fonctionne. Le technicien conseille de changer l'onduleur l'an prochain, nous le \
         prévoirons au budget.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a no in English",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-021904] Intervention terminée : Headsets",
        "No, the headsets still have no sound on the left.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "not yet, alone",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-021905] Intervention terminée : Borne wifi",
        "Pas encore.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a yes from the suppléant",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-021906] Intervention terminée : Vidéoprojecteur salle 18",
        "Oui, je confirme pour Mme Dubois : le vidéoprojecteur fonctionne.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "better but not perfect",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-021907] Intervention terminée : Réseau",
        "C'est mieux, mais pas parfait : quelques coupures le matin.",
        FollowUp,
        None,
        None,
    ),
];
