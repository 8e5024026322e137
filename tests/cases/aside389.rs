//! The three-hundred-and-eighty-ninth aside part: written after the hundred-and-eighty-fifth
//! round, before any change, on chases that quote the desk's own words back ("vous nous aviez
//! dit sous 48 heures"), that count the calls made, and news that reports a call received.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_389: &[Case] = &[
    case(
        "intent",
        "the desk's words quoted back",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-038901] Borne wifi du réfectoire",
        "Bonjour,\nVous nous aviez annoncé une intervention sous 48 heures. C'était il y a dix \
         jours.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the calls counted",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-038902] Standard téléphonique",
        "Bonjour,\nC'est mon troisième appel et mon deuxième mail pour ce standard.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a call received",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-038903] Serveur de fichiers",
        "Bonjour,\nLe prestataire m'a appelée ce matin, il passera jeudi après-midi. Je vous \
         tiens au courant.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "no one has called back",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-038904] Autocommutateur",
        "Bonjour,\nLe prestataire devait nous rappeler pour fixer un rendez-vous : nous attendons \
         toujours son appel.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
];
