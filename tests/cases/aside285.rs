//! The two-hundred-and-eighty-fifth aside part: written after the hundred-and-sixty-seventh
//! round, before any change, on chases in new shapes: the first message sent again, a warning
//! of escalation, an English follow-up, a new mail recalling an earlier report by its number,
//! and news beside them: the school's own delay, a new detail asked by the desk given.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_285: &[Case] = &[
    case(
        "intent",
        "the first message sent again",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: [CESAME #2026-028501] Vidéoprojecteur salle 22",
        "Bonjour,\nJe vous renvoie mon message du 18 novembre, resté sans suite.\n\n-------- Message \
         original --------\nObjet : Vidéoprojecteur salle 22\nLe vidéoprojecteur de la salle 22 \
         s'éteint au bout de cinq minutes.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a warning of escalation",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-028502] Réseau bâtiment B",
        "Bonjour,\nSans intervention d'ici vendredi, je serai contraint d'en informer l'inspection \
         académique.\nP. Henry, principal adjoint",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an English follow-up",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-028503] Staff room printer",
        "Hi,\nFollowing up on this one: the staff room is still without a printer.\nMarc",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a new mail recalling an earlier report by its number",
        "From: sandrine.morel@ac-paris.example\nSubject: Standard téléphonique",
        "Bonjour,\nJ'ai signalé le 20 novembre la panne de notre standard (ticket 2026-028504) et \
         je n'ai reçu aucune nouvelle depuis.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the school's own delay",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-028505] Câblage salle 3",
        "Bonjour,\nLa salle 3 sera occupée par les examens jusqu'au 18 décembre : le technicien ne \
         pourra pas y travailler avant.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a detail asked by the desk given",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-028506] Demande de précisions - Imprimante",
        "Bonjour,\nIl s'agit d'une Brother HL-L2350DW, numéro de série E78112K3N442.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
