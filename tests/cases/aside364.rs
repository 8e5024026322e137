//! The three-hundred-and-sixty-fourth aside part: written after the hundred-and-eighty-second
//! round, before any change, on chases told as a state in a reply: "le problème persiste
//! toujours", "on en est au même point", "nous sommes à J+15"; beside news of an attempt that
//! failed.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_364: &[Case] = &[
    case(
        "intent",
        "le problème persiste toujours",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-036401] Imprimante salle 110",
        "Bonjour,\nLe problème persiste toujours, deux semaines après notre signalement.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "on en est au même point",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-036402] Accès ENT des parents",
        "Bonjour,\nOn en est toujours au même point : les parents ne peuvent pas se connecter.\nP. \
         Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "nous sommes à J+15",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-036403] Tableau numérique salle 4",
        "Nous sommes à J+15 sans tableau.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an attempt that failed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-036404] Poste de la comptable",
        "Bonjour,\nNous avons installé la mise à jour que vous nous aviez indiquée : le problème \
         persiste, le logiciel se ferme toujours à l'ouverture.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
