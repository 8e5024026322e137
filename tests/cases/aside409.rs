//! The four-hundred-and-ninth aside part: written after the hundred-and-eighty-eighth round,
//! before any change, on replies under a ticket's tag that press without the usual words (a
//! promised visit nobody made, a count of days, a question to a silence) beside replies that
//! only add a fact.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_409: &[Case] = &[
    case(
        "intent",
        "nobody came on the promised day",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-040901] Vidéoprojecteur salle 108",
        "Bonjour,\nLe technicien devait passer mardi matin ; personne ne s'est présenté et nous \
         n'avons eu aucun appel. Pouvez-vous nous donner une nouvelle date ?\nM. Petit",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "three weeks already",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-040902] Wifi du CDI",
        "Bonjour,\nCela fait maintenant trois semaines que le CDI est sans wifi. Les élèves ne \
         peuvent toujours pas faire leurs recherches. Où en est-on ?\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a serial number added",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-040903] Portable de la vie scolaire",
        "Bonjour,\nComme demandé, voici le numéro de série du portable : 5CG1234XYZ. Il est sous \
         garantie jusqu'en juin.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a room available for the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-040904] Salle informatique 2",
        "Bonjour,\nPour l'intervention, la salle est libre jeudi toute la journée ; la clé est à \
         la loge.\nAnne Leroux",
        FollowUp,
        None,
        None,
    ),
];
