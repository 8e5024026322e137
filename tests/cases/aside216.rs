//! The two-hundred-and-sixteenth aside part: written after the hundred-and-fifty-fourth round,
//! before any change, on short questions once more, to see whether the file's question of the
//! hundred-and-fifty-second round holds: chases that ask after the request (is it taken into
//! account, has it moved, when will it be handled, is there news of the order) beside practical
//! questions that speak of the request too (should the request name the room, can the visit be
//! moved, is the order for both rooms, must the old printer be kept).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_216: &[Case] = &[
    case(
        "intent",
        "is it taken into account?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-021601] Scanner CDI",
        "Notre demande est-elle bien prise en compte ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "has it moved?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021602] Onduleur",
        "Bonjour,\nLe dossier a-t-il bougé depuis la semaine dernière ?\nPaul",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "when will it be handled?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021603] Écran salle 210",
        "Quand notre demande sera-t-elle traitée ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news of the order?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-021604] Casques langues",
        "Avez-vous des nouvelles de la commande ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "should the request name the room?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-021605] Vidéoprojecteurs",
        "Dois-je préciser dans la demande le numéro de chaque salle ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "can the visit be moved?",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-021606] Intervention prévue : Baie réseau",
        "Le passage peut-il être décalé à l'après-midi ? Le matin, nous avons un conseil de classe.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "is the order for both rooms?",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-021607] Écrans interactifs",
        "La commande concerne-t-elle bien les deux salles, la 12 et la 14 ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "must the old printer be kept?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-021608] Remplacement imprimante",
        "Après le remplacement, devons-nous garder l'ancienne imprimante ou le technicien la reprend-il ?",
        FollowUp,
        None,
        None,
    ),
];
