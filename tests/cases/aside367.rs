//! The three-hundred-and-sixty-seventh aside part: written after the hundred-and-eighty-second
//! round, before any change, on needs told like faults (a network that no longer suffices, a
//! room without a printer, software to move to a new version) and a fault told like a need (a
//! socket torn out, to repair).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_367: &[Case] = &[
    case(
        "request",
        "a network that no longer suffices",
        "From: paul.henry@ac-lille.example\nSubject: Débit salle 12",
        "Bonjour,\nDepuis l'arrivée de trente tablettes, le débit de la salle 12 ne suffit plus \
         pour travailler en ligne à toute la classe. Une seconde borne ou un meilleur débit serait \
         nécessaire.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a room without a printer",
        "From: sandrine.morel@ac-paris.example\nSubject: Salle des professeurs",
        "Bonjour,\nLa salle des professeurs n'a pas d'imprimante : les collègues doivent descendre \
         au secrétariat. Pourrait-on en installer une ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "software to move to a new version",
        "From: anne.leroux@ac-bordeaux.example\nSubject: GeoGebra",
        "Bonjour,\nLa version de GeoGebra installée dans les salles ne correspond plus aux \
         programmes : il faudrait passer à la version 6 sur les 48 postes.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a socket torn out, to repair",
        "From: claire.dubois@ac-lyon.example\nSubject: Prise réseau bureau 3",
        "Bonjour,\nPourriez-vous réparer la prise réseau du bureau 3 ? Elle a été arrachée hier en \
         déplaçant une armoire.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
