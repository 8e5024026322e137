//! The three-hundred-and-thirty-seventh aside part: written after the hundred-and-seventy-fifth
//! round, before any change, on needs in the administration's words: "dans le cadre du projet
//! d'établissement", "suite au vote du conseil d'administration", a town hall's funding, "nous
//! sollicitons", a programme's requirement.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_337: &[Case] = &[
    case(
        "request",
        "within the school's project",
        "From: paul.henry@ac-lille.example\nSubject: Projet d'établissement - salle pupitre",
        "Bonjour,\nDans le cadre du projet d'établissement, le collège souhaite transformer la salle \
         12 en salle pupitre pour l'enseignement des langues.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "after the board's vote",
        "From: sandrine.morel@ac-paris.example\nSubject: Vote du conseil d'administration",
        "Bonjour,\nSuite au vote du conseil d'administration du 30 novembre, le lycée demande \
         l'installation d'écrans d'affichage dans les deux halls.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a town hall's funding",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Classe mobile financée par la mairie",
        "Bonjour,\nLa mairie finance une classe mobile de douze tablettes pour l'école : pourriez-\
         vous en assurer la configuration et l'intégration au réseau ?\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "nous sollicitons",
        "From: j.martin@ac-aix.example\nSubject: Sollicitation - salle de réunion",
        "Bonjour,\nNous sollicitons l'équipement de la salle de réunion en matériel de \
         visioconférence.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a programme's requirement",
        "From: claire.dubois@ac-lyon.example\nSubject: Nouveau programme de NSI",
        "Bonjour,\nLe nouveau programme de NSI impose l'usage d'une base de données en réseau : il \
         nous faut un serveur accessible depuis les postes de la salle 210.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
];
