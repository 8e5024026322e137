//! The four-hundred-and-forty-sixth aside part: written after the hundred-and-ninety-third
//! round, before any change, on replies that correct the ticket (a wrong room, a wrong device,
//! a level too high) and a reply that withdraws it.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_446: &[Case] = &[
    case(
        "intent",
        "the wrong device",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-044601] Imprimante salle 12",
        "Bonjour,\nErreur de ma part : ce n'est pas l'imprimante mais le copieur de la salle 12 \
         qui est en panne.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a level too high",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-044602] Scanner du CDI",
        "Bonjour,\nJ'ai indiqué « très haute » par erreur : cela peut attendre la semaine \
         prochaine.\nClaire Dubois",
        FollowUp,
        Some(Bas),
        None,
    ),
    case(
        "intent",
        "withdrawn, a duplicate",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-044603] Wifi du CDI",
        "Bonjour,\nCe signalement fait doublon avec celui de ma collègue envoyé hier, vous pouvez \
         l'annuler.\nPaul Henry",
        ClosureConfirmation,
        None,
        None,
    ),
];
