//! The hundred-and-ninety-fifth aside part: written after the hundred-and-forty-ninth round,
//! before any change, on the costliest class in other dresses: a guest wifi asked in Gmail's
//! HTML, a new need above an old ticket's pasted history, a fault and a need in English, a fault
//! asked as "est-il normal", teachers "réclament" a microscope on a screen, a gate deaf to badges
//! since a power cut, an office that moves.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_195: &[Case] = &[
    case(
        "request",
        "a guest wifi asked in Gmail's HTML",
        "From: paul.henry@ac-lille.example\nSubject: Wifi invités\nContent-Type: text/html; charset=utf-8",
        "<div dir=\"ltr\">Bonjour,<div><br></div><div>Serait-il possible d'avoir un accès wifi invité \
         pour les intervenants extérieurs ?</div><div><br></div><div>Paul Henry</div></div>",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a new need above an old ticket's history",
        "From: claire.dubois@ac-lyon.example\nSubject: Équipement salle 15",
        "Bonjour,\nComme pour la salle 14 (ticket ci-dessous), nous souhaiterions équiper la salle 15 \
         d'un écran interactif.\nClaire Dubois\n\n\
         > [CESAME #2026-011204] Intervention terminée : Écran interactif salle 14\n\
         > L'installation de l'écran interactif est terminée.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault in English",
        "From: sandrine.morel@ac-paris.example\nSubject: Whiteboard room 8",
        "Hi,\nThe interactive whiteboard in room 8 no longer responds to touch.\nSandrine",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need in English",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Staff room printer",
        "Hello,\nCould we get a second printer for the staff room? The current one is always busy \
         at break time.\nAnne",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault asked as 'est-il normal'",
        "From: j.martin@ac-aix.example\nSubject: Copieur toner",
        "Bonjour,\nEst-il normal que le copieur affiche « toner vide » alors que la cartouche est \
         neuve ?\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "teachers claim a microscope on a screen",
        "From: marc.petit@ac-lyon.example\nSubject: Microscope SVT",
        "Les enseignants de SVT réclament un microscope relié à un écran pour projeter les \
         observations à toute la classe.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a gate deaf to badges",
        "From: tice@region.example\nSubject: Portail - collège 0330789D",
        "Bonjour,\nDepuis la coupure de courant d'hier, le portail ne s'ouvre plus avec les badges.\n\
         L'équipe TICE",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "an office that moves",
        "From: sandrine.morel@ac-paris.example\nSubject: Bureau CPE",
        "Bonjour,\nLe bureau de la CPE change de place à la rentrée de janvier : il faudra y déplacer \
         son poste et sa ligne téléphonique.\nSandrine Morel",
        NewRequest,
        None,
        None,
    ),
];
