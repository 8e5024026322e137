//! The four-hundred-and-sixth aside part: written after the hundred-and-eighty-seventh round,
//! before any change, on closures told by what the school can do again ("les élèves ont pu
//! passer leur épreuve", "le secrétariat a pu éditer les bulletins") and a use still to try.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_406: &[Case] = &[
    case(
        "intent",
        "the pupils could sit their test",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-040601] Intervention terminée : Casques",
        "Bonjour,\nLes élèves ont pu passer leur épreuve d'écoute ce matin avec les casques \
         réparés. Merci !\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the office printed the reports",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-040602] Intervention terminée : Imprimante secrétariat",
        "Bonjour,\nLe secrétariat a pu éditer tous les bulletins hier soir, merci.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a use still to try",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-040603] Intervention terminée : Visioconférence",
        "Bonjour,\nMerci. Nous ne pourrons tester la visioconférence qu'au conseil de mardi ; je \
         vous dirai alors si tout fonctionne.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
