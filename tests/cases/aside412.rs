//! The four-hundred-and-twelfth aside part: written after the hundred-and-eighty-eighth round,
//! before any change, on school codes in forms schools use (the old "RNE" name, spaced groups,
//! a signature's line) and a code whose check letter is wrong.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_412: &[Case] = &[
    case(
        "uai",
        "the old RNE name",
        "From: claire.dubois@ac-lyon.example\nSubject: Lecteur de badges cantine",
        "Bonjour,\nLe lecteur de badges de la cantine ne lit plus aucune carte.\nRNE : 0691234S\n\
         Claire Dubois",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "spaced groups in a signature",
        "From: paul.henry@ac-lille.example\nSubject: Écran salle des professeurs",
        "Bonjour,\nL'écran de la salle des professeurs reste noir.\n\nPaul Henry\nLycée \
         Faidherbe – UAI 059 5012 C\n59000 Lille",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "uai",
        "a wrong check letter",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 7",
        "Bonjour,\nLe vidéoprojecteur de la salle 7 s'éteint au bout de dix minutes.\nCode \
         établissement : 0130456B\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "uai",
        "a code in the subject",
        "From: sandrine.morel@ac-paris.example\nSubject: [0751043B] Téléphonie en panne",
        "Bonjour,\nPlus aucun poste téléphonique ne sonne depuis ce matin.\nS. Morel",
        NewIncident,
        None,
        Some("0751043B"),
    ),
];
