//! The two-hundred-and-seventh aside part: written after the hundred-and-fifty-second round,
//! before any change, on chases told as a state, with no question (in suspense, three weeks of
//! it, a deadline long past, a wish not to be forgotten, a file not to leave aside, turning to
//! the rectorat) beside states that are news (a number to reach the school, a technician gone
//! before the end, a room taken by exams).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_207: &[Case] = &[
    case(
        "intent",
        "in suspense",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-020701] Serveur de sauvegarde",
        "Bonjour,\nNous sommes dans l'expectative.\nAnne",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "three weeks of it",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020702] Standard",
        "Trois semaines que le standard est en panne.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a deadline long past",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020703] Accusé de réception : Baie réseau",
        "Le délai de 48 h annoncé est dépassé depuis longtemps.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a wish not to be forgotten",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020704] Imprimante CDI",
        "J'aimerais qu'on ne nous oublie pas.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a file not to leave aside",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020705] Écrans salle 3",
        "Merci de ne pas laisser ce dossier de côté.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "turning to the rectorat",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-020706] Serveur ENT",
        "Sans nouvelles d'ici jeudi, je me tourne vers le rectorat.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a number to reach the school, news",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-020707] Intervention prévue : Autocommutateur",
        "Nous restons joignables au 05 56 00 00 00 toute la journée de jeudi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a technician gone before the end, news",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020708] Intervention terminée : Salle 114",
        "Le technicien est reparti sans finir : il reste deux postes à installer.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a room taken by exams, news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020709] Intervention prévue : Salle informatique",
        "Je vous informe que la salle sera occupée par des examens toute la semaine prochaine.",
        FollowUp,
        None,
        None,
    ),
];
