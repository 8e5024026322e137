//! The four-hundred-and-twenty-sixth aside part: written after the hundred-and-ninetieth round,
//! before any change, on needs asked as feasibility or funding ("serait-il envisageable", "la
//! Région peut-elle financer", "nous réfléchissons à"), beside a question about a broken thing.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_426: &[Case] = &[
    case(
        "request",
        "would it be conceivable",
        "From: marc.petit@ac-lyon.example\nSubject: Salle de réunion",
        "Bonjour,\nSerait-il envisageable d'équiper la salle de réunion d'un système de \
         visioconférence ? Nous organisons de plus en plus de réunions à distance.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "can the Region fund",
        "From: paul.henry@ac-lille.example\nSubject: Financement imprimante 3D",
        "Bonjour,\nLa Région peut-elle financer une imprimante 3D pour le club de technologie ? \
         Nous pouvons fournir un devis.\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "we are thinking about",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes en 6e",
        "Bonjour,\nNous réfléchissons à équiper les classes de 6e de tablettes l'an prochain. \
         Pourriez-vous nous dire ce que la Région propose et dans quels délais ?\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "can it be repaired",
        "From: sandrine.morel@ac-paris.example\nSubject: Tableau numérique salle 18",
        "Bonjour,\nLe tableau numérique de la salle 18 ne détecte plus le stylet. Est-il possible \
         de le faire réparer avant les vacances ?\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
