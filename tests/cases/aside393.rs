//! The three-hundred-and-ninety-third aside part: written after the hundred-and-eighty-fifth
//! round, before any change, on levels and codes where they mislead: a room numbered like a
//! level ("salle P1"), an urgency of the pupils' exam not the fault's, a code quoted from
//! another school in a comparison.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_393: &[Case] = &[
    case(
        "urgency",
        "a room named like a rank",
        "From: paul.henry@ac-lille.example\nSubject: Salle P1 - prise réseau",
        "Bonjour,\nLa prise réseau du bureau de la salle P1 ne donne plus de réseau.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "an emergency exercise",
        "From: marc.petit@ac-lyon.example\nSubject: Haut-parleurs de la cour",
        "Bonjour,\nLors de l'exercice d'évacuation d'urgence, les haut-parleurs de la cour sont \
         restés muets.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "uai",
        "another school's code in a comparison",
        "From: sandrine.morel@ac-paris.example\nSubject: Débit internet",
        "Bonjour,\nNotre débit internet est tombé à 2 Mb/s, alors que le collège voisin (UAI \
         0595012C, même opérateur) n'a aucun souci.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
