//! The three-hundred-and-forty-fifth aside part: written after the hundred-and-seventy-seventh
//! round, before any change, on chases asked as questions about the process: "faut-il refaire un
//! signalement ?", "dois-je m'adresser à quelqu'un d'autre ?", "le ticket est-il toujours
//! ouvert ?", "avez-vous bien reçu notre signalement ?", "est-ce normal que personne ne soit
//! venu ?".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_345: &[Case] = &[
    case(
        "intent",
        "faut-il refaire un signalement",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-034501] Vidéoprojecteur salle 14",
        "Bonjour,\nFaut-il refaire un signalement ? Nous n'avons aucune nouvelle depuis trois \
         semaines.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "dois-je m'adresser à quelqu'un d'autre",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-034502] Serveur ENT",
        "Bonjour,\nDois-je m'adresser à quelqu'un d'autre pour que ce dossier avance ?\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "le ticket est-il toujours ouvert",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-034503] Wifi salle des professeurs",
        "Bonjour,\nLe ticket est-il toujours ouvert ? Le wifi ne fonctionne toujours pas.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "avez-vous bien reçu notre signalement",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-034504] Photocopieur de l'école",
        "Bonjour,\nAvez-vous bien reçu notre signalement ? Personne ne nous a recontactés.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "est-ce normal que personne ne soit venu",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-034505] Baie réseau",
        "Bonjour,\nEst-il normal que personne ne soit encore venu, dix jours après le signalement ?\n\
         Claire Dubois",
        Reminder,
        None,
        None,
    ),
];
