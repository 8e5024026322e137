//! The three-hundred-and-twenty-seventh aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on quotes that say what the reply does not: news under a quoted
//! "Relance", a "Oui" that says the fault persists, news under a quoted "vous pouvez clôturer",
//! a chase under a quoted thanks, a closure under a quoted "URGENT".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_327: &[Case] = &[
    case(
        "intent",
        "news under a quoted Relance",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-032701] Vidéoprojecteur",
        "Bonjour,\nIl s'agit de la salle B12, au deuxième étage.\nP. Henry\n\n> Relance : pouvez-vous \
         nous préciser la salle concernée ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a yes that says the fault persists",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-032702] Demande de précisions - Imprimante",
        "Oui, toujours, même après avoir changé le câble.\nS. Morel\n\n> Le problème persiste-t-il \
         après le remplacement du câble USB ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "news under a quoted closure",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-032703] Casques salle de langues",
        "Bonjour,\nAttention, deux casques sur vingt grésillent encore.\nClaire Dubois\n\n> \
         Pouvez-vous nous confirmer que tout fonctionne ? Vous pouvez clôturer si c'est le cas.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase under a quoted thanks",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-032704] Serveur de fichiers",
        "Toujours rien depuis ce message.\nJ. Martin\n\n> Merci pour votre signalement, un \
         technicien sera dépêché rapidement.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure under a quoted URGENT",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-032705] URGENT - plus de téléphone",
        "Bonjour,\nLe téléphone fonctionne de nouveau depuis ce matin, merci beaucoup.\nA. Leroux\n\n\
         > URGENT : plus aucune ligne ne fonctionne à l'école.",
        ClosureConfirmation,
        None,
        None,
    ),
];
