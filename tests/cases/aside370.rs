//! The three-hundred-and-seventieth aside part: written after the hundred-and-eighty-second
//! round, before any change, on answers under the desk's closure notice: "Non, toujours pas",
//! "le voyant est repassé au vert", "c'est mieux mais pas parfait", "parfait, merci", a thanks
//! that adds a new problem.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_370: &[Case] = &[
    case(
        "intent",
        "Non, toujours pas",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-037001] Intervention terminée : Copieur du 1er étage",
        "Non, toujours pas.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the light is green again",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-037002] Intervention terminée : Onduleur",
        "Bonjour,\nLe voyant de l'onduleur est repassé au vert et il ne bipe plus. Merci.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "better but not perfect",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-037003] Intervention terminée : Wifi du gymnase",
        "Bonjour,\nC'est mieux, mais pas parfait : le signal décroche encore au fond du gymnase.\nS. \
         Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "parfait, merci",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-037004] Intervention terminée : Haut-parleurs salle 9",
        "Parfait, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks that add a new problem",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-037005] Intervention terminée : Poste du CDI",
        "Bonjour,\nMerci, le poste du CDI redémarre bien. En revanche, depuis l'intervention, \
         l'imprimante du CDI n'est plus reconnue.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
