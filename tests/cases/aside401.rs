//! The four-hundred-and-first aside part: written after the hundred-and-eighty-sixth round,
//! before any change, on urgency told by a deadline and by who is affected ("avant le conseil
//! de classe de jeudi", "tout le lycée est concerné"), and a level in a greeting's line.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_401: &[Case] = &[
    case(
        "urgency",
        "a level beside a deadline",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteur de la salle du conseil",
        "Bonjour,\nLe vidéoprojecteur de la salle du conseil ne détecte plus aucune source. Il \
         nous le faut avant le conseil de classe de jeudi.\nUrgence : haute\nA. Leroux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "no level with who is affected",
        "From: claire.dubois@ac-lyon.example\nSubject: Messagerie",
        "Bonjour,\nPlus personne ne reçoit de mails depuis ce matin, tout le lycée est \
         concerné.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "a level in the greeting's line",
        "From: j.martin@ac-aix.example\nSubject: Téléphone de l'infirmerie",
        "Bonjour, demande urgente : le téléphone de l'infirmerie n'a plus de tonalité.\nJ. Martin",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
