//! The hundred-and-seventy-fourth aside part: written after the hundred-and-forty-fourth round,
//! before any change, on chases asked as questions or told as a state, in words not yet written:
//! news of a part, the work order received?, a date fixed?, the ticket still open?, the repair's
//! delay known?, "toujours sans imprimante", the contractor to chase, the visit missed; beside
//! a question that is news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_174: &[Case] = &[
    case(
        "intent",
        "news of the part?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017401] Onduleur",
        "Des nouvelles de la pièce ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the work order received?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017402] Baie réseau",
        "Le prestataire a-t-il bien reçu l'ordre de travail ? Personne ne nous a contactés.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a date fixed?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-017403] Autocommutateur",
        "Une date d'intervention a-t-elle été fixée ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the ticket still open?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017404] Scanner",
        "Le ticket est-il toujours ouvert ? Nous n'avons plus de nouvelles depuis le 20 novembre.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the repair's delay known?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017405] Traceur",
        "Le délai de réparation est-il connu ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still without a printer",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-017406] Imprimante vie scolaire",
        "Nous sommes toujours sans imprimante à la vie scolaire.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the contractor to chase",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017407] Tableau salle 5",
        "Pourriez-vous relancer le prestataire s'il vous plaît ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the visit missed",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017408] Intervention prévue : Wifi",
        "Le technicien devait passer hier après-midi, nous l'avons attendu en vain.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a question that is news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-017409] Intervention prévue : Standard",
        "Le technicien aura-t-il besoin d'accéder au local électrique ? Si oui, je préviens \
         l'agent.",
        FollowUp,
        None,
        None,
    ),
];
