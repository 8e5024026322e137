//! The three-hundred-and-sixteenth aside part: written after the hundred-and-seventy-second
//! round, before any change, on software and accounts, need or fault: a program never installed
//! on a room's machines, a program gone from them, pupils without accounts yet, accounts that
//! stopped working, a shared folder wanted, a shared folder gone empty.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_316: &[Case] = &[
    case(
        "request",
        "a program never installed",
        "From: j.martin@ac-aix.example\nSubject: Logiciel de CAO salle 3",
        "Bonjour,\nLe logiciel de CAO utilisé en technologie n'est pas installé sur les postes de la \
         salle 3, où les cours auront lieu désormais. Pouvez-vous l'y déployer ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a program gone from the machines",
        "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de CAO disparu",
        "Bonjour,\nLe logiciel de CAO a disparu des postes de la salle 3 depuis la mise à jour de \
         la semaine dernière.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "pupils without accounts yet",
        "From: paul.henry@ac-lille.example\nSubject: Comptes des élèves arrivés en décembre",
        "Bonjour,\nLes huit élèves arrivés en décembre n'ont pas encore de compte sur le réseau \
         pédagogique. La liste est jointe.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "accounts that stopped working",
        "From: sandrine.morel@ac-paris.example\nSubject: Comptes élèves de seconde",
        "Bonjour,\nLes comptes des élèves de seconde ne fonctionnent plus depuis ce matin : mot de \
         passe refusé pour tous.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a shared folder wanted",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Dossier partagé pour l'équipe",
        "Bonjour,\nL'équipe enseignante aimerait un dossier partagé sur le serveur de l'école pour \
         les progressions communes.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a shared folder gone empty",
        "From: marc.petit@ac-lyon.example\nSubject: Dossier partagé vide",
        "Bonjour,\nLe dossier partagé des professeurs de lettres apparaît vide depuis ce matin, \
         alors qu'il contenait des centaines de fichiers hier.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
