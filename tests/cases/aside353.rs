//! The three-hundred-and-fifty-third aside part: written after the hundred-and-seventy-eighth
//! round, before any change, on urgency corrected in a reply: "c'est en fait urgent", "finalement
//! ce n'est pas urgent", "vous pouvez baisser la priorité", "l'urgence est maintenant moyenne".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_353: &[Case] = &[
    case(
        "urgency",
        "c'est en fait urgent",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-035301] Accusé de réception : Salle d'examen",
        "Bonjour,\nPetite précision : c'est en fait urgent, les examens blancs ont lieu lundi dans \
         cette salle.\nP. Henry",
        FollowUp,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "finalement ce n'est pas urgent",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-035302] Tablette CE1",
        "Bonjour,\nFinalement ce n'est pas urgent : nous avons une tablette de remplacement.\nA. \
         Leroux",
        FollowUp,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "l'urgence est maintenant moyenne",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-035303] Serveur de fichiers",
        "Bonjour,\nUne partie des dossiers est de nouveau accessible : l'urgence est maintenant \
         moyenne.\nClaire Dubois",
        FollowUp,
        Some(Moyen),
        None,
    ),
];
