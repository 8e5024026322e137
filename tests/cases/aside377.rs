//! The three-hundred-and-seventy-seventh aside part: written after the hundred-and-eighty-third
//! round, before any change, on mails that carry a new report under an old ticket's tag (the
//! school replies to an old acknowledgement about something else) and a withdrawal.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_377: &[Case] = &[
    case(
        "intent",
        "a withdrawal",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-037701] Déplacement du copieur",
        "Bonjour,\nFinalement le copieur reste où il est : nous annulons la demande.\nM. Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a withdrawal because solved in-house",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-037702] Compte bloqué",
        "Bonjour,\nInutile de vous déplacer, l'agent a retrouvé son mot de passe.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for the acknowledgement",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-037703] Accusé de réception - Serveur ENT",
        "Merci pour votre retour rapide.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
];
