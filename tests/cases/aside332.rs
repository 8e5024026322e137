//! The three-hundred-and-thirty-second aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on chases told as a state in the fewest words: "Rien.", "Toujours
//! en attente.", "J+20", "Aucun retour.", "Silence radio depuis le 20."; and news as short: "La
//! salle sera libre lundi."

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_332: &[Case] = &[
    case(
        "intent",
        "Rien.",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-033201] Serveur de fichiers",
        "Rien.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Toujours en attente.",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-033202] Casques salle de langues",
        "Toujours en attente.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "J+20",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-033203] Wifi CDI",
        "J+20.\nClaire",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Aucun retour.",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-033204] Téléphone secrétariat",
        "Bonjour,\nAucun retour.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Silence radio depuis le 20.",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-033205] Photocopieur",
        "Silence radio depuis le 20.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "La salle sera libre lundi.",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-033206] Switch salle 12",
        "La salle sera libre lundi.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
