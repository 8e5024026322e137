//! The three-hundred-and-eightieth aside part: written after the hundred-and-eighty-fourth round,
//! before any change, on replies written in HTML only (a mail client that sends no plain part):
//! a chase, a closure, news, with the desk's message quoted below in a blockquote.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_380: &[Case] = &[
    case(
        "intent",
        "a chase in HTML only",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-038001] Imprimante du secrétariat\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Toujours aucune nouvelle du technicien, l'imprimante est \
         hors service depuis douze jours.</p><p>J. Martin</p><blockquote><p>Votre demande a bien \
         été enregistrée.</p></blockquote></body></html>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in HTML only",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-038002] Intervention terminée : Lecteur de cartes\nContent-Type: text/html; charset=utf-8",
        "<html><body><div>Bonjour,<br>Le lecteur de cartes fonctionne de nouveau, merci \
         !<br>M. Petit</div><blockquote><div>L'intervention est terminée. Merci de nous confirmer \
         que le problème est résolu.</div></blockquote></body></html>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "news in HTML only",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-038003] Écran tactile du hall\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Le code d'accès au local technique est 4521, à demander à \
         l'accueil.</p><p>P. Henry</p></body></html>",
        FollowUp,
        None,
        None,
    ),
];
