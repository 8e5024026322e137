//! The four-hundred-and-nineteenth aside part: written after the hundred-and-ninetieth round,
//! before any change, on the school's answers under the desk's closure notice: a yes in few
//! words, a no with the symptom, a test not yet made, a yes with a remark for later.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_419: &[Case] = &[
    case(
        "intent",
        "a yes in few words",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-041901] Intervention terminée",
        "Oui, c'est bon pour nous.\nM. Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a no with the symptom",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-041902] Intervention terminée",
        "Bonjour,\nNon, l'imprimante affiche encore « bourrage papier » alors qu'il n'y a rien \
         dedans.\nAnne Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "not tested yet",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-041903] Intervention terminée",
        "Bonjour,\nLa salle est fermée jusqu'à lundi, je n'ai pas encore pu vérifier. Je vous \
         confirme dès que possible.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a yes with a remark for later",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-041904] Intervention terminée",
        "Bonjour,\nJe confirme, tout fonctionne. Pour une prochaine fois, merci de prévenir la \
         loge avant de venir.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
];
