//! The three-hundred-and-seventy-fourth aside part: written after the hundred-and-eighty-third
//! round, before any change, on chases with a question of time in new words ("pour quand
//! peut-on espérer", "une idée du délai"), a chase in the subject alone, and news that asks a
//! practical question.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_374: &[Case] = &[
    case(
        "intent",
        "pour quand peut-on espérer",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-037401] Vidéoprojecteur salle 204",
        "Bonjour,\nPour quand peut-on espérer une réparation ? Les collègues font cours sans \
         projection depuis dix jours.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "une idée du délai",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-037402] Câblage du labo",
        "Bonjour,\nAuriez-vous une idée du délai pour le câblage du laboratoire ?\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in the subject alone",
        "From: sandrine.morel@ac-paris.example\nSubject: 2e rappel - [CESAME #2026-037403] Serveur d'impression",
        "S. Morel\nCollège Victor Hugo",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news that asks a practical question",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-037404] Remplacement des écrans",
        "Bonjour,\nLes anciens écrans doivent-ils être laissés dans la salle ou descendus au \
         local de stockage avant la livraison ?\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "how long still",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-037405] Tablettes bloquées",
        "Combien de temps encore faudra-t-il attendre pour les tablettes ?\nJ. Martin",
        Reminder,
        None,
        None,
    ),
];
