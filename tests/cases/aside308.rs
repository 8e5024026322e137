//! The three-hundred-and-eighth aside part: written after the hundred-and-seventieth round,
//! before any change, on chases said in the subject: "2e relance", "URGENT - relance",
//! "RAPPEL", "Sans réponse :", "[Relance]", and a subject "Rappel" that is a reminder of a
//! meeting, not a chase.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_308: &[Case] = &[
    case(
        "intent",
        "2e relance",
        "From: paul.henry@ac-lille.example\nSubject: 2e relance - [CESAME #2026-030801] Serveur de fichiers",
        "Bonjour,\nCordialement,\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "URGENT - relance",
        "From: claire.dubois@ac-lyon.example\nSubject: URGENT - relance [CESAME #2026-030802] Standard",
        "Le standard ne fonctionne toujours pas.\nClaire Dubois",
        Reminder,
        Some(TresHaut),
        None,
    ),
    case(
        "intent",
        "RAPPEL",
        "From: j.martin@ac-aix.example\nSubject: RAPPEL : [CESAME #2026-030803] Vidéoprojecteur salle 5",
        "Bonjour,\nMerci de votre retour.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Sans réponse",
        "From: sandrine.morel@ac-paris.example\nSubject: Sans réponse : [CESAME #2026-030804] Casques salle de langues",
        "Bonjour,\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "[Relance]",
        "From: anne.leroux@ac-bordeaux.example\nSubject: [Relance] [CESAME #2026-030805] Internet école",
        "Bonjour,\nToujours pas d'internet.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a reminder of a meeting",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-030806] Rappel : rendez-vous technicien jeudi 10 h",
        "Bonjour,\nC'est noté, je serai à l'accueil jeudi à 10 h pour le technicien.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
