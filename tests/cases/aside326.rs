//! The three-hundred-and-twenty-sixth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on dates in replies: a visit announced for a date, a date passed
//! counted against today, silence since the acknowledgement's date, a new symptom dated, an
//! appointment confirmed.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_326: &[Case] = &[
    case(
        "intent",
        "a visit announced for a date",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-032601] Téléphonie",
        "Bonjour,\nLe prestataire m'a appelé : le technicien viendra le 14 décembre au matin.\nP. \
         Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a date passed counted against today",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-032602] Vidéoprojecteurs bâtiment A",
        "Bonjour,\nLe technicien devait venir le 4 décembre ; nous sommes le 9 et personne n'est \
         passé.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "silence since the acknowledgement's date",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-032603] Serveur ENT",
        "Bonjour,\nDepuis le 23 novembre, date de votre accusé de réception, rien.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a new symptom dated",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-032604] Réseau bâtiment B",
        "Bonjour,\nDu 4 au 8 décembre le réseau a tenu ; depuis le 9, les coupures ont repris, \
         surtout l'après-midi.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an appointment confirmed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-032605] Proposition de rendez-vous",
        "Bonjour,\nRendez-vous confirmé le 14 décembre à 9 h, je serai à l'école.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
