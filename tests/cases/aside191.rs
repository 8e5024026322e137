//! The hundred-and-ninety-first aside part: written after the hundred-and-forty-ninth round,
//! before any change, on replies laid out in other ways: an answer below the quote
//! (bottom-posting), answers between the desk's questions, the desk's notice forwarded back
//! with a line, an answer of two words to the desk's question, a visit no longer needed, a
//! ticket to close because the school bought the part, a list asked by its subject alone, a
//! detail added to the acknowledgement.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_191: &[Case] = &[
    case(
        "intent",
        "an answer below the quote",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-019101] Intervention terminée : Tableau salle 9",
        "Le 03/12/2026 à 16:40, CESAME a écrit :\n> Le prestataire indique avoir terminé l'intervention.\n\
         > Merci de nous confirmer que le problème est résolu.\n\nConfirmé, le tableau fonctionne. Merci.\n\nPaul Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "answers between the desk's questions",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-019102] Précisions demandées : Poste secrétariat",
        "> Quel est le numéro inscrit sous le poste ?\nPC-SEC-04\n> Le poste s'allume-t-il ?\n\
         Oui, mais il reste sur l'écran du logo.\n> Un message d'erreur s'affiche-t-il ?\nNon.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the desk's notice forwarded back with a line",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: [CESAME #2026-019103] Intervention terminée : Copieur",
        "Pour info : non, le copieur bourre toujours au même endroit.\n\n-------- Message transféré --------\n\
         Objet : [CESAME #2026-019103] Intervention terminée : Copieur\n\
         Le prestataire indique avoir terminé l'intervention.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "two words to the desk's question",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-019104] Précisions demandées : Vidéoprojecteur",
        "Salle 114.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a visit no longer needed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-019105] Ordre de travail transmis : Imprimante",
        "Bonjour,\nInutile de faire venir le technicien : un collègue a trouvé le câble débranché, \
         tout refonctionne.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "closed because the school bought the part",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-019106] Câble HDMI salle 4",
        "Vous pouvez clore ce ticket, nous avons acheté nous-mêmes un câble neuf.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a list asked by its subject alone",
        "From: tice@region.example\nSubject: Liste des tickets ouverts - collège 0330789D",
        "",
        ListRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "intent",
        "a detail added to the acknowledgement",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-019108] Accusé de réception : Baie réseau",
        "Je précise que la baie se trouve dans le local sous l'escalier B, la clé est à la loge.",
        FollowUp,
        None,
        None,
    ),
];
