//! The three-hundred-and-fifth aside part: written after the hundred-and-seventieth round,
//! before any change, on terse and misspelt new reports: text-message shorthand, a subject with
//! an empty body, capitals throughout, "marche pa", a need in shorthand.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_305: &[Case] = &[
    case(
        "request",
        "text-message shorthand",
        "From: paul.henry@ac-lille.example\nSubject: imprimante",
        "bjr, l'imprimante de la vie sco march pa dpuis hier, mrc",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a subject with an empty body",
        "From: claire.dubois@ac-lyon.example\nSubject: Plus de réseau salle 210",
        "",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "capitals throughout",
        "From: j.martin@ac-aix.example\nSubject: URGENT TELEPHONE ACCUEIL",
        "LE TELEPHONE DE L'ACCUEIL NE FONCTIONNE PLUS DEPUIS CE MATIN. MERCI DE FAIRE VITE.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a need in shorthand",
        "From: sandrine.morel@ac-paris.example\nSubject: besoin 2 cles wifi",
        "bjr, besoin de 2 clés wifi usb pr les portables de la salle 8 svp. pas urgent. merci",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "request",
        "a misspelt fault",
        "From: anne.leroux@ac-bordeaux.example\nSubject: ordinateur directrise",
        "Bonjour, l'ordinateur de la directrise ne s'alume plu et fai un bip bip. Cordialement",
        NewIncident,
        None,
        None,
    ),
];
