//! The hundred-and-seventy-third aside part: written after the hundred-and-forty-third round,
//! before any change, on the line between a chase and news when the school asks a question:
//! a part ordered?, a part arrived?, someone on it?, a deadline passed, "ça fait long", "je me
//! permets de revenir vers vous"; beside a visit's plan to confirm and a question on the
//! desk's own message.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_173: &[Case] = &[
    case(
        "intent",
        "the part ordered?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017301] Traceur",
        "Bonjour,\nAvez-vous pu commander la pièce ? Le traceur est toujours à l'arrêt.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the part arrived?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017302] Onduleur",
        "La pièce est-elle enfin arrivée ? Cela fait trois semaines.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "someone on it?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-017303] Wifi bâtiment B",
        "Est-ce que quelqu'un s'occupe de notre demande ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the deadline passed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017304] Standard téléphonique",
        "Le délai de trois jours annoncé est passé depuis lundi.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "it takes long",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017305] Vidéoprojecteur salle 12",
        "Ça fait long quand même...",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "coming back to you",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-017306] Vidéoprojecteur amphithéâtre",
        "Bonjour,\nJe me permets de revenir vers vous au sujet du vidéoprojecteur de \
         l'amphithéâtre.\nCordialement",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the visit still tomorrow?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017307] Intervention prévue : Baie réseau",
        "Le technicien passe-t-il toujours demain matin ? Je dois réserver la salle.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a question on the desk's message",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017308] Routeur",
        "Je n'ai pas bien compris votre dernier message : faut-il que nous appelions le prestataire \
         nous-mêmes ?",
        FollowUp,
        None,
        None,
    ),
];
