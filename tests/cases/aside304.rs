//! The three-hundred-and-fourth aside part: written after the hundred-and-seventieth round,
//! before any change, on codes beside other numbers: a code between a phone and a postcode, a
//! code with a letter O for its zero after "UAI", a code after "RNE" in a signature, a code
//! after a date, a phone that looks like a code's digits.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_304: &[Case] = &[
    case(
        "uai",
        "a code between a phone and a postcode",
        "From: paul.henry@ac-lille.example\nSubject: Photocopieur salle des professeurs",
        "Bonjour,\nLe photocopieur bourre à chaque copie.\nP. Henry\nCollège Jean Bart - 03 20 00 \
         11 22 - 0595012C - 59140 Dunkerque",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "uai",
        "a letter O for the zero after UAI",
        "From: claire.dubois@ac-lyon.example\nSubject: Poste accueil",
        "Bonjour,\nLe poste de l'accueil ne démarre plus.\nUAI : O691234S\nClaire Dubois",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "a code after RNE in a signature",
        "From: j.martin@ac-aix.example\nSubject: Wifi salle des professeurs",
        "Bonjour,\nLe wifi de la salle des professeurs coupe toutes les dix minutes.\n--\nJ. Martin\n\
         Collège Mistral (RNE 0130456A)",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "a code after a date",
        "From: sandrine.morel@ac-paris.example\nSubject: Signalement du 07/12/2026 0751043B",
        "Bonjour,\nLe lecteur de cartes de la cantine ne lit plus les cartes.\nS. Morel",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "a phone that looks like a code's digits",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Téléphone de l'école",
        "Bonjour,\nLe téléphone de l'école ne sonne plus. Vous pouvez me joindre au 0556123 45 \
         67.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
