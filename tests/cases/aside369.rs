//! The three-hundred-and-sixty-ninth aside part: written after the hundred-and-eighty-second
//! round, before any change, on chases told through their effect ("les collègues ont renoncé",
//! "le proviseur s'impatiente"), in English ("any update on this?"), and a question to the desk
//! about the visit that chases nothing.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_369: &[Case] = &[
    case(
        "intent",
        "the colleagues gave up",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-036901] Tablettes de la classe mobile",
        "Bonjour,\nFaute de réparation, les collègues ont renoncé à utiliser la classe mobile. Une \
         date d'intervention est-elle prévue ?\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the head grows impatient",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-036902] Caméra du portail",
        "Bonjour,\nLe principal s'impatiente : la caméra du portail est hors service depuis la \
         rentrée. Pouvez-vous accélérer ?\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "any update on this",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-036903] Interactive whiteboard room 5",
        "Hi,\nAny update on this? The board in room 5 is still unusable.\nSandrine",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a question about the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-036904] Baie de brassage",
        "Bonjour,\nLe technicien aura-t-il besoin d'accéder au local serveur ? Si oui, je \
         préviens l'agent qui a la clé.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in one line with the number",
        "From: j.martin@ac-aix.example\nSubject: Ticket 2026-036905",
        "Des nouvelles de ce ticket ?\nJ. Martin",
        Reminder,
        None,
        None,
    ),
];
