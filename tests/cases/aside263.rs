//! The two-hundred-and-sixty-third aside part: written after the hundred-and-sixty-second
//! round, before any change, on chases and news side by side once more: a chase counting the
//! lessons lost, a chase with "nous patientons", news that the room moved in the meantime, a
//! chase about a part "toujours pas livrée", news of a workaround found, a chase "cela devient
//! urgent" without a new level.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_263: &[Case] = &[
    case(
        "intent",
        "lessons lost",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-026301] Salle de langues",
        "Bonjour,\nNous en sommes à neuf heures de cours perdues en salle de langues.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "we are being patient",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-026302] Imprimante direction",
        "Bonjour,\nNous patientons depuis le 20 novembre pour l'imprimante de la direction.\nA. \
         Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the room moved in the meantime",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-026303] Poste salle 12",
        "Bonjour,\nEntre-temps, la classe a déménagé en salle 14 : le poste y a été transporté, \
         c'est là qu'il faudra intervenir.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a part still not delivered",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026304] Commande en cours : Onduleur",
        "Bonjour,\nL'onduleur annoncé n'est toujours pas livré.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a workaround found",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-026305] Scanner secrétariat",
        "Bonjour,\nEn attendant, nous scannons avec le copieur de la salle des professeurs, ce qui \
         nous dépanne.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "it becomes urgent",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-026306] Serveur de sauvegarde",
        "Bonjour,\nSans sauvegarde depuis douze jours, cela devient préoccupant.\nM. Petit",
        Reminder,
        None,
        None,
    ),
];
