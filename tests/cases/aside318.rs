//! The three-hundred-and-eighteenth aside part: written after the hundred-and-seventy-second
//! round, before any change, on closures in office words: "Ticket à clore", "Vous pouvez
//! classer", "Affaire réglée", "résolu par nos soins", "nous n'avons plus besoin de cette
//! intervention", and a "à clore ?" asked back that is no closure.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_318: &[Case] = &[
    case(
        "intent",
        "Ticket à clore",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-031801] Imprimante vie scolaire",
        "Ticket à clore, l'imprimante fonctionne.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Vous pouvez classer",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-031802] Lecteur de badges",
        "Bonjour,\nVous pouvez classer ce dossier, le lecteur a été remplacé et fonctionne.\nS. \
         Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Affaire réglée",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-031803] Téléphone secrétariat",
        "Affaire réglée, merci à vous.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "résolu par nos soins",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-031804] Imprimante CP",
        "Bonjour,\nProblème résolu par nos soins : il s'agissait d'un bac mal enclenché.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no longer needed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-031805] Déplacement des postes salle 204",
        "Bonjour,\nNous n'avons plus besoin de cette intervention : le projet de salle de langues \
         est abandonné.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "à clore asked back",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-031806] Intervention terminée : Switch salle 12",
        "Bonjour,\nÀ clore ? Je n'ai pas encore pu vérifier, la salle est occupée jusqu'à jeudi.\nM. \
         Petit",
        FollowUp,
        None,
        None,
    ),
];
