//! The two-hundred-and-thirty-eighth aside part: written after the hundred-and-fifty-seventh
//! round, before any change, on senders the desk must refuse or accept: a teacher writing
//! directly, a pupil's parent, a town hall's technician, the suppléant of two schools naming
//! one, a correspondant answering from the school's generic address, a reply from an unknown
//! colleague under the desk's tag.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_238: &[Case] = &[
    case(
        "unauthorised",
        "a teacher writing directly",
        "From: Lucas Bernard <lucas.bernard@ac-lyon.example>\nSubject: Vidéoprojecteur salle 21",
        "Bonjour,\nLe vidéoprojecteur de ma salle (21) ne s'allume plus depuis ce matin. Pouvez-vous \
         envoyer quelqu'un ?\nLucas Bernard, professeur de SVT",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a pupil's parent",
        "From: Nadia Haddad <nadia.haddad@mail.example>\nSubject: Compte ENT de mon fils",
        "Bonjour,\nMon fils, élève de 4e B, ne peut plus se connecter à l'ENT depuis une semaine. \
         Pouvez-vous réinitialiser son mot de passe ?\nNadia Haddad",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a town hall's technician",
        "From: services.techniques@mairie-exemple.example\nSubject: Coupure électrique école",
        "Bonjour,\nNous couperons l'électricité du bâtiment B jeudi de 8 h à 10 h pour travaux. \
         Merci de prévoir l'arrêt des serveurs.\nServices techniques",
        Unauthorised,
        None,
        None,
    ),
    case(
        "uai",
        "the suppléant of two schools naming one",
        "From: tice@region.example\nSubject: Wifi CDI - Lycée Faidherbe",
        "Bonjour,\nAu lycée Faidherbe (0595012C), la borne wifi du CDI ne diffuse plus aucun réseau \
         depuis lundi.\nL'équipe TICE",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "unauthorised",
        "the school's generic address",
        "From: Secrétariat Lycée Ampère <ce.0691234s@ac-lyon.example>\nSubject: Imprimante secrétariat",
        "Bonjour,\nL'imprimante du secrétariat affiche « erreur fuser » et n'imprime plus.\nLe \
         secrétariat",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "an unknown colleague under the desk's tag",
        "From: Hélène Vasseur <helene.vasseur@ac-paris.example>\nSubject: RE: [CESAME #2026-023806] Standard téléphonique",
        "Bonjour,\nJe remplace Mme Morel cette semaine : le standard ne fonctionne toujours pas.\n\
         H. Vasseur",
        Unauthorised,
        None,
        None,
    ),
];
