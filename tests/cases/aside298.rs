//! The two-hundred-and-ninety-eighth aside part: written after the hundred-and-sixty-ninth round,
//! before any change, on a reply's intent in few words and odd layouts: a one-word "Merci"
//! under a visit notice, "toujours HS" alone, a closure with an emoji, a question about the
//! cost, "idem" under the desk's question, an answer written above a long quote that says
//! "réparé" in the quote only.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_298: &[Case] = &[
    case(
        "intent",
        "Merci under a visit notice",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-029801] Intervention planifiée le 10/12",
        "Merci\n\nEnvoyé de mon iPhone",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "toujours HS alone",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-029802] Imprimante loge",
        "toujours HS",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with an emoji",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-029803] Clôture technique - Tableau salle 4",
        "Tout fonctionne 👍 vous pouvez fermer.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a question about the cost",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-029804] Devis écran salle 9",
        "Bonjour,\nLe devis est-il à la charge du collège ou de la région ?\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "idem under the desk's question",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-029805] Demande de précisions - Tablettes",
        "Idem ce matin, même message sur les six tablettes.\nA. Leroux\n\n> Le problème se \
         reproduit-il après un redémarrage ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an answer above a quote that says réparé",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-029806] Intervention terminée : Switch salle 12",
        "Bonjour,\nNon, la salle 12 n'a toujours pas de réseau ce matin.\nM. Petit\n\n> Le \
         prestataire indique que le switch a été réparé le 4 décembre.\n> Merci de nous confirmer \
         le bon fonctionnement.",
        FollowUp,
        None,
        None,
    ),
];
