//! The three-hundred-and-sixty-sixth aside part: written after the hundred-and-eighty-second
//! round, before any change, on closures in other words: "ne s'est pas reproduit", "on peut
//! clore", a repair the school made itself; beside "ne fermez pas encore".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_366: &[Case] = &[
    case(
        "intent",
        "ne s'est pas reproduit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-036601] Intervention terminée : Coupures réseau",
        "Bonjour,\nLe problème ne s'est pas reproduit depuis votre intervention. Merci.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "on peut clore",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-036602] Lecteur de badges",
        "Impeccable, on peut clore.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a repair the school made itself",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-036603] Poste salle 2",
        "Bonjour,\nVous pouvez fermer le ticket : nous avons remplacé nous-mêmes le câble réseau et \
         tout fonctionne.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "ne fermez pas encore",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-036604] Intervention terminée : Wifi internat",
        "Bonjour,\nNe fermez pas encore le ticket s'il vous plaît : nous testons le wifi à \
         l'internat jusqu'à vendredi soir.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
