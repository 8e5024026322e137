//! The two-hundred-and-seventy-fifth aside part: written after the hundred-and-sixty-fifth round,
//! before any change, on chases told as a state in words not yet written: an exam looming over a
//! room still unusable, working days counted, the deadline passed, no one came; and news told
//! beside them: a locked room that stopped the technician, the fault spreading to a second room.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_275: &[Case] = &[
    case(
        "intent",
        "an exam looming over a room still unusable",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-027501] Salle informatique B",
        "Bonjour,\nLes élèves de troisième passent le brevet blanc lundi et la salle informatique B \
         est toujours inutilisable.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "working days counted",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-027502] Autocommutateur",
        "Bonjour,\nCela fait maintenant quinze jours ouvrés que notre standard ne reçoit plus les \
         appels extérieurs.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the deadline passed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-027503] Imprimante vie scolaire",
        "Bonjour,\nLe délai d'intervention annoncé dans votre accusé de réception est dépassé depuis \
         mardi.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "no one came",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-027504] Tableau numérique CP",
        "Bonjour,\nAucun technicien n'est venu à l'école, ni jeudi ni vendredi.\nAnne Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a locked room that stopped the technician",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-027505] Baie de brassage",
        "Bonjour,\nLe technicien n'a pas pu accéder au local de la baie, fermé à clé : il faudra \
         convenir d'un nouveau créneau avec la loge, joignable au 04 42 00 00 00.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the fault spreading to a second room",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-027506] Wifi salle 10",
        "Bonjour,\nDepuis ce matin, la salle 11 est touchée elle aussi : plus aucun appareil ne se \
         connecte.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
