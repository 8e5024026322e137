//! The three-hundred-and-thirty-fifth aside part: written after the hundred-and-seventy-fifth
//! round, before any change, on chases in anger or dismay: "nous sommes excédés", "très déçue du
//! délai", "ce n'est pas sérieux", "on nous a oubliés ?", "je n'en peux plus"; and an apology
//! that brings news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_335: &[Case] = &[
    case(
        "intent",
        "nous sommes excédés",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-033501] Téléphonie",
        "Bonjour,\nNous sommes excédés : trois semaines sans téléphone au secrétariat.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "très déçue du délai",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-033502] Imprimante CDI",
        "Bonjour,\nJe suis très déçue du délai de traitement de cette demande.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "ce n'est pas sérieux",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-033503] Salle informatique",
        "Bonjour,\nUn mois pour remplacer un switch, ce n'est pas sérieux.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "on nous a oubliés",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-033504] Internet de l'école",
        "On nous a oubliés ?\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "je n'en peux plus",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-033505] Wifi CDI",
        "Bonjour,\nJe n'en peux plus de répondre aux élèves que le wifi du CDI va revenir.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an apology that brings news",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-033506] Switch salle 12",
        "Bonjour,\nDésolé, j'ai oublié de vous préciser que la salle 12 est fermée le mercredi.\nM. \
         Petit",
        FollowUp,
        None,
        None,
    ),
];
