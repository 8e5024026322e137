//! The two-hundred-and-forty-third aside part: written after the hundred-and-fifty-eighth
//! round, before any change, on chases told as a state, without a question: the fault
//! restated with its date, the class working without, the workaround wearing thin, the
//! contractor's promised day gone, the pupils' exam near, a reminder of what was promised.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_243: &[Case] = &[
    case(
        "intent",
        "the fault restated with its date",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-024301] Vidéoprojecteur salle 3",
        "Bonjour,\nLe vidéoprojecteur de la salle 3 est en panne depuis le 14 novembre.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the class working without",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-024302] Tableau numérique",
        "Bonjour,\nLes collègues de maths font cours sans tableau numérique depuis la rentrée des \
         vacances d'automne.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the workaround wearing thin",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-024303] Imprimante vie scolaire",
        "Bonjour,\nLa vie scolaire imprime toujours ses billets d'absence au secrétariat, deux \
         étages plus bas. Cette solution de fortune ne peut pas durer.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the contractor's promised day gone",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-024304] Intervention prévue : Baie réseau",
        "Bonjour,\nL'intervention était annoncée pour mardi. Nous sommes vendredi.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the pupils' exam near",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-024305] Salle informatique 2",
        "Bonjour,\nLes épreuves de PIX commencent le 14 décembre et la salle informatique 2 est \
         toujours inutilisable.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a reminder of what was promised",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-024306] Postes salle 101",
        "Bonjour,\nVotre accusé de réception promettait une intervention sous trois jours ouvrés. \
         C'était il y a deux semaines.\nM. Petit",
        Reminder,
        None,
        None,
    ),
];
