//! The three-hundred-and-fifty-fifth aside part: written after the hundred-and-seventy-ninth
//! round, before any change, on needs told as a problem to solve: a queue at the only printer,
//! a room too hot for its machines' noise, lessons lost to a slow start-up of old machines, a
//! timetable clash over the only projector; and a fault told as a problem.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_355: &[Case] = &[
    case(
        "request",
        "a queue at the only printer",
        "From: sandrine.morel@ac-paris.example\nSubject: Une seule imprimante pour 80 professeurs",
        "Bonjour,\nLa salle des professeurs n'a qu'une imprimante pour quatre-vingts enseignants : la \
         file d'attente est permanente aux intercours. Une seconde imprimante serait bienvenue.\nS. \
         Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "lessons lost to old machines",
        "From: paul.henry@ac-lille.example\nSubject: Postes de la salle 2",
        "Bonjour,\nLes postes de la salle 2, achetés en 2015, mettent dix minutes à démarrer : un \
         quart de chaque heure de cours est perdu. Leur renouvellement est-il prévu ?\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a timetable clash over the only projector",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur mobile",
        "Bonjour,\nLe seul vidéoprojecteur mobile du collège est demandé par trois professeurs sur le \
         même créneau chaque semaine. En obtenir un deuxième réglerait le problème.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told as a problem",
        "From: claire.dubois@ac-lyon.example\nSubject: Problème d'impression",
        "Bonjour,\nNous avons un problème : depuis ce matin, les impressions de la salle 210 sortent \
         sur l'imprimante de la salle 212.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
