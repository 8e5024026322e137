//! The three-hundred-and-twenty-ninth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on mail to several people at once: a chase to the desk and the
//! contractor, a new fault with the head in copy, a reply to all on the contractor's thread, a
//! "Bonjour à tous" that closes.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_329: &[Case] = &[
    case(
        "intent",
        "a chase to the desk and the contractor",
        "From: paul.henry@ac-lille.example\nTo: cesame@region.example, planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-032901] Ordre de travail - Collège Jean Bart - Autocommutateur",
        "Bonjour à tous,\nOù en est-on ? Le standard est coupé depuis douze jours.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "request",
        "a new fault with the head in copy",
        "From: claire.dubois@ac-lyon.example\nTo: cesame@region.example\nCc: proviseur@ac-lyon.example\nSubject: Panne du serveur de vie scolaire",
        "Bonjour,\nLe serveur de vie scolaire ne répond plus depuis ce matin ; je mets M. le \
         proviseur en copie.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "a reply to all on the contractor's thread",
        "From: j.martin@ac-aix.example\nTo: planning@maintenance-scolaire.example\nCc: cesame@region.example\nSubject: RE: [CESAME #2026-032903] Ordre de travail - Collège Mistral - Câblage",
        "Bonjour,\nMercredi 16 à 14 h nous convient, le gardien ouvrira le local.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "Bonjour à tous that closes",
        "From: anne.leroux@ac-bordeaux.example\nTo: cesame@region.example, planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-032904] Réseau de l'école",
        "Bonjour à tous,\nTout fonctionne depuis l'intervention d'hier, merci à chacun. Le ticket \
         peut être fermé.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
];
