//! The four-hundred-and-twenty-ninth aside part: written after the hundred-and-ninetieth round,
//! before any change, on the correspondant passing on a colleague's mail with one line of her
//! own (a fault, a need, a chase of the colleague's own ticket, a thanks that closes).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_429: &[Case] = &[
    case(
        "request",
        "a colleague's fault passed on",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: souci TBI salle 210",
        "Pour traitement, merci.\nClaire Dubois\n\n-------- Message transféré --------\nDe : \
         Thomas Girard\nDate : lun. 7 déc. 2026 08:05\nObjet : souci TBI salle 210\n\nBonjour \
         Claire,\nLe TBI de la salle 210 ne s'allume plus, le voyant reste éteint.\nThomas",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a colleague's need passed on",
        "From: j.martin@ac-aix.example\nSubject: TR: logiciel de musique",
        "Bonjour,\nJe vous transmets la demande de notre professeur de musique.\nJ. Martin\n\n\
         ---------- Forwarded message ---------\nDe : Lucie Faure\nObjet : logiciel de musique\n\n\
         Bonjour, serait-il possible d'installer MuseScore sur les postes de la salle de \
         musique ? Merci, Lucie",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's chase passed on",
        "From: paul.henry@ac-lille.example\nSubject: TR: [CESAME #2026-042903] Poste de la salle des professeurs",
        "Bonjour,\nJe vous fais suivre : le collègue attend toujours, et moi aussi. Une date \
         d'intervention serait la bienvenue.\nPaul Henry\n\n---------- Forwarded message \
         ---------\nDe : Hugo Lambert\nObjet : poste salle des profs\n\nToujours en panne, on \
         fait comment ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's thanks passed on",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: [CESAME #2026-042904] Vidéoprojecteur salle 5",
        "Bonjour,\nRetour de l'enseignante ci-dessous : tout fonctionne, vous pouvez clôturer.\n\
         Anne Leroux\n\n-------- Message transféré --------\nDe : Inès Moreau\nObjet : \
         vidéoprojecteur\n\nC'est réparé, super, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
];
