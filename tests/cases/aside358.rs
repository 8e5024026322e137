//! The three-hundred-and-fifty-eighth aside part: written after the hundred-and-eightieth
//! round, before any change, on chases numbered in the text: "3e relance" opening the text,
//! "RELANCE" alone, "Relance n°4 !!", and a "relance" of the school's own staff told as news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_358: &[Case] = &[
    case(
        "intent",
        "3e relance opening the text",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-035801] Serveur de vie scolaire",
        "3e relance.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "RELANCE alone",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-035802] Autocommutateur",
        "RELANCE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Relance n°4",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-035803] Photocopieur",
        "Relance n°4 !!\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a relance of the school's own staff",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-035804] Câblage salle 3",
        "Bonjour,\nJ'ai relancé l'intendance pour la clé du local : elle sera disponible jeudi.\nJ. \
         Martin",
        FollowUp,
        None,
        None,
    ),
];
