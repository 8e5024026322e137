//! The two-hundred-and-sixtieth aside part: written after the hundred-and-sixty-second round,
//! before any change, on fixes whole and partial in words not yet written: "tout est revenu
//! dans l'ordre", "nickel sauf la salle 3", "the badge reader is fine now", "le souci a
//! disparu côté élèves mais pas côté professeurs", "on peut considérer que c'est réglé",
//! "réparé, mais pour combien de temps ?".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_260: &[Case] = &[
    case(
        "intent",
        "all back in order",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026001] Clôture technique : Réseau bâtiment B",
        "Bonjour,\nTout est revenu dans l'ordre au bâtiment B, merci à vous.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "fine except room 3",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-026002] Vidéoprojecteurs",
        "Nickel sauf la salle 3, où l'image saute encore.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "fine now in English",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-026003] Badge reader",
        "Hi,\nThe badge reader is fine now, you can close the ticket.\nPaul",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "gone for pupils, not for teachers",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-026004] Connexion ENT",
        "Bonjour,\nLe souci a disparu côté élèves, mais pas côté professeurs : ils ont toujours \
         l'erreur à la connexion.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "we can consider it settled",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-026005] Clôture technique : Standard",
        "Bonjour,\nAprès une semaine sans coupure, on peut considérer que c'est réglé.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "repaired, but for how long?",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-026006] Clôture technique : Copieur",
        "Bonjour,\nRéparé, oui, mais c'est la quatrième fois cette année : ne faudrait-il pas \
         envisager son remplacement ?\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
