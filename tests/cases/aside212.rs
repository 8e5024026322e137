//! The two-hundred-and-twelfth aside part: written after the hundred-and-fifty-third round,
//! before any change, on chases and news above quoted history whose words say the opposite:
//! a chase above the desk's "intervention terminée", news above a quoted chase of the school's
//! own, a closure above the desk's "toujours en attente", a refusal (still broken, and
//! waiting) above the desk's closure question, which is news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_212: &[Case] = &[
    case(
        "intent",
        "a chase above the desk's intervention terminée",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-021201] Intervention terminée : Copieur",
        "Personne n'est venu : comment l'intervention peut-elle être terminée ?\n\n\
         De : CESAME <cesame@region.example>\nEnvoyé : lundi 7 décembre 2026 08:30\n\
         Objet : [CESAME #2026-021201] Intervention terminée : Copieur\n\n\
         Le prestataire indique avoir terminé l'intervention. Tout fonctionne ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news above a quoted chase of the school's own",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021202] Standard",
        "Le technicien a appelé, il passe demain à 9 h. Merci.\n\n\
         Le 04/12/2026 à 10:15, Sandrine Morel a écrit :\n\
         > Toujours rien depuis dix jours, où en est-on ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure above the desk's toujours en attente",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-021203] Relance : Imprimante CDI",
        "Finalement c'est réglé, un collègue a changé la cartouche. Vous pouvez clôturer.\n\n\
         > Votre ticket est toujours en attente d'intervention du prestataire.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a refusal above a quoted closure question",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021204] Intervention terminée : Borne wifi",
        "Non, rien n'a changé, et nous attendons depuis trois semaines.\n\n\
         > Merci de nous confirmer que le problème est résolu.",
        FollowUp,
        None,
        None,
    ),
];
