//! The two-hundred-and-twenty-second aside part: written after the hundred-and-fifty-fifth
//! round, before any change, on new mail from the voices of different schools: a workshop
//! head's machine down, a director's need for the classroom, a bursar's need for the office, a
//! CPE's fault, a deputy's need for the council room, a hurried correspondant's fault.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_222: &[Case] = &[
    case(
        "request",
        "a workshop head's machine down",
        "From: paul.henry@ac-lille.example\nSubject: Fraiseuse atelier B",
        "Bonjour,\nLe poste qui pilote la fraiseuse de l'atelier B ne communique plus avec la \
         machine : message « port COM introuvable ».\nUrgence : haute\nP. Henry, chef de travaux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a director's need for the classroom",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Classe de CP",
        "Bonjour,\nLa classe de CP n'a aucun écran : les enseignantes aimeraient un vidéoprojecteur \
         pour travailler la lecture au tableau.\nA. Leroux, directrice",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a bursar's need for the office",
        "From: j.martin@ac-aix.example\nSubject: Scanner intendance",
        "Bonjour,\nAvec la dématérialisation des factures, l'intendance aurait besoin d'un scanner \
         à chargeur automatique.\nJ. Martin, adjoint gestionnaire",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a CPE's fault",
        "From: sandrine.morel@ac-paris.example\nSubject: Saisie des absences",
        "Bonjour,\nDepuis ce matin, le logiciel de vie scolaire refuse d'enregistrer les absences : \
         « erreur de connexion à la base ».\nS. Morel, CPE",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a deputy's need for the council room",
        "From: marc.petit@ac-lyon.example\nSubject: Salle du conseil",
        "Bonjour,\nPour les réunions à distance avec le rectorat, la salle du conseil devrait être \
         équipée d'une caméra et d'un micro de table.\nM. Petit, proviseur adjoint",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a hurried correspondant's fault",
        "From: claire.dubois@ac-lyon.example\nSubject: imprimante salle 12",
        "imprimante salle 12 hs, bourrage ds le bac 2 impossible à enlever. urgent svp",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
