//! The three-hundred-and-forty-first aside part: written after the hundred-and-seventy-sixth
//! round, before any change, on chases that tell past facts: a technician who came once and
//! never came back with the part, an answer promised for Friday, a colleague's word on the phone
//! not kept; and news of a visit done with the next one set.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_341: &[Case] = &[
    case(
        "intent",
        "came once and never came back",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-034101] Autocommutateur",
        "Bonjour,\nLe technicien est passé le 2 décembre mais n'est jamais revenu avec la pièce \
         promise.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an answer promised for Friday",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-034102] Casques salle de langues",
        "Bonjour,\nVous nous aviez promis une réponse pour vendredi dernier.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a word on the phone not kept",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-034103] Serveur de fichiers",
        "Bonjour,\nVotre collègue m'a dit au téléphone que ce serait réglé cette semaine ; ce n'est \
         pas le cas.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit done with the next one set",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-034104] Tableau numérique CP",
        "Bonjour,\nLe technicien est passé le 2 ; il revient le 9 avec la pièce.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
