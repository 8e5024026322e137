//! The three-hundred-and-ninety-eighth aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on chases that doubt the ticket exists ("ma demande a-t-elle été
//! perdue ?", "est-elle bien enregistrée ?") and news that confirms a detail asked.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_398: &[Case] = &[
    case(
        "intent",
        "a request lost",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-039801] Ordinateur de la loge",
        "Bonjour,\nMa demande a-t-elle été perdue ? Je n'ai plus aucune nouvelle depuis \
         l'accusé de réception.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "is it registered",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-039802] Borne de prêt du CDI",
        "Bonjour,\nPouvez-vous me confirmer que ce ticket est bien enregistré et transmis au \
         prestataire ? Rien ne bouge depuis quinze jours.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a detail confirmed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-039803] Demande de précisions - Copieur",
        "Bonjour,\nJe vous confirme que le copieur est bien sous contrat de maintenance avec \
         Copitech jusqu'en 2028.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
];
