//! The four-hundred-and-thirty-third aside part: written after the hundred-and-ninetieth round,
//! before any change, on lists asked in a manager's words ("un état des lieux", "un tableau de
//! bord", "l'historique de l'année") beside a report that names several faults.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_433: &[Case] = &[
    case(
        "intent",
        "a state of play",
        "From: claire.dubois@ac-lyon.example\nSubject: État des lieux",
        "Bonjour,\nPourriez-vous me faire un état des lieux des tickets ouverts pour le lycée \
         Ampère ?\nClaire Dubois",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a dashboard of requests",
        "From: j.martin@ac-aix.example\nSubject: Tableau de bord",
        "Bonjour,\nAvez-vous un tableau de bord de nos demandes en cours ? Je dois le présenter \
         en conseil pédagogique.\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "request",
        "several faults in one report",
        "From: paul.henry@ac-lille.example\nSubject: Plusieurs soucis salle 3",
        "Bonjour,\nEn salle 3 : le vidéoprojecteur ne s'allume plus, deux postes n'ont plus de \
         réseau et l'imprimante fait des bourrages.\nPaul Henry",
        NewIncident,
        None,
        None,
    ),
];
