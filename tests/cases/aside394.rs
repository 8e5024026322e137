//! The three-hundred-and-ninety-fourth aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on chases in a formal letter's voice ("je vous saurais gré de bien
//! vouloir", "je me vois contraint de") and a formal letter that gives news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_394: &[Case] = &[
    case(
        "intent",
        "je vous saurais gré",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-039401] Système de sonnerie",
        "Madame, Monsieur,\nJe vous saurais gré de bien vouloir m'indiquer à quelle date \
         l'intervention sur le système de sonnerie pourra avoir lieu, la demande datant du 3 \
         novembre.\nVeuillez agréer mes salutations distinguées.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "je me vois contraint",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-039402] Salle informatique",
        "Madame, Monsieur,\nFaute de réponse, je me vois contraint de saisir la direction du \
         numérique de la région.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a formal letter with news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-039403] Baie informatique",
        "Madame, Monsieur,\nJe vous informe que l'accès au local de la baie se fera désormais par \
         badge ; un badge sera remis au technicien à l'accueil.\nVeuillez agréer mes \
         salutations distinguées.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
];
