//! The hundred-and-ninety-fourth aside part: written after the hundred-and-forty-ninth round,
//! before any change, on chases in words not yet written: wondering what became of the
//! request, is it normal that nobody came, is the file stuck somewhere, what are we waiting
//! for, it becomes a real handicap, this week again nobody, a fourth message, a delay to be
//! told; beside who to ask at the desk and a fault narrowed to one kind of account, which are
//! news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_194: &[Case] = &[
    case(
        "intent",
        "wondering what became of it",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-019401] Borne wifi CDI",
        "Bonjour,\nJe m'interroge sur le devenir de notre demande.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "is it normal that nobody came?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-019402] Serveur pédagogique",
        "Est-il normal que personne ne soit encore venu ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "is the file stuck somewhere?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-019403] Écrans salle 210",
        "Bonjour,\nLe dossier est-il bloqué quelque part ?\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "what are we waiting for?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-019404] Commutateur bâtiment C",
        "On attend quoi exactement ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "it becomes a real handicap",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-019405] Salle informatique",
        "Cela devient très pénalisant pour les cours de technologie.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "this week again nobody",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-019406] Vidéoprojecteur salle 12",
        "Cette semaine encore, personne.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a fourth message",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-019407] Autocommutateur",
        "Bonjour,\nVoici notre quatrième message sur le sujet.\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a delay to be told",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-019408] Traceur",
        "Un délai de réparation peut-il nous être communiqué ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "who to ask at the desk, news",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-019409] Intervention prévue : Baie réseau",
        "Le technicien pourra demander M. Blanc à l'accueil, il a les clés du local.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fault narrowed to one kind of account, news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-019410] ENT",
        "Le problème ne se produit qu'avec les comptes élèves, pas avec ceux des professeurs.",
        FollowUp,
        None,
        None,
    ),
];
