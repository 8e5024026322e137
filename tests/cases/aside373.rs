//! The three-hundred-and-seventy-third aside part: written after the hundred-and-eighty-second
//! round, before any change, on codes and levels in a reply or a signature: a code in the
//! signature block, a level raised in a reply ("passez-le en urgent"), a level lowered, a code
//! with a wrong check letter.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_373: &[Case] = &[
    case(
        "uai",
        "a code in the signature block",
        "From: paul.henry@ac-lille.example\nSubject: Vidéoprojecteur salle 21",
        "Bonjour,\nLe vidéoprojecteur de la salle 21 s'éteint au bout de dix minutes.\n\n--\nPaul \
         Henry\nCollège Jean Jaurès - UAI 0595012C\n03 20 00 00 00",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "urgency",
        "a level raised in a reply",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-037302] Serveur de sauvegarde",
        "Bonjour,\nMerci de passer ce ticket en urgence très haute : le serveur s'est arrêté \
         cette nuit et les sauvegardes ne tournent plus.\nJ. Martin",
        FollowUp,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a level lowered in a reply",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-037303] Imprimante vie scolaire",
        "Bonjour,\nNous avons prêté une autre imprimante à la vie scolaire : ce n'est plus urgent.\n\
         M. Petit",
        FollowUp,
        Some(Bas),
        None,
    ),
    case(
        "uai",
        "a code with a wrong check letter",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Photocopieur",
        "Bonjour,\nLe photocopieur de la salle des professeurs bourre à chaque copie.\nUAI : \
         0330789E\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
