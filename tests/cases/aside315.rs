//! The three-hundred-and-fifteenth aside part: written after the hundred-and-seventy-second
//! round, before any change, on chases in other people's voices: the head surprised by the
//! silence, teachers asking every day, an inspection coming to a room still down, a report owed
//! to the board; and news in the same voices: the head's agreement to a Saturday visit, a
//! teacher's clue.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_315: &[Case] = &[
    case(
        "intent",
        "the head surprised by the silence",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-031501] Salle informatique B",
        "Bonjour,\nLe proviseur s'étonne de l'absence de réponse à notre signalement du 16 \
         novembre.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "teachers asking every day",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-031502] Tableau numérique CM1",
        "Bonjour,\nLes enseignantes me demandent tous les jours si le tableau de CM1 va enfin être \
         réparé.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an inspection coming to a room still down",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-031503] Salle de technologie",
        "Bonjour,\nL'inspectrice de technologie vient jeudi et la salle est toujours sans réseau.\n\
         J. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a report owed to the board",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-031504] Vidéoprotection",
        "Bonjour,\nJe dois rendre compte au conseil d'administration de mardi de l'avancement de ce \
         dossier : pouvez-vous me dire où il en est ?\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the head's agreement to a Saturday visit",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-031505] Câblage bâtiment C",
        "Bonjour,\nLe proviseur accepte que l'intervention ait lieu samedi matin ; l'agent de \
         permanence ouvrira à 8 h.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's clue",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-031506] Coupures réseau salle 20",
        "Bonjour,\nUne collègue a remarqué que les coupures arrivent toujours quand la salle voisine \
         allume son tableau numérique.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
