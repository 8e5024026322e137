//! The four-hundred-and-fortieth aside part: written after the hundred-and-ninety-first round,
//! before any change, on practical news for the visit (hours of access, who holds the keys,
//! equipment moved) beside a reply that presses for the visit.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_440: &[Case] = &[
    case(
        "intent",
        "no access before ten",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-044001] Baie du bâtiment B",
        "Bonjour,\nLe local de la baie est occupé par un examen jusqu'à 10 h : le technicien ne \
         pourra pas y accéder avant.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "keys at the bursar's office",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-044002] Téléphone du gymnase",
        "Bonjour,\nLes clés du gymnase sont à l'intendance, il suffit de les demander à \
         l'accueil.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "equipment moved",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-044003] Poste élève n° 4",
        "Bonjour,\nPour information, le poste a été déplacé de la salle 8 vers la salle 12 pendant \
         les travaux.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "presses for the visit",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-044004] Imprimante de la loge",
        "Bonjour,\nPouvez-vous me confirmer enfin une date de passage ? Nous attendons depuis le \
         18 novembre.\nPaul Henry",
        Reminder,
        None,
        None,
    ),
];
