//! The two-hundred-and-forty-eighth aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on school codes in forms not yet written: dashes between groups,
//! the check letter apart, lower case, a code among a phone and a postcode, a code in the
//! subject's brackets.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_248: &[Case] = &[
    case(
        "uai",
        "dashes between groups",
        "From: claire.dubois@ac-lyon.example\nSubject: Imprimante CDI",
        "Bonjour,\nUAI : 069-1234-S. L'imprimante du CDI n'imprime plus qu'une page sur deux.\n\
         Claire Dubois",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "the check letter apart",
        "From: j.martin@ac-aix.example\nSubject: Téléphone salle des professeurs",
        "Bonjour,\nCollège Mistral, 0130456 A : le téléphone de la salle des professeurs ne capte \
         plus la ligne extérieure.\nJ. Martin",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "lower case",
        "From: sandrine.morel@ac-paris.example\nSubject: poste vie scolaire",
        "bonjour, lycee 0751043b, le poste de la vie scolaire ne démarre plus du tout. merci",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code among a phone and a postcode",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Écran salle 3",
        "Bonjour,\nL'écran de la salle 3 reste noir.\n\nA. Leroux\nCollège Montaigne - 33000 \
         Bordeaux\nTél. 05 56 00 00 00 - UAI 0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "uai",
        "a code in the subject's brackets",
        "From: paul.henry@ac-lille.example\nSubject: [0595012C] Borne wifi préau",
        "Bonjour,\nLa borne wifi du préau ne diffuse plus aucun réseau.\nP. Henry",
        NewIncident,
        None,
        Some("0595012C"),
    ),
];
