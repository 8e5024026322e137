//! The four-hundred-and-fifth aside part: written after the hundred-and-eighty-seventh round,
//! before any change, on chases told by what the school had to do instead ("nous avons dû
//! annuler", "nous avons acheté nous-mêmes") and news of a workaround found.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_405: &[Case] = &[
    case(
        "intent",
        "a lesson cancelled for want of repair",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-040501] Salle informatique 2",
        "Bonjour,\nNous avons dû annuler deux séances de plus cette semaine, la salle étant \
         toujours hors service.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a part bought by the school",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-040502] Câble du vidéoprojecteur",
        "Bonjour,\nLassés d'attendre, nous avons acheté nous-mêmes un câble HDMI. Le problème de \
         fond, lui, n'est toujours pas réglé.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a workaround found",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-040503] Imprimante de la vie scolaire",
        "Bonjour,\nPour information, en attendant le technicien, la vie scolaire imprime sur \
         l'imprimante du secrétariat, qui a été partagée.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
];
