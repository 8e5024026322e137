//! The three-hundred-and-eighty-eighth aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on lists asked under a ticket's tag or beside a chase, and a list
//! of faults in a new report.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_388: &[Case] = &[
    case(
        "intent",
        "a list asked under a ticket's tag",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-038801] Casques salle 5",
        "Bonjour,\nMerci. Au passage, pourriez-vous m'envoyer la liste de tous nos tickets encore \
         ouverts ?\nM. Petit",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a list of faults in a new report",
        "From: sandrine.morel@ac-paris.example\nSubject: Plusieurs pannes au CDI",
        "Bonjour,\nVoici la liste des problèmes au CDI :\n- le poste 2 ne démarre plus\n- \
         l'imprimante bourre\n- la borne wifi clignote rouge\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "which tickets are still pending",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets en attente ?",
        "Bonjour,\nJe prends la suite de M. Durand : pouvez-vous me dire quels tickets sont \
         encore en attente pour le collège ?\nA. Leroux",
        ListRequest,
        None,
        None,
    ),
];
