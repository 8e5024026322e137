//! The two-hundred-and-fifty-fourth aside part: written after the hundred-and-sixtieth round,
//! before any change, on a reply's intent in few words: "ok pour jeudi", "c'est noté", "bien
//! reçu, merci", "toujours pareil", "re-panne", "ça remarche !", "idem ce matin".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_254: &[Case] = &[
    case(
        "intent",
        "ok for Thursday",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-025401] Intervention prévue : Copieur",
        "ok pour jeudi",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "noted",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-025402] Commande en cours : Écrans",
        "C'est noté, merci.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "still the same",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-025403] Clôture technique : Wifi",
        "toujours pareil",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "broken again",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-025404] Imprimante loge",
        "Re-panne ce matin, même message qu'avant.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "it works again",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-025405] Clôture technique : Scanner",
        "ça remarche ! merci",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "same this morning",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-025406] Coupures réseau",
        "Idem ce matin entre 8 h et 8 h 20.",
        FollowUp,
        None,
        None,
    ),
];
