//! The two-hundred-and-thirty-fifth aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on new mail asked as questions: "est-ce normal que…" (a fault),
//! "serait-il possible d'avoir…" (a need), "pourquoi ne peut-on plus…" (a fault), "comment
//! obtenir…" (a need), an English fault, an English need.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_235: &[Case] = &[
    case(
        "request",
        "is it normal that",
        "From: j.martin@ac-aix.example\nSubject: Connexion très lente",
        "Bonjour,\nEst-il normal qu'il faille cinq minutes pour ouvrir une session sur les postes \
         du CDI depuis la semaine dernière ?\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "would it be possible to have",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante couleur",
        "Bonjour,\nSerait-il possible d'avoir une imprimante couleur pour le pôle arts plastiques ? \
         Les élèves impriment aujourd'hui en noir et blanc.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "why can we no longer",
        "From: sandrine.morel@ac-paris.example\nSubject: Clés USB",
        "Bonjour,\nPourquoi ne peut-on plus ouvrir les clés USB sur les postes de la salle 104 ? \
         Elles ne s'affichent plus dans l'explorateur.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "how to obtain",
        "From: paul.henry@ac-lille.example\nSubject: Accès réseau pour un intervenant",
        "Bonjour,\nComment obtenir un compte réseau temporaire pour l'intervenant théâtre qui vient \
         chaque mardi jusqu'en juin ?\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an English fault",
        "From: claire.dubois@ac-lyon.example\nSubject: Smartboard room 14",
        "Hello,\nThe smartboard in room 14 no longer responds to the pen since Monday; the \
         calibration tool crashes.\nClaire",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "an English need",
        "From: marc.petit@ac-lyon.example\nSubject: Laptops for the robotics club",
        "Hello,\nThe new robotics club would need six laptops with the Arduino software installed, \
         from January.\nMarc",
        NewRequest,
        None,
        None,
    ),
];
