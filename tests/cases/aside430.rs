//! The four-hundred-and-thirtieth aside part: written after the hundred-and-ninetieth round,
//! before any change, on replies deep in a thread whose older quoted levels hold another
//! kind's words (a closure quoted under news, a chase quoted under a thanks).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_430: &[Case] = &[
    case(
        "intent",
        "news under a quoted closure",
        "From: marc.petit@ac-lyon.example\nSubject: RE: RE: [CESAME #2026-043001] Copieur du CDI",
        "Finalement le bourrage est revenu cet après-midi, même bac.\nM. Petit\n\n> Le 4 déc. \
         2026, M. Petit a écrit :\n>> C'est réparé, vous pouvez clôturer.\n>>> L'intervention \
         est terminée.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "thanks under a quoted chase",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: RE: [CESAME #2026-043002] Wifi du gymnase",
        "Parfait, le wifi du gymnase fonctionne de nouveau. Merci pour la réactivité.\nS. Morel\n\n\
         > Un technicien passera demain matin.\n>> Toujours rien, où en est-on ? Cela fait dix \
         jours.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase under a quoted answer",
        "From: j.martin@ac-aix.example\nSubject: RE: RE: [CESAME #2026-043003] Serveur de fichiers",
        "Le technicien annoncé pour mardi n'est pas venu. Pouvez-vous vérifier ?\nJ. Martin\n\n> \
         Un technicien passera mardi.\n>> Le serveur de fichiers ne répond plus.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a detail under a quoted question",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-043004] Poste du CPE",
        "C'est un Dell OptiPlex 7090, acheté en 2022.\nP. Henry\n\n> Pouvez-vous nous indiquer le \
         modèle du poste ?",
        FollowUp,
        None,
        None,
    ),
];
