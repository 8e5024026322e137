//! The three-hundred-and-thirty-eighth aside part: written after the hundred-and-seventy-fifth
//! round, before any change, on answers to the desk's closure question: "Confirmé.", "Oui, vous
//! pouvez.", "OK pour la clôture", "Je valide la clôture", "Bon pour clôture", and a refusal
//! "Je ne valide pas la clôture".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_338: &[Case] = &[
    case(
        "intent",
        "Confirmé.",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-033801] Clôture technique - pouvons-nous clore ? - Imprimante",
        "Confirmé.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Oui, vous pouvez.",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-033802] Clôture technique - pouvons-nous clore ? - Wifi",
        "Oui, vous pouvez.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "OK pour la clôture",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-033803] Intervention terminée : Serveur",
        "OK pour la clôture.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Je valide la clôture",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-033804] Clôture technique : Tablettes",
        "Bonjour,\nJe valide la clôture, tout fonctionne.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Bon pour clôture",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-033805] Clôture technique : Vidéoprojecteur",
        "Bon pour clôture.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Je ne valide pas la clôture",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-033806] Clôture technique : Switch salle 12",
        "Bonjour,\nJe ne valide pas la clôture : trois prises de la salle restent sans réseau.\nM. \
         Petit",
        FollowUp,
        None,
        None,
    ),
];
