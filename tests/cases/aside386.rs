//! The three-hundred-and-eighty-sixth aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on long new reports that tell the history (tried, restarted,
//! called) before the fault, and a long need with the reasons for it.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_386: &[Case] = &[
    case(
        "request",
        "a long report with the history",
        "From: sandrine.morel@ac-paris.example\nSubject: Postes de la salle 201",
        "Bonjour,\nDepuis la coupure électrique de samedi, sept postes de la salle 201 démarrent \
         sur un écran noir. Nous avons essayé de les redémarrer, de changer les câbles d'écran et \
         de brancher un autre clavier, sans effet. Le professeur de technologie a dû envoyer ses \
         élèves au CDI ce matin.\nMerci d'avance,\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a long need with its reasons",
        "From: claire.dubois@ac-lyon.example\nSubject: Équipement de la salle de réunion",
        "Bonjour,\nLa salle de réunion accueille désormais les conseils de classe, les réunions \
         de parents et les visioconférences avec le rectorat. Elle n'a qu'un vieux \
         vidéoprojecteur et aucune caméra. Nous souhaiterions l'équiper d'un écran interactif et \
         d'un système de visioconférence.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
];
