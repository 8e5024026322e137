//! The three-hundred-and-thirty-ninth aside part: written after the hundred-and-seventy-fifth
//! round, before any change, on levels given as impact and gravity: "Impact : élevé", "Impact :
//! faible", "Gravité : majeure", "Priorité : haute (examens)", "Urgence : 3 - très haute".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_339: &[Case] = &[
    case(
        "urgency",
        "Impact élevé",
        "From: paul.henry@ac-lille.example\nSubject: Réseau administratif",
        "Bonjour,\nLe réseau administratif coupe toutes les heures.\nImpact : élevé\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Impact faible",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris classe de CP",
        "Bonjour,\nUne souris de la classe de CP a un clic qui accroche.\nImpact : faible\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "Gravité majeure",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur de messagerie",
        "Bonjour,\nLe serveur de messagerie interne n'envoie plus aucun message.\nGravité : \
         majeure\nS. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Priorité haute (examens)",
        "From: j.martin@ac-aix.example\nSubject: Salle d'examen",
        "Bonjour,\nLes postes de la salle d'examen ne démarrent plus.\nPriorité : haute (examens \
         lundi)\nJ. Martin",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Urgence 3 - très haute",
        "From: claire.dubois@ac-lyon.example\nSubject: Standard téléphonique",
        "Bonjour,\nLe standard ne reçoit plus d'appels.\nUrgence : 3 - très haute\nClaire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
