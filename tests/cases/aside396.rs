//! The three-hundred-and-ninety-sixth aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on replies that correct the desk ("ce n'est pas la salle 12 mais
//! la 21", "il s'agit du poste du CPE"), and a reply that disputes a closure.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_396: &[Case] = &[
    case(
        "intent",
        "the room corrected",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-039601] Vidéoprojecteur salle 12",
        "Bonjour,\nErreur de ma part : ce n'est pas la salle 12 mais la 21.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the machine corrected",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-039602] Poste de la vie scolaire",
        "Bonjour,\nPetite précision : il s'agit du poste du CPE, pas de celui des surveillants.\nS. \
         Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure disputed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-039603] Intervention terminée : Réseau du bâtiment B",
        "Bonjour,\nJe ne comprends pas cette clôture : le réseau du bâtiment B est toujours \
         coupé.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
